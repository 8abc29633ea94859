"""The result cache (review 11 and 12 of the sample and README): a batch with no row in one
of its tables, read back for part of its articles; ``cache="off"`` spelled as the
environment variable is."""

from __future__ import annotations

import pandas as pd
from pandas.testing import assert_frame_equal

import analysis as ma
from analysis.cache import open_cache


def test_part_of_a_batch_with_an_empty_table_is_read_back(tmp_path):
    """Two articles with no attribution make a batch whose attributions table has no rows
    (written with a column of type null); asking for one of them crashed the lookup."""
    both = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "X"],
                         "text": ["Fine weather.", "A good day for the harbour."]})
    ma.analyze(both, cache=str(tmp_path), progress=False)
    one = both.iloc[:1]
    warm = ma.analyze(one, cache=str(tmp_path), progress=False)
    cold = ma.analyze(one, cache=None, progress=False)
    assert len(warm.attributions) == 0
    assert_frame_equal(warm.articles, cold.articles)
    assert_frame_equal(warm.sentences, cold.sentences)


def test_cache_off_words_mean_no_cache_not_a_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for word in ("off", "OFF", "false", "none"):
        assert open_cache(word, ["basic"], None) is None
    ma.analyze(pd.DataFrame({"id": ["a"], "outlet": ["X"], "text": ["Fine."]}), cache="off",
               progress=False)
    assert not (tmp_path / "off").exists()
