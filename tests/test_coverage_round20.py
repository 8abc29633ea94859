"""The coverage evaluation (``python -m analysis.evaluate coverage``) behind the README's table of
interval coverage: seeded, and the expanded BCa interval covers at least as often as the plain
percentile interval on every invented population at 10 articles."""
from analysis.evaluate.coverage import coverage, main


def test_coverage_is_seeded_and_the_expanded_interval_covers_more():
    rows = coverage(samples=150, sizes=(10,))
    assert rows == coverage(samples=150, sizes=(10,))
    assert len(rows) == 3
    for row in rows:
        assert 0.5 < row["percentile"] <= row["bca-expanded"] <= 1.0, row


def test_coverage_command_prints_the_table(capsys):
    assert main(["--samples", "20"]) == 0
    out = capsys.readouterr().out
    assert "expanded BCa" in out and out.count("\n") == 2 + 12
