"""Review 22: the second-hand-over-time chart draws the all-outlets share its reading is about,
with a Wilson band. Invented counts."""
import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402

from analysis.charts.sourcing import _pooled_share, secondhand_over_time  # noqa: E402


def _table():
    starts = pd.to_datetime(["2026-09-01", "2026-09-01", "2026-10-01", "2026-10-01"], utc=True)
    return pd.DataFrame({"period_start": starts, "outlet": ["A", "B", "A", "B"],
                         "articles": [10, 10, 4, 0], "secondhand_share": [0.5, 0.1, 1.0, None],
                         "anonymous_share": [0.0] * 4})


def test_pooled_share_weights_outlets_by_their_articles():
    pooled = _pooled_share(_table())
    assert pooled["share"].round(3).tolist() == [0.3, 1.0]  # (5 + 1) / 20 and 4 / 4
    assert (pooled["low"] <= pooled["share"]).all() and (pooled["share"] <= pooled["high"]).all()


def test_chart_draws_the_pooled_line_and_says_so():
    ax = secondhand_over_time(_table())
    labels = [line.get_label() for line in ax.get_lines()]
    assert "all outlets together" in labels
    texts = " ".join(t.get_text() for t in ax.texts)  # (the subtitle is an annotation)
    assert "black line: all outlets together" in texts


def test_voice_gap_chart_draws_each_outlets_paired_gap_with_its_n():
    from analysis.charts.tone import voice_gap_chart

    gaps = pd.DataFrame({"outlet": ["A", "B"], "n": [17, 3], "mean": [0.04, -0.2],
                         "ci_low": [-0.01, None], "ci_high": [0.08, None],
                         "too_small": [False, True]})
    ax = voice_gap_chart(gaps)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["B (n=3)", "A (n=17)"]
    assert "N = 20 articles with both voices" in " ".join(t.get_text() for t in ax.texts)
    assert "more negative" in ax.get_xlabel()
