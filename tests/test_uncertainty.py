"""Bootstrap intervals per group and per period, and the small-group flag."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from analysis import ParameterError, SmallSampleWarning
from analysis.uncertainty import MIN_GROUP_SIZE, bootstrap_ci, mean_ci, mean_ci_per_period


def test_interval_is_reproducible_and_brackets_the_mean():
    values = np.arange(20, dtype=float)  # mean 9.5, standard error 5.92/√20 ≈ 1.32
    first, second = bootstrap_ci(values), bootstrap_ci(values)
    assert first == second
    low, high = first
    # hand-worked normal approximation at the widened tail of the expanded BCa interval
    # (round 20): 9.5 ± √(20/19) × t(0.975, 19) × 1.29 = 9.5 ± 2.147 × 1.29 (n divisor)
    assert low == pytest.approx(9.5 - 2.147 * 5.766 / np.sqrt(20), abs=0.3)
    assert high == pytest.approx(9.5 + 2.147 * 5.766 / np.sqrt(20), abs=0.3)


@pytest.mark.parametrize("values, expected", [([3.0] * 12, (3.0, 3.0)), ([], (np.nan, np.nan))])
def test_degenerate_inputs(values, expected):
    np.testing.assert_equal(bootstrap_ci(values), expected)


@pytest.mark.parametrize("kwargs", [{"confidence": 1.0}, {"confidence": 0}, {"n_resamples": 0}])
def test_bad_options(kwargs):
    with pytest.raises(ParameterError):
        bootstrap_ci([1.0, 2.0], **kwargs)


def test_mean_ci_flags_and_warns_small_groups():
    table = pd.DataFrame({"outlet": ["A"] * MIN_GROUP_SIZE + ["B"] * 3,
                          "share": [1, 0] * (MIN_GROUP_SIZE // 2) + [1, 1, 0]})
    with pytest.warns(SmallSampleWarning, match="B"):
        out = mean_ci(table, "share").set_index("outlet")
    assert (out.loc["A", "n"], out.loc["A", "mean"]) == (MIN_GROUP_SIZE, 0.5)
    assert not out.loc["A", "too_small"] and out.loc["A", "ci_low"] < 0.5 < out.loc["A", "ci_high"]
    assert out.loc["B", "too_small"] and np.isnan(out.loc["B", "ci_low"])
    assert out.loc["B", "mean"] == pytest.approx(2 / 3)


def test_mean_ci_ignores_missing_and_leaves_input_alone():
    table = pd.DataFrame({"outlet": ["A"] * 3, "tone": [0.1, None, 0.3]})
    before = table.copy()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SmallSampleWarning)
        out = mean_ci(table, "tone")
    assert (out.loc[0, "n"], out.loc[0, "mean"]) == (2, pytest.approx(0.2))
    pd.testing.assert_frame_equal(table, before)


def test_mean_ci_unknown_column():
    with pytest.raises(ParameterError, match="tone"):
        mean_ci(pd.DataFrame({"outlet": ["A"]}), "tone")


def test_per_period_hand_worked():
    table = pd.DataFrame({
        "published": pd.to_datetime(["2026-08-03", "2026-08-31", "2026-09-02", None], utc=True),
        "tone": [0.2, 0.4, -0.3, 0.9]})
    out = mean_ci_per_period(table, "tone", period="M", warn=False)
    assert [f"{d:%Y-%m}" for d in out["period_start"]] == ["2026-08", "2026-09"]
    assert out["n"].tolist() == [2, 1]  # the undated row is left out
    assert out["mean"].tolist() == pytest.approx([0.3, -0.3])
    with pytest.raises(ParameterError):
        mean_ci_per_period(table, "tone", period="Y")
