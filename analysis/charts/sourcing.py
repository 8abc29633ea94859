"""Charts for the sourcing analysis (drawn in the house style of base.py).

Each takes a table from :mod:`analysis.sourcing_stats` and only draws.
"""

from __future__ import annotations

import pandas as pd
import seaborn as sns

from .base import (
    NO_DATES,
    PALETTE,
    finish,
    label_groups_with_n,
    new_axes,
    nothing_to_draw,
    period_ticks,
)

__all__ = ["secondhand_over_time", "source_types_by_outlet", "sourcing_shares_by_outlet",
           "top_speakers_chart", "verb_stance_by_outlet"]


def _stacked(table: pd.DataFrame, by: str, column: str, order, ax, xlabel: str):
    wide = table.pivot(index=by, columns=column, values="share").fillna(0)
    wide = wide[[c for c in order if c in wide.columns]]
    wide.plot(kind="barh", stacked=True, ax=ax, width=0.75,
              color=sns.color_palette(PALETTE, n_colors=max(1, wide.shape[1])))
    ax.set_xlabel(xlabel)
    ax.set_ylabel("")
    ax.set_xlim(0, 1)
    ax.legend(fontsize=8, frameon=False, bbox_to_anchor=(1.0, 1.0), loc="upper left")
    label_groups_with_n(ax, table.groupby(by)["attributions"].sum().to_dict())
    return wide


def source_types_by_outlet(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                           source: str | None = None):
    """Stacked bars: share of attributions per speaker type, per group
    (from :func:`analysis.sourcing_stats.source_types`)."""
    from ..sourcing_stats import TYPE_ORDER

    ax = new_axes(ax, height=max(2.5, 0.5 * table[by].nunique() + 1.8))
    _stacked(table, by, "speaker_type", TYPE_ORDER, ax, "Share of attributions")
    return finish(ax, "Who is given a voice, by source type",
                  f"N = {int(table['attributions'].sum()):,} attributions (n per {by})", source)


def sourcing_shares_by_outlet(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                              source: str | None = None):
    """Grouped bars: anonymous and vague share of attributions, second-hand and single-source
    share of articles (from :func:`analysis.sourcing_stats.sourcing_by_outlet`)."""
    ax = new_axes(ax, height=max(2.5, 0.7 * len(table) + 1.8))
    long = table.melt(id_vars=[by], value_vars=["anonymous_share", "vague_share",
                                                "secondhand_share", "single_source_share"],
                      var_name="measure", value_name="share")
    long["measure"] = long["measure"].map({
        "anonymous_share": "anonymous (of attributions)", "vague_share": "vague (of attributions)",
        "secondhand_share": "second-hand (of articles)",
        "single_source_share": "single-source (of articles)"})
    sns.barplot(data=long, y=by, x="share", hue="measure", ax=ax, orient="h",
                palette=PALETTE)
    ax.set_xlabel("Share")
    ax.set_ylabel("")
    ax.set_xlim(0, 1)
    ax.legend(fontsize=8, frameon=False, bbox_to_anchor=(1.0, 1.0), loc="upper left")
    # both bases on each label: the first two bars are shares of attributions, the other two
    # of articles ("n=17" beside "13%" read as 13% of 17 articles)
    bases = {str(row[by]): f"{int(row['articles']):,} article{'' if row['articles'] == 1 else 's'}"
             f", {int(row['attributions']):,} attribution"
             f"{'' if row['attributions'] == 1 else 's'}" for _, row in table.iterrows()}
    ax.set_yticks(ax.get_yticks(), [f"{t.get_text()} ({bases[t.get_text()]})"
                                    if t.get_text() in bases else t.get_text()
                                    for t in ax.get_yticklabels()])
    return finish(ax, "Anonymous, vague and second-hand sourcing",
                  f"N = {int(table['articles'].sum()):,} articles (n per {by}), "
                  f"{int(table['attributions'].sum()):,} attributions", source)


def secondhand_over_time(table: pd.DataFrame, *, by: str = "outlet", period_label: str = "month",
                         ax=None, source: str | None = None):
    """Lines: share of second-hand articles per period and group
    (from :func:`analysis.sourcing_stats.sourcing_over_time`)."""
    if table.empty:
        return nothing_to_draw(ax, f"Second-hand stories per {period_label}", NO_DATES,
                               source)
    ax = new_axes(ax)
    # each outlet its own marker and dash pattern as well as colour: two outlets with the same
    # shares draw one line over the other, and the markers still show both
    # (drawn group by group with matplotlib, not seaborn's lineplot, which drops the empty
    # periods and joins the line across them: a period with no articles is a gap; review19 W4)
    groups = list(dict.fromkeys(table[by]))
    colours = sns.color_palette(PALETTE, len(groups))
    markers, dashes = "osD^vP*X", ["-", "--", "-.", ":"]
    for k, group in enumerate(groups):
        part = table[table[by] == group].sort_values("period_start")
        ax.plot(part["period_start"], part["secondhand_share"].astype(float), label=str(group),
                marker=markers[k % len(markers)], ls=dashes[k % len(dashes)], markersize=8,
                alpha=0.85, color=colours[k])
    pooled = _pooled_share(table)
    if len(groups) > 1:
        # the share all outlets together, which the written reading is about, with its 95%
        # Wilson band (review 22: the reading described a line the chart did not draw)
        ax.fill_between(pooled.index, pooled["low"], pooled["high"], color="0.5", alpha=0.18,
                        lw=0, label=f"95% interval, all {by}s")
        ax.plot(pooled.index, pooled["share"], color="0.15", lw=2.5, marker="o", markersize=4,
                label=f"all {by}s together")
    period_ticks(ax, table.groupby("period_start")["articles"].sum())
    ax.set_xlabel(f"{period_label.capitalize()} starting (UTC); n = articles in the period, "
                  f"all {by}s")
    ax.set_ylabel("Second-hand articles (share)")
    ax.set_ylim(0, 1.05)
    ax.legend(title=by, fontsize=8, title_fontsize=9, frameon=False, loc="upper left",
              bbox_to_anchor=(1.01, 1.0))  # (outside: an outlet at 100% ran under it)
    drawn = table[table["articles"] > 0]
    low, high = int(drawn["articles"].min()), int(drawn["articles"].max())
    per_point = f"{low}" if low == high else f"{low}–{high}"
    gaps = int((table["articles"] == 0).sum())
    return finish(ax, f"Second-hand stories per {period_label}",
                  f"N = {int(table['articles'].sum()):,} dated articles; each point is one {by}'s "
                  f"articles in one {period_label}: {per_point} articles"
                  + (f"\nblack line: all {by}s together, with its 95% interval"
                     if len(groups) > 1 else "")
                  + (f"; gaps: no articles ({gaps} {by}-{period_label}s)" if gaps else ""),
                  source)


def _pooled_share(table: pd.DataFrame) -> pd.DataFrame:
    """Per period: the share of second-hand articles over all groups (``share``) and its 95%
    Wilson interval (``low``, ``high``); NaN for a period with no articles."""
    from ..sourcing_stats import secondhand_per_period
    from ..uncertainty import wilson_interval

    per = secondhand_per_period(table)
    bounds = [wilson_interval(int(k), int(n)) for k, n in zip(per["_n"], per["articles"],
                                                               strict=True)]
    return pd.DataFrame({"share": per["share"], "low": [b[0] for b in bounds],
                         "high": [b[1] for b in bounds]}, index=per.index)


def top_speakers_chart(table: pd.DataFrame, *, ax=None, source: str | None = None):
    """Horizontal bars: attributions per speaker (from
    :func:`analysis.sourcing_stats.top_speakers`), labelled with their type."""
    ax = new_axes(ax, height=max(2.5, 0.4 * len(table) + 1.5))
    labels = [f"{s} ({t})" for s, t in zip(table["speaker"], table["speaker_type"],
                                            strict=True)]
    ax.barh(labels[::-1], table["attributions"].tolist()[::-1],
            color=sns.color_palette(PALETTE)[0])
    ax.set_xlabel("Attributions (count)")
    shown = int(table["attributions"].sum())
    if "n_speakers" in table.attrs:  # the ranking's whole base, from top_speakers()
        subtitle = (f"Top {len(table)} of {table.attrs['n_speakers']} speakers: {shown} of "
                    f"N = {table.attrs['n_attributions']:,} attributions with a known speaker")
        left_out = table.attrs.get("n_total", 0) - table.attrs["n_attributions"]
        if left_out > 0:
            plural = "" if left_out == 1 else "s"
            subtitle += (f"\n(not counted: {left_out} quotation{plural} with no speaker, or a "
                         "pronoun — he, she, they — not resolved to a name)")
    else:
        subtitle = f"Top {len(table)}; N = {shown:,} attributions"
    return finish(ax, "Most attributed speakers", subtitle, source)


def verb_stance_by_outlet(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                          source: str | None = None):
    """Stacked bars: share of attribution verbs per stance, per group
    (from :func:`analysis.sourcing_stats.verb_stance`)."""
    from ..sourcing_stats import STANCE_ORDER

    ax = new_axes(ax, height=max(2.5, 0.5 * table[by].nunique() + 1.8))
    _stacked(table, by, "verb_stance", STANCE_ORDER, ax, "Share of attribution verbs")
    return finish(ax, "How speech is reported: verb stance",
                  f"N = {int(table['attributions'].sum()):,} attributions with a verb (n per {by})",
                  source)
