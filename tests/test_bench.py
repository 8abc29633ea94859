"""The benchmark runs end to end on a few articles and reports every step against VADER."""

from __future__ import annotations

from analysis import ANALYZERS
from analysis.bench import main, run


def test_benchmark_table_has_every_step():
    table = run(n=4, words=60)
    assert table["step"].tolist() == ["plain VADER (baseline)", "sentences", *ANALYZERS,
                                      "full analyze()"]
    assert (table["articles_per_s"] > 0).all()
    assert table.loc[0, "ratio_to_vader"] == 1.0


def test_benchmark_cli(capsys):
    assert main(["--articles", "3", "--words", "40"]) == 0
    out = capsys.readouterr().out
    assert "peak memory" in out and "full analyze()" in out
    assert main(["--articles", "0"]) == 2
