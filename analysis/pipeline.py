"""The analysis entry point: ``analyze(corpus) -> Analysis``.

Each article is analysed on its own (pure, independent work) into a :class:`Document` that
collects four kinds of output, which :func:`analyze` then stacks into four tidy tables:

* ``articles`` — one row per input article, always (empty articles included), holding the
  corpus metadata (everything but the text) and every per-article metric;
* ``sentences`` — ``article_id, index, start, end, text`` plus per-sentence columns that
  analyzers add (tone, voice, hedged…);
* ``attributions`` — one row per attributed statement (filled by the sourcing analyzer);
* ``spans`` — ``article_id, start, end, kind, label, text``: the evidence behind every number,
  with ``text == article_text[start:end]``.

Analyzers plug in through :data:`ANALYZERS`: a name mapped to a function
``fn(doc: Document) -> None`` that reads ``doc.text`` and ``doc.sentences`` (and what earlier
analyzers added) and adds metrics, spans, attributions and sentence columns. Adding an
analyzer changes none of the tables' existing columns.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd
from tqdm import tqdm  # plain text bar: works in terminals, notebooks and HTML reports alike

from . import text as textlib
from .corpus import SCHEMA, load_corpus
from .errors import ParameterError
from .framing import framing
from .hedging import hedging
from .sourcing import sourcing
from .tone import tone

SENTENCE_COLUMNS = ("article_id", "index", "start", "end", "text")
SPAN_COLUMNS = ("article_id", "start", "end", "kind", "label", "text")
#: Columns every attribution row has (the sourcing analyzer fills them).
ATTRIBUTION_COLUMNS = (
    "article_id", "kind", "quote_start", "quote_end", "quote", "speaker", "speaker_start",
    "speaker_end", "speaker_name", "speaker_type", "verb", "verb_stance", "via", "hedged",
)
#: Below this many articles a progress bar is not worth drawing.
PROGRESS_MIN_ARTICLES = 200


@dataclass
class Document:
    """One article while it is analysed. Analyzers read ``text``/``sentences`` and add output."""

    id: str
    text: str
    sentences: list[textlib.Sentence]
    metrics: dict[str, object] = field(default_factory=dict)
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    attributions: list[dict] = field(default_factory=list)
    sentence_values: dict[str, list] = field(default_factory=dict)

    def add_span(self, start: int, end: int, kind: str, label: str = "") -> None:
        """Record evidence ``text[start:end]``; offsets must lie inside the text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside article {self.id!r} "
                             f"of length {len(self.text)}")
        self.spans.append((start, end, kind, label))

    def set_sentence_column(self, name: str, values: Sequence) -> None:
        """Add a per-sentence column; ``values`` has one entry per sentence."""
        if len(values) != len(self.sentences):
            raise ValueError(f"{name}: {len(values)} values for {len(self.sentences)} sentences")
        self.sentence_values[name] = list(values)


def basic(doc: Document) -> None:
    """Length and structure: ``n_chars``, ``n_words``, ``n_sentences``, ``n_paragraphs``,
    ``is_empty``, ``english_share`` and ``looks_english``; and ``n_words`` per sentence."""
    tokens = textlib.WORD_RE.findall(doc.text)
    starts = [m.start() for m in textlib.WORD_RE.finditer(doc.text)]
    english = (sum(t.lower() in textlib.ENGLISH_FUNCTION_WORDS for t in tokens) / len(tokens)
               if tokens else 0.0)
    doc.metrics.update(
        n_chars=len(doc.text),
        n_words=len(tokens),
        n_sentences=len(doc.sentences),
        n_paragraphs=len(textlib.paragraph_bounds(doc.text)),
        is_empty=not doc.text.strip(),
        english_share=english,
        looks_english=english >= textlib.ENGLISH_SHARE_MIN,
    )
    # words per sentence from the one tokenisation: words starting inside each sentence
    doc.set_sentence_column("n_words", [
        bisect.bisect_left(starts, s.end) - bisect.bisect_left(starts, s.start)
        for s in doc.sentences])


#: Analyzers in the order they run (later ones may read what earlier ones added).
ANALYZERS: dict[str, Callable[[Document], None]] = {
    "basic": basic,
    "hedging": hedging,
    "framing": framing,
    "sourcing": sourcing,
    "tone": tone,
}


def analyze_document(article_id: str, text: str, analyzers: Iterable[str],
                     runners: dict[str, Callable[[Document], None]] | None = None) -> Document:
    """Run the named analyzers on one article and return its :class:`Document`.

    ``runners`` maps a name to the (configured) analyzer to use instead of ``ANALYZERS[name]``.
    """
    doc = Document(article_id, text, textlib.split_sentences(text))
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
        The evidence: ``article_id, start, end, kind, label, text``.
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


def analyze(
    corpus,
    *,
    analyzers: Sequence[str] | None = None,
    progress: bool | None = None,
    options: dict[str, dict] | None = None,
) -> Analysis:
    """Analyse every article of a corpus.

    Parameters
    ----------
    corpus : DataFrame, str or Path
        A corpus from :func:`load_corpus`, or anything ``load_corpus`` accepts.
    analyzers : sequence of str, optional
        Which analyzers to run, from :data:`ANALYZERS` (default: all, in their order).
        ``"basic"`` always runs.
    progress : bool, optional
        Show a progress bar. Default: only for collections of
        :data:`PROGRESS_MIN_ARTICLES` articles or more.
    options : dict of str to dict, optional
        Options for analyzers that take them, by analyzer name, e.g.
        ``{"framing": {"lexicon": "my_cues.csv", "mode": "add"}}`` (see
        :class:`analysis.framing.FramingAnalyzer`). Unknown names or options raise
        :class:`ParameterError`.

    Returns
    -------
    Analysis

    Examples
    --------
    >>> result = analyze(pd.DataFrame({"text": ["Mr. Holm left. He said no.", ""]}))
    >>> result.articles[["id", "n_words", "n_sentences", "is_empty"]].values.tolist()
    [['row-1', 6, 2, False], ['row-2', 0, 0, True]]
    """
    if (not isinstance(corpus, pd.DataFrame) or not set(SCHEMA) <= set(corpus.columns)
            or not corpus["text"].map(lambda v: isinstance(v, str)).all()):
        corpus = load_corpus(corpus)  # normalise anything not already in the schema
    if analyzers is None:
        chosen = list(ANALYZERS)
    else:
        unknown = [a for a in analyzers if a not in ANALYZERS]
        if unknown:
            raise ParameterError(f"unknown analyzer(s) {', '.join(map(repr, unknown))}; "
                                 f"choose from {', '.join(map(repr, ANALYZERS))}")
        chosen = ["basic", *[a for a in ANALYZERS if a in analyzers and a != "basic"]]
    if corpus["id"].duplicated().any():
        raise ParameterError("the corpus has duplicate ids; load it with load_corpus() first")
    show = len(corpus) >= PROGRESS_MIN_ARTICLES if progress is None else progress
    runners = configured_analyzers(chosen, options)

    metric_rows, sentence_rows, span_rows, attribution_rows = [], [], [], []
    sentence_extra: dict[str, list] = {}
    items = zip(corpus["id"], corpus["text"], strict=True)
    for article_id, text in tqdm(items, total=len(corpus), disable=not show, desc="Analysing",
                                 unit="article"):
        doc = analyze_document(article_id, text, chosen, runners)
        metric_rows.append(doc.metrics)
        first_sentence_row = len(sentence_rows)
        for s in doc.sentences:
            sentence_rows.append((article_id, s.index, s.start, s.end, text[s.start:s.end]))
        for name, values in doc.sentence_values.items():
            column = sentence_extra.setdefault(name, [None] * first_sentence_row)
            column.extend(values)
        for column in sentence_extra.values():  # analyzers that skipped this article
            column.extend([None] * (len(sentence_rows) - len(column)))
        span_rows.extend((article_id, s, e, k, lab, text[s:e]) for s, e, k, lab in doc.spans)
        attribution_rows.extend({"article_id": article_id, **row} for row in doc.attributions)

    metrics = pd.DataFrame.from_records(metric_rows, index=corpus.index)
    clashes = sorted(set(metrics.columns) & set(corpus.columns))
    if clashes:
        raise ParameterError(
            f"the corpus already has column(s) {', '.join(map(repr, clashes))}, which the "
            "analysis adds; rename them (e.g. corpus.rename(columns={...})) and run again")
    articles = pd.concat([corpus.drop(columns=["text"]), metrics], axis=1)
    sentences = pd.DataFrame.from_records(sentence_rows, columns=list(SENTENCE_COLUMNS))
    for name, values in sentence_extra.items():
        sentences[name] = values
    spans = pd.DataFrame.from_records(span_rows, columns=list(SPAN_COLUMNS))
    extra_attr = sorted({k for row in attribution_rows for k in row} - set(ATTRIBUTION_COLUMNS))
    attributions = pd.DataFrame.from_records(attribution_rows,
                                             columns=[*ATTRIBUTION_COLUMNS, *extra_attr])
    return Analysis(articles=articles.reset_index(drop=True), sentences=sentences,
                    attributions=attributions, spans=spans, corpus=corpus,
                    analyzers=tuple(chosen))
