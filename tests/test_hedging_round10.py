"""Hedging, tenth round: hand-labelled news senses of cue words, collective-belief phrases, and
the evaluation's one-half scoring and development-only error listing."""

from __future__ import annotations

import pytest

from analysis import hedging as hd
from analysis.evaluate import hedging as evaluate_hedging

from .conftest import DEVDATA_DIR


def hedges(text):
    return [text[s:e] for s, e, kind, _ in hd.HedgeMatcher().find(text) if kind == "hedge"]


@pytest.mark.parametrize("text, cues", [
    # "likely voters": a poll's sampled population, not a judgement of probability
    ("Clinton leads Trump among likely voters, 49 percent to 39 percent.", []),
    ("In a poll of 800 likely Republican primary voters, Trump led.", []),
    ("She is popular among likely Democratic caucusgoers.", []),
    ("Respondents found to be likely voters were asked.", []),
    ("It is likely voters will stay home.", ["likely"]),          # predicative: a judgement
    ("He is likely to win over voters.", ["likely"]),
    ("The likely nominee spoke.", ["likely"]),
    # "can't believe": astonishment at a fact, not the epistemic "believe"
    ("He couldn't believe that the bank was forcing my father out.", []),
    ("The others could n't believe their eyes.", []),
    ("I cannot believe how civil it has been.", []),
    ("I believe he left early.", ["believe"]),
    ("They do not believe the account.", ["believe"]),             # a judgement, still counted
    # "certain" before a noun of outcome or knowledge: "sure", not a vague determiner
    ("The soldiers faced certain death.", []),
    ("She is a certain winner.", []),
    ("Certain officials objected.", ["Certain"]),
    # "claim" as a right or a demand in law, not an assertion
    ("A longtime foe files a wrongful death claim for clients.", []),
    ("The panel could void Beijing's claim over most of the sea.", ["could"]),
    ("A win would solidify his claim to the nomination.", []),
    ("Nevada is staking its claim for major influence.", []),
    ("He has no claim to be the originator of French comedy.", []),  # "have a claim": a right
    ("They have a strong claim to the land.", []),
    ("He bases this claim on a remark.", ["claim"]),              # the assertion
    ("He repeated his claim to reporters that he won.", ["claim"]),
    ("The White House denied the claim.", ["claim"]),
    # collective-belief phrases: a view attributed to an unnamed collective
    ("The conventional wisdom is that he will lose.", ["conventional wisdom"]),
    ("Contrary to popular belief, bats can see.", ["popular belief"]),
    ("The received wisdom in Washington is that deficits matter.", ["received wisdom"]),
    ("Contrary to popular perceptions, poverty has declined.", ["popular perceptions"]),
])
def test_round10_news_senses_and_collective_beliefs(text, cues):
    assert hedges(text) == cues


def test_error_table_reads_only_the_development_half():
    rows = [("It may rain.", False, "development"),          # false positive (may)
            ("It may snow.", False, "development"),          # false positive (may)
            ("Some say it works.", False, "development"),    # false positive (some say)
            ("The bridge opened.", True, "development"),     # false negative
            ("Perhaps it works.", True, "development"),      # right: not listed
            ("It may hail.", False, "held-out"),             # never read
            ("The road closed.", True, "held-out")]          # never read
    lines = evaluate_hedging.error_table(rows, limit=1)
    assert lines[1] == "  may: 2"
    assert lines[2] == "    - It may rain."                  # at most `limit` sentences each
    assert lines[3] == "  some say: 1"
    assert lines[5] == "Development half, false negatives (not flagged, labelled uncertain): 1"
    assert lines[6] == "    - The bridge opened."
    assert not any("hail" in line or "road" in line for line in lines)
    assert len(lines) == 7


def test_split_development_prints_no_held_out_figure(capsys):
    if not (DEVDATA_DIR / evaluate_hedging.DATASET).exists():
        pytest.skip("../shared/devdata/wiki-weasel-train not found (developers and CI only)")
    assert evaluate_hedging.main(["--split", "development"]) == 0
    out = capsys.readouterr().out
    assert "held-out" not in out
    row = out.split("development")[-1].split()
    tp, fp, fn, f1 = int(row[1]), int(row[2]), int(row[3]), float(row[-1])
    assert f1 == pytest.approx(2 * tp / (2 * tp + fp + fn), abs=1e-4)  # F1 from the counts
    assert f1 >= 0.660  # measured 0.6642 after this round (0.6626 before)
