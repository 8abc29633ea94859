"""Outlets side by side on every metric, the same storyline across outlets, outliers by id.

* :func:`article_metrics` — one row per article with every comparable metric: the numeric
  columns of ``result.articles`` (frames, tone, hedging, whatever analyzers added) plus, from
  ``result.attributions``, each article's share of attributions per source type
  (``source_share_<type>``) and its ``second_hand_share`` (attributions relayed via another
  outlet), plus one 0/1 column per dominant frame (``dominant_frame_<frame>``).
* :func:`compare_outlets` — per outlet and metric: N, mean, 95% bootstrap interval (from
  :mod:`analysis.uncertainty`, not re-implemented here) and the ids of the articles with the
  highest and lowest value, so an outlier in a chart leads straight to
  ``analysis.inspect(result, id)``.
* :func:`storylines` — per storyline (any grouping column) and outlet: articles, who published
  first and how many hours later the others followed.
* :func:`extremes` — the articles with the highest and lowest values of one metric.

Reprints can be counted once: pass ``exclude_ids`` (e.g. the reprints found by
:func:`analysis.reuse.mark_reprints`) and their rows are left out of the averages.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from . import uncertainty
from .errors import ParameterError, SmallSampleWarning
from .groups import is_opinion, label_missing
from .sourcing import SPEAKER_TYPES
from .sourcing_stats import source_mix
from .stats import hours_text, join_and, label_text

#: Families of metrics, tried in this order; the first whose test matches a column names it.
FAMILIES = ("frames", "tone", "sourcing", "hedging", "length", "other")
#: Columns that are never compared: identifiers, bookkeeping, raw counts that only follow
#: article length (their per-1,000-words rates are compared instead).
EXCLUDED = frozenset({
    "n_chars", "n_sentences", "n_paragraphs", "english_share", "n_hedges", "n_boosters",
    "n_hedges_quoted",
    "n_negative_sentences", "n_positive_sentences", "n_frame_cues", "n_issue_cues",
})
#: True/false article columns compared as the share of articles where they hold: the sourcing
#: editor's questions "how many of its stories are second-hand / rest on one source?". Other
#: flags (``frame_*_present``…) are left out: their rates (cues per 1,000 words) are compared.
ARTICLE_FLAGS = ("secondhand", "single_source")
#: Derived from the attributions by :func:`analysis.sourcing_stats.source_mix`: how many
#: on-record sources an article has and how varied they are.
MIX_METRICS = ("n_on_record", "n_source_types", "source_mix", "official_only")
_TONE = ("tone", "gdelt_tone")
_HEDGING = ("hedge", "booster", "certainty")
_SOURCING = ("source", "second_hand", "secondhand", "quote", "attribution", "anonymous",
             "speaker", "via", "single_source", "verb", "relaying", "distancing",
             "official_only", "on_record")


def family_of(column: str) -> str:
    """The family a metric column belongs to (by its name).

    >>> [family_of(c) for c in ["frame_conflict", "tone_author", "hedge_rate", "n_words",
    ...                         "source_share_anonymous", "vague_share", "page_views"]]
    ['frames', 'tone', 'hedging', 'length', 'sourcing', 'sourcing', 'other']
    """
    name = column.lower()
    if name.startswith(("frame_", "dominant_frame", "issue_", "dominant_issue")) or name in (
            "n_frame_cues", "n_issue_cues"):
        return "frames"
    if name.startswith(_TONE):
        return "tone"
    if any(s in name for s in _SOURCING) or (
            name.endswith("_share") and name[:-len("_share")] in SPEAKER_TYPES):
        return "sourcing"
    if any(s in name for s in _HEDGING):
        return "hedging"
    if name in ("n_words",):
        return "length"
    return "other"


def _slug(value) -> str:
    return "".join(c if c.isalnum() else "_" for c in str(value).lower()).strip("_") or "none"


def _groupable(values: pd.Series) -> bool:
    """Whether a column can group articles for a comparison: text or categories with fewer
    distinct values than half the rows (not ids, titles or free text)."""
    if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        return False
    try:
        distinct = values.nunique()
    except TypeError:  # (lists)
        return False
    return 1 < distinct <= max(2, len(values) // 2)


def groupable_columns(articles: pd.DataFrame) -> list[str]:
    """The columns of ``articles`` that can group them in a comparison (:func:`_groupable`)."""
    return [str(c) for c in articles.columns if _groupable(articles[c])]


def article_metrics(result, *, exclude_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per article: ``id``, the identity columns and every comparable metric.

    Parameters
    ----------
    result : Analysis
    exclude_ids : iterable of str, optional
        Articles to leave out (e.g. reprints, so a copied story counts once).

    Returns
    -------
    DataFrame
        ``id``, ``outlet``, ``published``, ``title`` (when present), the numeric (not
        boolean) columns of ``result.articles`` except :data:`EXCLUDED`, and the derived
        ``source_share_<type>`` (for the source types without a ``<type>_share`` column of
        the sourcing analyzer: the same measure is not compared twice), ``second_hand_share``
        (without the analyzer's ``media_share``, which counts the same rows; NaN for articles
        with no attribution), :data:`MIX_METRICS` (when the attributions name speakers; see
        :func:`analysis.sourcing_stats.source_mix`) and ``dominant_frame_<frame>`` (0/1)
        columns.

    Examples
    --------
    >>> from analysis.pipeline import Analysis
    >>> arts = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"], "tone": [0.1, -0.2]})
    >>> attrs = pd.DataFrame({"article_id": ["a", "a", "a", "a"],
    ...     "speaker_type": ["anonymous", "official", "official", "official"],
    ...     "via": ["Herald", None, None, ""]})
    >>> r = Analysis(arts, pd.DataFrame(), attrs, pd.DataFrame(), arts, ("basic",))
    >>> m = article_metrics(r)
    >>> m[["id", "source_share_anonymous", "second_hand_share"]].values.tolist()
    [['a', 0.25, 0.25], ['b', nan, nan]]
    """
    articles = result.articles
    keep = [c for c in ("id", "outlet", "published", "title") if c in articles.columns]
    numeric = [c for c in articles.columns if c not in keep and c not in EXCLUDED
               and not c.startswith("frame_pred")
               and pd.api.types.is_numeric_dtype(articles[c])
               and not pd.api.types.is_bool_dtype(articles[c])]
    flags = [c for c in ARTICLE_FLAGS if c in articles.columns]
    out = articles[keep + numeric + flags].copy()
    for column in numeric:
        out[column] = pd.to_numeric(out[column], errors="coerce").astype(float)
    for column in flags:  # share of articles: 1 where the flag holds, 0 where not
        out[column] = out[column].astype("boolean").astype(float)
    if "dominant_frame" in articles.columns:
        frames = articles["dominant_frame"]
        for frame in sorted(frames.dropna().astype(str).unique()):
            if frame:
                out[f"dominant_frame_{_slug(frame)}"] = (frames.astype("string") == frame
                                                         ).fillna(False).astype(float)
    attributions = result.attributions
    if len(attributions) and "article_id" in attributions.columns:
        per_article = attributions.groupby("article_id").size()
        total = out["id"].map(per_article).astype(float)  # NaN: no attribution
        if "speaker_type" in attributions.columns:
            types = attributions["speaker_type"].fillna("unknown").astype(str)
            counts = attributions.assign(_t=types).groupby(["article_id", "_t"]).size()
            for kind in sorted(types.unique()):
                if f"{_slug(kind)}_share" in numeric:  # the sourcing analyzer's own column
                    continue
                n = out["id"].map(counts.xs(kind, level="_t")).fillna(0).astype(float)
                out[f"source_share_{_slug(kind)}"] = n / total
        if "via" in attributions.columns and "media_share" not in numeric:
            # (the sourcing analyzer's media_share counts the same rows: spoken by or
            # relayed through an outlet)
            relayed = attributions["via"].map(lambda v: isinstance(v, str) and bool(v.strip()))
            n = out["id"].map(attributions.assign(_v=relayed).groupby("article_id")["_v"].sum())
            out["second_hand_share"] = n.fillna(0).astype(float) / total
        if {"speaker_name", "speaker_type"} <= set(attributions.columns):
            mix = source_mix(attributions, articles[["id"]]).set_index("id")
            for column in MIX_METRICS:
                out[column] = out["id"].map(mix[column]).astype(float)
    if exclude_ids is not None:
        out = out[~out["id"].isin(set(exclude_ids))]
    return out.reset_index(drop=True)


def metric_columns(table: pd.DataFrame) -> list[str]:
    """The metric columns of an :func:`article_metrics` table, ordered by family."""
    skip = {"id", "outlet", "published", "title"}
    columns = [c for c in table.columns if c not in skip
               and pd.api.types.is_numeric_dtype(table[c])]
    order = {f: i for i, f in enumerate(FAMILIES)}
    return sorted(columns, key=lambda c: (order[family_of(c)], columns.index(c)))


#: Name patterns of the metrics the suite's analyzers and :func:`article_metrics` make.
SUITE_METRIC_PREFIXES = ("frame_", "issue_", "dominant_frame_", "dominant_issue_frame_",
                         "source_share_")


def is_suite_metric(column: str) -> bool:
    """Whether a column is one of the suite's own metrics (labelled in :data:`METRIC_LABELS`,
    or named by a pattern of :data:`SUITE_METRIC_PREFIXES` or as a ``*_share``), not a
    numeric column that came with the collection (a CMS's ``word_count``): 06 compares only
    these unless told otherwise.

    >>> is_suite_metric("tone"), is_suite_metric("frame_conflict"), is_suite_metric("word_count")
    (True, True, False)
    """
    return (column in METRIC_LABELS or column in MIX_METRICS
            or column.startswith(SUITE_METRIC_PREFIXES) or column.endswith("_share"))


def compare_outlets(result, *, by: str = "outlet", metrics: Sequence[str] | None = None,
                    families: Sequence[str] | None = None,
                    exclude_ids: Iterable[str] | None = None,
                    min_n: int = uncertainty.MIN_GROUP_SIZE) -> pd.DataFrame:
    """Every metric per outlet with a 95% bootstrap interval and the extreme articles' ids.

    Parameters
    ----------
    result : Analysis
    by : str
        The grouping column (``outlet`` or any column of ``result.articles``).
    metrics : sequence of str, optional
        Metric columns to compare (default: every metric of the suite's analyzers in
        :func:`article_metrics`, :func:`is_suite_metric`; a numeric column of the user's own
        collection, such as a CMS ``word_count`` or ``page_views``, only when named here).
    families : sequence of str, optional
        Keep only metrics of these families (from :data:`FAMILIES`).
    exclude_ids : iterable of str, optional
        Articles to leave out (e.g. reprints).
    min_n : int
        Groups with fewer values get no interval (see :func:`analysis.uncertainty.mean_ci`).

    Returns
    -------
    DataFrame
        ``family``, ``metric``, ``by``, ``n``, ``mean``, ``ci_low``, ``ci_high``,
        ``too_small``, ``highest_id``, ``highest``, ``n_at_highest`` (articles of the
        group sharing that value: the id is one of them), ``lowest_id``, ``lowest``,
        ``n_at_lowest``, ``p_ends`` (see :func:`_ends_p`; empty unless needed); one
        :class:`~analysis.errors.SmallSampleWarning` names the groups too small.

    Examples
    --------
    >>> from analysis.pipeline import Analysis
    >>> arts = pd.DataFrame({"id": list("abcd"), "outlet": ["X", "X", "Y", "Y"],
    ...                      "tone": [0.1, 0.3, -0.2, -0.4]})
    >>> r = Analysis(arts, pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), arts, ("basic",))
    >>> t = compare_outlets(r, min_n=1)
    >>> t[["metric", "outlet", "n", "mean", "highest_id", "lowest_id"]].round(2).values.tolist()
    [['tone', 'X', 2, 0.2, 'b', 'a'], ['tone', 'Y', 2, -0.3, 'c', 'd']]
    """
    if families is not None:
        bad = [f for f in families if f not in FAMILIES]
        if bad:
            raise ParameterError(f"families {bad!r} not valid; choose from {', '.join(FAMILIES)}")
    table = article_metrics(result, exclude_ids=exclude_ids)
    if by not in table.columns:
        if by not in result.articles.columns:
            raise ParameterError(f"no column {by!r} in the articles table; group by one of "
                                 f"{', '.join(groupable_columns(result.articles))}")
        table = table.merge(result.articles[["id", by]], on="id", how="left")
    table = label_missing(table, by)  # articles with no value form a "(missing)" group
    available = metric_columns(table.drop(columns=[by], errors="ignore"))
    if metrics is None:
        chosen = [m for m in available if is_suite_metric(m)]
    else:
        unknown = [m for m in metrics if m not in available]
        if unknown:
            raise ParameterError(f"unknown metric(s) {', '.join(map(repr, unknown))}; "
                                 f"choose from {', '.join(available)}")
        chosen = list(metrics)
    if families is not None:
        chosen = [m for m in chosen if family_of(m) in families]
    parts = []
    for metric in chosen:
        summary = uncertainty.mean_ci(table, metric, by=by, min_n=min_n, warn=False)
        if summary.empty:
            continue
        if table[metric].dropna().isin([0, 1]).all():
            summary = _wilson(summary)
        ids = _extreme_ids(table, metric, by)
        summary = summary.merge(ids, on=by, how="left")
        summary["p_ends"] = _ends_p(table, metric, by, summary)
        summary.insert(0, "metric", metric)
        summary.insert(0, "family", family_of(metric))
        parts.append(summary)
    columns = ["family", "metric", by, "n", "mean", "ci_low", "ci_high", "too_small",
               "highest_id", "highest", "n_at_highest", "lowest_id", "lowest", "n_at_lowest",
               "p_ends"]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    small = out[out["too_small"].astype(bool)] if len(out) else out
    if len(small):
        groups = sorted({str(g) for g in small[by]})
        warnings.warn(f"{', '.join(groups)}: too few articles (under {min_n}) for an interval "
                      f"on {small['metric'].nunique()} metric(s)", SmallSampleWarning,
                      stacklevel=2)
    out = out[columns]
    out.attrs["n_excluded"] = int(result.articles["id"].isin(set(exclude_ids or ())).sum())
    return out


def _wilson(summary: pd.DataFrame) -> pd.DataFrame:
    """``summary`` of a 0/1 metric (a share of articles) with Wilson score intervals in place of
    the bootstrap's: a bootstrap of 17 articles that are all 0 (or all 1) gives the interval
    0 to 0, which reads as certainty, while 0 of 17 is consistent with a true share up to about
    18% (review of the sample report, 2026-12-04; Brown, Cai & DasGupta 2001).

    >>> s = pd.DataFrame({"n": [17], "mean": [0.0], "ci_low": [0.0], "ci_high": [0.0],
    ...                   "too_small": [False]})
    >>> round(float(_wilson(s)["ci_high"].iloc[0]), 3), float(_wilson(s)["ci_low"].iloc[0])
    (0.184, 0.0)
    """
    out = summary.copy()
    for i, row in out.iterrows():
        if not bool(row["too_small"]):
            low, high = uncertainty.wilson_interval(round(row["mean"] * row["n"]), int(row["n"]))
            # (rounding can leave 0 of n a bound of 1e-17 above its mean of 0)
            out.loc[i, ["ci_low", "ci_high"]] = [min(low, row["mean"]), max(high, row["mean"])]
    return out


#: Random rearrangements in :func:`_ends_p` (fixed seed: the same input, the same p).
PERMUTATIONS = 9_999
#: Values (articles of the two groups) above which :func:`_ends_p` uses the normal
#: approximation of the permutation distribution instead of rearranging them.
PERMUTATION_MAX_VALUES = 5_000
#: Values rearranged per batch in :func:`_ends_p` (bounds its memory to about 16 MB).
PERMUTATION_BLOCK = 2_000_000


def _ends_p(table: pd.DataFrame, metric: str, by: str, summary: pd.DataFrame) -> float:
    """When the highest or lowest group (:func:`_ends`) has one value in every article, a
    bootstrap gives it an interval of zero width, which says nothing about how far it could be
    from the other end: then the two-sided p-value of a permutation test of the two groups'
    article values (difference in means, :data:`PERMUTATIONS` rearrangements; Good 2005,
    *Permutation, Parametric and Bootstrap Tests of Hypotheses*), else NaN. E.g. 0 boosters in
    every article of one outlet against boosters in 11 of 16 of another's: p < 0.001, while 0
    in 17 against cues in 4 of 17 is p ≈ 0.1 (numbers audit of the sample reports).

    >>> t = pd.DataFrame({"id": list("abcdefghij"), "outlet": list("XXXXXYYYYY"),
    ...                   "rate": [0, 0, 0, 0, 0, 2.0, 3.0, 1.0, 2.5, 4.0]})
    >>> s = uncertainty.mean_ci(t, "rate", min_n=5, warn=False)
    >>> round(_ends_p(t, "rate", "outlet", s), 3)
    0.008
    """
    if len(summary) < 2 or summary["mean"].nunique() < 2:
        return float("nan")
    top, bottom = _ends(summary)
    if bool(top["too_small"]) or bool(bottom["too_small"]) or not any(
            float(r["ci_low"]) == float(r["ci_high"]) for r in (top, bottom)):
        return float("nan")
    labelled = label_missing(table.dropna(subset=[metric]), by)
    a = labelled.loc[labelled[by] == top[by], metric].to_numpy(dtype=float)
    b = labelled.loc[labelled[by] == bottom[by], metric].to_numpy(dtype=float)
    pooled = np.concatenate([a, b])
    observed = abs(a.mean() - b.mean())
    if len(pooled) > PERMUTATION_MAX_VALUES:
        # the permutation distribution of the difference in means is close to normal for
        # large groups, with variance s²(1/na + 1/nb) (s² the pooled values' variance): its
        # two-sided tail, instead of rearranging hundreds of thousands of values 9,999 times
        se = math.sqrt(pooled.var() * (1 / len(a) + 1 / len(b)))
        return 0.0 if se == 0 else float(math.erfc(observed / se / math.sqrt(2)))
    rng, hits = np.random.default_rng(0), 0
    block = max(1, PERMUTATION_BLOCK // len(pooled))  # (memory bounded: rows per batch)
    for start in range(0, PERMUTATIONS, block):
        rows = min(block, PERMUTATIONS - start)
        shuffled = rng.permuted(np.tile(pooled, (rows, 1)), axis=1)
        gaps = np.abs(shuffled[:, :len(a)].mean(axis=1) - shuffled[:, len(a):].mean(axis=1))
        hits += int(np.sum(gaps >= observed - 1e-12))
    return float((hits + 1) / (PERMUTATIONS + 1))


def _extreme_ids(table: pd.DataFrame, metric: str, by: str) -> pd.DataFrame:
    rows = []
    for group, part in label_missing(table.dropna(subset=[metric]), by).groupby(by, sort=True):
        ordered = part.sort_values([metric, "id"], kind="stable")
        high, low = float(ordered[metric].iloc[-1]), float(ordered[metric].iloc[0])
        rows.append((group, ordered["id"].iloc[-1], high, int((part[metric] == high).sum()),
                     ordered["id"].iloc[0], low, int((part[metric] == low).sum())))
    return pd.DataFrame(rows, columns=[by, "highest_id", "highest", "n_at_highest",
                                       "lowest_id", "lowest", "n_at_lowest"])


def extremes(result, metric: str, *, n: int = 3,
             exclude_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """The ``n`` articles with the highest and the ``n`` with the lowest ``metric``.

    Returns ``end`` (``highest``/``lowest``), ``id``, ``outlet``, ``published``, ``title``,
    the value and ``n_at_value`` (articles of the whole collection with that value: when more
    share it than are shown, the ids shown are the first by id, not "the" lowest; see
    :func:`describe_extremes`): the ids to pass to :func:`analysis.inspect`.

    >>> from analysis.pipeline import Analysis
    >>> arts = pd.DataFrame({"id": list("abcde"), "outlet": "X", "tone": [0, 0, 0, 0.2, 0.5]})
    >>> r = Analysis(arts, pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), arts, ("basic",))
    >>> extremes(r, "tone", n=2)[["id", "tone", "n_at_value"]].values.tolist()
    [['e', 0.5, 1], ['d', 0.2, 1], ['a', 0.0, 3], ['b', 0.0, 3]]
    """
    if n < 1:
        raise ParameterError(f"n={n!r} must be at least 1")
    table = article_metrics(result, exclude_ids=exclude_ids)
    if metric not in table.columns:
        raise ParameterError(f"unknown metric {metric!r}; choose from "
                             f"{', '.join(metric_columns(table))}")
    keep = [c for c in ("id", "outlet", "published", "title") if c in table.columns]
    data = table.dropna(subset=[metric]).sort_values([metric, "id"], kind="stable")
    data = data.assign(n_at_value=data.groupby(metric)[metric].transform("size").astype(int))
    high = data.iloc[::-1].head(n).assign(end="highest")
    low = data.head(n).assign(end="lowest")
    return pd.concat([high, low])[["end", *keep, metric, "n_at_value"]].reset_index(drop=True)


def describe_extremes(table: pd.DataFrame, metric: str) -> str:
    """A sentence for each end of an :func:`extremes` table whose shown articles are a choice
    among more that share the value (``6 articles tie at 0 for the lowest; the 3 shown are the
    first by id``); ``""`` when nothing is tied beyond what is shown.

    >>> t = pd.DataFrame({"end": ["highest", "lowest", "lowest"], "id": ["e", "a", "b"],
    ...                   "tone": [0.5, 0.0, 0.0], "n_at_value": [1, 3, 3]})
    >>> describe_extremes(t, "tone")
    '3 articles tie at 0 for the lowest value; the 2 shown are the first by id.'
    """
    notes = []
    for end in ("highest", "lowest"):
        part = table[table["end"] == end]
        if part.empty:
            continue
        last = part.iloc[-1]
        shown = int((part[metric] == last[metric]).sum())
        if int(last["n_at_value"]) > shown:
            first = "the one shown is" if len(part) == 1 else f"the {len(part)} shown are"
            if shown < len(part):
                first = f"the {shown} shown at that value are"
            notes.append(f"{int(last['n_at_value'])} articles tie at {last[metric]:g} for the "
                         f"{end} value{'s' if shown < len(part) else ''}; {first} the first "
                         "by id.")
    return " ".join(notes)


def storylines(result, *, group: str = "storyline", by: str = "outlet",
               metric: str | None = "tone",
               exclude_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """The same storyline across outlets: who was first, who followed and how fast.

    Parameters
    ----------
    result : Analysis
    group : str
        The column grouping articles into storylines (e.g. ``storyline``, or a topic);
        ``""`` returns an empty table.
    by : str
        The outlet column.
    metric : str or None
        Also give each outlet's mean of this metric on the storyline (``None``: skip).
    exclude_ids : iterable of str, optional
        Articles left out of ``mean_<metric>`` (e.g. reprints, so a copied text counts once,
        as in :func:`compare_outlets`); they still count as published (``n_articles``, who
        was first, the delays).

    Returns
    -------
    DataFrame
        ``group``, ``by``, ``n_articles``, ``first_id``, ``first_published``,
        ``hours_after_first`` (hours after the first article of the storyline in any outlet;
        0 for the outlet that broke it), ``first_on_story`` (bool), ``article_ids`` (all ids,
        comma-separated), ``mean_<metric>`` and ``n_in_mean`` (the articles it averages);
        when the articles have a ``genre`` column, ``first_genre`` (the genre of the outlet's
        first article on the storyline: a column that "broke" a story is not a news report).

    Examples
    --------
    >>> from analysis.pipeline import Analysis
    >>> arts = pd.DataFrame({"id": ["w1", "t1", "t2"], "outlet": ["Wire", "Tab", "Tab"],
    ...     "storyline": ["s", "s", "s"], "tone": [0.0, -0.2, -0.4],
    ...     "published": pd.to_datetime(["2026-10-06 08:00", "2026-10-06 20:00",
    ...                                  "2026-10-07 08:00"], utc=True)})
    >>> r = Analysis(arts, pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), arts, ("basic",))
    >>> storylines(r)[["outlet", "n_articles", "hours_after_first", "mean_tone"]
    ...               ].values.tolist()
    [['Wire', 1, 0.0, 0.0], ['Tab', 2, 12.0, -0.30000000000000004]]
    >>> storylines(r, exclude_ids=["t2"])[["outlet", "n_articles", "mean_tone", "n_in_mean"]
    ...               ].values.tolist()
    [['Wire', 1, 0.0, 1], ['Tab', 2, -0.2, 1]]
    """
    articles = result.articles
    columns = [group, by, "n_articles", "first_id", "first_published", "hours_after_first",
               "first_on_story", "article_ids"] + ([f"mean_{metric}", "n_in_mean"] if metric
                                                   else [])
    excluded = set(exclude_ids or ())
    if not group:
        return pd.DataFrame(columns=columns)
    if group not in articles.columns:  # e.g. the sample's "storyline" in a user's collection
        warnings.warn(f"no column {group!r} groups the articles into storylines; that view "
                      "is left empty", SmallSampleWarning, stacklevel=2)
        return pd.DataFrame(columns=columns)
    for column in (by, "published"):
        if column not in articles.columns:
            raise ParameterError(f"no column {column!r} in the articles table; columns: "
                                 f"{', '.join(map(str, articles.columns))}")
    if metric is not None and metric not in articles.columns:
        raise ParameterError(f"no metric column {metric!r} in the articles table")
    data = articles.dropna(subset=[group]).sort_values(["published", "id"],
                                                        na_position="last")
    rows = []
    for story, part in data.groupby(group, sort=True):
        start = part["published"].min()
        for outlet, own in part.groupby(by, sort=False):
            first = own.iloc[0]
            lag = ((first["published"] - start).total_seconds() / 3600
                   if pd.notna(first["published"]) and pd.notna(start) else np.nan)
            row = {group: story, by: outlet, "n_articles": len(own), "first_id": first["id"],
                   "first_published": first["published"], "hours_after_first": lag,
                   "first_on_story": bool(lag == 0), "article_ids": ", ".join(own["id"])}
            if "genre" in own.columns:
                row["first_genre"] = first["genre"]
            if metric is not None:
                counted = pd.to_numeric(own.loc[~own["id"].isin(excluded), metric]).dropna()
                row[f"mean_{metric}"] = float(counted.mean()) if len(counted) else np.nan
                row["n_in_mean"] = len(counted)
            rows.append(row)
    out = pd.DataFrame(rows, columns=columns + (["first_genre"] if "genre" in data.columns
                                                 else []))
    return out.sort_values([group, "hours_after_first", by], na_position="last",
                           ignore_index=True)


#: Metrics whose scale runs below zero, written with a sign (+0.02, −0.05); counts, rates and
#: shares are written without one. A metric outside this list is signed when a value is below 0.
SIGNED_METRICS = frozenset({"tone", "tone_author", "tone_quoted", "gdelt_tone",
                            "certainty_index"})

#: What each metric is, with its unit, for chart panels and readings (README, data
#: dictionary); ``frame_*``, ``issue_*``, ``dominant_*``, ``source_share_*`` are named by
#: :func:`metric_label` from their pattern.
METRIC_LABELS = {
    "tone": "tone (mean sentence tone, −1…+1)",
    "tone_author": "author-voice tone (−1…+1)",
    "tone_quoted": "quoted tone (−1…+1)",
    "gdelt_tone": "GDELT-style tone (positive-word % minus negative-word %)",
    "tone_positive_pct": "positive words (% of words)",
    "tone_negative_pct": "negative words (% of words)",
    "tone_polarity": "positive or negative words (% of words)",
    "hedge_rate": "hedges per 1,000 words",
    "hedge_rate_author": "hedges outside quotations (per 1,000 words)",
    "n_hedges_quoted": "hedges inside quotations (count)",
    "booster_rate": "boosters per 1,000 words",
    "hedged_sentence_share": "hedged sentences (share)",
    "certainty_index": "certainty index (−1 hedges and no boosters … +1 boosters and no "
                       "hedges; articles with neither left out)",
    "hedged_claim_share": "attributions in hedged sentences (share)",
    "n_words": "length (words)",
    "n_attributions": "attribution rows (count; a quoted phrase inside a statement counts again)",
    "n_direct_quotes": "direct quotations (count)",
    "n_partial_quotes": "partial quotations (count)",
    "n_indirect": "reported statements (count)",
    "n_according_to": "'according to' attributions (count)",
    "n_sources": "distinct speakers of any kind (count; anonymous, vague, media included)",
    "n_named_sources": "named sources (count)",
    "n_primary_sources": "primary sources (count)",
    "n_on_record": "on-record sources (count per article)",
    "n_source_types": "kinds of on-record source (count per article)",
    "source_mix": "source mix: chance two on-record sources differ in kind (0…1)",
    "official_only": "official-only stories (share of articles with an on-record source)",
    "media_share": "media sources or relays (share of attributions)",
    "unattributed_share": "quoted phrases with no speaker (share of attributions)",
    "distancing_share": "distancing verbs, e.g. claimed, reportedly told (share of attributions)",
    "n_relaying_outlets": "other outlets relayed (count per article)",
    "secondhand": "second-hand stories (share of articles)",
    "single_source": "single-source stories (share of articles)",
}


#: A caution printed after a metric's reading, where the figure is easy to misread.
METRIC_NOTES = {
    "certainty_index": "A low index means hedges without boosters, not much hedging: compare "
                       "hedges per 1,000 words for how much an outlet hedges.",
    "expert_share": "Experts include unnamed \"analysts\" (see the unnamed-expert sentence).",
    "distancing_share": "A share of all attributions, so it differs from notebook 03's share "
                        "of the attributions that have a verb.",
    "n_attributions": "A quoted phrase inside a reported statement is a row of its own, so an "
                      "outlet that quotes in fragments counts more rows for as many statements: "
                      "compare reported statements and direct quotations.",
    "source_mix": "Only articles with two or more on-record sources have a source mix, and "
                  "stories with more sources tend to score higher.",
}


def metric_label(metric: str) -> str:
    """A metric's name for readers, with its unit.

    >>> metric_label("frame_human_interest")
    'human interest frame (weighted cues per 1,000 words)'
    >>> metric_label("source_share_document")
    'document sources (share of attributions)'
    >>> metric_label("dominant_frame_conflict"), metric_label("anonymous_share")
    ('conflict as dominant frame (share of articles)', 'anonymous sources (share of attributions)')
    """
    if metric in METRIC_LABELS:
        return METRIC_LABELS[metric]
    if metric in ("dominant_frame_none", "dominant_issue_frame_none"):
        kind = "issue frame" if "issue" in metric else "frame"
        return f"no {kind} present (share of articles)"
    for prefix, pattern in (("dominant_issue_frame_", "{} as dominant issue frame (share of "
                                                      "articles)"),
                            ("dominant_frame_", "{} as dominant frame (share of articles)"),
                            ("frame_", "{} frame (weighted cues per 1,000 words)"),
                            ("issue_", "{} issue frame (weighted cues per 1,000 words)"),
                            ("source_share_", "{} sources (share of attributions)")):
        if metric.startswith(prefix):
            return pattern.format(label_text(metric[len(prefix):]))
    if metric.endswith("_share") and metric[:-len("_share")] in SPEAKER_TYPES:
        return f"{label_text(metric[:-len('_share')])} sources (share of attributions)"
    return label_text(metric)


def is_signed(table: pd.DataFrame, metric: str) -> bool:
    """Whether a metric's figures are written with a sign (:data:`SIGNED_METRICS`, or any
    value of it in ``table`` below 0)."""
    if metric in SIGNED_METRICS:
        return True
    part = table.loc[table["metric"] == metric, ["mean", "ci_low", "ci_high"]]
    return bool((part.apply(pd.to_numeric, errors="coerce") < 0).any().any())


def describe_comparison(table: pd.DataFrame, metric: str, *, by: str = "outlet",
                        allowance: str = "") -> str:
    """A sentence on one metric: the highest and lowest outlet and whether intervals overlap.

    No ranking when every outlet has the same mean (``all 3 outlets 0.00``), and no verdict
    on overlap when the two ends have no interval to compare (too few articles); an outlet
    tied with the highest or lowest is named with it.

    >>> t = pd.DataFrame({"metric": ["tone"] * 2, "outlet": ["X", "Y"], "n": [12, 12],
    ...     "mean": [0.2, -0.3], "ci_low": [0.1, -0.4], "ci_high": [0.3, -0.2],
    ...     "too_small": [False, False], "highest_id": ["b", "c"], "lowest_id": ["a", "d"]})
    >>> print(describe_comparison(t, "tone"))  # doctest: +NORMALIZE_WHITESPACE
    tone (mean sentence tone, −1…+1): highest in X, +0.20 (95% interval +0.10 to +0.30,
    n = 12); lowest in Y, -0.30 (95% interval -0.40 to -0.20, n = 12); the intervals do not
    overlap. Most extreme articles: b (highest in X), d (lowest in Y).

    ``allowance`` is appended after the verdict (:func:`describe_all` says there whether the
    gap holds once the page's many comparisons are allowed for).
    """
    part = table[table["metric"] == metric].dropna(subset=["mean"])
    part = part.sort_values("mean", ascending=False, kind="stable")
    if part.empty:
        return f"{metric_label(metric)}: no values."
    top, bottom = _ends(part)
    signed = is_signed(table, metric)
    note = f" {METRIC_NOTES[metric]}" if metric in METRIC_NOTES else ""
    if len(part) == 1:
        return (f"{metric_label(metric)}: only {top[by]}: "
                f"{uncertainty.describe_interval(top, signed=signed)}.{note}")
    if top["mean"] == bottom["mean"]:
        return f"{metric_label(metric)}: {_all_same(part, by, signed)}.{note}"
    # (both ends to the same decimals: "-0.012 … -0.060", not "-0.012 … -0.06")
    digits = max(uncertainty.interval_digits(top), uncertainty.interval_digits(bottom))
    top_text = uncertainty.describe_interval(top, signed=signed, digits=digits)
    bottom_text = uncertainty.describe_interval(bottom, signed=signed, digits=digits)
    return (f"{metric_label(metric)}: highest in {_tied(part, top, by)}, {top_text}; lowest in "
            f"{_tied(part, bottom, by)}, {bottom_text}; "
            f"{_verdict(part, top, bottom, by)}{allowance}. "
            f"Most extreme articles: {_extreme(top, 'highest', by)}, "
            f"{_extreme(bottom, 'lowest', by)}.{note}")


def _all_same(part: pd.DataFrame, by: str, signed: bool) -> str:
    """``all 3 outlets 0.00 (n = 3, 4 and 4; every article 0), so there is nothing to rank``:
    every group has the same mean (typically 0 in a small collection)."""
    value = float(part["mean"].iloc[0])
    digits = 2 if value == 0 or abs(value) >= uncertainty.SMALL_FIGURE else 3
    every = ""
    if {"highest", "lowest"} <= set(part.columns):
        ends = pd.to_numeric(pd.concat([part["highest"], part["lowest"]]), errors="coerce")
        if ends.notna().all() and (ends == value).all():
            every = f"; every article {value:g}"
    return (f"all {len(part)} {by}s {value:{'+' if signed else ''}.{digits}f} "
            f"(n = {join_and([int(n) for n in part['n']])}{every}), so there is nothing to "
            "rank")


def _ends(part: pd.DataFrame):
    """The highest and the lowest group of one metric's rows (:func:`_end`)."""
    part = part.dropna(subset=["mean"]).sort_values("mean", ascending=False, kind="stable")
    return _end(part, "max"), _end(part, "min")


def _end(part: pd.DataFrame, end: str):
    """The group at the highest (``end="max"``) or lowest end; of groups tied there, the one
    with the most articles (the narrowest interval, so the overlap verdict is the most telling
    one the tie allows), then the first in ``part``'s order."""
    value = part["mean"].max() if end == "max" else part["mean"].min()
    tied = part[part["mean"] == value]
    return tied.iloc[np.argsort(-tied["n"].to_numpy(dtype=float), kind="stable")[0]]


def _tied(part: pd.DataFrame, row, by: str) -> str:
    """``X``, or ``X (tied with Y, n = 4)`` when other groups share ``row``'s mean: each tied
    group with its own N, since the figure and interval printed after it are ``X``'s."""
    others = [f"{g}, n = {int(n)}" for g, n in
              part.loc[part["mean"] == row["mean"], [by, "n"]].itertuples(index=False)
              if g != row[by]]
    return f"{row[by]} (tied with {'; '.join(others)})" if others else f"{row[by]}"


def _verdict(part: pd.DataFrame, top, bottom, by: str) -> str:
    """Whether the highest and lowest group's intervals tell them apart; when one or both
    has too few articles for an interval, that, and no verdict (as the tone readings do)."""
    if bool(top["too_small"]) and bool(bottom["too_small"]):
        if part["too_small"].astype(bool).all():
            return f"too few articles for intervals, so the {by}s cannot be compared"
        return "neither has enough articles for an interval, so these two cannot be compared"
    if bool(top["too_small"]) or bool(bottom["too_small"]):
        return ("one of the two has too few articles for an interval, so these two cannot be "
                "compared")
    flat = [row[by] for row in (top, bottom) if float(row["ci_low"]) == float(row["ci_high"])]
    if float(top["ci_low"]) <= float(bottom["ci_high"]) and not flat:
        # overlap alone does not mean "no difference" (two 95% intervals can overlap at
        # p ≈ 0.01; Schenker & Gentleman 2001): judge the interval of the difference itself
        diff, low, high = uncertainty.difference_interval(top, bottom)
        digits = uncertainty.difference_digits(diff, low, high)
        shown = f"{low:+.{digits}f} to {high:+.{digits}f}"
        level = f"{uncertainty.CONFIDENCE:.0%}"
        if low > 0:
            return (f"the intervals overlap, but the approximate {level} interval of the "
                    f"difference ({shown}) excludes 0")
        return (f"the intervals overlap and the approximate {level} interval of the "
                f"difference ({shown}) includes 0, so this sample does not establish a "
                "difference")
    if flat:  # every article of the group has one value: the bootstrap has nothing to resample
        same = (f"every article of {join_and(flat)} has the same value, so the bootstrap gives "
                "no interval there")
        p = top.get("p_ends", float("nan"))
        if pd.isna(p):
            return f"{same} and this sample does not establish a difference"
        shown = "p < 0.001" if p < 0.001 else f"p = {p:.3f}" if p < 0.01 else f"p = {p:.2f}"
        if p < 0.05:
            return (f"{same}; a permutation test of the two {by}s' articles ({shown}) says a "
                    "gap this large would be rare by chance")
        return (f"{same}, and a permutation test of the two {by}s' articles ({shown}) does "
                "not establish a difference")
    return "the intervals do not overlap"


def _extreme(row, end: str, by: str) -> str:
    """``b (highest in X)``; when several articles share the value, how many instead of one
    arbitrary id (``5 articles tie at 0 (lowest in X)``)."""
    tied = row.get(f"n_at_{end}", 1)
    if pd.notna(tied) and tied > 1:
        return f"{int(tied)} articles tie at {row[end]:g} ({end} in {row[by]})"
    return f"{row[f'{end}_id']} ({end} in {row[by]})"


#: Headings of :func:`describe_all`'s groups of readings, by metric family.
FAMILY_HEADINGS = {"frames": "Frames", "tone": "Tone", "sourcing": "Sources and attribution",
                   "hedging": "Hedging and certainty", "length": "Length", "other": "Other"}


#: A sentence under a family's heading in :func:`describe_all`, where its metrics differ from
#: what another report calls by the same name.
FAMILY_NOTES = {
    "frames": ("A frame here is its cue words per 1,000 words, averaged over articles; notebook "
               "02 counts the articles in which the frame is present (cues past a calibrated "
               "bar). The two can rank outlets differently: an outlet can use a frame's words "
               "often in articles that each stay below the bar."),
}


def _ends_pvalue(table: pd.DataFrame, metric: str, by: str) -> float:
    """An approximate two-sided p-value for the gap between one metric's highest and lowest
    group: the permutation p of :func:`_ends_p` when one end has no spread, else the normal
    p implied by the difference's interval (:func:`analysis.uncertainty.difference_interval`:
    its half-width towards 0 is 1.96 standard errors). NaN when the two cannot be compared."""
    part = table[table["metric"] == metric].dropna(subset=["mean"])
    if len(part) < 2 or part["mean"].nunique() < 2:
        return float("nan")
    top, bottom = _ends(part)
    if bool(top["too_small"]) or bool(bottom["too_small"]):
        return float("nan")
    if any(float(r["ci_low"]) == float(r["ci_high"]) for r in (top, bottom)):
        return float(top.get("p_ends", float("nan")))
    diff, low, _ = uncertainty.difference_interval(top, bottom)
    from statistics import NormalDist

    z = NormalDist().inv_cdf(0.5 + uncertainty.CONFIDENCE / 2)
    se = (diff - low) / z
    return 0.0 if se <= 0 else float(math.erfc(diff / se / math.sqrt(2)))


def allowed_for_chance(table: pd.DataFrame, *, by: str = "outlet", alpha: float = 0.05
                       ) -> dict[str, bool]:
    """For each metric whose two ends are apart at ``alpha`` on their own (:func:`_ends_pvalue`),
    whether the gap still holds after allowing for the page's comparisons: Holm's step-down
    procedure over the comparable metrics, on each p multiplied by the k(k−1)/2 pairs the ends
    were picked from (as :func:`describe_chance` counts them; review 22: the page said how
    many hold, but no line said which)."""
    pvalues = {m: _ends_pvalue(table, m, by) for m in dict.fromkeys(table["metric"])}
    pvalues = {m: p for m, p in pvalues.items() if not pd.isna(p)}
    if not pvalues:
        return {}
    k = int(table[table["metric"].isin(pvalues)].groupby("metric")[by].nunique().max())
    pairs = k * (k - 1) // 2
    adjusted = {m: min(1.0, p * pairs) for m, p in pvalues.items()}
    kept = set(sorted(adjusted, key=adjusted.get)[:holm_count(adjusted.values(), alpha=alpha)])
    return {m: m in kept for m, p in pvalues.items() if p < alpha}


def holm_count(pvalues, *, alpha: float = 0.05) -> int:
    """How many of ``pvalues`` (NaN ignored) Holm's step-down procedure rejects at ``alpha``
    (Holm 1979): the k-th smallest must be below alpha / (m − k + 1), stopping at the first
    that is not.

    >>> holm_count([0.001, 0.01, 0.03, 0.2]), holm_count([0.03, 0.04])
    (2, 0)
    """
    ps = sorted(float(p) for p in pvalues if not pd.isna(p))
    m = len(ps)
    for k, p in enumerate(ps):
        if p >= alpha / (m - k):
            return k
    return m


def describe_chance(table: pd.DataFrame, *, by: str = "outlet") -> str:
    """A sentence on how many of the metrics' verdicts set the two ends apart, and how many
    remain after allowing for chance (review19 M2): every metric picks the highest and the
    lowest of k groups, and a page of many metrics will show some gaps by chance alone.

    The allowance is Holm's procedure over the metrics compared (family-wise 5%), on each
    metric's approximate p-value (:func:`_ends_pvalue`) multiplied by the k(k−1)/2 pairs the
    two ends were picked from (Bonferroni; conservative, as the picked pair is not a random
    one). ``""`` when fewer than two metrics can be compared.
    """
    metrics = list(dict.fromkeys(table["metric"]))
    pvalues = {m: _ends_pvalue(table, m, by) for m in metrics}
    pvalues = {m: p for m, p in pvalues.items() if not pd.isna(p)}
    if len(pvalues) < 2:
        return ""
    k = int(table[table["metric"].isin(pvalues)].groupby("metric")[by].nunique().max())
    pairs = k * (k - 1) // 2
    apart = sum(p < 0.05 for p in pvalues.values())
    kept = holm_count([min(1.0, p * pairs) for p in pvalues.values()])
    expected = 0.05 * len(pvalues)
    held = allowed_for_chance(table, by=by)
    which = ""
    if 0 < kept <= 5:
        which = f" ({join_and([metric_label(m).split(' (')[0] for m, ok in held.items() if ok])})"
    return (f"Of the {len(pvalues)} metrics with two comparable ends, {apart} set the highest "
            f"and lowest {by} apart at the usual 5% level (each line below says why). With "
            f"{len(pvalues)} metrics, each comparing the two most extreme of {k} {by}s, some "
            f"such gaps appear by chance alone (at least {expected:.1f} expected even if every "
            f"{by} were alike, and more because the two ends are picked as the extremes). "
            f"Allowing for that (Holm's adjustment over the metrics, each p multiplied by the "
            f"{pairs} possible pairs), {kept} remain{which}: quote those first, and treat the "
            "others as leads to check. Each line below says which it is.")


def describe_all(table: pd.DataFrame, *, by: str = "outlet") -> str:
    """:func:`describe_comparison` for every metric of the table, one line each, under a
    heading per family of metrics (when the table has a ``family`` column), with the family's
    note from :data:`FAMILY_NOTES` first; :func:`describe_chance`'s sentence above them."""
    chance = describe_chance(table, by=by)
    head = f"{chance}\n\n" if chance else ""
    return head + _describe_all(table, by=by)


def _describe_all(table: pd.DataFrame, *, by: str = "outlet") -> str:
    metrics = list(dict.fromkeys(table["metric"]))
    held = allowed_for_chance(table, by=by) if len(metrics) > 1 else {}
    n = len(metrics)

    def line(metric: str) -> str:
        allowance = ""
        if metric in held:
            allowance = (f" — this gap holds even after allowing for the {n} comparisons on "
                         "this page" if held[metric] else
                         f" — on its own this gap would be clear, but with {n} comparisons on "
                         "this page it could be chance: a lead to check, not a finding")
        return describe_comparison(table, metric, by=by, allowance=allowance)

    if "family" not in table.columns:
        return "\n".join(line(m) for m in metrics)
    family = dict(zip(table["metric"], table["family"], strict=True))
    blocks = []
    for name in dict.fromkeys(family[m] for m in metrics):
        lines = [line(m) for m in metrics if family[m] == name]
        note = [FAMILY_NOTES[name]] if name in FAMILY_NOTES else []
        blocks.append(f"{FAMILY_HEADINGS.get(name, label_text(name))} "
                      f"({len(lines)} metric{'' if len(lines) == 1 else 's'})\n"
                      + "\n".join([*note, *lines]))
    return "\n\n".join(blocks)


def describe_storylines(table: pd.DataFrame, *, group: str = "storyline",
                        by: str = "outlet") -> str:
    """Which outlet published first on each storyline *in this collection* (the story may
    have broken outside it: a broadcast, an outlet not collected), and how fast the others
    followed: each delay named with its storyline, or a median when there are many."""
    if table.empty:
        return "No article belongs to a storyline."
    first = table[table["first_on_story"]].copy()
    genre = first.get("first_genre", pd.Series(None, index=first.index, dtype=object))
    opinion = genre.map(is_opinion).astype(bool)
    first["shown"] = first[group].astype(str).where(
        ~opinion, first[group].astype(str) + " (with an opinion piece, a "
        + genre.astype(str).str.strip().str.lower() + ")")
    leads = first.groupby(by, sort=False)["shown"].apply(list)
    lead = "; ".join(f"{o} on {join_and(stories)}" for o, stories in leads.items())
    later = table[~table["first_on_story"]]
    follows = [(_follow(o, part.set_index(group)["hours_after_first"]),
                part["hours_after_first"].median()) for o, part in later.groupby(by)]
    follow = "; ".join(text for text, _ in sorted(  # (undated last)
        follows, key=lambda item: (pd.isna(item[1]), item[1])))
    text = (f"First in this collection: {lead} (a story can have broken outside it, on air "
            "or in an outlet not collected).")
    if opinion.any():
        text += (" Where an opinion piece came first, the delays count from it, not from "
                 "the first news report.")
    return f"{text} Others followed: {follow}." if follow else text


#: Up to this many storylines an outlet followed, the reading lists each delay instead of a
#: median (the median of two delays, 1.9 h and 26.2 h, is 14 h: neither of them).
FEW_DELAYS = 3


def _follow(outlet, hours: pd.Series) -> str:
    """``X a median 14 h later (8 storylines)`` or, for few, ``X 1 h 54 min later on drones
    and 26 h 12 min on strike`` (``hours`` indexed by storyline)."""
    hours = hours.dropna().sort_values()
    if hours.empty:  # (its first article on each storyline is undated)
        return f"{outlet} undated, so no delay can be given"
    if len(hours) <= FEW_DELAYS:
        return f"{outlet} " + join_and([f"{hours_text(h)} later on {story}" if i == 0
                                        else f"{hours_text(h)} on {story}"
                                        for i, (story, h) in enumerate(hours.items())])
    return f"{outlet} a median {hours_text(hours.median())} later ({len(hours)} storylines)"
