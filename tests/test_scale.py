"""Scale (issue 7): chunks, worker processes, the result cache, Dask, and streaming input.

The contract: whatever ``n_jobs``, ``chunk_size``, ``cache`` or ``engine``, ``analyze`` returns
the same four tables; the cache re-analyses exactly the articles whose text, analyzers,
options or code changed.
"""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

import analysis.cache as cache_module
import analysis.pipeline as pipeline
from analysis import ParameterError, analyze, analyze_to_parquet, iter_corpus, load_corpus
from analysis.cache import clear_cache, fingerprint, open_cache
from analysis.config import SAMPLE_CORPUS
from analysis.scale import read_results

TABLES = ("articles", "sentences", "spans", "attributions")


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    """The sample collection plus awkward rows: empty, NUL, unbalanced quote, and one text
    repeated under a second id of the same outlet (analysed once, reported twice)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sample = load_corpus(SAMPLE_CORPUS)
        extra = load_corpus(pd.DataFrame({
            "id": ["blank", "nul", "unbalanced", "again"],
            "outlet": ["W"] * 3 + [sample["outlet"].iloc[0]],
            "text": ["  \n ", "Before\x00after.", "“It never closes, he said. Then more.",
                     sample["text"].iloc[0]],
        }))
    return pd.concat([extra, sample], ignore_index=True)


@pytest.fixture(scope="module")
def reference(corpus):
    """One process, one chunk, no cache."""
    return analyze(corpus, n_jobs=1, chunk_size=10_000, cache=None)


def assert_same(left, right):
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(left, table), getattr(right, table))


def count_analysed(monkeypatch) -> list[int]:
    """Patch the per-chunk worker to record how many texts each call analyses."""
    calls: list[int] = []
    original = pipeline.analyze_chunk

    def counting(keys, *args):
        calls.append(len(keys))
        return original(keys, *args)

    monkeypatch.setattr(pipeline, "analyze_chunk", counting)
    return calls


@pytest.mark.parametrize("chunk_size", [1, 7, 500])
def test_chunking_does_not_change_the_tables(corpus, reference, chunk_size):
    assert_same(reference, analyze(corpus, n_jobs=1, chunk_size=chunk_size, cache=None))


def test_worker_processes_give_the_same_tables(corpus, reference, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 0)  # the sample is small
    assert_same(reference, analyze(corpus, n_jobs=2, chunk_size=5, cache=None))


def test_repeated_text_is_analysed_once_and_reported_under_both_ids(corpus, reference,
                                                                   monkeypatch):
    calls = count_analysed(monkeypatch)
    analyze(corpus, n_jobs=1, cache=None)
    assert sum(calls) == len(corpus) - 1
    first, again = corpus["id"].iloc[4], "again"
    spans = reference.spans
    mine = spans[spans["article_id"] == first].drop(columns="article_id")
    theirs = spans[spans["article_id"] == again].drop(columns="article_id")
    assert len(mine) > 0
    pd.testing.assert_frame_equal(mine.reset_index(drop=True), theirs.reset_index(drop=True))


def test_warm_cache_analyses_nothing_and_gives_identical_tables(corpus, reference, tmp_path,
                                                                monkeypatch):
    cold = analyze(corpus, n_jobs=1, chunk_size=20, cache=tmp_path)
    assert_same(reference, cold)
    calls = count_analysed(monkeypatch)
    warm = analyze(corpus, n_jobs=1, cache=tmp_path)
    assert calls == []
    assert_same(reference, warm)


@pytest.mark.parametrize("pick", ["reversed", "every other", "shuffled"])
def test_warm_cache_in_another_order_gives_the_tables_of_that_order(corpus, tmp_path, pick):
    # the cache holds the articles in the first run's order; a re-run in another order or of
    # a subset must not take the in-order shortcut
    analyze(corpus, n_jobs=1, cache=tmp_path)
    again = {"reversed": corpus.iloc[::-1], "every other": corpus.iloc[::2],
             "shuffled": corpus.sample(frac=1.0, random_state=3)}[pick].reset_index(drop=True)
    assert_same(analyze(again, n_jobs=1, cache=None), analyze(again, n_jobs=1, cache=tmp_path))


@pytest.mark.parametrize("hashes, order, expected", [
    (["a", "a", "b", "b", "b", "c"], ["a", "b", "c"], [0, 0, 1, 1, 1, 2]),
    (["c", "a", "a"], ["a", "b", "c"], [2, 0, 0]),        # runs out of corpus order
    (["a", "x", "x", "a"], ["a"], [0, -1, -1, 0]),       # unknown article; a run seen twice
    ([], ["a"], []),
])
def test_article_positions_look_each_run_up(hashes, order, expected):
    assert pipeline._article_positions(pd.Series(hashes, dtype="str"),
                                       pd.Series(order, dtype="str")).tolist() == expected


def test_cache_reanalyses_only_new_or_changed_articles(corpus, tmp_path, monkeypatch):
    analyze(corpus.iloc[:30], n_jobs=1, cache=tmp_path)
    changed = corpus.iloc[:40].copy()
    changed.loc[3, "text"] = changed.loc[3, "text"] + " A correction was appended."
    calls = count_analysed(monkeypatch)
    result = analyze(changed, n_jobs=1, cache=tmp_path)
    assert sum(calls) == 10 + 1  # ten new articles and the changed one
    fresh = analyze(changed, n_jobs=1, cache=None)
    assert_same(fresh, result)


def test_changed_lexicon_option_or_code_invalidates(corpus, tmp_path, monkeypatch):
    small = corpus.iloc[:12]
    lexicon = tmp_path / "cues.csv"
    lexicon.write_text("term,frame,weight\nwater,economic,1\n", encoding="utf-8")
    options = {"framing": {"lexicon": str(lexicon), "mode": "add"}}
    store = tmp_path / "cache"
    analyze(small, n_jobs=1, cache=store, options=options)
    calls = count_analysed(monkeypatch)
    analyze(small, n_jobs=1, cache=store, options=options)
    assert calls == []  # same file, same content: cached
    lexicon.write_text("term,frame,weight\nwater,conflict,1\n", encoding="utf-8")
    analyze(small, n_jobs=1, cache=store, options=options)
    assert sum(calls) == small["text"].nunique()  # the file's content changed, not its name
    calls.clear()
    analyze(small, n_jobs=1, cache=store, analyzers=["hedging"])
    assert sum(calls) == small["text"].nunique()  # other analyzers: other results
    calls.clear()
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "an analyzer was edited")
    analyze(small, n_jobs=1, cache=store, options=options)
    assert sum(calls) == small["text"].nunique()


def test_code_fingerprint_covers_lexicons_and_analyzers_but_not_charts():
    cache_module.code_fingerprint.cache_clear()
    files = []
    real = cache_module.Path.read_bytes

    def spy(path):
        files.append(path.relative_to(cache_module.PACKAGE_DIR).as_posix())
        return real(path)

    try:
        cache_module.Path.read_bytes = spy
        cache_module.code_fingerprint()
    finally:
        cache_module.Path.read_bytes = real
        cache_module.code_fingerprint.cache_clear()
    for needed in ("lexicons/hedges.csv", "lexicons/tone_news.csv", "tone.py", "sourcing.py",
                   "quotes.py", "framing.py", "hedging.py", "text.py", "pipeline.py"):
        assert needed in files
    assert not any(f.startswith(("charts/", "evaluate/")) or f == "report.py" for f in files)


def test_unreadable_batch_is_reanalysed_with_a_warning(corpus, tmp_path, monkeypatch):
    small = corpus.iloc[:5]
    analyze(small, n_jobs=1, cache=tmp_path)
    store = open_cache(tmp_path, list(pipeline.ANALYZERS), None)
    (store.batches()[0] / "spans.parquet").write_bytes(b"not parquet")
    calls = count_analysed(monkeypatch)
    with pytest.warns(RuntimeWarning, match="unreadable"):
        result = analyze(small, n_jobs=1, cache=tmp_path)
    assert sum(calls) == small["text"].nunique()
    assert_same(analyze(small, n_jobs=1, cache=None), result)


def test_foreign_analyzer_is_not_cached(monkeypatch):
    def mine(doc):
        doc.metrics["mine"] = 1

    mine.__module__ = "newsroom.custom"
    monkeypatch.setitem(pipeline.ANALYZERS, "mine", mine)
    assert fingerprint(["basic", "mine"], None) is None
    assert fingerprint(["basic"], None) is not None


def test_cache_off_by_environment_and_clear(tmp_path, monkeypatch, corpus):
    monkeypatch.setenv("MEDIA_ANALYSIS_CACHE", "off")
    assert open_cache("auto", ["basic"], None) is None
    monkeypatch.setenv("MEDIA_ANALYSIS_CACHE", str(tmp_path))
    analyze(corpus.iloc[:3], n_jobs=1, analyzers=["basic"])  # cache="auto" → tmp_path
    assert clear_cache() == 1
    assert clear_cache() == 0


@pytest.mark.parametrize("kwargs, message", [
    ({"n_jobs": 0}, "n_jobs"),
    ({"chunk_size": 0}, "chunk_size"),
    ({"engine": "spark"}, "engine"),
    ({"cache": 3}, "cache"),
])
def test_bad_scale_parameters_are_named(corpus, kwargs, message):
    with pytest.raises(ParameterError, match=message):
        analyze(corpus.iloc[:2], **kwargs)


def test_dask_local_cluster_gives_identical_tables(corpus, reference):
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        result = analyze(corpus, engine="dask", chunk_size=9, cache=None)
        import dask.dataframe as dd

        from_dask = analyze(dd.from_pandas(corpus, npartitions=3), engine="dask", cache=None)
    assert_same(reference, result)
    # a Dask DataFrame's metadata comes back with Dask's string types; the analysis is the same
    for table in ("sentences", "spans", "attributions"):
        pd.testing.assert_frame_equal(getattr(reference, table), getattr(from_dask, table))
    metrics = [c for c in reference.articles.columns if c not in corpus.columns or c == "id"]
    pd.testing.assert_frame_equal(reference.articles[metrics], from_dask.articles[metrics],
                                  check_dtype=False)


# --------------------------------------------------------------------------- streaming


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def test_iter_corpus_batches_equal_load_corpus(tmp_path):
    rows = [{"id": f"a{i}", "outlet": "W", "text": f"Article number {i}."} for i in range(25)]
    rows[7] = dict(rows[3])                                # exact repeat across a batch edge
    rows[20] = {"id": "a3", "outlet": "W", "text": "Other text under a used id."}
    rows[22] = {"outlet": "W", "text": "No id given."}
    path = tmp_path / "c.jsonl"
    write_jsonl(path, rows)
    with pytest.warns(Warning):
        whole = load_corpus(path)
    with pytest.warns(Warning):
        batches = list(iter_corpus(path, batch_size=4))
    assert [len(b) for b in batches] == [4, 3, 4, 4, 4, 4, 1]  # the repeat is set aside
    joined = pd.concat(batches, ignore_index=True)
    pd.testing.assert_frame_equal(whole, joined, check_dtype=False)
    assert joined["id"].is_unique and "a3~2" in set(joined["id"]) and "c-23" in set(joined["id"])
    problems = [r["problem"] for b in batches for r in b.attrs["load_issues"]]
    assert "exact duplicate of row 4" in problems


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl.gz"])
def test_iter_corpus_streams_csv_parquet_and_gzip(tmp_path, suffix):
    frame = pd.DataFrame({"id": [f"x{i}" for i in range(9)], "outlet": "W",
                          "text": [f"Text {i}." for i in range(9)]})
    path = tmp_path / f"c{suffix}"
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    elif suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.to_json(path, orient="records", lines=True, compression="gzip")
    batches = list(iter_corpus(path, batch_size=4))
    assert [len(b) for b in batches] == [4, 4, 1]
    assert pd.concat(batches)["text"].tolist() == frame["text"].tolist()


def test_iter_corpus_names_a_bad_line_with_its_number(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "ok."}\n{"text": "ok."}\n{broken\n', encoding="utf-8")
    batches = iter_corpus(path, batch_size=1)
    next(batches)
    with pytest.raises(Exception, match="line 3"):
        list(batches)


def test_analyze_to_parquet_equals_analyze(tmp_path, corpus, reference):
    path = tmp_path / "in.parquet"
    corpus.to_parquet(path)
    out = tmp_path / "out"
    counts = analyze_to_parquet(path, out, batch_size=17, n_jobs=1, progress=False)
    assert counts == {t: len(getattr(reference, t)) for t in TABLES}
    spans = read_results(out, "spans")
    pd.testing.assert_frame_equal(spans, reference.spans, check_dtype=False)
    articles = read_results(out, "articles", columns=["id", "n_words", "tone"])
    pd.testing.assert_frame_equal(articles, reference.articles[["id", "n_words", "tone"]],
                                  check_dtype=False)
    with pytest.raises(ParameterError, match="already holds"):
        analyze_to_parquet(path, out, progress=False)


def test_parquet_writer_widens_a_column_empty_in_the_first_batch(tmp_path):
    # A column empty in the first batch (Arrow's null type: no article had a hedge, so no
    # certainty index) that a later batch fills must read back as one table, its numbers
    # kept; a later empty batch takes the wider type too.
    from analysis.scale import _TableWriter

    writer = _TableWriter(tmp_path / "articles")
    writer.write(pd.DataFrame({"id": ["a", "b"], "index": [None, None], "url": [None, None]}))
    writer.write(pd.DataFrame({"id": ["c"], "index": [-0.5], "url": ["https://x.test/c"]}))
    writer.write(pd.DataFrame({"id": ["d"], "index": [None], "url": [None]}))
    back = pd.read_parquet(tmp_path / "articles")
    assert back["id"].tolist() == ["a", "b", "c", "d"]
    assert back["index"].tolist()[2] == -0.5 and back["index"].isna().sum() == 3
    assert back["url"].tolist()[2] == "https://x.test/c" and back["url"].isna().sum() == 3


class _Bar:
    """Records how far a progress bar was advanced."""

    def __init__(self):
        self.steps: list[int] = []

    def update(self, n: int) -> None:
        self.steps.append(n)


def _fake_chunk(delays: dict[str, float], failing: str = ""):
    """An ``analyze_chunk`` stand-in: sleeps ``delays[first key]`` seconds, returns the chunk's
    keys as its articles table (or raises for the chunk starting at ``failing``)."""
    import time

    def fake(keys, ids, texts, chosen, options, outlets=None):
        time.sleep(delays[keys[0]])
        if keys[0] == failing:
            raise RuntimeError("this chunk fails")
        frame = pd.DataFrame({"_hash": list(keys)})
        return pipeline.ChunkTables(frame, frame, frame, frame)

    return fake


def test_chunks_finishing_out_of_order_are_handed_on_in_corpus_order(monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    keys = [f"k{i}" for i in range(6)]  # three chunks of two: k0, k2, k4 start them
    monkeypatch.setattr(pipeline, "analyze_chunk",
                        _fake_chunk({"k0": 0.3, "k2": 0.15, "k4": 0.0}))
    stored, bar = [], _Bar()
    with ThreadPoolExecutor(3) as pool:
        parts = pipeline.run_chunks(keys, keys, keys, [], None, n_jobs=3, chunk_size=2,
                                    engine="local", bar=bar, on_part=stored.append,
                                    executor=pool)
    firsts = [p.articles["_hash"].iloc[0] for p in parts]
    assert firsts == ["k0", "k2", "k4"]  # the last chunk finished first
    assert [p.articles["_hash"].iloc[0] for p in stored] == firsts
    assert sum(bar.steps) == 6 and len(bar.steps) == 3


def test_chunks_finished_after_a_failed_one_are_still_stored(monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    keys = [f"k{i}" for i in range(6)]
    monkeypatch.setattr(pipeline, "analyze_chunk",
                        _fake_chunk({"k0": 0.0, "k2": 0.3, "k4": 0.0}, failing="k2"))
    stored = []
    with ThreadPoolExecutor(3) as pool, pytest.raises(RuntimeError, match="this chunk fails"):
        pipeline.run_chunks(keys, keys, keys, [], None, n_jobs=3, chunk_size=2,
                            engine="local", bar=_Bar(), on_part=stored.append, executor=pool)
    assert sorted(p.articles["_hash"].iloc[0] for p in stored) == ["k0", "k4"]
