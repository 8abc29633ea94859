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
    ("Infections begin as one to several spots on a leaflet.", []),
    ("The cake has two or several layers.", []),
    ("Several to ten officers stood by.", []),
    ("Several of them said so.", ["Several"]),               # no range
    # a genitive before "many" / "several": a post-determiner, like "its many"
    ("We act in keeping with the Bible’s many warnings.", []),
    ("He visited one of Plymouth 's many beaches.", []),            # tokenised genitive
    ("The players' several titles were stripped.", []),
    ("It's many years too late, and there's several reasons why.", ["several"]),  # "is"
    ("Obama's many critics agree.", ["critics"]),    # the weasel noun still counts by itself
    # "may" + a stative verb of composition: the parts a kind can have (root, like "may vary")
    ("Fresh pasta may include eggs.", []),
    ("The kit may also contain a shield.", []),
    ("The set may consist of two parts.", []),
    ("The deal may have included tax cuts.", ["may"]),   # the perfect: epistemic
    ("The bill may pass.", ["may"]),
    # "may" / "could" + a passive with "by" + gerund: a procedure (root possibility)
    ("The typewriter could easily be converted by replacing the ball.", []),
    ("Manipulation of the ball may also be accomplished by nudging the cabinet.", []),
    ("He could be impeached by the House.", ["could"]),           # "by" + a noun: an agent
    ("The move could harm commerce by painting the state as bigoted.", ["could"]),  # active
    ("He may have been hit by falling debris.", ["may"]),          # the perfect: epistemic
    ("The basic swings may be modified in order to execute flips.", []),   # purpose
    ("He may need a win in order to remain viable.", ["may"]),    # active: a prediction
    # a bare-plural subject with a prepositional postmodifier is still generic (root "may")
    ("Patients with the disease may also have a rash.", []),
    ("Vessels in this class may carry missiles.", []),
    ("Effects of the herbicide may take years to clear.", []),
    ("The patients with the disease may also have a rash.", ["may"]),   # a definite group
    ("Aides to Sanders may resign.", ["may"]),               # a name: specific people
    ("Proponents of ending the superdelegate system altogether may quit.", ["may"]),  # long
    ("Patients with the disease may have caught it abroad.", ["may"]),  # the perfect
    ("People with the condition may have signs of shock.", []),  # a plural without "-s"
    ("Children may attend free.", []),
    ("The people may revolt.", ["may"]),                       # a definite group
    ("Undifferentiated plastids (proplastids) may develop into chloroplasts.", []),  # a gloss
    ("Undifferentiated plastids -LRB- proplastids -RRB- may develop further.", []),
    ("The senator (a Democrat) may resign.", ["may"]),
    ("The book is easy for anyone who may have a basic schooling.", []),  # free-choice
    ("Any voter who may wish to register can do so.", []),
    ("The aide who may have leaked the memo resigned.", ["may"]),   # a specific person
    ("Anyone who may have seen the gunman should call.", ["may"]),   # the perfect
    # a clause-opening "in … cases": the generic frame of "sometimes"
    ("In severe cases of the disease, surgery may be needed.", []),
    ("In rare instances the drug may cause a rash.", []),
    ("In this case the senator may lose.", ["may"]),       # one case: a specific situation
    ("The cases may go to trial next year.", ["may"]),      # not a frame opening the clause
])
def test_round11_senses(text, cues):
    assert hedges(text) == cues
