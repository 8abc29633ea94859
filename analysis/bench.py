"""Throughput and memory benchmark: ``python -m analysis.bench [options]``.

Builds N articles of about W words from sentences of the bundled sample (deterministic), then
measures in one process, on the same articles:

* plain VADER (``SentimentIntensityAnalyzer.polarity_scores`` on every sentence) as the
  baseline, and every figure as a ratio to it — machines are shared and noisy, so compare
  ratios, not absolute rates;
* the sentence splitter and each analyzer on its own, in this process on one core (its
  function's time inside a full run, so it sees what earlier analyzers added);
* the full ``analyze()`` on one core without cache, then with its default settings (worker
  processes on every core) on a cold cache, then the same call again on the warm cache (the
  median of three re-runs);
* peak memory of every step: each step runs once more, untimed, in a process forked from the
  benchmark after the articles were built, which reports its maximum resident set size (and,
  for the default settings, its largest worker's); the resident size at the fork is printed
  too, so a step's own share is the difference.

``--stream N`` instead writes N generated articles to a JSON Lines file and analyses it with
:func:`analysis.analyze_to_parquet` (default settings), sampling the memory of the whole
process tree (this process plus its workers) twice a second: the figure for "a million
articles in under 4 GB". ``--write-corpus PATH`` writes the generated articles (with outlets
and dates) as JSON Lines, e.g. to time ``python -m analysis report`` on 10,000 articles.

Timed unit tests are deliberately avoided; this script is the source of speed figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

import pandas as pd

from . import config
from . import text as textlib
from .corpus import load_corpus
from .errors import ParameterError
from .pipeline import ANALYZERS, Document, analyze, resolve_n_jobs


def _sample_sentences() -> tuple[list[str], list[str], list]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sample = load_corpus(config.SAMPLE_CORPUS)
    sentences = [text[s:e] for text in sample["text"] for s, e in textlib.sentence_bounds(text)]
    return sentences, sorted(sample["outlet"].unique()), sorted(sample["published"].dropna())


def iter_articles(n: int, words: int, seed: int = 0):
    """The same articles as :func:`make_articles`, one dict at a time (for huge ``n``)."""
    if n < 1 or words < 1:
        raise ParameterError("--articles and --words must be positive")
    sentences, outlets, dates = _sample_sentences()
    rng = random.Random(seed)
    for i in range(n):
        chosen, count = [], 0
        while count < words:
            sentence = rng.choice(sentences)
            chosen.append(sentence)
            count += textlib.count_words(sentence)
        yield {"id": f"bench-{i}", "outlet": outlets[i % len(outlets)],
               "published": dates[i % len(dates)].isoformat() if dates else None,
               "title": chosen[0][:80], "text": " ".join(chosen)}


def make_articles(n: int, words: int, seed: int = 0) -> pd.DataFrame:
    """``n`` articles of about ``words`` words each, from sentences of the sample collection.

    >>> articles = make_articles(3, 100)
    >>> len(articles), all(90 <= textlib.count_words(t) <= 160 for t in articles["text"])
    (3, True)
    """
    rows = list(iter_articles(n, words, seed))
    return pd.DataFrame({key: [row[key] for row in rows] for key in ("id", "outlet", "text")})


def time_analyzers(corpus: pd.DataFrame) -> dict[str, float]:
    """Seconds spent in sentence splitting and in each analyzer over the whole corpus."""
    totals = {"sentences": 0.0, **{name: 0.0 for name in ANALYZERS}}
    clock = time.perf_counter
    warm_up = Document("warm-up", corpus["text"].iloc[0],
                       textlib.split_sentences(corpus["text"].iloc[0]))
    for analyzer in ANALYZERS.values():  # one-off work (regexes compiled on first use)
        analyzer(warm_up)
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


def peak_memory_mb() -> tuple[float, float]:
    """Maximum resident set size so far, in MB: this process, and its largest child."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale)


class TreeMemory:
    """Samples the resident memory of this process plus all its children (psutil, else
    ``/proc``) every ``interval`` seconds and keeps the peak of the sum."""

    def __init__(self, interval: float = 0.5, log_every: float | None = None):
        self.interval, self.peak_mb, self._stop = interval, 0.0, threading.Event()
        self.log_every, self._started = log_every, time.perf_counter()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def current_mb() -> float:
        """Memory of the tree now: the sum of proportional set sizes (PSS: pages shared
        between the forked workers and this process counted once, split between them) where
        the platform reports it, else of resident set sizes (which count shared pages in
        every process, so overstate)."""
        try:
            import psutil
        except ImportError:
            return peak_memory_mb()[0]
        me = psutil.Process()
        total = 0
        for process in [me, *me.children(recursive=True)]:
            try:
                info = process.memory_full_info()
                total += getattr(info, "pss", info.rss)
            except psutil.Error:
                pass
        return total / 2**20

    def _run(self):
        last_log = time.perf_counter()
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, self.current_mb())
            if self.log_every and time.perf_counter() - last_log >= self.log_every:
                last_log = time.perf_counter()
                print(f"\n[memory] {last_log - self._started:,.0f} s: peak so far "
                      f"{self.peak_mb:,.0f} MB", file=sys.stderr, flush=True)
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self.peak_mb, self.current_mb())


def _vader_all(corpus: pd.DataFrame) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    for text in corpus["text"]:
        for s, e in textlib.sentence_bounds(text):
            vader.polarity_scores(text[s:e])


def _analyzers_up_to(corpus: pd.DataFrame, last: str | None) -> None:
    """Split every article and run the analyzers in order up to ``last`` (none: only split),
    one article at a time as :func:`time_analyzers` does."""
    names = list(ANALYZERS)
    chosen = names[: names.index(last) + 1] if last else []
    for article_id, text in zip(corpus["id"], corpus["text"], strict=True):
        doc = Document(article_id, text, textlib.split_sentences(text))
        for name in chosen:
            ANALYZERS[name](doc)


def in_forked_process(work) -> tuple[float, float, float]:
    """Run ``work()`` in a process forked from this one; return its maximum resident set size
    at the start and at the end and its largest child's, in MB (NaN where the platform cannot
    fork, and for the child where none ran). Errors in ``work`` are raised here."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return (float("nan"),) * 3
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def target():
        start = peak_memory_mb()[0]
        try:
            work()
        except BaseException as exc:  # (sent back as text: it may not pickle)
            send.send(f"{type(exc).__name__}: {exc}")
            return
        own, child = peak_memory_mb()
        send.send((start, own, child or float("nan")))  # (0: no child process ran)

    process = context.Process(target=target)
    process.start()
    send.close()  # so that a crashed child ends the wait below instead of blocking it
    try:
        figures = receive.recv()
    except EOFError:
        process.join()
        figures = f"the process stopped with exit code {process.exitcode}"
    process.join()
    if isinstance(figures, str):
        raise RuntimeError(f"benchmark step failed in its forked process: {figures}")
    return figures


def step_memory(corpus: pd.DataFrame) -> dict[str, tuple[float, float, float]]:
    """:func:`in_forked_process` figures of every step of :func:`run`, by step name."""
    memory = {"plain VADER (baseline)": in_forked_process(lambda: _vader_all(corpus)),
              "sentences": in_forked_process(lambda: _analyzers_up_to(corpus, None))}
    for name in ANALYZERS:
        memory[name] = in_forked_process(lambda name=name: _analyzers_up_to(corpus, name))
    with warnings.catch_warnings(), tempfile.TemporaryDirectory() as cache:
        warnings.simplefilter("ignore")
        for step, kwargs in FULL_STEPS:
            memory[step] = in_forked_process(
                lambda kwargs=kwargs: analyze(corpus, progress=False,
                                              **_with_cache(kwargs, cache)))
    return memory


#: Stands for a temporary cache folder in :data:`FULL_STEPS_TIMED`.
TEMP_CACHE = "<temporary folder>"
#: The full-analysis steps: name, keyword arguments of ``analyze`` (one temporary cache folder
#: shared by the cold run and the warm re-runs after it), timed runs (the median is taken).
FULL_STEPS_TIMED = (
    ("full analyze(), one core, no cache", dict(n_jobs=1, cache=None), 1),
    ("full analyze(), default settings, cold cache", dict(cache=TEMP_CACHE), 1),
    ("full analyze(), default settings, warm cache", dict(cache=TEMP_CACHE), 3),
)
FULL_STEPS = tuple((step, kwargs) for step, kwargs, _ in FULL_STEPS_TIMED)


def _with_cache(kwargs: dict, cache: str) -> dict:
    """``kwargs`` of a full step with :data:`TEMP_CACHE` replaced by the folder ``cache``."""
    return {k: cache if v == TEMP_CACHE else v for k, v in kwargs.items()}


def run(n: int = 500, words: int = 500, seed: int = 0, memory: bool = True) -> pd.DataFrame:
    """The benchmark table: one row per measured step with rates and the ratio to VADER, and
    with ``memory`` the peak memory of each step (:func:`step_memory`)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(make_articles(n, words, seed))  # as a notebook holds it
    total_words = sum(textlib.count_words(t) for t in corpus["text"])
    vader = time_vader(corpus)
    steps = time_analyzers(corpus)
    with warnings.catch_warnings(), tempfile.TemporaryDirectory() as cache:
        warnings.simplefilter("ignore")
        for step, kwargs, repeats in FULL_STEPS_TIMED:
            kwargs = _with_cache(kwargs, cache)
            times = []
            for _ in range(repeats):  # warm: the median of three re-runs
                tick = time.perf_counter()
                analyze(corpus, progress=False, **kwargs)
                times.append(time.perf_counter() - tick)
            steps[step] = sorted(times)[len(times) // 2]
    steps = {"plain VADER (baseline)": vader, **steps}
    rows = [{"step": step, "seconds": seconds, "articles_per_s": n / seconds,
             "words_per_s": total_words / seconds, "ratio_to_vader": vader / seconds}
            for step, seconds in steps.items() if seconds > 0]
    table = pd.DataFrame(rows)
    if memory:
        figures = step_memory(corpus)
        table["start_mb"] = [figures[step][0] for step in table["step"]]
        table["peak_mb"] = [figures[step][1] for step in table["step"]]
        table["worker_peak_mb"] = [figures[step][2] if "default settings" in step
                                   else float("nan") for step in table["step"]]
    return table


def write_articles(path, n: int, words: int, seed: int = 0) -> int:
    """Write generated articles as JSON Lines, one at a time; returns the bytes written."""
    with open(path, "w", encoding="utf-8") as handle:
        for row in iter_articles(n, words, seed):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return os.path.getsize(path)


def stream(n: int, words: int, seed: int = 0, batch_size: int | None = None,
           folder=None) -> dict[str, float]:
    """Analyse ``n`` generated articles from a file with ``analyze_to_parquet``; returns the
    seconds, rates and the peak memory of the process tree."""
    from .scale import BATCH_SIZE, analyze_to_parquet

    if folder is not None:  # (a folder named on the command line may not exist yet)
        Path(folder).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        source = Path(tmp) / "articles.jsonl"
        size = write_articles(source, n, words, seed)
        with TreeMemory(log_every=300) as memory:
            tick = time.perf_counter()
            counts = analyze_to_parquet(source, Path(tmp) / "out", progress=True,
                                        batch_size=batch_size or BATCH_SIZE)
            seconds = time.perf_counter() - tick
    return {"articles": counts["articles"], "sentences": counts["sentences"],
            "spans": counts["spans"], "input_mb": size / 2**20, "seconds": seconds,
            "articles_per_s": counts["articles"] / seconds, "peak_tree_mb": memory.peak_mb}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500, help="articles (default 500)")
    parser.add_argument("--words", type=int, default=500, help="words per article (default 500)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--stream", type=int, metavar="N",
                        help="analyse N generated articles from a file with analyze_to_parquet "
                             "and report the peak memory of the process tree")
    parser.add_argument("--batch-size", type=int, help="with --stream: articles per batch")
    parser.add_argument("--tmp", help="with --stream: folder for the generated file and output")
    parser.add_argument("--no-memory", action="store_true",
                        help="skip the untimed second pass that measures each step's peak "
                             "memory in a forked process (halves the run time)")
    parser.add_argument("--write-corpus", metavar="PATH",
                        help="only write --articles generated articles to PATH (JSON Lines)")
    args = parser.parse_args(argv)
    try:
        if args.write_corpus:
            size = write_articles(args.write_corpus, args.articles, args.words, args.seed)
            print(f"wrote {args.articles:,} articles ({size / 2**20:,.1f} MB) to "
                  f"{args.write_corpus}")
            return 0
        if args.stream:
            figures = stream(args.stream, args.words, args.seed, args.batch_size, args.tmp)
            print(f"{figures['articles']:,} generated articles of ~{args.words} words "
                  f"({figures['input_mb']:,.0f} MB of JSON Lines), analyze_to_parquet with "
                  f"default settings ({resolve_n_jobs(None)} worker processes)")
            print(f"{figures['seconds']:,.0f} s, {figures['articles_per_s']:,.0f} articles/s; "
                  f"{figures['sentences']:,} sentences, {figures['spans']:,} spans written")
            print(f"peak memory of the process tree (sum of PSS, sampled every 0.5 s): "
                  f"{figures['peak_tree_mb']:,.0f} MB")
            return 0
        table = run(args.articles, args.words, args.seed, memory=not args.no_memory)
    except ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    own, child = peak_memory_mb()
    print(f"{args.articles} generated articles of ~{args.words} words; "
          f"{resolve_n_jobs(None)} cores available")
    speed = ["step", "seconds", "articles_per_s", "words_per_s", "ratio_to_vader"]
    print(table[speed].to_string(index=False, float_format=lambda v: f"{v:,.2f}"))
    if "peak_mb" in table:
        print("\npeak memory of each step (max RSS, MB), run again untimed in a process forked "
              "from this one after the articles were built; start_mb: resident at the fork; "
              "worker_peak_mb: the largest worker process")
        memory = table[["step", "start_mb", "peak_mb", "worker_peak_mb"]]
        print(memory.to_string(index=False, na_rep="", float_format=lambda v: f"{v:,.0f}"))
    print(f"peak memory of the timed runs (max RSS): {own:,.0f} MB in this process, "
          f"{child:,.0f} MB in the largest worker")
    seconds = table.set_index("step")["seconds"]
    cold, warm = seconds[FULL_STEPS[1][0]], seconds[FULL_STEPS[2][0]]
    print(f"Ratios > 1 are faster than plain VADER on the same sentences. Warm cache re-run: "
          f"{cold / warm:,.1f}x faster than the cold run.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
