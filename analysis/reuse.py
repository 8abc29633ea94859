"""Text reuse between outlets: reprints of wire copy, close rewrites, shared passages.

Method (word shingles, counted exactly through a sparse matrix product):

1. Each article is cut into words with :func:`analysis.text.words` (offsets kept), folded to
   lower case with curly apostrophes and quotation marks made straight, so a tabloid's
   typography does not hide a verbatim reprint. Every run of :data:`SHINGLE_WORDS`
   consecutive words is a *shingle* (Broder 1997, "On the resemblance and containment of
   documents").
2. A binary article × shingle matrix ``X`` (scipy sparse) gives, through ``X @ X.T``, the
   number of shingles every pair of articles shares — exactly, touching only pairs that share
   at least one shingle. Shingles found in more than :data:`MAX_SHINGLE_DF` articles are
   boilerplate and are not counted (this also bounds the cost).
3. For pairs of *different outlets* sharing at least :data:`MIN_PASSAGE_WORDS` − 4 shingles
   (the least a passage of that length can share), the shared passages are found by aligning
   the shingle positions: runs of consecutive matching shingles become passages with character
   offsets into **both** articles; runs shorter than :data:`MIN_PASSAGE_WORDS` words are
   dropped.
4. Direction: the earlier-published article is the *source*, the later the *reuser*; when the
   dates are equal or missing the direction is ``"undetermined"``.

Why not MinHash/LSH or TF-IDF neighbours: the sample's close rewrites share only 5–7% of their
shingles (Jaccard 0.053 and 0.072). LSH with ``b`` bands of ``r`` rows finds a pair with
probability ``1 − (1 − J**r)**b``; catching ``J = 0.05`` reliably needs one-row bands, where
LSH is no more selective than the exact shingle index used here, while adding estimation error.
TF-IDF cosine over words scores *topic* similarity: every article on the same storyline looks
alike, and it cannot say *which* passages are shared. The exact product costs
``Σ df(shingle)²`` operations, bounded by :data:`MAX_SHINGLE_DF`.

Pair ``kind`` (decision rules, first that applies):

* ``reprint``: at least :data:`REPRINT_CONTAINMENT` of the earlier article's shingles appear
  in the later one;
* ``rewrite``: Jaccard similarity of the two shingle sets ≥ :data:`REWRITE_JACCARD`;
* ``shared_passages``: only some passages are shared (often the same quotation of the same
  speaker: see ``quoted_share``).

Two things that look like reuse and are not counted:

* **A source's identification** is not evidence of reuse. Every report on a storyline names its
  sources the same way ("Dr. Samuel Achterberg, a hydrologist at the University of Aldmere,
  said"), so a passage of :data:`MIN_PASSAGE_WORDS`+ words that is such an identification
  with less than a clause of content around it (fewer than :data:`SHINGLE_WORDS` other words:
  not one shingle of its own) is not reported: "Dr. Samuel Achterberg, a hydrologist at the
  University of Aldmere, said the". The rule is :func:`_identification_words`. A passage's
  shingles still count in ``jaccard`` and ``containment``.
* **Echoes through a reprint.** When article R reprints original O (a ``reprint`` pair), R
  also shares with every article X whatever O shares with X. A pair R–X whose shared passages
  are all O's text (every shingle of them is in O) and whose original pair O–X is reported
  too only repeats O–X: it is left out of ``pairs`` (and its passages out of ``passages``),
  so the text is credited once, to its original, and listed in ``Reuse.echoes`` instead.
  The same holds on both sides (R–R' for reprints of two originals repeat O–O'), and for two
  reprints of one original (each is already paired with it). The pairs that define the
  reprints (the ones :func:`mark_reprints` follows) are never echoes, so ``mark_reprints``
  gives the same originals with or without the echoes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp
from tqdm import tqdm

from . import text as textlib
from .config import OFF_WORDS
from .errors import ParameterError
from .groups import label_missing
from .pipeline import PROGRESS_ENV
from .sourcing import MAX_APPOSITIVE_WORDS, lexicons
from .tone import quotation_spans

#: Candidate pairs (articles sharing enough shingles) from which :func:`find_reuse` shows a
#: progress bar by default: each is aligned passage by passage, a few milliseconds a pair.
PROGRESS_MIN_PAIRS = 5_000

#: Words per shingle. Broder (1997) used 10-word shingles for whole web pages; rewrites of news
#: change a word every few words, so shorter shingles are needed to see them. With 5, the
#: sample's two close rewrites share 5–7% of shingles while unrelated articles on the same
#: storyline share under 5%; 3-word shingles match stock phrases ("said on Tuesday").
SHINGLE_WORDS = 5
#: A shared passage must be at least this many words long: more than twice a shingle, so a
#: stock phrase is not reuse, and longer than a person's name with title and affiliation
#: ("Dr. Samuel Achterberg, a hydrologist at the University of Aldmere": 10 words), which
#: every report on a storyline repeats.
MIN_PASSAGE_WORDS = 12
#: Shingles in more than this many articles are boilerplate (bylines, sign-offs) and are not
#: counted. 100 still lets a wire story carried by up to 100 outlets be seen.
MAX_SHINGLE_DF = 100
#: A pair is a ``reprint`` when this share of the earlier article's shingles reappears in the
#: later one: most of the copy is carried. The sample's three reprints carry 93–96%; the
#: highest non-reprint pair carries 15%.
REPRINT_CONTAINMENT = 0.5
#: A pair is a ``rewrite`` when the Jaccard similarity of the shingle sets reaches this. Set on
#: the sample: the two close rewrites score 0.053 and 0.072, reports of the same event quoting
#: the same statements score up to 0.047. A thin margin: treat ``rewrite`` as a lead to read.
REWRITE_JACCARD = 0.05
#: A passage is "mostly a quotation" when this share of its characters (in the later article)
#: lies inside quotation marks.
QUOTED_PASSAGE_SHARE = 0.5

KINDS = ("reprint", "rewrite", "shared_passages")
PAIR_COLUMNS = (
    "earlier_id", "later_id", "earlier_outlet", "later_outlet", "earlier_published",
    "later_published", "direction", "kind", "jaccard", "containment", "shared_shingles",
    "n_passages", "shared_words", "longest_passage", "quoted_share",
)
#: ``Reuse.echoes``: the pair columns, then the pair each echo repeats (see the module notes).
ECHO_COLUMNS = (*PAIR_COLUMNS, "earlier_original_id", "later_original_id")
PASSAGE_COLUMNS = (
    "earlier_id", "later_id", "passage", "earlier_start", "earlier_end", "later_start",
    "later_end", "n_words", "quoted_share", "earlier_text", "later_text",
)

_FOLD_PAIRS = (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("′", "'"), ("“", '"'), ("”", '"'))


@dataclass
class Reuse:
    """The result of :func:`find_reuse`.

    Attributes
    ----------
    pairs : DataFrame
        One row per pair of articles from different outlets sharing at least one passage of
        :data:`MIN_PASSAGE_WORDS` words (columns :data:`PAIR_COLUMNS`), strongest first.
    passages : DataFrame
        One row per shared passage with offsets into both articles (:data:`PASSAGE_COLUMNS`):
        ``earlier_text == earlier_article_text[earlier_start:earlier_end]``, same for later.
    echoes : DataFrame
        Pairs left out of ``pairs`` because they only repeat, through a reprint, a pair of the
        original (:data:`ECHO_COLUMNS`: the pair columns, then ``earlier_original_id`` and
        ``later_original_id``, the article each side reprints, or the article itself when it
        is not a reprint: the reported pair of those two holds the same text).
    """

    pairs: pd.DataFrame
    passages: pd.DataFrame
    echoes: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=list(ECHO_COLUMNS)))

    def __repr__(self) -> str:
        counts = self.pairs["kind"].value_counts()
        shown = ", ".join(f"{counts.get(k, 0)} {k}" for k in KINDS)
        echoes = f"; {len(self.echoes)} echoes of reprints left out" if len(self.echoes) else ""
        return f"Reuse({len(self.pairs)} pairs: {shown}; {len(self.passages)} passages{echoes})"



def _original(parent: dict, article):
    """The article at the start of ``article``'s chain of reprints (``parent`` maps a reprint
    to what it reprints; a cycle stops where it closes)."""
    seen = set()
    while article in parent and article not in seen:
        seen.add(article)
        article = parent[article]
    return article

def _fold(text: str) -> str:
    # chained replace: str.translate with a mapping is far slower on non-ASCII text
    for mark, plain in _FOLD_PAIRS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


def _tokens(text: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    folded = _fold(text).lower()  # one pass over the text, not one per word
    # word by word where folding the whole text could move word boundaries: a letter whose
    # lower case is longer ("İ"), or a mark that is not a word joiner before folding (ʼ, ′)
    if len(folded) != len(text) or "ʼ" in text or "′" in text:
        matches = textlib.words(text)
        words = [_fold(m.group()).lower() for m in matches]
    else:
        matches = textlib.words(folded)
        words = list(map(re.Match.group, matches))
    starts = np.fromiter(map(re.Match.start, matches), dtype=np.int64, count=len(matches))
    ends = np.fromiter(map(re.Match.end, matches), dtype=np.int64, count=len(matches))
    return words, starts, ends


def _shingle_ids(tokens: list[list[str]], k: int) -> list[np.ndarray]:
    """Each document's ``k``-word shingles as integers, equal exactly when the shingles'
    words are equal (the same test as comparing the joined strings, without building them):
    words are numbered by ``pandas.factorize``, then runs of ``k`` numbers are numbered by
    factorising pairs, one word at a time."""
    lengths = np.array([len(w) for w in tokens], dtype=np.int64)
    flat = [word for words in tokens for word in words]
    codes = pd.factorize(pd.Series(flat, dtype=object))[0].astype(np.int64)
    doc_start = np.concatenate([[0], np.cumsum(lengths)])[:-1]
    n_windows = np.maximum(lengths - k + 1, 0)
    # start of every window, in document order
    starts = np.repeat(doc_start, n_windows) + (
        np.arange(n_windows.sum()) - np.repeat(np.cumsum(n_windows) - n_windows, n_windows))
    ids = codes[starts] if len(starts) else np.zeros(0, dtype=np.int64)
    width = int(codes.max()) + 1 if len(codes) else 1
    for offset in range(1, k):
        ids = pd.factorize(ids * width + codes[starts + offset])[0].astype(np.int64)
        width = max(width, int(ids.max()) + 1 if len(ids) else 1)
    return np.split(ids, np.cumsum(n_windows)[:-1])


def _corpus_of(data) -> pd.DataFrame:
    corpus = getattr(data, "corpus", data)
    if not isinstance(corpus, pd.DataFrame):
        raise ParameterError("pass an Analysis (from analyze) or a corpus DataFrame")
    missing = [c for c in ("id", "outlet", "text") if c not in corpus.columns]
    if missing:
        raise ParameterError(f"the corpus has no column(s) {', '.join(missing)}")
    return corpus


def find_reuse(data, *, shingle_words: int = SHINGLE_WORDS,
               min_passage_words: int = MIN_PASSAGE_WORDS,
               max_shingle_df: int = MAX_SHINGLE_DF, by: str = "outlet",
               same_outlet: bool = False, kinds: Sequence[str] = KINDS,
               progress: bool | None = None) -> Reuse:
    """Find pairs of articles from different outlets that share passages, with direction.

    Parameters
    ----------
    data : Analysis or DataFrame
        The result of :func:`analysis.analyze` (its ``corpus`` is used) or a corpus with
        ``id``, ``outlet``, ``text`` and, for the direction, ``published``.
    shingle_words : int
        Words per shingle (at least 2).
    min_passage_words : int
        Shortest passage reported (at least ``shingle_words``).
    max_shingle_df : int
        Shingles in more articles than this are ignored as boilerplate (at least 2).
    by : str
        The column naming the outlet; pairs within one outlet are skipped.
    same_outlet : bool
        Also report pairs within one outlet.
    kinds : sequence of str
        The kinds of pair to report (default all of :data:`KINDS`); a pair's kind follows
        from its shingle counts, so ``kinds=("reprint",)`` skips the passage alignment of
        every other pair: finding the reprints of a collection whose articles share many
        passages (syndicated copy) costs seconds instead of minutes.
    progress : bool, optional
        Show a progress bar over the candidate pairs; by default shown when there are at
        least :data:`PROGRESS_MIN_PAIRS` of them, unless ``MEDIA_ANALYSIS_PROGRESS=off`` (the
        report's setting). A collection of syndicated copy can take minutes (review 18).

    Returns
    -------
    Reuse
        ``pairs`` and ``passages`` tables (see :class:`Reuse`).

    Examples
    --------
    >>> wire = ("Nurses at Aldmere General walked out on Tuesday over pay and staffing, the "
    ...         "union said, in the first strike at the hospital in living memory.")
    >>> corpus = pd.DataFrame({"id": ["w", "t"], "outlet": ["Wire", "Tabloid"],
    ...     "published": pd.to_datetime(["2026-10-06 08:00", "2026-10-06 16:00"], utc=True),
    ...     "text": [wire, "SHOCK! " + wire]})
    >>> found = find_reuse(corpus)
    >>> found.pairs[["earlier_id", "later_id", "kind", "shared_words"]].values.tolist()
    [['w', 't', 'reprint', 25]]
    >>> p = found.passages.iloc[0]
    >>> corpus.text[1][p.later_start:p.later_end] == p.later_text
    True
    """
    if shingle_words < 2:
        raise ParameterError(f"shingle_words={shingle_words!r} must be at least 2")
    if min_passage_words < shingle_words:
        raise ParameterError(f"min_passage_words={min_passage_words!r} must be at least "
                             f"shingle_words={shingle_words}")
    if max_shingle_df < 2:
        raise ParameterError(f"max_shingle_df={max_shingle_df!r} must be at least 2")
    wanted = set(kinds)
    unknown = wanted - set(KINDS)
    if unknown or not wanted:
        raise ParameterError(f"kinds={list(kinds)!r}: choose among {', '.join(KINDS)}")
    corpus = _corpus_of(data)
    if by not in corpus.columns:
        raise ParameterError(f"the corpus has no column {by!r}")
    ids = corpus["id"].astype(str).tolist()
    texts = corpus["text"].fillna("").astype(str).tolist()
    outlets = corpus[by].astype(str).tolist()
    published = (pd.to_datetime(corpus["published"], utc=True) if "published" in corpus
                 else pd.Series(pd.NaT, index=corpus.index, dtype="datetime64[ns, UTC]"))
    published = published.tolist()

    tokens = [_tokens(t) for t in texts]
    shingle_ids = _shingle_ids([w for w, _, _ in tokens], shingle_words)
    n_docs = len(ids)
    rows = np.repeat(np.arange(n_docs), [len(d) for d in shingle_ids])
    cols = np.concatenate(shingle_ids) if shingle_ids else np.zeros(0, dtype=np.int64)
    n_shingles = int(cols.max()) + 1 if len(cols) else 1
    matrix = sp.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)),
                           shape=(n_docs, n_shingles))
    matrix.sum_duplicates()
    matrix.data[:] = 1  # a shingle present twice in an article counts once
    sizes = np.asarray(matrix.sum(axis=1)).ravel()
    df = np.asarray(matrix.sum(axis=0)).ravel()
    counted = matrix[:, np.flatnonzero(df <= max_shingle_df)]
    shared = sp.triu(counted @ counted.T, k=1).tocoo()
    floor = min_passage_words - shingle_words + 1

    verbs = _reporting_verbs()
    # every reprint pair is aligned, even when not asked for: the echoes are found from them
    found = []  # (earlier, later, pair row, passage rows, passages' first shingle and length)
    if progress is None:
        progress = len(shared.data) >= PROGRESS_MIN_PAIRS and os.environ.get(
            PROGRESS_ENV, "").strip().lower() not in OFF_WORDS
    candidates = tqdm(zip(shared.row, shared.col, shared.data, strict=True),
                      total=len(shared.data), disable=not progress, desc="Comparing",
                      unit=" pairs")
    for a, b, n_shared in candidates:
        if n_shared < floor or (not same_outlet and outlets[a] == outlets[b]):
            continue
        earlier, later, direction = _order(a, b, published, ids)
        union = sizes[a] + sizes[b] - n_shared
        jaccard = float(n_shared / union) if union else 0.0
        containment = float(n_shared / sizes[earlier]) if sizes[earlier] else 0.0
        kind = ("reprint" if containment >= REPRINT_CONTAINMENT else
                "rewrite" if jaccard >= REWRITE_JACCARD else "shared_passages")
        if kind not in wanted and kind != "reprint":
            continue
        passages = _passages(tokens[earlier], tokens[later], shingle_ids[earlier].tolist(),
                             shingle_ids[later].tolist(), shingle_words, min_passage_words)
        # a passage must hold a shingle's worth of words besides a source's identification
        passages = [p for p in passages if p[4] - _identification_bound(
            tokens[earlier], texts[earlier], p[5], p[4], verbs) >= shingle_words
                    or p[4] - _identification_words(*_passage_words(
                        tokens[earlier], texts[earlier], tokens[later], texts[later],
                        p[5], p[6], p[4]), verbs) >= shingle_words]
        if not passages:
            continue
        later_text = texts[later]
        quotes = quotation_spans(later_text)
        n_words_total, quoted_chars, chars, rows = 0, 0, 0, []
        for number, (e_start, e_end, l_start, l_end, n_words, _, _) in enumerate(passages):
            q_share = _covered(l_start, l_end, quotes, later_text)
            rows.append((ids[earlier], ids[later], number, e_start, e_end, l_start,
                         l_end, n_words, q_share, texts[earlier][e_start:e_end],
                         later_text[l_start:l_end]))
            n_words_total += n_words
            quoted_chars += q_share * (l_end - l_start)
            chars += l_end - l_start
        pair = (ids[earlier], ids[later], outlets[earlier], outlets[later],
                published[earlier], published[later], direction, kind, jaccard,
                containment, int(n_shared), len(passages), n_words_total,
                max(p[4] for p in passages), quoted_chars / chars if chars else 0.0)
        found.append((earlier, later, pair, rows,
                       [(p[5], p[4] - shingle_words + 1) for p in passages]))

    echo_of = _echoes(found, shingle_ids, shared, floor, ids, outlets,
                      same_outlet)
    pair_rows, passage_rows, echo_rows = [], [], []
    for number, (_, _, pair, rows, _) in enumerate(found):
        if pair[7] not in wanted:
            continue
        if number in echo_of:
            echo_rows.append((*pair, *echo_of[number]))
        else:
            pair_rows.append(pair)
            passage_rows.extend(rows)
    pairs, echoes = (_pair_table(pair_rows, PAIR_COLUMNS), _pair_table(echo_rows, ECHO_COLUMNS))
    passages = pd.DataFrame(passage_rows, columns=list(PASSAGE_COLUMNS))
    return Reuse(pairs=pairs, passages=passages, echoes=echoes)


def _pair_table(rows: list[tuple], columns: Sequence[str]) -> pd.DataFrame:
    pairs = pd.DataFrame(rows, columns=list(columns))
    for column in ("earlier_published", "later_published"):
        pairs[column] = pd.to_datetime(pairs[column], utc=True)
    return pairs.sort_values(["jaccard", "earlier_id", "later_id"],
                             ascending=[False, True, True], ignore_index=True)


def _echoes(found: list[tuple], shingle_ids: list[np.ndarray], shared, floor: int,
            ids: list[str], outlets: list[str], same_outlet: bool) -> dict[int, tuple[str, str]]:
    """Which of ``found`` only repeat, through a reprint, a pair of the original(s): number →
    the ids of the originals of its earlier and later article. The rule is in the module
    notes.

    The reprints are read as :func:`mark_reprints` reads them from the finished table (reprint
    pairs strongest first, each later article's first one its parent, chains followed to the
    first original), so its result does not change when the echoes are left out.
    """
    def strength(number: int) -> tuple:
        pair = found[number][2]
        return (-pair[8], pair[0], pair[1])

    parent: dict[int, int] = {}
    edges = set()
    for number in sorted((k for k, f in enumerate(found) if f[2][7] == "reprint"), key=strength):
        earlier, later = found[number][0], found[number][1]
        if later not in parent:
            parent[later] = earlier
            edges.add(number)
    if not parent:
        return {}
    shared = shared.tocsr()

    kept_shingles: dict[int, set] = {}

    def within(article: int, shingles: np.ndarray) -> bool:
        if article not in kept_shingles:
            kept_shingles[article] = set(shingle_ids[article].tolist())
        return kept_shingles[article].issuperset(shingles.tolist())

    echoes = {}
    for number, (earlier, later, _, _, spans) in enumerate(found):
        if number in edges or (earlier not in parent and later not in parent):
            continue
        first, second = _original(parent, earlier), _original(parent, later)
        if first == second:  # two copies of one original, or the original and a copy:
            if first in (earlier, later):  # a pair with the original itself is its own
                continue
        elif ((not same_outlet and outlets[first] == outlets[second])
              or shared[min(first, second), max(first, second)] < floor):
            continue  # the originals' pair is not reported: this pair is the only record
        text = np.concatenate([shingle_ids[earlier][i:i + n] for i, n in spans])
        originals = {r for r, side in ((first, earlier), (second, later)) if r != side}
        if all(within(r, text) for r in originals):
            echoes[number] = (ids[first], ids[second])
    return echoes


#: Words allowed inside a run of name words ("University *of* Aldmere", "Ministry *of the*
#: Interior", "Ludwig *van* Beethoven"): English connectors and common name particles.
_NAME_CONNECTORS = frozenset("of the and for de del della der van von al bin da di du la le "
                             "st".split())
#: Words that open an appositive noun phrase ("*a* hydrologist at …", "*the* union's chair").
_APPOSITIVE_OPENERS = frozenset("a an the its their his her our one".split())
#: Words that show a comma-bounded stretch is a clause, not a noun phrase (an appositive has no
#: finite verb; the reporting verbs are tested separately): relative pronouns and auxiliaries.
_CLAUSE_WORDS = frozenset("who whom whose which that where when is was are were be been being "
                          "has had have will would can could should may might must do does did "
                          "not".split())


def _reporting_verbs() -> frozenset:
    """The single-word forms of the suite's attribution verbs (``said``, ``told``, ``added``)."""
    return frozenset(f for f in lexicons().verb_forms if " " not in f and f.islower())


def _identification_words(words: Sequence[str], capital: Sequence[bool],
                          breaks: Sequence[str], verbs: frozenset) -> int:
    """How many words of a passage only identify a source: a name, its appositive and the
    reporting verb ("Dr. Samuel Achterberg, a hydrologist at the University of Aldmere, said").

    ``words`` are the passage's folded words, ``capital[i]`` whether word ``i`` starts with a
    capital in both articles, ``breaks[i]`` what separates word ``i`` from the next: ``""``
    (a space, or the full stop of a title such as "Dr."), ``","`` or ``"|"`` (any other mark:
    sentence end, quotation mark, semicolon, dash, bracket). The passage is cut into
    comma-bounded *segments*. A *name run* is a stretch of capitalised words (with
    :data:`_NAME_CONNECTORS` inside), no longer than an appositive. An *appositive* is a
    segment of at most :data:`~analysis.sourcing.MAX_APPOSITIVE_WORDS` words, with no reporting
    verb and no :data:`_CLAUSE_WORDS` (a noun phrase has no finite verb), that opens with
    :data:`_APPOSITIVE_OPENERS` or ends in a name ("retired judge Bernt Sorvik"). Counted as
    identification, the three forms reporters use:

    1. name run + verb in one segment: "*Oduya said* the union would …";
    2. verb opening a segment, after up to two segments that are name runs or appositives, at
       least one naming someone (a name run, or an appositive ending in two capitalised
       words): "*Dr. Samuel Achterberg, a hydrologist at the University of Aldmere, said*";
    3. verb + name run closing a segment, then at most one appositive: "…,” *said Dr. Samuel
       Achterberg, a hydrologist at the University of Aldmere*."

    >>> w = "dr samuel achterberg a hydrologist at the university of aldmere said the".split()
    >>> cap = [True, True, True, False, False, False, False, True, False, True, False, False]
    >>> cuts = ["", "", ",", "", "", "", "", "", "", ",", "", ""]
    >>> _identification_words(w, cap, cuts, frozenset({"said"}))
    11
    """
    n = len(words)
    verb_at = [i for i, w in enumerate(words) if w in verbs and not capital[i]]
    if not verb_at:
        return 0
    segments, start = [], 0  # (first, last) word of each segment, and what ends it
    for i, cut in enumerate(breaks):
        if cut or i == n - 1:
            segments.append((start, i, cut or "|"))
            start = i + 1
    seg_of = []
    for t, (a, b, _) in enumerate(segments):
        seg_of += [t] * (b - a + 1)

    is_name = [c or w in _NAME_CONNECTORS for w, c in zip(words, capital, strict=True)]
    is_named = [c and w not in _NAME_CONNECTORS for w, c in zip(words, capital, strict=True)]

    def name_run(a: int, b: int) -> bool:  # (no longer than an appositive)
        return (a <= b and b - a < MAX_APPOSITIVE_WORDS and all(is_name[a:b + 1])
                and any(is_named[a:b + 1]))

    def appositive(a: int, b: int) -> bool:
        ws = words[a:b + 1]
        return (len(ws) <= MAX_APPOSITIVE_WORDS and verbs.isdisjoint(ws)
                and _CLAUSE_WORDS.isdisjoint(ws)
                and (ws[0] in _APPOSITIVE_OPENERS or capital[b]))

    def names_someone(a: int, b: int) -> bool:
        return name_run(a, b) or (b > a and capital[b] and capital[b - 1])

    marked: set[int] = set()
    for v in verb_at:
        t = seg_of[v]
        a, b, _ = segments[t]
        if v > a and name_run(a, v - 1):  # 1. "Oduya said"
            marked.update(range(a, v + 1))
        elif v == a and t > 0 and segments[t - 1][2] == ",":  # 2. "X, a hydrologist, said"
            chosen, named, u = [], False, t - 1
            while u >= 0 and len(chosen) < 2:
                pa, pb, _ = segments[u]
                if not (name_run(pa, pb) or appositive(pa, pb)):
                    break
                chosen.append((pa, pb))
                named = named or names_someone(pa, pb)
                if u == 0 or segments[u - 1][2] != ",":
                    break
                u -= 1
            if named:
                for pa, pb in chosen:
                    marked.update(range(pa, pb + 1))
                marked.add(v)
        if v < b and name_run(v + 1, b):  # 3. "said Dr. Samuel Achterberg, a hydrologist"
            marked.update(range(v, b + 1))
            if segments[t][2] == "," and t + 1 < len(segments):
                na, nb, _ = segments[t + 1]
                if appositive(na, nb):
                    marked.update(range(na, nb + 1))
    return len(marked)


def _identification_bound(tokens, text: str, i: int, n_words: int,
                          verbs: frozenset) -> int:
    """A quick upper bound of :func:`_identification_words` for the ``n_words`` words from
    word ``i``, read from the earlier article alone, word breaks ignored: for each reporting
    verb, the verb, the run of name words (capitalised or connectors) before it, or two
    segments of at most :data:`~analysis.sourcing.MAX_APPOSITIVE_WORDS` words when a comma
    precedes it, and a run of name words holding a capital after it with one appositive. Most
    shared passages keep :data:`SHINGLE_WORDS` other words even then and skip the full
    reading.
    """
    folded, starts, ends = tokens
    if verbs.isdisjoint(folded[i:i + n_words]):
        return 0
    last, bound = i + n_words - 1, 0
    for k in range(i, last + 1):
        if folded[k] not in verbs:
            continue
        back = 0
        while k - back - 1 >= i and (text[starts[k - back - 1]].isupper()
                                     or folded[k - back - 1] in _NAME_CONNECTORS):
            back += 1
        if k > i and "," in text[ends[k - 1]:starts[k]]:
            back = max(back, 2 * MAX_APPOSITIVE_WORDS)
        ahead, capital = 0, False
        while k + ahead + 1 <= last:
            upper = text[starts[k + ahead + 1]].isupper()
            if not (upper or folded[k + ahead + 1] in _NAME_CONNECTORS):
                break
            capital = capital or upper
            ahead += 1
        bound += 1 + back + (ahead + MAX_APPOSITIVE_WORDS if capital else 0)
    return bound


def _passage_words(tokens, text: str, other_tokens, other_text: str, i: int, j: int,
                   n_words: int) -> tuple[list[str], list[bool], list[str]]:
    """The folded words of a passage starting at word ``i`` of one article and ``j`` of the
    other, whether each is capitalised in both, and the break after each (see
    :func:`_identification_words`)."""
    folded, starts, ends = tokens
    words = folded[i:i + n_words]
    starts, ends = starts[i:i + n_words].tolist(), ends[i:i + n_words].tolist()
    o_starts = other_tokens[1][j:j + n_words].tolist()
    capital = [text[a].isupper() and other_text[b].isupper()
               for a, b in zip(starts, o_starts, strict=True)]
    breaks = []
    for k, (end, following) in enumerate(zip(ends[:-1], starts[1:], strict=True)):
        gap = text[end:following].strip()
        if not gap:
            breaks.append("")
        elif gap == "." and (words[k] in textlib.TITLE_ABBREVIATIONS
                             or (len(words[k]) == 1 and capital[k])):
            breaks.append("")  # "Dr. Samuel", "J. Smith"
        else:
            breaks.append("," if gap == "," else "|")
    breaks.append("|")
    return words, capital, breaks


def _order(a: int, b: int, published: list, ids: list[str]) -> tuple[int, int, str]:
    """(earlier, later, direction): by publication time, ties and undated by id."""
    pa, pb = published[a], published[b]
    if pd.isna(pa) or pd.isna(pb) or pa == pb:
        first, second = (a, b) if ids[a] <= ids[b] else (b, a)
        return first, second, "undetermined"
    return (a, b, "earlier → later") if pa < pb else (b, a, "earlier → later")


def _passages(earlier_tokens, later_tokens, earlier_shingles: Sequence[int],
              later_shingles: Sequence[int], k: int, min_words: int) -> list[tuple]:
    """Runs of consecutive shared shingles → (e_start, e_end, l_start, l_end, n_words, i, j):
    character offsets, length, and the first word (and shingle) in each article."""
    positions: dict[int, list[int]] = {}
    for i, s in enumerate(earlier_shingles):
        positions.setdefault(s, []).append(i)
    matches = {(i, j) for j, s in enumerate(later_shingles) for i in positions.get(s, ())}
    found, used_later = [], set()
    for i, j in sorted(matches, key=lambda m: (m[1], m[0])):
        if (i - 1, j - 1) in matches or j in used_later:
            continue
        n = 0
        while (i + n, j + n) in matches:
            n += 1
        n_words = n + k - 1
        if n_words < min_words:
            continue
        used_later.update(range(j, j + n))
        _, e_starts, e_ends = earlier_tokens
        _, l_starts, l_ends = later_tokens
        found.append((int(e_starts[i]), int(e_ends[i + n_words - 1]), int(l_starts[j]),
                      int(l_ends[j + n_words - 1]), n_words, i, j))
    return found


def _covered(start: int, end: int, spans: Sequence[tuple[int, int]], text: str) -> float:
    """Share of the non-space characters of ``text[start:end]`` inside ``spans``."""
    total = sum(not c.isspace() for c in text[start:end])
    if not total:
        return 0.0
    inside = 0
    for s, e in spans:
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            inside += sum(not c.isspace() for c in text[lo:hi])
    return inside / total


def mark_reprints(articles: pd.DataFrame, pairs: pd.DataFrame, *,
                  kinds: Sequence[str] = ("reprint",)) -> pd.DataFrame:
    """A copy of ``articles`` with ``original_id``: the first article a reprint copies.

    Reprint pairs are chained (a reprint of a reprint points to the first original, the
    earliest article of the chain). Articles that are not reprints get ``<NA>``. The caller's
    table is not changed.

    Parameters
    ----------
    articles : DataFrame
        With an ``id`` column (``result.articles`` or a corpus).
    pairs : DataFrame
        ``Reuse.pairs`` from :func:`find_reuse`.
    kinds : sequence of str
        Which pair kinds count as copies (from :data:`KINDS`); add ``"rewrite"`` to also
        count close rewrites once.

    Examples
    --------
    >>> pairs = pd.DataFrame({"earlier_id": ["a", "b"], "later_id": ["b", "c"],
    ...                       "kind": ["reprint", "reprint"]})
    >>> mark_reprints(pd.DataFrame({"id": ["a", "b", "c", "d"]}), pairs)["original_id"].tolist()
    [<NA>, 'a', 'a', <NA>]
    """
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise ParameterError(f"kinds {bad!r} not valid; choose from {', '.join(KINDS)}")
    if "id" not in articles.columns:
        raise ParameterError("the articles table has no 'id' column")
    parent: dict[str, str] = {}
    chosen = pairs[pairs["kind"].isin(list(kinds))] if len(pairs) else pairs
    for earlier, later in zip(chosen.get("earlier_id", []), chosen.get("later_id", []),
                              strict=True):
        parent.setdefault(later, earlier)

    out = articles.copy()
    out["original_id"] = pd.array([_original(parent, i) if i in parent else pd.NA
                                     for i in out["id"]],
                                  dtype="string")
    return out


def drop_reprints(table: pd.DataFrame, marked: pd.DataFrame, *,
                  id_column: str | None = None) -> pd.DataFrame:
    """Rows of ``table`` that do not belong to reprints, so copied stories count once.

    ``table`` may be the articles (``id``), the attributions or spans (``article_id``);
    ``marked`` is the output of :func:`mark_reprints`. A new table is returned.

    >>> marked = pd.DataFrame({"id": ["a", "b"], "original_id": [pd.NA, "a"]})
    >>> attributions = pd.DataFrame({"article_id": ["a", "b", "b"], "speaker_type": ["x"] * 3})
    >>> len(drop_reprints(attributions, marked))
    1
    """
    if id_column is None:
        id_column = "article_id" if "article_id" in table.columns else "id"
    if id_column not in table.columns:
        raise ParameterError(f"the table has no column {id_column!r}")
    if "original_id" not in marked.columns:
        raise ParameterError("marked has no 'original_id' column: pass mark_reprints(...)")
    reprints = set(marked.loc[marked["original_id"].notna(), "id"])
    return table[~table[id_column].isin(reprints)].reset_index(drop=True)


def reprint_ids(marked: pd.DataFrame) -> list[str]:
    """Ids of the articles :func:`mark_reprints` found to be reprints (sorted)."""
    return sorted(marked.loc[marked["original_id"].notna(), "id"].astype(str))


def reprints_in(result, *, by: str = "outlet") -> list[str]:
    """Ids of the articles of ``result`` that reprint another outlet's article: the reprints
    of :func:`find_reuse` (asked for reprints only, so no weaker pair's passages are aligned),
    marked by :func:`mark_reprints` (sorted).

    >>> import analysis as ma
    >>> text = ("Nurses at Aldmere General walked out on Tuesday over pay and staffing, the "
    ...         "union said, in the first strike at the hospital in living memory.")
    >>> r = ma.analyze(pd.DataFrame({"id": ["w", "t"], "outlet": ["Wire", "Tabloid"],
    ...     "published": ["2026-10-06 08:00", "2026-10-06 16:00"],
    ...     "text": [text, "SHOCK! " + text]}), cache=None)
    >>> reprints_in(r)
    ['t']
    """
    pairs = find_reuse(result, by=by, kinds=("reprint",)).pairs
    return reprint_ids(mark_reprints(result.articles, pairs))


def count_once(table: pd.DataFrame, marked: pd.DataFrame, *, by: str,
               id_column: str | None = None) -> pd.DataFrame:
    """Rows per ``by`` value counted every time (``n_all``) and with reprints left out
    (``n_once``): a wire story carried by several outlets then counts once.

    >>> marked = pd.DataFrame({"id": ["w", "r"], "original_id": [pd.NA, "w"]})
    >>> attributions = pd.DataFrame({"article_id": ["w", "w", "r", "r"],
    ...                              "speaker_type": ["official", "anonymous"] * 2})
    >>> count_once(attributions, marked, by="speaker_type").values.tolist()
    [['anonymous', 2, 1], ['official', 2, 1]]
    """
    if by not in table.columns:
        raise ParameterError(f"the table has no column {by!r}")
    once = drop_reprints(table, marked, id_column=id_column)
    out = pd.DataFrame({"n_all": label_missing(table, by).groupby(by).size(),
                        "n_once": label_missing(once, by).groupby(by).size()}).fillna(0).astype(int)
    return out.rename_axis(by).reset_index().sort_values(by, ignore_index=True)


def describe_reprint_accuracy(marked: pd.DataFrame, *, truth: str = "reprint_of") -> str:
    """Precision and recall against a hand-labelled column, or why they cannot be given."""
    if truth not in marked.columns:
        return (f"The collection has no hand-labelled {truth!r} column, so the detection "
                "cannot be checked here.")
    s = reprint_accuracy(marked, truth=truth)
    if s["tp"] + s["fp"] + s["fn"] == 0:
        return (f"Against the hand labels in {truth!r}: no article is labelled a reprint and "
                "none was detected, so there is nothing to score.")
    scores = [f"precision {s['precision']:.2f}" if s["tp"] + s["fp"] else
              "no precision: nothing detected",
              f"recall {s['recall']:.2f}" if s["tp"] + s["fn"] else
              "no recall: nothing labelled"]
    return (f"Against the hand labels in {truth!r}: {s['tp']} reprints found correctly, "
            f"{s['fp']} wrongly, {s['fn']} missed ({', '.join(scores)}).")


def show_passages(reuse: Reuse, *, n: int = 3, kinds: Sequence[str] = KINDS):
    """The shared passages of the ``n`` strongest pairs, earlier and later side by side, as
    an HTML object for notebooks and reports (all text escaped)."""
    from .inspect import CSS, clean_text

    pairs = reuse.pairs[reuse.pairs["kind"].isin(list(kinds))].head(n)
    blocks = []
    for pair in pairs.itertuples(index=False):
        mine = reuse.passages[(reuse.passages["earlier_id"] == pair.earlier_id)
                              & (reuse.passages["later_id"] == pair.later_id)]
        rows = "".join(
            f"<tr><td>{clean_text(p.earlier_text)}</td><td>{clean_text(p.later_text)}</td>"
            f'<td class="num">{p.n_words}</td></tr>' for p in mine.itertuples(index=False))
        when = lambda t: "undated" if pd.isna(t) else f"{t:%Y-%m-%d %H:%M} UTC"  # noqa: E731
        blocks.append(
            f'<div class="ma-inspect" style="display:block"><div class="ma-meta">'
            f"<b>{clean_text(pair.kind)}</b> · {clean_text(pair.direction)} · "
            f"{_share_phrase(pair.jaccard)} · {pair.shared_words} words in shared passages of "
            f"{MIN_PASSAGE_WORDS}+ words, below (shorter shared runs are counted in the share "
            f"but not shown)</div><table><tr>"
            f"<th>earlier: {clean_text(pair.earlier_outlet)}, {when(pair.earlier_published)}"
            f"<br><code>{clean_text(pair.earlier_id)}</code></th>"
            f"<th>later: {clean_text(pair.later_outlet)}, {when(pair.later_published)}"
            f"<br><code>{clean_text(pair.later_id)}</code></th><th>words</th></tr>"
            f"{rows}</table></div>")
    return _Html(f"<style>{CSS}</style>" + ("".join(blocks) or "<p>No shared passages.</p>"))


def _share_phrase(jaccard: float) -> str:
    """The Jaccard similarity in a reader's words, with the figure itself for checking.

    >>> _share_phrase(0.872)
    '87% of their distinct 5-word sequences in common (Jaccard 0.872)'
    """
    return (f"{jaccard:.0%} of their distinct {SHINGLE_WORDS}-word sequences in common "
            f"(Jaccard {jaccard:.3f})")


class _Html:
    def __init__(self, html: str):
        self.html = html

    def _repr_html_(self) -> str:
        return self.html


def reprint_accuracy(marked: pd.DataFrame, *, truth: str = "reprint_of") -> dict[str, float]:
    """Precision, recall and F1 of detected reprints against a hand-labelled column.

    A detection counts as right when the article is labelled a reprint and ``original_id``
    names the labelled original.

    >>> t = pd.DataFrame({"id": ["a", "b", "c"], "reprint_of": [None, "a", "a"],
    ...                   "original_id": [pd.NA, "a", pd.NA]})
    >>> reprint_accuracy(t)
    {'tp': 1, 'fp': 0, 'fn': 1, 'precision': 1.0, 'recall': 0.5, 'f1': 0.667}
    """
    from .evaluate import prf

    if truth not in marked.columns or "original_id" not in marked.columns:
        raise ParameterError(f"need columns {truth!r} and 'original_id'")
    labelled = {(i, o) for i, o in zip(marked["id"], marked[truth], strict=True)
                if isinstance(o, str) and o}
    found = {(i, o) for i, o in zip(marked["id"], marked["original_id"], strict=True)
             if isinstance(o, str) and o}
    tp, fp, fn = len(labelled & found), len(found - labelled), len(labelled - found)
    precision, recall, f1 = prf(tp, fp, fn)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3)}


def passage_spans(passages: pd.DataFrame) -> pd.DataFrame:
    """Shared passages as spans (kind ``reuse``) in both articles, for the inspector.

    >>> p = pd.DataFrame({"earlier_id": ["a"], "later_id": ["b"], "earlier_start": [0],
    ...     "earlier_end": [9], "later_start": [4], "later_end": [13], "n_words": [12],
    ...     "earlier_text": ["x"], "later_text": ["y"]})
    >>> passage_spans(p)[["article_id", "start", "label"]].values.tolist()
    [['a', 0, 'reused later by b (12 words)'], ['b', 4, 'copied from earlier a (12 words)']]
    """
    rows = []
    for p in passages.itertuples(index=False):
        rows.append((p.earlier_id, p.earlier_start, p.earlier_end, "reuse",
                     f"reused later by {p.later_id} ({p.n_words} words)", p.earlier_text))
        rows.append((p.later_id, p.later_start, p.later_end, "reuse",
                     f"copied from earlier {p.earlier_id} ({p.n_words} words)", p.later_text))
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "kind", "label", "text"])


def describe_reuse(pairs: pd.DataFrame, *, echoes: pd.DataFrame | None = None) -> str:
    """One plain-language sentence about the reuse found.

    ``echoes`` (``Reuse.echoes``), when given, adds how many pairs were left out because they
    only repeat an original's pair through its reprint.

    >>> describe_reuse(pd.DataFrame(columns=list(PAIR_COLUMNS)))
    'No pair of articles from different outlets shares a passage of 12 words or more.'
    """
    if pairs.empty:
        return (f"No pair of articles from different outlets shares a passage of "
                f"{MIN_PASSAGE_WORDS} words or more.")
    n_echoes = 0 if echoes is None else len(echoes)
    counts = pairs["kind"].value_counts()
    parts = [f"{len(pairs)} pairs of articles from different outlets share passages of "
             f"{MIN_PASSAGE_WORDS}+ words: {counts.get('reprint', 0)} reprints, "
             f"{counts.get('rewrite', 0)} possible close rewrites (a lead to read: the "
             f"measure cannot tell a rewrite from a credited relay) and "
             f"{counts.get('shared_passages', 0)} with only some passages in common"]
    copies = pairs[pairs["kind"].isin(["reprint", "rewrite"])]
    if len(copies):
        flows = copies.groupby(["earlier_outlet", "later_outlet"]).size()
        flows = flows.sort_values(ascending=False, kind="stable")
        parts.append("reprints and possible rewrites run " + "; ".join(
            f"{a} → {b} ({n})" for (a, b), n in flows.items()))
    rest = pairs[pairs["kind"] == "shared_passages"]
    if len(rest):
        quoted = int((rest["quoted_share"] >= QUOTED_PASSAGE_SHARE).sum())
        parts.append(f"in {quoted} of the {len(rest)} partial pairs the shared words are mostly "
                     "quotations, which points to the same speaker quoted, not to copying")
    if n_echoes:
        parts.append(f"{n_echoes} more {'pair' if n_echoes == 1 else 'pairs'} of a reprint "
                     "with another article only repeat the original's pair with it (the same "
                     "text) and are counted once, from the original")
    return "; ".join(parts) + "."
