"""Framing, eleventh pass: *people* weighs half as much as a word that names one population.

S&V HI asks for a human example or face; *people* is the public at large (*people are
worried*, *most people*), the least specific of the population words, so it weighs 0.125
where *community, farmer, resident* weigh 0.25. Each case was worked out by hand."""

from __future__ import annotations

import pytest

from analysis import framing as fr


def human_interest(text):
    """(matched text, weight) of the human-interest cues of a text."""
    return [(text[s:e], w) for s, e, f, w in fr.framing.find(text) if f == "human_interest"]


@pytest.mark.parametrize("text, expected", [
    # the public at large: an eighth
    ("Ask people.", [("people", 0.125)]),
    ("People's worries grew.", [("People's", 0.125)]),
    # one named population keeps its quarter, a human face its full weight
    ("Ask the farmers.", [("farmers", 0.25)]),
    ("Ask the widow.", [("widow", 1.0)]),
    # a head count still weighs nothing, a death toll still counts in full
    ("The 3,000 people marched.", []),
    ("Many people died.", [("people died", 1.0)]),
])
def test_people_weighs_an_eighth(text, expected):
    assert human_interest(text) == expected


def test_human_interest_threshold_recalibrated():
    # --calibrate on the calibration half chose 3.25 once people weighed 0.125 (3.5 before)
    assert fr.PRESENCE_THRESHOLDS["human_interest"] == 3.25
    # a widow (1), her grandmother (1), home (0.5), people (0.125 x 6): 3.25, present
    text = ("A widow and her grandmother came home. People, people, people, people, "
            "people and people came.")
    scores = fr.FramingAnalyzer().score(text)
    assert scores["frame_human_interest_present"]
    # one people fewer: 3.125, below the threshold (with people at 0.25 it would be 3.75)
    scores = fr.FramingAnalyzer().score(text.replace("people and people", "people"))
    assert not scores["frame_human_interest_present"]
