"""Reprint detection against hand labels: ``python -m analysis.evaluate reuse [--data PATH]``.

Data: a collection whose ``reprint_of`` column names, for each article that reprints another,
the id of the original (the bundled sample by default: its three Daily Lantern reprints of
Meridian Wire copy were written and labelled by this team). Every article is scored; there is
no split, and :data:`analysis.reuse.REPRINT_CONTAINMENT` was chosen with this sample in view,
so the figure is a check, not a held-out estimate.
"""

from __future__ import annotations

import argparse

from ..config import SAMPLE_CORPUS
from ..corpus import load_corpus
from ..reuse import find_reuse, mark_reprints, reprint_accuracy


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate reuse")
    parser.add_argument("--data", default=str(SAMPLE_CORPUS),
                        help="collection with a reprint_of column (default: the sample)")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.data)
    if "reprint_of" not in corpus.columns:
        print(f"error: {args.data} has no reprint_of column")
        return 2
    found = find_reuse(corpus)
    scores = reprint_accuracy(mark_reprints(corpus, found.pairs))
    n_labelled = int(corpus["reprint_of"].notna().sum())
    print(f"data set: {args.data} ({len(corpus)} articles, {n_labelled} labelled reprints); "
          "split: all (no held-out part)")
    print(f"reprints: tp={scores['tp']} fp={scores['fp']} fn={scores['fn']}  "
          f"precision={scores['precision']:.3f} recall={scores['recall']:.3f} "
          f"F1={scores['f1']:.3f}")
    counts = found.pairs["kind"].value_counts()
    print("pairs found: " + ", ".join(f"{k}={counts.get(k, 0)}"
                                      for k in ("reprint", "rewrite", "shared_passages")))
    return 0
