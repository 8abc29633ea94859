"""The benchmark runs end to end on a few articles and reports every step against VADER."""

from __future__ import annotations

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


def test_benchmark_cli(capsys):
    assert main(["--articles", "3", "--words", "40"]) == 0
    out = capsys.readouterr().out
    assert "peak memory" in out and "warm cache" in out and "faster than the cold run" in out
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
