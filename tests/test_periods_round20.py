"""Round 20: periods with no articles are gaps, not joined lines (review19 W4); the outlet
mix warning (W3); per_period with a missing group (W5); 03's period table in UTC (E1)."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import charts, framing, sourcing_stats, stats, tone  # noqa: E402
from analysis.uncertainty import mean_ci_per_period  # noqa: E402


def _jan_and_april(n=12):
    """12 articles in January, none in February or March, 12 in April (review19 t5)."""
    dates = pd.to_datetime(["2026-01-10"] * n + ["2026-04-10"] * n, utc=True)
    rng = np.random.default_rng(5)
    return pd.DataFrame({"published": dates, "outlet": ["A", "B"] * n,
                         "tone": rng.normal(0, 0.1, 2 * n), "n_words": 100,
                         "frame_conflict": 1.0, "frame_conflict_present": [True, False] * n,
                         "n_attributions": 2, "anonymous_share": 0.5,
                         "secondhand": [True, False, False] * (2 * n // 3)})


def test_tone_per_period_has_empty_months_as_gaps():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = mean_ci_per_period(_jan_and_april(), "tone", period="M")
    assert [f"{d:%m}" for d in table["period_start"]] == ["01", "02", "03", "04"]
    assert table["n"].tolist() == [12, 0, 0, 12]
    assert table["mean"].isna().tolist() == [False, True, True, False]
    reading = tone.describe_tone_periods(table)
    assert reading.startswith("4 periods from 2026-01-01 to 2026-04-01; 2 of them had no "
                              "articles (starting 2026-02-01 and 2026-03-01) and are left as gaps.")


def test_tone_chart_draws_no_segment_across_empty_months():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = mean_ci_per_period(_jan_and_april(), "tone", period="M")
    ax = charts.tone_over_time(table, period_label="month")
    # lines of two points each (segments) other than the zero line; none may join January
    # to April (before round 20, one solid segment did)
    segments = [line for line in ax.get_lines() if len(line.get_xdata()) == 2
                and line.get_linestyle() in ("-", "--") and list(line.get_ydata()) != [0, 0]]
    assert segments == []


def test_frame_and_secondhand_tables_fill_empty_periods():
    arts = _jan_and_april()
    trend = framing.frame_shares_over_time(arts)
    assert trend["articles"].tolist() == [12, 0, 0, 12]
    assert trend["share"].isna().tolist() == [False, True, True, False]
    ax = charts.frame_trend_chart(trend, period_label="month")
    y = np.ma.filled(np.ma.asarray(ax.get_lines()[0].get_ydata(), dtype=float), np.nan)
    assert np.isnan(y[1]) and np.isnan(y[2])  # a NaN (or masked value) breaks the line
    over = sourcing_stats.sourcing_over_time(arts)
    assert str(over["period_start"].dt.tz) == "UTC"
    assert over.groupby("period_start")["articles"].sum().tolist() == [12, 0, 0, 12]
    ax = charts.secondhand_over_time(over, period_label="month")
    for line in ax.get_lines()[:2]:
        assert np.isnan(np.asarray(line.get_ydata(), dtype=float)).sum() == 2
    assert "2 periods with no articles at all" in sourcing_stats.describe_over_time(over)


def test_mix_shift_is_reported_with_its_size():
    dates = pd.to_datetime(["2026-09-03"] * 20 + ["2026-10-05"] * 20, utc=True)
    arts = pd.DataFrame({"published": dates,
                         "outlet": ["A"] * 16 + ["B"] * 4 + ["A"] * 4 + ["B"] * 16})
    text = stats.describe_mix_shift(arts, period="M")
    assert "80% A and 20% B (n = 20)" in text and "20% A and 80% B (n = 20)" in text
    assert "a shift of 60% of the articles" in text
    # the same mix in both months (or a shift below 20 points): no warning
    assert stats.describe_mix_shift(arts.assign(outlet=["A", "B"] * 20)) == ""


def test_per_period_with_a_missing_group_value():
    arts = pd.DataFrame({"published": pd.to_datetime(["2026-08-03", "2026-08-04",
                                                      "2026-08-12"], utc=True),
                         "genre": ["news", None, "news"]})
    table = stats.per_period(arts, period="W", by="genre")
    counts = table.set_index(["period_start", "genre"])["articles"]
    assert table["genre"].unique().tolist() == ["news", "(missing)"]
    assert counts.sum() == 3
    assert counts.xs("(missing)", level="genre").tolist() == [1, 0]


def test_topic_shares_keep_articles_without_a_group():
    from analysis.topics import TopicModel, topic_shares

    model = TopicModel(pd.DataFrame(), {1: "a", 2: "b"}, pd.DataFrame({
        "id": list("vwxyz"), "topic": [1, 2, 1, 1, 2], "topic_label": list("abaab")}), 2,
        None, None)
    arts = pd.DataFrame({"id": list("vwxyz"), "outlet": ["P", "P", None, "Q", None]})
    table = topic_shares(model, arts)
    assert table.groupby("outlet")["articles"].sum().to_dict() == {
        "(missing)": 2, "P": 2, "Q": 1}
    assert int(table["articles"].sum()) == 5  # before round 20: 3 (2 of 5 dropped)


def test_mix_sentence_in_the_quiet_cases_when_asked():
    dates = pd.to_datetime(["2026-09-03"] * 20 + ["2026-10-05"] * 20, utc=True)
    arts = pd.DataFrame({"published": dates, "outlet": ["A", "B"] * 20})
    assert stats.describe_mix_shift(arts, always=True).endswith(
        "differs by at most 0% of the articles.")
    few = arts.iloc[:25]  # October has 5 articles: one period to compare
    assert stats.describe_mix_shift(few, always=True).startswith("Fewer than two periods")
    assert stats.describe_mix_shift(few) == ""
