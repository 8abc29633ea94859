"""Sentence tone against human polarity labels: ``python -m analysis.evaluate tone``.

Data: NewsMTSC (Hamborg & Donnay 2021), the ``newsmtsc-train`` development copy in
``../shared/devdata``: news sentences with the polarity a human coder gave each named target
(2.0 negative, 4.0 neutral, 6.0 positive).

**Sentence label.** NewsMTSC labels targets, not sentences. A sentence takes its targets'
label when they agree; when they disagree, a polar label beats neutral (a sentence that is
negative toward one target and neutral toward another carries negative tone); a sentence whose
targets are labelled both negative and positive has no single tone and is left out (counted in
the output).

**Splits.** Sentences are split by a hash of their ``primary_gid`` (SHA-1, even → ``dev``,
odd → ``held-out``), so the split is fixed and independent of file order. The one calibrated
number, :data:`analysis.tone.POSITIVE_THRESHOLD`, was chosen on ``dev`` only; nothing was fitted to
``held-out``. The domain lexicon was written from news vocabulary, not mined from this data;
the categories of its news-neutral words were chosen after reading errors on ``dev`` only.

**Target tone.** NewsMTSC's real unit is a (sentence, target) pair. The second table labels
every target (its own polarity, no merging) twice: with the sentence tone of its sentence, and
with :func:`analysis.tone.target_tone` (quotations that do not contain the target left out),
both with the full method's thresholds, plus plain VADER on the sentence as the baseline.

**Printed**: for each split, macro-F1 over the three labels of plain VADER (raw text, VADER's
±0.05 convention), of each adaptation added to plain VADER on its own, of the full
``tone_label``, of the full method with each adaptation removed, and of the full method scoring
only the text outside quotation marks (reported speech left out; tried, not adopted); then
per-label precision,
recall and F1 for plain VADER and the full method on ``held-out``; then, as diagnostics for
choosing changes, the full method's confusion matrix and a calibration table (share of each
gold label per score bin) on ``dev`` only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter

from ..tone import (
    LABELS,
    NEGATIVE_THRESHOLD,
    POSITIVE_THRESHOLD,
    VADER_THRESHOLD,
    ToneScorer,
    label_tone,
    target_tone,
)
from . import devdata_path, prf

DATA_SET = "newsmtsc-train"
POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
SPLITS = ("dev", "held-out", "all")

VADER = (-VADER_THRESHOLD, VADER_THRESHOLD)
OURS = (NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD)

#: (name, scorer options, thresholds) — plain VADER, each adaptation alone, the full method,
#: the full method minus each adaptation.
PLAIN = dict(normalize=False, neutralize_hedges=False, domain_lexicon=False, news_neutral=False,
             shift_opposed=False, negation_scope=False)

#: (name, scorer options, thresholds) — plain VADER, each adaptation alone, the full method,
#: the full method minus each adaptation, and reported-speech handling (tried, not adopted).
VARIANTS = [
    ("plain VADER (±0.05)", PLAIN, VADER),
    ("+ typography only", {**PLAIN, "normalize": True}, VADER),
    ("+ hedges neutral only", {**PLAIN, "neutralize_hedges": True}, VADER),
    ("+ news event words only", {**PLAIN, "domain_lexicon": True}, VADER),
    ("+ news-neutral words only", {**PLAIN, "news_neutral": True}, VADER),
    ("+ opposing verbs only", {**PLAIN, "shift_opposed": True}, VADER),
    ("+ negated beliefs only", {**PLAIN, "negation_scope": True}, VADER),
    ("+ threshold only", PLAIN, OURS),
    ("tone_label (all seven)", dict(), OURS),
    ("  all but typography", dict(normalize=False), OURS),
    ("  all but hedges", dict(neutralize_hedges=False), OURS),
    ("  all but event words", dict(domain_lexicon=False), OURS),
    ("  all but news-neutral", dict(news_neutral=False), OURS),
    ("  all but opposing verbs", dict(shift_opposed=False), OURS),
    ("  all but negated beliefs", dict(negation_scope=False), OURS),
    ("  all but threshold", dict(), VADER),
    ("  all + quotes left out", dict(drop_quotes=True), OURS),
]
FULL = "tone_label (all seven)"


def sentence_label(polarities) -> str | None:
    """The sentence label from its targets' polarities (``None`` = mixed, left out).

    >>> [sentence_label(p) for p in ([4.0], [2.0, 4.0], [6.0, 6.0], [2.0, 6.0])]
    ['neutral', 'negative', 'positive', None]
    """
    polar = {POLARITY[p] for p in polarities} - {"neutral"}
    if len(polar) > 1:
        return None
    return polar.pop() if polar else "neutral"


def split_of(gid: str) -> str:
    """``dev`` or ``held-out``, from a hash of the sentence id."""
    return "dev" if int(hashlib.sha1(gid.encode("utf-8")).hexdigest(), 16) % 2 == 0 \
        else "held-out"


def load(path) -> tuple[list[tuple[str, str, str]], int]:
    """``(text, label, split)`` rows and the number of mixed sentences left out."""
    rows, mixed = [], 0
    with open(path / "train.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            label = sentence_label([t["polarity"] for t in record["targets"]])
            if label is None:
                mixed += 1
                continue
            rows.append((record["sentence_normalized"], label, split_of(record["primary_gid"])))
    return rows, mixed


def load_targets(path) -> list[tuple[str, int, int, str, str]]:
    """``(sentence, from, to, label, split)`` for every target of every sentence."""
    rows = []
    with open(path / "train.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            split = split_of(record["primary_gid"])
            for target in record["targets"]:
                rows.append((record["sentence_normalized"], target["from"], target["to"],
                             POLARITY[target["polarity"]], split))
    return rows


def per_label(gold, predicted) -> dict[str, tuple[float, float, float]]:
    """Precision, recall, F1 for each label."""
    out = {}
    for label in LABELS:
        pairs = list(zip(gold, predicted, strict=True))
        tp = sum(g == label and p == label for g, p in pairs)
        fp = sum(g != label and p == label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        out[label] = prf(tp, fp, fn)
    return out


def confusion(gold, predicted) -> dict[str, Counter]:
    """Gold label → counts of predicted labels.

    >>> confusion(["negative", "neutral", "neutral"], ["negative", "negative", "neutral"])
    {'negative': Counter({'negative': 1}), 'neutral': Counter({'negative': 1, 'neutral': 1}), \
'positive': Counter()}
    """
    table = {label: Counter() for label in LABELS}
    for g, p in zip(gold, predicted, strict=True):
        table[g][p] += 1
    return table


#: Upper edges of the calibration table's score bins (the last bin runs to +1): around the two
#: thresholds; a score of exactly 0 (no lexicon word) is a bin of its own.
SCORE_BINS = (-0.6, -0.4, -0.2, NEGATIVE_THRESHOLD, 0.0, 0.1, 0.2, POSITIVE_THRESHOLD, 0.45, 0.6,
              1.0)


def score_bin(score: float) -> str:
    """The calibration bin of a score: ``"0"`` or ``"(low, high]"`` from :data:`SCORE_BINS`
    (the bin below 0 is open at 0).

    >>> [score_bin(x) for x in (-1.0, -0.05, -0.01, 0.0, 0.01, 0.3)]
    ['[-1.00, -0.60]', '(-0.20, -0.05]', '(-0.05, 0.00)', '0', '(0.00, 0.10]', '(0.20, 0.30]']
    """
    if score == 0:
        return "0"
    low = -1.0
    for high in SCORE_BINS:
        if score <= high:
            return f"{'[' if low == -1.0 else '('}{low:.2f}, {high:.2f}{')' if high == 0 else ']'}"
        low = high
    return f"({low:.2f}, 1.00]"


def score_bins(gold, scores) -> dict[str, Counter]:
    """Calibration table: score bin (in order, see :func:`score_bin`) → gold-label counts.

    >>> score_bins(["negative", "neutral", "neutral"], [-0.9, 0.0, 0.0])
    {'[-1.00, -0.60]': Counter({'negative': 1}), '0': Counter({'neutral': 2})}
    """
    table: dict[str, Counter] = {}
    for g, x in sorted(zip(gold, scores, strict=True), key=lambda pair: pair[1]):
        table.setdefault(score_bin(x), Counter())[g] += 1
    return table


def macro_f1(gold, predicted) -> float:
    """Unweighted mean of the three labels' F1.

    >>> round(macro_f1(["negative", "neutral", "positive"], ["negative", "neutral", "neutral"]), 3)
    0.556
    """
    return sum(f for _, _, f in per_label(gold, predicted).values()) / len(LABELS)


def _print_macro_f1(header: str, gold: list, splits: list, predicted: dict) -> None:
    """One row per method, one macro-F1 column per split (``all`` = every row)."""
    print(f"{header:<26}" + "".join(f"{s:>10}" for s in SPLITS))
    for name, labels in predicted.items():
        line = f"{name:<26}"
        for split in SPLITS:
            keep = [i for i, s in enumerate(splits) if split == "all" or s == split]
            line += f"{macro_f1([gold[i] for i in keep], [labels[i] for i in keep]):>10.3f}"
        print(line)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate tone",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--data", help=f"folder of {DATA_SET} (default: ../shared/devdata)")
    args = parser.parse_args(argv)
    rows, mixed = load(devdata_path(DATA_SET, args.data))
    counts = Counter(label for _, label, _ in rows)
    print(f"Data set: {DATA_SET} (NewsMTSC train, Hamborg & Donnay 2021); {len(rows)} sentences "
          f"({', '.join(f'{counts[lab]} {lab}' for lab in LABELS)}); {mixed} with both "
          f"negative and positive targets left out.")
    print("Splits: dev = even SHA-1 of primary_gid (threshold chosen here), "
          "held-out = odd (checks it).")
    scores_cache: dict[tuple, list[float]] = {}
    results: dict[str, dict[str, list[str]]] = {}
    for name, options, threshold in VARIANTS:
        key = tuple(sorted(options.items()))
        if key not in scores_cache:
            scorer = ToneScorer(**options)
            scores_cache[key] = [scorer.score(text) for text, _, _ in rows]
        low, high = threshold
        results[name] = [label_tone(s, negative=low, positive=high)
                         for s in scores_cache[key]]
    print(f"\nMacro-F1 over negative/neutral/positive; full method labels negative at <= "
          f"{NEGATIVE_THRESHOLD}, positive at >= {POSITIVE_THRESHOLD}")
    _print_macro_f1("variant", [r[1] for r in rows], [r[2] for r in rows],
                    {name: results[name] for name, _, _ in VARIANTS})
    targets = load_targets(devdata_path(DATA_SET, args.data))
    plain, full = ToneScorer(**VARIANTS[0][1]), ToneScorer()
    by_target = {
        "plain VADER, sentence": [label_tone(plain.score(t), negative=VADER[0], positive=VADER[1])
                                  for t, _, _, _, _ in targets],
        "sentence tone": [label_tone(full.score(t)) for t, _, _, _, _ in targets],
        "target_tone": [label_tone(target_tone(t, a, b)) for t, a, b, _, _ in targets],
    }
    print(f"\nTarget tone: {len(targets)} (sentence, target) pairs, each with its own label; "
          "macro-F1")
    _print_macro_f1("labelled with", [t[3] for t in targets], [t[4] for t in targets],
                    by_target)
    for name in (VARIANTS[0][0], FULL):
        for split in ("held-out",):
            keep = [i for i, r in enumerate(rows) if r[2] == split]
            table = per_label([rows[i][1] for i in keep], [results[name][i] for i in keep])
            print(f"\n{name.strip()} on {split} (n = {len(keep)}):")
            for label, (p, r, f) in table.items():
                print(f"  {label:<9} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    # Diagnostics for choosing changes: the dev half only (the held-out half is for reporting).
    dev = [i for i, r in enumerate(rows) if r[2] == "dev"]
    full_scores = scores_cache[()]
    gold_dev = [rows[i][1] for i in dev]
    print(f"\n{FULL} on dev (n = {len(dev)}): confusion matrix, rows = gold label")
    print(f"  {'gold':<9}" + "".join(f"{label:>10}" for label in LABELS) + "     total")
    for label, counts in confusion(gold_dev, [results[FULL][i] for i in dev]).items():
        print(f"  {label:<9}" + "".join(f"{counts[p]:>10}" for p in LABELS)
              + f"{sum(counts.values()):>10}")
    print(f"\nCalibration on dev: share of each gold label per score bin ({FULL})")
    print(f"  {'score':<16}{'n':>6}" + "".join(f"{label:>10}" for label in LABELS))
    for name, counts in score_bins(gold_dev, [full_scores[i] for i in dev]).items():
        n = sum(counts.values())
        print(f"  {name:<16}{n:>6}" + "".join(f"{counts[label] / n:>10.2f}" for label in LABELS))
    return 0
