"""Journalists as speakers and as the people addressed (source_roles.csv, round 7 rows).

Hand-written sentences; each expectation is what a sourcing editor would write down.
"""

from __future__ import annotations

import pytest

from analysis.sourcing import _unnamed_heads, extract


@pytest.mark.parametrize("text, quote, speaker, speaker_type", [
    # the reporters addressed after "told" are not part of what was said
    ("Hale told reporters the ferry would run again on Monday.",
     "the ferry would run again on Monday", "Hale", "person"),
    # a journalist quoted as a source is typed as media
    ("A correspondent said the ferry would run again.",
     "the ferry would run again", "A correspondent", "media"),
    ("The columnist wrote that the ferry was a luxury.",
     "the ferry was a luxury", "The columnist", "media"),
    ("Journalists asked whether the ferry would run.",
     "whether the ferry would run", "Journalists", "media"),
])
def test_journalists_as_speakers_and_addressees(text, quote, speaker, speaker_type):
    rows = extract(text)
    assert [(r["quote"], r["speaker"], r["speaker_type"]) for r in rows] == [
        (quote, speaker, speaker_type)]


@pytest.mark.parametrize("text, expected", [
    # the article says later that it leaves the operator unnamed: every mention is anonymous
    ("An Estmark drone operator told Radio Velm that the crews trained at night. The operator, "
     "who was not named, said the instructors left before dark.",
     [("An Estmark drone operator", "anonymous"),
      ("The operator, who was not named", "anonymous")]),
    # a named person with the same noun elsewhere stays a person
    ("Operator Karel Dunn said the crews trained at night. A second operator, who was not "
     "named, said they left before dark.",
     [("Operator Karel Dunn", "person"), ("A second operator, who was not named", "anonymous")]),
    # without the marker a description stays a person
    ("An Estmark drone operator told Radio Velm that the crews trained at night.",
     [("An Estmark drone operator", "person")]),
])
def test_a_description_the_article_leaves_unnamed_is_anonymous(text, expected):
    assert [(r["speaker"], r["speaker_type"]) for r in extract(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("A drone operator spoke. The operator, who was not named, said so.", {"operator"}),
    # the marker in any case (the regex's first-character guard is case-insensitive too)
    ("The Operator, WHO WAS NOT NAMED, said so.", {"operator"}),
    ("Insiders said so. The clerk, who asked not to be identified, agreed.", {"clerk"}),
    # no marker: nothing is left unnamed
    ("The operator, who was named in court, said so.", set()),
])
def test_unnamed_heads(text, expected):
    assert _unnamed_heads(text) == expected
