"""Topics: NMF finds hand-made topics, shares are counted right, results are deterministic."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import ParameterError, charts
from analysis.topics import (
    describe_topic_shares,
    describe_topics,
    fit_topics,
    topic_shares,
    topic_shares_over_time,
)

#: Six invented articles on two subjects, labelled by hand: a1–a3 water, b1–b3 budget.
TOPIC_CORPUS = pd.DataFrame({
    "id": ["a1", "a2", "a3", "b1", "b2", "b3"],
    "outlet": ["P", "P", "Q", "Q", "Q", "P"],
    "published": pd.to_datetime(["2026-08-03", "2026-08-20", "2026-09-02", "2026-09-05",
                                 "2026-09-07", None], utc=True),
    "text": ["Reservoir low; water ban for the city.", "Water ban stays as reservoir falls.",
             "Reservoir refills, water ban lifted.", "Council budget vote delayed.",
             "Budget cuts: council vote tonight.", "The council budget passes the vote."],
})
WATER, BUDGET = ["a1", "a2", "a3"], ["b1", "b2", "b3"]


def _model():
    return fit_topics(TOPIC_CORPUS, n_topics=2, top_terms=3)


def test_attribution_verbs_and_contractions_never_label_a_topic():
    # The same two subjects, every sentence quoted: "says", "told" and "I’m" occur in most
    # articles of one subject only, so without the news stop words they would rank high.
    quoted = TOPIC_CORPUS.assign(text=[
        "“I’m worried,” she says. " + t if i < 3 else t + " He told us, “It’s late.”"
        for i, t in enumerate(TOPIC_CORPUS["text"])])
    terms = set(fit_topics(quoted, n_topics=2, top_terms=5).terms["term"])
    assert terms.isdisjoint({"says", "told", "i'm", "it's", "i", "m"})
    assert {"reservoir", "budget"} <= terms


def test_topics_recover_the_hand_labelled_subjects():
    model = _model()
    assert sorted(model.labels.values()) == ["ban · reservoir · water", "budget · council · vote"]
    topic = dict(zip(model.articles["id"], model.articles["topic"], strict=True))
    assert len({topic[i] for i in WATER}) == 1 and len({topic[i] for i in BUDGET}) == 1
    assert topic["a1"] != topic["b1"]
    assert list(model.terms.columns) == ["topic", "rank", "term", "weight"]
    assert model.terms.groupby("topic")["rank"].apply(list).tolist() == [[1, 2, 3], [1, 2, 3]]
    shares = model.articles[["weight_1", "weight_2"]].sum(axis=1)
    assert shares.round(9).eq(1).all()


def test_fitting_is_deterministic():
    one, two = _model(), _model()
    pd.testing.assert_frame_equal(one.articles, two.articles)
    pd.testing.assert_frame_equal(one.terms, two.terms)


def test_topic_shares_by_hand():
    model = _model()
    water = model.articles.set_index("id").loc["a1", "topic"]
    table = topic_shares(model, TOPIC_CORPUS)
    # P holds a1, a2 (water) and b3 (budget): 2/3 water; Q holds a3 (water), b1, b2: 1/3 water.
    rows = table[table["topic"] == water].set_index("outlet")
    assert rows.loc["P", "articles"] == 2 and rows.loc["P", "share"] == pytest.approx(2 / 3)
    assert rows.loc["Q", "articles"] == 1 and rows.loc["Q", "share"] == pytest.approx(1 / 3)
    assert table["group_articles"].tolist() == [3, 3, 3, 3]
    assert "P: most often topic" in describe_topic_shares(table)
    assert describe_topics(model).startswith("2 topics; the most common is topic")


def test_topic_shares_over_time_zero_fills_and_skips_undated():
    model = _model()
    table = topic_shares_over_time(model, TOPIC_CORPUS, period="M")
    assert table["period_start"].dt.strftime("%Y-%m").unique().tolist() == ["2026-08",
                                                                             "2026-09"]
    assert table.groupby("period_start")["articles"].sum().tolist() == [2, 3]  # b3 undated
    assert len(table) == 4  # 2 months × 2 topics, zeros included


def test_transform_new_articles():
    model = _model()
    new = model.transform(pd.DataFrame({"id": ["n"], "text": ["Water ban at the reservoir."]}))
    water = model.articles.set_index("id").loc["a1", "topic"]
    assert new["topic"].tolist() == [water]


@pytest.mark.parametrize("kwargs", [{"n_topics": 1}, {"n_topics": "6"}, {"top_terms": 0}])
def test_bad_options(kwargs):
    with pytest.raises(ParameterError):
        fit_topics(TOPIC_CORPUS, **kwargs)


def test_too_many_topics_for_a_small_collection_are_reduced_with_a_warning():
    from analysis import SmallSampleWarning

    with pytest.warns(SmallSampleWarning, match="reduced to"):
        model = fit_topics(TOPIC_CORPUS, n_topics=len(TOPIC_CORPUS) + 2)
    assert len(model.labels) == len(TOPIC_CORPUS) - 1


def test_bad_period_and_unknown_ids():
    model = _model()
    with pytest.raises(ParameterError):
        topic_shares_over_time(model, TOPIC_CORPUS, period="Y")
    with pytest.raises(ParameterError, match="ids"):
        topic_shares(model, TOPIC_CORPUS.assign(id=["x1", "x2", "x3", "x4", "x5", "x6"]))


def test_chart_carries_n_and_source():
    table = topic_shares(_model(), TOPIC_CORPUS)
    ax = charts.topic_shares_chart(table, source="hand-made")
    texts = [t.get_text() for t in ax.texts + ax.figure.texts]
    assert any(t.startswith("N = 6 articles") for t in texts) and "Source: hand-made" in texts
    plt.close("all")


def test_labels_list_the_top_words_in_rank_order():
    model = fit_topics(TOPIC_CORPUS, n_topics=2, top_terms=5)
    for topic, label in model.labels.items():
        ranked = model.terms[model.terms["topic"] == topic].sort_values("rank")["term"]
        assert label == " · ".join(ranked.head(3))


def test_numbers_are_not_topic_words():
    from analysis.topics import _topic_words

    assert _topic_words("some 3,000 people in 2026 saw 1.5 times the 4x4 rain") == [
        "some", "people", "in", "saw", "times", "the", "4x4", "rain"]
