"""Sourcing, after review 12 of the sample report: a reduced passive belief verb before
"to be / to have" has no speaker ("with at least three councillors said to be undecided" made
"with" a speaker). Hand-written sentences in the sample's invented world."""

import pytest

from analysis.sourcing import extract


@pytest.mark.parametrize("text", [
    "It is understood that the vote could be close, with at least three councillors said to "
    "be undecided.",
    "Two ministers thought to have opposed the plan stayed away from the vote.",
])
def test_a_reduced_passive_belief_verb_has_no_speaker(text):
    rows = extract(text)
    assert not [r for r in rows if r["verb"] in ("said", "thought")], rows


def test_an_active_said_and_the_believer_of_a_passive_keep_their_speakers():  # guard
    rows = extract("“The ban stays,” Mayor Tomas Reyvik said to reporters.")
    assert [(r["speaker_name"], r["verb"]) for r in rows] == [("Tomas Reyvik", "said")]
    rows = extract("Mayor Tomas Reyvik is said to be furious, aides said.")
    assert [(r["speaker_name"], r["quote"]) for r in rows] == [
        ("aides", "Mayor Tomas Reyvik is said to be furious")]


@pytest.mark.parametrize("text, speaker", [
    ("Later that month the defence minister told parliament that Corvania had sent boxes.",
     "the defence minister"),
    ("That week a spokesman said the talks had failed.", "a spokesman"),
])
def test_a_time_noun_left_by_the_boundary_is_no_part_of_the_speaker(text, speaker):
    """Review 12: "Later that month the defence minister told …" gave the speaker "month the
    defence minister" (the clause boundary fell after "that")."""
    assert [r["speaker"] for r in extract(text)] == [speaker]


def test_a_modified_title_resolves_only_to_the_holder_of_that_post():
    """Review 12: "the defence minister" was read as Prime Minister Mirela Dasko (any
    "minister"); a modifier before the title must match the words the person was introduced
    with."""
    text = ("Prime Minister Mirela Dasko told parliament that a small number had gone. Later "
            "that month the defence minister told parliament that Corvania had sent boxes. "
            "Defence Minister Arvid Holm now says he was not aware of it.")
    names = {r["speaker"]: r["speaker_name"] for r in extract(text)}
    assert names["the defence minister"] == "Arvid Holm"
    assert names["Prime Minister Mirela Dasko"] == "Mirela Dasko"


def test_according_to_a_document_as_described_by_an_outlet_is_relayed():
    """Review 12: "according to the contract as described by Meridian Wire" was one
    first-hand "person"; it is a document read through the outlet."""
    rows = extract("The plant could start producing water in late 2029, according to the "
                   "contract as described by Meridian Wire.")
    assert [(r["speaker"], r["speaker_type"], r["via"]) for r in rows] == [
        ("the contract", "document", "Meridian Wire")]
