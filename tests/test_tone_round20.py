"""Round 20: tone readings (review19 W2, M1, M3, M4) — paired author-vs-quoted gap, no
"overlap, so chance" rule, ties and all-equal groups."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from analysis import tone


def _voices(n=30, shift=-0.05, noise=0.03, seed=4):
    rng = np.random.default_rng(seed)
    author = rng.normal(0, 0.15, n)  # wide spread between articles
    quoted = author + shift + rng.normal(0, noise, n)
    return pd.DataFrame({"outlet": ["A"] * n, "tone_author": author, "tone_quoted": quoted})


def test_voice_gap_is_the_mean_of_per_article_differences():
    arts = pd.DataFrame({"outlet": ["A"] * 4, "tone_author": [0.1, 0.3, 0.0, 0.2],
                         "tone_quoted": [None, 0.1, -0.2, 0.4]})
    out = tone.voice_gap(arts, warn=False).set_index("outlet")
    # articles with both voices: gaps -0.2, -0.2, +0.2 → mean -0.0667, n = 3
    assert out.loc["A", "n"] == 3
    assert out.loc["A", "mean"] == pytest_approx(-0.2 / 3)


def pytest_approx(x):
    import pytest

    return pytest.approx(x, abs=1e-9)


def test_clear_paired_gap_is_reported_as_a_gap_not_chance():
    arts = _voices()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        voices = tone.tone_by_voice(arts)
        gaps = tone.voice_gap(arts)
    # the two separate intervals overlap (the spread between articles is wide) ...
    rows = voices.set_index("voice")
    assert rows.loc["quoted", "ci_high"] >= rows.loc["author", "ci_low"]
    # ... but the per-article gap's interval lies wholly below 0
    assert gaps.loc[0, "ci_high"] < 0
    reading = tone.describe_voices(voices, paired=gaps)
    assert "in the 30 articles with both voices" in reading
    assert "unlikely to be chance" in reading
    assert "may be chance" not in reading


def test_paired_gap_that_includes_zero_is_not_called_a_finding():
    arts = _voices(shift=0.0, noise=0.1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reading = tone.describe_voices(tone.tone_by_voice(arts), paired=tone.voice_gap(arts))
    assert "includes 0, so this sample does not establish a gap" in reading


def test_overlap_alone_is_not_read_as_chance():
    table = pd.DataFrame({"outlet": ["A", "B"], "n": [40, 40], "mean": [-0.05, 0.005],
                          "ci_low": [-0.08, -0.025], "ci_high": [-0.02, 0.035],
                          "too_small": [False, False]})
    # the intervals overlap (-0.020 >= -0.025), yet the difference's interval is
    # 0.055 ± √(0.03² + 0.03²) = 0.013 to 0.097 (review19 M1: Welch p = 0.028)
    reading = tone.describe_tone_groups(table)
    assert "may be chance" not in reading
    assert "0.055 (approximate 95% interval 0.013 to 0.097), is unlikely to be chance" in reading
    wide = table.assign(ci_low=[-0.11, -0.055], ci_high=[0.01, 0.065])  # half-widths 0.06
    assert "does not by itself establish" in tone.describe_tone_groups(wide)


def test_tied_lowest_groups_are_all_named():
    table = pd.DataFrame({"outlet": ["A", "B", "C"], "n": [12] * 3, "mean": [-0.1, -0.1, 0.05],
                          "ci_low": [-0.2, -0.2, 0.0], "ci_high": [0.0, 0.0, 0.1],
                          "too_small": [False] * 3})
    reading = tone.describe_tone_groups(table)
    assert reading.startswith("Most negative: A and B at -0.10")


def test_all_equal_groups_are_not_compared_with_themselves():
    table = pd.DataFrame({"outlet": ["A", "B", "C"], "n": [12] * 3, "mean": [0.02] * 3,
                          "ci_low": [0.0] * 3, "ci_high": [0.04] * 3, "too_small": [False] * 3})
    reading = tone.describe_tone_groups(table)
    assert reading.startswith("All 3 groups have the same mean tone")
    assert "most positive: A" not in reading


def _targets(rows):
    return pd.DataFrame([{"outlet": o, "target": "X", "n_articles": n, "n_sentences": 2 * n,
                          "mean": m, "ci_low": None if small else m - 0.05,
                          "ci_high": None if small else m + 0.05, "too_small": small}
                         for o, n, m, small in rows])


def test_targets_do_not_name_a_one_article_group_most_negative():
    # review19 M3: A (1 article) at -0.60 was named "most negative"
    text = tone.describe_targets(_targets([("A", 1, -0.6, True), ("B", 14, -0.05, False),
                                           ("C", 15, 0.02, False)]))
    assert ("most negative in B (-0.05 over 14 articles), highest (close to neutral) in C "
            "(+0.02)") in text
    assert "not ranked, too few articles for an interval: A -0.60 (1 article)" in text


def test_targets_single_group_and_ties():
    one = tone.describe_targets(_targets([("B", 14, -0.05, False)]))
    assert "most negative" not in one and "all in B: -0.05." in one
    tied = tone.describe_targets(_targets([("A", 12, -0.1, False), ("B", 13, -0.1, False),
                                           ("C", 12, 0.05, False)]))
    assert "most negative in A and B (-0.10 over 12 and 13 articles each)" in tied


def _periods(rows):
    return pd.DataFrame({"period_start": pd.to_datetime([r[0] for r in rows], utc=True),
                         "n": [r[1] for r in rows], "mean": [r[2] for r in rows],
                         "ci_low": [r[3] for r in rows], "ci_high": [r[4] for r in rows],
                         "too_small": False})


def test_period_set_apart_by_the_difference_even_when_intervals_overlap():
    # Sep -0.05 (-0.08…-0.02), Oct +0.005 (-0.025…+0.035): overlapping intervals, difference
    # 0.055 with interval 0.013 to 0.097
    text = tone.describe_tone_periods(_periods([("2026-09-01", 40, -0.05, -0.08, -0.02),
                                                ("2026-10-01", 40, 0.005, -0.025, 0.035)]))
    assert "Higher than it: the period beginning 2026-10-01" in text
    assert "a difference of 0.055 (approximate 95% interval 0.013 to 0.097)" in text


def test_tied_lowest_periods_are_named_together():
    text = tone.describe_tone_periods(_periods([("2026-09-01", 12, -0.05, -0.1, 0.0),
                                                ("2026-10-01", 15, -0.05, -0.09, -0.01),
                                                ("2026-11-01", 12, 0.0, -0.05, 0.05)]))
    assert ("the most negative, tied at -0.050, began 2026-09-01 and 2026-10-01 (n = 12 and "
            "15); compared below: 2026-10-01") in text
