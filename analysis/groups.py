"""Grouping without losing rows: a missing group value becomes a visible label.

``DataFrame.groupby`` leaves out rows whose key is missing (NaN/None) unless told otherwise,
so an article with no ``genre`` would silently vanish from every per-genre table. Every
aggregate of the package that groups by a user-chosen column calls :func:`label_missing` first.
"""

from __future__ import annotations

import pandas as pd

#: Label given to a missing group value in every grouped table and chart.
MISSING_GROUP = "(missing)"


def with_column(corpus: pd.DataFrame, articles: pd.DataFrame, column: str) -> pd.DataFrame:
    """``corpus`` with ``column`` taken from the ``articles`` table of its analysis (matched
    by id) when the corpus lacks it, so text-based tables (distinctive words, text reuse) can be
    grouped by an analysis result such as ``tone_label`` or ``dominant_frame``, as the other
    charts are. A column neither table has is left to the caller's own error.

    >>> corpus = pd.DataFrame({"id": ["a", "b"], "text": ["x", "y"]})
    >>> articles = pd.DataFrame({"id": ["b", "a"], "tone_label": ["positive", "negative"]})
    >>> with_column(corpus, articles, "tone_label")["tone_label"].tolist()
    ['negative', 'positive']
    """
    if column in corpus.columns or column not in articles.columns:
        return corpus
    return corpus.merge(articles[["id", column]], on="id", how="left")


def label_missing(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """``frame`` with missing values in ``columns`` replaced by :data:`MISSING_GROUP`.

    Returns the frame itself when nothing is missing (no copy), else a copy: the caller's
    frame is never changed.

    >>> t = pd.DataFrame({"genre": ["news", None], "n": [1, 2]})
    >>> label_missing(t, "genre").groupby("genre")["n"].sum().to_dict()
    {'(missing)': 2, 'news': 1}
    >>> t["genre"].isna().sum()
    np.int64(1)
    """
    missing = [c for c in columns if c in frame.columns and frame[c].isna().any()]
    if not missing:
        return frame
    out = frame.copy()
    for column in missing:
        values = out[column].astype(object)
        out[column] = values.where(values.notna(), MISSING_GROUP)
    return out


#: ``genre`` values that name an opinion piece (compared case-insensitively).
OPINION_GENRES = frozenset({"column", "editorial", "opinion", "comment", "op-ed", "letter"})

#: A group is called out as mostly opinion when at least this share of its articles are.
MOSTLY_OPINION = 0.5


def is_opinion(genre) -> bool:
    """Whether a ``genre`` value names an opinion piece (:data:`OPINION_GENRES`)."""
    return isinstance(genre, str) and genre.strip().lower() in OPINION_GENRES


def genre_table(articles: pd.DataFrame, by: str = "outlet", column: str = "genre"
                ) -> pd.DataFrame:
    """Articles per ``by`` group and genre, with each group's opinion share; empty when the
    collection has no ``column``. Articles with no genre are counted under
    ``"(no genre given)"`` (in most newsroom exports: news reports).

    >>> a = pd.DataFrame({"outlet": ["A", "A", "B"], "genre": ["column", None, None]})
    >>> genre_table(a).to_dict("records")
    [{'outlet': 'A', '(no genre given)': 1, 'column': 1, 'articles': 2, 'opinion_share': 0.5}, \
{'outlet': 'B', '(no genre given)': 1, 'column': 0, 'articles': 1, 'opinion_share': 0.0}]
    """
    if column not in articles.columns or by not in articles.columns or articles.empty:
        return pd.DataFrame()
    genre = articles[column].astype(object).where(articles[column].notna(), "(no genre given)")
    groups = label_missing(articles[[by]], by)[by]
    table = pd.crosstab(groups, genre)
    table.columns.name = None
    table["articles"] = table.sum(axis=1)
    opinion = articles[column].map(is_opinion).groupby(groups).sum()
    table["opinion_share"] = (opinion / table["articles"]).round(2)
    return table.reset_index()


def describe_opinion_groups(articles: pd.DataFrame, by: str = "outlet",
                            column: str = "genre", at_least: float = MOSTLY_OPINION) -> str:
    """A warning naming every ``by`` group whose articles are mostly opinion pieces (a
    ``genre`` in :data:`OPINION_GENRES`), since comparing it with groups of news reports then
    compares genres as much as outlets; ``""`` when none is (or there is no ``column``).

    >>> a = pd.DataFrame({"outlet": ["A", "A", "B"], "genre": ["column", "editorial", None]})
    >>> print(describe_opinion_groups(a))  # doctest: +NORMALIZE_WHITESPACE
    All 2 of A's articles are opinion pieces (1 column and 1 editorial); none of the other
    outlets' 1 article is. Its figures describe commentary, so comparing it with the other
    outlets compares genres as much as outlets (opinion pieces typically quote fewer people
    and argue more).
    """
    from .stats import join_and  # (stats imports this module)

    if column not in articles.columns or by not in articles.columns or articles.empty:
        return ""
    opinion = articles[column].map(is_opinion)
    groups = label_missing(articles[[by]], by)[by]
    shares = opinion.groupby(groups).mean()
    flagged = [g for g, share in shares.items() if share >= at_least]
    if not flagged:
        return ""
    parts = []
    for group in flagged:
        mine = groups == group
        kinds = articles.loc[mine & opinion, column].str.strip().str.lower().value_counts()
        n, k = int(mine.sum()), int((mine & opinion).sum())
        count = f"All {n}" if k == n else f"{k} of {n}"
        kinds_text = join_and([f"{c} {kind}{'s' if c != 1 else ''}" for kind, c in kinds.items()])
        parts.append(f"{count} of {group}'s articles are opinion pieces ({kinds_text})")
    others = ~groups.isin(flagged)
    n_others, k_others = int(others.sum()), int((others & opinion).sum())
    noun = "outlets" if by == "outlet" else "groups"
    text = "; ".join(parts)
    if n_others:
        text += (f"; {'none' if k_others == 0 else k_others} of the other {noun}' {n_others} "
                 f"article{'' if n_others == 1 else 's'} "
                 f"{'is' if k_others in (0, 1) else 'are'}")
    subject = "Its" if len(flagged) == 1 else "Their"
    pronoun = "it" if len(flagged) == 1 else "them"
    return (f"{text}. {subject} figures describe commentary, so comparing {pronoun} with the "
            f"other {noun} compares genres as much as {noun} (opinion pieces typically quote "
            "fewer people and argue more).")
