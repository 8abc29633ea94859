"""Chart emphasis (review 12): a period too small to rank is joined by a dashed line, and a
pair that only shares a passage draws a thin dashed arrow, so neither is the chart's loudest
feature."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import charts  # noqa: E402


def test_segments_to_a_small_period_are_dashed_and_the_others_solid():
    table = pd.DataFrame({
        "period_start": pd.to_datetime(["2026-08-01", "2026-09-01", "2026-10-01",
                                        "2026-11-01"]),
        "n": [3, 14, 20, 18], "mean": [-0.10, -0.02, -0.03, -0.01],
        "ci_low": [None, -0.06, -0.06, -0.04], "ci_high": [None, 0.02, 0.0, 0.02],
        "too_small": [True, False, False, False]})
    ax = charts.tone_over_time(table, period_label="month")
    segments = [line for line in ax.get_lines() if len(line.get_xdata()) == 2
                and line.get_linestyle() in ("-", "--")
                and list(line.get_ydata()) != [0, 0]]  # (not the zero line)
    styles = [line.get_linestyle() for line in segments]
    assert styles == ["--", "-", "-"]
    plt.close("all")


def test_shared_passages_draw_a_thin_dashed_arrow_and_reprints_a_solid_one():
    day = pd.Timestamp("2026-09-01", tz="UTC")
    pairs = pd.DataFrame({
        "earlier_outlet": ["A", "A"], "later_outlet": ["B", "C"],
        "earlier_published": [day, day], "later_published": [day + pd.Timedelta(days=40),
                                                             day + pd.Timedelta(days=1)],
        "kind": ["shared_passages", "reprint"], "jaccard": [0.012, 0.8]})
    ax = charts.reuse_timeline(pairs)
    arrows = {round(a.arrow_patch.get_linewidth(), 1): a.arrow_patch.get_linestyle()
              for a in ax.texts if getattr(a, "arrow_patch", None) is not None}
    assert arrows[0.8] == "--" and arrows[2.2] == "-"
    plt.close("all")


def test_at_most_max_arrows_are_drawn_reprints_first():
    """Review 13: 490,527 pairs of a syndicated collection drew an arrow each (a kernel past
    9 GB, then minutes placing the legend); the strongest kinds and pairs are drawn first, and
    the subtitle says how many are drawn."""
    from analysis.charts.compare import MAX_ARROWS

    day = pd.Timestamp("2026-09-01", tz="UTC")
    n = MAX_ARROWS + 50
    pairs = pd.DataFrame({
        "earlier_outlet": ["A"] * (n + 1), "later_outlet": ["B"] * (n + 1),
        "earlier_published": [day] * (n + 1),
        "later_published": [day + pd.Timedelta(hours=h + 1) for h in range(n + 1)],
        "kind": ["shared_passages"] * n + ["reprint"],
        "jaccard": [0.001 * (k + 1) for k in range(n)] + [0.9]})
    ax = charts.reuse_timeline(pairs)
    arrows = [a for a in ax.texts if getattr(a, "arrow_patch", None) is not None]
    assert len(arrows) == MAX_ARROWS
    widths = sorted(round(a.arrow_patch.get_linewidth(), 1) for a in arrows)
    assert widths[-1] == 2.2  # the reprint is among them
    subtitle = [t.get_text() for t in ax.texts if f"N = {n + 1:,} pairs" in t.get_text()]
    assert subtitle and f"the {MAX_ARROWS:,} strongest drawn" in subtitle[0]
    plt.close("all")


def test_the_length_chart_is_the_same_on_every_run(tmp_path):
    """Review 13: the dots' jitter was unseeded, so a nightly diff of the figures always fired."""
    import numpy as np

    articles = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "n_words": [300, 420, 510, 380]})
    drawn = []
    for run in range(2):
        np.random.seed(run)  # whatever the caller's generator holds
        ax = charts.length_distribution(articles)
        drawn.append([c.get_offsets().tolist() for c in ax.collections])
        plt.close("all")
    assert drawn[0] == drawn[1]
