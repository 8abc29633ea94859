"""Hedging, eleventh round: hand-labelled senses of cue words (news-style sentences written for
these tests, not taken from any data set)."""

from __future__ import annotations

import pytest

from analysis import hedging as hd


def hedges(text):
    return [text[s:e] for s, e, kind, _ in hd.HedgeMatcher().find(text) if kind == "hedge"]


@pytest.mark.parametrize("text, cues", [
    # "several" / "many" before a round number word: an approximate figure, like "some 300"
    ("Several hundred demonstrators marched to the hall.", []),
    ("Investigators recovered several thousand emails.", []),
    ("The campaign's several dozen staff worked in Manhattan.", []),
    ("He hopes to win many hundreds of delegates.", []),
    ("Many millions watched the debate.", []),
    ("Several experts doubt the figures.", ["Several", "experts", "doubt"]),  # a weasel subset
    ("Many hundred-year-old trees fell.", ["Many"]),   # a compound adjective, not a figure
    ("Several people were hurt.", ["Several"]),
    # a vague quantifier bounding a numeric range: an approximate count
    ("Each hen lays one to several eggs a week.", []),
    ("The cake has two or several layers.", []),
    ("Several to ten officers stood by.", []),
    ("Several of them said so.", ["Several"]),               # no range
    # a genitive before "many" / "several": a post-determiner, like "its many"
    ("We act in keeping with the Bible’s many warnings.", []),
    ("He walked through one of the city 's many parks.", []),            # tokenised genitive
    ("The players' several titles were stripped.", []),
    ("It's many years too late, and there's several reasons why.", ["several"]),  # "is"
    ("Obama's many critics agree.", ["critics"]),    # the weasel noun still counts by itself
    # "may" + a stative verb of composition: the parts a kind can have (root, like "may vary")
    ("The filling may include nuts.", []),
    ("The kit may also contain a spare blade.", []),
    ("The set may consist of two parts.", []),
    ("The deal may have included tax cuts.", ["may"]),   # the perfect: epistemic
    ("The bill may pass.", ["may"]),
    # "may" / "could" + a passive with "by" + gerund: a procedure (root possibility)
    ("The engine could easily be converted by fitting a new carburettor.", []),
    ("The lock may also be opened by turning the key twice.", []),
    ("He could be impeached by the House.", ["could"]),           # "by" + a noun: an agent
    ("The move could harm commerce by painting the state as bigoted.", ["could"]),  # active
    ("He may have been hit by falling debris.", ["may"]),          # the perfect: epistemic
    ("The frame may be shortened in order to fit a smaller wheel.", []),   # purpose
    ("He may need a win in order to remain viable.", ["may"]),    # active: a prediction
    # a bare-plural subject with a prepositional postmodifier is still generic (root "may")
    ("Patients with the disease may also have a rash.", []),
    ("Ships of this class may carry two helicopters.", []),
    ("Effects of the herbicide may take years to clear.", []),
    ("The patients with the disease may also have a rash.", ["may"]),   # a definite group
    ("Aides to Sanders may resign.", ["may"]),               # a name: specific people
    ("Proponents of ending the superdelegate system altogether may quit.", ["may"]),  # long
    ("Patients with the disease may have caught it abroad.", ["may"]),  # the perfect
    ("People with the condition may have signs of shock.", []),  # a plural without "-s"
    ("Children may attend free.", []),
    ("The people may revolt.", ["may"]),                       # a definite group
    ("Seedlings (young plants) may wilt in a frost.", []),  # a gloss
    ("Seedlings -LRB- young plants -RRB- may wilt in a frost.", []),
    ("The senator (a Democrat) may resign.", ["may"]),
    ("The club is open to anyone who may wish to join.", []),  # free-choice
    ("Any voter who may need a ride can call the office.", []),
    ("The aide who may have leaked the memo resigned.", ["may"]),   # a specific person
    ("Anyone who may have seen the gunman should call.", ["may"]),   # the perfect
    # a clause-opening "in … cases": the generic frame of "sometimes"
    ("In severe cases, a transfusion may be needed.", []),
    ("In rare instances the drug may cause a rash.", []),
    ("In this case the senator may lose.", ["may"]),       # one case: a specific situation
    ("The cases may go to trial next year.", ["may"]),      # not a frame opening the clause
])
def test_round11_senses(text, cues):
    assert hedges(text) == cues
