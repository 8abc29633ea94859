"""The one-line readings printed under charts name a tie as a tie.

With a few dozen articles per outlet, equal counts and shares are common; a reading that names
only the first of several tied groups tells a journalist that one outlet leads when it does
not. Tables are hand-made; each expected sentence was checked against them by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing_stats as ss
from analysis import stats


def test_article_counts_name_every_group_tied_most_or_fewest():
    articles = pd.DataFrame({"outlet": ["A", "B", "C", "A", "B", "C", "D"]})
    assert stats.describe_counts(stats.count_by(articles)) == (
        "A, B and C have the most articles (2, 29% of 7 each); D the fewest (1).")
    assert stats.describe_counts(stats.count_by(pd.DataFrame({"outlet": ["A", "B"]}))) == (
        "All 2 groups have the same number of articles (1 each).")


def test_longest_articles_tied():
    table = pd.DataFrame({"outlet": ["A", "B", "C"], "median_words": [400.0, 400.0, 250.0]})
    assert stats.describe_lengths(table) == (
        "A and B write the longest articles (median 400 words each); C the shortest "
        "(median 250).")


def test_sourcing_readings_name_ties():
    arts = pd.DataFrame({"id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"]})
    attr = pd.DataFrame({"article_id": ["a", "a", "b", "b", "c"],
                         "speaker_type": ["anonymous", "official", "anonymous", "official",
                                          "official"],
                         "speaker_name": ["a source", "Ana", "a source", "Ben", "Ana"],
                         "verb_stance": ["distancing", "neutral", "distancing", "neutral",
                                         "neutral"]})
    # official 3 of 5, anonymous 2; X and Y each 1 anonymous of 2 attributions
    # (min_n=1: these 1-to-2-attribution groups test tie naming; round 20 ranks only groups
    # of 10 or more by default)
    assert ss.describe_source_types(ss.source_types(attr, arts), min_n=1) == (
        "Of 5 attributions, official sources are the most common (60%). X and Y lean most "
        "on anonymous sources (50% of the attributions of each, 2 and 2).")
    assert ss.describe_verb_stance(ss.verb_stance(attr, arts)) == (
        "X and Y use distancing verbs most: 50% of the attribution verbs of each, 2 and 2.")
    # with the verbs as written, the reading names them (review14: not textbook examples)
    named = ss.verb_stance(attr.assign(verb=["reportedly told", "said", "claimed", "said",
                                             "said"]).replace({"reportedly told": "told"}), arts)
    assert named.attrs["distancing_verbs"] == {"X": [("told", 1)], "Y": [("claimed", 1)]}
    assert ss.describe_verb_stance(named) == (
        "X and Y use distancing verbs most: 50% of the attribution verbs of each, 2 and 2; "
        "X’s distancing verbs: told 1; Y’s distancing verbs: claimed 1 (\"told\" counts as "
        "distancing only after \"reportedly\", \"allegedly\" or the like).")
    # Ana 2 attributions, "a source" 2: a tie (Ben 1)
    assert ss.describe_top_speakers(ss.top_speakers(attr, arts)) == (
        "Ana (official) and a source (anonymous) are the most attributed speakers, with 2 "
        "attributions each.")


def test_by_outlet_reading_ties_and_groups_without_attributions():
    table = pd.DataFrame({"outlet": ["X", "Y", "Z"], "articles": [4, 2, 3],
                          "secondhand_share": [0.5, 0.5, 0.0],
                          "anonymous_share": [0.1, float("nan"), 0.3]})
    assert ss.describe_by_outlet(table, min_n=1) == (
        "X and Y relay other outlets most often (50% of the articles of each, 4 and 2, "
        "are second-hand); "
        "Z has the highest share of anonymous attributions (30%).")
    table["anonymous_share"] = float("nan")
    assert ss.describe_by_outlet(table, min_n=1).endswith("second-hand).")


def test_top_speakers_chart_says_what_the_ranking_leaves_out():
    import matplotlib

    matplotlib.use("Agg")
    from analysis.charts.sourcing import top_speakers_chart

    arts = pd.DataFrame({"id": ["a"], "outlet": ["X"]})
    attr = pd.DataFrame({"article_id": ["a"] * 3, "speaker_name": ["Ana", "he", ""],
                         "speaker_type": ["official", "person", "unattributed"]})
    table = ss.top_speakers(attr, arts)
    assert (table.attrs["n_attributions"], table.attrs["n_total"]) == (1, 3)
    ax = top_speakers_chart(table)
    subtitle = [t.get_text() for t in ax.texts if "N = " in t.get_text()][0]
    assert subtitle.startswith("Top 1 of 1 speakers: 1 of N = 1 attributions with a known")
    assert "(not counted: 2 quotations with no speaker, or a pronoun — he, she, they" in subtitle


def test_tone_readings_do_not_call_a_negative_mean_positive():
    from analysis import tone

    table = pd.DataFrame({"outlet": ["A", "B"], "n": [12, 12], "mean": [-0.05, -0.001],
                          "ci_low": [-0.1, -0.03], "ci_high": [-0.01, 0.02],
                          "too_small": [False, False]})
    reading = tone.describe_tone_groups(table)
    assert reading.startswith("Most negative: A") and "highest (close to neutral): B" in reading
    assert "most positive" not in reading


def test_voice_gap_reading_says_when_intervals_overlap():
    from analysis import tone

    table = pd.DataFrame({"outlet": ["A", "A", "B", "B"],
                          "voice": ["author", "quoted"] * 2, "n": [12, 12, 12, 12],
                          "mean": [-0.03, -0.08, 0.0, -0.01],
                          "ci_low": [-0.09, -0.13, -0.02, -0.03],
                          "ci_high": [0.02, -0.04, 0.02, 0.01],
                          "too_small": [False] * 4})
    reading = tone.describe_voices(table)
    assert reading.startswith("The largest gap between quoted and author tone is in A:")
    # (round 20: overlap alone is not read as chance; the paired gap gives the verdict)
    assert reading.endswith("the two intervals overlap, which alone does not show whether the "
                            "gap is real (the per-article comparison does).")


def test_readings_work_for_groups_that_are_not_strings():
    arts = pd.DataFrame({"id": ["a", "b"], "year": [2025, 2026]})
    attr = pd.DataFrame({"article_id": ["a", "b"], "speaker_type": ["anonymous"] * 2})
    assert ss.describe_source_types(ss.source_types(attr, arts, by="year"), by="year",
                                    min_n=1) == (
        "Of 2 attributions, anonymous sources are the most common (100%). 2025 and 2026 lean "
        "most on anonymous sources (100% of the attributions of each, 1 and 1).")


def _periods(*rows):
    return pd.DataFrame({"period_start": pd.to_datetime([r[0] for r in rows]),
                         "articles": [r[1] for r in rows],
                         "secondhand_share": [r[2] / r[1] for r in rows]})


def test_over_time_reading_ranks_only_periods_with_enough_articles():
    # 9 of 9 in August is the highest share, but 9 articles are too few to rank
    table = _periods(("2026-08-01", 9, 9), ("2026-09-01", 13, 6), ("2026-10-01", 25, 11))
    text = ss.describe_over_time(table)
    assert text.startswith("All outlets together, across 47 dated articles, the period "
                           "starting 2026-09-01 has the highest share of second-hand articles "
                           "(6 of 13, 46%;")
    # (round 20: overlap is not evidence of a level share; review 21: the verdict rests on
    # the interval of each difference)
    assert "the interval of its difference from each other period includes 0" in text
    assert "the sample cannot show a change" in text
    assert text.endswith("(1 period with fewer than 10 articles not ranked).")
    # 20 of 20 against 1 of 20: the difference is clear
    apart = ss.describe_over_time(_periods(("2026-09-01", 20, 20), ("2026-10-01", 20, 1)))
    assert "it is above every other period" in apart
    # 24 of 60 against 12 of 60: overlapping intervals, a clear difference (two periods)
    clear = ss.describe_over_time(_periods(("2026-09-01", 60, 12), ("2026-10-01", 60, 24)))
    assert "it is above every other period" in clear
    assert "no period has the 10 articles" in ss.describe_over_time(
        _periods(("2026-09-01", 3, 1)))


def test_tone_period_reading_does_not_headline_a_period_too_small_to_test():
    from analysis.tone import describe_tone_periods

    table = pd.DataFrame({
        "period_start": pd.to_datetime(["2026-08-01", "2026-09-01", "2026-10-01"], utc=True),
        "n": [9, 13, 25], "mean": [-0.10, -0.03, 0.01], "ci_low": [None, -0.06, -0.02],
        "ci_high": [None, 0.00, 0.04], "too_small": [True, False, False]})
    text = describe_tone_periods(table)
    assert "the most negative began 2026-09-01 at -0.03" in text  # not August's -0.10
    assert "the interval of the difference includes 0, so this sample does not show a " \
        "difference" in text
    # not ranked, but its value is given: it was the most negative month of the sample
    assert text.endswith("1 period too small for an interval is not ranked: 2026-08-01 at "
                         "-0.100 (n = 9).")
    none = describe_tone_periods(table.assign(too_small=True))
    assert none.endswith("No period has enough articles for an interval, so none is ranked.")


@pytest.mark.parametrize("genres,expected_tail", [
    ([None, None], "1 is both."),
    (["Column", None], "1 is both. 1 of the single-source articles is an opinion piece "
                       "(column): commentary on a claim rather than a report resting on one "
                       "source."),
    (["editorial", "column"], "are opinion pieces (column, editorial)"),
])
def test_flagged_reading_says_which_single_source_stories_are_opinion(genres, expected_tail):
    arts = pd.DataFrame({"id": ["a", "b", "c"], "outlet": "X", "title": "",
                         "single_source": [True, True, False],
                         "secondhand": [True, False, False],
                         "genre": genres + ["news"]})
    flagged = ss.flagged_stories(arts)
    assert "genre" in flagged.columns
    text = ss.describe_flagged(flagged, arts)
    assert text.startswith("2 of 3 articles rest on a single primary source and 1 is "
                           "second-hand; 1 is both.")
    assert text.endswith(expected_tail) or expected_tail in text


def test_unnamed_experts_reading():
    arts = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"]})
    named = pd.DataFrame({"article_id": ["a", "b"], "speaker_type": ["expert", "expert"],
                          "speaker_name": ["Ana Berg", "Dr. Olu Ade"]})
    assert ss.describe_unnamed_experts(named, arts) == (
        "Every one of the 2 expert attributions names its expert.")
    mixed = named.assign(speaker_name=["the experts", "Dr. Olu Ade"])
    assert ss.describe_unnamed_experts(mixed, arts).startswith(
        "1 of the 2 expert attributions names nobody (\"analysts say…\"; X 1 of 1)")
    assert ss.describe_unnamed_experts(named.assign(speaker_type="official"), arts) == ""


def test_unnamed_experts_reading_leaves_out_excluded_articles():
    arts = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "X"]})
    attr = pd.DataFrame({"article_id": ["a", "b"], "speaker_type": ["expert", "expert"],
                         "speaker_name": ["Analysts", "Analysts"]})
    assert ss.describe_unnamed_experts(attr, arts).startswith(
        "2 of the 2 expert attributions name nobody")
    # 06 counts reprints once and 03 does not: the 06 sentence says why its count differs
    assert ss.describe_unnamed_experts(attr, arts, exclude_ids=["b"]).startswith(
        "1 of the 1 expert attributions (reprints counted once) names nobody")
