"""Lead round 17 (issue #7; review 18, D1 and D4): a stopped ``analyze_to_parquet`` run is never
read back as the whole collection, it can be resumed, and its progress bar follows
``MEDIA_ANALYSIS_PROGRESS``. The articles are our own inventions."""
import json

import pandas as pd
import pytest

import analysis as ma
from analysis.errors import CorpusError, ParameterError
from analysis.scale import STATUS_FILE, read_status


def _lines(n, start=0):
    return [json.dumps({"id": f"a{i}", "outlet": "Ledger",
                        "text": f"Article {i}. The mayor said the pier would reopen in May."})
            for i in range(start, start + n)]


@pytest.fixture
def broken(tmp_path):
    """12 good lines, one broken line, 3 good lines."""
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(_lines(12) + ["{not json"] + _lines(3, 12)) + "\n")
    return path


def test_a_stopped_run_is_marked_incomplete_and_not_read_as_whole(broken, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(CorpusError):
        ma.analyze_to_parquet(broken, out, batch_size=5, progress=False, n_jobs=1)
    status = read_status(out)
    assert status["complete"] is False
    assert (status["batches"], status["articles"]) == (2, 10)
    assert "CorpusError" in status["error"]
    with pytest.raises(ParameterError, match="incomplete result: it stopped after 10 articles"):
        ma.read_results(out, "articles")
    assert len(ma.read_results(out, "articles", incomplete=True)) == 10
    with pytest.raises(ParameterError, match="resume=True"):
        ma.analyze_to_parquet(broken, out, batch_size=5, progress=False, n_jobs=1)


def test_resume_continues_after_the_batches_written(broken, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(CorpusError):
        ma.analyze_to_parquet(broken, out, batch_size=5, progress=False, n_jobs=1)
    with pytest.raises(ParameterError, match="batch_size=5"):
        ma.analyze_to_parquet(broken, out, batch_size=4, progress=False, resume=True)
    # the input mended: the rest is analysed and appended, the first 10 are not redone
    broken.write_text("\n".join(_lines(15)) + "\n")
    rows = ma.analyze_to_parquet(broken, out, batch_size=5, progress=False, n_jobs=1,
                                 resume=True)
    assert rows["articles"] == 15
    assert read_status(out)["complete"] is True
    articles = ma.read_results(out, "articles")
    assert articles["id"].tolist() == [f"a{i}" for i in range(15)]
    whole = ma.analyze(ma.load_corpus(broken), cache=None, n_jobs=1)
    pd.testing.assert_series_equal(articles["n_attributions"],
                                   whole.articles["n_attributions"].reset_index(drop=True),
                                   check_dtype=False)
    with pytest.raises(ParameterError, match="no stopped run"):
        ma.analyze_to_parquet(broken, out, batch_size=5, progress=False, resume=True)


def test_a_half_written_batch_is_dropped_on_reading_and_rewritten_on_resume(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_lines(10)) + "\n")
    out = tmp_path / "out"
    ma.analyze_to_parquet(src, out, batch_size=5, progress=False, n_jobs=1)
    # as if the run had been killed while writing the second batch's tables
    status = json.loads((out / STATUS_FILE).read_text())
    status.update(complete=False, batches=1, articles=5)
    (out / STATUS_FILE).write_text(json.dumps(status))
    (out / "spans" / "part-00001.parquet").unlink()
    assert len(ma.read_results(out, "articles", incomplete=True)) == 5
    ma.analyze_to_parquet(src, out, batch_size=5, progress=False, n_jobs=1, resume=True)
    assert len(ma.read_results(out, "articles")) == 10
    assert sorted(p.name for p in (out / "spans").iterdir()) == [
        "part-00000.parquet", "part-00001.parquet"]


def test_progress_follows_the_environment(tmp_path, monkeypatch, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_lines(3)) + "\n")
    monkeypatch.setenv("MEDIA_ANALYSIS_PROGRESS", "off")
    ma.analyze_to_parquet(src, tmp_path / "a", n_jobs=1)
    assert "Analysing" not in capsys.readouterr().err
    monkeypatch.delenv("MEDIA_ANALYSIS_PROGRESS")
    ma.analyze_to_parquet(src, tmp_path / "b", n_jobs=1)
    assert "Analysing" in capsys.readouterr().err


def test_a_copy_of_a_user_lexicon_elsewhere_has_the_same_cache_key(tmp_path):
    from analysis.cache import fingerprint

    text = "term,frame,weight\nharbour toll,economic,1\n"
    one, two = tmp_path / "a" / "lex.csv", tmp_path / "b" / "other-name.csv"
    for path in (one, two):
        path.parent.mkdir()
        path.write_text(text)
    chosen = ["tone", "framing", "sourcing"]
    key = fingerprint(chosen, {"framing": {"lexicon": str(one)}})
    assert key == fingerprint(chosen, {"framing": {"lexicon": str(two)}})
    two.write_text(text + "dock strike,conflict,1\n")
    assert key != fingerprint(chosen, {"framing": {"lexicon": str(two)}})


def test_prune_removes_unused_folders_of_old_lexicon_versions(tmp_path):
    import os
    import time

    from analysis.cache import cache_summary, prune_cache

    corpus = ma.load_corpus(pd.DataFrame({"id": ["a"], "outlet": ["L"],
                                          "text": ["The harbour toll rose, the mayor said."]}))
    lexicon = tmp_path / "lex.csv"
    lexicon.write_text("term,frame,weight\nharbour toll,economic,1\n")
    cache = tmp_path / "cache"
    ma.analyze(corpus, cache=str(cache), progress=False)  # the default analysis
    ma.analyze(corpus, cache=str(cache), progress=False,
               options={"framing": {"lexicon": str(lexicon)}})
    table = cache_summary(str(cache))
    assert len(table) == 2 and table["current"].all()
    assert prune_cache(str(cache)) == []  # both used today
    old = time.time() - 40 * 86_400
    for path in [*cache.glob("*/*"), *cache.iterdir()]:  # meta files, batches, folders
        os.utime(path, (old, old))
    removed = prune_cache(str(cache))
    # the lexicon version's folder goes; the default analysis's stays however old
    assert len(removed) == 1
    assert [f.name for f in cache.iterdir() if f.is_dir()] == [
        n for n in table["folder"] if n not in removed]


def test_find_reuse_shows_progress_when_asked_and_follows_the_environment(monkeypatch, capsys):
    wire = ("Nurses at the city hospital walked out on Tuesday over pay and staffing, the union "
            "said, in the first strike at the hospital in living memory.")
    corpus = pd.DataFrame({"id": ["w", "t"], "outlet": ["Wire", "Tabloid"],
                           "text": [wire, "SHOCK! " + wire]})
    ma.find_reuse(corpus, progress=True)
    assert "Comparing" in capsys.readouterr().err
    ma.find_reuse(corpus)  # one candidate pair: too few for a bar by default
    assert "Comparing" not in capsys.readouterr().err
    monkeypatch.setattr("analysis.reuse.PROGRESS_MIN_PAIRS", 1)
    ma.find_reuse(corpus)
    assert "Comparing" in capsys.readouterr().err
    monkeypatch.setenv("MEDIA_ANALYSIS_PROGRESS", "off")
    ma.find_reuse(corpus)
    assert "Comparing" not in capsys.readouterr().err


def test_a_dask_frame_without_the_dask_engine_is_told_to_use_it():
    dd = pytest.importorskip("dask.dataframe")
    frame = dd.from_pandas(pd.DataFrame({"id": ["a"], "text": ["It rained."]}), npartitions=1)
    with pytest.raises(CorpusError, match="engine='dask'"):
        ma.load_corpus(frame)


def test_an_unreadable_cache_batch_is_removed_so_it_warns_once(tmp_path, recwarn):
    import warnings

    from analysis import pipeline
    from analysis.cache import open_cache

    corpus = ma.load_corpus(pd.DataFrame({"id": ["a", "b"], "outlet": ["L", "L"],
                                          "text": ["The pier reopened.", "It rained, she said."]}))
    ma.analyze(corpus, n_jobs=1, cache=str(tmp_path), progress=False)
    store = open_cache(tmp_path, list(pipeline.ANALYZERS), None)
    (bad,) = store.batches()
    (bad / "spans.parquet").write_bytes(b"not parquet")
    with pytest.warns(RuntimeWarning, match="unreadable .*it is removed"):
        first = ma.analyze(corpus, n_jobs=1, cache=str(tmp_path), progress=False)
    assert not bad.exists()
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        again = ma.analyze(corpus, n_jobs=1, cache=str(tmp_path), progress=False)
    pd.testing.assert_frame_equal(first.articles, again.articles)


def test_days_without_prune_is_refused(tmp_path, capsys):
    from analysis.__main__ import main

    assert main(["cache", "--dir", str(tmp_path), "--days", "5"]) == 2
    assert "--days goes with --prune" in capsys.readouterr().err


def _stopped_run(tmp_path):
    """A run stopped by a bad line after two batches of 5 (as in the tests above)."""
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_lines(10) + ["{not json"] + _lines(5, 10)) + "\n")
    out = tmp_path / "out"
    with pytest.raises(CorpusError):
        ma.analyze_to_parquet(src, out, batch_size=5, progress=False, n_jobs=1)
    return src, out


def test_resume_refuses_another_source_a_shorter_one_and_other_analyzers(tmp_path):
    # (review 21: each was appended and marked complete)
    src, out = _stopped_run(tmp_path)
    other = tmp_path / "other.jsonl"
    other.write_text("\n".join(json.dumps({"id": f"x{i}", "outlet": "Other", "text": "It rained."})
                               for i in range(15)) + "\n")
    with pytest.raises(ParameterError, match="batch 1 of this source is not the one"):
        ma.analyze_to_parquet(other, out, batch_size=5, progress=False, n_jobs=1, resume=True)
    short = tmp_path / "short.jsonl"
    short.write_text("\n".join(_lines(5)) + "\n")
    with pytest.raises(ParameterError, match="ends after 1 batches"):
        ma.analyze_to_parquet(short, out, batch_size=5, progress=False, n_jobs=1, resume=True)
    with pytest.raises(ParameterError, match="other analyzers, options or code"):
        ma.analyze_to_parquet(src, out, batch_size=5, progress=False, n_jobs=1, resume=True,
                              analyzers=["tone"])
    assert read_status(out)["complete"] is False
    src.write_text("\n".join(_lines(15)) + "\n")  # the same source, mended
    ma.analyze_to_parquet(src, out, batch_size=5, progress=False, n_jobs=1, resume=True)
    assert read_status(out)["complete"] is True
    assert len(ma.read_results(out, "articles")) == 15


def test_a_system_error_while_reading_the_cache_keeps_the_batch(tmp_path, monkeypatch):
    # (review 21: too many open files, a permission error on a shared cache, say nothing about
    # the batch, which must not be deleted)
    from analysis import cache as cache_module

    corpus = ma.load_corpus(pd.DataFrame({"id": ["a"], "outlet": ["L"], "text": ["It rained."]}))
    ma.analyze(corpus, n_jobs=1, cache=str(tmp_path), progress=False)
    batches = list(tmp_path.glob("*/batch-*"))
    assert len(batches) == 1

    def fail(path, *args, **kwargs):
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(cache_module, "_read", fail)
    with pytest.warns(RuntimeWarning, match="it is kept"):
        ma.analyze(corpus, n_jobs=1, cache=str(tmp_path), progress=False)
    assert batches[0].exists()
