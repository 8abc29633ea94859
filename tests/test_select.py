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
     ({"start_date": "first of May"}, "write it as YYYY-MM-DD"),
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
