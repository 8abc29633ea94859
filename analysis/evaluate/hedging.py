"""Sentence ``hedged`` flag against human labels: ``python -m analysis.evaluate hedging``.

Data: wiki-weasel-train (CoNLL-2010 shared task, Wikipedia part: 7,363 sentences labelled
uncertain/weasel-worded = 1 or certain = 0). Each sentence is analysed on its own with the
``hedging`` analyzer; it counts as flagged when any of its sentences has ``hedged`` true.

Split: rows are numbered from 0 in file order; even rows form the **development** half (the
rules were written looking at its errors, by category, never sentence by sentence), odd rows
the **held-out** half, reported separately to show that the rules generalise.
"""

from __future__ import annotations

import argparse
import csv
import sys

from ..pipeline import analyze_document
from . import devdata_path, prf

DATASET = "wiki-weasel-train"


def load(path) -> list[tuple[str, bool, str]]:
    """(text, uncertain, split) for each row of train.csv."""
    with open(path / "train.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [(row["text"].strip(), row["label"].strip() == "1",
             "development" if i % 2 == 0 else "held-out") for i, row in enumerate(rows)]


def flagged(text: str) -> bool:
    """Whether the hedging analyzer flags any sentence of ``text`` as hedged."""
    doc = analyze_document("x", text, ["basic", "hedging"])
    return any(doc.sentence_values.get("hedged", []))


def cue_table(rows, limit: int = 40) -> list[str]:
    """Lines of a diagnostic table for the **development** half only (the held-out half is not
    read): per matched cue (lower-cased), the development sentences where it is the only hedge
    cue, uncertain (right) and certain (wrong), and all sentences holding it. A cue right in
    less than about F1 / 2 of its only-cue sentences lowers F1 (each rule is still chosen on
    linguistic grounds; the table shows where the errors are)."""
    from collections import Counter

    from ..hedging import default_matcher
    matcher = default_matcher()
    alone, anywhere = Counter(), Counter()
    for text, gold, part in rows:
        if part != "development":
            continue
        cues = {" ".join(text[s:e].lower().split())
                for s, e, kind, _ in matcher.find(text) if kind == "hedge"}
        for cue in cues:
            anywhere[cue, gold] += 1
        if len(cues) == 1:
            alone[next(iter(cues)), gold] += 1
    names = sorted({c for c, _ in anywhere},
                   key=lambda c: (-(alone[c, True] + alone[c, False]), c))[:limit]
    lines = ["Development half, per cue: sentences where it is the only hedge cue "
             "(right = labelled uncertain) and all sentences holding it.",
             f"{'cue':<28}{'only: right':>12}{'wrong':>7}{'any: right':>12}{'wrong':>7}"]
    for c in names:
        lines.append(f"{c:<28}{alone[c, True]:>12}{alone[c, False]:>7}"
                     f"{anywhere[c, True]:>12}{anywhere[c, False]:>7}")
    return lines


def error_table(rows, limit: int = 10) -> list[str]:
    """Lines listing **development** sentences that the flag gets wrong (the held-out half is
    not read): false positives grouped by the set of hedge cues that flagged them (most
    frequent group first, at most ``limit`` sentences each), then up to ``limit`` false
    negatives. For error analysis by cue word and sentence shape; rules are still chosen on
    linguistic grounds."""
    from collections import defaultdict

    from ..hedging import default_matcher
    matcher = default_matcher()
    wrong, missed = defaultdict(list), []
    for text, gold, part in rows:
        if part != "development":
            continue
        cues = sorted({" ".join(text[s:e].lower().split())
                       for s, e, kind, _ in matcher.find(text) if kind == "hedge"})
        if cues and not gold:
            wrong[" + ".join(cues)].append(text)
        elif gold and not cues:
            missed.append(text)
    lines = ["Development half, false positives by cue (flagged, labelled certain):"]
    for cue, texts in sorted(wrong.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(f"  {cue}: {len(texts)}")
        lines += [f"    - {' '.join(t.split())[:200]}" for t in texts[:limit]]
    lines.append(f"Development half, false negatives (not flagged, labelled uncertain): "
                 f"{len(missed)}")
    lines += [f"    - {' '.join(t.split())[:200]}" for t in missed[:limit]]
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate hedging",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help=f"folder of {DATASET} (default: ../shared/devdata)")
    parser.add_argument("--cues", type=int, nargs="?", const=40, default=0, metavar="N",
                        help="also print the N most frequent cues' right/wrong counts on the "
                             "development half only (default N: 40)")
    parser.add_argument("--split", choices=("both", "development", "held-out"), default="both",
                        help="which half to score (default: both)")
    parser.add_argument("--errors", type=int, nargs="?", const=10, default=0, metavar="N",
                        help="also list up to N wrongly flagged and N missed sentences per cue, "
                             "from the development half only (default N: 10)")
    args = parser.parse_args(argv)
    rows = load(devdata_path(DATASET, args.data))
    print(f"Data set: {DATASET} ({len(rows)} sentences, {sum(r[1] for r in rows)} uncertain); "
          f"metric: precision/recall/F1 of the sentence 'hedged' flag for label 1.")
    print(f"{'split':<14}{'sentences':>10}{'TP':>6}{'FP':>6}{'FN':>6}{'P':>8}{'R':>8}{'F1':>8}")
    splits = ("development", "held-out") if args.split == "both" else (args.split,)
    for split in splits:
        tp = fp = fn = n = 0
        for text, gold, part in rows:
            if part != split:
                continue
            n += 1
            pred = flagged(text)
            tp += pred and gold
            fp += pred and not gold
            fn += gold and not pred
        p, r, f1 = prf(tp, fp, fn)
        print(f"{split:<14}{n:>10}{tp:>6}{fp:>6}{fn:>6}{p:>8.3f}{r:>8.3f}{f1:>8.4f}")
    if args.cues:
        print("\n".join(["", *cue_table(rows, args.cues)]))
    if args.errors:
        print("\n".join(["", *error_table(rows, args.errors)]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
