"""Cross-validated accuracy of the trained frame classifier: ``python -m analysis.evaluate
frames_trained [--data PATH] [--k 5] [--seed 0]``.

Data: narrative-frames-dev (Frermann et al. 2023, climate-change articles, five generic frames
coded by people at article level; ``articles.tsv`` with columns ID, source, mbfc, date, text,
RE, HI, CO, MO, EC). Split: k-fold cross-validation by article (default 5 folds, stratified on
each article's rarest frame, seed 0): each fold's model is trained from scratch on the other
folds; precision, recall and F1 per frame come from the pooled out-of-fold predictions, and
macro-F1 is their mean.
"""

from __future__ import annotations

import argparse

import pandas as pd

from ..frame_classifier import FrameClassifier
from . import devdata_path

DATASET = "narrative-frames-dev"
#: The data set's column codes → the suite's generic frame names (Semetko & Valkenburg 2000;
#: RE is the data set's "resolution/responsibility").
FRAME_COLUMNS = {"RE": "responsibility", "HI": "human_interest", "CO": "conflict",
                 "MO": "morality", "EC": "economic"}


def load(folder) -> pd.DataFrame:
    """The articles with one yes/no column per frame, named as in the suite.

    The file has one malformed label (article 716, EC = ``False)``); a stray ``)`` after a
    True/False value is dropped, and the repair is printed.
    """
    table = pd.read_csv(folder / "articles.tsv", sep="\t", dtype=str, keep_default_na=False)
    table = table.rename(columns=FRAME_COLUMNS)
    for column in FRAME_COLUMNS.values():
        stray = table[column].str.fullmatch(r"(True|False)\)")
        for article in table.loc[stray, "ID"]:
            print(f"note: article {article}, {column}: stray ')' after the label removed")
        table[column] = table[column].str.replace(r"^(True|False)\)$", r"\1", regex=True)
    return table


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate frames_trained",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--data", help=f"folder of {DATASET} (default: ../shared/devdata)")
    parser.add_argument("--k", type=int, default=5, help="number of folds (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="shuffle seed (default 0)")
    args = parser.parse_args(argv)
    folder = devdata_path(DATASET, args.data)
    table = load(folder)
    model = FrameClassifier().fit(table, labels=list(FRAME_COLUMNS.values()))
    scores = model.cross_validate(k=args.k, random_state=args.seed)
    print(f"Data set: {DATASET} ({folder}/articles.tsv), {len(table)} articles, five generic "
          "frames, human labels")
    print(f"Split: {scores.attrs['split']}")
    print("Model: TF-IDF (words and two-word phrases) + one logistic regression per frame, "
          "balanced class weights, one threshold per frame tuned by 3-fold cross-validation "
          "inside each training part (nested)")
    shown = scores[["frame", "positives", "predicted", "tp", "fp", "fn", "precision", "recall",
                    "f1"]]
    print(shown.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print(f"macro-F1 {scores.attrs['macro_f1']:.3f}")
    return 0
