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
