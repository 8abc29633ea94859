"""Round 20: sourcing and issue-frame readings name no leader from a group too small to
rank (review19 M3)."""

from __future__ import annotations

import pandas as pd

from analysis import framing
from analysis import sourcing_stats as ss


def test_second_hand_leader_needs_ten_articles():
    table = pd.DataFrame({"outlet": ["A", "B", "C"], "articles": [1, 14, 15],
                          "secondhand_share": [1.0, 0.2, 0.1],
                          "anonymous_share": [1.0, 0.1, 0.3]})
    text = ss.describe_by_outlet(table)
    assert text.startswith("B relays other outlets most often (20% of its 14 articles are "
                           "second-hand) (not ranked, with fewer than 10 articles: A (1))")
    assert "C has the highest share of anonymous attributions (30%)" in text
    assert "A relays" not in text


def test_anonymous_leader_needs_ten_attributions():
    arts = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"]})
    attr = pd.DataFrame({"article_id": ["a"] + ["b"] * 12,
                         "speaker_type": ["anonymous"] + ["anonymous"] * 3 + ["official"] * 9})
    text = ss.describe_source_types(ss.source_types(attr, arts))
    assert "Y leans most on anonymous sources (25% of its 12 attributions)" in text
    assert "Not ranked, with fewer than 10 attributions: X (1)." in text


def test_issue_frame_leader_needs_ten_articles():
    t = pd.DataFrame({"outlet": ["A", "B"], "frame": ["legality"] * 2, "articles": [12, 2],
                      "present": [3, 1], "share": [0.25, 0.5]})
    text = framing.describe_issue_frame_shares(t)
    assert "legality: A (25% of 12)" in text
    assert text.endswith("Not ranked, with fewer than 10 articles: B (2).")
