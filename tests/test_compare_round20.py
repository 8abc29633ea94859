"""Round 20: 06's verdicts (review19 M1, M2): overlap is not read as "cannot tell apart",
and the page says how many gaps chance alone would give."""

from __future__ import annotations

import pandas as pd

from analysis import compare


def _table(rows):
    return pd.DataFrame([{"metric": m, "outlet": o, "n": 40, "mean": mean, "ci_low": lo,
                          "ci_high": hi, "too_small": False, "highest_id": "h",
                          "lowest_id": "l"} for m, o, mean, lo, hi in rows])


def test_overlapping_intervals_with_a_clear_difference():
    # 0.055 apart, half-widths 0.03 each: overlap, but the difference's interval is
    # 0.055 ± 0.0424 = +0.013 to +0.097
    t = _table([("tone", "X", 0.005, -0.025, 0.035), ("tone", "Y", -0.05, -0.08, -0.02)])
    text = compare.describe_comparison(t, "tone")
    assert "cannot tell these two apart" not in text
    assert "the intervals overlap, but the approximate 95% interval of the difference " \
           "(+0.013 to +0.097) excludes 0" in text


def test_overlapping_intervals_without_a_clear_difference():
    t = _table([("tone", "X", 0.02, -0.02, 0.06), ("tone", "Y", -0.01, -0.05, 0.03)])
    assert "includes 0, so this sample does not establish a difference" in \
        compare.describe_comparison(t, "tone")


def test_holm_count_hand_worked():
    # sorted p: 0.001 < 0.05/4, 0.01 < 0.05/3, 0.03 >= 0.05/2: two kept
    assert compare.holm_count([0.2, 0.03, 0.001, 0.01, float("nan")]) == 2
    assert compare.holm_count([]) == 0


def test_page_says_how_many_gaps_survive_an_allowance_for_chance():
    rows = []
    # metric a: far apart (z ≈ 9); metrics b-e: overlap, no clear difference
    rows += [("a", "X", 0.5, 0.45, 0.55), ("a", "Y", 0.1, 0.05, 0.15)]
    for m in "bcde":
        rows += [(m, "X", 0.02, -0.02, 0.06), (m, "Y", 0.0, -0.04, 0.04)]
    text = compare.describe_all(_table(rows))
    first = text.split("\n\n")[0]
    assert first.startswith("Of the 5 metrics with two comparable ends, 1 set the highest and "
                            "lowest outlet apart")
    assert "0.2 expected even if every outlet were alike" in first
    assert "1 remain" in first
