"""Accuracy of the sourcing analyzer on PolNeAR (attribution relations in US political news).

``python -m analysis.evaluate sourcing [--data PATH] [--limit N] [--half even|odd] [--agreement]
[--errors missed|false|source]``

PolNeAR (Newell, Margolin & Ruths 2018) annotates every attribution as a Source, a Cue and a
Content span (brat standoff: ``T`` lines with character offsets, ``E`` lines tying one
attribution's spans together). Some articles were annotated by several people; we score each
article against **one annotator: the first listed in ``metadata.tsv``'s ``annotators`` column**
that has a file (so no attribution is counted twice and no annotator is favoured by choice).

Scores:

* **content spans**: each predicted attribution's quote span (``quote_start``/``quote_end``) is
  matched one-to-one, greedily by overlap, to a gold Content span; a pair matches when the
  overlap — characters in common divided by the length of the *longer* span — reaches the
  threshold (0.3, the Gender Gap Tracker's lenient criterion, and 0.8, near-exact). Precision,
  recall and F1 over all articles (micro-averaged).
* **source accuracy**: among contents matched at 0.3, the share whose predicted speaker span
  overlaps the gold Source span by at least :data:`SOURCE_OVERLAP` (same measure). A gold
  attribution without a Source ("Attribution-no-source") counts as correct when we also give
  no speaker.

Partial quotes with no speaker (scare quotes) are not attributions in PolNeAR's sense and are
left out of the predictions. PolNeAR ties one content to one cue, so a quotation that continues
the previous speaker without a cue of its own (``“A,” he said. “B.”``) is one attribution there
whose content runs from “A” to “B”; :func:`polnear_units` joins our continuation rows to the
row they continue before scoring, and drops a partial quote that lies inside another predicted
content (PolNeAR does not annotate it separately).

``--half even`` scores only the even-numbered articles (0th, 2nd, … in ``metadata.tsv`` order,
:func:`half`), the development half from which the rule rounds since the fifth take their
evidence; ``--half odd`` the other half, which is only scored, never read for errors.

``--errors missed`` (``false``, ``source``) lists the missed gold attributions (false rows,
wrong speakers) at overlap 0.3 as tab-separated lines, for error analysis on the even half.

``--agreement`` also scores the annotators against each other with the same measures, on the
articles that several people annotated: every ordered pair (one annotator's attributions as
the gold, another's as the prediction), so the extractor's figures can be read against how far
two careful humans agree on the same text.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import time
from pathlib import Path

from . import devdata_path, prf

#: Overlap thresholds for content spans (intersection / longer span).
THRESHOLDS = (0.3, 0.8)
#: A predicted speaker matches the gold source at this overlap (the lenient content criterion).
SOURCE_OVERLAP = 0.3
DATASET = "polnear-train"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters in common divided by the length of the longer span.

    >>> overlap((0, 10), (5, 10)), overlap((0, 4), (4, 8))
    (0.5, 0.0)
    """
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return inter / longer if inter > 0 and longer > 0 else 0.0


def read_ann(path: Path, *, cues: bool = False) -> list[dict]:
    """Gold attributions of one .ann file: ``{"content": (s, e), "source": (s, e) | None}``,
    and ``"cue": (s, e) | None`` too when ``cues`` (for :func:`errors`).

    Discontinuous spans (``0 5;9 12``) are read from their first start to their last end.
    """
    spans, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            numbers = [int(x) for x in offsets.replace(";", " ").split()]
            spans[parts[0]] = (label, (min(numbers), max(numbers)))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    gold = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if content is None:
            continue
        source = spans.get(event.get("Source", ""))
        cue = spans.get(event.get("Cue", ""))
        gold.append({"content": content[1], "source": source[1] if source else None})
        if cues:
            gold[-1]["cue"] = cue[1] if cue else None
    return gold


def load(folder: Path, limit: int | None = None, *,
         cues: bool = False) -> list[tuple[str, str, list[dict]]]:
    """``(name, text, gold)`` per article, one annotator each (see the module docstring); the
    gold holds the cue spans too when ``cues``."""
    items = []
    with open(folder / "metadata.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            name = row["filename"]
            for annotator in row["annotators"].split("|"):
                ann = folder / "attributions" / f"{name}_{annotator}.ann"
                if ann.exists():
                    text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
                    items.append((name, text, read_ann(ann, cues=cues)))
                    break
            if limit and len(items) >= limit:
                break
    return items


#: The two halves of the split (:func:`half`): even-numbered articles in ``metadata.tsv`` order
#: are the development half (errors read there), odd-numbered ones are only scored.
HALVES = ("even", "odd")


def half(items: list, which: str | None) -> list:
    """The even- or odd-numbered articles of ``items`` (``None``: all of them).

    >>> half(["a", "b", "c"], "even"), half(["a", "b", "c"], "odd")
    (['a', 'c'], ['b'])
    """
    if which is None:
        return items
    return items[HALVES.index(which)::2]


def annotations(folder: Path) -> list[tuple[str, str, dict[str, list[dict]]]]:
    """``(name, text, {annotator: gold})`` for every article with two or more annotators."""
    items = []
    with open(folder / "metadata.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            name = row["filename"]
            files = {a: folder / "attributions" / f"{name}_{a}.ann"
                     for a in row["annotators"].split("|")}
            golds = {a: read_ann(path) for a, path in files.items() if path.exists()}
            if len(golds) >= 2:
                text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
                items.append((name, text, golds))
    return items


def as_rows(gold: list[dict]) -> list[dict]:
    """One annotator's attributions in the shape of predicted rows, to score them as such.

    >>> as_rows([{"content": (10, 20), "source": None}])[0]["quote_end"]
    20
    """
    return [{"kind": "indirect", "verb": "cue", "speaker_name": str(i), "speaker_type": "person",
             "quote_start": g["content"][0], "quote_end": g["content"][1],
             "speaker_start": g["source"][0] if g["source"] else None,
             "speaker_end": g["source"][1] if g["source"] else None}
            for i, g in enumerate(gold)]


def agreement(items) -> dict:
    """Annotator against annotator: :func:`score` over every ordered pair of annotators of
    each article in ``items`` (from :func:`annotations`); the result has the same keys."""
    return score_rows((golds[a], as_rows(golds[b])) for _, _, golds in items
                      for a, b in itertools.permutations(golds, 2))


def polnear_units(rows: list[dict]) -> list[dict]:
    """Join cue-less continuation quotes to the attribution they continue (PolNeAR's unit).

    >>> rows = [dict(kind="direct", verb="said", speaker_name="A", quote_start=0, quote_end=9),
    ...         dict(kind="direct", verb="", speaker_name="A", quote_start=20, quote_end=30)]
    >>> [(r["quote_start"], r["quote_end"]) for r in polnear_units(rows)]
    [(0, 30)]
    """
    out: list[dict] = []
    rows = sorted(rows, key=lambda r: (r["quote_start"], -r["quote_end"]))
    # a partial quote inside another attribution's content is part of that content
    rows = [r for i, r in enumerate(rows) if r["kind"] != "partial" or not any(
        o["kind"] != "partial" and o["quote_start"] <= r["quote_start"]
        and r["quote_end"] <= o["quote_end"] for o in rows[max(0, i - 8):i])]
    for row in rows:
        prev = out[-1] if out else None
        if (prev is not None and row["kind"] == "direct" and not row["verb"]
                and prev["kind"] == "direct" and row["speaker_name"]
                and row["speaker_name"] == prev["speaker_name"]):
            out[-1] = {**prev, "quote_end": max(prev["quote_end"], row["quote_end"])}
            continue
        out.append(row)
    return out


def _print_figures(result: dict) -> None:
    for threshold in THRESHOLDS:
        (p, r, f), (tp, fp, fn) = result["figures"][threshold], result["counts"][threshold]
        print(f"content spans @ overlap {threshold}: precision {p:.3f}  recall {r:.3f}  "
              f"F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"source accuracy among contents matched @ {THRESHOLDS[0]}: "
          f"{result['source_accuracy']:.3f} (n = {result['source_n']})")


def score(items, predict) -> dict:
    """Match ``predict(text)`` to the gold of every ``(name, text, gold)`` article; return
    counts and the figures."""
    return score_rows((gold, predict(text)) for _, text, gold in items)


def scored_rows(rows: list[dict]) -> list[dict]:
    """The predicted rows that are scored, in PolNeAR's unit (see the module docstring)."""
    return polnear_units([
        r for r in rows
        if not (r["kind"] == "partial" and r["speaker_type"] == "unattributed")
        and r["quote_end"] > r["quote_start"]])


def match(predicted: list[dict], gold: list[dict], threshold: float) -> list[tuple[int, int]]:
    """One-to-one ``(predicted index, gold index)`` pairs, greedy by content overlap.

    >>> match([dict(quote_start=0, quote_end=10)], [{"content": (2, 10)}], 0.3)
    [(0, 0)]
    """
    pairs = sorted(((overlap((p["quote_start"], p["quote_end"]), g["content"]), i, j)
                    for i, p in enumerate(predicted) for j, g in enumerate(gold)),
                   reverse=True)
    used_p, used_g, matched = set(), set(), []
    for value, i, j in pairs:
        if value < threshold:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched.append((i, j))
    return matched


#: Kinds of error :func:`errors` lists.
ERROR_KINDS = ("missed", "false", "source")
ERROR_CONTEXT_CHARS = 80


def _clip(text: str, span: tuple[int, int] | None, limit: int = 160) -> str:
    if span is None:
        return ""
    piece = " ".join(text[span[0]:span[1]].split())
    return piece if len(piece) <= limit else piece[:limit - 1] + "…"


def errors(items, predict, kind: str = "missed") -> list[dict]:
    """The errors of ``predict`` at overlap 0.3 on ``(name, text, gold)`` articles, for reading.

    ``kind``: ``"missed"`` gold attributions no prediction matches (with their source, cue and
    content text and the words before the cue), ``"false"`` predicted rows that match no gold
    content, ``"source"`` matched contents whose speaker is wrong. Read them on the development
    half only (``--half even``).
    """
    if kind not in ERROR_KINDS:
        raise ValueError(f"kind must be one of {ERROR_KINDS}, not {kind!r}")
    out = []
    for name, text, gold in items:
        predicted = scored_rows(predict(text))
        matched = match(predicted, gold, THRESHOLDS[0])
        if kind == "missed":
            hit = {j for _, j in matched}
            for j, g in enumerate(gold):
                if j in hit:
                    continue
                anchor = g.get("cue") or g["content"]
                out.append({"article": name, "source": _clip(text, g["source"]),
                            "cue": _clip(text, g.get("cue")), "content": _clip(text, g["content"]),
                            "before": " ".join(text[max(0, anchor[0] - ERROR_CONTEXT_CHARS):
                                                    anchor[0]].split()),
                            "overlapping": any(overlap((p["quote_start"], p["quote_end"]),
                                                       g["content"]) > 0 for p in predicted)})
        elif kind == "false":
            hit = {i for i, _ in matched}
            for i, p in enumerate(predicted):
                if i not in hit:
                    out.append({"article": name, "kind": p["kind"], "verb": p["verb"],
                                "speaker": p.get("speaker", p["speaker_name"]),
                                "content": _clip(text, (p["quote_start"], p["quote_end"]))})
        else:
            for i, j in matched:
                p, g = predicted[i], gold[j]
                right = (p["speaker_start"] is None if g["source"] is None else
                         p["speaker_start"] is not None and overlap(
                             (p["speaker_start"], p["speaker_end"]), g["source"])
                         >= SOURCE_OVERLAP)
                if not right:
                    out.append({"article": name, "gold_source": _clip(text, g["source"]),
                                "speaker": p.get("speaker", p["speaker_name"]),
                                "cue": _clip(text, g.get("cue")),
                                "content": _clip(text, g["content"])})
    return out


def score_rows(pairs) -> dict:
    """:func:`score` of ``(gold, predicted rows)`` pairs, one an article."""
    counts = {t: [0, 0, 0] for t in THRESHOLDS}  # tp, fp, fn
    source_ok = source_n = 0
    for gold, rows in pairs:
        predicted = scored_rows(rows)
        for threshold in THRESHOLDS:
            matched = match(predicted, gold, threshold)
            counts[threshold][0] += len(matched)
            counts[threshold][1] += len(predicted) - len(matched)
            counts[threshold][2] += len(gold) - len(matched)
            if threshold == THRESHOLDS[0]:
                for i, j in matched:
                    p, g = predicted[i], gold[j]
                    source_n += 1
                    if g["source"] is None:
                        source_ok += p["speaker_start"] is None
                    elif p["speaker_start"] is not None and overlap(
                            (p["speaker_start"], p["speaker_end"]), g["source"]) >= SOURCE_OVERLAP:
                        source_ok += 1
    figures = {t: prf(*counts[t]) for t in THRESHOLDS}
    return {"counts": counts, "figures": figures,
            "source_accuracy": source_ok / source_n if source_n else 0.0, "source_n": source_n}


def main(argv: list[str]) -> int:
    from ..sourcing import extract

    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate sourcing",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="folder of PolNeAR (default ../shared/devdata/"
                                       f"{DATASET})")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--half", choices=HALVES, default=None,
                        help="only the even-numbered (development) or odd-numbered (scored only) "
                             "articles in metadata.tsv order")
    parser.add_argument("--agreement", action="store_true",
                        help="also score the annotators against each other, and the extractor "
                             "against each of them, on the articles several people annotated")
    parser.add_argument("--errors", choices=ERROR_KINDS, default=None,
                        help="list the errors at overlap 0.3 as tab-separated lines instead of "
                             "scoring: missed gold attributions, false rows, or wrong sources "
                             "(read them on --half even only)")
    args = parser.parse_args(argv)
    folder = devdata_path(DATASET, args.data)
    items = half(load(folder, args.limit, cues=bool(args.errors)), args.half)
    if args.errors:
        listed = errors(items, extract, args.errors)
        if listed:
            print("\t".join(listed[0]))
        for record in listed:
            print("\t".join(str(v) for v in record.values()))
        return 0
    started = time.perf_counter()
    result = score(items, extract)
    seconds = time.perf_counter() - started
    n_gold = sum(len(g) for _, _, g in items)
    which = f", {args.half}-numbered half" if args.half else ""
    print(f"Data set: PolNeAR, split: train ({folder}){which}; {len(items)} articles, {n_gold} "
          "gold attributions; one annotator per article (first listed in metadata.tsv)")
    _print_figures(result)
    print(f"(extraction and scoring took {seconds:.1f} s)")
    if args.agreement:
        multi = annotations(folder)
        n_pairs = sum(len(g) * (len(g) - 1) for _, _, g in multi)
        print(f"\nAnnotator agreement: {len(multi)} articles annotated by several people, "
              f"{n_pairs} ordered annotator pairs (one annotator as gold, another as prediction)")
        _print_figures(agreement(multi))
        print("\nThe extractor on the same articles, against each of their annotators:")
        _print_figures(score([(name, text, gold) for name, text, golds in multi
                              for gold in golds.values()], extract))
    return 0
