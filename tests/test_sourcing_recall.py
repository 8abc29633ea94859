"""Round 7 (recall of attributed content): rules chosen from the missed PolNeAR attributions
of the even-numbered half only, each with hand-written sentences."""

from __future__ import annotations

import pytest

from analysis.sourcing import extract


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["kind"], r["speaker"], r["verb"], r["quote"]) for r in extract(text)]


# 1. A politician's party and state in brackets after the name does not hide the speaker.
PARTY_LABEL_CASES = [
    ("Sen. Ada Morrow (R-Iowa) told reporters that the farm bill was dead.",
     [("indirect", "Sen. Ada Morrow", "told", "the farm bill was dead")]),
    ("Rep. Tom Vance (D-Md.), chair of the budget panel, said the draft was fair.",
     [("indirect", "Rep. Tom Vance (D-Md.), chair of the budget panel", "said",
       "the draft was fair")]),
    ("“We will win this,” said Sen. Lou Barra (I-Vt.).",
     [("direct", "Sen. Lou Barra", "said", "“We will win this,”")]),
    # brackets that are no party label still end the phrase: no speaker
    ("The plan (a draft) said nothing about taxes.", []),
]


@pytest.mark.parametrize("text, expected", PARTY_LABEL_CASES)
def test_party_label_after_a_name(text, expected):
    assert _rows(text) == expected


# 2. Time and occasion adjuncts between a speech verb and its content are not content.
ADJUNCT_CASES = [
    ("Mayor Ines Roth said on Friday she would run again.",
     [("indirect", "Mayor Ines Roth", "said", "she would run again")]),
    ("Roth said earlier on Friday during a news conference that she would run again.",
     [("indirect", "Roth", "said", "she would run again")]),
    ("The minister said in a statement the border would stay open.",
     [("indirect", "The minister", "said", "the border would stay open")]),
    ("Roth said in 2019 that the tax was unfair.",
     [("indirect", "Roth", "said", "the tax was unfair")]),
    # after any cue verb when "that" follows the adjunct; a bare weekday too
    ("Roth tweeted Monday that the tax was unfair.",
     [("indirect", "Roth", "tweeted", "the tax was unfair")]),
    ("Several reporters noted on Twitter that the slogan had changed.",
     [("indirect", "Several reporters", "noted", "the slogan had changed")]),
    # an adjunct alone is no content
    ("Roth said on Friday.", []),
]


@pytest.mark.parametrize("text, expected", ADJUNCT_CASES)
def test_adjuncts_before_content(text, expected):
    assert _rows(text) == expected


# 3. A dash-bounded interruption between the subject and the cue: the subject before it speaks,
#    and the source as written runs over the interruption.
DASH_CASES = [
    ("Murphy — after a knock on wood — told me he had been lucky.",
     [("indirect", "Murphy — after a knock on wood", "told", "he had been lucky")]),
    ("Dana Reyes - his partner and co-host - told the Herald that he had changed.",
     [("indirect", "Dana Reyes - his partner and co-host", "told", "he had changed")]),
    ("The justice -- who has sparred with the nominee -- said she regretted her remarks.",
     [("indirect", "The justice -- who has sparred with the nominee", "said",
       "she regretted her remarks")]),
    # no speaker before the interruption: no row
    ("The price of the resort -- now known as the Club -- was not disclosed.", []),
]


@pytest.mark.parametrize("text, expected", DASH_CASES)
def test_dash_interruption_between_subject_and_cue(text, expected):
    assert _rows(text) == expected


# 4. A written source's finding without "that": "The poll shows both …" (only after a document
#    speaker: a person who "found himself in trouble" reports nothing).
DOCUMENT_FINDING_CASES = [
    ("The poll shows both candidates tied at 45 percent.",
     [("indirect", "The poll", "shows", "both candidates tied at 45 percent")]),
    ("Recent polling shows the race tightening in Iowa.",
     [("indirect", "Recent polling", "shows", "the race tightening in Iowa")]),
    ("New filings show the campaign has little cash left.",
     [("indirect", "New filings", "show", "the campaign has little cash left")]),
    # a person's bare clause after "found" is no finding they report
    ("The senator shows many signs of fatigue.", []),
    # a reflexive object of "find" is no finding ("found himself in trouble")
    ("The senator found himself in trouble again.", []),
]


@pytest.mark.parametrize("text, expected", DOCUMENT_FINDING_CASES)
def test_document_finding_without_that(text, expected):
    assert _rows(text) == expected


# 5. An object content ends before a second predicate of the same subject.
PREDICATE_CASES = [
    ("She praised her husband's record and offered him a new role.",
     [("indirect", "She", "praised", "her husband's record")]),
    ("Biden criticized the tone of the race but defended the party's candidate.",
     [("indirect", "Biden", "criticized", "the tone of the race"),
      ("indirect", "Biden", "defended", "the party's candidate")]),
    # a reported clause keeps its own coordination ("said … and had cost …")
    ("The auditor said the plan had failed and had cost millions.",
     [("indirect", "The auditor", "said", "the plan had failed and had cost millions")]),
]


@pytest.mark.parametrize("text, expected", PREDICATE_CASES)
def test_object_content_ends_before_a_second_predicate(text, expected):
    assert _rows(text) == expected


# 6. An absolute "with" construction: the noun phrase after "with" speaks the participle cue.
WITH_CASES = [
    ("Members were angry, with the union calling the offer an insult to nurses.",
     [("indirect", "the union", "calling", "the offer an insult to nurses")]),
    ("Republicans were irritated, with Sen. Ada Morrow calling it a “Chinese menu.”",
     [("partial", "Sen. Ada Morrow", "calling", "“Chinese menu.”")]),
    # no cue: nothing
    ("He left with his aides carrying boxes.", []),
]


@pytest.mark.parametrize("text, expected", WITH_CASES)
def test_absolute_with_participle(text, expected):
    assert _rows(text) == expected


# 7. An inverted speaker after a possessive role noun ("said the company's chief executive").
INVERTED_POSSESSIVE_CASES = [
    ("Orders have fallen by half, said the company's chief executive, Ana Berg.",
     [("indirect", "the company's chief executive, Ana Berg", "said",
       "Orders have fallen by half")]),
    ("The offer is fair, said the union's negotiator.",
     [("indirect", "the union's negotiator", "said", "The offer is fair")]),
]


@pytest.mark.parametrize("text, expected", INVERTED_POSSESSIVE_CASES)
def test_inverted_speaker_with_a_possessive(text, expected):
    assert _rows(text) == expected
