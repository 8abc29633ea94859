"""Hedging, fourteenth round: hand-labelled senses of cue words (news-style sentences written for
these tests, not taken from any data set)."""

from __future__ import annotations

import pytest

from analysis import hedging as hd


def hedges(text):
    return [text[s:e] for s, e, kind, _ in hd.HedgeMatcher().find(text) if kind == "hedge"]


@pytest.mark.parametrize("text, cues", [
    # a sentence adverbial that opens its clause: the claim holds as a rule (Hyland 2005)
    ("In general, the county's rural precincts report late.", ["In general"]),
    ("Turnout rose. In general the gains came from younger voters.", ["In general"]),
    ("Polls were close; in general, the leads were within the margin.", ["in general"]),
    ("Wages are flat (in general, since 2019) across the region.", ["in general"]),
    # "as a whole" after a noun, and a prepositional phrase before one: not a hedge
    ("The speech was an attack on the press in general.", []),
    ("The bill protects workers' rights in general and pensions in particular.", []),
    ("The ruling was welcomed, in general terms, by both parties.", []),
])
def test_in_general_counts_only_as_a_clause_opening_adverbial(text, cues):
    assert hedges(text) == cues


def test_in_general_is_in_the_shipped_lexicon_with_a_source():
    entry = next(e for e in hd.default_lexicon() if e["term"] == "in general")
    assert entry["category"] == "epistemic_adverb"
    assert "Hyland" in entry["note"]
