"""Means with bootstrap confidence intervals, per group and per period, honest about N.

Any per-article number (tone, a frame score, a share of anonymous sources — a share is the mean
of a 0/1 column) can be summarised per group with :func:`mean_ci` and per time period with
:func:`mean_ci_per_period`. The seed is fixed, so a rerun prints the same interval.

The interval (since round 20) is the *expanded BCa* bootstrap: resample the group's values with
replacement :data:`N_RESAMPLES` times and take the mean of each resample; then read the bias-
corrected and accelerated quantiles of those means (BCa, Efron 1987; Efron & Tibshirani 1993,
ch. 14) at tail levels widened for small samples as Hesterberg (2015, "What teachers should
know about the bootstrap", §5) does for the percentile interval: the nominal 2.5% tail becomes
Φ(−√(n/(n−1))·t₀.₉₇₅,ₙ₋₁), about 0.9% at n = 10 and 2.3% at n = 100. The plain percentile interval
used before covered the true mean only 87–92% of the time at n = 10–16 for skewed rates and
75–85% for zero-heavy ones (review19, W1). Measured coverage of the "95%" interval, 1,000
simulated samples per cell (each figure ± about 0.014; the script is in the round-20 notes,
``stat20-coverage.py``; a short version runs in ``tests/test_uncertainty_round20.py``):

===================================  ======  ======  ======  =======
population (invented)                n = 10  n = 16  n = 30  n = 100
===================================  ======  ======  ======  =======
normal-ish, percentile (old)         0.899   0.913   0.927   0.960
normal-ish, expanded BCa (now)       0.933   0.939   0.937   0.962
exponential, percentile (old)        0.860   0.890   0.919   0.927
exponential, expanded BCa (now)      0.917   0.928   0.946   0.941
70% zeros, percentile (old)          0.747   0.805   0.879   0.916
70% zeros, expanded BCa (now)        0.830   0.876   0.928   0.938
===================================  ======  ======  ======  =======

So the interval is still somewhat short of 95% for skewed values at n ≈ 10–16 (about 92%)
and for very zero-heavy ones (83–88%): read it as "about 90%" there.
(A bootstrap-t interval covered more of the zero-heavy cases at n ≥ 16, but was 40–60%
wider in the median there, erratic, and can leave the range of the data; a Student-t interval
gained only 1–4 points over the percentile one on skewed and zero-heavy values.)

Groups with fewer than :data:`MIN_GROUP_SIZE` values are kept (their mean and N are shown) but
flagged ``too_small`` with no interval, and a :class:`~analysis.errors.SmallSampleWarning`
names them.

All groups of the same size share one set of resampling indices (the generator is seeded the
same way); each interval is valid on its own, only their Monte Carlo errors are alike.
"""

from __future__ import annotations

import math
import warnings
from collections import OrderedDict

import numpy as np
import pandas as pd

from .errors import ParameterError, SmallSampleWarning, check_choice
from .groups import label_missing
from .stats import PERIODS, plural

#: Bootstrap resamples: Efron & Tibshirani (1993, §13.3) advise at least 1,000 for percentile
#: intervals; 2,000 keeps the Monte Carlo error of a 95% bound small at little cost.
N_RESAMPLES = 2000
#: Fixed seed so reports are reproducible (any constant would do).
SEED = 20260801
#: Default confidence level of the intervals.
CONFIDENCE = 0.95
#: Below this many values a group gets no interval: bootstrap intervals undercover badly for
#: small samples (they cannot see more spread than the few values show; Efron & Tibshirani
#: 1993, ch. 13; Hesterberg 2015, "What teachers should know about the bootstrap", finds
#: coverage well under nominal for n < 10). Ten is the usual floor quoted there. Even at
#: 10–16 the interval covers only about 92–93% for skewed values and 83–88% for zero-heavy
#: ones (the table in the module docstring).
MIN_GROUP_SIZE = 10


#: Most memory the resampling indices kept for reuse may take (bytes).
INDEX_CACHE_BYTES = 128 * 2**20
_index_cache: OrderedDict[tuple[int, int, int], np.ndarray] = OrderedDict()


def _resample_indices(n: int, n_resamples: int, seed: int) -> np.ndarray:
    """The ``(n_resamples, n)`` resampling indices for a group of ``n`` values: the same
    draws for every metric of a group of that size (the generator is seeded the same way),
    so they are drawn once and reused, most recent first, within :data:`INDEX_CACHE_BYTES`."""
    key = (n, n_resamples, seed)
    if key in _index_cache:
        _index_cache.move_to_end(key)
        return _index_cache[key]
    indices = np.random.default_rng(seed).integers(0, n, size=(n_resamples, n))
    indices.setflags(write=False)
    _index_cache[key] = indices
    while sum(a.nbytes for a in _index_cache.values()) > INDEX_CACHE_BYTES and \
            len(_index_cache) > 1:
        _index_cache.popitem(last=False)
    return indices


#: Interval methods :func:`bootstrap_ci` offers; the first is the default.
METHODS = ("bca-expanded", "percentile")


def _expanded_tail(n: int, confidence: float) -> float:
    """The tail probability Hesterberg's (2015) expansion uses for a sample of ``n``: the
    normal tail beyond √(n/(n−1)) times the Student-t quantile of ``confidence``.

    >>> round(_expanded_tail(10, 0.95), 4), round(_expanded_tail(100, 0.95), 4)
    (0.0086, 0.0231)
    """
    from scipy import stats

    t = stats.t.ppf(0.5 + confidence / 2, n - 1)
    return float(stats.norm.cdf(-math.sqrt(n / (n - 1)) * t))


def bootstrap_ci(values, *, confidence: float = CONFIDENCE, n_resamples: int = N_RESAMPLES,
                 seed: int = SEED, method: str = "bca-expanded") -> tuple[float, float]:
    """Bootstrap interval of the mean of ``values`` (NaN values dropped).

    ``method="bca-expanded"`` (the default) is the BCa interval at tails widened for small n
    (see the module docstring for the method and its measured coverage); ``"percentile"`` is
    the plain percentile interval used before round 20, kept for comparison. When the BCa
    corrections are undefined (every resample mean on one side of the sample mean, no
    spread in the jackknife, or an acceleration so large that the adjusted level is not
    defined), the widened percentile interval is used.

    Parameters
    ----------
    values : array-like of float
    confidence : float
        Between 0 and 1 (exclusive).
    n_resamples : int
        Number of resamples (at least 1).
    seed : int
        Seed of the random generator.
    method : str
        ``"bca-expanded"`` or ``"percentile"``.

    Returns
    -------
    (low, high) : tuple of float
        NaN when there are no values.

    Examples
    --------
    A constant has no spread, so its interval is the value itself:

    >>> bootstrap_ci([2.0, 2.0, 2.0])
    (2.0, 2.0)
    >>> low, high = bootstrap_ci([0, 1] * 50)
    >>> 0.39 < low < 0.5 < high < 0.61
    True
    """
    from scipy import stats

    if not 0 < confidence < 1:
        raise ParameterError(f"confidence={confidence!r} must lie between 0 and 1")
    if n_resamples < 1:
        raise ParameterError(f"n_resamples={n_resamples!r} must be at least 1")
    check_choice("method", method, METHODS)
    data = np.asarray(values, dtype=float)
    data = data[~np.isnan(data)]
    if data.size == 0:
        return (float("nan"), float("nan"))
    means = data[_resample_indices(data.size, n_resamples, seed)].mean(axis=1)
    n = data.size
    if method == "percentile" or n < 2:
        tail = (1 - confidence) / 2
        low, high = np.quantile(means, [tail, 1 - tail])
        return (float(low), float(high))
    mean = data.mean()
    if np.ptp(data) == 0:  # no spread: the interval is the value itself
        return (float(data[0]), float(data[0]))
    tail = _expanded_tail(n, confidence)
    levels = np.array([tail, 1 - tail])
    # resample means equal to the sample mean (common for 0/1 and integer values) count half
    # on each side, else ties would bias the correction downwards
    tie = np.abs(means - mean) <= 1e-12 * max(1.0, abs(mean))
    below = float(np.mean((means < mean) & ~tie) + 0.5 * np.mean(tie))
    jackknife = (data.sum() - data) / (n - 1)
    spread = jackknife.mean() - jackknife
    denominator = 6 * float(np.sum(spread ** 2)) ** 1.5
    if 0 < below < 1 and denominator > 0:
        z0 = stats.norm.ppf(below)
        accel = float(np.sum(spread ** 3)) / denominator
        z = np.array([1.0, -1.0]) * stats.norm.ppf(tail)  # (1 − tail can round to 1)
        scale = 1 - accel * (z0 + z) if math.isfinite(accel) else np.array([0.0])
        if np.all(scale > 0):  # (else the correction is undefined: widened percentile)
            levels = stats.norm.cdf(z0 + (z0 + z) / scale)
    low, high = np.quantile(means, levels)
    return (float(min(low, mean)), float(max(high, mean)))


def mean_ci(table: pd.DataFrame, value: str, *, by: str | list[str] = "outlet",
            confidence: float = CONFIDENCE, n_resamples: int = N_RESAMPLES, seed: int = SEED,
            min_n: int = MIN_GROUP_SIZE, warn: bool = True) -> pd.DataFrame:
    """Mean of ``value`` per group with a bootstrap interval (:func:`bootstrap_ci`) and N;
    small groups flagged, a missing group labelled ``"(missing)"``.

    Parameters
    ----------
    table : DataFrame
        One row per unit (usually per article); rows where ``value`` is missing are not counted.
    value : str
        The numeric (or 0/1) column to average.
    by : str or list of str
        Grouping column(s).
    confidence, n_resamples, seed
        See :func:`bootstrap_ci`.
    min_n : int
        Groups with fewer values get ``too_small = True`` and no interval.
    warn : bool
        Emit a :class:`~analysis.errors.SmallSampleWarning` naming the small groups.

    Returns
    -------
    DataFrame
        ``by`` column(s), ``n``, ``mean``, ``ci_low``, ``ci_high``, ``too_small``; sorted by
        the grouping columns.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["A"] * 10 + ["B"] * 2, "tone": [0.5] * 10 + [0.1, 0.3]})
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     out = mean_ci(t, "tone")
    >>> out[["outlet", "n", "mean", "ci_low", "too_small"]].round(2).values.tolist()
    [['A', 10, 0.5, 0.5, False], ['B', 2, 0.2, nan, True]]
    >>> str(caught[0].message)
    "1 group has fewer than 10 values for 'tone' and gets no interval: B (n=2)"
    """
    keys = [by] if isinstance(by, str) else list(by)
    missing = [c for c in [*keys, value] if c not in table.columns]
    if missing:
        raise ParameterError(f"the table has no column(s) {', '.join(map(repr, missing))}; "
                             f"it has: {', '.join(map(str, table.columns))}")
    if min_n < 1:
        raise ParameterError(f"min_n={min_n!r} must be at least 1")
    data = label_missing(table[[*keys, value]].dropna(subset=[value]), *keys)
    rows = []
    for group, part in data.groupby(keys, sort=True, dropna=False):
        values = part[value].astype(float).to_numpy()
        small = len(values) < min_n
        low, high = ((float("nan"), float("nan")) if small else
                     bootstrap_ci(values, confidence=confidence, n_resamples=n_resamples,
                                  seed=seed))
        rows.append((*group, len(values), float(values.mean()), low, high, small))
    out = pd.DataFrame(rows, columns=[*keys, "n", "mean", "ci_low", "ci_high", "too_small"])
    out["n"] = out["n"].astype(int)
    out["too_small"] = out["too_small"].astype(bool)
    if warn and out["too_small"].any():
        small = out[out["too_small"]]
        names = ", ".join(f"{' / '.join(_show(row[k]) for k in keys)} (n={row['n']})"
                          for _, row in small.iterrows())
        one = len(small) == 1
        warnings.warn(f"{plural(len(small), 'group')} {'has' if one else 'have'} fewer than "
                      f"{min_n} values for {value!r} and {'gets' if one else 'get'} no "
                      f"interval: {names}", SmallSampleWarning, stacklevel=2)
    return out


def _show(value) -> str:
    return f"{value:%Y-%m-%d}" if isinstance(value, pd.Timestamp) else str(value)


def mean_ci_per_period(table: pd.DataFrame, value: str, *, period: str = "W",
                       by: str | None = None, date: str = "published",
                       fill_empty: bool = True, **options) -> pd.DataFrame:
    """:func:`mean_ci` per time period (``period_start``, UTC), optionally also per group.

    Undated rows are left out. ``period`` is ``"D"``, ``"W"`` (weeks starting Monday, in
    UTC: an article at 00:30 +02:00 on a Monday counts in the week before) or ``"M"``; other
    keyword options are passed to :func:`mean_ci`. With ``fill_empty`` (the default) every
    period between the first and the last gets a row, one with no articles an ``n`` of 0
    and no mean, so that a chart breaks its line there instead of joining across the gap
    (review19 W4); with ``by``, every group gets every period.

    >>> t = pd.DataFrame({"published": pd.to_datetime(["2026-08-03", "2026-08-05",
    ...                                                "2026-08-18"], utc=True),
    ...                   "tone": [0.2, 0.4, -0.1]})
    >>> out = mean_ci_per_period(t, "tone", warn=False)
    >>> [(f"{d:%Y-%m-%d}", n, round(m, 2)) for d, n, m in out[["period_start", "n", "mean"]].values]
    [('2026-08-03', 2, 0.3), ('2026-08-10', 0, nan), ('2026-08-17', 1, -0.1)]
    """
    from .stats import period_range, sorted_groups

    check_choice("period", period, PERIODS)
    if date not in table.columns:
        raise ParameterError(f"the table has no column {date!r}")
    dated = table.dropna(subset=[date])
    naive = pd.to_datetime(dated[date], utc=True).dt.tz_localize(None)
    starts = naive.dt.to_period(period).dt.start_time.dt.tz_localize("UTC")
    keys = ["period_start"] if by is None else ["period_start", by]
    out = mean_ci(dated.assign(period_start=starts), value, by=keys, **options)
    if not fill_empty or out.empty:
        return out
    every = period_range(out["period_start"], period)
    if by is None:
        full = pd.DataFrame({"period_start": every})
    else:
        full = pd.MultiIndex.from_product([every, sorted_groups(out[by].unique())],
                                          names=keys).to_frame(index=False)
    out = full.merge(out, on=keys, how="left")
    out["n"] = out["n"].fillna(0).astype(int)
    out["too_small"] = out["too_small"].astype("boolean").fillna(True).astype(bool)
    return out


def wilson_interval(successes: int, n: int, *, confidence: float = CONFIDENCE
                    ) -> tuple[float, float]:
    """Wilson score interval of a share ``successes / n`` (Wilson 1927; recommended over the
    normal approximation for small n by Brown, Cai & DasGupta 2001). ``(nan, nan)`` for n = 0.

    >>> tuple(round(x, 3) for x in wilson_interval(6, 13))
    (0.232, 0.709)
    """
    from statistics import NormalDist

    if n <= 0:
        return (float("nan"), float("nan"))
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def interval_digits(row) -> int:
    """The decimals :func:`describe_interval` gives ``row``: 3 when its figures are all below
    :data:`SMALL_FIGURE`, else 2 (a row without an interval: 2)."""
    if pd.isna(row["mean"]) or row["too_small"]:
        return 2
    figures = [row["mean"], row["ci_low"], row["ci_high"]]
    return 2 if max(abs(float(v)) for v in figures) >= SMALL_FIGURE else 3


def describe_interval(row, *, signed: bool = True, digits: int | None = None) -> str:
    """``+0.12 (95% interval +0.05 to +0.19, n = 40)`` or ``+0.12 (n = 3, too few for an
    interval)``; ``signed=False`` for a figure that cannot be negative (a count, rate or
    share: ``3.80`` reads better than ``+3.80``).

    Figures below 0.1 get three decimals, so that an interval's bounds read apart when they
    are (0.0097 and 0.0093 would both print as +0.01); ``digits`` overrides that, so two
    figures compared in one sentence are printed alike.

    >>> describe_interval({"mean": 0.123, "ci_low": 0.05, "ci_high": 0.19, "n": 40,
    ...                    "too_small": False})
    '+0.12 (95% interval +0.05 to +0.19, n = 40)'
    >>> describe_interval({"mean": 0.02, "ci_low": 0.0097, "ci_high": 0.04, "n": 17,
    ...                    "too_small": False})
    '+0.020 (95% interval +0.010 to +0.040, n = 17)'
    >>> describe_interval({"mean": 3.8, "ci_low": 2.25, "ci_high": 5.31, "n": 17,
    ...                    "too_small": False}, signed=False)
    '3.80 (95% interval 2.25 to 5.31, n = 17)'
    >>> describe_interval({"mean": float("nan"), "n": 0, "too_small": True})
    'no value (n = 0)'
    >>> describe_interval({"mean": 0.0, "ci_low": 0.0, "ci_high": 0.0, "n": 16,
    ...                    "too_small": False}, signed=False)
    '0.000 (n = 16, every value the same, so the bootstrap gives no interval)'
    """
    sign = "+" if signed else ""
    if pd.isna(row["mean"]):
        return f"no value (n = {row['n']})"
    if row["too_small"]:
        return f"{row['mean']:{sign}.{digits or 2}f} (n = {row['n']}, too few for an interval)"
    d = digits or interval_digits(row)
    while d < 4 and any(float(v) != 0 and round(float(v), d) == 0
                        for v in (row["mean"], row["ci_low"], row["ci_high"])):
        d += 1  # (a bound of 0.0003 is not printed as +0.000; review 22)
    if float(row["ci_low"]) == float(row["ci_high"]):
        # (a zero-width interval is not certainty: every value is the same, so resampling
        # has no spread to show; review19 E1)
        return (f"{row['mean']:{sign}.{d}f} (n = {row['n']}, every value the same, so the "
                "bootstrap gives no interval)")
    return (f"{row['mean']:{sign}.{d}f} ({CONFIDENCE:.0%} interval {row['ci_low']:{sign}.{d}f} "
            f"to {row['ci_high']:{sign}.{d}f}, n = {row['n']})")


#: Below this size (means and bounds of shares and tones), :func:`describe_interval` prints
#: three decimals instead of two.
SMALL_FIGURE = 0.1


def picked_pairs(groups: int) -> int:
    """The pairs two ends can be picked from among ``groups`` groups, ``k(k−1)/2``: the
    allowance a reading makes when it compares the highest with the lowest (they were picked
    *because* they are the extremes), as notebook 06 does (review 21)."""
    return max(1, groups * (groups - 1) // 2)


def widening(comparisons: int, confidence: float = CONFIDENCE, *, n: int | None = None
             ) -> float:
    """How much wider an interval is at the Bonferroni level for ``comparisons`` comparisons
    than at ``confidence`` (1 for one comparison): the ratio of the two quantiles of
    Student's t with ``n − 1`` degrees of freedom (the normal distribution without ``n``). The
    t quantiles matter: a group's interval rests on its own estimate of spread, and at 15
    articles the far tail of t is much wider than the normal's (review 21).

    >>> round(widening(1), 3), round(widening(3), 3), round(widening(28), 3)
    (1.0, 1.221, 1.594)
    >>> round(widening(28, n=15), 3)
    1.793
    """
    if comparisons <= 1:
        return 1.0
    alpha = 1 - confidence
    if n is None or n < 3:
        from statistics import NormalDist

        quantile = NormalDist().inv_cdf
    else:
        from scipy.stats import t

        def quantile(p):
            return t.ppf(p, n - 1)
    return float(quantile(1 - alpha / (2 * comparisons)) / quantile(1 - alpha / 2))


def no_spread(row) -> bool:
    """Is a :func:`mean_ci` row's interval of zero width (every value the same)? Its interval
    says nothing about the mean's uncertainty, so no difference is judged from it."""
    return float(row["ci_low"]) == float(row["ci_high"])


def difference_interval(first, second, *, comparisons: int = 1
                        ) -> tuple[float, float, float]:
    """The difference ``first − second`` of two independent groups' means and an approximate
    interval of it, built from their two intervals by the MOVER method (method of variance
    estimates recovery; Zou & Donner 2008, *Statistics in Medicine* 27:1693): each side of
    the difference's interval is the root of the sum of squares of the matching half-widths.

    ``first`` and ``second`` are :func:`mean_ci` rows (``mean``, ``ci_low``, ``ci_high``).
    Whether the difference's interval excludes 0 is the verdict to print, not whether the
    two intervals overlap: two 95% intervals can overlap while the difference is clear
    (Schenker & Gentleman 2001). Only for independent groups (different articles): for two
    figures of the same articles use their per-article difference (e.g.
    :func:`analysis.tone.voice_gap`).

    ``comparisons`` > 1 widens both half-widths by :func:`widening` (Bonferroni): for a
    reading that picked this pair among several, e.g. the highest and lowest of k groups
    (:func:`picked_pairs`).

    >>> a = {"mean": 0.10, "ci_low": 0.06, "ci_high": 0.14}
    >>> b = {"mean": 0.00, "ci_low": -0.04, "ci_high": 0.04}
    >>> tuple(round(x, 4) for x in difference_interval(a, b))  # the intervals almost touch
    (0.1, 0.0434, 0.1566)
    >>> tuple(round(x, 4) for x in difference_interval(a, b, comparisons=3))
    (0.1, 0.0309, 0.1691)
    """
    sizes = [int(r["n"]) for r in (first, second) if "n" in r and pd.notna(r["n"])]
    scale = widening(comparisons, n=min(sizes) if sizes else None)
    diff = float(first["mean"]) - float(second["mean"])
    below = scale * math.hypot(float(first["mean"]) - float(first["ci_low"]),
                               float(second["ci_high"]) - float(second["mean"]))
    above = scale * math.hypot(float(first["ci_high"]) - float(first["mean"]),
                               float(second["mean"]) - float(second["ci_low"]))
    return (diff, diff - below, diff + above)


def difference_digits(*values: float) -> int:
    """Decimals to print a difference and its interval with: 2 (3 when every figure is below
    0.1), and more, up to 4, while a figure that is not 0 would print as 0 (an interval
    "0.00 to 0.13" next to "unlikely to be chance" reads as a contradiction).

    >>> difference_digits(0.3, 0.16, 0.44), difference_digits(0.053, 0.003, 0.127)
    (2, 3)
    >>> difference_digits(0.038, -0.0004, 0.077)
    4
    """
    digits = 3 if max(abs(v) for v in values) < SMALL_FIGURE else 2
    while digits < 4 and any(v != 0 and round(v, digits) == 0 for v in values):
        digits += 1
    return digits
