"""Charts for the framing analysis (drawn in the house style of base.py)."""

from __future__ import annotations

import pandas as pd
import seaborn as sns

from ..stats import label_text
from .base import (
    NO_DATES,
    PALETTE,
    finish,
    label_groups_with_n,
    new_axes,
    nothing_to_draw,
    period_ticks,
)

__all__ = ["dominant_frame_chart", "frame_share_chart", "frame_trend_chart", "hedging_chart"]

#: The generic frames in the order that fixes their colours, so a frame has one colour in
#: every chart of a report (the trend chart and the dominant-frame chart had given human
#: interest and economic each other's colours).
FRAME_COLOUR_ORDER = ("conflict", "human_interest", "economic", "morality", "responsibility")
#: Colour of "none" (no frame present): grey, not a frame's colour.
NONE_COLOUR = "#b0b0b0"


def frame_colours(frames) -> list:
    """One colour per frame name (as in the tables, e.g. ``human_interest``, or as words):
    the generic frames always get the same colour, ``none`` grey, others the next free ones.

    >>> a, b = frame_colours(["economic", "conflict"]), frame_colours(["conflict", "economic"])
    >>> a[0] == b[1] and a[1] == b[0]
    True
    >>> frame_colours(["none"])
    ['#b0b0b0']
    """
    keys = [str(f).replace(" ", "_") for f in frames]
    others = [k for k in dict.fromkeys(keys) if k not in FRAME_COLOUR_ORDER and k != "none"]
    palette = sns.color_palette(PALETTE, n_colors=len(FRAME_COLOUR_ORDER) + len(others))
    index = {k: i for i, k in enumerate([*FRAME_COLOUR_ORDER, *others])}
    return [NONE_COLOUR if k == "none" else palette[index[k]] for k in keys]


def frame_share_chart(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                      source: str | None = None, family: str = "generic"):
    """Heat map: share of each group's articles in which each frame is present.

    ``table`` comes from :func:`analysis.framing.frame_shares`.
    """
    wide = table.pivot(index=by, columns="frame", values="share")
    wide = wide[list(dict.fromkeys(table["frame"]))]
    ax = new_axes(ax, height=max(2.8, 0.5 * len(wide) + 2.2))
    sns.heatmap(wide * 100, annot=True, fmt=".0f", cmap="Blues", vmin=0, vmax=100, ax=ax,
                cbar_kws={"label": "% of articles with the frame present"})
    ax.set_xlabel("Frame")
    ax.set_ylabel("")
    # frame names as words, slanted and anchored at their cell so that 15 issue frames
    # do not run into each other
    from ..framing import issue_frame_label

    name = issue_frame_label if family == "issue" else label_text
    ax.set_xticklabels([name(f) for f in wide.columns], rotation=40,
                       ha="right", rotation_mode="anchor")
    per_group = table.groupby(by)["articles"].first()
    label_groups_with_n(ax, per_group.to_dict())
    n = int(per_group.sum())
    title = "Issue frames" if family == "issue" else "Generic news frames"
    return finish(ax, f"{title} per {by} (% of articles)", f"N = {n:,} articles with text",
                  source)


def frame_trend_chart(table: pd.DataFrame, *, period_label: str = "month", ax=None,
                      source: str | None = None):
    """Lines: share of dated articles per period with each frame present.

    ``table`` comes from :func:`analysis.framing.frame_shares_over_time`.
    """
    if table.empty:
        return nothing_to_draw(ax, f"Frames per {period_label}", NO_DATES, source)
    ax = new_axes(ax)
    wide = table.pivot(index="period_start", columns="frame", values="share") * 100
    wide = wide[list(dict.fromkeys(table["frame"]))]
    colours = frame_colours(wide.columns)
    wide.columns = [label_text(f) for f in wide.columns]
    counts = table.groupby("period_start")["articles"].first().reindex(wide.index)
    wide = wide.reset_index(drop=True)
    wide.plot(ax=ax, marker="o", color=colours)
    period_ticks(ax, counts, positions=wide.index)
    ax.set_ylim(0, 100)
    ax.set_xlabel(f"{period_label.capitalize()} starting (UTC); n = articles in the period")
    ax.set_ylabel("Articles with the frame (%)")
    ax.legend(title="frame", fontsize=8, title_fontsize=9, frameon=False)
    return finish(ax, f"Frames per {period_label}", f"N = {int(counts.sum()):,} dated articles",
                  source)


def dominant_frame_chart(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                         source: str | None = None):
    """Stacked horizontal bars: each group's articles by dominant frame (% of the group).

    ``table`` comes from :func:`analysis.framing.dominant_frames`.
    """
    # (the frame column: not the group's, which may itself be a dominant issue frame)
    column = [c for c in table.columns if c.startswith("dominant") and c != by][0]
    wide = table.pivot(index=by, columns=column, values="share").fillna(0) * 100
    colours = frame_colours(wide.columns)
    wide.columns = [label_text(f) for f in wide.columns]
    ax = new_axes(ax, height=max(2.8, 0.5 * len(wide) + 2.0))
    wide.plot(kind="barh", stacked=True, ax=ax, width=0.8, color=colours)
    ax.set_xlabel(f"Articles (% of the {by}'s articles)")
    ax.set_ylabel("")
    ax.legend(title="dominant frame", fontsize=8, title_fontsize=9, frameon=False,
              bbox_to_anchor=(1.0, 1.0), loc="upper left")
    label_groups_with_n(ax, table.groupby(by)["articles"].sum().to_dict())
    return finish(ax, f"Dominant frame per {by}",
                  f"N = {int(table['articles'].sum()):,} articles", source)


def hedging_chart(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                  source: str | None = None):
    """Horizontal bars: hedge cues per 1,000 words per group.

    ``table`` comes from :func:`analysis.hedging.hedging_by_group`.
    """
    ax = new_axes(ax, height=max(2.5, 0.45 * len(table) + 1.5))
    sns.barplot(data=table, y=by, x="hedge_rate", ax=ax, orient="h",
                color=sns.color_palette(PALETTE)[1])
    for i, rate in enumerate(table["hedge_rate"]):  # (bar i is the table's row i)
        ax.text(0.0 if pd.isna(rate) else rate, i,
                " no words: no rate" if pd.isna(rate) else f" {rate:.1f}", va="center",
                fontsize=9)
    ax.set_xlabel("Hedge cues per 1,000 words")
    ax.set_ylabel("")
    label_groups_with_n(ax, table.set_index(by)["articles"].to_dict())
    return finish(ax, f"Hedging per {by}",
                  f"N = {int(table['articles'].sum()):,} articles; pooled: all of a group's "
                  "hedge cues ÷ all its words × 1,000 (not a mean of articles)", source)
