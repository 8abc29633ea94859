"""Throughput benchmark: ``python -m analysis.bench [--articles N] [--words W] [--seed S]``.

Builds N articles of about W words from sentences of the bundled sample (deterministic), then
measures in one process, on the same articles:

* each analyzer on its own (its function's time inside a full run, so it sees what earlier
  analyzers added), and the sentence splitter;
* the full ``analyze()`` call (all analyzers plus building the tables);
* plain VADER (``SentimentIntensityAnalyzer.polarity_scores`` on every sentence) as the
  baseline, and every figure as a ratio to it — machines are shared and noisy, so compare
  ratios, not absolute rates;
* the process's peak memory (``ru_maxrss``).

Timed unit tests are deliberately avoided; this script is the source of speed figures.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import warnings

import pandas as pd

from . import config
from . import text as textlib
from .corpus import load_corpus
from .errors import ParameterError
from .pipeline import ANALYZERS, Document, analyze


def make_articles(n: int, words: int, seed: int = 0) -> pd.DataFrame:
    """``n`` articles of about ``words`` words each, from sentences of the sample collection.

    >>> articles = make_articles(3, 100)
    >>> len(articles), all(90 <= textlib.count_words(t) <= 160 for t in articles["text"])
    (3, True)
    """
    if n < 1 or words < 1:
        raise ParameterError("--articles and --words must be positive")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sample = load_corpus(config.SAMPLE_CORPUS)
    sentences = [text[s:e] for text in sample["text"] for s, e in textlib.sentence_bounds(text)]
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        chosen, count = [], 0
        while count < words:
            sentence = rng.choice(sentences)
            chosen.append(sentence)
            count += textlib.count_words(sentence)
        texts.append(" ".join(chosen))
    outlets = sorted(sample["outlet"].unique())
    return pd.DataFrame({"id": [f"bench-{i}" for i in range(n)],
                         "outlet": [outlets[i % len(outlets)] for i in range(n)],
                         "text": texts})


def time_analyzers(corpus: pd.DataFrame) -> dict[str, float]:
    """Seconds spent in sentence splitting and in each analyzer over the whole corpus."""
    totals = {"sentences": 0.0, **{name: 0.0 for name in ANALYZERS}}
    clock = time.perf_counter
    for article_id, text in zip(corpus["id"], corpus["text"], strict=True):
        tick = clock()
        doc = Document(article_id, text, textlib.split_sentences(text))
        totals["sentences"] += clock() - tick
        for name, analyzer in ANALYZERS.items():
            tick = clock()
            analyzer(doc)
            totals[name] += clock() - tick
    return totals


def time_vader(corpus: pd.DataFrame) -> float:
    """Seconds plain VADER takes to score every sentence (sentences split beforehand)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    sentences = [text[s:e] for text in corpus["text"] for s, e in textlib.sentence_bounds(text)]
    tick = time.perf_counter()
    for sentence in sentences:
        vader.polarity_scores(sentence)
    return time.perf_counter() - tick


def run(n: int = 500, words: int = 500, seed: int = 0) -> pd.DataFrame:
    """The benchmark table: one row per measured step with rates and the ratio to VADER."""
    corpus = make_articles(n, words, seed)
    total_words = sum(textlib.count_words(t) for t in corpus["text"])
    vader = time_vader(corpus)
    steps = time_analyzers(corpus)
    tick = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analyze(corpus, progress=False)
    steps["full analyze()"] = time.perf_counter() - tick
    steps = {"plain VADER (baseline)": vader, **steps}
    rows = [{"step": step, "seconds": seconds, "articles_per_s": n / seconds,
             "words_per_s": total_words / seconds, "ratio_to_vader": vader / seconds}
            for step, seconds in steps.items() if seconds > 0]
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500, help="articles (default 500)")
    parser.add_argument("--words", type=int, default=500, help="words per article (default 500)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    try:
        table = run(args.articles, args.words, args.seed)
    except ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.articles} generated articles of ~{args.words} words, one process, one core")
    print(table.to_string(index=False, float_format=lambda v: f"{v:,.2f}"))
    print(f"peak memory (max RSS): {peak_mb:,.0f} MB")
    print("Ratios > 1 are faster than plain VADER on the same sentences. No result cache "
          "exists yet, so there is no warm-cache figure.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
