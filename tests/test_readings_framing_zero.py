"""Frame readings claim no "most common" frame where no article has a frame present.

Tables are hand-made; each expected sentence was checked against its table by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import framing as fr


def _shares(by, groups):
    """A frame_shares table by hand: ``groups`` maps a group to (articles, {frame: present})."""
    rows = []
    for group, (articles, present) in groups.items():
        for frame in ("conflict", "human_interest", "economic"):
            k = present.get(frame, 0)
            rows.append({by: group, "frame": frame, "articles": articles, "present": k,
                         "share": k / articles})
    return pd.DataFrame(rows)


P1, P2 = pd.Timestamp("2026-03-02", tz="UTC"), pd.Timestamp("2026-03-09", tz="UTC")


@pytest.mark.parametrize("by,groups,expected", [
    # no frame anywhere: no "most common frames are conflict, human interest and economic"
    ("outlet", {"A": (3, {}), "B": (4, {})},
     "Across 7 articles no article has any frame present."),
    ("period_start", {P1: (2, {}), P2: (3, {})},
     "Across 5 articles no article has any frame present."),
    # one outlet without any: said so, not "B conflict, human interest and economic (0% each)"
    ("outlet", {"A": (4, {"conflict": 1}), "B": (3, {})},
     "Across 7 articles the most common frame is conflict (present in 1, 14%). Most often per "
     "outlet: A conflict (25% of 4). No article in B has any frame present."),
    ("outlet", {"A": (4, {"conflict": 1}), "B": (3, {}), "C": (2, {})},
     "Across 9 articles the most common frame is conflict (present in 1, 11%). Most often per "
     "outlet: A conflict (25% of 4). No article in B and C has any frame present."),
    ("period_start", {P1: (2, {"economic": 1}), P2: (3, {})},
     "Across 5 articles the most common frame is economic (present in 1, 20%). Most often per "
     "period starting: 2026-03-02 economic (50% of 2). No article in the period starting "
     "2026-03-09 has any frame present."),
    # frames present in every group: the reading as before
    ("outlet", {"A": (4, {"conflict": 3, "economic": 1}), "B": (2, {"economic": 2})},
     "Across 6 articles the most common frames are conflict and economic (present in 3, 50% "
     "each). Most often per outlet: A conflict (75% of 4); B economic (100% of 2)."),
])
def test_frame_reading_with_no_frame_present(by, groups, expected):
    assert fr.describe_frame_shares(_shares(by, groups), by=by) == expected
