"""Review 15: the `by` values the README documents beside the collection's own columns
(`tone_label`, `dominant_frame`, `dominant_issue_frame`) run notebooks 02 and 06, and the
dominant-frame table grouped by the dominant issue frame reads the generic frame."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import framing as fr
from analysis.config import SAMPLE_CORPUS
from analysis.groups import with_column
from analysis.report import list_notebooks, run_report


def test_the_dominant_frame_of_groups_made_by_the_dominant_issue_frame():
    articles = pd.DataFrame({"dominant_issue_frame": ["legality", "legality", "political"],
                             "dominant_frame": ["conflict", "conflict", "economic"]})
    table = fr.dominant_frames(articles, by="dominant_issue_frame")
    reading = fr.describe_dominant(table, by="dominant_issue_frame")
    assert reading == ("Most frequent dominant frame per dominant_issue_frame — legality: "
                       "conflict (2 of 2); political: economic (1 of 1).")


def test_with_column_takes_an_analysis_column_onto_the_corpus():
    corpus = pd.DataFrame({"id": ["a", "b"], "text": ["x", "y"], "outlet": ["X", "Y"]})
    articles = pd.DataFrame({"id": ["b", "a"], "tone_label": ["positive", "negative"]})
    assert with_column(corpus, articles, "tone_label")["tone_label"].tolist() == [
        "negative", "positive"]
    assert with_column(corpus, articles, "outlet") is corpus  # (already there)


@pytest.mark.parametrize("by", ["tone_label", "dominant_frame", "dominant_issue_frame"])
def test_notebooks_02_and_06_run_grouped_by_an_analysis_result(tmp_path, by):
    chosen = [nb for nb in list_notebooks() if nb.stem in ("02_framing", "06_compare_outlets")]
    result = run_report(SAMPLE_CORPUS, tmp_path / "out", notebooks=chosen,
                        parameters={"by": by}, echo=lambda line: None)
    assert [run.status for run in result.runs] == ["ok", "ok"], [r.error for r in result.runs]
    page = (tmp_path / "out" / "02_framing.html").read_text()
    if by == "dominant_frame":
        assert "The groups (<code>by</code>) are the dominant frames themselves" in page
    else:
        assert f"Most frequent dominant frame per {by}" in page
