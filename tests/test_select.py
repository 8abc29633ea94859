"""select(): outlets and date ranges, and the errors a misspelt parameter gets."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import ParameterError, select

CORPUS = pd.DataFrame({
    "id": ["a", "b", "c", "d"],
    "outlet": ["Meridian Wire", "The Daily Lantern", "Meridian Wire", "Frontline Digest"],
    "published": pd.to_datetime(["2026-09-01 10:00", "2026-09-30 23:59", "2026-10-01", None],
                                utc=True, format="mixed"),
})


@pytest.mark.parametrize(
    ("options", "ids"),
    [({}, ["a", "b", "c", "d"]),
     ({"outlets": ["Meridian Wire"]}, ["a", "c"]),
     ({"outlets": "Frontline Digest"}, ["d"]),
     ({"outlets": []}, ["a", "b", "c", "d"]),
     ({"start_date": "2026-09-30"}, ["b", "c"]),  # undated articles leave with a range
     ({"end_date": "2026-09-30"}, ["a", "b"]),  # the end day is included whole
     ({"outlets": ["Meridian Wire"], "start_date": "2026-09-02", "end_date": "2026-10-01"},
      ["c"])],
)
def test_select(options, ids):
    assert select(CORPUS, **options)["id"].tolist() == ids


@pytest.mark.parametrize(
    ("options", "message"),
    [({"outlets": ["Meridian Wir"]}, "did you mean 'Meridian Wire'"),
     ({"outlets": ["BBC"]}, "unknown outlet 'BBC'; outlets in this collection: Frontline"),
     ({"start_date": "2026-10-02", "end_date": "2026-09-01"}, "is after end_date"),
     ({"start_date": "first of May"}, "not a date written as YYYY-MM-DD"),
     # day-first and month-first forms are refused, not guessed (05/03 is 5 March in
     # Europe, 3 May for pandas)
     ({"start_date": "05/03/2026"}, "not a date written as YYYY-MM-DD"),
     ({"end_date": "2026-3-5"}, "not a date written as YYYY-MM-DD"),
     ({"end_date": "March 5 2026"}, "not a date written as YYYY-MM-DD"),
     ({"start_date": "2026-02-30"}, "not a calendar date"),
     ({"start_date": "2027-01-01"}, "the collection spans 2026-09-01 to 2026-10-01")],
)
def test_select_errors(options, message):
    with pytest.raises(ParameterError, match=message):
        select(CORPUS, **options)


def test_select_keeps_attrs_and_input():
    corpus = CORPUS.copy()
    corpus.attrs["source"] = "x.csv"
    out = select(corpus, outlets=["Meridian Wire"])
    assert out.attrs["source"] == "x.csv" and len(corpus) == 4


def test_explorer_filter_names_a_misspelt_outlet():
    from analysis import analyze
    from analysis.explore import filter_articles

    result = analyze(CORPUS.assign(text=["One.", "Two.", "Three.", "Four."],
                                   published=CORPUS["published"].astype(str)))
    with pytest.raises(ParameterError, match="did you mean 'Meridian Wire'"):
        filter_articles(result, outlets=["Meridian wire"])


@pytest.mark.parametrize(
    ("options", "reading"),
    [({}, ""),
     ({"outlets": "Meridian Wire"},
      "2 of 4 articles loaded are kept by the outlets and dates chosen (2 from other outlets)."),
     # b (30 Sep) is before the start, d is undated; a ends before the start too
     ({"start_date": "2026-10-01"},
      "1 of 4 articles loaded are kept by the outlets and dates chosen (2 before start_date, "
      "1 undated)."),
     ({"outlets": ["Meridian Wire", "Frontline Digest"], "end_date": "2026-09-30"},
      "1 of 4 articles loaded are kept by the outlets and dates chosen (1 from other "
      "outlets, 1 after end_date, 1 undated).")],
)
def test_selection_says_what_was_left_out(options, reading):
    from analysis.select import describe_selection

    assert describe_selection(select(CORPUS, **options)) == reading


def test_explorer_takes_one_outlet_as_text():
    from analysis import analyze
    from analysis.explore import filter_articles

    result = analyze(CORPUS.assign(text=["One.", "Two.", "Three.", "Four."],
                                   published=CORPUS["published"].astype(str)))
    assert filter_articles(result, outlets="Meridian Wire")["id"].tolist() == ["a", "c"]
    with pytest.raises(ParameterError, match="not a date written as YYYY-MM-DD"):
        filter_articles(result, date_from="09/01/2026")


def test_run_description_names_the_selection():
    from analysis.run_info import describe_run

    text = describe_run(select(CORPUS, outlets="Meridian Wire"))
    assert ("- **Selected**: 2 of 4 articles loaded are kept by the outlets and dates chosen "
            "(2 from other outlets).") in text.splitlines()
    assert "Selected" not in describe_run(CORPUS)


def test_english_only_leaves_out_and_names_articles_not_in_english():
    """The word lists are English: a German article's "die" would be a frame cue and a
    negative tone. The report notebooks leave such articles out and every page names them."""
    from analysis.select import describe_selection

    corpus = pd.DataFrame({
        "id": ["en1", "de1", "es1", "en2"], "outlet": ["A", "A", "B", "B"],
        "text": ["The council said the plan would go ahead next year.",
                 "Die Stadt hat den Plan gestern vorgestellt, sagte der Sprecher.",
                 "The council met today.", "The union said the talks had failed."],
        "language": ["", "", "es", "en"]})
    kept = select(corpus, english_only=True)
    assert kept["id"].tolist() == ["en1", "en2"]
    assert describe_selection(kept) == (
        "2 of 4 articles loaded are kept (2 not in English). Not in English, so left out of "
        "every figure (the suite's word lists are English): de1, es1.")
    assert select(corpus)["id"].tolist() == ["en1", "de1", "es1", "en2"]
    assert describe_selection(select(corpus.iloc[[0, 3]], english_only=True)) == ""
