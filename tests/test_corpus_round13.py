"""Review 15: a blank spreadsheet row (``,,,,``) is set aside as a blank row, not kept as an
article with no id, no text and the outlet "unknown"."""

from __future__ import annotations

import warnings

import pandas as pd

import analysis as ma


def test_blank_rows_are_set_aside_and_listed_once(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text("id,source,date,headline,body\n"
                    'A1,X,2026-11-01,T,"Some text here, said the mayor."\n'
                    ",,,,\n"
                    "   ,  ,  ,  ,  \n"
                    "A2,Y,2026-11-02,U,\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = ma.load_corpus(path)
    assert corpus["id"].tolist() == ["A1", "A2"]  # A2 has fields: an article with empty text
    issues = ma.load_issues(corpus)
    blank = issues[issues["problem"] == "blank row (every field empty)"]
    assert blank["row"].tolist() == [3, 4] and set(blank["action"]) == {"set aside"}
    assert "unknown" not in set(corpus["outlet"])
    assert any("2 × blank row" in str(w.message) for w in caught)


def test_a_table_of_texts_alone_keeps_its_empty_texts():
    corpus = ma.load_corpus(pd.DataFrame({"text": ["Mr. Holm left.", "  "]}))
    assert len(corpus) == 2
