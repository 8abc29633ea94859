"""Opinion pieces called out where outlets are compared (review 12: every article of one
sample outlet is a column, and the pages compared it with news reports without saying so)."""

from __future__ import annotations

import pandas as pd

from analysis.compare import describe_storylines, storylines
from analysis.groups import describe_opinion_groups, genre_table, is_opinion
from analysis.pipeline import Analysis


def articles(genres, outlets):
    return pd.DataFrame({"id": [f"a{i}" for i in range(len(genres))], "outlet": outlets,
                         "genre": genres})


def test_an_outlet_of_columns_is_named_with_its_counts():
    a = articles(["column", "column", "Editorial", None, None, "column"],
                 ["Ledger", "Ledger", "Ledger", "Wire", "Wire", "Wire"])
    text = describe_opinion_groups(a)
    assert text.startswith("All 3 of Ledger's articles are opinion pieces (2 columns and 1 "
                           "editorial); 1 of the other outlets' 3 articles is.")
    assert "Wire's" not in text  # 1 of 3 is below the half that is called out


def test_nothing_is_said_without_a_genre_column_or_a_mostly_opinion_outlet():
    assert describe_opinion_groups(pd.DataFrame({"outlet": ["A"], "id": ["x"]})) == ""
    assert describe_opinion_groups(articles(["column", None, None, None],
                                            ["A", "A", "A", "B"])) == ""


def test_genre_table_counts_missing_genres_and_opinion_share():
    table = genre_table(articles(["column", None, "letter"], ["A", "A", "B"]))
    rows = table.set_index("outlet")
    assert rows.loc["A", "(no genre given)"] == 1 and rows.loc["A", "column"] == 1
    assert rows.loc["A", "opinion_share"] == 0.5 and rows.loc["B", "opinion_share"] == 1.0
    assert is_opinion(" Op-Ed ") and not is_opinion("news") and not is_opinion(None)


def test_a_storyline_broken_by_a_column_says_so():
    arts = pd.DataFrame({
        "id": ["c1", "w1"], "outlet": ["Ledger", "Wire"], "storyline": ["strike", "strike"],
        "genre": ["column", None], "tone": [0.0, 0.0],
        "published": pd.to_datetime(["2026-10-05 08:00", "2026-10-06 10:00"], utc=True)})
    result = Analysis(arts, pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), arts, ("basic",))
    table = storylines(result)
    assert table.set_index("outlet").loc["Ledger", "first_genre"] == "column"
    text = describe_storylines(table)
    assert "Ledger on strike (with an opinion piece, a column)" in text
    assert "count from it, not from the first news report" in text


def test_a_storyline_broken_by_news_says_nothing_about_genre():
    arts = pd.DataFrame({
        "id": ["w1", "c1"], "outlet": ["Wire", "Ledger"], "storyline": ["s", "s"],
        "genre": [None, "column"], "tone": [0.0, 0.0],
        "published": pd.to_datetime(["2026-10-05 08:00", "2026-10-06 10:00"], utc=True)})
    result = Analysis(arts, pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), arts, ("basic",))
    assert "opinion" not in describe_storylines(storylines(result))
