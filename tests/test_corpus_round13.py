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


def test_a_load_option_misspelt_is_one_clear_error():
    import pytest

    with pytest.raises(ma.ParameterError, match=r"unknown option\(s\) colums \(did you mean "
                                                r"'columns'\?\); it takes format, columns"):
        ma.load_corpus(pd.DataFrame({"text": ["x"]}), colums={})


def test_analyze_says_when_articles_do_not_look_english():
    import pytest

    spanish = ("El alcalde dijo que el plan de agua estaba listo y que la ciudad lo aprobaría "
               "antes del verano, aunque los vecinos no están de acuerdo con él.")
    corpus = pd.DataFrame({"id": ["en", "es", "empty"], "outlet": ["X", "X", "X"],
                           "text": ["The mayor said the plan was ready.", spanish, ""]})
    with pytest.warns(ma.CorpusWarning, match=r"1 article\(s\) do not look English \(es; "):
        result = ma.analyze(corpus, cache=None, progress=False)
    # (the empty article is not English either, but there is nothing to misread: not counted)
    assert result.articles["looks_english"].tolist() == [True, False, False]


def test_check_parameters_says_the_loader_renamed_the_column():
    import pytest

    corpus = ma.load_corpus(pd.DataFrame({"body": ["It rained."], "source": ["Wire"]}))
    values = {"by": "source", "period": "w"}
    with pytest.raises(ma.ParameterError, match=r"^by='source': .*'source' was read as the "
                                                r"'outlet' column on loading: use by='outlet'"):
        ma.report.check_parameters(values, corpus)
    values["by"] = "outlet"
    ma.report.check_parameters(values, corpus)
    assert values["period"] == "W"


def test_the_loader_says_which_way_it_read_dates_the_column_decided(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("id,outlet,date,text\nA,X,03/12/2026,One.\nB,X,13/11/2026,Two.\n"
                    "C,X,2026-11-14,Three.\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = ma.load_corpus(path)
    assert corpus.set_index("id").loc["A", "published"].strftime("%Y-%m-%d") == "2026-12-03"
    problems = ma.load_issues(corpus)["problem"].tolist()
    assert ("dates read day-first: '13/11/2026' can only be read that way, so 1 date(s) that "
            "could be either ('03/12/2026') were read day-first too") in problems


def test_select_takes_a_date_object():
    import datetime

    corpus = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "X"], "text": ["One.", "Two."],
                           "published": pd.to_datetime(["2026-11-01", "2026-11-20"], utc=True)})
    kept = ma.select(corpus, start_date=datetime.date(2026, 11, 10))
    assert kept["id"].tolist() == ["b"]
