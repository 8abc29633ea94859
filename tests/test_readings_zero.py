"""Readings claim no ranking where there is nothing to rank, and tables print no pandas
artefacts.

A small collection (a dozen articles, three outlets) gives tables where every value is 0,
where no group has an interval, where only one group is left, or where a value is missing.
A reading must then say so ("no outlet's articles relay another outlet", "all 3 outlets
0.00", "too few articles for intervals") rather than name a "highest" outlet or say that
intervals that do not exist "overlap". Tables are hand-made; each expected sentence was
checked against its table by hand.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from analysis import compare, corpus, reuse, stats, topics, uncertainty
from analysis import sourcing_stats as ss

NAN = float("nan")


# --- stats: counts, lengths, headline -------------------------------------------------------

@pytest.mark.parametrize("outlets,expected", [
    (["A", "A", "A"], "All 3 articles are from A."),  # one group: nothing to rank it against
    (["A"], "The one article is from A."),
    (["A", "B", "A"], "A has the most articles (2, 67% of 3); B the fewest (1)."),
])
def test_counts_reading_for_one_group(outlets, expected):
    assert stats.describe_counts(stats.count_by(pd.DataFrame({"outlet": outlets}))) == expected


@pytest.mark.parametrize("medians,expected", [
    ({"A": 0.0, "B": 0.0}, "Every group's median article is empty (0 words)."),
    ({"A": 300.0, "B": 300.0}, "All 2 groups have the same median length (300 words each)."),
    ({"A": 120.0}, "A: median 120 words."),
    ({"A": 300.0, "B": 120.0}, "A writes the longest articles (median 300 words); B the "
                               "shortest (median 120)."),
])
def test_length_reading_ranks_only_different_medians(medians, expected):
    table = pd.DataFrame({"outlet": list(medians), "median_words": list(medians.values())})
    assert stats.describe_lengths(table) == expected


@pytest.mark.parametrize("outlets,start", [
    (["A", "A", "A"], "3 articles from 1 outlet, "),
    (["A"], "1 article from 1 outlet, "),
    (["A", "B"], "2 articles from 2 outlets, "),
])
def test_headline_singular_and_plural(outlets, start):
    n = len(outlets)
    articles = pd.DataFrame({"outlet": outlets, "n_words": [10] * n, "is_empty": [False] * n,
                             "published": pd.to_datetime(["2026-03-02"] * n, utc=True)})
    assert stats.headline(articles).startswith(start)


@pytest.mark.parametrize("n,noun,nouns,expected", [
    (0, "outlet", None, "0 outlets"), (1, "outlet", None, "1 outlet"),
    (2, "outlet", None, "2 outlets"), (1, "storyline", None, "1 storyline"),
    (3, "story", "stories", "3 stories"), (1, "story", "stories", "1 story"),
])
def test_plural(n, noun, nouns, expected):
    assert stats.plural(n, noun, nouns) == expected


def test_printed_tables_show_missing_values_as_a_dash():
    table = pd.DataFrame({"id": ["a5", "a1"],
                          "published": pd.to_datetime([None, "2026-03-02"], utc=True),
                          "certainty_index": [NAN, -1.0]})
    shown = stats.printable(table)
    assert shown["published"].tolist() == ["—", "2026-03-02"]  # not NaT, not NaN
    text = stats.table_text(table)
    assert text.splitlines() == ["id  published  certainty_index",
                                 "a5          —                —",
                                 "a1 2026-03-02            -1.00"]
    assert "NaN" not in text and "NaT" not in text


@pytest.mark.parametrize("empty", ["No storyline is covered by two or more outlets.", ""])
def test_an_empty_table_prints_a_sentence_not_pandas(empty):
    table = pd.DataFrame(columns=["storyline", "outlet", "n_articles"])
    assert stats.table_text(table, empty=empty) == empty


# --- compare: the side-by-side readings ------------------------------------------------------

def _side(metric, rows, *, extremes=True):
    """A compare_outlets table by hand: rows of (outlet, n, mean, ci_low, ci_high); no
    interval (ci None) means too small. ``extremes``: every article at the group's mean."""
    out = []
    for outlet, n, mean, low, high in rows:
        row = {"metric": metric, "outlet": outlet, "n": n, "mean": mean, "ci_low": low,
               "ci_high": high, "too_small": low is None, "highest_id": f"{outlet}-h",
               "lowest_id": f"{outlet}-l"}
        if extremes:
            row.update(highest=mean, n_at_highest=n, lowest=mean, n_at_lowest=n)
        out.append(row)
    return pd.DataFrame(out)


@pytest.mark.parametrize("metric,rows,extremes,expected", [
    # every article of every outlet at 0: no highest, no lowest, no overlap verdict
    ("frame_morality", [("X", 3, 0.0, None, None), ("Y", 4, 0.0, None, None),
                        ("Z", 4, 0.0, None, None)], True,
     "morality frame (weighted cues per 1,000 words): all 3 outlets 0.00 (n = 3, 4 and 4; every "
     "article 0), so there is nothing to rank."),
    # the same mean without knowing every article's value: the mean only
    ("secondhand", [("X", 12, 0.0, 0.0, 0.0), ("Y", 15, 0.0, 0.0, 0.0)], False,
     "second-hand stories (share of articles): all 2 outlets 0.00 (n = 12 and 15), so there "
     "is nothing to rank."),
    # a signed scale keeps its sign, and the metric's note stays
    ("certainty_index", [("X", 2, -1.0, None, None), ("Y", 3, -1.0, None, None)], True,
     "certainty index (−1 hedges and no boosters … +1 boosters and no hedges; articles with "
     "neither left out): all 2 outlets -1.00 (n = 2 and 3; every article -1), so there is "
     "nothing to rank. A low index means hedges without boosters, not much hedging: compare "
     "hedges per 1,000 words for how much an outlet hedges."),
])
def test_comparison_does_not_rank_equal_means(metric, rows, extremes, expected):
    assert compare.describe_comparison(_side(metric, rows, extremes=extremes), metric) == \
        expected


def test_comparison_without_intervals_does_not_say_they_overlap():
    table = _side("tone", [("X", 3, 0.19, None, None), ("Y", 4, -0.03, None, None)],
                  extremes=False)
    assert compare.describe_comparison(table, "tone") == (
        "tone (mean sentence tone, −1…+1): highest in X, +0.19 (n = 3, too few for an "
        "interval); lowest in Y, -0.03 (n = 4, too few for an interval); too few articles for "
        "intervals, so the outlets cannot be compared. Most extreme articles: X-h (highest in "
        "X), Y-l (lowest in Y).")
    assert "too few articles for intervals, so the genres cannot be compared" in \
        compare.describe_comparison(table.rename(columns={"outlet": "genre"}), "tone",
                                    by="genre")


@pytest.mark.parametrize("rows,verdict", [
    # only the lowest has no interval
    ([("X", 12, 0.5, 0.4, 0.6), ("Y", 4, 0.1, None, None)],
     "one of the two has too few articles for an interval, so these two cannot be compared"),
    # the two ends have none, the middle one has: not "the outlets cannot be compared"
    ([("X", 3, 0.5, None, None), ("Y", 12, 0.3, 0.2, 0.4), ("Z", 4, 0.1, None, None)],
     "neither has enough articles for an interval, so these two cannot be compared"),
    # both have intervals that overlap: the interval of the difference decides (round 20)
    ([("X", 12, 0.5, 0.3, 0.7), ("Y", 12, 0.4, 0.2, 0.6)],
     "the intervals overlap and the approximate 95% interval of the difference (-0.18 to "
     "+0.38) includes 0, so this sample does not establish a difference"),
    ([("X", 12, 0.5, 0.45, 0.55), ("Y", 12, 0.1, 0.05, 0.15)], "the intervals do not overlap"),
])
def test_comparison_verdict_follows_the_intervals_there_are(rows, verdict):
    reading = compare.describe_comparison(_side("tone", rows, extremes=False), "tone")
    assert f"; {verdict}. Most extreme articles:" in reading
    assert reading.count("overlap") == verdict.count("overlap")


def test_comparison_names_groups_tied_at_an_end():
    table = _side("frame_conflict", [("X", 3, 4.0, None, None), ("Y", 4, 0.0, None, None),
                                     ("Z", 4, 0.0, None, None)])
    reading = compare.describe_comparison(table, "frame_conflict")
    assert reading.startswith("conflict frame (weighted cues per 1,000 words): highest in X, 4.00 "
                              "(n = 3, too few for an interval); lowest in Y (tied with Z, "
                              "n = 4), 0.00 (n = 4, too few for an interval);")


def test_comparison_of_a_tie_uses_the_largest_group_and_gives_every_tied_n():
    """Of groups tied at the lowest mean, the verdict uses the one with the narrowest
    interval (most articles), and each tied group is named with its own N."""
    table = _side("tone", [("X", 20, 0.5, 0.4, 0.6), ("Y", 10, 0.0, -0.5, 0.45),
                           ("Z", 30, 0.0, -0.1, 0.1), ("W", 12, 0.0, -0.45, 0.45)],
                  extremes=False)
    reading = compare.describe_comparison(table, "tone")
    assert "lowest in Z (tied with Y, n = 10; W, n = 12), +0.00" in reading
    assert "n = 30); the intervals do not overlap." in reading


@pytest.mark.parametrize("means,expected_start", [
    # a group with no value is left out of the ranking
    ([NAN, 0.2, 0.1], "tone (mean sentence tone, −1…+1): highest in Y, +0.20"),
    ([NAN, NAN, NAN], "tone (mean sentence tone, −1…+1): no values."),
    ([NAN, 0.2, NAN], "tone (mean sentence tone, −1…+1): only Y: +0.20 (n = 3, too few"),
])
def test_comparison_skips_missing_means(means, expected_start):
    rows = [(o, 3, m, None, None) for o, m in zip("XYZ", means, strict=True)]
    assert compare.describe_comparison(_side("tone", rows, extremes=False), "tone").startswith(
        expected_start)


def test_interval_of_a_missing_mean():
    assert uncertainty.describe_interval({"mean": NAN, "n": 0, "too_small": True}) == \
        "no value (n = 0)"


def test_storyline_reading_with_an_undated_follower():
    table = pd.DataFrame({"storyline": ["s", "s"], "outlet": ["W", "T"],
                          "hours_after_first": [0.0, NAN], "first_on_story": [True, False]})
    assert compare.describe_storylines(table) == (
        "First in this collection: W on s (a story can have broken outside it, on air or in an "
        "outlet not collected). Others followed: T undated, so no delay can be given.")


# --- sourcing --------------------------------------------------------------------------------

@pytest.mark.parametrize("secondhand,anonymous,expected", [
    ([0.0, 0.0, 0.0], [0.14, 0.0, 0.0],
     "No outlet's articles relay another outlet (0 of 11 articles are second-hand); X has the "
     "highest share of anonymous attributions (14%)."),
    ([0.0, 0.0, 0.0], [0.0, 0.0, NAN],
     "No outlet's articles relay another outlet (0 of 11 articles are second-hand); no "
     "attribution is anonymous."),
    ([0.0, 0.25, 0.0], [NAN, NAN, NAN],
     "Y relays other outlets most often (25% of its 4 articles are second-hand)."),
])
def test_by_outlet_reading_with_zeros(secondhand, anonymous, expected):
    table = pd.DataFrame({"outlet": ["X", "Y", "Z"], "articles": [3, 4, 4],
                          "secondhand_share": secondhand, "anonymous_share": anonymous})
    # (min_n=1: zero handling of 3-to-4-article groups; round 20 ranks only 10+ by default)
    assert ss.describe_by_outlet(table, min_n=1) == expected


def test_by_outlet_reading_for_one_outlet():
    table = pd.DataFrame({"outlet": ["X"], "articles": [4], "secondhand_share": [0.25],
                          "anonymous_share": [0.5]})
    assert ss.describe_by_outlet(table) == (
        "X: 25% of its 4 articles are second-hand; 50% of X's attributions are anonymous.")


def test_source_types_reading_without_anonymous_sources():
    table = pd.DataFrame({"outlet": ["X", "X", "Y", "Y"],
                          "speaker_type": ["official", "anonymous"] * 2,
                          "attributions": [3, 0, 2, 0], "share": [1.0, 0.0, 1.0, 0.0]})
    assert ss.describe_source_types(table) == (
        "Of 5 attributions, official sources are the most common (100%). No attribution is "
        "anonymous.")


def test_verb_stance_reading_with_no_distancing_verb():
    table = pd.DataFrame({"outlet": ["X", "X", "Y", "Y"],
                          "verb_stance": ["neutral", "distancing"] * 2,
                          "attributions": [3, 0, 2, 0], "share": [1.0, 0.0, 1.0, 0.0]})
    assert ss.describe_verb_stance(table) == (
        "No distancing verb (claimed, alleged, insisted…) was found in any outlet's "
        "attributions.")


@pytest.mark.parametrize("articles,shares,expected", [
    ([13, 25], [0.0, 0.0], "Across 38 dated articles, none is second-hand."),
    # the one second-hand article is in a period too small to rank
    ([12, 3], [0.0, 1 / 3], "Across 15 dated articles, no period with the 10 articles needed "
                            "to compare periods has a second-hand article."),
])
def test_over_time_reading_with_no_second_hand_article(articles, shares, expected):
    table = pd.DataFrame({"period_start": pd.to_datetime(["2026-09-01", "2026-10-01"]),
                          "articles": articles, "secondhand_share": shares})
    assert ss.describe_over_time(table) == expected


# --- topics ----------------------------------------------------------------------------------

def test_topic_reading_skips_no_topic():
    table = pd.DataFrame({"outlet": ["P", "P", "Q", "Q"], "topic": [0, 1, 0, 1],
                          "topic_label": ["(none)", "a", "(none)", "a"],
                          "articles": [1, 0, 0, 2], "group_articles": [1, 1, 2, 2],
                          "share": [1.0, 0.0, 0.0, 1.0]})
    assert topics.describe_topic_shares(table) == (
        "P: no article has a topic; Q: most often topic 1 (a), 100% of its 2 articles.")
    wide = topics.share_table(table)
    assert list(wide.columns) == ["outlet", "1", "no topic"]  # not an unnamed column 0
    assert wide["no topic"].tolist() == [1.0, 0.0]
    # no article without a topic: no such column
    assert list(topics.share_table(table[table["topic"] == 1]).columns) == ["outlet", "1"]


@pytest.mark.parametrize("dominant,expected", [
    ([3, 1, 2, 2, 1, 0, 0],
     "3 topics; the most common is topic 1 (a), tied with topic 2 (b), dominant in 2 of 7 "
     "articles each. 2 articles have no topic: no word the model scores (an empty text, or "
     "only words too rare or too common in the collection)."),
    ([3, 1, 2, 2], "3 topics; the most common is topic 2 (b), dominant in 2 of 4 articles."),
    ([0, 0], "No article has a topic (no scored words)."),
])
def test_topic_model_reading_names_a_tie_and_articles_without_topic(dominant, expected):
    model = topics.TopicModel(pd.DataFrame(), {1: "a", 2: "b", 3: "c"},
                              pd.DataFrame({"topic": dominant}), 3, None, None)
    assert topics.describe_topics(model) == expected


# --- reuse -----------------------------------------------------------------------------------

@pytest.mark.parametrize("labelled,found,expected", [
    ([None, None], [pd.NA, pd.NA],
     "Against the hand labels in 'reprint_of': no article is labelled a reprint and none was "
     "detected, so there is nothing to score."),
    ([None, "a"], [pd.NA, pd.NA],
     "Against the hand labels in 'reprint_of': 0 reprints found correctly, 0 wrongly, 1 missed "
     "(no precision: nothing detected, recall 0.00)."),
    ([None, "a"], [pd.NA, "a"],
     "Against the hand labels in 'reprint_of': 1 reprints found correctly, 0 wrongly, 0 missed "
     "(precision 1.00, recall 1.00)."),
])
def test_reprint_accuracy_reading_with_nothing_to_score(labelled, found, expected):
    marked = pd.DataFrame({"id": ["a", "b"], "reprint_of": labelled, "original_id": found})
    assert reuse.describe_reprint_accuracy(marked) == expected


@pytest.mark.parametrize("published,note", [
    (None, "No pair of articles from different outlets shares a passage of 12+ words."),
    ("undated", "None of the 1 pairs sharing passages has both articles dated."),
])
def test_reuse_chart_without_pairs_draws_a_note_and_warns_nothing(published, note):
    import matplotlib

    matplotlib.use("Agg")
    from analysis.charts.compare import reuse_timeline

    if published is None:
        pairs = pd.DataFrame(columns=["earlier_id", "later_id", "earlier_outlet", "later_outlet",
                                      "earlier_published", "later_published", "kind",
                                      "jaccard"])
    else:
        pairs = pd.DataFrame({"earlier_id": ["a"], "later_id": ["b"], "earlier_outlet": ["X"],
                              "later_outlet": ["Y"], "earlier_published": [pd.NaT],
                              "later_published": [pd.NaT], "kind": ["reprint"],
                              "jaccard": [0.9]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. matplotlib's "identical low and high ylims"
        ax = reuse_timeline(pairs, source="test")
    assert note in [t.get_text() for t in ax.texts]


# --- the loader's table ----------------------------------------------------------------------

def test_loader_issue_table_in_full_without_index():
    long_action = ("kept the first, renamed this one a7~2; original kept in place, the later "
                   "text is a separate article")
    issues = pd.DataFrame({"source": ["corpus.jsonl", "corpus.jsonl"],
                           "row": pd.array([8, None], dtype="Int64"), "id": ["a7", None],
                           "problem": ["id reused", "note"], "action": [long_action, "<b>"]})
    page = corpus.issues_html(issues)
    assert f"<td>{long_action}</td>" in page  # not cut to "original kept in p..."
    assert page.count("<tr>") == 3 and "<th></th>" not in page  # header + 2 rows, no index
    assert "<td>—</td><td>—</td>" in page  # missing row and id
    assert "&lt;b&gt;" in page and "<b>" not in page  # escaped


@pytest.mark.parametrize("y_values,verdict", [
    # 10 of 12 articles above X's constant 0: a permutation test says the gap is not chance
    ([0.2, 0.3, 0.1, 0.25, 0.4, 0.2, 0.15, 0.3, 0.2, 0.1, 0.0, 0.0],
     "a permutation test of the two outlets' articles (p < 0.001) says a gap this large "
     "would be rare by chance"),
    # 4 of 12 above it: Y's bootstrap interval excludes 0, but 4 such articles fall all in
    # one outlet by chance 2·C(12,4)/C(24,4) = 9% of the time
    ([0.0] * 8 + [0.5] * 4,
     "and a permutation test of the two outlets' articles (p = 0.09) does not establish a "
     "difference"),
])
def test_a_group_with_one_value_throughout_is_judged_by_a_permutation_test(y_values, verdict):
    """A group whose articles all share one value has a zero-width bootstrap interval; the
    reading must neither call the two ends indistinguishable by rule nor trust that width."""
    from analysis.pipeline import Analysis

    arts = pd.DataFrame({"id": [f"a{i}" for i in range(24)], "outlet": ["X"] * 12 + ["Y"] * 12,
                         "tone": [0.0] * 12 + y_values})
    result = Analysis(arts, pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), arts, ("basic",))
    table = compare.compare_outlets(result, metrics=["tone"])
    reading = compare.describe_comparison(table, "tone")
    assert "every article of X has the same value, so the bootstrap gives no interval" in reading
    assert verdict in reading


def test_permutation_p_for_big_groups_uses_the_normal_approximation():
    """Above PERMUTATION_MAX_VALUES articles the p-value comes from the normal approximation
    of the permutation distribution (no 9,999 × n matrix); it agrees with the exact test's
    verdicts: a clear gap is tiny, a gap of one article in thousands is not significant."""
    import numpy as np

    n = compare.PERMUTATION_MAX_VALUES  # per group: twice the limit in all
    for y_values, significant in ((np.r_[np.zeros(n - 900), np.ones(900)], True),
                                  (np.r_[np.zeros(n - 1), np.ones(1)], False)):
        t = pd.DataFrame({"id": [f"a{i}" for i in range(2 * n)], "outlet": ["X"] * n + ["Y"] * n,
                          "rate": np.r_[np.zeros(n), y_values]})
        s = uncertainty.mean_ci(t, "rate", min_n=5, warn=False, n_resamples=200)
        p = compare._ends_p(t, "rate", "outlet", s)
        assert (p < 0.05) is significant
