"""Topics: non-negative matrix factorisation (NMF) over TF-IDF, with readable labels.

Method (scikit-learn): each article becomes a TF-IDF vector of its words (lower-cased words of
:data:`analysis.text.WORD_RE`, English stop words and :data:`NEWS_STOP_WORDS` removed, words in
fewer than :data:`MIN_ARTICLES` articles or in more than :data:`MAX_ARTICLE_SHARE` of them
dropped); NMF factorises the article × word matrix into ``n_topics`` topics, each a non-negative
weight per word, and gives each article a non-negative weight per topic. Initialisation is
NNDSVDa (Boutsidis & Gallopoulos 2008; zeros filled with the matrix mean), which is
deterministic, so the same collection gives the same topics.

Outputs (a :class:`TopicModel`):

* ``terms``: ``topic, rank, term, weight`` — each topic's ``top_terms`` strongest words;
* ``labels``: topic number → ``"water · reservoir · ban"`` (its top three words);
* ``articles``: ``id, topic, topic_label, topic_weight, weight_1 … weight_K`` — each
  article's weights normalised to shares summing to 1, its dominant topic (largest share) and
  that share; articles with no scored word have no topic (``topic`` 0, label ``"(none)"``).

Limits: topics are word co-occurrence patterns, not themes a person named; their number is the
user's choice; a small collection (tens of articles) yields topics that mirror single stories.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from .errors import ParameterError, SmallSampleWarning, check_choice
from .stats import PERIODS, join_and, tied_at_top
from .text import WORD_RE

#: A word must appear in at least this many articles to enter the model (drops one-off names
#: and typos; scikit-learn's topic-extraction example uses the same floor).
MIN_ARTICLES = 2
#: A word in more than this share of articles is too common to tell topics apart
#: (scikit-learn's topic-extraction example uses 0.95).
MAX_ARTICLE_SHARE = 0.95
#: Iteration cap for NMF's coordinate-descent solver (scikit-learn's default is 200; more lets
#: small collections converge without a warning).
MAX_ITER = 1000
#: Words shown in a topic's label.
LABEL_TERMS = 3
NO_TOPIC_LABEL = "(none)"
#: pandas frequency that enumerates the starts of each period code in :data:`stats.PERIODS`.
_RANGE_FREQ = {"D": "D", "W": "W-MON", "M": "MS"}


@dataclass
class TopicModel:
    """A fitted topic model (from :func:`fit_topics`).

    Attributes
    ----------
    terms : DataFrame
        ``topic, rank, term, weight``: each topic's strongest words (topics numbered from 1).
    labels : dict
        Topic number → label made of its top three words.
    articles : DataFrame
        ``id, topic, topic_label, topic_weight, weight_1 … weight_K``: each article's topic
        shares, dominant topic and that topic's share.
    n_topics : int
    """

    terms: pd.DataFrame
    labels: dict[int, str]
    articles: pd.DataFrame
    n_topics: int
    vectorizer: TfidfVectorizer
    nmf: NMF

    def transform(self, corpus: pd.DataFrame) -> pd.DataFrame:
        """Topic shares and dominant topic of new articles (same columns as ``articles``)."""
        _need(corpus, "text")
        weights = self.nmf.transform(self.vectorizer.transform(_texts(corpus)))
        return _article_table(_ids(corpus), weights, self.labels)


#: Above this many articles, NMF is fitted on this many drawn at random (seed
#: ``random_state``) and every article's shares come from the fitted model: topics that
#: matter in a collection show up in a sample of thousands, and fitting costs grow with the
#: rows (a 10,000-article fit took ~12 s, as long as the rest of the framing report).
FIT_MAX_ARTICLES = 3_000


#: Words every news story uses whatever its subject, added to scikit-learn's English stop
#: words: verbs of attribution (they mark that someone spoke, not what about) and the
#: contractions of quoted speech, whose parts are stop words already. Without them a topic of
#: quote-heavy stories is labelled "says · just · i'm".
NEWS_STOP_WORDS = frozenset("""say says said saying tell tells told telling added adds
    according asked just i'm i've i'd i'll it's we're we've we'll you're they're don't doesn't
    didn't isn't wasn't aren't won't can't couldn't that's there's he's she's""".split())


def _normalise(text: str) -> str:
    return text.lower().replace("’", "'")


def _topic_words(text: str) -> list[str]:
    """Words for the topic model: the suite's words (:data:`~analysis.text.WORD_RE`) without
    numbers ("000" of "3,000", "2026", "1.5"): a figure is not what a story is about, and the
    thousands group of every large number otherwise became a topic's top word."""
    return [w for w in WORD_RE.findall(text) if not w.replace(".", "").isdigit()]


def _texts(corpus: pd.DataFrame) -> list[str]:
    return corpus["text"].fillna("").astype(str).tolist()


def _ids(corpus: pd.DataFrame) -> list[str]:
    if "id" in corpus.columns:
        return corpus["id"].astype(str).tolist()
    return [f"row-{k + 1}" for k in range(len(corpus))]


#: The fewest articles topics are found in (two articles make one topic at most).
MIN_TOPIC_ARTICLES = 3


def fit_topics(corpus: pd.DataFrame, n_topics: int = 6, *, random_state: int = 0,
               top_terms: int = 10) -> TopicModel:
    """Find ``n_topics`` topics in a collection with NMF over TF-IDF.

    Parameters
    ----------
    corpus : DataFrame
        Articles with a ``text`` column (and ``id``; otherwise rows are numbered ``row-1``…).
    n_topics : int
        Number of topics, 2 or more and fewer than the number of articles.
    random_state : int
        Seed passed to scikit-learn (NNDSVDa initialisation is deterministic already).
    top_terms : int
        Words listed per topic in ``terms``.

    Returns
    -------
    TopicModel

    Examples
    --------
    >>> texts = ["Reservoir low, water ban.", "Water ban as reservoir falls.",
    ...          "Council budget vote.", "Budget vote at council."]
    >>> model = fit_topics(pd.DataFrame({"text": texts}), n_topics=2, top_terms=3)
    >>> sorted(model.labels.values())
    ['ban · reservoir · water', 'budget · council · vote']
    >>> t = model.articles["topic"].tolist()
    >>> t[0] == t[1] != t[2] == t[3]
    True
    """
    _need(corpus, "text")
    n_articles = len(corpus)
    if not isinstance(n_topics, int) or isinstance(n_topics, bool) or n_topics < 2:
        raise ParameterError(f"n_topics={n_topics!r} must be a whole number of 2 or more")
    if n_articles < MIN_TOPIC_ARTICLES:
        raise ParameterError(f"topics need at least {MIN_TOPIC_ARTICLES} articles; the "
                             f"collection has {n_articles}")
    if n_topics >= n_articles:  # a small collection: fewer topics, said out loud
        warnings.warn(f"n_topics={n_topics} reduced to {n_articles - 1}: a collection of "
                      f"{n_articles} articles cannot hold more topics", SmallSampleWarning,
                      stacklevel=2)
        n_topics = n_articles - 1
    if not isinstance(top_terms, int) or top_terms < 1:
        raise ParameterError(f"top_terms={top_terms!r} must be a whole number of 1 or more")
    min_df = MIN_ARTICLES if n_articles >= 2 * MIN_ARTICLES else 1
    vectorizer = TfidfVectorizer(preprocessor=_normalise, tokenizer=_topic_words,
                                 token_pattern=None,
                                 stop_words=sorted(ENGLISH_STOP_WORDS | NEWS_STOP_WORDS),
                                 min_df=min_df,
                                 max_df=MAX_ARTICLE_SHARE if n_articles >= 20 else 1.0,
                                 sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(_texts(corpus))
    except ValueError as exc:
        raise ParameterError(f"no words left to model topics from ({exc})") from exc
    nmf = NMF(n_components=n_topics, init="nndsvda", random_state=random_state,
              max_iter=MAX_ITER)
    if n_articles > FIT_MAX_ARTICLES:  # fit on a random sample, then give every article shares
        rows = np.sort(np.random.default_rng(random_state).choice(
            n_articles, size=FIT_MAX_ARTICLES, replace=False))
        nmf.fit(matrix[rows])
        weights = nmf.transform(matrix)
    else:
        weights = nmf.fit_transform(matrix)
    words = vectorizer.get_feature_names_out()
    rows = []
    for k, component in enumerate(nmf.components_, start=1):
        order = np.argsort(-component, kind="stable")[:top_terms]
        rows += [(k, rank, words[j], float(component[j]))
                 for rank, j in enumerate(order, start=1) if component[j] > 0]
    terms = pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"])
    # top words in rank order, as the terms table lists them (alphabetical labels read as a
    # ranking that is not there)
    labels = {k: " · ".join(terms.loc[terms["topic"] == k, "term"].head(LABEL_TERMS))
              or f"topic {k}" for k in range(1, n_topics + 1)}
    return TopicModel(terms, labels, _article_table(_ids(corpus), weights, labels), n_topics,
                      vectorizer, nmf)


def _article_table(ids: list[str], weights: np.ndarray, labels: dict[int, str]) -> pd.DataFrame:
    totals = weights.sum(axis=1, keepdims=True)
    shares = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
    has_topic = totals.ravel() > 0
    dominant = np.where(has_topic, shares.argmax(axis=1) + 1, 0)
    table = pd.DataFrame({
        "id": ids,
        "topic": dominant,
        "topic_label": [labels.get(int(k), NO_TOPIC_LABEL) for k in dominant],
        "topic_weight": np.where(has_topic, shares.max(axis=1), 0.0),
    })
    for k in range(shares.shape[1]):
        table[f"weight_{k + 1}"] = shares[:, k]
    return table


def _need(table: pd.DataFrame, *columns: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise ParameterError("expected a DataFrame of articles")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ParameterError(f"the table has no column(s) {', '.join(map(repr, missing))}; "
                             f"it has: {', '.join(map(str, table.columns))}")


def _joined(model: TopicModel, articles: pd.DataFrame, *columns: str) -> pd.DataFrame:
    _need(articles, "id", *columns)
    meta = articles[["id", *columns]].assign(id=articles["id"].astype(str))
    joined = model.articles[["id", "topic", "topic_label"]].merge(meta, on="id", how="inner")
    if joined.empty:
        raise ParameterError("none of these articles' ids are in the topic model; pass the "
                             "corpus the model was fitted on (or use model.transform)")
    return joined


def topic_shares(model: TopicModel, articles: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Share of each group's articles whose dominant topic is each topic.

    Parameters
    ----------
    model : TopicModel
    articles : DataFrame
        The corpus (or ``analyze(...).articles``): ``id`` and the column ``by``.
    by : str
        Grouping column.

    Returns
    -------
    DataFrame
        ``<by>, topic, topic_label, articles, group_articles, share``: every group × topic
        (zeros included), ``share = articles / group_articles``; articles with no ``by``
        value form the group ``"(missing)"``.

    Examples
    --------
    >>> model = TopicModel(pd.DataFrame(), {1: "a", 2: "b"}, pd.DataFrame({
    ...     "id": ["x", "y", "z"], "topic": [1, 2, 1], "topic_label": ["a", "b", "a"]}), 2,
    ...     None, None)
    >>> topic_shares(model, pd.DataFrame({"id": ["x", "y", "z"], "outlet": ["P", "P", "Q"]}))
      outlet  topic topic_label  articles  group_articles  share
    0      P      1           a         1               2    0.5
    1      P      2           b         1               2    0.5
    2      Q      1           a         1               1    1.0
    3      Q      2           b         0               1    0.0
    """
    from .groups import label_missing
    from .stats import sorted_groups

    # articles with no group value count as "(missing)", as in every grouped table, instead
    # of vanishing from the shares (review19 W5)
    joined = label_missing(_joined(model, articles, by), by)
    counts = joined.groupby([by, "topic"]).size()
    topics = sorted(set(model.labels) | set(joined["topic"]))
    groups = sorted_groups(joined[by].unique())
    full = pd.MultiIndex.from_product([groups, topics], names=[by, "topic"])
    table = counts.reindex(full, fill_value=0).rename("articles").reset_index()
    table.insert(2, "topic_label", table["topic"].map(lambda k: model.labels.get(k,
                                                                                NO_TOPIC_LABEL)))
    table["group_articles"] = table.groupby(by)["articles"].transform("sum")
    table["share"] = table["articles"] / table["group_articles"]
    return table


def topic_shares_over_time(model: TopicModel, articles: pd.DataFrame,
                           period: str = "M") -> pd.DataFrame:
    """Share of each period's articles whose dominant topic is each topic (dated articles).

    Parameters
    ----------
    period : {"D", "W", "M"}
        Day, week (starting Monday) or calendar month (UTC).

    Returns
    -------
    DataFrame
        ``period_start, topic, topic_label, articles, period_articles, share``.
    """
    check_choice("period", period, PERIODS)
    joined = _joined(model, articles, "published").dropna(subset=["published"])
    columns = ["period_start", "topic", "topic_label", "articles", "period_articles", "share"]
    if joined.empty:
        return pd.DataFrame(columns=columns)
    published = pd.to_datetime(joined["published"], utc=True).dt.tz_localize(None)
    joined["period_start"] = published.dt.to_period(period).dt.start_time.dt.tz_localize("UTC")
    counts = joined.groupby(["period_start", "topic"]).size()
    starts = pd.date_range(joined["period_start"].min(), joined["period_start"].max(),
                           freq=_RANGE_FREQ[period])
    topics = sorted(set(model.labels) | set(joined["topic"]))
    full = pd.MultiIndex.from_product([starts, topics], names=["period_start", "topic"])
    table = counts.reindex(full, fill_value=0).rename("articles").reset_index()
    table["topic_label"] = table["topic"].map(lambda k: model.labels.get(k, NO_TOPIC_LABEL))
    table["period_articles"] = table.groupby("period_start")["articles"].transform("sum")
    table["share"] = (table["articles"] / table["period_articles"]).where(
        table["period_articles"] > 0)
    return table[columns]


#: Column name of topic 0 in :func:`share_table`: articles with no scored word (an empty
#: text, or only words the model leaves out as too rare or too common) have no topic.
NO_TOPIC_COLUMN = "no topic"


def share_table(table: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """A :func:`topic_shares` table one row per group, one column per topic (``1``, ``2``…),
    and ``no topic`` (:data:`NO_TOPIC_COLUMN`) for the share of articles with no topic, only
    when there are such articles.

    >>> t = pd.DataFrame({"outlet": ["P", "P", "P", "Q", "Q", "Q"], "topic": [0, 1, 2] * 2,
    ...                   "share": [0.25, 0.75, 0.0, 0.0, 0.5, 0.5]})
    >>> print(share_table(t).to_string(index=False))
    outlet    1   2  no topic
         P 0.75 0.0      0.25
         Q 0.50 0.5      0.00
    """
    wide = table.pivot(index=by, columns="topic", values="share").rename_axis(columns=None)
    if 0 in wide.columns:
        none = wide.pop(0)
        if none.fillna(0).any():
            wide[NO_TOPIC_COLUMN] = none
    return wide.rename(columns=lambda c: c if c == NO_TOPIC_COLUMN else str(c)).reset_index()


def describe_topics(model: TopicModel) -> str:
    """Reading of a topic model: how many topics, and the largest by dominant-topic articles
    (every one of a tie), and how many articles have no topic.

    >>> m = TopicModel(pd.DataFrame(), {1: "a", 2: "b", 3: "c"}, pd.DataFrame({
    ...     "topic": [1, 2, 2, 1, 3, 0]}), 3, None, None)
    >>> print(describe_topics(m))  # doctest: +NORMALIZE_WHITESPACE
    3 topics; the most common is topic 1 (a), tied with topic 2 (b), dominant in 2 of 6
    articles each. 1 article has no topic: no word the model scores (an empty text, or only
    words too rare or too common in the collection).
    """
    counts = model.articles.loc[model.articles["topic"] > 0, "topic"].value_counts()
    if counts.empty:
        return "No article has a topic (no scored words)."
    first, *tied = tied_at_top(counts.sort_index())
    tie = (f", tied with {join_and([f'topic {int(k)} ({model.labels[k]})' for k in tied])}"
           if tied else "")
    text = (f"{model.n_topics} topics; the most common is topic {int(first)} "
            f"({model.labels[first]}){tie}, dominant in {counts[first]} of "
            f"{len(model.articles)} articles{' each' if tied else ''}.")
    none = int((model.articles["topic"] == 0).sum())
    if none:
        text += (f" {none} {'article has' if none == 1 else 'articles have'} no topic: no word "
                 "the model scores (an empty text, or only words too rare or too common in the "
                 "collection).")
    return text


def describe_topic_shares(table: pd.DataFrame, by: str = "outlet") -> str:
    """Reading of a :func:`topic_shares` table: each group's leading topic and its share
    (topic 0, no topic, is not a topic; a group whose articles have none says so).

    >>> t = pd.DataFrame({"outlet": ["P", "P", "Q", "Q"], "topic": [1, 2, 1, 2],
    ...                   "topic_label": ["a", "b", "a", "b"], "articles": [1, 3, 2, 0],
    ...                   "group_articles": [4, 4, 2, 2], "share": [.25, .75, 1.0, 0.0]})
    >>> print(describe_topic_shares(t))
    P: most often topic 2 (b), 75% of its 4 articles; Q: most often topic 1 (a), 100% of its 2
    articles.
    """
    if table.empty:
        return "No articles."
    parts = []
    for group, rows in table.groupby(by, sort=True):
        ordered = rows[rows["topic"] != 0].sort_values(["articles", "topic"],
                                                       ascending=[False, True])
        if ordered.empty or ordered["articles"].iloc[0] == 0:
            parts.append(f"{group}: no article has a topic")
            continue
        best = ordered.iloc[0]
        tied = ordered.loc[(ordered["articles"] == best["articles"])
                           & (ordered["topic"] != best["topic"]), "topic"].tolist()
        tie = f", tied with topic {', '.join(map(str, tied))}" if tied else ""
        parts.append(f"{group}: most often topic {best['topic']} ({best['topic_label']}), "
                     f"{best['share']:.0%} of its {best['group_articles']} articles{tie}")
    return "; ".join(parts) + "."
