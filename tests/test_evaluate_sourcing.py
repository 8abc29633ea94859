"""The PolNeAR evaluation: overlap measure, .ann reading, scoring, and a floor on real data."""

from __future__ import annotations

import pytest

from analysis.evaluate import sourcing as ev

from .conftest import DEVDATA_DIR


@pytest.mark.parametrize("a, b, expected", [
    ((0, 10), (0, 10), 1.0), ((0, 10), (5, 10), 0.5), ((0, 10), (10, 20), 0.0),
    ((0, 4), (2, 10), 0.25),
])
def test_overlap_is_intersection_over_longer_span(a, b, expected):
    assert ev.overlap(a, b) == expected


def test_read_ann_ties_spans_and_reads_discontinuous_offsets(tmp_path):
    ann = tmp_path / "x_a.ann"
    ann.write_text("T1\tSource 0 4\tHolm\nT2\tCue 5 9\tsaid\nT3\tContent 10 12;14 20\tab cdef\n"
                   "E1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n", encoding="utf-8")
    assert ev.read_ann(ann) == [{"content": (10, 20), "source": (0, 4)}]


def test_score_counts_by_hand():
    # gold: two contents; prediction matches the first fully, the second not at all,
    # and its speaker overlaps the gold source -> tp 1, fp 1, fn 1; source 1/1.
    gold = [{"content": (10, 20), "source": (0, 4)}, {"content": (30, 40), "source": None}]

    def predict(_):
        return [{"kind": "indirect", "speaker_type": "person", "quote_start": 10, "quote_end": 20,
                 "speaker_start": 0, "speaker_end": 4},
                {"kind": "indirect", "speaker_type": "person", "quote_start": 50,
                 "quote_end": 60, "speaker_start": None, "speaker_end": None}]

    result = ev.score([("a", "", gold)], predict)
    assert result["counts"][0.3] == [1, 1, 1]
    assert result["source_accuracy"] == 1.0


def test_floor_on_polnear_sample():
    folder = DEVDATA_DIR / "polnear-train"
    if not folder.exists():
        pytest.skip(f"PolNeAR not found at {folder} (only CI and developers have it)")
    from analysis.sourcing import extract
    result = ev.score(ev.load(folder, limit=40), extract)
    # measured 0.53 F1 @0.3 and 0.79 source accuracy on the whole split; guard a floor only
    assert result["figures"][0.3][2] > 0.30
    assert result["source_accuracy"] > 0.70


def test_agreement_scores_each_ordered_pair_of_annotators():
    # annotator a: two contents; b: the first only (same span), with the same source.
    # a as gold, b predicting: tp 1, fp 0, fn 1; b as gold, a predicting: tp 1, fp 1, fn 0.
    a = [{"content": (10, 20), "source": (0, 4)}, {"content": (30, 40), "source": None}]
    b = [{"content": (10, 20), "source": (0, 4)}]
    result = ev.agreement([("x", "", {"a": a, "b": b})])
    assert result["counts"][0.3] == [2, 1, 1]
    assert result["source_accuracy"] == 1.0


def test_annotators_agree_on_polnear():
    folder = DEVDATA_DIR / "polnear-train"
    if not folder.exists():
        pytest.skip(f"PolNeAR not found at {folder} (only CI and developers have it)")
    items = ev.annotations(folder)
    assert len(items) >= 10 and all(len(golds) >= 2 for _, _, golds in items)
    # measured 0.820 F1 @0.3 over the 470 ordered pairs; symmetric counts: P == R
    result = ev.agreement(items)
    p, r, f = result["figures"][0.3]
    assert p == r and 0.7 < f < 0.95


@pytest.mark.parametrize("which, expected", [
    (None, ["a0", "a1", "a2", "a3", "a4"]),
    ("even", ["a0", "a2", "a4"]),  # the development half: errors are read here
    ("odd", ["a1", "a3"]),  # the scored-only half
])
def test_half_splits_articles_by_their_position(which, expected):
    assert ev.half([f"a{i}" for i in range(5)], which) == expected


def test_halves_partition_the_articles():
    items = list(range(11))
    assert sorted(ev.half(items, "even") + ev.half(items, "odd")) == items
