"""Hedging, thirteenth round: hand-labelled senses of cue words (news-style sentences written for
these tests, not taken from any data set)."""

from __future__ import annotations

import pytest

from analysis import hedging as hd


def hedges(text):
    return [text[s:e] for s, e, kind, _ in hd.HedgeMatcher().find(text) if kind == "hedge"]


@pytest.mark.parametrize("text, cues", [
    # "critics" as people acted upon or as an audience: no view is attributed to them
    ("The governor ordered the arrest of his rivals and critics.", []),
    ("The mayor lashed out at his critics.", []),
    ("Only a handful of critics turned up for the preview.", []),
    ("The sequel drew a lukewarm response from critics.", []),
    ("Each of the three treaties has its critics.", []),
    # "critics" as the holder of a view the sentence reports: a vague source, still counted
    ("Critics say the bill goes too far.", ["Critics say"]),     # the lexicon's phrase
    ("Critics now say the bill goes too far.", ["Critics"]),
    ("Critics of the plan have long argued that it is unfair.", ["Critics"]),
    ("But critics, including two former judges, warn of abuse.", ["critics"]),
    ("The law, which critics call a tax on the poor, passed.", ["critics"]),
    ("The senator dismissed critics who say he is too old.", ["critics"]),
    ("The move was praised by critics.", ["critics"]),             # the agent of a passive
    ("According to critics, the rule is unworkable.", ["critics"]),
    ("The rule is unworkable, said critics.", ["critics"]),       # an inverted report
    ("He ignored the complaints of critics.", ["critics"]),        # a view noun is theirs
    ("The candidate faced a backlash from critics within the party.", ["critics"]),
    ("Film critics and viewers have differing opinions on the ending.", ["critics"]),
    ("Critics remain deeply unconvinced.", ["Critics"]),         # a stance is a view
    ("Other critics complained about the pacing.", ["critics"]),
    ("Critics of the dam were quick to seize on the leak.", ["Critics"]),   # a reaction
    ("Some critics attended the preview.", ["Some"]),              # the quantifier counts
])
def test_critics_count_only_as_holders_of_a_view(text, cues):
    assert hedges(text) == cues


def test_other_weasel_nouns_keep_counting_without_a_view():
    # the view test is for "critics" only (round 9: on all weasel nouns it gained nothing)
    assert hedges("The museum hired experts to restore the frescoes.") == ["experts"]


@pytest.mark.parametrize("text, cues", [
    # "rumour" / "speculation" with the claim it reports: hearsay, counted
    ("Rumours that the mayor would resign spread quickly.", ["Rumours"]),
    ("Rumours persist that the tapes survive.", ["Rumours"]),
    ("There were rumors at the time about a secret deal.", ["rumors"]),
    ("The aide quashed rumors he was writing a book.", ["rumors"]),
    ("He stoked such false rumours as the senator being born abroad.", ["rumours"]),
    ("Speculation over his future grew.", ["Speculation"]),
    ("Reports of an affair fed rumours of a split.", ["rumours"]),
    # the talk as a thing, with no claim given: a topic, not counted
    ("The editor wrote a column to allay those rumours.", []),
    ("Apart from the tabloid rumours, the campaign was dull.", []),
    ("He proposed a tax on Wall Street speculation.", []),
    ("The votes will not be counted until March, and the speculation rages.", []),
])
def test_hearsay_nouns_count_with_the_claim_they_report(text, cues):
    assert hedges(text) == cues
