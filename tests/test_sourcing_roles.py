"""Journalists as speakers and as the people addressed (source_roles.csv, round 7 rows).

Hand-written sentences; each expectation is what a sourcing editor would write down.
"""

from __future__ import annotations

import pytest

from analysis.sourcing import _lower_if_exact, _unnamed_heads, extract


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


def test_case_fold_exceptions_are_every_character_that_breaks_lower_casing():
    # every character that a case-insensitive regex takes for an ASCII letter lower-cases to
    # that letter, and lower-casing keeps the length, unless it is a listed exception
    import re
    import sys

    from analysis import sourcing as s

    letter = re.compile("[a-z]", re.IGNORECASE)
    breaking = set()
    for cp in range(128, sys.maxunicode + 1):
        ch = chr(cp)
        if len(ch.lower()) != 1 or letter.fullmatch(ch) and not ch.lower().isascii():
            breaking.add(ch)
    assert breaking == set(s.CASE_FOLD_EXCEPTIONS)


@pytest.mark.parametrize("text, expected", [
    ("Spoke ANONYMOUSLY", "spoke anonymously"),
    ("“Not authorised,” she said", "“not authorised,” she said"),  # curly marks are fine
    ("ſpoke anonymously", None),  # "ſ" matches "s" in a case-insensitive regex
    ("WHO DECLINED TO BE NAMED İN", None),
])
def test_lower_if_exact(text, expected):
    assert _lower_if_exact(text) == expected


def test_every_unnamed_marker_holds_a_prefilter_part():
    from analysis.sourcing import UNNAMED_MARKER_PARTS, read_lexicon

    for row in read_lexicon("anonymity_markers.csv"):
        if row["kind"] == "unnamed":
            words = row["marker"].lower().split()
            assert any(part in w for part in UNNAMED_MARKER_PARTS for w in words
                       if "'" not in w), row["marker"]
