"""The benchmark runs end to end on a few articles and reports every step against VADER."""

from __future__ import annotations

import pytest

from analysis import ANALYZERS
from analysis.bench import main, run


def test_benchmark_table_has_every_step():
    table = run(n=4, words=60)
    assert table["step"].tolist() == [
        "plain VADER (baseline)", "sentences", *ANALYZERS,
        "full analyze(), one core, no cache", "full analyze(), default settings, cold cache",
        "full analyze(), default settings, warm cache"]
    assert (table["articles_per_s"] > 0).all()
    assert table.loc[0, "ratio_to_vader"] == 1.0
    # every step's memory, measured in a forked process that starts with this one's pages
    assert (table["start_mb"] > 0).all() and (table["peak_mb"] >= table["start_mb"]).all()
    workers = table.set_index("step")["worker_peak_mb"]
    assert workers.drop(["full analyze(), default settings, cold cache",
                         "full analyze(), default settings, warm cache"]).isna().all()


def test_benchmark_without_memory_pass_has_no_memory_columns():
    assert "peak_mb" not in run(n=2, words=30, memory=False).columns


def test_forked_step_reports_growth_and_raises_its_errors():
    from analysis.bench import in_forked_process

    start, peak, child = in_forked_process(lambda: len(b"x" * (200 * 2**20)))
    assert peak - start >= 150  # a 200 MB buffer (less what was already resident)
    assert child != child  # NaN: the step started no process of its own
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        in_forked_process(lambda: 1 / 0)


def test_benchmark_cli(capsys):
    assert main(["--articles", "3", "--words", "40"]) == 0
    out = capsys.readouterr().out
    assert "peak memory" in out and "warm cache" in out and "faster than the cold run" in out
    assert "start_mb" in out and "worker_peak_mb" in out
    assert main(["--articles", "0"]) == 2


def test_stream_mode_reports_tree_memory(capsys, tmp_path):
    assert main(["--stream", "6", "--words", "40", "--batch-size", "4",
                 "--tmp", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "6 generated articles" in out and "peak memory of the process tree" in out


def test_write_corpus_loads_with_outlets_and_dates(tmp_path):
    from analysis import load_corpus

    path = tmp_path / "c.jsonl"
    assert main(["--write-corpus", str(path), "--articles", "5", "--words", "30"]) == 0
    corpus = load_corpus(path)
    assert len(corpus) == 5 and corpus["published"].notna().all()
    assert corpus["outlet"].nunique() == 4
