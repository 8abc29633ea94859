"""Review 15: a small hand-coded set whose fold texts share no word trains on every word, and
a set with no usable word at all says so in plain terms."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import ParameterError
from analysis.frame_classifier import FrameClassifier

# eight short texts, no word shared between any two (so no word reaches two articles)
TEXTS = ["Drivers strike", "Union rally blocks square", "Mayor blames council",
         "Mother waits patiently", "Fares rise sharply", "Protesters clash violently",
         "Engineers promise buses", "Commuters stranded overnight"]
FRAMES = ["conflict", "conflict", "responsibility", "human_interest", "economic", "conflict",
          "responsibility", "human_interest"]


def test_cross_validation_of_a_tiny_set_whose_texts_share_no_word():
    clf = FrameClassifier().fit(pd.DataFrame({"text": TEXTS, "frames": FRAMES}),
                                labels="frames")
    table = clf.cross_validate(k=4)
    assert set(table["frame"]) == {"conflict", "economic", "human_interest", "responsibility"}
    assert table["articles"].eq(8).all()


def test_texts_of_stop_words_only_are_refused_in_plain_terms():
    with pytest.raises(ParameterError, match="the 2 training texts have no usable words: every "
                                             "word is a stop word"):
        FrameClassifier().fit(pd.DataFrame({"text": ["and the of", "it is a"],
                                            "frames": ["conflict", "economic"]}),
                              labels="frames")
