"""Framing, tenth pass: inflections with a doubled consonant, compounds whose last part is a
cue word in another sense. Each case was worked out by hand from the S&V coding questions."""

from __future__ import annotations

import pytest

from analysis import framing as fr
from analysis.evaluate import framing as evaluate_framing

from .conftest import DEVDATA_DIR


def generic(text):
    """(matched text, frame, weight) for the generic cues of a text."""
    return [(text[s:e], f, w) for s, e, f, w in fr.framing.find(text)
            if not f.startswith(fr.ISSUE_PREFIX)]


@pytest.mark.parametrize("word, forms", [
    # the regular rule doubles only short words (ban -> banned); these double anyway
    ("rebut", {"rebutted", "rebutting"}),
    ("quarrel", {"quarrelled", "quarrelling", "quarreled"}),
    ("signal", {"signalled", "signalling"}),
    ("combat", {"combatting", "combating"}),
])
def test_doubled_consonant_forms(word, forms):
    assert forms <= fr.inflections(word)


def test_commit_is_not_doubled():
    # committed to a cause, committed a crime: no commitment to act (S&V RE)
    assert "committed" not in fr.inflections("commit")


@pytest.mark.parametrize("text, expected", [
    ("She rebutted the claim.", [("rebutted", "conflict", 1.0)]),
    ("The ministers quarrelled for hours.", [("quarrelled", "conflict", 1.0)]),
    ("Accused of virtue signalling.", [("Accused", "conflict", 1.0),
                                        ("virtue signalling", "morality", 1.0)]),
])
def test_doubled_forms_are_cues(text, expected):
    assert generic(text) == expected


@pytest.mark.parametrize("text, expected", [
    # brief, not how people live: no human-interest cue (before: 'lived', 0.5)
    ("A short-lived truce.", []),
    ("Long-lived gases.", []),
    # jobs lost, not a death: economic, not human interest (before: 'killing', 0.5)
    ("Job-killing rules.", [("Job-killing", "economic", 1.0)]),
    ("They called the rules job-killers.", [("job-killers", "economic", 1.0)]),
    # a kind of housing, not a family; the homes still count as homes
    ("Single-family homes.", [("homes", "human_interest", 0.5)]),
    # pay, not a home
    ("Take-home pay fell.", [("Take-home pay", "economic", 1.0)]),
    # the opposite of a partisan quarrel (before: 'partisan', conflict 1)
    ("A non-partisan panel and a bi-partisan bill.", []),
    ("A partisan fight.", [("partisan", "conflict", 1.0), ("fight", "conflict", 0.5)]),
    # a cartel offence, not fixing a problem; a lawsuit, not action on a problem
    ("A price-fixing case.", []),
    ("A class-action lawsuit.", [("lawsuit", "conflict", 1.0)]),
    ("They joined a class action.", []),
    ("Take action now.", [("Take action", "responsibility", 1.0)]),
    # demand as a quantity bought, not a demand made of someone
    ("Supply and demand; supply-and-demand.", []),
    ("Protesters demand change.", [("Protesters", "conflict", 1.0),
                                   ("demand", "responsibility", 0.5)]),
    # a kind of organisation, like the one-word nonprofit
    ("A non-profit, two non-profits, a not-for-profit and a for-profit college.", []),
    ("Profits rose.", [("Profits", "economic", 1.0)]),
])
def test_compounds_whose_last_part_is_another_sense(text, expected):
    assert generic(text) == expected


@pytest.mark.parametrize("text, expected", [
    # news style: the age between commas after a name says what "a 16-year-old" says
    ("Greta Thunberg, 16, spoke.", [("16", "human_interest", 1.0)]),
    ("Tom, 7, and Anna, 9, played.", [("7", "human_interest", 1.0),
                                       ("9", "human_interest", 1.0)]),
    # the same person written the other way: one cue either way
    ("A 16-year-old spoke.", [("year-old", "human_interest", 1.0)]),
    # no name before the comma: a list of figures, a lower-case word, a year, a large number
    ("Prices rose 3, 4, 5 times.", [("Prices", "economic", 1.0)]),
    ("It went up, 4, then down.", []),
    ("On June 12, 2019, it rained.", []),
    ("Route, 405, closed.", []),
    ("Of those on the roll in Clark County, 30,290 are Democrats.", []),
])
def test_age_after_a_name_is_a_human_interest_cue(text, expected):
    assert generic(text) == expected


def test_age_cues_keep_text_order_and_follow_the_year_old_row():
    text = "Maria Lopez, 42, a mother, wept."
    found = fr.framing.find(text)
    assert [s for s, *_ in found] == sorted(s for s, *_ in found)
    assert [(text[s:e], f) for s, e, f, _ in found if not f.startswith(fr.ISSUE_PREFIX)] == [
        ("42", "human_interest"), ("mother", "human_interest"), ("wept", "human_interest")]
    # the age counts with the weight of the lexicon's year-old row, and not without one
    mine = fr.FramingAnalyzer(lexicon=[{"term": "year-old", "frame": "age", "weight": 0.5}],
                              mode="replace")
    assert mine.find(text) == [(13, 15, "age", 0.5)]
    other = fr.FramingAnalyzer(lexicon=[{"term": "wept", "frame": "grief"}], mode="replace")
    assert other.find(text) == [(27, 31, "grief", 1.0)]
    # a capital letter that lower-casing lengthens takes the slow path: the age is still found
    slow = "İlker Kaya, 30, wept."
    assert ("30", "human_interest") in [(slow[s:e], f) for s, e, f, _ in fr.framing.find(slow)]


@pytest.mark.parametrize("text, expected", [
    # a head count in words counts a population, as one in digits does (0 people): no cue
    ("Millions of people, thousands of residents and a million families.", []),
    ("The 3,000 people and the 1.5 million people.", []),
    # and "billions of people" is no sum of money either (before: 'billions', economic)
    ("Billions of people.", []),
    ("Billions of dollars.", [("Billions of dollars", "economic", 1.0)]),
    # a death toll in words stays a full cue, as "people died" is
    ("Thousands of people died.", [("Thousands of people died", "human_interest", 1.0)]),
    ("Many people died.", [("people died", "human_interest", 1.0)]),
    # people without a count keep their weak weight (0.125 since the eleventh pass)
    ("Ask people.", [("people", "human_interest", 0.125)]),
])
def test_head_counts_in_words(text, expected):
    assert generic(text) == expected


def test_calibration_only_prints_no_test_half_figure(capsys):
    if not (DEVDATA_DIR / evaluate_framing.DATASET).exists():
        pytest.skip("../shared/devdata/narrative-frames-dev not found (developers and CI only)")
    assert evaluate_framing.main(["--calibration-only"]) == 0
    out = capsys.readouterr().out
    assert "Generic frames, calibration half (109 articles):" in out
    assert "Generic frames, test half" not in out and "Issue frames" not in out
    assert "not printed, --calibration-only" in out
    assert evaluate_framing.main([]) == 0  # without the option both halves are printed
    out = capsys.readouterr().out
    assert "Generic frames, test half (116 articles):" in out and "Issue frames" in out


def test_cue_report_lists_ages_after_a_name_as_one_entry():
    rows = [{"text": "Ann Lee, 42, wept. Bo Ma, 7, wept.", "HI": True},
            {"text": "Cy Roe, 30, smiled.", "HI": False}]
    assert evaluate_framing.cue_report(rows, fr.framing, "human_interest", "HI") == [
        (evaluate_framing.AGE_CUE, 1, 1), ("wept", 1, 0)]
