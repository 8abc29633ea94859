"""Distinctive vocabulary: the words and phrases that set one group of articles apart.

Method: the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
"Fightin' Words", *Political Analysis* 16(4), section 3.5). For each group ``i`` (an outlet, or
any value of a grouping column) against all other articles together (``j``), and each term
``w`` (a word or a phrase of up to ``ngram_range[1]`` words):

* ``y_i`` and ``y_j`` are the term's counts in the group and in the rest, ``n_i`` and ``n_j``
  the total term counts of each side;
* ``a`` is the term's prior count and ``a0`` the sum of all prior counts. The prior comes from
  the whole collection (default) or from a background collection the user supplies, scaled so
  that ``a0`` equals the number of terms in the analysed collection (a prior as strong as the
  data, as in Monroe et al.'s informative-prior example);
* log-odds ratio ``δ = log((y_i + a) / (n_i + a0 − y_i − a)) − log((y_j + a) / (n_j + a0 − y_j
  − a))``, its variance ``σ² ≈ 1/(y_i + a) + 1/(y_j + a)`` (their equation 20) and
  ``z = δ / σ``.

Positive ``z`` means the group uses the term more than the rest; ``|z| ≥ 1.96`` is the usual
reading of "clearly more than chance" (a guide, not a test corrected for thousands of terms).

Terms are lower-cased words as defined by :data:`analysis.text.WORD_RE` (so ``don’t`` and
``U.S.-style`` stay whole), and phrases of consecutive words. A phrase that starts or ends with a
common function word (``of the``, ``said the``) is dropped; the function-word list is
scikit-learn's English stop-word list.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

from .errors import ParameterError, SmallSampleWarning
from .text import WORD_RE

#: Conventional two-sided 5% critical value of the standard normal: the reading calls terms
#: with z at or above it "clearly" distinctive (Monroe et al. 2008 use z-scores this way).
Z_CLEAR = 1.96
#: The z a term must reach when it is one of thousands tried, as the listed top terms are:
#: about the Bonferroni bar for 5% over 10,000 terms (z = 4.4) to 1,000 (3.9) (review 22).
Z_MANY = 4.0
#: Columns of :func:`distinctive_terms`.
COLUMNS = ("group", "term", "log_odds", "z", "count", "count_rest")


#: A wire-style dateline opening an article ("PORT ALDMERE, Oct 8 (Meridian Wire) - ", "LONDON
#: (Reuters) —"): place in capitals, an optional date, an optional agency in brackets, a dash.
#: It is boilerplate, not vocabulary: left in, the month abbreviations and the agency's name
#: top a wire service's distinctive terms.
DATELINE_RE = re.compile(
    r"\A\s*[A-Z][A-Z .'’-]+[A-Z](?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,60}\))?"
    r"\s*[-–—]+\s+")


def strip_dateline(text: str) -> str:
    """``text`` without an opening wire-style dateline (:data:`DATELINE_RE`).

    >>> strip_dateline("PORT ALDMERE, Oct 8 (Meridian Wire) - Nurses walked out.")
    'Nurses walked out.'
    >>> strip_dateline("NATO said on Monday - as expected - that …")[:9]
    'NATO said'
    """
    return DATELINE_RE.sub("", text, count=1)


#: Dates are not a choice of words: month names and their abbreviations, weekdays and bare
#: numbers ("oct", "15", "tuesday") are left out of the lists unless ``keep_boilerplate``. A
#: wire service writes more dates than a columnist, which says nothing about its language.
DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday".split())
#: Numbers written out are numbers too ("seventy million crowns", "12 per cent"): left out
#: like digits, or a columnist who spells numbers out gets "seventy" as vocabulary (numbers
#: audit of the sample reports).
NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred hundreds thousand thousands million millions billion billions trillion "
    "half dozen cent percent first second third fourth fifth".split())
#: A single word is not listed beside a listed two-word phrase holding it when at least this
#: share of the word's uses in the group are inside that phrase ("meridian", "wire" beside
#: "meridian wire"): one habit would otherwise fill three of a group's places.
PHRASE_COVER = 0.8


def _date_terms(terms: np.ndarray) -> np.ndarray:
    """Which ``terms`` are made only of :data:`DATE_WORDS`, :data:`NUMBER_WORDS` and numbers.

    >>> _date_terms(np.array(["seventy", "per cent", "cent", "oct 15", "duty", "cent duty"]))
    array([ True, False,  True,  True, False, False])
    """
    return np.array([all(w in DATE_WORDS or w in NUMBER_WORDS or w.isdigit()
                         for w in t.split()) for t in terms], dtype=bool)


def _inside_phrases(table: pd.DataFrame) -> pd.Series:
    """Rows of a group's table (positive z) that are words mostly used inside a two-word
    phrase of the same table (:data:`PHRASE_COVER`)."""
    counts = dict(zip(table["term"], table["count"], strict=True))
    covered = set()
    for term, count in counts.items():
        words = term.split()
        if len(words) == 2:
            covered.update(w for w in words if w in counts and count >= PHRASE_COVER * counts[w])
    return table["term"].isin(covered)


def _own_name_terms(terms: np.ndarray, group: str) -> np.ndarray:
    """Which ``terms`` are made only of words of the group's own name (``lantern``, ``daily
    lantern`` for The Daily Lantern): an outlet naming itself is not a choice of words."""
    words = set(WORD_RE.findall(_normalise(group))) - ENGLISH_STOP_WORDS
    return np.array([bool(words) and set(t.split()) <= words for t in terms], dtype=bool)


def _normalise(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'")


def term_counter(ngram_range: tuple[int, int] = (1, 2), *, min_df: int = 1) -> CountVectorizer:
    """A scikit-learn counter of words (:data:`~analysis.text.WORD_RE`) and phrases.

    >>> v = term_counter((1, 2))
    >>> sorted(v.fit(["The cost of living rose."]).vocabulary_)
    ['cost', 'living', 'living rose', 'rose']
    """
    lo, hi = _check_ngram_range(ngram_range)
    return CountVectorizer(analyzer=_PhraseAnalyzer(lo, hi), min_df=min_df)


class _PhraseAnalyzer:
    """Callable analyzer: n-grams of words, dropping those that start or end with a stop word."""

    def __init__(self, lo: int, hi: int):
        self.lo, self.hi = lo, hi

    def __call__(self, text: str) -> list[str]:
        tokens = WORD_RE.findall(_normalise(text))
        keep = [t not in ENGLISH_STOP_WORDS for t in tokens]
        out = []
        for n in range(self.lo, self.hi + 1):
            if n == 1:
                out.extend(t for t, ok in zip(tokens, keep, strict=True) if ok)
                continue
            out.extend(" ".join(tokens[k:k + n]) for k in range(len(tokens) - n + 1)
                       if keep[k] and keep[k + n - 1])
        return out


def _check_ngram_range(ngram_range) -> tuple[int, int]:
    try:
        lo, hi = (int(x) for x in ngram_range)
    except (TypeError, ValueError):
        lo, hi = 0, 0
    if not 1 <= lo <= hi <= 3:
        raise ParameterError(f"ngram_range={ngram_range!r} is not valid; use (1, 1), (1, 2), "
                             "(1, 3), (2, 2), (2, 3) or (3, 3).")
    return lo, hi


def log_odds_z(y_i, y_j, prior) -> tuple[np.ndarray, np.ndarray]:
    """Log-odds ratio with informative Dirichlet prior and its z-score, term by term.

    Parameters
    ----------
    y_i, y_j : array-like of float
        Counts of each term in the group and in the rest.
    prior : array-like of float
        Prior count ``a`` of each term (all positive); ``a0`` is their sum.

    Returns
    -------
    (delta, z) : two arrays

    Examples
    --------
    Two terms; group counts (3, 1), rest (1, 3), prior (1, 1): ``n_i = n_j = 4``, ``a0 = 2``.
    For the first term ``δ = log(4/2) − log(2/4) = 2 log 2 = 1.386``,
    ``σ² = 1/4 + 1/2 = 0.75``, ``z = 1.386 / 0.866 = 1.601``.

    >>> d, z = log_odds_z([3, 1], [1, 3], [1, 1])
    >>> [round(float(x), 3) for x in d], [round(float(x), 3) for x in z]
    ([1.386, -1.386], [1.601, -1.601])
    """
    y_i, y_j, a = (np.asarray(x, dtype=float) for x in (y_i, y_j, prior))
    if (a <= 0).any():
        raise ParameterError("prior counts must all be positive")
    n_i, n_j, a0 = y_i.sum(), y_j.sum(), a.sum()
    delta = (np.log((y_i + a) / (n_i + a0 - y_i - a))
             - np.log((y_j + a) / (n_j + a0 - y_j - a)))
    variance = 1.0 / (y_i + a) + 1.0 / (y_j + a)
    return delta, delta / np.sqrt(variance)


def distinctive_terms(
    corpus: pd.DataFrame,
    by: str = "outlet",
    *,
    background: pd.DataFrame | Sequence[str] | None = None,
    top: int = 15,
    ngram_range: tuple[int, int] = (1, 2),
    min_count: int = 3,
    keep_boilerplate: bool = False,
) -> pd.DataFrame:
    """The terms each group uses distinctively more than all other articles.

    Parameters
    ----------
    corpus : DataFrame
        Articles with a ``text`` column and the grouping column ``by``.
    by : str
        Grouping column (``"outlet"``, or any column such as ``"author"``); any number of
        groups, each compared with all the others together. Rows whose group is missing are
        left out.
    background : DataFrame or sequence of str, optional
        A reference collection (a ``text`` column, or a list of texts) whose term frequencies
        form the prior. Default: the analysed collection itself.
    top : int
        Terms kept per group (the highest positive z first).
    ngram_range : (int, int)
        Shortest and longest phrase length in words, between 1 and 3.
    min_count : int
        A term must occur at least this many times in the collection to be scored (rarer terms
        give unstable ratios).
    keep_boilerplate : bool
        Default ``False``: an opening wire-style dateline is not counted
        (:func:`strip_dateline`), and neither a group's own name (``lantern`` for The Daily
        Lantern) nor dates and numbers (:data:`DATE_WORDS`, :data:`NUMBER_WORDS`, digits) are
        listed among its terms.
        ``True`` counts and lists every word as written. In both cases a word mostly used
        inside a listed two-word phrase is not listed beside it (:data:`PHRASE_COVER`).

    Returns
    -------
    DataFrame
        ``group, term, log_odds, z, count, count_rest``: ``log_odds`` is δ (natural log, group
        vs rest), ``z`` its z-score, ``count`` and ``count_rest`` the term's occurrences in the
        group and in the other articles. Only terms with positive z, at most ``top`` per
        group, groups in sorted order, z descending.

    Examples
    --------
    >>> articles = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "text": [
    ...     "Drought drought drought hits farms.", "The drought and the farms.",
    ...     "Council, council vote on budget.", "Council budget vote delayed, drought noted."]})
    >>> distinctive_terms(articles, top=1, min_count=2)[["group", "term", "count"]]
      group     term  count
    0     A  drought      4
    1     B  council      3
    """
    if not isinstance(corpus, pd.DataFrame):
        raise ParameterError("corpus must be a DataFrame with a 'text' column")
    for column in ("text", by):
        if column not in corpus.columns:
            raise ParameterError(f"the corpus has no column {column!r}; it has: "
                                 f"{', '.join(map(str, corpus.columns))}")
    if not isinstance(top, int) or top < 1:
        raise ParameterError(f"top={top!r} must be a whole number of 1 or more")
    if not isinstance(min_count, int) or min_count < 1:
        raise ParameterError(f"min_count={min_count!r} must be a whole number of 1 or more")
    rows = corpus[corpus[by].notna()]
    texts = rows["text"].fillna("").astype(str).tolist()
    if not keep_boilerplate:
        texts = [strip_dateline(t) for t in texts]
    groups = rows[by].astype(str).to_numpy()
    labels = sorted(set(groups))
    if len(labels) < 2:  # nothing to compare: an empty table and a warning, not a failed report
        warnings.warn(f"distinctive terms need at least two groups in {by!r}; found "
                      f"{len(labels)}", SmallSampleWarning, stacklevel=2)
        return pd.DataFrame(columns=["group", "term", "log_odds", "z", "count", "count_rest"])
    counter = term_counter(ngram_range)
    try:
        matrix = counter.fit_transform(texts)
    except ValueError:  # no terms at all
        return pd.DataFrame(columns=list(COLUMNS))
    terms = counter.get_feature_names_out()
    totals = np.asarray(matrix.sum(axis=0)).ravel()
    keep = totals >= min_count
    if not keep.any():
        return pd.DataFrame(columns=list(COLUMNS))
    matrix, terms, totals = matrix[:, keep], terms[keep], totals[keep]
    prior = _prior(totals, terms, background, ngram_range)

    out = []
    for label in labels:
        mask = groups == label
        y_i = np.asarray(matrix[mask].sum(axis=0)).ravel().astype(float)
        y_j = totals - y_i
        delta, z = log_odds_z(y_i, y_j, prior)
        table = pd.DataFrame({"group": label, "term": terms, "log_odds": delta, "z": z,
                              "count": y_i.astype(int), "count_rest": y_j.astype(int)})
        if not keep_boilerplate:
            table = table[~_own_name_terms(terms, label) & ~_date_terms(terms)]
        table = table[table["z"] > 0].sort_values(["z", "term"], ascending=[False, True])
        table = table[~_inside_phrases(table)]
        out.append(table.head(top))
    return pd.concat(out, ignore_index=True)


def _prior(totals: np.ndarray, terms: np.ndarray, background, ngram_range) -> np.ndarray:
    """Prior counts: background frequencies scaled to the collection's size (``a0 = n``).

    Terms absent from the background get half a count (before scaling) so no prior is zero.
    """
    if background is None:
        counts = totals.astype(float)
    else:
        if isinstance(background, pd.DataFrame):
            if "text" not in background.columns:
                raise ParameterError("background must have a 'text' column")
            texts = background["text"].fillna("").astype(str).tolist()
        elif isinstance(background, str):
            raise ParameterError("background must be a DataFrame or a list of texts, not one "
                                 "string")
        else:
            texts = [str(t) for t in background]
        analyzer = term_counter(ngram_range).build_analyzer()
        vocab = {t: k for k, t in enumerate(terms)}
        counts = np.full(len(terms), 0.5)
        for text in texts:
            for term in analyzer(text):
                k = vocab.get(term)
                if k is not None:
                    counts[k] += 1
    return counts / counts.sum() * totals.sum()


def describe_distinctive(table: pd.DataFrame, *, per_group: int = 3) -> str:
    """Reading of a :func:`distinctive_terms` table: each group's strongest terms.

    >>> t = pd.DataFrame({"group": ["A", "A", "B"], "term": ["drought", "farms", "council"],
    ...                   "z": [2.5, 1.2, 1.0], "count": [4, 2, 2]})
    >>> print(describe_distinctive(t))
    A most distinctively uses “drought” (z = 2.50), “farms” (z = 1.20; 1 of its 2 listed terms \
clears z ≥ 1.96); B: “council” (z = 1.00; it does not clear z ≥ 1.96). 1 of 3 terms clear \
z ≥ 1.96, the usual mark for one word chosen in advance; these are the top terms of thousands \
tried, so a z just above it can still be luck: 0 clear z ≥ 4 (an allowance for thousands of \
terms), the rest are hints.
    """
    if table.empty:
        return ("No term is used distinctively more by any group (only one group, or too "
                "little text).")
    parts = []
    for k, (group, rows) in enumerate(table.groupby("group", sort=True)):
        terms = ", ".join(f"“{r.term}” (z = {r.z:.2f})" for r in rows.head(per_group).itertuples())
        n_clear = int((rows["z"] >= Z_CLEAR).sum())
        if n_clear < len(rows):  # said in the last term's brackets: (z = 1.20; …)
            note = (f"{n_clear} of its {len(rows)} listed terms "
                    f"{'clears' if n_clear == 1 else 'clear'}" if n_clear else
                    f"none of its {len(rows)} listed terms clears" if len(rows) > 1 else
                    "it does not clear")
            terms = terms[:-1] + f"; {note} z ≥ {Z_CLEAR})"
        parts.append(f"{group} most distinctively uses {terms}" if k == 0 else f"{group}: {terms}")
    clear = int((table["z"] >= Z_CLEAR).sum())
    strong = int((table["z"] >= Z_MANY).sum())
    return ("; ".join(parts) + f". {clear} of {len(table)} terms clear z ≥ {Z_CLEAR}, the usual "
            "mark for one word chosen in advance; these are the top terms of thousands tried, "
            f"so a z just above it can still be luck: {strong} clear z ≥ {Z_MANY:g} (an "
            "allowance for thousands of terms), the rest are hints.")
