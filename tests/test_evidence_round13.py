"""Review 14: every chart of notebooks 01-04 saves the rows its numbers come from (with their
article ids) beside it, so a published number leads to its articles and then to the words."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import ParameterError, save_figure
from analysis.charts import articles_per_group, evidence_rows
from analysis.config import SAMPLE_CORPUS
from analysis.report import list_notebooks, run_report
from analysis.sourcing_stats import attribution_evidence, top_speakers

#: charts whose numbers do not come from articles one by one (term and topic weights), and
#: 03's source mix, whose own CSV carries the highest and lowest article of every outlet
NOT_PER_ARTICLE = {"02_distinctive_terms", "02_topic_shares", "03_source_mix"}


def test_save_figure_writes_the_evidence_beside_the_chart(tmp_path):
    counts = pd.DataFrame({"outlet": ["A", "B"], "articles": [2, 1], "share": [2 / 3, 1 / 3]})
    articles = pd.DataFrame({"id": ["a1", "a2", "b1"], "outlet": ["A", "A", "B"]})
    ax = articles_per_group(counts, source="hand-made")
    written = save_figure(ax, "x_counts", data=counts, out_dir=tmp_path,
                          evidence=evidence_rows(articles, "outlet"))
    plt.close("all")
    assert [p.name for p in written][-1] == "x_counts_evidence.csv"
    assert (tmp_path / "x_counts_evidence.csv").read_text() == "id,outlet\na1,A\na2,A\nb1,B\n"
    with pytest.raises(ParameterError, match="'id' or 'article_id'"):
        save_figure(ax, "x", data=counts, out_dir=tmp_path, evidence=counts)
    with pytest.raises(ParameterError, match="'id' or 'article_id'"):
        evidence_rows(counts, "outlet")


def test_top_speaker_evidence_holds_exactly_the_ranked_rows():
    arts = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"]})
    attr = pd.DataFrame({"article_id": ["a", "a", "b", "b"],
                         "speaker_name": ["Ana Holm", "ana holm", "Bo", ""],
                         "speaker_type": ["official", "official", "expert", "unattributed"]})
    ranked = top_speakers(attr, arts, n=1)
    rows = attribution_evidence(attr, arts, speakers=ranked["speaker"])
    assert ranked["attributions"].sum() == len(rows) == 2
    assert rows.columns.tolist()[:2] == ["article_id", "outlet"]


def test_every_per_article_chart_of_the_sample_report_has_its_evidence(tmp_path):
    chosen = [nb for nb in list_notebooks() if nb.stem[:2] in {"01", "02", "03", "04"}]
    result = run_report(SAMPLE_CORPUS, tmp_path / "out", notebooks=chosen,
                        echo=lambda line: None)
    assert not result.failed
    figures = tmp_path / "out" / "figures"
    charts = {p.stem for p in figures.glob("*.png")}
    assert len(charts) >= 18
    ids = set(pd.read_json(SAMPLE_CORPUS, lines=True)["id"])
    for chart in sorted(charts - NOT_PER_ARTICLE):
        evidence = pd.read_csv(figures / f"{chart}_evidence.csv")
        key = "id" if "id" in evidence else "article_id"
        assert evidence.columns[0] == key, chart
        assert len(evidence) and set(evidence[key]) <= ids, chart
    # the evidence adds up to the numbers drawn
    def plotted(chart):
        return pd.read_csv(figures / f"{chart}.csv")

    def evidence(chart):
        return pd.read_csv(figures / f"{chart}_evidence.csv")

    for chart, column in [("01_articles_per_outlet", "articles"),
                          ("03_source_types", "attributions"), ("03_verb_stance", "attributions"),
                          ("03_top_speakers", "attributions"), ("04_tone_per_outlet", "n"),
                          ("02_hedging_per_group", "articles")]:
        assert plotted(chart)[column].sum() == len(evidence(chart)), chart
    hedging = evidence("02_hedging_per_group").groupby("outlet")[["n_hedges", "n_words"]].sum()
    drawn = plotted("02_hedging_per_group").set_index("outlet")
    assert hedging["n_hedges"].to_dict() == drawn["n_hedges"].to_dict()
    assert hedging["n_words"].to_dict() == drawn["n_words"].to_dict()
    shares = plotted("02_frames_per_group").set_index(["outlet", "frame"])["present"]
    present = evidence("02_frames_per_group").groupby("outlet")["frame_conflict_present"].sum()
    assert shares.xs("conflict", level="frame").to_dict() == present.to_dict()
    by_outlet = plotted("03_anonymous_secondhand").set_index("outlet")
    assert (evidence("03_anonymous_secondhand").groupby("outlet")["n_attributions"].sum()
            .to_dict() == by_outlet["attributions"].to_dict())


def test_attribution_evidence_can_leave_the_quotations_out():
    arts = pd.DataFrame({"id": ["a"], "outlet": ["X"]})
    attr = pd.DataFrame({"article_id": ["a"], "speaker_name": ["Ana"], "speaker_type": ["official"],
                         "quote_start": [3], "quote_end": [9], "quote": ["a long quotation"]})
    assert "quote" in attribution_evidence(attr, arts).columns
    lean = attribution_evidence(attr, arts, with_quote=False)
    assert "quote" not in lean.columns and lean["quote_end"].tolist() == [9]
