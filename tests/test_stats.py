"""Aggregations, with expected numbers worked out by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import ParameterError, stats

ARTICLES = pd.DataFrame({
    "id": ["a", "b", "c", "d", "e"],
    "outlet": ["W", "W", "W", "L", "L"],
    "published": pd.to_datetime(["2026-08-03 09:00", "2026-08-05", "2026-08-18", "2026-08-04",
                                 None], utc=True, format="mixed"),
    "title": ["t1", "t2", "t3", "t4", "t5"],
    "n_words": [100, 300, 200, 50, 0],
    "is_empty": [False, False, False, False, True],
})


def test_count_by():
    table = stats.count_by(ARTICLES)
    assert table.values.tolist() == [["W", 3, 0.6], ["L", 2, 0.4]]


def test_per_week_zero_fills_and_skips_undated():
    table = stats.per_period(ARTICLES, "W")
    # weeks start Monday 3, 10 and 17 August; week of the 10th has no articles
    wide = table.pivot(index="period_start", columns="outlet", values="articles")
    assert [d.strftime("%Y-%m-%d") for d in wide.index] == ["2026-08-03", "2026-08-10",
                                                            "2026-08-17"]
    assert wide["W"].tolist() == [2, 0, 1] and wide["L"].tolist() == [1, 0, 0]
    assert table["articles"].sum() == 4  # the undated article is not placed in time
    assert stats.describe_periods(table) == (
        "3 weeks from 2026-08-03 to 2026-08-17; the busiest week began 2026-08-03 with 3 "
        "articles; 1 week had none.")


def test_length_summary_and_reading():
    table = stats.length_summary(ARTICLES)
    assert table.set_index("outlet")["median_words"].to_dict() == {"W": 200, "L": 25}
    assert stats.describe_lengths(table) == (
        "W writes the longest articles (median 200 words); L the shortest (median 25).")


def test_headline():
    assert stats.headline(ARTICLES) == (
        "5 articles from 2 outlets, dated 2026-08-03 to 2026-08-18 (1 undated); 1 empty; "
        "median length 100 words.")


def test_recent_titles_and_bad_values():
    assert stats.recent_titles(ARTICLES, 2)["id"].tolist() == ["c", "b"]
    assert stats.recent_titles(ARTICLES, 5)["published"].iloc[-1] == "undated"
    with pytest.raises(ParameterError, match="'D', 'W', 'M'"):
        stats.per_period(ARTICLES, "Q")
    with pytest.raises(ParameterError, match="no column"):
        stats.count_by(ARTICLES, "country")


def test_grouped_tables_keep_rows_with_a_missing_group_value():
    """An article without a genre is counted under "(missing)", not dropped (issue 8)."""
    from analysis import analyze
    from analysis.groups import MISSING_GROUP
    from analysis.hedging import hedging_by_group
    from analysis.sourcing_stats import sourcing_by_outlet
    from analysis.stats import length_summary

    corpus = pd.DataFrame({
        "id": ["a", "b", "c"], "outlet": ["W", "W", "L"],
        "genre": ["news", None, "news"],
        "text": ["The minister said the plan may fail.", "Officials reportedly agreed.",
                 "Critics claimed it was a disaster."],
    })
    result = analyze(corpus, cache=None)
    for table in (length_summary(result.articles, by="genre"),
                  hedging_by_group(result.articles, by="genre"),
                  sourcing_by_outlet(result.articles, by="genre")):
        assert set(table["genre"]) == {"news", MISSING_GROUP}
    lengths = length_summary(result.articles, by="genre").set_index("genre")
    assert lengths.loc[MISSING_GROUP, "articles"] == 1
    assert result.articles["genre"].isna().sum() == 1  # the caller's table is unchanged


def test_printable_tables_show_dates_and_frame_names_as_readers_write_them():
    from analysis.stats import printable

    table = pd.DataFrame({
        "period_start": pd.to_datetime(["2026-08-01", "2026-09-01"], utc=True),
        "outlet": ["The Daily Lantern", "Meridian_Wire"],
        "dominant_frame": ["human_interest", None],
        "share": [0.25, 0.5]})
    shown = printable(table)
    assert shown["period_start"].tolist() == ["2026-08-01", "2026-09-01"]
    assert shown["dominant_frame"].tolist()[0] == "human interest"
    assert shown["dominant_frame"].isna().tolist() == [False, True]
    assert shown["outlet"].tolist() == ["The Daily Lantern", "Meridian_Wire"]  # names as written
    assert shown["share"].tolist() == [0.25, 0.5]
    assert table["dominant_frame"].iloc[0] == "human_interest"  # the caller's table is untouched
