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


def test_analyze_to_parquet_reads_day_first_dates_when_told(tmp_path):
    """Review 11: the streaming route could not take the loader's dayfirst (nor html, sep)."""
    from analysis import analyze_to_parquet, read_results

    path = tmp_path / "ambiguous.csv"
    pd.DataFrame({"id": ["a", "b"], "text": ["It rained.", "It shone."],
                  "published": ["03/11/2026", "04/11/2026"]}).to_csv(path, index=False)
    analyze_to_parquet(path, tmp_path / "out", dayfirst=True, progress=False, n_jobs=1)
    published = read_results(tmp_path / "out", "articles", columns=["published"])["published"]
    assert [f"{d:%Y-%m-%d}" for d in published] == ["2026-11-03", "2026-11-04"]
