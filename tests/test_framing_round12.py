"""Review 12 of the sample report: "identity" alone is not a cultural-identity cue (all five
hits in the sample were a source's identity), and the policy-issue "morality" is named apart
from the generic frame of the same name."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis as ma
from analysis.framing import describe_issue_frame_shares


def cultural_identity_cues(text: str) -> int:
    result = ma.analyze(pd.DataFrame({"id": ["a"], "outlet": ["X"], "text": [text]}),
                        cache=None, progress=False)
    spans = result.spans
    return int(((spans["kind"] == "frame_cue")
                & (spans["label"] == "issue_cultural_identity")).sum())


@pytest.mark.parametrize("text, cues", [
    ("The paper agreed to withhold the man's identity for his safety.", 0),
    ("Reporters verified his identity and unit.", 0),
    ("Critics said the plan threatens the town's cultural identity.", 1),
    ("It is a question of national identity, the minister said.", 1),
])
def test_identity_is_a_cue_only_as_a_community_identity(text, cues):
    assert cultural_identity_cues(text) == cues


def test_issue_morality_is_named_apart_from_the_generic_frame():
    table = pd.DataFrame({"outlet": ["A", "A"], "frame": ["morality", "legality"],
                          "articles": [4, 4], "present": [0, 1], "share": [0.0, 0.25]})
    text = describe_issue_frame_shares(table)
    assert "No article has the morality (policy issue) frame present." in text
