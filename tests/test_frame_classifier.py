"""Trained frames: label layouts, prediction, cross-validation counts, uncertainty sampling,
and a safe, exact save/load."""

from __future__ import annotations

import json

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from analysis import ParameterError, charts
from analysis.frame_classifier import (
    FORMAT_VERSION,
    FrameClassifier,
    ModelFileError,
    describe_cross_validation,
    read_labels,
)

from .conftest import DEVDATA_DIR

#: Twelve invented, hand-coded articles: conflict (rows, clashes), economic (costs, jobs),
#: both, or neither.
TRAIN = pd.DataFrame({
    "id": [f"t{k}" for k in range(12)],
    "text": [
        "Rivals clash in a bitter dispute over the plan.",
        "The opposition attacks the mayor in an angry row.",
        "Protesters clash with police as the dispute deepens.",
        "Prices rise and costs hit household budgets.",
        "The closure will cost jobs and money, economists warn.",
        "Factory jobs lost as costs soar and prices climb.",
        "Rivals row over the costs of the deal and lost jobs.",
        "Bitter dispute as unions clash over prices and jobs.",
        "A quiet day in the park with the family.",
        "The festival opens with music and dancing.",
        "Children plant trees in the school garden.",
        "A new library opens in the old town hall.",
    ],
    "frames": ["conflict", "conflict", "conflict", "economic", "economic", "economic",
               "conflict;economic", "conflict; economic", "", "", "", ""],
})
TRAIN["conflict"] = TRAIN["frames"].str.contains("conflict")
TRAIN["economic"] = TRAIN["frames"].str.contains("economic").map({True: "yes", False: "no"})


@pytest.fixture(scope="module")
def model():
    return FrameClassifier().fit(TRAIN, labels="frames")


def test_both_label_layouts_give_the_same_model(model):
    columns = FrameClassifier().fit(TRAIN, labels=["conflict", "economic"])
    assert columns.frames == model.frames == ["conflict", "economic"]
    np.testing.assert_array_equal(columns.coef, model.coef)


@pytest.mark.parametrize("suffix, sep", [(".csv", ","), (".tsv", "\t")])
def test_reads_label_files(tmp_path, model, suffix, sep):
    path = tmp_path / f"coded{suffix}"
    TRAIN.to_csv(path, sep=sep, index=False)
    from_file = FrameClassifier().fit(path)  # finds the "frames" column by itself
    np.testing.assert_array_equal(from_file.coef, model.coef)


@pytest.mark.parametrize("table, kwargs, message", [
    (TRAIN.assign(conflict="maybe"), {"labels": ["conflict"]}, "not a yes/no value"),
    (TRAIN.drop(columns="frames"), {}, "say which column"),
    (TRAIN, {"labels": ["nope"]}, "no column"),
    (TRAIN.assign(frames=""), {"labels": "frames"}, "no frame labels"),
])
def test_bad_label_tables(table, kwargs, message):
    with pytest.raises(ParameterError, match=message):
        read_labels(table, **kwargs)


@pytest.mark.parametrize("text, expected", [
    ("Rivals clash in a bitter row.", [True, False]),
    ("Costs rise and jobs are lost as prices climb.", [False, True]),
    ("Rivals clash over costs, jobs and prices.", [True, True]),
    ("The family garden festival opens.", [False, False]),
])
def test_predicts_hand_labelled_examples(model, text, expected):
    predicted = model.predict([text])
    assert predicted[["conflict", "economic"]].values.tolist() == [expected]
    assert predicted["frames"].iloc[0] == "; ".join(
        f for f, yes in zip(["conflict", "economic"], expected, strict=True) if yes)


def test_probabilities_are_logistic_of_the_linear_score(model):
    proba = model.predict_proba(pd.DataFrame({"id": ["x"], "text": ["Rivals clash."]}))
    score = model._features(["Rivals clash."]) @ model.coef[0] + model.intercept[0]
    assert proba["id"].tolist() == ["x"]
    assert proba["conflict"].iloc[0] == pytest.approx(1 / (1 + np.exp(-score[0])))


def test_cross_validation_counts_add_up(model):
    table = model.cross_validate(k=3, random_state=0)
    assert table["frame"].tolist() == ["conflict", "economic"]
    for row in table.itertuples():
        assert row.tp + row.fn == row.positives == 5
        assert row.tp + row.fp == row.predicted
        assert row.tp + row.fp + row.fn + row.tn == 12
        precision = row.tp / row.predicted if row.predicted else 0.0
        assert row.precision == pytest.approx(precision)
        assert row.recall == pytest.approx(row.tp / 5)
    assert table.attrs["macro_f1"] == pytest.approx(table["f1"].mean())
    assert "3-fold" in table.attrs["split"] and "seed 0" in table.attrs["split"]
    again = model.cross_validate(k=3, random_state=0)
    pd.testing.assert_frame_equal(table, again)
    assert describe_cross_validation(table).startswith("Macro-F1 ")
    ax = charts.frame_confusion_chart(table, source="hand-made")
    texts = [t.get_text() for t in ax.texts + ax.figure.texts]
    assert any(t.startswith("N = 12 hand-coded articles") for t in texts)
    assert "Source: hand-made" in texts
    plt.close("all")


def test_cross_validate_hand_worked_scores():
    # A two-word world the model cannot get wrong: "alpha" articles are conflict, "beta" not.
    table = pd.DataFrame({"text": ["alpha alpha"] * 6 + ["beta beta"] * 6,
                          "conflict": [True] * 6 + [False] * 6})
    scores = FrameClassifier().fit(table, labels=["conflict"]).cross_validate(k=3)
    assert scores[["tp", "fp", "fn", "tn"]].values.tolist() == [[6, 0, 0, 6]]
    assert scores[["precision", "recall", "f1"]].values.tolist() == [[1.0, 1.0, 1.0]]


def test_suggest_to_label_picks_the_least_certain_unlabelled_articles(model):
    corpus = pd.DataFrame({
        "id": ["u1", "u2", "u3", "u4"], "title": ["A", "B", "C", "D"],
        "text": ["Rivals clash in a bitter row.", "The park opens.",
                 "Rivals clash in a bitter dispute over the plan.",  # already in training
                 "Jobs."],
    })
    picked = model.suggest_to_label(corpus, n=2)
    proba = model.predict_proba(corpus)
    margins = {row.id: min(abs(getattr(row, f) - model.thresholds[f]) for f in model.frames)
               for row in proba.itertuples()}
    expected = sorted(["u1", "u2", "u4"], key=lambda i: margins[i])[:2]
    assert picked["id"].tolist() == expected
    assert "u3" not in picked["id"].tolist()
    assert list(picked.columns) == ["id", "title", "frame", "probability", "margin", "reason"]
    assert picked["margin"].tolist() == pytest.approx([margins[i] for i in expected])
    assert picked["reason"].iloc[0].startswith(f"P({picked['frame'].iloc[0]}) = ")


def test_save_and_load_predict_identically(tmp_path, model):
    path = model.save(tmp_path / "model.json")
    loaded = FrameClassifier.load(path)
    texts = TRAIN["text"].tolist() + ["Something new about jobs and a row."]
    pd.testing.assert_frame_equal(loaded.predict_proba(texts), model.predict_proba(texts),
                                  check_exact=True)
    pd.testing.assert_frame_equal(loaded.predict(texts), model.predict(texts))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == FORMAT_VERSION
    assert len(data["model"]["vocabulary"]) == len(data["model"]["idf"])


def _edit(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("change, message", [
    (lambda d: d["model"]["coef"][0].__setitem__(0, 99.0), "checksum"),
    (lambda d: d["model"]["frames"].append("extra"), "checksum"),
    (lambda d: d.__setitem__("format_version", 99), "version 99"),
    (lambda d: d.__setitem__("format", "something else"), "not a frame model"),
    (lambda d: d.pop("model"), "checksum"),
])
def test_tampered_or_wrong_files_are_refused(tmp_path, model, change, message):
    path = model.save(tmp_path / "model.json")
    _edit(path, change)
    with pytest.raises(ModelFileError, match=message):
        FrameClassifier.load(path)


def test_not_json_is_refused(tmp_path):
    path = tmp_path / "model.json"
    path.write_bytes(b"\x80\x04\x95pickle")
    with pytest.raises(ModelFileError, match="not a readable JSON"):
        FrameClassifier.load(path)


@pytest.mark.parametrize("kwargs", [{"threshold": 0}, {"threshold": 1.5}, {"threshold": "x"}])
def test_bad_threshold(kwargs):
    with pytest.raises(ParameterError):
        FrameClassifier(**kwargs)


def test_untrained_model_refuses_to_predict():
    with pytest.raises(ParameterError, match="not trained"):
        FrameClassifier().predict(["text"])


NARRATIVE_FRAMES = DEVDATA_DIR / "narrative-frames-dev"


def test_round_trip_on_real_articles(tmp_path):
    if not NARRATIVE_FRAMES.exists():
        pytest.skip(f"{NARRATIVE_FRAMES} absent (only CI and developers have it)")
    from analysis.evaluate.frames_trained import FRAME_COLUMNS, load

    table = load(NARRATIVE_FRAMES)
    model = FrameClassifier(threshold=0.5).fit(table, labels=list(FRAME_COLUMNS.values()))
    loaded = FrameClassifier.load(model.save(tmp_path / "m.json"))
    texts = table["text"].tolist()[:60]
    pd.testing.assert_frame_equal(loaded.predict_proba(texts), model.predict_proba(texts),
                                  check_exact=True)
