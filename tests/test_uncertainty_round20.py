"""Round 20: the interval of a mean covers closer to its 95% at small n (review19 W1), and a
missing group is labelled "(missing)" (W5).

The full coverage table (invented populations, n = 10, 16, 30, 100) is in
``analysis.uncertainty``'s docstring; the test below is a short, seeded version of it.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from analysis.uncertainty import bootstrap_ci, mean_ci


def _coverage(method: str, draws: int = 1000, n: int = 10) -> float:
    rng = np.random.default_rng(11)
    hits = 0
    for _ in range(draws):
        values = rng.exponential(1.0, n)  # true mean 1
        low, high = bootstrap_ci(values, method=method)
        hits += low <= 1.0 <= high
    return hits / draws


def test_skewed_coverage_at_n10_is_near_nominal_not_percentile_level():
    old, new = _coverage("percentile"), _coverage("bca-expanded")
    # seeded: 0.877 (percentile) and 0.932 (expanded BCa) of 1,000 draws, each ± about 0.02
    assert old < 0.90
    assert new >= 0.92
    assert new - old >= 0.03


def test_interval_leans_towards_the_long_tail():
    # one large value among small ones: the mean's uncertainty lies mostly above it
    values = [0.0] * 8 + [1.0, 10.0]  # mean 1.1
    low, high = bootstrap_ci(values)
    assert low < 1.1 < high
    assert high - 1.1 > 2 * (1.1 - low)


def test_ties_at_the_mean_do_not_shift_a_symmetric_interval():
    # 50 zeros and 50 ones: the interval must be symmetric about 0.5 (to one resample step)
    low, high = bootstrap_ci([0, 1] * 50)
    assert (0.5 - low) == pytest.approx(high - 0.5, abs=0.011)


def test_constant_and_unknown_method():
    assert bootstrap_ci([3.0] * 12) == (3.0, 3.0)
    with pytest.raises(Exception, match="method"):
        bootstrap_ci([1.0, 2.0], method="bogus")


def test_missing_group_is_labelled_missing_not_nan():
    import pandas as pd

    table = pd.DataFrame({"genre": ["news"] * 10 + [None] * 2, "tone": [0.1] * 10 + [0.3, 0.5]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = mean_ci(table, "tone", by="genre")
    assert out["genre"].tolist() == ["(missing)", "news"]
    assert out.set_index("genre").loc["(missing)", "mean"] == pytest.approx(0.4)
    assert "(missing) (n=2)" in str(caught[0].message)


def test_zero_width_interval_is_not_printed_as_certainty():
    from analysis.uncertainty import describe_interval

    text = describe_interval({"mean": 0.0, "ci_low": 0.0, "ci_high": 0.0, "n": 16,
                              "too_small": False}, signed=False)
    assert "95% interval" not in text
    assert text == "0.000 (n = 16, every value the same, so the bootstrap gives no interval)"


def test_difference_interval_hand_worked():
    from analysis.uncertainty import difference_interval

    # means 0.10 and 0.00, half-widths 0.04 each: 0.10 ± √(0.04² + 0.04²) = 0.10 ± 0.0566
    diff, low, high = difference_interval({"mean": 0.10, "ci_low": 0.06, "ci_high": 0.14},
                                          {"mean": 0.00, "ci_low": -0.04, "ci_high": 0.04})
    assert (diff, round(low, 4), round(high, 4)) == (0.1, 0.0434, 0.1566)


def test_a_nonzero_bound_is_never_printed_as_zero():
    import pandas as pd

    from analysis.tone import describe_tone_groups

    # difference 0.053 ± (√(0.029² + 0.040²) = 0.0494 below, √(0.026² + 0.072²) = 0.0766
    # above): 0.0036 to 0.1296, which two decimals would print "0.00 to 0.13"
    t = pd.DataFrame({"outlet": ["A", "B"], "n": [17, 16], "mean": [-0.048, 0.005],
                      "ci_low": [-0.12, -0.024], "ci_high": [-0.008, 0.031],
                      "too_small": [False, False]})
    text = describe_tone_groups(t)
    assert "interval 0.00 to" not in text
    assert "The difference, 0.053 (approximate 95% interval 0.004 to 0.130)" in text
