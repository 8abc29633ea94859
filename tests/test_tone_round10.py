"""Tone, round 10: negation of a belief or a labelling verb reaches the clause it governs.

"I do not think Mayor Reyvik is a villain" denies the predication *Reyvik is a villain*
("neg-raising": *I don't think p* is read as *I think not-p*; Horn 1989, ch. 5 of *A Natural
History of Negation*); VADER's negation reaches only three words, so the sentence scored
−0.56 (−0.80 with its second clause in the sample article) and headed the sample's list of most
negative sentences.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from analysis.pipeline import ANALYZERS, analyze_document
from analysis.tone import (
    NEGATIVE_THRESHOLD,
    ToneScorer,
    label_tone,
    negate_beliefs,
)

NO_SCOPE = ToneScorer(negation_scope=False)


@pytest.mark.parametrize("text", [
    "I do not think Mayor Reyvik is a villain.",
    "I don't believe the new mayor is a villain.",
    "She never called the new plan a total disaster.",
    "No one called it a complete disaster.",
    "Nobody thinks the council's plan is a failure.",
    "He did not consider the mayor's decision a betrayal.",
])
def test_negated_belief_or_labelling_is_not_strongly_negative(text):
    # before the rule (the same scorer without it) every one of these read as negative
    assert label_tone(NO_SCOPE.score(text)) == "negative"
    assert ToneScorer().score(text) > NEGATIVE_THRESHOLD


@pytest.mark.parametrize("text", [
    "I do not think the mayor's plan is a good idea.",   # negated praise: no longer positive
    "Nobody believes the new deal is a great success.",
])
def test_negated_belief_turns_praise_around_too(text):
    assert NO_SCOPE.score(text) > 0 > ToneScorer().score(text)


def test_scope_ends_at_the_clause():
    # "guilty" is negated (four words after "not"); the clause after the comma keeps its tone
    text = "I do not think he is guilty, but the fraud was real and the damage terrible."
    assert NO_SCOPE.score(text) < ToneScorer().score(text) <= NEGATIVE_THRESHOLD
    assert ToneScorer().score("I do not think he is guilty.") > 0


@pytest.mark.parametrize("text", [
    # without a negation the belief verb changes nothing
    "I think Mayor Reyvik is a villain.",
    # a negation that governs no belief or labelling verb keeps VADER's three-word window
    "The court did not hear the case about the brutal murder.",
    # a belief verb that follows no negation within two words
    "Not long ago officials thought the flood was a disaster.",
    # "not only ... but" adds, it does not deny
    "He has not only called the senator a traitor but a coward.",
])
def test_rule_needs_a_negated_belief_verb(text):
    assert ToneScorer().score(text) == NO_SCOPE.score(text)
    assert label_tone(ToneScorer().score(text)) == "negative"


def test_a_hedge_cue_that_is_a_belief_verb_still_counts():
    # "believe" is an epistemic hedge cue, replaced before scoring; the rule still sees it
    text = "He did not believe the mayor was a villain."
    assert "beliefcue" in ToneScorer().prepare(text)
    assert NO_SCOPE.score(text) < 0 < ToneScorer().score(text)


def test_negate_beliefs_hand_worked():
    text = "I do not think Reyvik is a villain, and the drought is real."
    lower = [w.strip(",.").lower() for w in text.split()]
    hits = [lower.index("villain"), lower.index("drought")]
    # villain (−2.6) is six words after "not": negated with VADER's scalar −0.74; the drought
    # is past the comma and "and": untouched
    assert [round(v, 3) for v in negate_beliefs(text, lower, hits, [-2.6, -1.9])] \
        == [1.924, -1.9]


def test_the_sample_sentence_no_longer_heads_the_most_negative_list():
    path = resources.files("analysis").parent / "data" / "sample" / "articles.jsonl"
    for line in path.read_text("utf-8").splitlines():
        article = json.loads(line)
        if "Reyvik is a villain" not in article["text"]:
            continue
        doc = analyze_document(article["id"], article["text"], list(ANALYZERS))
        values = dict(zip((doc.text[s.start:s.end] for s in doc.sentences),
                          doc.sentence_values["tone"], strict=True))
        sentence = next(s for s in values if "Reyvik is a villain" in s)
        assert NO_SCOPE.score(sentence) < -0.75  # before: −0.80, the most negative
        assert values[sentence] == ToneScorer().score(sentence) > NEGATIVE_THRESHOLD
        return
    pytest.fail("sample sentence not found")
