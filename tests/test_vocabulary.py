"""Distinctive vocabulary: the log-odds z-score by hand, grouping, prior, readings, chart."""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import ParameterError, charts
from analysis.vocabulary import (
    COLUMNS,
    describe_distinctive,
    distinctive_terms,
    log_odds_z,
    term_counter,
)


@pytest.mark.parametrize("y_i, y_j, prior, delta, z", [
    # n_i = n_j = 4, a0 = 2: δ = ln(4/2) − ln(2/4) = 2 ln 2; σ² = 1/4 + 1/2
    ([3, 1], [1, 3], [1, 1], 2 * math.log(2), 2 * math.log(2) / math.sqrt(0.75)),
    # n_i = n_j = 5, a0 = 1: δ = ln(4.5/1.5) − ln(1.5/4.5) = 2 ln 3; σ² = 1/4.5 + 1/1.5
    ([4, 1], [1, 4], [0.5, 0.5], 2 * math.log(3), 2 * math.log(3) / math.sqrt(1 / 4.5 + 1 / 1.5)),
])
def test_log_odds_z_matches_hand_worked_numbers(y_i, y_j, prior, delta, z):
    d, zs = log_odds_z(y_i, y_j, prior)
    assert d[0] == pytest.approx(delta) and zs[0] == pytest.approx(z)
    assert d[1] == pytest.approx(-delta) and zs[1] == pytest.approx(-z)


def test_log_odds_z_rejects_zero_prior():
    with pytest.raises(ParameterError):
        log_odds_z([1], [1], [0])


#: Two outlets: A writes "apple apple pear", B "pear pear plum".
FRUIT = pd.DataFrame({"outlet": ["A", "B"], "text": ["apple apple pear", "pear pear plum"]})


def test_distinctive_terms_by_hand_with_collection_prior():
    # prior = collection counts: apple 2, pear 3, plum 1 (a0 = 6); n_A = n_B = 3.
    # A, apple: δ = ln((2+2)/(3+6−2−2)) − ln((0+2)/(3+6−0−2)) = ln(0.8 / (2/7)) = ln 2.8;
    # σ² = 1/(2+2) + 1/(0+2) = 0.75.
    table = distinctive_terms(FRUIT, ngram_range=(1, 1), min_count=1)
    assert list(table.columns) == list(COLUMNS)
    apple = table[(table["group"] == "A") & (table["term"] == "apple")].iloc[0]
    assert apple["log_odds"] == pytest.approx(math.log(2.8))
    assert apple["z"] == pytest.approx(math.log(2.8) / math.sqrt(0.75))
    assert (apple["count"], apple["count_rest"]) == (2, 0)
    assert table.loc[table["group"] == "B", "term"].tolist() == ["plum", "pear"]
    assert (table["z"] > 0).all()


def test_any_number_of_groups_any_column_and_input_untouched():
    corpus = pd.DataFrame({
        "desk": ["x", "x", "y", "y", "z", "z"],
        "text": ["storm storm rain", "storm wind rain", "budget vote", "budget tax vote",
                 "match goal", "goal goal match"]})
    before = corpus.copy()
    table = distinctive_terms(corpus, by="desk", top=1, ngram_range=(1, 1), min_count=2)
    assert table[["group", "term"]].values.tolist() == [["x", "storm"], ["y", "budget"],
                                                        ["z", "goal"]]
    pd.testing.assert_frame_equal(corpus, before)


def test_background_prior_by_hand():
    # Background counts apple 50, pear 1, plum 1, plus 0.5 each = 50.5, 1.5, 1.5 (sum 53.5),
    # scaled to the collection's 6 terms: apple a = 50.5 / 53.5 * 6, a0 = 6.
    a = 50.5 / 53.5 * 6
    delta = math.log((2 + a) / (3 + 6 - 2 - a)) - math.log(a / (3 + 6 - a))
    z = delta / math.sqrt(1 / (2 + a) + 1 / a)
    table = distinctive_terms(FRUIT, ngram_range=(1, 1), min_count=1,
                              background=["apple " * 50 + "pear plum"])
    apple = table.query("group == 'A' and term == 'apple'").iloc[0]
    assert apple["log_odds"] == pytest.approx(delta) and apple["z"] == pytest.approx(z)
    assert z == pytest.approx(2.1968, abs=1e-4)
    frame_background = distinctive_terms(FRUIT, ngram_range=(1, 1), min_count=1,
                                         background=pd.DataFrame({"text": ["apple " * 50
                                                                           + "pear plum"]}))
    pd.testing.assert_frame_equal(table, frame_background)


@pytest.mark.parametrize("text, expected", [
    ("The cost of living rose.", ["cost", "living", "living rose", "rose"]),
    ("Don’t panic, U.S.-style.", ["don't", "don't panic", "panic", "panic u.s.-style",
                                   "u.s.-style"]),
])
def test_terms_are_words_and_phrases_without_stop_word_edges(text, expected):
    assert sorted(term_counter((1, 2)).fit([text]).vocabulary_) == expected


@pytest.mark.parametrize("kwargs", [
    {"by": "nope"}, {"top": 0}, {"min_count": 0}, {"ngram_range": (2, 1)},
    {"ngram_range": (1, 5)}, {"background": "one string"},
])
def test_bad_options_raise_parameter_error(kwargs):
    with pytest.raises(ParameterError):
        distinctive_terms(FRUIT, **kwargs)


def test_one_group_gives_an_empty_table_a_warning_and_an_empty_chart():
    from analysis import SmallSampleWarning, charts

    with pytest.warns(SmallSampleWarning, match="two groups"):
        table = distinctive_terms(FRUIT.assign(outlet="A"))
    assert table.empty
    assert "only one group" in describe_distinctive(table)
    ax = charts.distinctive_terms_chart(table)
    assert "N = 0" in [t.get_text() for t in ax.texts]


def test_reading_and_chart():
    table = distinctive_terms(FRUIT, ngram_range=(1, 1), min_count=1)
    reading = describe_distinctive(table)
    assert reading.startswith("A most distinctively uses “apple” (z = 1.19; it does not clear "
                              "z ≥ 1.96); B: “plum” (z = 0.67), “pear” (z = 0.67; none of its 2 "
                              "listed terms clears z ≥ 1.96)")
    assert "0 of 3 terms clear z ≥ 1.96" in reading
    ax = charts.distinctive_terms_chart(table, n_articles=2, source="hand-made")
    texts = [t.get_text() for t in ax.texts + ax.figure.texts]
    assert any(t.startswith("N = 2 articles") for t in texts) and "Source: hand-made" in texts
    assert [t.get_text().strip() for t in ax.get_yticklabels()] == ["apple", "plum", "pear"]
    # every z here is below 1.96: every bar is drawn pale
    assert {p.get_alpha() for p in ax.patches} == {charts.vocabulary.PALE_ALPHA}
    plt.close("all")


def test_datelines_and_an_outlets_own_name_are_not_its_vocabulary():
    texts = {"Wire Service": ["PORT ALDMERE, Oct 8 (Wire Service) - The council voted on the "
                              "budget.", "PORT ALDMERE, Oct 9 (Wire Service) - The council "
                              "met again on the budget."] * 3,
             "The Lantern": ["The Lantern asked the mayor about the flood.",
                             "Flood victims told the Lantern about the flood."] * 3}
    corpus = pd.DataFrame([{"outlet": o, "text": t} for o, ts in texts.items() for t in ts])
    terms = set(distinctive_terms(corpus, min_count=2, top=50)["term"])
    assert {"council", "budget", "flood"} <= terms
    assert not {"oct", "port", "aldmere", "wire", "service", "lantern"} & terms
    raw = set(distinctive_terms(corpus, min_count=2, top=50, keep_boilerplate=True)["term"])
    assert {"oct 8", "lantern", "wire service"} <= raw
    # "oct" alone is not listed beside "aldmere oct", which holds all six of its uses
    assert "aldmere oct" in raw and "oct" not in raw


def test_dates_numbers_and_words_inside_a_listed_phrase_are_not_listed():
    texts = {"Wire": ["On Oct 14 the Meridian Wire said the port reopened on Tuesday.",
                      "Meridian Wire reported on Oct 15 that 3 ships docked."] * 3,
             "Paper": ["The paper asked readers about the harbour and its fishing boats.",
                       "Readers of the paper wrote about fishing boats."] * 3}
    corpus = pd.DataFrame([{"outlet": o, "text": t} for o, ts in texts.items() for t in ts])
    table = distinctive_terms(corpus, min_count=2, top=50)
    wire = set(table.loc[table["group"] == "Wire", "term"])
    assert "meridian wire" in wire and not {"meridian", "wire"} & wire
    assert not {"oct", "14", "15", "tuesday", "oct 14"} & wire
    paper = set(table.loc[table["group"] == "Paper", "term"])
    # "fishing" appears only in "fishing boats": listed once, as the phrase
    assert "fishing boats" in paper and "fishing" not in paper
