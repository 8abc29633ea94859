"""Round 7 (recall of attributed content): rules chosen from the missed PolNeAR attributions
of the even-numbered half only, each with hand-written sentences."""

from __future__ import annotations

import pytest

from analysis.sourcing import extract


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["kind"], r["speaker"], r["verb"], r["quote"]) for r in extract(text)]


# 1. A politician's party and state in brackets after the name does not hide the speaker.
PARTY_LABEL_CASES = [
    ("Sen. Ada Morrow (R-Iowa) told reporters that the farm bill was dead.",
     [("indirect", "Sen. Ada Morrow", "told", "the farm bill was dead")]),
    ("Rep. Tom Vance (D-Md.), chair of the budget panel, said the draft was fair.",
     [("indirect", "Rep. Tom Vance (D-Md.), chair of the budget panel", "said",
       "the draft was fair")]),
    ("“We will win this,” said Sen. Lou Barra (I-Vt.).",
     [("direct", "Sen. Lou Barra", "said", "“We will win this,”")]),
    # brackets that are no party label still end the phrase: no speaker
    ("The plan (a draft) said nothing about taxes.", []),
]


@pytest.mark.parametrize("text, expected", PARTY_LABEL_CASES)
def test_party_label_after_a_name(text, expected):
    assert _rows(text) == expected
