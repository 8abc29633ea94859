"""The one-line readings printed under charts name a tie as a tie.

With a few dozen articles per outlet, equal counts and shares are common; a reading that names
only the first of several tied groups tells a journalist that one outlet leads when it does
not. Tables are hand-made; each expected sentence was checked against them by hand.
"""

from __future__ import annotations

import pandas as pd

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
    assert ss.describe_source_types(ss.source_types(attr, arts)) == (
        "Of 5 attributions, official sources are the most common (60%). X and Y lean most "
        "on anonymous sources (50% of the attributions of each, 2 and 2).")
    assert ss.describe_verb_stance(ss.verb_stance(attr, arts)) == (
        "X and Y use distancing verbs (claimed, alleged, insisted…) most: 50% of the "
        "attribution verbs of each, 2 and 2.")
    # Ana 2 attributions, "a source" 2: a tie (Ben 1)
    assert ss.describe_top_speakers(ss.top_speakers(attr, arts)) == (
        "Ana (official) and a source (anonymous) are the most attributed speakers, with 2 "
        "attributions each.")


def test_by_outlet_reading_ties_and_groups_without_attributions():
    table = pd.DataFrame({"outlet": ["X", "Y", "Z"], "articles": [4, 2, 3],
                          "secondhand_share": [0.5, 0.5, 0.0],
                          "anonymous_share": [0.1, float("nan"), 0.3]})
    assert ss.describe_by_outlet(table) == (
        "X and Y relay other outlets most often (50% of the articles of each, 4 and 2, "
        "are second-hand); "
        "Z has the highest share of anonymous attributions (30%).")
    table["anonymous_share"] = float("nan")
    assert ss.describe_by_outlet(table).endswith("second-hand).")


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
    assert "(not counted: 2 unattributed quotes or he/she" in subtitle


def test_tone_readings_do_not_call_a_negative_mean_positive():
    from analysis import tone

    table = pd.DataFrame({"outlet": ["A", "B"], "n": [12, 12], "mean": [-0.05, -0.001],
                          "ci_low": [-0.1, -0.03], "ci_high": [-0.01, 0.02],
                          "too_small": [False, False]})
    reading = tone.describe_tone_groups(table)
    assert reading.startswith("Most negative: A") and "least negative: B" in reading
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
    assert reading.endswith("the intervals overlap, so the gap may be chance.")


def test_readings_work_for_groups_that_are_not_strings():
    arts = pd.DataFrame({"id": ["a", "b"], "year": [2025, 2026]})
    attr = pd.DataFrame({"article_id": ["a", "b"], "speaker_type": ["anonymous"] * 2})
    assert ss.describe_source_types(ss.source_types(attr, arts, by="year"), by="year") == (
        "Of 2 attributions, anonymous sources are the most common (100%). 2025 and 2026 lean "
        "most on anonymous sources (100% of the attributions of each, 1 and 1).")
