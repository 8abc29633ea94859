"""Review 14: charts and readings a journalist could misquote. The hedging chart says its rate
is pooled, the tone chart says when its axis shows a sliver of the scale, the side-by-side
chart says what it left out, and the attribution count says it counts quoted fragments again."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import analysis as ma  # noqa: E402
from analysis import charts  # noqa: E402
from analysis.compare import METRIC_NOTES, metric_label  # noqa: E402


def _texts(fig):
    return " ".join(t.get_text() for t in fig.texts) + " " + " ".join(
        t.get_text() for ax in fig.axes for t in ax.texts) + " " + " ".join(
        ax.get_title(loc) for ax in fig.axes for loc in ("left", "center"))


def test_the_hedging_chart_says_its_rate_is_pooled():
    table = pd.DataFrame({"outlet": ["A", "B"], "articles": [3, 4], "hedge_rate": [39.5, 9.4]})
    ax = charts.hedging_chart(table)
    assert "pooled: all of a group's hedge cues ÷ all its words × 1,000" in _texts(ax.figure)
    plt.close("all")


def test_the_tone_chart_warns_when_its_axis_shows_a_sliver_of_the_scale():
    narrow = pd.DataFrame({"outlet": ["A", "B"], "n": [17, 16], "mean": [-0.046, 0.005],
                           "ci_low": [-0.09, -0.02], "ci_high": [-0.006, 0.03],
                           "too_small": [False, False]})
    ax = charts.tone_by_group(narrow)
    assert "of a scale running from −1 to +1: the gaps drawn are small" in _texts(ax.figure)
    plt.close("all")
    wide = narrow.assign(mean=[-0.5, 0.4], ci_low=[-0.6, 0.3], ci_high=[-0.4, 0.5])
    ax = charts.tone_by_group(wide)
    assert "the gaps drawn are small" not in _texts(ax.figure)
    plt.close("all")


def test_the_side_by_side_chart_says_what_was_left_out():
    corpus = pd.DataFrame({"id": [f"a{i}" for i in range(6)], "outlet": ["X", "X", "X", "Y",
                                                                         "Y", "Y"],
                           "text": ["The mayor said the plan works."] * 6})
    result = ma.analyze(corpus, cache=None, progress=False)
    table = ma.compare.compare_outlets(result, metrics=["tone"], exclude_ids=["a0", "zz"])
    assert table.attrs["n_excluded"] == 1  # (an id not in the collection leaves nothing out)
    fig = charts.outlet_comparison(table, metrics=["tone"], left_out="reprints")
    assert "N = 5 articles (X 2, Y 3; 1 reprint left out)" in _texts(fig)
    plt.close("all")
    fig = charts.outlet_comparison(ma.compare.compare_outlets(result, metrics=["tone"]),
                                   metrics=["tone"])
    assert "left out)" not in _texts(fig)
    plt.close("all")


def test_the_attribution_count_says_fragments_count_again():
    assert metric_label("n_attributions") == (
        "attribution rows (count; a quoted phrase inside a statement counts again)")
    assert "counts more rows for as many statements" in METRIC_NOTES["n_attributions"]
    assert metric_label("frame_conflict") == "conflict frame (weighted cues per 1,000 words)"


def test_both_ends_of_a_reading_are_printed_to_the_same_decimals():
    from analysis.compare import describe_comparison

    table = pd.DataFrame({"metric": ["tone_quoted"] * 2, "outlet": ["MW", "FD"], "n": [17, 17],
                          "mean": [-0.012, -0.06], "ci_low": [-0.05, -0.11],
                          "ci_high": [0.02, -0.01], "too_small": [False, False],
                          "highest_id": ["a", "b"], "lowest_id": ["a", "b"]})
    reading = describe_comparison(table, "tone_quoted")
    assert "highest in MW, -0.012 (95% interval -0.050 to +0.020, n = 17)" in reading
    assert "lowest in FD, -0.060 (95% interval -0.110 to -0.010, n = 17)" in reading


def test_a_group_with_no_words_has_no_hedge_rate_not_zero():
    """Review 15: 0 hedges ÷ 0 words was drawn as 0.0 and read as 'hedges least'."""
    from analysis.hedging import describe_hedging, hedging_by_group

    articles = pd.DataFrame({"outlet": ["A", "A", "B", "C"], "n_words": [500, 500, 400, 0],
                             "n_hedges": [3, 3, 1, 0], "n_boosters": [0, 1, 0, 0],
                             "hedged_sentence_share": [0.2, 0.3, 0.1, 0.0],
                             "certainty_index": [-1.0, -0.5, -1.0, None]})
    table = hedging_by_group(articles)
    assert table["outlet"].tolist() == ["A", "B", "C"]
    assert pd.isna(table.loc[2, "hedge_rate"]) and pd.isna(table.loc[2, "booster_rate"])
    reading = describe_hedging(table)
    assert "B least: 2.5 per 1,000 words" in reading
    assert reading.endswith("C has no words (empty articles only), so no rate.")
    ax = charts.hedging_chart(table)
    assert " no words: no rate" in _texts(ax.figure)
    plt.close("all")
