"""Review 22: the page of many outlet comparisons (06, and 03's source variety) said how many
gaps hold after allowing for chance, but no line said which. Invented figures."""
import pandas as pd

from analysis.compare import allowed_for_chance, describe_all


def _table():
    rows = []
    for metric, gap in (("tone", 1.0), ("hedge_rate", 0.148), ("booster_rate", 0.1446)):
        for outlet, mean in (("X", gap), ("Y", 0.0)):
            rows.append({"metric": metric, "outlet": outlet, "n": 30, "mean": mean,
                         "ci_low": mean - 0.1, "ci_high": mean + 0.1, "too_small": False,
                         "highest_id": f"{outlet}1", "lowest_id": f"{outlet}2"})
    return pd.DataFrame(rows)


def test_each_line_says_whether_its_gap_holds_after_the_allowance():
    table = _table()
    # raw p ~ 0, 0.040 and 0.045: all three apart on their own; Holm over 3 keeps only the first
    assert allowed_for_chance(table) == {"tone": True, "hedge_rate": False,
                                         "booster_rate": False}
    text = describe_all(table)
    lines = {line.split(" (")[0]: line for line in text.splitlines() if "highest in" in line}
    assert "holds even after allowing for the 3 comparisons" in lines["tone"]
    for metric in ("hedge_rate", "booster_rate"):
        line = next(v for k, v in lines.items() if k != "tone" and metric.split("_")[0] in
                    v.lower())
        assert "a lead to check, not a finding" in line
    assert "1 remain (tone)" in text
