"""Charts comparing outlets, storylines across outlets, and text reuse (house style of base.py).

The tables these draw carry article ids (``highest_id``/``lowest_id``, ``first_id``,
``earlier_id``/``later_id``), and :func:`~analysis.charts.save_figure` writes them to the CSV
next to the chart: an outlier in a chart is one look-up away from ``analysis.inspect``.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from ..compare import metric_label
from ..stats import label_text
from ..uncertainty import CONFIDENCE
from .base import PALETTE, describe_figure, finish, new_axes, nothing_to_draw

__all__ = ["outlet_comparison", "reuse_timeline", "storyline_lags"]

#: Panels per row in :func:`outlet_comparison`.
PANELS_PER_ROW = 3
#: At most this many metrics are drawn (the table keeps them all).
MAX_PANELS = 15


#: Drawn first when present (in this order, then up to :data:`MAX_PANELS` with the others
#: taken in turn from each family): the measures a newsroom compares outlets on — tone, the five
#: generic frames, who the sources are, second-hand and single-source stories, and hedging in
#: the writers' own words.
KEY_METRICS = ("tone", "tone_author", "frame_conflict", "frame_responsibility",
               "frame_human_interest", "frame_economic", "frame_morality", "anonymous_share",
               "vague_share", "official_share", "secondhand", "single_source",
               "hedge_rate_author", "hedge_rate", "booster_rate")


def _spread(table: pd.DataFrame) -> list[str]:
    """Up to :data:`MAX_PANELS` metrics: the :data:`KEY_METRICS` present, then others taken in
    turn from each family (frames, tone, sourcing, hedging…), so a capped chart still shows
    every family; drawn in the table's order."""
    present = set(table["metric"])
    chosen: list[str] = [m for m in KEY_METRICS if m in present][:MAX_PANELS]
    families: dict[str, list[str]] = {}
    for family, metric in zip(table["family"], table["metric"], strict=True):
        families.setdefault(family, [])
        if metric not in families[family]:
            families[family].append(metric)
    for family, metrics in families.items():  # shares and rates before raw counts
        families[family] = sorted(metrics, key=lambda m: m.startswith("n_"))
    for family, metrics in families.items():
        families[family] = [m for m in metrics if m not in chosen]
    for rank in range(max((len(m) for m in families.values()), default=0)):
        for metrics in families.values():
            if rank < len(metrics) and len(chosen) < MAX_PANELS:
                chosen.append(metrics[rank])
    order = {m: i for i, m in enumerate(dict.fromkeys(table["metric"]))}
    return sorted(chosen, key=order.get)


def outlet_comparison(table: pd.DataFrame, *, by: str = "outlet", metrics=None,
                      source: str | None = None, title: str | None = None,
                      left_out: str = "articles"):
    """Small multiples: one panel per metric, a dot and interval per outlet.

    ``table`` is :func:`analysis.compare.compare_outlets`; ``metrics`` the ones to draw
    (default: the key measures, up to :data:`MAX_PANELS`); ``title`` replaces "Outlets side by
    side on N metrics"; ``left_out`` names what ``compare_outlets(exclude_ids=...)`` left out,
    for the N line ("3 reprints left out"). Hollow dots: too few articles for an interval.
    Returns the Figure (several Axes).
    """
    available = list(dict.fromkeys(table["metric"]))
    chosen = _spread(table) if metrics is None else list(metrics)[:MAX_PANELS]
    rows = max(1, math.ceil(len(chosen) / PANELS_PER_ROW))
    fig, axes = plt.subplots(rows, PANELS_PER_ROW, figsize=(10, 0.9 + 2.5 * rows),
                             squeeze=False, sharey=True)
    groups = sorted(table[by].astype(str).unique())
    colour = sns.color_palette(PALETTE)[0]
    for ax, metric in zip(axes.ravel(), chosen, strict=False):
        part = table[table["metric"] == metric]
        part = part.set_index(part[by].astype(str)).reindex(groups)
        y = range(len(groups))
        for i, g in zip(y, groups, strict=True):
            row = part.loc[g]
            if pd.isna(row["mean"]):
                continue
            if bool(row["too_small"]):
                ax.plot(row["mean"], i, "o", mfc="white", color=colour)
            else:
                # (clipped at 0: a bound can differ from the mean by a rounding error)
                ax.errorbar(row["mean"], i, xerr=[[max(0.0, row["mean"] - row["ci_low"])],
                                                  [max(0.0, row["ci_high"] - row["mean"])]],
                            fmt="o", color=colour, capsize=3)
        ax.set_yticks(list(y), groups)
        ax.set_title(metric_label(metric).replace(" (", "\n("), fontsize=9, loc="left")
        ax.tick_params(axis="x", labelsize=8)
    for ax in axes.ravel()[len(chosen):]:
        ax.set_visible(False)
    per_group = table.groupby(by)["n"].max() if len(table) else pd.Series(dtype=int)
    n = int(per_group.sum())
    drawn = (f"{len(chosen)} metrics" if len(chosen) == len(available)
             else f"{len(chosen)} of {len(available)} metrics")
    title = title or f"Outlets side by side on {drawn}"
    fig.suptitle(title, x=0.01, y=0.995, ha="left", va="top",
                 fontweight="bold", fontsize=13)
    counts = ", ".join(f"{g} {int(v)}" for g, v in per_group.items())
    excluded = int(table.attrs.get("n_excluded", 0))
    if excluded:  # (e.g. reprints, left out so that copied stories count once)
        noun = left_out[:-1] if excluded == 1 and left_out.endswith("s") else left_out
        counts += f"; {excluded:,} {noun} left out"
    some = ("" if len(chosen) == len(available) else
            "\nThe table and the readings have every metric" if metrics is not None else
            "\nDrawn: the measures outlets are usually compared on; the table and the "
            "readings have every metric")
    lines = 3 if some else 2
    top = 1 - (0.35 + 0.2 * lines) / fig.get_figheight()  # title and subtitle lines, inches
    fig.text(0.01, top + 0.1 / fig.get_figheight(),
             f"Mean per article; bars: {CONFIDENCE:.0%} interval (bootstrap; Wilson for shares "
             f"of articles); hollow: too few articles for one{some}\nN = {n:,} articles "
             f"({counts}); an article without a value is left out of that panel",
             fontsize=9, color="#555555", va="bottom")
    if source:
        fig.text(0.01, 0.005, f"Source: {source}", fontsize=8, color="#777777")
    describe_figure(fig, title,
                    f"Mean per article with {CONFIDENCE:.0%} intervals. N = {n:,} articles "
                    f"({counts}). Panels: {', '.join(metric_label(m) for m in chosen)}", source)
    fig.tight_layout(rect=(0, 0.03, 1, top))
    return fig


#: Vertical offset between outlets' markers in a storyline's row, so two outlets that followed
#: at the same hour are both visible.
OUTLET_NUDGE = 0.12


def storyline_lags(table: pd.DataFrame, *, group: str = "storyline", by: str = "outlet",
                   ax=None, source: str | None = None):
    """Hours after a storyline's first article at which each outlet first covered it.

    ``table`` is :func:`analysis.compare.storylines`.
    """
    if table.empty:
        return nothing_to_draw(ax, "First in this collection on each storyline",
                               "No article belongs to a storyline.", source)
    stories = sorted(table[group].astype(str).unique()) if group in table else []
    ax = new_axes(ax, height=max(2.5, 0.6 * len(stories) + 1.6))
    outlets = sorted(table[by].astype(str).unique())
    colours = dict(zip(outlets, sns.color_palette(PALETTE, len(outlets)), strict=True))
    markers = dict(zip(outlets, "osD^vP*X", strict=False))
    for k, outlet in enumerate(outlets):
        part = table[table[by].astype(str) == outlet]
        nudge = (k - (len(outlets) - 1) / 2) * OUTLET_NUDGE  # outlets at the same hour stay apart
        ax.plot(part["hours_after_first"], [stories.index(str(s)) + nudge for s in part[group]],
                linestyle="none", marker=markers.get(outlet, "o"), color=colours[outlet],
                label=outlet, markersize=8, alpha=0.85)
    ax.set_yticks(range(len(stories)), stories)
    ax.set_xlabel("Hours after the storyline's first article (first article of each outlet)")
    if outlets:
        ax.legend(fontsize=8, loc="best", frameon=False)
    return finish(ax, "First in this collection on each storyline, and who followed",
                  f"N = {int(table['n_articles'].sum()):,} articles in {len(stories)} storylines; "
                  "a story may have broken outside the collection", source)


#: At most this many arrows on the text-reuse chart (see :func:`reuse_timeline`).
MAX_ARROWS = 300
#: The order in which kinds of pair get an arrow when there are more than :data:`MAX_ARROWS`.
KIND_ORDER = ("reprint", "rewrite", "shared_passages")


def reuse_timeline(pairs: pd.DataFrame, *, ax=None, source: str | None = None):
    """Arrows from the earlier to the later article of each reuse pair, by outlet and date.

    ``pairs`` is ``Reuse.pairs`` (:func:`analysis.reuse.find_reuse`); colour = kind. With no
    pair that has both dates, a note says so instead of an empty frame (and no warning about
    a zero-height axis).
    """
    from ..reuse import MIN_PASSAGE_WORDS

    title = "Text reuse between outlets: earlier → later"
    if pairs.empty:
        return nothing_to_draw(ax, title, "No pair of articles from different outlets shares a "
                               f"passage of {MIN_PASSAGE_WORDS}+ words.", source)
    dated = pairs["earlier_published"].notna() & pairs["later_published"].notna()
    if not dated.any():
        return nothing_to_draw(ax, title, f"None of the {len(pairs)} pairs sharing passages "
                               "has both articles dated.", source)
    ax = new_axes(ax)
    outlets = sorted(set(pairs["earlier_outlet"]) | set(pairs["later_outlet"]))
    # at most MAX_ARROWS arrows: reprints first, then rewrites, then pairs that only share
    # passages, each kind strongest first. A collection of syndicated copy can hold hundreds of
    # thousands of pairs, and an arrow each took a kernel past 9 GB (review of scheduled runs,
    # 2026-12-04); the chart's CSV keeps every pair
    n_all = len(pairs)
    rank = pairs["kind"].map({k: i for i, k in enumerate(KIND_ORDER)}).fillna(len(KIND_ORDER))
    order = pairs.assign(_rank=rank).sort_values(["_rank", "jaccard"],
                                                 ascending=[True, False], kind="stable")
    pairs = order.head(MAX_ARROWS).drop(columns="_rank")
    n_left_out = n_all - len(pairs)
    kinds = ["reprint", "rewrite", "shared_passages"]
    colours = dict(zip(kinds, sns.color_palette(PALETTE, 3), strict=True))
    drawn = set()
    for row in pairs.sort_values("jaccard").itertuples():
        if pd.isna(row.earlier_published) or pd.isna(row.later_published):
            continue
        y0, y1 = outlets.index(row.earlier_outlet), outlets.index(row.later_outlet)
        weak = row.kind == "shared_passages"  # thin, dashed, faint: not a copy of the story
        ax.annotate("", xy=(row.later_published, y1), xytext=(row.earlier_published, y0),
                    arrowprops={"arrowstyle": "->", "color": colours[row.kind],
                                "lw": 0.8 if weak else 2.2, "ls": "--" if weak else "-",
                                "alpha": 0.35 if weak else 0.9})
        ax.plot([row.earlier_published, row.later_published], [y0, y1], "o",
                color=colours[row.kind], markersize=3,
                label=label_text(row.kind) if row.kind not in drawn else None)
        drawn.add(row.kind)
    ax.set_yticks(range(len(outlets)), outlets)
    ax.set_ylim(-0.5, len(outlets) - 0.5)
    ax.set_xlabel("Publication date (UTC)")
    if drawn:  # (a fixed place: "best" measures every arrow, minutes for hundreds)
        ax.legend(fontsize=8, frameon=False, loc="lower left")
    ax.figure.autofmt_xdate()
    shown = (f"; the {len(pairs):,} strongest drawn (reprints first)" if n_left_out else "")
    return finish(ax, title,
                  f"N = {n_all:,} pairs of articles sharing passages of "
                  f"{MIN_PASSAGE_WORDS}+ words{shown}\n"
                  "thick arrows: reprints and close rewrites; thin dashed: a few shared passages",
                  source)
