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
