"""Charts for the tone analysis (drawn in the house style of base.py).

Each takes a table from :mod:`analysis.uncertainty` / :mod:`analysis.tone` with ``mean``,
``ci_low``, ``ci_high``, ``n`` and ``too_small``; intervals are drawn as bars, groups too small
for an interval as hollow markers, and N is in the subtitle.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import seaborn as sns

from ..uncertainty import CONFIDENCE
from .base import NO_DATES, PALETTE, finish, new_axes, nothing_to_draw, period_ticks

__all__ = ["tone_by_group", "tone_by_voice_chart", "tone_over_time", "tone_toward_targets",
           "voice_gap_chart"]

#: Axis unit of the per-outlet and per-period charts: an article's tone is the mean of its
#: sentences' scores (VADER's compound score with the suite's news adaptations), and a group's
#: is the mean over its articles.
_UNITS = "Mean article tone (−1 negative … +1 positive)"
#: Written in a targets chart where no group has enough articles for an interval.
NO_RANKING_NOTE = ("Too few articles in every group for an interval: examples to read, not "
                   "a ranking")


def _points(ax, y, table, color, label=None):
    ok = ~table["too_small"].to_numpy(dtype=bool)
    means = table["mean"].to_numpy(dtype=float)
    # (clipped at 0: a bound can differ from the mean by a rounding error)
    low = np.clip(means - table["ci_low"].to_numpy(dtype=float), 0, None)
    high = np.clip(table["ci_high"].to_numpy(dtype=float) - means, 0, None)
    ax.errorbar(means[ok], y[ok], xerr=[low[ok], high[ok]], fmt="o", color=color, capsize=3,
                label=label)
    if (~ok).any():
        ax.plot(means[~ok], y[~ok], "o", mfc="white", color=color)


def tone_by_group(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                  source: str | None = None):
    """Dots with intervals: mean article tone per group (:func:`analysis.uncertainty.mean_ci`)."""
    table = table.sort_values("mean").reset_index(drop=True)
    ax = new_axes(ax, height=max(2.5, 0.45 * len(table) + 1.5))
    _points(ax, table.index.to_numpy(), table, sns.color_palette(PALETTE)[0])
    ax.set_yticks(range(len(table)), [f"{g} (n={n})" for g, n in zip(table[by], table["n"],
                                                                    strict=True)])
    ax.axvline(0, color="#999999", lw=0.8)
    ax.set_xlabel(_UNITS)
    return finish(ax, f"Tone per {by}",
                  f"N = {int(table['n'].sum()):,} articles; bars: {CONFIDENCE:.0%} bootstrap "
                  f"interval; hollow, dashed: too few articles{_zoom_note(ax)}", source)


def _zoom_note(ax) -> str:
    """A reminder, when the axis shows only a sliver of the −1…+1 scale, that the gaps drawn
    are small (review 14: a few hundredths looked like a wide gap)."""
    low, high = ax.get_xlim()
    if high - low >= 0.5:
        return ""
    return (f"\nThe axis shows {low:+.2f} to {high:+.2f} of a scale running from −1 to +1: "
            "the gaps drawn are small")


def tone_over_time(table: pd.DataFrame, *, period_label: str = "week", ax=None,
                   source: str | None = None):
    """Line with an interval band: mean tone per period, from
    :func:`analysis.uncertainty.mean_ci_per_period`."""
    if table.empty or table["mean"].notna().sum() == 0:
        return nothing_to_draw(ax, f"Tone per {period_label}", NO_DATES, source)
    ax = new_axes(ax)
    table = table.sort_values("period_start")
    color = sns.color_palette(PALETTE)[0]
    ax.plot(table["period_start"], table["mean"], "o", color=color)
    means = table["mean"].astype(float).tolist()
    small_flags = table["too_small"].astype(bool).tolist()
    for k in range(len(table) - 1):  # a segment to or from a small period is dashed
        if pd.isna(means[k]) or pd.isna(means[k + 1]):
            continue  # a period with no articles breaks the line (review19 W4)
        weak = small_flags[k] or small_flags[k + 1]
        ax.plot(table["period_start"].iloc[k:k + 2], table["mean"].iloc[k:k + 2],
                ls="--" if weak else "-", lw=1.0 if weak else 1.5, alpha=0.6 if weak else 1.0,
                color=color)
    empty = int((table["n"] == 0).sum())
    ax.fill_between(table["period_start"], table["ci_low"].astype(float),
                    table["ci_high"].astype(float), color=color, alpha=0.2)
    small = table[table["too_small"] & (table["n"] > 0)]
    ax.plot(small["period_start"], small["mean"], "o", mfc="white", color=color)
    ax.axhline(0, color="#999999", lw=0.8)
    period_ticks(ax, table.set_index("period_start")["n"])
    ax.set_xlabel(f"{period_label.capitalize()} starting (UTC); n = articles in the period")
    ax.set_ylabel(_UNITS.replace(" (", "\n("))
    return finish(ax, f"Tone per {period_label}",
                  f"N = {int(table['n'].sum()):,} dated articles; band: {CONFIDENCE:.0%} bootstrap "
                  "interval; hollow, dashed: too few articles"
                  + (f"; {empty} {period_label}{'' if empty == 1 else 's'} with no articles "
                     "(n=0) left as gaps" if empty else ""), source)


def tone_by_voice_chart(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                        source: str | None = None):
    """Author vs quoted tone per group, from :func:`analysis.tone.tone_by_voice`."""
    groups = sorted(table[by].unique())
    ax = new_axes(ax, height=max(2.5, 0.6 * len(groups) + 1.5))
    colors = sns.color_palette(PALETTE)
    for k, voice in enumerate(("author", "quoted")):
        part = table[table["voice"] == voice].set_index(by).reindex(groups).dropna(
            subset=["mean"])
        y = pd.Series(range(len(groups)), index=groups)[part.index].to_numpy() + (k - 0.5) * 0.3
        _points(ax, y, part.reset_index(), colors[k], label=f"{voice} voice")
    ax.set_yticks(range(len(groups)), groups)
    ax.axvline(0, color="#999999", lw=0.8)
    ax.set_xlabel(_UNITS)
    ax.legend(frameon=False, fontsize=8)
    n = table.groupby("voice")["n"].sum()
    return finish(ax, "The author’s voice and the quoted voices",
                  f"N = {int(n.get('author', 0)):,} articles with author sentences, "
                  f"{int(n.get('quoted', 0))} with quoted ones; bars: {CONFIDENCE:.0%} interval",
                  source)


def voice_gap_chart(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                    source: str | None = None):
    """Dots with intervals: per group, the average per-article gap between the quoted and the
    author's voice (quoted − author), over the articles that have both, from
    :func:`analysis.tone.voice_gap` — the paired comparison the 04 reading is about (review
    22: the chart drew the two voices' separate intervals, which suggested a gap the paired
    reading does not establish)."""
    table = table.dropna(subset=["mean"]).sort_values("mean").reset_index(drop=True)
    ax = new_axes(ax, height=max(2.5, 0.45 * len(table) + 1.5))
    _points(ax, table.index.to_numpy(), table, sns.color_palette(PALETTE)[2])
    ax.set_yticks(range(len(table)), [f"{g} (n={n})" for g, n in zip(table[by], table["n"],
                                                                    strict=True)])
    ax.axvline(0, color="#999999", lw=0.8)
    ax.set_xlabel("Quoted minus author tone, per article, averaged\n(left of 0: the quoted "
                  "sentences are more negative than the author's own)")
    return finish(ax, "Gap between the quoted voices and the author’s",
                  f"N = {int(table['n'].sum()):,} articles with both voices; bars: "
                  f"{CONFIDENCE:.0%} interval of each {by}'s average gap\n(not widened for "
                  "picking the largest, as the reading's is); hollow: too few articles", source)


def tone_toward_targets(table: pd.DataFrame, *, by: str = "outlet", ax=None,
                        source: str | None = None):
    """Tone of sentences mentioning each target, per group, from
    :attr:`analysis.tone.TargetTone.groups`."""
    rows = table.sort_values(["target", by]).reset_index(drop=True)
    ax = new_axes(ax, height=max(2.5, 0.4 * len(rows) + 1.5))
    palette = dict(zip(sorted(rows["target"].unique()), sns.color_palette(PALETTE),
                       strict=False))
    for target, part in rows.groupby("target", sort=True):
        _points(ax, part.index.to_numpy(), part, palette[target], label=target)
    ax.set_yticks(range(len(rows)), [
        f"{t} · {g} ({a} article{'' if a == 1 else 's'}, {s} sentence{'' if s == 1 else 's'})"
        for t, g, a, s in zip(rows["target"], rows[by], rows["n_articles"], rows["n_sentences"],
                              strict=True)])
    ax.axvline(0, color="#999999", lw=0.8)
    ax.set_xlabel("Tone of the sentences naming the target, mean per article, then over "
                  "articles (−1 to +1)")
    unranked = bool(len(rows)) and rows["too_small"].astype(bool).all()
    return finish(ax, "Tone of sentences that mention each target",
                  f"N = {int(rows['n_sentences'].sum()):,} sentences in "
                  f"{int(rows['n_articles'].sum())} article mentions; bars: {CONFIDENCE:.0%} "
                  "interval; hollow: too few articles"
                  + (f"\n{NO_RANKING_NOTE}" if unranked else ""), source)
