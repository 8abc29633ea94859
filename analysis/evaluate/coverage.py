"""``python -m analysis.evaluate coverage [--samples N]``: how often the suite's "95%" interval
of a mean holds the true mean, by simulation.

Invented populations of the shapes per-article news metrics take — a roughly normal score, a
skewed positive rate, and a rate that is zero in most articles (a rare frame, boosters) — are
sampled at the group sizes of a newsroom's outlets (10, 16, 30, 100 articles), and each sample's
interval (:func:`analysis.uncertainty.bootstrap_ci`, the expanded BCa interval the notebooks
print, and the plain percentile interval for comparison) is checked against the population's
mean. Seeded: every run prints the same table. With ``--samples 1000`` (the default) each
coverage figure is within about ±0.014 of the method's true coverage; one run takes about 40 s.
"""

from __future__ import annotations

import argparse
import warnings

import numpy as np

from ..uncertainty import bootstrap_ci

#: Group sizes simulated (articles per outlet).
SIZES = (10, 16, 30, 100)
#: Interval methods compared (:func:`analysis.uncertainty.bootstrap_ci`'s ``method``).
METHODS = ("percentile", "bca-expanded")


def _populations() -> dict:
    """name -> (draw(rng, n), true mean)."""
    return {
        "normal-ish, N(0, 0.1)": (lambda r, n: r.normal(0.0, 0.1, n), 0.0),
        "skewed, exponential(1)": (lambda r, n: r.exponential(1.0, n), 1.0),
        "zero-heavy, 70% zeros else exponential(5)": (
            lambda r, n: np.where(r.random(n) < 0.7, 0.0, r.exponential(5.0, n)), 1.5),
    }


def coverage(samples: int = 1000, sizes=SIZES) -> list[dict]:
    """One row per population and group size: the share of ``samples`` simulated samples whose
    interval holds the true mean, per method."""
    rows = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, (draw, mean) in _populations().items():
            for n in sizes:
                rng = np.random.default_rng(7000 + n)
                hits = dict.fromkeys(METHODS, 0)
                for _ in range(samples):
                    values = draw(rng, n)
                    for method in METHODS:
                        low, high = bootstrap_ci(values, method=method)
                        hits[method] += low <= mean <= high
                rows.append({"population": name, "n": n,
                             **{m: hits[m] / samples for m in METHODS}})
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate coverage",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=1000,
                        help="simulated samples per population and size (default 1000)")
    args = parser.parse_args(argv)
    if args.samples < 1:
        parser.error("--samples must be at least 1")
    half = 2 * np.sqrt(0.95 * 0.05 / args.samples)
    print(f"Coverage of the 95% interval of a mean: {args.samples} samples per cell, each "
          f"figure within about ±{half:.3f} (2 standard errors).")
    print(f"{'population':44s} {'n':>4s} {'percentile':>11s} {'expanded BCa':>13s}")
    for row in coverage(args.samples):
        print(f"{row['population']:44s} {row['n']:4d} {row['percentile']:11.3f} "
              f"{row['bca-expanded']:13.3f}", flush=True)
    return 0
