"""Outlet comparison, storylines, filters and the comparison charts."""

from __future__ import annotations

import warnings

import matplotlib
import pandas as pd
import pytest

import analysis as ma
from analysis import compare, explore, uncertainty
from analysis.errors import ParameterError
from analysis.pipeline import Analysis

from .handbuilt import build

matplotlib.use("Agg")


def small_result() -> Analysis:
    """Two outlets, 12 articles each (enough for intervals), with hand-set values."""
    ids = [f"x{i}" for i in range(12)] + [f"y{i}" for i in range(12)]
    articles = pd.DataFrame({
        "id": ids, "outlet": ["X"] * 12 + ["Y"] * 12,
        "published": pd.date_range("2026-10-01", periods=24, freq="h", tz="UTC"),
        "title": ids, "storyline": ["s"] * 24,
        "tone": [0.1] * 12 + [-0.2] * 11 + [-0.9], "is_empty": [False] * 24,
        "n_chars": [100] * 24})
    attributions = pd.DataFrame({
        "article_id": ["x0", "x0", "x0", "x0", "y0"],
        "speaker_type": ["anonymous", "official", "official", "official", "anonymous"],
        "via": ["Herald", None, None, None, "Herald"]})
    return Analysis(articles, pd.DataFrame(), attributions, pd.DataFrame(), articles,
                    ("basic",))


def test_article_metrics_shares_hand_worked():
    table = compare.article_metrics(build())
    row = table.set_index("id").loc["a1"]
    # a1: 2 attributions, one anonymous via the Harbour Courier, one named
    assert row["source_share_anonymous"] == 0.5
    assert row["source_share_named"] == 0.5
    assert row["second_hand_share"] == 0.5
    assert row["dominant_frame_conflict"] == 1.0
    assert table.set_index("id").loc["a2", "second_hand_share"] == 0.0


def test_compare_outlets_reuses_uncertainty():
    result = small_result()
    table = compare.compare_outlets(result, metrics=["tone"])
    expected = uncertainty.mean_ci(result.articles, "tone", by="outlet", warn=False)
    assert table[["n", "mean", "ci_low", "ci_high"]].to_numpy().tolist() == \
        expected[["n", "mean", "ci_low", "ci_high"]].to_numpy().tolist()
    y = table.set_index("outlet").loc["Y"]
    assert y["mean"] == pytest.approx((-0.2 * 11 - 0.9) / 12)
    assert (y["lowest_id"], y["lowest"]) == ("y11", -0.9)
    every = set(compare.compare_outlets(result, min_n=1)["metric"])
    assert "n_chars" not in every and "is_empty" not in every


def test_compare_outlets_excludes_reprints_and_warns_small():
    result = small_result()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = compare.compare_outlets(result, metrics=["tone"],
                                        exclude_ids=[f"y{i}" for i in range(5)])
    assert table.set_index("outlet").loc["Y", "n"] == 7
    assert any(issubclass(w.category, ma.SmallSampleWarning) for w in caught)


@pytest.mark.parametrize("options", [{"metrics": ["nope"]}, {"families": ["nope"]},
                                     {"by": "nope"}])
def test_compare_bad_options(options):
    with pytest.raises(ParameterError):
        compare.compare_outlets(small_result(), **options)


def test_families_filter():
    table = compare.compare_outlets(small_result(), families=["sourcing"], min_n=1)
    assert set(table["family"]) == {"sourcing"}
    assert {"source_share_anonymous", "second_hand_share"} <= set(table["metric"])


def test_storylines_hand_worked():
    stories = compare.storylines(small_result()).set_index("outlet")
    assert stories.loc["X", "first_on_story"] and stories.loc["X", "hours_after_first"] == 0
    assert stories.loc["Y", "hours_after_first"] == 12.0       # y0 at hour 12
    assert stories.loc["Y", "n_articles"] == 12
    assert compare.storylines(small_result(), group="").empty
    text = compare.describe_storylines(compare.storylines(small_result()))
    assert text == ("First in this collection: X on s (a story can have broken outside it, on "
                    "air or in an outlet not collected). Others followed: Y 12 h later on s.")
    # four storylines followed: a median; two: each delay (the median of 2 and 26 is neither)
    table = pd.DataFrame({"storyline": list("abcdabcd"), "outlet": ["X"] * 4 + ["Y"] * 4,
                          "first_on_story": [True] * 4 + [False] * 4,
                          "hours_after_first": [0, 0, 0, 0, 1.0, 3.0, 5.0, 40.0]})
    assert compare.describe_storylines(table).endswith("Y a median 4 h later (4 storylines).")
    table = table.iloc[[0, 1, 4, 5]].assign(hours_after_first=[0, 0, 26.2, 1.9])
    assert compare.describe_storylines(table).endswith(
        "Y 1 h 54 min later on b and 26 h 12 min on a.")
    assert compare.describe_storylines(table).startswith("First in this collection: X on a and b")


def test_extremes_gives_ids():
    table = compare.extremes(small_result(), "tone", n=1)
    assert table[["end", "id"]].values.tolist() == [["highest", "x9"], ["lowest", "y11"]]


@pytest.mark.parametrize("filters,expected", [
    ({}, ["a1", "a2"]),
    ({"outlets": ["Meridian Wire"]}, ["a2"]),
    ({"frame": "conflict"}, ["a1"]),
    ({"source_type": "official"}, ["a2"]),
    ({"tone": "negative"}, ["a1"]),
    ({"date_from": "2026-10-02"}, ["a2"]),
    ({"date_to": "2026-10-01"}, ["a1"]),
])
def test_filters(filters, expected):
    assert explore.filter_articles(build(), **filters)["id"].tolist() == expected


@pytest.mark.parametrize("filters", [{"frame": "nope"}, {"source_type": "nope"},
                                     {"tone": "sad"}, {"date_from": "soon"},
                                     {"sort_by": "nope"}])
def test_bad_filters(filters):
    with pytest.raises(ParameterError):
        explore.filter_articles(build(), **filters)


def test_explorer_builds_and_reacts():
    pytest.importorskip("ipywidgets")
    ex = explore.explorer(build())
    assert len(ex.choice.options) == 2
    ex.tone.value = "negative"
    assert [v for _, v in ex.choice.options] == ["a1"]
    assert 'data-article-id="a1"' in ex.view.value
    bundle = ex._repr_mimebundle_()
    assert bundle["text/plain"] == explore.Explorer.NOTE


def test_charts_draw(tmp_path):
    result = small_result()
    table = compare.compare_outlets(result, min_n=1)
    fig = ma.charts.outlet_comparison(table, source="test")
    written = ma.save_figure(fig, "cmp", data=table, out_dir=tmp_path)
    assert "highest_id" in (tmp_path / "cmp.csv").read_text().splitlines()[0]
    assert len(written) == 3
    ax = ma.charts.storyline_lags(compare.storylines(result), source="test")
    assert ax.get_title(loc="left").startswith("First in this collection")
    pairs = ma.reuse.find_reuse(ma.load_corpus(ma.config.SAMPLE_CORPUS)).pairs
    ax = ma.charts.reuse_timeline(pairs, source="test")
    assert any("N = 21 pairs" in t.get_text() for t in ax.texts)  # (24 before reuse13)


def test_measures_the_sourcing_analyzer_gives_are_not_derived_again():
    result = small_result()
    result.articles["anonymous_share"] = 0.0  # as the sourcing analyzer writes it
    result.articles["media_share"] = 0.0
    table = compare.article_metrics(result)
    assert "source_share_anonymous" not in table and "second_hand_share" not in table
    assert "source_share_official" in table  # no official_share column: derived
    assert "n_frame_cues" in compare.EXCLUDED and "n_issue_cues" in compare.EXCLUDED


def test_tied_extremes_are_counted_not_named():
    table = compare.compare_outlets(small_result(), metrics=["tone"])
    x = table.set_index("outlet").loc["X"]
    assert (x["n_at_highest"], x["n_at_lowest"]) == (12, 12)  # all twelve at 0.1
    reading = compare.describe_comparison(table, "tone")
    assert "12 articles tie at 0.1 (highest in X)" in reading
    assert "y11 (lowest in Y)" in reading  # one article alone at -0.9: named


def test_readings_name_metrics_with_units_and_sign_only_signed_scales():
    from analysis.compare import describe_comparison

    rows = []
    for metric, values, width in (("hedge_rate", (40.13, 3.80), 1),
                                  ("tone", (0.003, -0.046), 0.01),
                                  ("frame_human_interest", (18.44, 1.83), 1)):
        for outlet, mean in zip(("X", "Y"), values, strict=True):
            rows.append({"metric": metric, "outlet": outlet, "n": 17, "mean": mean,
                         "ci_low": mean - width, "ci_high": mean + width, "too_small": False,
                         "highest_id": "h", "lowest_id": "l"})
    table = pd.DataFrame(rows)
    rate = describe_comparison(table, "hedge_rate")
    assert rate.startswith("hedges per 1,000 words: highest in X, 40.13 (95% interval 39.13 to")
    assert "+" not in rate
    tone = describe_comparison(table, "tone")
    assert tone.startswith("tone (mean sentence tone, −1…+1): highest in X, +0.003")
    assert describe_comparison(table, "frame_human_interest").startswith(
        "human interest frame (weighted cues per 1,000 words): highest in X, 18.44")


def test_secondhand_and_single_source_compared_as_shares_of_articles():
    result = small_result()
    # x0..x2 second-hand, x0 single-source; Y none
    result.articles["secondhand"] = [True, True, True] + [False] * 21
    result.articles["single_source"] = [True] + [False] * 23
    result.articles["frame_conflict_present"] = [True] * 24  # other flags are not compared
    table = compare.article_metrics(result)
    assert table["secondhand"].tolist()[:4] == [1.0, 1.0, 1.0, 0.0]
    assert "frame_conflict_present" not in table
    side = compare.compare_outlets(result, metrics=["secondhand", "single_source"])
    means = side.set_index(["metric", "outlet"])["mean"]
    assert means["secondhand", "X"] == pytest.approx(3 / 12)
    assert means["single_source", "Y"] == 0.0
    reading = compare.describe_comparison(side, "secondhand")
    assert reading.startswith("second-hand stories (share of articles): highest in X")
    # the chart draws them among the key measures
    fig = ma.charts.outlet_comparison(side, source="test")
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_visible()]
    assert titles[0].startswith("second-hand stories") and len(titles) == 2


@pytest.mark.parametrize("metric,label", [
    ("dominant_frame_none", "no frame present (share of articles)"),
    ("dominant_issue_frame_none", "no issue frame present (share of articles)"),
    ("n_relaying_outlets", "other outlets relayed (count per article)"),
    ("certainty_index", "certainty index (−1 hedges and no boosters … +1 boosters and no "
                        "hedges; articles with neither left out)"),
])
def test_metric_labels_for_readers(metric, label):
    assert compare.metric_label(metric) == label


def test_describe_all_groups_readings_by_family():
    table = compare.compare_outlets(small_result(), min_n=1)
    text = compare.describe_all(table)
    # (round 20: a sentence on how many gaps chance alone would give comes first)
    assert text.startswith("Of the ")
    assert "\n\nTone (1 metric)\ntone (mean sentence tone" in text
    # without a family column: one line per metric, no headings
    plain = compare.describe_all(table.drop(columns="family")).split("\n\n")[-1]
    assert plain.count("\n") == len(set(table["metric"])) - 1


def test_chart_draws_key_metrics_first():
    from analysis.charts.compare import KEY_METRICS, MAX_PANELS, _spread

    metrics = ["n_words", "gdelt_tone", "tone", "frame_conflict", "secondhand"] + [
        f"issue_m{i}" for i in range(20)]
    table = pd.DataFrame({"metric": metrics,
                          "family": [compare.family_of(m) for m in metrics]})
    chosen = _spread(table)
    assert len(chosen) == MAX_PANELS
    assert {"tone", "frame_conflict", "secondhand"} <= set(chosen)  # key metrics kept
    assert {m for m in chosen if m in KEY_METRICS} == {"tone", "frame_conflict", "secondhand"}
    assert "n_words" in chosen and "gdelt_tone" in chosen  # each family still shown


def test_readings_warn_where_a_figure_is_easy_to_misread():
    rows = [{"metric": "certainty_index", "outlet": o, "n": 12, "mean": m, "ci_low": m - 0.1,
             "ci_high": m + 0.1, "too_small": False, "highest_id": "h", "lowest_id": "l"}
            for o, m in (("X", -0.5), ("Y", -1.0))]
    reading = compare.describe_comparison(pd.DataFrame(rows), "certainty_index")
    assert reading.endswith("A low index means hedges without boosters, not much hedging: "
                            "compare hedges per 1,000 words for how much an outlet hedges.")
    tone = pd.DataFrame(rows).assign(metric="tone")
    assert compare.describe_comparison(tone, "tone").endswith("(lowest in Y).")


def test_frame_readings_say_they_are_cue_rates_not_02s_presence():
    """06 ranks outlets by a frame's cue words per 1,000 words, 02 by the share of articles
    where it is present: the page must say so before the frame readings, or the two pages
    name different "most responsibility-framed" outlets without explanation."""
    arts = pd.DataFrame({"id": list("abcd"), "outlet": ["X", "X", "Y", "Y"],
                         "frame_conflict": [1.0, 2.0, 3.0, 4.0]})
    result = Analysis(arts, pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), arts, ("basic",))
    text = compare.describe_all(compare.compare_outlets(result, min_n=1))
    assert text.startswith("Frames (1 metric)\n" + compare.FAMILY_NOTES["frames"] + "\n"
                           "conflict frame (weighted cues per 1,000 words): highest in Y")


def test_a_collections_own_numeric_columns_are_not_compared_unless_asked():
    """A CMS export's word_count or page_views is not a measure of the suite: 06 ranked
    outlets on it. It is compared only when named in metrics=."""
    result = small_result()
    result.articles["page_views"] = range(24)
    assert "page_views" not in set(compare.compare_outlets(result, min_n=1)["metric"])
    assert "tone" in set(compare.compare_outlets(result, min_n=1)["metric"])
    asked = compare.compare_outlets(result, metrics=["page_views"], min_n=1)
    assert set(asked["metric"]) == {"page_views"}
