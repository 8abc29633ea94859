"""Loading, round 12: titles with HTML markup or entities, and dates with two-digit years
read with the same one-reading-per-column rule as four-digit ones.

Every fixture is small, hand-written and invented."""

from __future__ import annotations

import warnings

import pandas as pd

from analysis import CorpusWarning, load_corpus, load_issues
from analysis.corpus import _full_year


def load_quietly(source, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(source, **options)


def write(tmp_path, rows, name="articles.csv"):
    path = tmp_path / name
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def test_title_markup_and_entities_become_plain_text_and_are_listed(tmp_path):
    path = write(tmp_path, [
        {"id": "a", "title": "<b>Ferry</b> &amp; harbour:<br>day&nbsp;two", "text": "It sailed."},
        {"id": "b", "title": "Mayor&#8217;s plan", "text": "It passed."},
        {"id": "c", "title": "Rates & fares, 3 < 4", "text": "Plain."},
    ])
    corpus = load_quietly(path)
    assert corpus["title"].tolist() == ["Ferry & harbour: day two", "Mayor’s plan",
                                        "Rates & fares, 3 < 4"]
    issues = load_issues(corpus)
    listed = issues[issues["problem"].str.startswith("title held HTML")]
    assert listed["id"].tolist() == ["a", "b"]
    assert listed["action"].str.contains("html=False").all()


def test_html_false_keeps_titles_as_written(tmp_path):
    path = write(tmp_path, [{"id": "a", "title": "<b>Ferry</b> &amp; harbour", "text": "x."}])
    corpus = load_quietly(path, html=False)
    assert corpus["title"].tolist() == ["<b>Ferry</b> &amp; harbour"]
    assert not load_issues(corpus)["problem"].str.startswith("title held").any()


def test_two_digit_years_follow_the_columns_day_first_reading(tmp_path):
    # 13/11/26 can only be day-first, so 03/11/26 is 3 November, not 11 March.
    path = write(tmp_path, [{"id": "a", "text": "One.", "published": "03/11/26"},
                            {"id": "b", "text": "Two.", "published": "13/11/26"}])
    corpus = load_quietly(path)
    assert [f"{d:%Y-%m-%d}" for d in corpus["published"]] == ["2026-11-03", "2026-11-13"]
    notes = load_issues(corpus)
    two_digit = notes[notes["problem"].str.contains("two-digit year")]
    assert len(two_digit) == 1 and "2026" in two_digit["action"].iloc[0]


def test_two_digit_years_and_four_digit_years_mix_in_one_column(tmp_path):
    path = write(tmp_path, [{"id": "a", "text": "One.", "published": "11/25/2025"},
                            {"id": "b", "text": "Two.", "published": "11/03/25"}])
    corpus = load_quietly(path)  # 11/25/2025 tells month-first
    assert [f"{d:%Y-%m-%d}" for d in corpus["published"]] == ["2025-11-25", "2025-11-03"]


def test_full_year_uses_the_century_within_fifty_years_of_today():
    this_year = pd.Timestamp.now(tz="UTC").year
    assert _full_year(f"{this_year % 100:02d}") == this_year
    assert _full_year(f"{(this_year - 40) % 100:02d}") == this_year - 40
    assert _full_year(f"{(this_year + 60) % 100:02d}") == this_year - 40
    assert _full_year("1987") == 1987
