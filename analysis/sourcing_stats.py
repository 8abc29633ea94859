"""Aggregations of the sourcing tables, and the plain-language readings printed under charts.

Each function takes the ``attributions`` and/or ``articles`` table of an
:class:`~analysis.pipeline.Analysis`, returns a new table and never changes its input. Shares
are pooled (attributions of a kind divided by all attributions of the group), so a long
article weighs more than a short one; article-level flags (``secondhand``, ``single_source``)
are shares of articles.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from .errors import ParameterError, check_choice
from .groups import OPINION_GENRES, is_opinion, label_missing  # noqa: F401 (re-exported)
from .stats import PERIODS as STATS_PERIODS
from .stats import each, join_and, tied_at_top

#: Speaker types in the order charts stack them (named on-the-record first, then the rest).
TYPE_ORDER = ("official", "person", "expert", "organization", "document", "media",
              "anonymous", "vague", "unattributed")
STANCE_ORDER = ("neutral", "endorsing", "distancing", "admission")
#: Periods of :func:`sourcing_over_time` (the suite's: day, week, month).
PERIODS = STATS_PERIODS


def _need(table: pd.DataFrame, *columns: str) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ParameterError(f"table lacks column(s) {', '.join(missing)}; pass the "
                             "attributions/articles table of analyze()")


def _with_outlet(attributions: pd.DataFrame, articles: pd.DataFrame, by: str) -> pd.DataFrame:
    _need(attributions, "article_id")
    _need(articles, "id", by)
    return attributions.merge(articles[["id", by]].rename(columns={"id": "article_id"}),
                              on="article_id", how="left")


#: The columns of an attribution that say who said what, how and through whom.
EVIDENCE_COLUMNS = ("speaker_name", "speaker_type", "kind", "verb", "verb_stance", "via",
                    "quote_start", "quote_end", "quote")


def attribution_evidence(attributions: pd.DataFrame, articles: pd.DataFrame, *,
                         by: str = "outlet", speakers=None, with_verb: bool = False,
                         with_quote: bool = True) -> pd.DataFrame:
    """The attributions behind a sourcing chart, each with its article's group: the
    ``evidence`` a notebook saves beside the chart (``article_id``, ``by``, then
    :data:`EVIDENCE_COLUMNS`). ``speakers`` keeps the rows of those canonical names (the top
    speakers chart, matched as it ranks them, ignoring case); ``with_verb`` only rows with an
    attribution verb (the verb stance chart). ``with_quote=False`` leaves out the quoted text
    (its offsets stay): a chart of every attribution of 10,000 articles would otherwise save
    some 30 MB of quotations beside it.

    >>> arts = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"]})
    >>> attr = pd.DataFrame({"article_id": ["a", "b"], "speaker_name": ["Ana", "Bo"],
    ...                      "speaker_type": ["official", "expert"],
    ...                      "verb_stance": ["", "neutral"]})
    >>> attribution_evidence(attr, arts, with_verb=True).values.tolist()
    [['b', 'Y', 'Bo', 'expert', 'neutral']]
    """
    table = _with_outlet(attributions, articles, by)
    if speakers is not None:
        wanted = {str(name).lower() for name in speakers}  # (ranked case-insensitively)
        table = table[table["speaker_name"].fillna("").str.lower().isin(wanted)]
    if with_verb:
        table = table[table["verb_stance"].fillna("") != ""]
    columns = ["article_id", by, *(c for c in EVIDENCE_COLUMNS if c in table.columns
                                   and (with_quote or c != "quote"))]
    return table[list(dict.fromkeys(columns))].reset_index(drop=True)


def source_types(attributions: pd.DataFrame, articles: pd.DataFrame, *,
                 by: str = "outlet") -> pd.DataFrame:
    """Attributions per speaker type and group, with each type's share within the group.

    >>> arts = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"]})
    >>> attr = pd.DataFrame({"article_id": ["a", "a", "b"],
    ...                      "speaker_type": ["official", "anonymous", "official"]})
    >>> source_types(attr, arts).values.tolist()
    [['X', 'official', 1, 0.5], ['X', 'anonymous', 1, 0.5], ['Y', 'official', 1, 1.0]]
    """
    table = _with_outlet(attributions, articles, by)
    counts = (label_missing(table, by).groupby([by, "speaker_type"]).size()
              .rename("attributions").reset_index())
    counts["share"] = counts["attributions"] / counts.groupby(by)["attributions"].transform(
        "sum")
    order = {t: i for i, t in enumerate(TYPE_ORDER)}
    counts["_o"] = counts["speaker_type"].map(order)
    return counts.sort_values([by, "_o"], ignore_index=True).drop(columns="_o")


def sourcing_by_outlet(articles: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """Per group: articles, attributions, anonymous and vague share of attributions (pooled),
    share of articles that are second-hand and that rest on a single source.

    >>> arts = pd.DataFrame({"outlet": ["X", "X"], "n_attributions": [3, 1],
    ...     "anonymous_share": [1/3, 1.0], "vague_share": [0.0, 0.0],
    ...     "secondhand": [True, False], "single_source": [False, True]})
    >>> sourcing_by_outlet(arts)[["anonymous_share", "secondhand_share"]].values.tolist()
    [[0.5, 0.5]]
    """
    _need(articles, by, "n_attributions", "anonymous_share", "vague_share", "secondhand",
          "single_source")
    t = articles.copy()
    t["_anon"] = t["anonymous_share"].fillna(0) * t["n_attributions"]
    t["_vague"] = t["vague_share"].fillna(0) * t["n_attributions"]
    g = label_missing(t, by).groupby(by)
    out = pd.DataFrame({
        "articles": g.size(),
        "attributions": g["n_attributions"].sum(),
        "anonymous_share": g["_anon"].sum() / g["n_attributions"].sum().where(lambda s: s > 0),
        "vague_share": g["_vague"].sum() / g["n_attributions"].sum().where(lambda s: s > 0),
        "secondhand_share": g["secondhand"].mean(),
        "single_source_share": g["single_source"].mean(),
    }).reset_index()
    out["attributions"] = out["attributions"].astype(int)
    return out.sort_values(by, ignore_index=True)


def sourcing_over_time(articles: pd.DataFrame, *, period: str = "M",
                       by: str = "outlet") -> pd.DataFrame:
    """Share of second-hand articles and anonymous attributions per period and group (dated
    articles only).

    ``period_start`` is in UTC (time-zone aware, as in the other period tables; weeks start
    on Monday). Every period from the first to the last gets a row for every group, one
    with no articles an ``articles`` of 0 and no shares (NaN), so a chart breaks the group's
    line there instead of joining across the gap (review19 W4).

    >>> arts = pd.DataFrame({"outlet": ["A", "A"], "n_attributions": [2, 4],
    ...                      "anonymous_share": [0.5, 0.0], "secondhand": [True, False],
    ...                      "published": pd.to_datetime(["2026-01-09", "2026-03-10"], utc=True)})
    >>> t = sourcing_over_time(arts)
    >>> cols = ["period_start", "articles", "secondhand_share"]
    >>> [(f"{d:%m}", a, s) for d, a, s in t[cols].values]
    [('01', 1, 1.0), ('02', 0, nan), ('03', 1, 0.0)]
    """
    from .stats import period_range, sorted_groups

    check_choice("period", period, PERIODS)
    _need(articles, "published", by, "n_attributions", "anonymous_share", "secondhand")
    t = articles.dropna(subset=["published"]).copy()
    naive = t["published"].dt.tz_convert("UTC").dt.tz_localize(None)
    t["period_start"] = naive.dt.to_period(period).dt.start_time.dt.tz_localize("UTC")
    t["_anon"] = t["anonymous_share"].fillna(0) * t["n_attributions"]
    g = label_missing(t, by).groupby(["period_start", by])
    out = pd.DataFrame({
        "articles": g.size(),
        "secondhand_share": g["secondhand"].mean(),
        "anonymous_share": g["_anon"].sum() / g["n_attributions"].sum().where(lambda s: s > 0),
    })
    if len(out):
        full = pd.MultiIndex.from_product(
            [period_range(out.index.get_level_values("period_start"), period),
             sorted_groups(out.index.get_level_values(by).unique())],
            names=["period_start", by])
        out = out.reindex(full)
        out["articles"] = out["articles"].fillna(0).astype(int)
    return out.reset_index().sort_values(["period_start", by], ignore_index=True)


#: Speaker names that are a pronoun the sourcing analysis could not resolve to a person: not
#: an identifiable speaker to rank.
UNRESOLVED_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


def top_speakers(attributions: pd.DataFrame, articles: pd.DataFrame, *, n: int = 10,
                 by: str = "outlet") -> pd.DataFrame:
    """The most attributed speakers (canonical names; unattributed quotes and pronouns that
    resolved to no one, "he", "she", left out): their type, attributions, articles, and which
    groups quote them (``"X 3, Y 1"``). ``attrs`` holds ``n_speakers`` and
    ``n_attributions``: every speaker and attribution the ranking was drawn from, and
    ``n_total``: all attributions, those left out included.

    >>> arts = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"]})
    >>> attr = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker_name": ["Ana", "Ana", "Ana"],
    ...                      "speaker_type": ["official"] * 3})
    >>> top_speakers(attr, arts).values.tolist()
    [['Ana', 'official', 3, 2, 'X 2, Y 1']]
    """
    if n < 1:
        raise ParameterError(f"n must be a positive number of speakers, not {n!r}")
    table = _with_outlet(attributions, articles, by)
    n_total = len(table)
    table = table[(table["speaker_name"].fillna("") != "")
                  & (table["speaker_type"] != "unattributed")
                  & ~table["speaker_name"].str.lower().isin(UNRESOLVED_PRONOUNS)]
    table = table.assign(_key=table["speaker_name"].str.lower())
    rows = []
    for _, group in table.groupby("_key"):
        per = group[by].value_counts()
        per = per.sort_index().sort_values(ascending=False, kind="stable")
        rows.append({
            "speaker": group["speaker_name"].mode().iloc[0],
            "speaker_type": group["speaker_type"].mode().iloc[0],
            "attributions": len(group),
            "articles": group["article_id"].nunique(),
            "quoted_by": ", ".join(f"{k} {v}" for k, v in per.items()),
        })
    out = pd.DataFrame(rows, columns=["speaker", "speaker_type", "attributions", "articles",
                                      "quoted_by"])
    out = out.sort_values(["attributions", "speaker"], ascending=[False, True],
                          ignore_index=True).head(n)
    out.attrs.update(n_speakers=len(rows), n_attributions=len(table), n_total=n_total)
    return out


#: Columns of :func:`source_mix`, after ``id``.
MIX_COLUMNS = ("n_on_record", "n_source_types", "source_mix", "official_only")
#: The kinds of source :func:`source_mix` counts: voices on the record that a reader could
#: check. Anonymous sources, vague groups ("observers say") and media outlets are left out, as
#: are speakers reached only through another outlet (a ``via``) and pronouns resolved to no one:
#: counted, they made a digest of other outlets' reports look the most varied (review of the
#: sample report, 2026-12-04).
ON_RECORD_TYPES = ("official", "person", "expert", "organization", "document")
#: Of :data:`ON_RECORD_TYPES`, the kinds that are on the record only when named: a person or
#: an expert is one the reader can check only by name ("Samuel Achterberg", not "Analysts" or
#: "the 52-year-old"), while an office, organisation or document is on the record as itself
#: ("the ministry said", "the union", "the memo"). Counted, unnamed "analysts" gave every
#: article of a digest outlet an expert it never names and made it the "most varied" of the
#: sample (numbers audit of the sample reports, 2026-12-04).
NAMED_ONLY_TYPES = ("person", "expert")
#: Plural heads of a group of unnamed people ("officials", "Estmark officials", "opposition
#: lawmakers", "water chiefs"): typed ``official`` or ``organization`` by their role, but
#: no one a reader can check, like "analysts", so not an on-record source (review of the sample
#: report, 2026-12-04: "officials" counted as an identified official source).
GROUP_OF_PEOPLE_HEADS = frozenset("""
    officials lawmakers legislators ministers diplomats councillors councilors representatives
    spokespeople spokesmen spokeswomen aides advisers advisors insiders staffers executives
    managers chiefs bosses leaders members workers employees engineers residents people
    campaigners activists protesters sources authorities negotiators
    fishermen fishers farmers growers parents mothers fathers families relatives neighbours
    neighbors nurses doctors midwives teachers students pupils patients villagers locals
    voters citizens taxpayers shopkeepers traders drivers passengers commuters owners landlords
    tenants pensioners retirees veterans soldiers troops officers firefighters paramedics
    volunteers survivors victims witnesses bystanders demonstrators marchers strikers unions
    crowds onlookers customers consumers users viewers readers listeners
""".split())
#: Words after which a speaker phrase's head noun has ended ("Fishermen who took part in the
#: march": the head is "Fishermen", not "march").
_HEAD_ENDS_RE = (r"^(.*?)(?:\s+(?:who|whom|whose|that|which|of|from|in|at|on|with|near|across|"
                 r"along|outside|inside|interviewed|living|working|taking)\b.*)?$")


def source_mix(attributions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """How varied each article's on-record sources are: one row per article of ``articles``.

    An *on-record source* is a distinct speaker the sourcing analysis named (``speaker_name``,
    case ignored) with a type of :data:`ON_RECORD_TYPES`, heard first-hand (no ``via``) and not
    a pronoun resolved to no one; a person or expert (:data:`NAMED_ONLY_TYPES`) only when named
    (:func:`is_named`: "Analysts" and "the 52-year-old" are not); a group of unnamed people
    ("officials", "Estmark officials": :data:`GROUP_OF_PEOPLE_HEADS`) never; its kind is the
    type most of its attributions carry.

    Columns: ``id``; ``n_on_record``; ``n_source_types`` (distinct kinds among them: official,
    person, expert, organization, document); ``source_mix``, the chance that two different
    on-record sources of the story, picked at random, are of different kinds — ``1 − Σ
    c(c − 1) / (n(n − 1))`` over the counts ``c`` of each kind among the ``n`` sources (the
    Gini–Simpson index without replacement; Simpson 1949), 0 when all are of one kind, empty
    below two sources; and ``official_only``, 1 when every on-record source is an official
    (government, opposition or foreign office alike), 0 when not, empty without one.

    >>> arts = pd.DataFrame({"id": ["a", "b", "c"]})
    >>> attr = pd.DataFrame({"article_id": ["a", "a", "a", "a", "b", "b", "b", "b"],
    ...     "speaker_name": ["Ana Ruiz", "Ana Ruiz", "Police", "Dr Lee", "Ana Ruiz", "critics",
    ...                      "he", "Estmark officials"],
    ...     "speaker_type": ["official", "official", "official", "expert", "official", "vague",
    ...                      "person", "official"], "via": ""})
    >>> source_mix(attr, arts).values.tolist()  # a: 2 officials + 1 expert: 1 − 2/6
    [['a', 3, 2, 0.6666666666666667, 0.0], ['b', 1, 1, nan, 1.0], ['c', 0, 0, nan, nan]]
    """
    _need(attributions, "article_id", "speaker_name", "speaker_type")
    _need(articles, "id")
    names = attributions["speaker_name"].fillna("").astype(str).str.strip()
    relayed = (attributions["via"].fillna("").astype(str).str.strip() != ""
               if "via" in attributions.columns else pd.Series(False, index=names.index))
    types = attributions["speaker_type"]
    keep = ((names != "") & types.isin(ON_RECORD_TYPES) & ~relayed
            & ~names.str.lower().isin(UNRESOLVED_PRONOUNS))
    # (each distinct name's head once: a big collection repeats its speakers' names)
    distinct = pd.Series(names[keep].unique(), dtype=object)
    head_of = dict(zip(distinct, distinct.str.extract(_HEAD_ENDS_RE, flags=re.IGNORECASE)[0]
                       .fillna("").str.rsplit(n=1).str[-1].fillna("").str.lower(), strict=True))
    heads = names.map(head_of).fillna("")
    keep &= ~(heads.isin(GROUP_OF_PEOPLE_HEADS) & ~types.isin(("document",)))
    needs_name = keep & types.isin(NAMED_ONLY_TYPES)
    # (each distinct name once: a big collection repeats its speakers' names many times)
    named = {name: is_named(name) for name in names[needs_name].unique()}
    keep[needs_name] = names[needs_name].map(named).astype(bool)
    rows = attributions[keep].assign(_key=names[keep].str.lower())
    # each source's kind: the type most of its rows carry, a tie to the type first in
    # TYPE_ORDER (so one person is one kind of source in one article); done on counts, not by
    # a Python function per source: 10,000 articles have some 66,000 sources, which took 50 s
    counts = (rows.groupby(["article_id", "_key", "speaker_type"]).size()
              .rename("rows").reset_index())
    counts["_order"] = counts["speaker_type"].map(
        {t: i for i, t in enumerate(TYPE_ORDER)}).fillna(len(TYPE_ORDER))
    kinds = (counts.sort_values(["article_id", "_key", "rows", "_order"],
                                ascending=[True, True, False, True], kind="stable")
             .drop_duplicates(["article_id", "_key"]))
    # per article: n sources, the count c of each kind, Gini–Simpson 1 − Σ c(c − 1)/(n(n − 1))
    per_kind = kinds.groupby(["article_id", "speaker_type"]).size().rename("c").reset_index()
    per_kind["pairs"] = per_kind["c"] * (per_kind["c"] - 1)
    per_kind["official"] = per_kind["speaker_type"] == "official"
    grouped = per_kind.groupby("article_id")
    stats = pd.DataFrame({"n_on_record": grouped["c"].sum(),
                          "n_source_types": grouped.size(),
                          "pairs": grouped["pairs"].sum(),
                          "only_official": grouped["official"].all()})
    n = stats["n_on_record"].astype(float)
    stats["source_mix"] = (1 - stats["pairs"] / (n * (n - 1))).where(n > 1)
    stats["official_only"] = stats["only_official"].astype(float)
    out = (articles[["id"]].merge(stats[list(MIX_COLUMNS)], left_on="id", right_index=True,
                                  how="left")
           .fillna({"n_on_record": 0, "n_source_types": 0}).reset_index(drop=True))
    return out.astype({"n_on_record": int, "n_source_types": int})


def verb_stance(attributions: pd.DataFrame, articles: pd.DataFrame, *,
                by: str = "outlet") -> pd.DataFrame:
    """Attributions with a verb, per stance and group, with shares within the group.

    ``attrs["distancing_verbs"]`` holds, per group, its distancing verbs as written with their
    counts, most frequent first (``{"X": [("claimed", 3), ("told", 2)]}``), so a reading names
    the verbs an outlet actually uses rather than the stance's textbook examples.
    """
    table = _with_outlet(attributions, articles, by)
    table = table[table["verb_stance"].fillna("") != ""]
    counts = (label_missing(table, by).groupby([by, "verb_stance"]).size()
              .rename("attributions").reset_index())
    counts["share"] = counts["attributions"] / counts.groupby(by)["attributions"].transform(
        "sum")
    counts["_o"] = counts["verb_stance"].map({s: i for i, s in enumerate(STANCE_ORDER)})
    out = counts.sort_values([by, "_o"], ignore_index=True).drop(columns="_o")
    distancing = label_missing(table[table["verb_stance"] == "distancing"], by)
    verbs = {}
    for group, rows in distancing.groupby(by) if "verb" in distancing else ():
        tally = rows["verb"].fillna("").str.lower().value_counts()
        tally = tally.sort_index().sort_values(ascending=False, kind="stable")
        verbs[group] = [(verb, int(n)) for verb, n in tally.items() if verb]
    out.attrs["distancing_verbs"] = verbs
    return out


def flagged_stories(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles that are single-source or second-hand, for inspection (id, outlet, title, url,
    the two flags, sources and the outlets relayed): single-source stories first (a figure
    resting on one source is the first to check), then newest first.

    >>> arts = pd.DataFrame({"id": ["a", "b", "c"], "outlet": "X", "title": "",
    ...     "published": pd.to_datetime(["2026-01-01", "2026-02-01", "2026-03-01"]),
    ...     "single_source": [True, False, False], "secondhand": [True, True, False]})
    >>> flagged_stories(arts)["id"].tolist()
    ['a', 'b']
    """
    _need(articles, "id", "outlet", "title", "single_source", "secondhand")
    cols = [c for c in ("id", "outlet", "published", "title", "genre", "url", "single_source",
                        "secondhand", "n_primary_sources", "n_relaying_outlets")
            if c in articles.columns]
    flagged = articles.loc[articles["single_source"] | articles["secondhand"], cols]
    sort = ["single_source", *(["published"] if "published" in cols else []), "id"]
    return flagged.sort_values(sort, ascending=False, ignore_index=True)


# ------------------------------------------------------------------ readings
def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _of_each(share: float, bases: list[int], noun: str) -> str:
    """``50% of its 4 articles``, or for tied groups ``50% of the articles of each, 4 and 2``
    (a clause that follows it needs its own comma).

    >>> _of_each(0.5, [4], "articles"), _of_each(0.5, [4, 2], "articles")
    ('50% of its 4 articles', '50% of the articles of each, 4 and 2')
    """
    if len(bases) == 1:
        return f"{_pct(share)} of its {bases[0]} {noun}"
    return f"{_pct(share)} of the {noun} of each, {join_and(bases)}"


def describe_source_types(table: pd.DataFrame, by: str = "outlet", *,
                          min_n: int | None = None) -> str:
    """One sentence: the most common source type overall and the outlet leaning most on
    anonymous sources (every one of a tie), among groups with at least ``min_n`` attributions
    (default :data:`~analysis.uncertainty.MIN_GROUP_SIZE`); smaller groups are listed, not
    ranked."""
    total = table.groupby("speaker_type")["attributions"].sum()
    if table.empty or total.sum() == 0:
        return "No attributions were found."
    top = tied_at_top(total)
    text = (f"Of {int(total.sum()):,} attributions, {join_and(top)} sources are the most common "
            f"({_pct(total.max() / total.sum())}{each(top)}).")
    anon = table[table["speaker_type"] == "anonymous"].set_index(by)["share"]
    if not anon.empty and anon.max() == 0:  # (zero-filled rows: no ranking of zeros)
        text += " No attribution is anonymous."
    elif not anon.empty:
        from .uncertainty import MIN_GROUP_SIZE as DEFAULT_MIN

        MIN_GROUP_SIZE = DEFAULT_MIN if min_n is None else min_n  # noqa: N806
        n = table.groupby(by)["attributions"].sum()
        # only groups with enough attributions are ranked (review19 M3: 1 of 1 is "100%")
        ranked = anon[[n[name] >= MIN_GROUP_SIZE for name in anon.index]]
        small = [name for name in anon.index if n[name] < MIN_GROUP_SIZE]
        if ranked.empty or ranked.max() == 0:
            text += (f" No {by} with {MIN_GROUP_SIZE} or more attributions has an anonymous "
                     "one." if len(ranked) else
                     f" No {by} has the {MIN_GROUP_SIZE} attributions needed to rank them.")
        else:
            lead = tied_at_top(ranked)
            text += (f" {join_and(lead)} {'lean' if len(lead) > 1 else 'leans'} most on "
                     f"anonymous sources ("
                     f"{_of_each(ranked.max(), [n[name] for name in lead], 'attributions')}).")
        if small and len(ranked):
            text += (f" Not ranked, with fewer than {MIN_GROUP_SIZE} attributions: "
                     f"{join_and([f'{g} ({int(n[g])})' for g in small])}.")
    return text


def is_named(speaker_name) -> bool:
    """Whether a speaker is named: a capitalised word that is not a role, determiner or pronoun
    ("Samuel Achterberg", not "Analysts" or "the experts").

    >>> is_named("Samuel Achterberg"), is_named("Other analysts"), is_named(None)
    (True, False, False)
    """
    from .sourcing import _has_proper_word

    return isinstance(speaker_name, str) and _has_proper_word(speaker_name)


def describe_unnamed_experts(attributions: pd.DataFrame, articles: pd.DataFrame, *,
                             by: str = "outlet", exclude_ids=None) -> str:
    """One sentence: how many ``expert`` attributions name nobody ("analysts note…"), per
    group that has any. The coding types bare "analysts" as experts (issue #3's seed), but a
    reader weighs "Analysts note" below a named hydrologist; without this sentence an outlet
    that leans on unnamed analysts looks like the one that quotes experts most.

    >>> arts = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"]})
    >>> attr = pd.DataFrame({"article_id": ["a", "a", "a", "b"],
    ...     "speaker_type": ["expert", "expert", "official", "expert"],
    ...     "speaker_name": ["Analysts", "Ana Berg", "Holm", "Ana Berg"]})
    >>> print(describe_unnamed_experts(attr, arts))  # doctest: +NORMALIZE_WHITESPACE
    1 of the 3 expert attributions names nobody ("analysts say…"; X 1 of 2): read these as
    vague rather than as an expert's word.
    """
    if attributions.empty or "speaker_type" not in attributions.columns:
        return ""
    if exclude_ids is not None:  # (e.g. reprints, counted once in notebook 06)
        attributions = attributions[~attributions["article_id"].isin(set(exclude_ids))]
    table = label_missing(_with_outlet(attributions, articles, by), by)
    experts = table[table["speaker_type"] == "expert"]
    experts = experts.assign(_u=~experts["speaker_name"].map(is_named).astype(bool))
    n_unnamed = int(experts["_u"].sum())
    if not n_unnamed:
        return (f"Every one of the {len(experts)} expert attributions names its expert."
                if len(experts) else "")
    per = experts.groupby(by)["_u"].agg(["sum", "size"])
    per = per[per["sum"] > 0].sort_values(["sum", "size"], ascending=False)
    groups = "; ".join(f"{g} {int(r['sum'])} of {int(r['size'])}" for g, r in per.iterrows())
    once = " (reprints counted once)" if exclude_ids is not None and len(set(exclude_ids)) \
        else ""
    return (f"{n_unnamed} of the {len(experts)} expert attributions{once} "
            f"{'names' if n_unnamed == 1 else 'name'} nobody (\"analysts say…\"; {groups}): "
            "read these as vague rather than as an expert's word.")


def describe_by_outlet(table: pd.DataFrame, by: str = "outlet", *,
                       min_n: int | None = None) -> str:
    """One sentence on second-hand and anonymous shares per group (every one of a tie); only
    groups with ``min_n`` articles or more (default
    :data:`~analysis.uncertainty.MIN_GROUP_SIZE`) are ranked."""
    from .uncertainty import MIN_GROUP_SIZE as DEFAULT_MIN

    MIN_GROUP_SIZE = DEFAULT_MIN if min_n is None else min_n  # noqa: N806

    if table.empty:
        return "No articles."
    rows = table.set_index(by)
    shares = rows["secondhand_share"].dropna()
    if shares.empty or shares.max() == 0:  # (no ranking of zeros: "all relay most often")
        text = (f"No {by}'s articles relay another outlet (0 of "
                f"{int(rows['articles'].sum())} articles are second-hand)")
    elif len(shares) == 1:
        only = _of_each(shares.iloc[0], [int(rows.loc[shares.index[0], "articles"])],
                        "articles")
        text = f"{shares.index[0]}: {only} are second-hand"
    else:
        # only groups with enough articles are ranked (review19 M3)
        sizes = rows.loc[shares.index, "articles"].astype(int)
        big = shares[sizes >= MIN_GROUP_SIZE]
        small = [f"{g} ({sizes[g]})" for g in shares.index if sizes[g] < MIN_GROUP_SIZE]
        if big.empty:
            text = (f"No {by} has the {MIN_GROUP_SIZE} articles needed to rank {by}s by "
                    "their second-hand share")
        elif big.max() == 0:
            text = (f"No {by} with {MIN_GROUP_SIZE} or more articles relays another outlet")
        else:
            second = tied_at_top(big)
            bases = [int(rows.loc[name, "articles"]) for name in second]
            text = (f"{join_and(second)} {'relay' if len(second) > 1 else 'relays'} other "
                    f"outlets most often ({_of_each(big.max(), bases, 'articles')}"
                    f"{',' if len(bases) > 1 else ''} are second-hand)")
        if small and len(big):
            text += (f" (not ranked, with fewer than {MIN_GROUP_SIZE} articles: "
                     f"{join_and(small)})")
    anonymous = rows["anonymous_share"].dropna()  # (NaN: a group with no attributions)
    if len(anonymous) and anonymous.max() == 0:
        text += "; no attribution is anonymous"
    elif len(anonymous) == 1:
        text += (f"; {_pct(anonymous.iloc[0])} of {anonymous.index[0]}'s attributions are "
                 "anonymous")
    elif len(anonymous):
        ranked = anonymous[rows.loc[anonymous.index, "articles"] >= MIN_GROUP_SIZE]
        if ranked.empty:
            text += f"; no {by} has the {MIN_GROUP_SIZE} articles needed to rank anonymity"
        else:
            anon = tied_at_top(ranked)
            text += (f"; {join_and(anon)} {'have' if len(anon) > 1 else 'has'} the highest "
                     f"share of anonymous attributions ({_pct(ranked.max())}{each(anon)})")
    return text + "."


def secondhand_per_period(table: pd.DataFrame) -> pd.DataFrame:
    """All groups together, per period of a :func:`sourcing_over_time` table: ``_n`` second-hand
    articles, ``articles`` and their ``share`` (NaN for a period with no articles), indexed by
    ``period_start`` in order."""
    t = table.assign(_n=(table["articles"] * table["secondhand_share"].fillna(0)).round())
    per = t.groupby("period_start")[["_n", "articles"]].sum().sort_index()
    per["share"] = per["_n"] / per["articles"].where(per["articles"] > 0)
    return per


def describe_over_time(table: pd.DataFrame, by: str = "outlet") -> str:
    """One sentence: the period with the highest share of second-hand articles (95% Wilson
    interval), and whether it is set apart from the other periods with at least
    :data:`~analysis.uncertainty.MIN_GROUP_SIZE` articles; periods with fewer are not ranked.
    "Apart" rests on Newcombe's hybrid score interval of each difference (the MOVER interval
    of two proportions, Newcombe 1998, method 10), at the Bonferroni level for the k(k−1)/2
    pairs of the k periods, since the highest was picked as the highest; overlapping intervals
    are not read as "no change" (review 21: 24 of 60 against 12 of 60 was called "cannot
    show a change", p ≈ 0.017).

    >>> t = pd.DataFrame({"period_start": pd.to_datetime(["2026-09-01", "2026-10-01"]),
    ...                   "articles": [13, 25], "secondhand_share": [6 / 13, 11 / 25]})
    >>> print(describe_over_time(t))  # doctest: +NORMALIZE_WHITESPACE
    All outlets together, across 38 dated articles, the period starting 2026-09-01 has the
    highest share of second-hand articles (6 of 13, 46%; 95% interval 23% to 71%), but the
    interval of its
    difference from each other period includes 0: the sample cannot show a change over time
    (which is not the same as showing that the share stayed level).
    """
    from .uncertainty import CONFIDENCE, MIN_GROUP_SIZE, picked_pairs, wilson_interval

    if table.empty:
        return "No dated articles."
    per = secondhand_per_period(table)
    total = int(per["articles"].sum())
    sized = per[per["articles"] >= MIN_GROUP_SIZE]
    if sized.empty:
        return (f"Across {total} dated articles, no period has the {MIN_GROUP_SIZE} articles "
                "needed to compare periods.")
    bounds = {start: wilson_interval(int(r["_n"]), int(r["articles"]))
              for start, r in sized.iterrows()}
    if per["_n"].sum() == 0:
        return f"Across {total} dated articles, none is second-hand."
    if sized["share"].max() == 0:
        return (f"Across {total} dated articles, no period with the {MIN_GROUP_SIZE} articles "
                "needed to compare periods has a second-hand article.")
    best = sized[sized["share"] == sized["share"].max()]
    starts = [f"{start:%Y-%m-%d}" for start in best.index]
    plural = len(starts) > 1
    shown = "; ".join(f"{int(r['_n'])} of {int(r['articles'])}, {_pct(r['share'])}; "
                      f"95% interval {_pct(bounds[s][0])} to {_pct(bounds[s][1])}"
                      for s, r in best.iterrows())
    others = [s for s in sized.index if s not in best.index]
    pairs = picked_pairs(len(sized))
    level = 1 - (1 - CONFIDENCE) / pairs

    def lower_difference(top, other) -> float:
        # Newcombe's hybrid score (MOVER) lower bound of share(top) − share(other)
        p1, n1 = sized.loc[top, "share"], int(sized.loc[top, "articles"])
        p2, n2 = sized.loc[other, "share"], int(sized.loc[other, "articles"])
        l1, _ = wilson_interval(int(sized.loc[top, "_n"]), n1, confidence=level)
        _, u2 = wilson_interval(int(sized.loc[other, "_n"]), n2, confidence=level)
        return (p1 - p2) - math.hypot(p1 - l1, u2 - p2)

    top = best["articles"].idxmax()
    above = [s for s in others if lower_difference(top, s) > 0]
    allowance = (f", at the level that allows for picking the highest of {len(sized)} periods"
                 if pairs > 1 else "")
    if not others:
        verdict = ", but no other period with enough articles is there to compare"
    elif plural:
        verdict = "; they share the highest share, so none is set apart"
    elif len(above) == len(others):
        verdict = (f"; it is above every other period (the interval of each difference "
                   f"excludes 0{allowance})")
    elif above:
        verdict = (f"; it is above {join_and([f'{s:%Y-%m-%d}' for s in above])} (the interval "
                   f"of the difference excludes 0{allowance}), not clearly above the others")
    else:
        verdict = (f", but the interval of its difference from each other period includes 0"
                   f"{allowance}: the sample cannot show a change over time (which is not the "
                   "same as showing that the share stayed level)")
    empty = int((per["articles"] == 0).sum())
    small = len(per) - len(sized) - empty
    notes = []
    if small:
        notes.append(f"{small} period{'s' if small > 1 else ''} with fewer than "
                     f"{MIN_GROUP_SIZE} articles not ranked")
    if empty:
        notes.append(f"{empty} period{'s' if empty > 1 else ''} with no articles at all")
    note = f" ({'; '.join(notes)})" if notes else ""
    return (f"All outlets together, across {total} dated articles, the "
            f"{'periods' if plural else 'period'} starting "
            f"{join_and(starts)} {'have' if plural else 'has'} the highest share of second-hand "
            f"articles ({shown}){verdict}{note}.")


def describe_top_speakers(table: pd.DataFrame) -> str:
    """One sentence naming the most attributed speaker (or speakers, tied) and who quotes
    them."""
    if table.empty:
        return "No attributed speakers."
    top = table[table["attributions"] == table["attributions"].max()]
    if len(top) > 1:
        names = join_and([f"{r['speaker']} ({r['speaker_type']})" for _, r in top.iterrows()])
        return (f"{names} are the most attributed speakers, with "
                f"{int(top['attributions'].iloc[0])} attributions each.")
    r = top.iloc[0]
    return (f"{r['speaker']} ({r['speaker_type']}) is the most attributed speaker: "
            f"{int(r['attributions'])} attributions in {int(r['articles'])} articles "
            f"(by outlet: {r['quoted_by']}).")


def describe_verb_stance(table: pd.DataFrame, by: str = "outlet") -> str:
    """One sentence: the outlet using distancing verbs most, and which verbs they are (from
    ``table.attrs["distancing_verbs"]``, see :func:`verb_stance`).

    >>> t = pd.DataFrame({"outlet": ["X", "X", "Y"], "verb_stance": ["neutral", "distancing",
    ...                   "neutral"], "attributions": [6, 4, 5], "share": [0.6, 0.4, 1.0]})
    >>> t.attrs["distancing_verbs"] = {"X": [("told", 3), ("claimed", 1)]}
    >>> print(describe_verb_stance(t))  # doctest: +NORMALIZE_WHITESPACE
    X uses distancing verbs most: 40% of its 10 attribution verbs; its distancing verbs: told 3,
    claimed 1 ("told" counts as distancing only after "reportedly", "allegedly" or the like).
    """
    if table.empty:
        return "No attribution verbs."
    d = table[table["verb_stance"] == "distancing"].set_index(by)["share"]
    if d.empty or d.max() == 0:
        return ("No distancing verb (claimed, alleged, insisted…) was found in any outlet's "
                "attributions.")
    lead = tied_at_top(d)
    n = table.groupby(by)["attributions"].sum()
    line = (f"{join_and(lead)} {'use' if len(lead) > 1 else 'uses'} distancing verbs most: "
            f"{_of_each(d.max(), [int(n[name]) for name in lead], 'attribution verbs')}")
    verbs = table.attrs.get("distancing_verbs", {})
    neutral = []
    for name in lead:
        used = verbs.get(name, [])
        if not used:
            continue
        more = sum(count for _, count in used[5:])
        line += (f"; {'its' if len(lead) == 1 else name + chr(8217) + 's'} distancing verbs: "
                 + ", ".join(f"{verb} {count}" for verb, count in used[:5])
                 + (f" and {more} more" if more else ""))
        neutral += [verb for verb, _ in used[:5] if verb in NEUTRAL_VERBS and verb not in neutral]
    if neutral:
        line += (f" ({join_and([chr(34) + v + chr(34) for v in neutral])} "
                 f"{'counts' if len(neutral) == 1 else 'count'} as distancing only after "
                 '"reportedly", "allegedly" or the like)')
    return line + "."


#: Verbs whose stance is neutral on their own: found among distancing verbs only after a
#: distancing adverb ("reportedly told"), which the reading says.
NEUTRAL_VERBS = frozenset({"said", "says", "say", "told", "tells", "tell", "added", "adds",
                           "stated", "states", "explained", "explains", "wrote", "writes",
                           "written"})


#: ``genre`` values (case-insensitive) of opinion pieces. A column that discusses one source's
#: claim is commentary on it, not a report resting on it: :func:`describe_flagged` says how
#: many single-source stories are opinion pieces, so a reader does not charge a columnist who
#: questions that single source with relying on it.
def describe_flagged(table: pd.DataFrame, articles: pd.DataFrame) -> str:
    """One sentence counting single-source and second-hand stories, and how many of the
    single-source ones are opinion pieces (a ``genre`` column, :data:`OPINION_GENRES`).

    >>> t = pd.DataFrame({"single_source": [True, True, False], "secondhand": [True, False, True],
    ...                   "genre": ["column", None, None]})
    >>> ten = pd.DataFrame({"id": range(10)})
    >>> print(describe_flagged(t, ten))  # doctest: +NORMALIZE_WHITESPACE
    2 of 10 articles rest on a single primary source and 2 are second-hand; 1 is both. 1 of
    the single-source articles is an opinion piece (column): commentary on a claim rather than
    a report resting on one source.
    """
    single = int(table["single_source"].sum()) if len(table) else 0
    second = int(table["secondhand"].sum()) if len(table) else 0
    both = int((table["single_source"] & table["secondhand"]).sum()) if len(table) else 0
    text = (f"{single} of {len(articles)} articles {'rests' if single == 1 else 'rest'} on a "
            f"single primary source and {second} {'is' if second == 1 else 'are'} second-hand; "
            f"{both} {'is' if both == 1 else 'are'} both.")
    if single and "genre" in table.columns:
        genres = table.loc[table["single_source"].astype(bool), "genre"]
        opinion = genres[genres.map(is_opinion)]
        if len(opinion):
            kinds = ", ".join(sorted(opinion.str.strip().str.lower().unique()))
            text += (f" {len(opinion)} of the single-source articles "
                     f"{'is an opinion piece' if len(opinion) == 1 else 'are opinion pieces'} "
                     f"({kinds}): commentary on a claim rather than a report resting on one "
                     "source.")
    return text
