"""Source diversity per article (``sourcing_stats.source_mix``) and in the outlet comparison.

Hand-made attribution tables; every expected value was worked out by hand from the formula in
the docstring: source mix = 1 − Σ c(c − 1) / (n(n − 1)) over the counts c of each kind.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import compare
from analysis import sourcing_stats as ss
from analysis.pipeline import Analysis

ARTICLES = pd.DataFrame({"id": ["two_kinds", "officials", "one", "none", "mixed4"],
                         "outlet": ["X", "X", "Y", "Y", "Y"], "tone": 0.0})


def attributions() -> pd.DataFrame:
    rows = [
        # two officials (one named twice, case aside) and an expert: 1 − (2·1) / (3·2) = 2/3
        ("two_kinds", "Ana Ruiz", "official", ""), ("two_kinds", "ana ruiz", "official", ""),
        ("two_kinds", "the police", "official", ""), ("two_kinds", "Dr. Lee", "expert", ""),
        # the same person typed twice official and once person counts once, as official
        ("officials", "Ben Ode", "official", ""), ("officials", "Ben Ode", "official", ""),
        ("officials", "Ben Ode", "person", ""), ("officials", "the council", "official", ""),
        # one source; a quotation with no speaker, an unresolved "he", a vague group, a
        # person heard through another outlet, and a person or experts the story does not
        # name are not on-record sources of this story
        ("one", "Rita Moss", "person", ""), ("one", "", "unattributed", ""),
        ("one", "he", "person", ""), ("one", "critics", "vague", ""),
        ("one", "Carl Berg", "person", "the Herald"), ("one", "a resident", "person", ""),
        ("one", "Analysts", "expert", ""), ("one", "the experts", "expert", ""),
        # four on-record sources of four kinds: 1 − 0 = 1 (anonymous and media left out)
        ("mixed4", "Kim", "person", ""), ("mixed4", "the union", "organization", ""),
        ("mixed4", "the report", "document", ""), ("mixed4", "Mayor Li", "official", ""),
        ("mixed4", "a source", "anonymous", ""), ("mixed4", "the Herald", "media", ""),
    ]
    return pd.DataFrame(rows, columns=["article_id", "speaker_name", "speaker_type", "via"])


@pytest.mark.parametrize("article, n, kinds, mix, official_only", [
    ("two_kinds", 3, 2, 2 / 3, 0.0),
    ("officials", 2, 1, 0.0, 1.0),
    ("one", 1, 1, math.nan, 0.0),
    ("none", 0, 0, math.nan, math.nan),
    ("mixed4", 4, 4, 1.0, 0.0),
])
def test_source_mix_hand_worked(article, n, kinds, mix, official_only):
    row = ss.source_mix(attributions(), ARTICLES).set_index("id").loc[article]
    assert row["n_on_record"] == n
    assert row["n_source_types"] == kinds
    assert (math.isnan(row["source_mix"]) if math.isnan(mix)
            else row["source_mix"] == pytest.approx(mix))
    assert (math.isnan(row["official_only"]) if math.isnan(official_only)
            else row["official_only"] == official_only)


def test_source_mix_keeps_every_article_in_order():
    assert ss.source_mix(attributions(), ARTICLES)["id"].tolist() == ARTICLES["id"].tolist()


def test_source_mix_needs_speaker_columns():
    with pytest.raises(Exception, match="speaker_name"):
        ss.source_mix(attributions().drop(columns="speaker_name"), ARTICLES)


def test_outlet_comparison_offers_the_mix_metrics():
    result = Analysis(ARTICLES, pd.DataFrame(), attributions(), pd.DataFrame(), ARTICLES,
                      ("basic",))
    table = compare.compare_outlets(result, metrics=list(compare.MIX_METRICS), min_n=1)
    means = table.set_index(["metric", "outlet"])["mean"]
    # X: mixes 2/3 and 0 → 1/3; Y: only mixed4 has two or more sources → 1
    assert means[("source_mix", "X")] == pytest.approx(1 / 3)
    assert means[("source_mix", "Y")] == pytest.approx(1.0)
    # official-only: X 0 and 1 → 0.5; Y 0 and 0 (the article without sources left out)
    assert means[("n_on_record", "Y")] == pytest.approx((1 + 0 + 4) / 3)
    assert means[("official_only", "X")] == pytest.approx(0.5)
    assert means[("official_only", "Y")] == pytest.approx(0.0)
    assert set(table["family"]) == {"sourcing"}
    assert compare.metric_label("source_mix").startswith("source mix")


def test_shares_of_articles_get_wilson_intervals_and_flat_groups_no_verdict():
    # 0 of 12 official-only articles: Wilson upper bound 0.243, not the bootstrap's 0 to 0
    arts = pd.DataFrame({"id": [f"a{i}" for i in range(24)], "outlet": ["X"] * 12 + ["Y"] * 12,
                         "tone": [0.0] * 12 + [0.1 * (i % 3) for i in range(12)]})
    attrs = pd.DataFrame({"article_id": [f"a{i}" for i in range(24)],
                          "speaker_name": ["Mayor Li"] * 12 + ["Kim"] * 12,
                          "speaker_type": ["official"] * 12 + ["person"] * 12, "via": ""})
    result = Analysis(arts, pd.DataFrame(), attrs, pd.DataFrame(), arts, ("basic",))
    table = compare.compare_outlets(result, metrics=["official_only", "tone"])
    row = table.set_index(["metric", "outlet"]).loc[("official_only", "Y")]
    # (exactly 0 at the bottom: a chart's error bar cannot reach below its dot)
    assert row["ci_low"] == 0.0 and row["ci_high"] == pytest.approx(0.2425, abs=1e-3)
    # tone: X is 0 in every article (a zero-width bootstrap), Y varies: no "do not overlap"
    reading = compare.describe_comparison(table, "tone")
    assert "every article of X has the same value" in reading
    assert "do not overlap" not in reading



def test_a_group_of_unnamed_officials_is_not_an_on_record_source():
    """Review 12: "officials" and "Estmark officials" counted as identified official sources;
    a group of unnamed people is no one a reader can check, like "analysts"."""
    arts = pd.DataFrame({"id": ["a"]})
    attr = pd.DataFrame({
        "article_id": ["a"] * 5,
        "speaker_name": ["officials", "Estmark officials", "Water chiefs", "the ministry",
                         "Ana Ruiz"],
        "speaker_type": ["official", "official", "organization", "official", "official"],
        "via": ""})
    row = ss.source_mix(attr, arts).iloc[0]
    assert row["n_on_record"] == 2  # the ministry and Ana Ruiz
    assert row["official_only"] == 1.0
