"""Sourcing round 15 (issue #3): defects a reader of the bundled sample sees, and said-type
attributions the extractor missed on PolNeAR's development half. The sentences are our own
inventions (the sample's world: Port Aldmere, Corvania); each sample check names the article
where the defect was seen. Every test failed before its rule (checked against main 33d9112)
unless it is marked *guard*."""

import json

import pytest

from analysis.config import SAMPLE_CORPUS
from analysis.quotes import find_quotes
from analysis.sourcing import extract
from tests.test_sourcing_round10 import _by_quote, _rows  # noqa: F401 (shared helpers)


def _sample_rows(article_id):
    with open(SAMPLE_CORPUS, encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] == article_id:
                return extract(article["text"], outlet=article["outlet"])
    raise AssertionError(f"{article_id} not in the sample")


# -- A1. "X General" after "X General Hospital" is the hospital, not a general ---------------
HOSPITAL = ("Nurses at Brenford General Hospital walked out on Monday. Brenford General said it "
            "would publish new figures on Friday.")


def test_a_hospital_short_form_is_the_hospital():
    row = _by_quote(HOSPITAL, "it would publish")
    assert (row["speaker_name"], row["speaker_type"]) == (
        "Brenford General Hospital", "organization")


def test_a_rank_before_a_name_is_still_an_official():
    # guard: "General Ferris" is a rank and a name
    row = _by_quote("General Ferris said the troops would stay.", "the troops")
    assert (row["speaker_name"], row["speaker_type"]) == ("Ferris", "official")


def test_sample_aldmere_general_is_the_hospital():
    rows = [r for r in _sample_rows("mw-2026-10-20-nurses-talks-collapse")
            if r["speaker"] == "Aldmere General"]
    assert rows and {(r["speaker_name"], r["speaker_type"]) for r in rows} == {
        ("Aldmere General Hospital", "organization")}


# -- A2. a public service and a document are not persons (typing only) ---------------------
@pytest.mark.parametrize("text, quote, stype", [
    ("Rain has been scarce since March, according to the national weather service.",
     "Rain has been", "organization"),
    ("The document describes the forecast as \"optimistic\".", '"optimistic"', "document"),
    ("Officials released a summary. The summary says costs will rise.", "costs will rise",
     "document"),
])
def test_a_service_or_a_document_is_not_a_person(text, quote, stype):
    assert _by_quote(text, quote)["speaker_type"] == stype


def test_sample_weather_service_and_document_types():
    service = [r for r in _sample_rows("mw-2026-08-04-port-aldmere-hosepipe-ban")
               if r["speaker"] == "the national weather service"]
    document = [r for r in _sample_rows("fd-2026-10-16-harbour-courier-leaked-memo-310-million")
                if r["speaker"] == "the document"]
    assert service and {r["speaker_type"] for r in service} == {"organization"}
    assert document and {r["speaker_type"] for r in document} == {"document"}


# -- A3. a passive "who were told" names who was told, not who told -------------------------
def test_who_were_told_has_no_speaker():
    row = _by_quote("They owe something to the voters who were told our help would be honest.",
                    "our help")
    assert (row["speaker"], row["speaker_type"]) == ("", "unattributed")


def test_an_active_tell_keeps_its_speaker():
    # guard
    row = _by_quote("The mayor told voters the water was safe.", "the water")
    assert row["speaker_name"] == "The mayor"


def test_sample_the_voters_are_no_speaker():
    rows = _sample_rows("cl-2026-10-12-valdorias-outrage-is-not-a-reason-for-silence")
    assert not [r for r in rows if "voters" in r["speaker_name"]]
    told = [r for r in rows if r["quote"].startswith("our help to Estmark")]
    assert told and told[0]["speaker_type"] == "unattributed"


# -- A4. "over a radio | report that …": the cue is a noun ---------------------------------
RADIO = ("Opposition lawmakers pressed the government over a radio report that instructors "
         "were working with drone crews.")


def test_the_words_before_a_noun_cue_are_not_its_speaker():
    row = _by_quote(RADIO, "instructors")
    assert row["speaker"] == ""


def test_a_noun_phrase_with_a_as_speaker_stays():
    # guard: an inflected cue after "a" and a noun is a verb
    assert _by_quote("A spokesman said the plan is safe.", "the plan")["speaker"] == "A spokesman"


def test_sample_radio_report_has_no_speaker():
    rows = [r for r in _sample_rows("mw-2026-09-24-holm-parliament-drones-aid")
            if r["quote"].startswith("Corvanian instructors were working")]
    assert rows and rows[0]["speaker"] == "" and rows[0]["verb"] == "report"


# -- A5. "X said A, and that two sites had been rejected": one statement by X ---------------
SITES = ("AquaCivic chief executive Priya Vandermeer said the docks had been chosen for their "
         "access, and that two sites north of the city had been rejected as ‘too expensive’.")


def test_a_coordinated_passive_clause_is_the_outer_speakers_content():
    rows = extract(SITES)
    assert not [r for r in rows if r["verb"] == "rejected"], _rows(SITES)
    said = _by_quote(SITES, "the docks")
    assert said["quote"].endswith("rejected as ‘too expensive’")
    partial = _by_quote(SITES, "‘too expensive’")
    assert (partial["kind"], partial["speaker_name"]) == ("partial", "Priya Vandermeer")


def test_a_passive_alone_still_has_no_speaker():
    # guard (round 14)
    row = _by_quote("Two sites north of the city were rejected as too expensive.", "Two sites")
    assert row["speaker"] == ""


def test_sample_two_sites_are_the_utility_chiefs_content():
    rows = _sample_rows("fd-2026-08-21-saltmarsh-desalination-plan-tariffs")
    assert not [r for r in rows if r["verb"] == "rejected"]
    chief = [r for r in rows if r["quote"].startswith("the docks had been chosen")]
    assert chief and "two sites north of the city had been rejected" in chief[0]["quote"]


# -- A7. words quoted inside an outlet's report after another speaker's cue ----------------
MEMO = ("The Tidewater Gazette obtained the memo. The paper added that the document describes "
        "the figure as “optimistic” and warns of a rise of “nearly 30 percent”.")


def test_a_quotation_after_a_documents_cue_is_the_documents():
    row = _by_quote(MEMO, "“nearly 30 percent”")
    assert (row["speaker_name"], row["speaker_type"], row["via"]) == (
        "the document", "document", "Tidewater Gazette")


def test_an_outlets_own_quoted_words_stay_the_outlets():
    # guard: no other speaker inside the outlet's content
    text = ("The Tidewater Gazette obtained the memo. The paper said the plan was "
            "“optimistic at best”.")
    assert _by_quote(text, "“optimistic at best”")["speaker_type"] == "media"


def test_sample_memo_words_are_the_documents():
    rows = [r for r in _sample_rows("fd-2026-10-16-harbour-courier-leaked-memo-310-million")
            if r["quote"] == '"nearly 30 percent"']
    assert rows and (rows[0]["speaker"], rows[0]["speaker_type"], rows[0]["via"]) == (
        "the document", "document", "Harbour Courier")


# -- B1. a short noun phrase between a closing quotation mark and a speech verb -------------
@pytest.mark.parametrize("text, speaker", [
    ("“We will hold the line,” the admiral said.", "the admiral"),
    ("“We will hold the line,” the billionaire business mogul told reporters.",
     "the billionaire business mogul"),
    ("''You are a total loser!'' the note says.", "the note"),
])
def test_a_noun_phrase_after_a_quotation_speaks(text, speaker):
    row = extract(text)[0]
    assert (row["kind"], row["speaker"]) == ("direct", speaker)


@pytest.mark.parametrize("text", [
    "He called it “a mess” the day he said so.",                   # a pronoun in the phrase
    "It was “the worst year” the congressional report said.",      # a noun homograph cue
])
def test_no_speaker_from_a_clause_after_a_quotation(text):
    # guard: "the day he", "the congressional" are not speakers
    assert not [r for r in extract(text) if r["speaker"] in ("the day he", "the congressional")]


# -- B3. three apostrophes close a nested single quote, then the doubled one ----------------
TRIPLE = ("''Part of my job is to say: 'Hey, this man is for real. He is one of us,''' "
          "Mr. Eskola said of the mayor.")


def test_three_apostrophes_close_both_quotations():
    assert [TRIPLE[q.start:q.end] for q in find_quotes(TRIPLE)] == [TRIPLE[:TRIPLE.index(" Mr.")]]
    row = extract(TRIPLE)[0]
    assert (row["kind"], row["speaker"], row["quote"]) == (
        "direct", "Mr. Eskola", TRIPLE[:TRIPLE.index(" Mr.")])


def test_two_apostrophes_still_pair():
    # guard
    text = "''We won,'' he said."
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["''We won,''"]


# -- B4. "current and former officials": a coordinated first word --------------------------
@pytest.mark.parametrize("text, speaker", [
    ("The inquiry focused on the server, current and former officials said.",
     "current and former officials"),
    ("Support is strong among teachers, teachers and union officials told the Gazette.",
     "teachers and union officials"),
    ("Current and former officials said the inquiry focused on the server.",
     "Current and former officials"),
])
def test_a_coordinated_speaker_is_whole(text, speaker):
    assert [r["speaker"] for r in extract(text) if r["verb"] in ("said", "told")] == [speaker]


def test_a_clause_before_and_is_not_coordinated():
    # guard: "Prices rose and | officials said": "rose" is no part of the speaker
    rows = extract("Prices rose and officials said the inquiry focused on the server.")
    assert [r["speaker"] for r in rows] == ["officials"]


# -- B5. "<long clause>, said Name, role." -----------------------------------------------
def test_a_long_clause_before_comma_said_is_the_content():
    text = ("In a year when arguments against big government are resonating with voters, "
            "candidates have more room to walk away from the program, said Steve Grubbs, an "
            "Iowa operative.")
    row = [r for r in extract(text) if r["verb"] == "said"][0]
    assert row["speaker_name"] == "Steve Grubbs"
    assert row["quote"].startswith("In a year when")


def test_a_name_with_an_appositive_before_the_cue_still_speaks():
    # guard: "Harman, now director of …, urged Obama …"
    text = ("Harman, now director of the Wilson Center for Scholars and a former member, urged "
            "Obama last year not to close the prison.")
    assert [r["speaker_name"] for r in extract(text) if r["verb"] == "urged"] == ["Harman"]


# -- B7. a noun homograph of a cue inside an inverted speaker's appositive ----------------
def test_an_appositive_with_state_as_a_noun_stays_with_the_speaker():
    text = ("Reyvik “has a lot of good roles to play,” said Holm, whose home state of Marsk is "
            "a similar target.")
    row = [r for r in extract(text) if r["verb"] == "said"][0]
    assert (row["speaker_name"], row["quote"]) == ("Holm", "Reyvik “has a lot of good roles to "
                                                           "play,”")
    assert row["speaker"].startswith("Holm, whose home state")
