"""Charts for the vocabulary analysis (drawn in the house style of base.py): distinctive terms
per group and topic shares per group."""

from __future__ import annotations

import pandas as pd
import seaborn as sns
from matplotlib.patches import Patch

from ..vocabulary import Z_CLEAR
from .base import PALETTE, finish, new_axes, nothing_to_draw

#: Opacity of a bar whose z-score is below :data:`~analysis.vocabulary.Z_CLEAR`.
PALE_ALPHA = 0.35

__all__ = ["distinctive_terms_chart", "topic_shares_chart"]


def distinctive_terms_chart(table: pd.DataFrame, *, per_group: int = 8, ax=None,
                            n_articles: int | None = None, source: str | None = None,
                            by: str = "outlet"):
    """Horizontal bars: each group's most distinctive terms by z-score.

    ``table`` comes from :func:`analysis.vocabulary.distinctive_terms`; the bars are grouped
    by group (one colour each), strongest term first; a dotted line marks z = 1.96. ``by``
    names the grouping in the title and axis ("outlet").
    """
    if table.empty:
        return nothing_to_draw(ax, f"Words that set each {by} apart",
                               "Nothing to compare: fewer than two groups, or too little text.",
                               source)
    shown = (table.sort_values(["group", "z"], ascending=[True, False])
             .groupby("group", sort=True).head(per_group).reset_index(drop=True))
    ax = new_axes(ax, height=max(3.0, 0.24 * len(shown) + 1.8))
    groups = list(dict.fromkeys(shown["group"]))
    colours = dict(zip(groups, sns.color_palette(PALETTE, n_colors=max(1, len(groups))),
                       strict=False))
    positions = range(len(shown))[::-1]
    bars = ax.barh(list(positions), shown["z"], color=[colours[g] for g in shown["group"]])
    for bar, z in zip(bars, shown["z"], strict=True):
        if z < Z_CLEAR:  # below the usual mark: drawn pale, the outlet's use may be chance
            bar.set_alpha(PALE_ALPHA)
    ax.set_yticks(list(positions), [f"{t}  " for t in shown["term"]], fontsize=8)
    ax.axvline(1.96, color="#777777", linestyle=":", linewidth=1)
    ax.legend(handles=[Patch(color=colours[g], label=g) for g in groups], fontsize=8,
              frameon=False, loc="lower right")
    ax.set_xlabel(f"z-score: this {by} against all other articles")
    ax.set_ylabel("")
    n = f"N = {n_articles:,} articles; " if n_articles is not None else ""
    return finish(ax, f"Words and phrases each {by} uses distinctively",
                  f"{n}dotted line z = 1.96: pale bars fall below it (may be chance)\n"
                  "log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008)",
                  source)


def topic_shares_chart(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                       source: str | None = None):
    """Stacked horizontal bars: share of each group's articles per dominant topic.

    ``table`` comes from :func:`analysis.topics.topic_shares`.
    """
    wide = table.pivot_table(index=by, columns="topic", values="share", aggfunc="sum",
                             fill_value=0)
    names = table.drop_duplicates("topic").set_index("topic")["topic_label"]
    wide.columns = [f"{k}: {names[k]}" for k in wide.columns]
    ax = new_axes(ax, height=max(2.8, 0.5 * len(wide) + 2.2))
    wide.iloc[::-1].mul(100).plot(kind="barh", stacked=True, ax=ax, width=0.8,
                                  color=sns.color_palette(PALETTE, n_colors=wide.shape[1]))
    ax.set_xlabel(f"Share of the {by}'s articles whose main topic it is (%)")
    ax.set_ylabel("")
    ax.set_xlim(0, 100)
    ax.legend(title="topic (top words)", fontsize=7, title_fontsize=8, frameon=False,
              loc="upper left", bbox_to_anchor=(1.0, 1.0))
    n = int(table.drop_duplicates(by)["group_articles"].sum())
    return finish(ax, f"Main topic of each {by}'s articles",
                  f"N = {n:,} articles; topics from NMF over TF-IDF", source)
