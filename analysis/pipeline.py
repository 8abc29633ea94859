"""The analysis entry point: ``analyze(corpus) -> Analysis``.

Each article is analysed on its own (pure, independent work) into a :class:`Document` that
collects four kinds of output, which :func:`analyze` then stacks into four tidy tables:

* ``articles`` — one row per input article, always (empty articles included), holding the
  corpus metadata (everything but the text) and every per-article metric;
* ``sentences`` — ``article_id, index, start, end, text`` plus per-sentence columns that
  analyzers add (tone, voice, hedged…);
* ``attributions`` — one row per attributed statement (filled by the sourcing analyzer);
* ``spans`` — ``article_id, start, end, kind, label, text, weight``: the evidence behind every
  number, with ``text == article_text[start:end]``; ``weight`` is what the span counts for in
  the metric it feeds (a frame cue's lexicon weight, 1, 0.5 or 0.25; 1.0 for every other
  kind), so that a weighted rate can be rebuilt from its spans.

Analyzers plug in through :data:`ANALYZERS`: a name mapped to a function
``fn(doc: Document) -> None`` that reads ``doc.text`` and ``doc.sentences`` (and what earlier
analyzers added) and adds metrics, spans, attributions and sentence columns. Adding an
analyzer changes none of the tables' existing columns.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from tqdm import tqdm  # plain text bar: works in terminals, notebooks and HTML reports alike

from . import config
from . import text as textlib
from .corpus import SCHEMA, load_corpus
from .errors import ParameterError, check_choice
from .framing import framing
from .hedging import hedging
from .sourcing import sourcing
from .tone import tone

SENTENCE_COLUMNS = ("article_id", "index", "start", "end", "text")
SPAN_COLUMNS = ("article_id", "start", "end", "kind", "label", "text", "weight")
#: The ``weight`` of a span whose analyzer gives it none: it counts once (every kind but
#: ``frame_cue``, whose weight is its lexicon row's; see :class:`Document`).
DEFAULT_SPAN_WEIGHT = 1.0
#: Columns every attribution row has (the sourcing analyzer fills them).
ATTRIBUTION_COLUMNS = (
    "article_id", "kind", "quote_start", "quote_end", "quote", "speaker", "speaker_start",
    "speaker_end", "speaker_name", "speaker_type", "verb", "verb_stance", "via", "hedged",
)
#: Below this many articles a progress bar is not worth drawing.
PROGRESS_MIN_ARTICLES = 200
#: Set to ``off`` (the report does, for its notebook kernels), the default ``progress=None``
#: draws no bar: a bar is for someone watching, and a published page is not.
PROGRESS_ENV = "MEDIA_ANALYSIS_PROGRESS"
#: Articles per chunk by default: big enough that handing a chunk to a worker costs little
#: next to analysing it (~0.5-2 s of work), small enough to bound memory and show progress.
CHUNK_SIZE = 500
#: Below this many articles to analyse, worker processes are not started: starting them and
#: shipping results back costs more than the second core saves (measured with bench.py).
PARALLEL_MIN_ARTICLES = 300
#: Chunks per worker, at least, so that a slow chunk does not leave the other cores idle.
CHUNKS_PER_WORKER = 4
#: Smallest chunk made when splitting work between workers.
MIN_CHUNK = 50
#: The per-article tables of an analysis, in the order they are stored and written.
TABLES = ("articles", "sentences", "spans", "attributions")
#: Where the per-chunk work runs.
ENGINES = ("local", "dask")


@dataclass
class Document:
    """One article while it is analysed. Analyzers read ``text``/``sentences`` and add output."""

    id: str
    text: str
    sentences: list[textlib.Sentence]
    metrics: dict[str, object] = field(default_factory=dict)
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    #: The weight of ``spans[i]``, by position ``i``, for the spans that carry one (the framing
    #: analyzer's cues); a span not listed weighs :data:`DEFAULT_SPAN_WEIGHT`. Kept apart from
    #: the span tuples, which every analyzer reads as ``(start, end, kind, label)``; spans are
    #: only ever appended, so a position keeps naming the same span.
    span_weights: dict[int, float] = field(default_factory=dict)
    attributions: list[dict] = field(default_factory=list)
    sentence_values: dict[str, list] = field(default_factory=dict)
    #: The article's outlet, when known: the sourcing analyzer does not count what someone
    #: "told the Lantern" as relayed when the article is the Lantern's own.
    outlet: str | None = None

    def add_span(self, start: int, end: int, kind: str, label: str = "",
                 weight: float = DEFAULT_SPAN_WEIGHT) -> None:
        """Record evidence ``text[start:end]``; offsets must lie inside the text. ``weight``
        is what the span counts for in its metric (default :data:`DEFAULT_SPAN_WEIGHT`)."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside article {self.id!r} "
                             f"of length {len(self.text)}")
        if weight != DEFAULT_SPAN_WEIGHT:
            self.span_weights[len(self.spans)] = float(weight)
        self.spans.append((start, end, kind, label))

    def weights(self) -> list[float]:
        """The weight of every span, in ``spans`` order (see :attr:`span_weights`).

        >>> doc = Document("a", "It may rain.", [])
        >>> doc.add_span(3, 6, "hedge", "modal"); doc.add_span(7, 11, "frame_cue", "x", 0.5)
        >>> doc.weights()
        [1.0, 0.5]
        """
        weights = [DEFAULT_SPAN_WEIGHT] * len(self.spans)
        for position, weight in self.span_weights.items():
            if position < len(weights):
                weights[position] = weight
        return weights

    def set_sentence_column(self, name: str, values: Sequence) -> None:
        """Add a per-sentence column; ``values`` has one entry per sentence."""
        if len(values) != len(self.sentences):
            raise ValueError(f"{name}: {len(values)} values for {len(self.sentences)} sentences")
        self.sentence_values[name] = list(values)


class _FunctionWordTable(dict):
    """``table[word]``: whether ``word.lower()`` is in :data:`textlib.ENGLISH_FUNCTION_WORDS`,
    computed once per distinct word as written and kept."""

    def __missing__(self, word: str) -> bool:
        value = self[word] = word.lower() in textlib.ENGLISH_FUNCTION_WORDS
        return value


_FUNCTION_WORD_OF = _FunctionWordTable()
#: Distinct words kept in ``_FUNCTION_WORD_OF`` before it is emptied (bounds its memory to a
#: few MB; a news collection's working vocabulary is far smaller, so it is rarely emptied).
MAX_CACHED_WORDS = 100_000


def basic(doc: Document) -> None:
    """Length and structure: ``n_chars``, ``n_words``, ``n_sentences``, ``n_paragraphs``,
    ``is_empty``, ``english_share`` and ``looks_english``; and ``n_words`` per sentence."""
    text, find = doc.text, textlib.WORD_RE.findall
    # a word never crosses a sentence boundary (sentences end at white space and only white
    # space lies between them), so the words of the sentences are the words of the text
    per_sentence = [find(text, s.start, s.end) for s in doc.sentences]
    tokens = [token for words in per_sentence for token in words]
    # (a word's answer looked up by the word as written: no lower-cased copy of every word)
    if len(_FUNCTION_WORD_OF) > MAX_CACHED_WORDS:
        _FUNCTION_WORD_OF.clear()
    english = (sum(map(_FUNCTION_WORD_OF.__getitem__, tokens)) / len(tokens)
               if tokens else 0.0)
    doc.metrics.update(
        n_chars=len(text),
        n_words=len(tokens),
        n_sentences=len(doc.sentences),
        n_paragraphs=len(textlib.paragraph_bounds(text)),
        is_empty=not text.strip(),
        english_share=english,
        looks_english=english >= textlib.ENGLISH_SHARE_MIN,
    )
    doc.set_sentence_column("n_words", [len(words) for words in per_sentence])


#: Analyzers in the order they run (later ones may read what earlier ones added).
ANALYZERS: dict[str, Callable[[Document], None]] = {
    "basic": basic,
    "hedging": hedging,
    "framing": framing,
    "sourcing": sourcing,
    "tone": tone,
}


def analyze_document(article_id: str, text: str, analyzers: Iterable[str],
                     runners: dict[str, Callable[[Document], None]] | None = None,
                     outlet: str | None = None) -> Document:
    """Run the named analyzers on one article and return its :class:`Document`.

    ``runners`` maps a name to the (configured) analyzer to use instead of ``ANALYZERS[name]``;
    ``outlet`` is the article's outlet (see :attr:`Document.outlet`).
    """
    doc = Document(article_id, text, textlib.split_sentences(text), outlet=outlet)
    for name in analyzers:
        (runners or ANALYZERS).get(name, ANALYZERS[name])(doc)
    return doc


def configured_analyzers(chosen: Sequence[str],
                         options: dict[str, dict] | None) -> dict[str, Callable]:
    """The analyzer to run for each chosen name, with its ``options`` applied.

    An analyzer that takes options has a ``configure(**options)`` method returning a new,
    configured analyzer (for example :class:`analysis.framing.FramingAnalyzer`).
    """
    runners = {name: ANALYZERS[name] for name in chosen}
    for name, opts in (options or {}).items():
        if name not in runners:
            raise ParameterError(f"options for {name!r}, which is not among the analyzers run "
                                 f"({', '.join(map(repr, runners))})")
        configure = getattr(ANALYZERS[name], "configure", None)
        if configure is None:
            takes = [n for n in ANALYZERS if hasattr(ANALYZERS[n], "configure")]
            raise ParameterError(f"analyzer {name!r} takes no options; these do: "
                                 f"{', '.join(map(repr, takes))}")
        if not isinstance(opts, dict):
            raise ParameterError(f"options[{name!r}] must be a dict of option names to values")
        runners[name] = configure(**opts)
    return runners


@dataclass
class Analysis:
    """The result of :func:`analyze`: four tidy tables plus the corpus they came from.

    Attributes
    ----------
    articles : DataFrame
        One row per article: corpus metadata (no text) and per-article metrics.
    sentences : DataFrame
        One row per sentence with offsets into the article text.
    attributions : DataFrame
        One row per attributed statement (see :data:`ATTRIBUTION_COLUMNS`).
    spans : DataFrame
        The evidence: ``article_id, start, end, kind, label, text, weight`` (``weight``: what
        the span counts for, a frame cue's lexicon weight, else 1.0).
    corpus : DataFrame
        The corpus as loaded, including the text.
    analyzers : tuple of str
        The analyzers that ran.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    attributions: pd.DataFrame
    spans: pd.DataFrame
    corpus: pd.DataFrame
    analyzers: tuple[str, ...]

    def article_text(self, article_id: str) -> str:
        """The full text of one article (raises ``KeyError`` for an unknown id)."""
        match = self.corpus.loc[self.corpus["id"] == article_id, "text"]
        if match.empty:
            raise KeyError(f"no article with id {article_id!r}")
        return match.iloc[0]

    def __repr__(self) -> str:
        return (f"Analysis({len(self.articles)} articles, {len(self.sentences)} sentences, "
                f"{len(self.attributions)} attributions, {len(self.spans)} spans; "
                f"analyzers: {', '.join(self.analyzers)})")



# --------------------------------------------------------------------------- chunks


def content_hash(text: str, outlet: str | None = None) -> str:
    """The key of an article's results: a BLAKE2b digest of its text and, when given, its
    outlet (32 hex characters). Results depend on the text and the outlet alone (the sourcing
    analyzer reads the outlet: what someone "told the Lantern" is first-hand in the Lantern's
    own article and relayed in another's), so the same text under two ids of one outlet is
    analysed once.

    >>> content_hash("It rained.") == content_hash("It rained."), len(content_hash(""))
    (True, 32)
    >>> content_hash("It rained.", "A") == content_hash("It rained.", "B")
    False
    """
    data = text if outlet is None else f"{outlet}\0{text}"
    return hashlib.blake2b(data.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass
class ChunkTables:
    """What analysing a set of distinct texts produced, before article ids are attached.

    The unit that worker processes return and that the cache stores. Rows are keyed by the
    text's :func:`content_hash` in ``_hash``; ``_row`` keeps each span's and attribution's
    order within its article. Sentence and span texts are cut here, in the worker, so that
    assembling (and reading from the cache) only reorders rows.
    """

    articles: pd.DataFrame      # _hash + per-article metrics
    sentences: pd.DataFrame     # _hash, index, start, end + per-sentence columns
    spans: pd.DataFrame         # _hash, _row, start, end, kind, label, text, weight
    attributions: pd.DataFrame  # _hash, _row + ATTRIBUTION_COLUMNS[1:] (+ extras)

    def __len__(self) -> int:
        return len(self.articles)


@contextmanager
def _gc_paused():
    """Python's cyclic garbage collector switched off inside the block (and on again after it
    if it was on). Analysing allocates many short-lived lists and tuples, and once in a while
    that starts a full collection, which walks every object of the process (the lexicons, the
    token tables, pandas…) and finds nothing to free: one such collection measured 0.2 s of a
    1.2 s run of 300 articles (``gc.callbacks``). Reference counting still frees everything
    the analyzers drop; the few reference cycles they make are collected once it is on again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def analyze_chunk(keys: Sequence[str], ids: Sequence[str], texts: Sequence[str],
                  chosen: Sequence[str], options: dict | None,
                  outlets: Sequence[str | None] | None = None) -> ChunkTables:
    """Analyse distinct texts (``keys`` are their content hashes) into :class:`ChunkTables`.

    A plain top-level function of picklable arguments, so worker processes and Dask can run it;
    ``ids`` only name the article in error messages; ``outlets`` are the articles' outlets
    (:attr:`Document.outlet`). Runs with the cyclic garbage collector paused
    (:func:`_gc_paused`).
    """
    with _gc_paused():
        return _analyze_chunk(keys, ids, texts, chosen, options, outlets)


def _analyze_chunk(keys: Sequence[str], ids: Sequence[str], texts: Sequence[str],
                   chosen: Sequence[str], options: dict | None,
                   outlets: Sequence[str | None] | None = None) -> ChunkTables:
    """:func:`analyze_chunk`'s work."""
    from operator import itemgetter

    runners = configured_analyzers(chosen, options)
    metric_rows: list[dict] = []
    # attribution rows as the analyzer made them, with their article's key and row number
    attribution_rows: list[dict] = []
    attribution_counts: list[int] = []
    attribution_numbers: list[int] = []
    # the sentence and span tables are built column by column (no row tuples to convert)
    sentence_columns: dict[str, list] = {"_hash": [], "index": [], "start": [], "end": [],
                                         "text": []}
    span_columns: dict[str, list] = {"_hash": [], "_row": [], "start": [], "end": [],
                                     "kind": [], "label": [], "text": [], "weight": []}
    sentence_extra: dict[str, list] = {}
    # rows per article: each table's _hash column is cut from one array of the keys at the end
    sentence_counts: list[int] = []
    span_counts: list[int] = []
    n_sentences = 0
    outlets = outlets if outlets is not None else [None] * len(texts)
    for _key, article_id, text, outlet in zip(keys, ids, texts, outlets, strict=True):
        doc = analyze_document(article_id, text, chosen, runners, outlet)
        metric_rows.append(doc.metrics)
        first_sentence_row = n_sentences
        n = len(doc.sentences)
        n_sentences += n
        sentence_counts.append(n)
        if n:
            starts = [s.start for s in doc.sentences]
            ends = [s.end for s in doc.sentences]
            sentence_columns["index"].extend([s.index for s in doc.sentences])
            sentence_columns["start"].extend(starts)
            sentence_columns["end"].extend(ends)
            sentence_columns["text"].extend(map(text.__getitem__, map(slice, starts, ends)))
        for name, values in doc.sentence_values.items():
            column = sentence_extra.get(name)
            if column is None:  # a column new in this chunk: None for the rows before
                column = sentence_extra[name] = [None] * first_sentence_row
            column.extend(values)
        for column in sentence_extra.values():  # analyzers that skipped this article
            if len(column) < n_sentences:
                column.extend([None] * (n_sentences - len(column)))
        span_counts.append(len(doc.spans))
        if doc.spans:
            starts, ends, kinds, labels = zip(*doc.spans, strict=True)
            span_columns["_row"].extend(range(len(starts)))
            span_columns["start"].extend(starts)
            span_columns["end"].extend(ends)
            span_columns["kind"].extend(kinds)
            span_columns["label"].extend(labels)
            span_columns["text"].extend(map(text.__getitem__, map(slice, starts, ends)))
            span_columns["weight"].extend(doc.weights() if doc.span_weights
                                          else [DEFAULT_SPAN_WEIGHT] * len(starts))
        attribution_counts.append(len(doc.attributions))
        if doc.attributions:
            attribution_rows.extend(doc.attributions)
            attribution_numbers.extend(range(len(doc.attributions)))
    articles = pd.DataFrame.from_records(metric_rows)
    articles.insert(0, "_hash", list(keys))
    positions = np.arange(len(keys))
    for columns, counts in ((sentence_columns, sentence_counts), (span_columns, span_counts)):
        if sum(counts):  # the dtype pandas gives the keys, without looking at every row
            columns["_hash"] = articles["_hash"].array.take(np.repeat(positions, counts))
    if n_sentences:
        sentences = _frame({**sentence_columns, **sentence_extra})
    else:  # (pandas' dtype for an empty list, as an empty table always had)
        sentences = _frame(sentence_columns)
        for name, values in sentence_extra.items():
            sentences[name] = values
    spans = _frame(span_columns)
    names = set().union(*attribution_rows)
    columns = [*ATTRIBUTION_COLUMNS[1:], *sorted(names - {"_hash", "_row", *ATTRIBUTION_COLUMNS})]
    wanted = set(columns)
    if (attribution_rows and not {"_hash", "_row"} & names
            and all(wanted <= row.keys() for row in attribution_rows)):
        # every row has every column: value tuples convert as the dicts would, but faster
        attributions = pd.DataFrame.from_records(
            list(map(itemgetter(*columns), attribution_rows)), columns=columns)
        attributions.insert(0, "_row", np.array(attribution_numbers, dtype=np.int64))
        attributions.insert(0, "_hash", articles["_hash"].array.take(
            np.repeat(positions, attribution_counts)))
    else:  # no rows, or rows without some columns (NaN there, as from_records fills them)
        attributions = pd.DataFrame.from_records(
            [{"_hash": key, "_row": i, **row} for key, i, row
             in zip([k for k, n in zip(keys, attribution_counts, strict=True) for _ in range(n)],
                    attribution_numbers, attribution_rows, strict=True)],
            columns=["_hash", "_row", *columns])
    return ChunkTables(articles, sentences, spans, attributions)


def _frame(columns: dict[str, list]) -> pd.DataFrame:
    """A table from equal-length column lists, with the dtypes ``pd.DataFrame(columns)`` gives;
    with no rows, every column of dtype object (as ``DataFrame.from_records([], columns=...)``
    gives).

    A list whose values are all Python ``int`` (or all ``float``, or all ``bool``) becomes the
    numpy array of the dtype pandas would infer for it, directly: pandas first copies the list
    into an array of objects and looks at every value, which costs several times more. Any
    other list is left to pandas, and an array is taken as it is.
    """
    if not len(next(iter(columns.values()))):
        return pd.DataFrame.from_records([], columns=list(columns))
    numpy_dtypes = {int: np.int64, float: np.float64, bool: np.bool_}
    typed = {}
    for name, values in columns.items():
        dtype = numpy_dtypes.get(type(values[0]))
        if dtype is not None and set(map(type, values)) == {type(values[0])}:
            try:
                values = np.array(values, dtype=dtype)
            except OverflowError:  # an int beyond int64: left to pandas (uint64 or object)
                pass
        typed[name] = values
    return pd.DataFrame(typed)


def concat_tables(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Stack chunk tables; columns that only some chunks could type get one dtype again."""
    if len(frames) == 1:
        return frames[0]
    frames = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(frames, ignore_index=True).infer_objects()


def _article_positions(hashes, order_hashes):
    """Position in the corpus of each row's article (-1 for an article not in it), looking
    each run of rows of one article up once (Arrow's hash join: no Python strings)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    hashes = pa.array(hashes).cast(pa.large_string())
    if len(hashes) == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, pc.not_equal(hashes[1:], hashes[:-1])
                                  .to_numpy(zero_copy_only=False)])
    run_pos = pc.index_in(hashes.take(pa.array(starts)),
                          value_set=pa.array(order_hashes).cast(pa.large_string()))
    run_pos = run_pos.fill_null(-1).to_numpy().astype(np.int64)
    return np.repeat(run_pos, np.diff(np.r_[starts, len(hashes)]))


def _in_article_order(table: pd.DataFrame, order: pd.DataFrame, within: str) -> pd.DataFrame:
    """Rows of ``table`` for every article of ``order`` (repeated for repeated texts), in
    corpus order and, inside an article, in ``within`` order, with ``article_id`` and ``_pos``.
    """
    keys = pd.Index(order["_hash"])
    if not keys.is_unique:  # the same text under several ids: one copy of the rows per id
        merged = order.merge(table, on="_hash", how="inner", sort=False)
        return merged.sort_values(["_pos", within], kind="stable", ignore_index=True)
    pos = _article_positions(table["_hash"], order["_hash"])
    inner = table[within].to_numpy()
    ids = order["article_id"].array
    if len(pos) and pos.min() >= 0 and np.all(
            (pos[1:] > pos[:-1]) | ((pos[1:] == pos[:-1]) & (inner[1:] >= inner[:-1]))):
        out = table.reset_index(drop=True)  # already in order (a re-run of the same corpus)
        out.insert(0, "article_id", ids.take(pos))
        out["_pos"] = pos
        return out
    rows = np.lexsort((inner, pos))
    rows = rows[pos[rows] >= 0]  # (only rows of this corpus's articles are ever passed)
    out = table.take(rows).reset_index(drop=True)
    out.insert(0, "article_id", ids.take(pos[rows]))
    out["_pos"] = pos[rows]
    return out


def assemble(corpus: pd.DataFrame, keys: Sequence[str], parts: list[ChunkTables],
             chosen: Sequence[str]) -> Analysis:
    """Attach article ids to chunk tables and stack them into an :class:`Analysis`.

    ``keys`` holds the content hash of each corpus row; every key must be in one of ``parts``.
    The tables do not depend on how the articles were chunked, in which process they ran or
    whether they came from the cache.
    """
    order = pd.DataFrame({"_hash": list(keys), "article_id": corpus["id"].to_numpy(),
                          "_pos": range(len(corpus))})
    if parts:
        metrics = concat_tables([p.articles for p in parts]).set_index("_hash")
        if not metrics.index.equals(pd.Index(keys)):  # (a re-run of one corpus is in order)
            metrics = metrics.reindex(list(keys))
        metrics.index = corpus.index
    else:
        metrics = pd.DataFrame(index=corpus.index)
    clashes = sorted(set(metrics.columns) & set(corpus.columns))
    if clashes:
        raise ParameterError(
            f"the corpus already has column(s) {', '.join(map(repr, clashes))}, which the "
            "analysis adds; rename them (e.g. corpus.rename(columns={...})) and run again")
    articles = pd.concat([corpus.drop(columns=["text"]), metrics], axis=1)

    def cut(table: pd.DataFrame, within: str, columns: list[str]):
        table = _in_article_order(table, order, within)
        if table.empty:
            frame = pd.DataFrame.from_records([], columns=columns)
            for name in table.columns:
                if name not in frame.columns and name not in ("_hash", "_pos", "_row"):
                    frame[name] = []
            return frame
        rest = [c for c in table.columns if c not in columns and c not in ("_hash", "_pos", "_row")]
        return table[[*columns, *rest]]

    def stacked(name: str) -> pd.DataFrame:
        return concat_tables([getattr(p, name) for p in parts]) if parts else \
            getattr(analyze_chunk([], [], [], chosen, None), name)

    sentences = cut(stacked("sentences"), "index", list(SENTENCE_COLUMNS))
    spans = cut(stacked("spans"), "_row", list(SPAN_COLUMNS))
    attributions = cut(stacked("attributions"), "_row", list(ATTRIBUTION_COLUMNS))
    return Analysis(articles=articles.reset_index(drop=True), sentences=sentences,
                    attributions=attributions, spans=spans, corpus=corpus,
                    analyzers=tuple(chosen))


# --------------------------------------------------------------------------- running


def available_cores() -> int:
    """The cores this process may use (CPU affinity where the platform reports it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def resolve_n_jobs(n_jobs: int | None) -> int:
    """``None`` or ``-1`` → every available core; a positive number → that many processes.

    >>> resolve_n_jobs(1)
    1
    """
    if n_jobs is None or n_jobs == -1:
        return available_cores()
    if not isinstance(n_jobs, int) or isinstance(n_jobs, bool) or n_jobs < 1:
        raise ParameterError(f"n_jobs={n_jobs!r}: give a positive number of processes, "
                             "-1 or None for every core")
    return n_jobs


def chunk_bounds(n: int, chunk_size: int, workers: int) -> list[tuple[int, int]]:
    """``(start, stop)`` of each chunk: at most ``chunk_size`` articles, and small enough that
    every worker gets :data:`CHUNKS_PER_WORKER` chunks (no smaller than :data:`MIN_CHUNK`).

    >>> chunk_bounds(10, 4, 1)
    [(0, 4), (4, 8), (8, 10)]
    """
    size = chunk_size
    if workers > 1:
        size = min(size, max(MIN_CHUNK, -(-n // (workers * CHUNKS_PER_WORKER))))
    return [(i, min(i + size, n)) for i in range(0, n, size)]


def _process_pool(workers: int):
    from concurrent.futures import ProcessPoolExecutor

    # fork (where the platform has it) starts workers with the lexicons already loaded
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def run_chunks(keys, ids, texts, chosen, options, *, n_jobs, chunk_size, engine, bar,
               on_part=None, executor=None, outlets=None) -> list[ChunkTables]:
    """Analyse ``texts`` chunk by chunk: in this process, in worker processes or on Dask.

    ``on_part(part)`` is called with every finished chunk (the cache stores it there), and the
    progress ``bar`` advances by its size.
    """
    workers = resolve_n_jobs(n_jobs)
    if engine == "local" and (workers == 1 or len(texts) < PARALLEL_MIN_ARTICLES):
        workers = 1
    bounds = chunk_bounds(len(texts), chunk_size, workers if engine == "local" else
                          max(workers, 2))
    args = [(keys[a:b], ids[a:b], texts[a:b], chosen, options,
             outlets[a:b] if outlets is not None else None) for a, b in bounds]
    parts: list[ChunkTables] = []

    def done(part: ChunkTables, advance: bool = True) -> None:
        parts.append(part)
        if on_part is not None:
            on_part(part)
        if advance:
            bar.update(len(part))

    if engine == "dask":
        from .dask_engine import run_on_dask

        for part in run_on_dask(args):
            done(part)
    elif workers == 1 and executor is None:
        for arg in args:
            done(analyze_chunk(*arg))
    else:
        from concurrent.futures import as_completed

        if executor is None and args:
            # compile what analyzers build on first use (regexes) here, once, so that forked
            # workers inherit it instead of each building it again
            analyze_document("warm-up", args[0][2][0], chosen,
                             configured_analyzers(chosen, options))
        pool = executor or _process_pool(workers)
        # chunks finish in any order; they are handed on in corpus order (the cache then holds
        # a corpus's rows in its order, which a re-run reads back without sorting), while the
        # bar advances as each one finishes
        finished: dict[int, ChunkTables] = {}
        try:
            futures = {pool.submit(analyze_chunk, *arg): i for i, arg in enumerate(args)}
            for future in as_completed(futures):
                part = finished[futures[future]] = future.result()
                bar.update(len(part))
                while len(parts) in finished:
                    done(finished.pop(len(parts)), advance=False)
        finally:
            if executor is None:
                pool.shutdown(cancel_futures=True)
            for i in sorted(finished):  # after a failed chunk: keep (cache) what did finish
                done(finished.pop(i), advance=False)
    return parts


def analyze(
    corpus,
    *,
    analyzers: Sequence[str] | None = None,
    progress: bool | None = None,
    options: dict[str, dict] | None = None,
    n_jobs: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    cache="auto",
    engine: str = "local",
) -> Analysis:
    """Analyse every article of a corpus.

    Parameters
    ----------
    corpus : DataFrame, str or Path
        A corpus from :func:`load_corpus`, or anything ``load_corpus`` accepts (for collections
        larger than memory use :func:`analysis.scale.analyze_to_parquet`). With
        ``engine="dask"`` also a Dask DataFrame with at least ``id`` and ``text`` columns.
    analyzers : sequence of str, optional
        Which analyzers to run, from :data:`ANALYZERS` (default: all, in their order).
        ``"basic"`` always runs.
    progress : bool, optional
        Show a progress bar (articles analysed, advancing chunk by chunk). Default: only for
        collections of :data:`PROGRESS_MIN_ARTICLES` articles or more.
    options : dict of str to dict, optional
        Options for analyzers that take them, by analyzer name, e.g.
        ``{"framing": {"lexicon": "my_cues.csv", "mode": "add"}}`` (see
        :class:`analysis.framing.FramingAnalyzer`). Unknown names or options raise
        :class:`ParameterError`.
    n_jobs : int, optional
        Worker processes. Default (``None`` or ``-1``): every available core, for collections
        of :data:`PARALLEL_MIN_ARTICLES` articles or more (below that, starting workers costs
        more than it saves). ``1`` analyses in this process.
    chunk_size : int
        Articles per chunk (default :data:`CHUNK_SIZE`): the unit handed to a worker, written
        to the cache and counted by the progress bar. Chunks are made smaller when that gives
        every worker several.
    cache : "auto", str, Path, None or False
        Where to keep results between runs (see :mod:`analysis.cache`). ``"auto"``: the folder
        in the ``MEDIA_ANALYSIS_CACHE`` environment variable, else ``~/.cache/media-analysis``
        (``MEDIA_ANALYSIS_CACHE=off`` turns it off). A path: that folder. ``None``/``False``:
        no cache. Cached results are keyed by the article text's hash and a fingerprint of the
        analyzers' code, lexicons and options, so a re-run analyses only new or changed
        articles, and a changed lexicon or analyzer analyses everything again.
    engine : {"local", "dask"}
        ``"dask"`` runs the chunks as Dask tasks: on the cluster of the active
        ``dask.distributed`` client if there is one, else on Dask's local scheduler. The
        tables are identical to the local engine's.

    Returns
    -------
    Analysis
        The same tables whatever ``n_jobs``, ``chunk_size``, ``cache`` and ``engine`` are.

    Examples
    --------
    >>> result = analyze(pd.DataFrame({"text": ["Mr. Holm left. He said no.", ""]}), cache=None)
    >>> result.articles[["id", "n_words", "n_sentences", "is_empty"]].values.tolist()
    [['row-1', 6, 2, False], ['row-2', 0, 0, True]]
    """
    check_choice("engine", engine, ENGINES)
    if not isinstance(chunk_size, int) or isinstance(chunk_size, bool) or chunk_size < 1:
        raise ParameterError(f"chunk_size={chunk_size!r}: give a positive number of articles")
    workers = resolve_n_jobs(n_jobs)
    if engine == "dask" and not isinstance(corpus, pd.DataFrame | str | os.PathLike):
        from .dask_engine import to_pandas

        corpus = to_pandas(corpus)
    if (not isinstance(corpus, pd.DataFrame) or not set(SCHEMA) <= set(corpus.columns)
            or not corpus["text"].map(lambda v: isinstance(v, str)).all()):
        corpus = load_corpus(corpus)  # normalise anything not already in the schema
    chosen = choose_analyzers(analyzers)
    if corpus["id"].duplicated().any():
        raise ParameterError("the corpus has duplicate ids; load it with load_corpus() first")
    configured_analyzers(chosen, options)  # bad options fail here, before any work
    from .cache import open_cache

    store = open_cache(cache, chosen, options)
    show = (len(corpus) >= PROGRESS_MIN_ARTICLES and os.environ.get(PROGRESS_ENV, "").strip()
            .lower() not in config.OFF_WORDS) if progress is None else progress
    with tqdm(total=len(corpus), disable=not show, desc="Analysing", unit=" articles") as bar:
        result = analyze_normalised(corpus, chosen, options, store=store, n_jobs=workers,
                                    chunk_size=chunk_size, engine=engine, bar=bar)
    _warn_not_english(result.articles)
    return result


def _warn_not_english(articles: pd.DataFrame) -> None:
    """Say how many analysed articles do not look English: the lexicons and VADER are
    English, so such an article's tone, frames and hedges are near 0 and would pull its
    outlet's averages towards 0 unnoticed (the report notebooks leave them out; review 15)."""
    if "looks_english" not in articles.columns:
        return
    foreign = articles[~articles["looks_english"].astype(bool) & ~articles["is_empty"]]
    if len(foreign):
        import warnings

        from .errors import CorpusWarning

        shown = ", ".join(map(str, foreign["id"].head(3))) + (" …" if len(foreign) > 3 else "")
        warnings.warn(
            f"{len(foreign)} article(s) do not look English ({shown}; looks_english is "
            "False): the word lists and VADER are English, so their tone, frames and hedges "
            "mean little. ma.select(corpus, english_only=True) leaves them out, as the report "
            "notebooks do.", CorpusWarning, stacklevel=3)


def choose_analyzers(analyzers: Sequence[str] | None) -> list[str]:
    """The analyzers to run, in :data:`ANALYZERS` order, ``basic`` first; unknown names raise."""
    if analyzers is None:
        return list(ANALYZERS)
    unknown = [a for a in analyzers if a not in ANALYZERS]
    if unknown:
        raise ParameterError(f"unknown analyzer(s) {', '.join(map(repr, unknown))}; "
                             f"choose from {', '.join(map(repr, ANALYZERS))}")
    return ["basic", *[a for a in ANALYZERS if a in analyzers and a != "basic"]]


def analyze_normalised(corpus: pd.DataFrame, chosen: Sequence[str], options, *, store,
                       n_jobs: int, chunk_size: int, engine: str, bar,
                       executor=None) -> Analysis:
    """:func:`analyze` on a corpus already in the schema: cached articles are read, the rest
    analysed chunk by chunk (each stored as it finishes), and the tables assembled. The
    progress ``bar`` advances by every article, cached or analysed."""
    outlets = (corpus["outlet"].astype(str).tolist() if "outlet" in corpus.columns
               else [None] * len(corpus))
    keys = [content_hash(t, o) for t, o in zip(corpus["text"], outlets, strict=True)]
    parts = store.lookup(set(keys)) if store is not None else []
    have = {k for p in parts for k in p.articles["_hash"]}
    todo: dict[str, str] = {}  # key -> id of its first article (for error messages)
    for key, article_id in zip(keys, corpus["id"], strict=True):
        if key not in have and key not in todo:
            todo[key] = article_id
    bar.update(len(corpus) - len(todo))  # cached articles, and repeats analysed once
    text_by_key = dict(zip(keys, corpus["text"], strict=True))
    outlet_by_key = dict(zip(keys, outlets, strict=True))
    try:
        parts += run_chunks(list(todo), list(todo.values()), [text_by_key[k] for k in todo],
                            chosen, options, n_jobs=n_jobs, chunk_size=chunk_size,
                            engine=engine, bar=bar, outlets=[outlet_by_key[k] for k in todo],
                            on_part=store.store if store is not None else None,
                            executor=executor)
    finally:  # what was analysed is kept even when a later chunk fails
        if store is not None:
            with _gc_paused():  # (writing and assembling: bounded work, see _gc_paused)
                store.flush()
    with _gc_paused():
        return assemble(corpus, keys, parts, chosen)
