"""Charts of the collection itself: articles per group, over time, and their length."""

from __future__ import annotations

import numpy as np
import pandas as pd
import seaborn as sns

from .base import NO_DATES, PALETTE, finish, new_axes, nothing_to_draw

__all__ = ["articles_over_time", "articles_per_group", "length_distribution"]


def articles_per_group(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                       source: str | None = None):
    """Horizontal bars: articles per group, from :func:`analysis.stats.count_by`."""
    ax = new_axes(ax, height=max(2.5, 0.45 * len(table) + 1.5))
    sns.barplot(data=table, y=by, x="articles", ax=ax, color=sns.color_palette(PALETTE)[0],
                orient="h")
    for patch, (n, share) in zip(ax.patches, zip(table["articles"], table["share"],
                                                 strict=True), strict=False):
        ax.text(patch.get_width(), patch.get_y() + patch.get_height() / 2,
                f" {n} ({share:.0%})", va="center", fontsize=9)
    ax.set_xlabel("Articles (count)")
    ax.set_ylabel("")
    return finish(ax, f"Articles per {by}", f"N = {int(table['articles'].sum()):,} articles",
                  source)


def articles_over_time(table: pd.DataFrame, *, by: str = "outlet", period_label: str = "week",
                       ax=None, source: str | None = None):
    """Stacked bars: articles per period and group, from :func:`analysis.stats.per_period`."""
    if table.empty:
        return nothing_to_draw(ax, f"Articles per {period_label}", NO_DATES, source)
    ax = new_axes(ax)
    wide = table.pivot(index="period_start", columns=by, values="articles").fillna(0)
    wide.index = wide.index.strftime("%Y-%m-%d")
    wide.plot(kind="bar", stacked=True, ax=ax, width=0.85,
              color=sns.color_palette(PALETTE, n_colors=max(1, wide.shape[1])))
    ax.set_xlabel(f"{period_label.capitalize()} starting (UTC)")
    ax.set_ylabel(f"Articles per {period_label} (count)")
    ax.tick_params(axis="x", labelrotation=60, labelsize=8)
    ax.legend(title=by, fontsize=8, title_fontsize=9, frameon=False)
    return finish(ax, f"Articles per {period_label}",
                  f"N = {int(table['articles'].sum()):,} dated articles", source)


def length_distribution(articles: pd.DataFrame, *, by: str = "outlet", ax=None,
                        source: str | None = None):
    """Box plot with every article as a dot: length in words per group."""
    ax = new_axes(ax, height=max(2.5, 0.5 * articles[by].nunique() + 1.5))
    order = articles.groupby(by)["n_words"].median().sort_values(ascending=False).index
    sns.boxplot(data=articles, y=by, x="n_words", order=order, ax=ax, color="#dddddd",
                showfliers=False, orient="h")
    # seaborn jitters the dots with NumPy's global generator: seeded here and restored, so the
    # same collection draws the same chart every night (a nightly diff of the figures is quiet)
    state = np.random.get_state()
    np.random.seed(0)
    try:
        sns.stripplot(data=articles, y=by, x="n_words", order=order, ax=ax, size=3, alpha=0.7,
                      orient="h")
    finally:
        np.random.set_state(state)
    ax.set_xlabel("Article length (words)")
    ax.set_ylabel("")
    return finish(ax, "How long the articles are",
                  f"N = {len(articles):,} articles; boxes show the middle half, dots each article",
                  source)
