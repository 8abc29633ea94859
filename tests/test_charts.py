"""Charts draw with titles and N; saving writes PNG, SVG and the plotted numbers, safely."""

from __future__ import annotations

import matplotlib
import matplotlib.colors
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import ParameterError, charts, save_figure, save_table, stats

from .test_stats import ARTICLES


def test_charts_carry_title_n_and_source(tmp_path):
    counts = stats.count_by(ARTICLES)
    ax = charts.articles_per_group(counts, source="hand-made table")
    texts = [t.get_text() for t in ax.texts + ax.figure.texts]
    assert ax.get_title(loc="left") == "Articles per outlet"
    assert "N = 5 articles" in texts and "Source: hand-made table" in texts
    assert ax.get_xlabel() == "Articles (count)"
    files = save_figure(ax, "counts", data=counts, out_dir=tmp_path)
    assert [f.name for f in files] == ["counts.png", "counts.svg", "counts.csv"]
    assert files[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pd.read_csv(files[2])["articles"].tolist() == [3, 2]
    plt.close("all")


def test_over_time_and_length_charts_draw():
    ax = charts.articles_over_time(stats.per_period(ARTICLES, "W"))
    assert "N = 4 dated articles" in [t.get_text() for t in ax.texts]
    ax = charts.length_distribution(ARTICLES)
    assert ax.get_xlabel() == "Article length (words)"
    plt.close("all")


def test_nothing_saved_without_a_folder():
    fig, _ = plt.subplots()
    assert save_figure(fig, "x", data=pd.DataFrame(), out_dir="") == []
    plt.close(fig)


@pytest.mark.parametrize("name", ["../escape", "/abs", "a/b", "", ".hidden"])
def test_names_cannot_leave_the_folder(tmp_path, name):
    fig, _ = plt.subplots()
    with pytest.raises(ParameterError):
        save_figure(fig, name, data=pd.DataFrame(), out_dir=tmp_path)
    plt.close(fig)


def test_save_table_sorts_rounds_and_neutralises_formulas(tmp_path):
    table = pd.DataFrame({"name": ["b", "=HYPERLINK(\"x\")", "a"], "value": [1 / 3, 2.0, 0.5]})
    path = save_table(table, tmp_path / "t.csv")
    assert path.read_text().splitlines() == [
        "name,value", "'=HYPERLINK(\"\"x\"\")\",2.0000".replace("'=", "\"'=", 1),
        "a,0.5000", "b,0.3333"]


def test_group_labels_carry_their_n():
    from analysis.charts.base import label_groups_with_n

    _, ax = plt.subplots()
    ax.barh(["Meridian Wire", "Frontline Digest"], [0.2, 0.5])
    label_groups_with_n(ax, {"Meridian Wire": 17, "Frontline Digest": 1200})
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Meridian Wire (n=17)", "Frontline Digest (n=1,200)"]
    _, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    label_groups_with_n(ax, {"b": 2}, axis="x")  # a group without a count keeps its label
    assert [t.get_text() for t in ax.get_xticklabels()] == ["a", "b (n=2)"]
    plt.close("all")


def test_top_speakers_chart_names_the_whole_base():
    # By hand: Ana 3, Ben 2, Cy 1 attribution; "she" resolved to no one is not a speaker.
    # Top 2 of 3 speakers: 5 of the 6 attributions drawn from.
    from analysis import sourcing_stats

    arts = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"]})
    attr = pd.DataFrame({"article_id": ["a", "a", "b", "a", "b", "b", "b"],
                         "speaker_name": ["Ana", "Ana", "Ana", "Ben", "Ben", "Cy", "she"],
                         "speaker_type": ["official"] * 3 + ["person"] * 4})
    table = sourcing_stats.top_speakers(attr, arts, n=2)
    assert table["speaker"].tolist() == ["Ana", "Ben"]
    ax = charts.top_speakers_chart(table)
    assert ("Top 2 of 3 speakers: 5 of N = 6 attributions with a known speaker\n(not counted: "
            "1 quotation with no speaker, or a pronoun — he, she, they — not resolved to a name)"
            in [t.get_text() for t in ax.texts])
    plt.close("all")


def test_time_charts_label_every_period_with_its_n_and_no_other_dates():
    from analysis.charts.base import MAX_PERIOD_LABELS, period_ticks

    starts = pd.to_datetime(["2026-08-01", "2026-09-01", "2026-10-01"], utc=True)
    table = pd.DataFrame({"period_start": starts, "n": [9, 13, 1200],
                          "mean": [-0.1, 0.0, 0.02], "ci_low": [None, -0.04, 0.0],
                          "ci_high": [None, 0.01, 0.04], "too_small": [True, False, False]})
    ax = charts.tone_over_time(table, period_label="month")
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "2026-08-01\nn=9", "2026-09-01\nn=13", "2026-10-01\nn=1,200"]
    _, ax = plt.subplots()
    many = pd.Series(range(1, 27), index=pd.date_range("2026-01-05", periods=26, freq="W-MON"))
    ax.plot(many.index, many.to_numpy())
    period_ticks(ax, many)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert len(labels) == 26 and 0 < sum(bool(x) for x in labels) <= MAX_PERIOD_LABELS
    assert labels[0] == "2026-01-05\nn=1" and labels[1] == ""
    plt.close("all")


def test_frame_trend_chart_names_frames_for_readers_and_counts_each_period():
    table = pd.DataFrame({"period_start": pd.to_datetime(["2026-08-01"] * 2, utc=True),
                          "frame": ["conflict", "human_interest"], "articles": [9, 9],
                          "present": [5, 2], "share": [5 / 9, 2 / 9]})
    ax = charts.frame_trend_chart(table, period_label="month")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["conflict", "human interest"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2026-08-01\nn=9"]
    plt.close("all")


@pytest.mark.parametrize("too_small,note_drawn", [([True, True], True), ([True, False], False)])
def test_targets_chart_names_counts_and_says_when_nothing_can_be_ranked(too_small, note_drawn):
    from analysis.charts.tone import NO_RANKING_NOTE

    table = pd.DataFrame({"target": ["Mayor", "Mayor"], "outlet": ["A", "B"],
                          "n_articles": [1, 12], "n_sentences": [3, 20],
                          "mean": [-0.2, 0.1], "ci_low": [None, 0.0], "ci_high": [None, 0.2],
                          "too_small": too_small})
    ax = charts.tone_toward_targets(table)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Mayor · A (1 article, 3 sentences)", "Mayor · B (12 articles, 20 sentences)"]
    assert any(NO_RANKING_NOTE in t.get_text() for t in ax.texts) is note_drawn
    plt.close("all")


def test_description_reads_a_subtitle_line_break_as_a_full_stop():
    """The alt text of a chart whose subtitle has a second line must not run the two lines
    together ("hollow: too few articles Too few articles in every group")."""
    from analysis.charts.base import _DESCRIPTIONS
    from analysis.charts.tone import NO_RANKING_NOTE

    table = pd.DataFrame({"target": ["Mayor"], "outlet": ["A"], "n_articles": [1],
                          "n_sentences": [3], "mean": [-0.2], "ci_low": [None],
                          "ci_high": [None], "too_small": [True]})
    ax = charts.tone_toward_targets(table)
    alt = _DESCRIPTIONS[ax.figure]
    assert f"hollow: too few articles. {NO_RANKING_NOTE}." in alt
    plt.close("all")


def test_sourcing_shares_chart_labels_both_bases():
    """The chart mixes shares of attributions and of articles, so each outlet's label gives
    both counts, not an "n" a reader would take as the base of every bar."""
    table = pd.DataFrame({"outlet": ["A", "B"], "articles": [17, 1], "attributions": [363, 9],
                          "anonymous_share": [0.13, 0.0], "vague_share": [0.1, 0.0],
                          "secondhand_share": [1.0, 0.0], "single_source_share": [0.18, 1.0]})
    ax = charts.sourcing_shares_by_outlet(table)
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == [
        "A (17 articles, 363 attributions)", "B (1 article, 9 attributions)"]
    plt.close("all")


def test_a_frame_has_one_colour_in_the_trend_and_dominant_frame_charts():
    """A reader matches colours between 02's charts: human interest must not be orange in one
    and green in the other."""
    trend = pd.DataFrame({"period_start": pd.to_datetime(["2026-08-01"] * 3),
                          "frame": ["conflict", "human_interest", "economic"],
                          "articles": 9, "share": [0.5, 0.2, 0.3]})
    dominant = pd.DataFrame({"outlet": ["A", "A", "A"],
                             "dominant_frame": ["economic", "human_interest", "none"],
                             "articles": [1, 2, 3], "share": [1 / 6, 2 / 6, 3 / 6]})
    lines = charts.frame_trend_chart(trend).get_lines()
    colour_of = {line.get_label(): line.get_color() for line in lines}
    bars = charts.dominant_frame_chart(dominant)
    for container in bars.containers:
        name = container.get_label()
        if name in colour_of:
            face = container.patches[0].get_facecolor()[:3]
            assert tuple(round(c, 3) for c in face) == tuple(
                round(c, 3) for c in matplotlib.colors.to_rgb(colour_of[name]))
    assert {c.get_label() for c in bars.containers} >= {"economic", "human interest"}
    plt.close("all")
