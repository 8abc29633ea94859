"""Media outlets in the sourcing analyzer: short forms take the full name the article gives,
a generic "the paper" refers back to the last named other outlet, and the article's own outlet
relays nothing. Hand-written sentences."""
import pytest

from analysis.sourcing import extract


def _rows(text, outlet=None):
    return [(r["speaker"], r["speaker_name"], r["speaker_type"], r["via"])
            for r in extract(text, outlet=outlet) if r["speaker"]]


CASES = [
    # a short form after the full name gets the full name (speaker and via)
    ("The Velm Courier reported the bridge would close. The Courier said repairs would take "
     "a year.", None, ("The Courier", "Velm Courier", "media", "Velm Courier")),
    # a bare short form with no full name in the article stays as written
    ("A clerk told the Herald that the vote was rigged. The Herald said repairs would take a "
     "year.", None, ("The Herald", "Herald", "media", "Herald")),
    # a person of the outlet keeps the phrase as written; via is the full name
    ("The Velm Courier reported the bridge would close. The Courier's reporter said the site "
     "was empty.", None, ("The Courier's reporter", "The Courier's reporter", "media",
                          "Velm Courier")),
    # "the paper" refers back past the article's own outlet (a verification disclaimer)
    ("A clerk told the Velm Courier the vote was rigged. Dock Weekly has not been able to "
     "verify the account. According to the paper, the clerk kept copies.", None,
     ("the paper", "Velm Courier", "media", "Velm Courier")),
    # "told the Lantern" in an article whose own outlet is the Lantern is no relay
    ("Engineer Lise Marr told the Lantern that the pipes were old. The Lantern has not seen "
     "the report.", None, ("Engineer Lise Marr", "Lise Marr", "expert", "")),
    # the same with the outlet given by the caller
    ("Engineer Lise Marr told the Lantern that the pipes were old.", "The Daily Lantern",
     ("Engineer Lise Marr", "Lise Marr", "expert", "")),
    # an outlet column that names no outlet ("unknown") leaves the text's own cues in force
    ("Engineer Lise Marr told the Lantern that the pipes were old. The Lantern could not "
     "independently confirm the figures.", "unknown",
     ("Engineer Lise Marr", "Lise Marr", "expert", "")),
    # without either cue, "told the Lantern" is still a relay
    ("Engineer Lise Marr told the Lantern that the pipes were old.", None,
     ("Engineer Lise Marr", "Lise Marr", "expert", "Lantern")),
    # a full name's suffix shared by two outlets is not guessed
    ("The Velm Herald and the Dock Herald both ran the story. Ona Pell told the Herald that "
     "the mayor resigned.", None, ("Ona Pell", "Ona Pell", "person", "Herald")),
    # an outlet named at a sentence's end is found (the name sequence runs over the full stop)
    ("A clerk spoke to the Velm Courier. The Courier said the vote was rigged.", None,
     ("The Courier", "Velm Courier", "media", "Velm Courier")),
    # "Radio" opens a broadcaster's name: a speaker of its own, and "the station" refers to it
    ("Radio Dunmark said it stood by its report.", None,
     ("Radio Dunmark", "Radio Dunmark", "media", "Radio Dunmark")),
    ("Radio Dunmark aired the interview. The station's editor said the man was credible.", None,
     ("The station's editor", "The station's editor", "media", "Radio Dunmark")),
    # a name with a title is a person, not an outlet to expand "Guardian" to
    ("Harbour Mayor Lev Guardian told reporters the port would reopen.", None,
     ("Harbour Mayor Lev Guardian", "Lev Guardian", "official", "")),
]


def test_document_reviewed_by_outlet_stays_a_row():
    # "according to a letter reviewed by <outlet>" names a document (relayed), not the outlet
    text = ("The Velm Post reported on the dispute. The mayor threatened to sue, according to a "
            "copy of the letter reviewed by the Post.")
    rows = [r for r in extract(text) if r["speaker"].startswith("a copy")]
    assert rows and rows[0]["via"] == "Velm Post"


@pytest.mark.parametrize("text,outlet,expected", CASES)
def test_media_names(text, outlet, expected):
    assert expected in _rows(text, outlet)
