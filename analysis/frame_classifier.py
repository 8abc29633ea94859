"""Frames a newsroom trains itself: TF-IDF plus one logistic regression per frame.

A newsroom hand-codes some of its articles with its own frames (any names, any number, several
per article allowed) and :class:`FrameClassifier` learns to code the rest.

Method (scikit-learn):

* **Features**: TF-IDF of lower-cased words (:data:`analysis.text.WORD_RE`) and two-word
  phrases, English stop words removed, terms in fewer than :data:`MIN_ARTICLES` training
  articles dropped, at most :data:`MAX_TERMS` terms; term frequency damped as ``1 + log(tf)``,
  smoothed idf ``ln((1 + N) / (1 + df)) + 1``, each article's vector scaled to length 1.
* **Model**: multi-label as one binary logistic regression per frame (one-vs-rest), L2
  penalty ``C`` = :data:`C`, classes weighted by inverse frequency (``class_weight=
  "balanced"``) so rare frames are not ignored. ``predict_proba`` gives P(frame) per article;
  ``predict`` says yes when P reaches the frame's threshold. By default
  (``threshold="tuned"``) each frame's threshold is chosen on the training data alone: a
  :data:`TUNING_FOLDS`-fold cross-validation inside the training set gives out-of-fold
  probabilities, and the threshold from :data:`THRESHOLD_GRID` with the highest F1 on them is
  kept (ties: the lowest); under :data:`TUNING_MIN_ARTICLES` training articles, 0.5. This
  matters for rare frames: with few positives the regularised model's probabilities stay
  below 0.5 and a fixed 0.5 would never predict them. A number instead fixes one threshold
  for all frames.
* **Evaluation**: :meth:`FrameClassifier.cross_validate` — k-fold, folds stratified on each
  article's rarest frame, model refitted on each training part, precision/recall/F1 per frame
  from the pooled out-of-fold predictions.
* **Active learning**: :meth:`FrameClassifier.suggest_to_label` — uncertainty sampling (Lewis
  & Gale 1994): the unlabelled articles whose probability for some frame is closest to the
  decision threshold, i.e. where the model is least sure.
* **Saving**: :meth:`FrameClassifier.save` writes JSON (format version, settings, vocabulary,
  idf, coefficients and a SHA-256 checksum of the content); :meth:`FrameClassifier.load`
  validates every field and recomputes the checksum. No pickle: loading a file never runs code.

Labels come as a DataFrame or CSV with a text column and either one boolean column per frame
(``True/False``, ``1/0``, ``yes/no``) or one column of ``;``-separated frame names.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold

from .errors import AnalysisError, ParameterError
from .evaluate import prf
from .text import WORD_RE

#: Fallback threshold (a frame with too few positives to tune, or ``threshold=0.5``): the
#: point where logistic regression finds "frame" and "no frame" equally likely; with balanced
#: class weights both classes count equally (scikit-learn ``LogisticRegression`` docs).
DECISION_THRESHOLD = 0.5
#: Candidate thresholds for tuning: 0.05 to 0.95 in steps of 0.05 (finer steps would fit
#: noise on training sets of a few hundred articles).
THRESHOLD_GRID = tuple(round(0.05 * k, 2) for k in range(1, 20))
#: Below this many training articles thresholds are not tuned (0.5 is used): each inner
#: held-out part would hold too few articles for its F1 to mean anything (10 per part).
TUNING_MIN_ARTICLES = 30
#: Folds of the inner cross-validation that tunes thresholds (3 keeps a third of the positives
#: of a rare frame in each held-out part).
TUNING_FOLDS = 3
#: Inverse regularisation strength: scikit-learn's default, kept because hand-coded training
#: sets are small and we have no tuning set to choose another value honestly.
C = 1.0
#: A term must occur in at least this many training articles (drops names of single stories).
MIN_ARTICLES = 2
#: Cap on the vocabulary: keeps saved models small (a few MB) with no measurable loss on
#: collections of hundreds of articles.
MAX_TERMS = 20000
#: Words and two-word phrases.
NGRAM_RANGE = (1, 2)
#: Values read as yes / no in one-column-per-frame label tables.
TRUE_VALUES = frozenset({"true", "1", "yes", "y", "t", "1.0"})
FALSE_VALUES = frozenset({"false", "0", "no", "n", "f", "0.0", ""})
#: Separator of frame names in a single label column.
LABEL_SEPARATOR = ";"
#: Saved-file identification.
FILE_FORMAT = "media-analysis/frame-classifier"
FORMAT_VERSION = 1
#: When a training set has only one class for a frame, its probability is this prevalence
#: clipped away from 0 and 1 (a constant model; a warning says so).
CONSTANT_CLIP = 1e-3


class ModelFileError(AnalysisError):
    """A saved frame model is not a valid file of this format (wrong, damaged or edited)."""


def _normalise(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'")


def _stop_words() -> list[str]:
    return sorted(ENGLISH_STOP_WORDS)


def _count_vectorizer(vocabulary: dict[str, int] | None = None, *, ngram_range=NGRAM_RANGE,
                      stop_words: list[str] | None = None, min_df: int = 1,
                      max_features: int | None = None) -> CountVectorizer:
    return CountVectorizer(preprocessor=_normalise, token_pattern=WORD_RE.pattern,
                           ngram_range=tuple(ngram_range), stop_words=stop_words,
                           vocabulary=vocabulary, min_df=min_df, max_features=max_features)


def read_labels(data, *, text: str = "text", labels: str | Sequence[str] | None = None,
                separator: str = LABEL_SEPARATOR) -> tuple[list[str], list[str], np.ndarray]:
    """Texts, frame names and a 0/1 label matrix from a hand-coded table.

    Parameters
    ----------
    data : DataFrame, str or Path
        The table, or a CSV/TSV file of it (``.tsv`` and ``.tab`` are read tab-separated).
    text : str
        Column holding the article text.
    labels : str or sequence of str, optional
        A sequence names one yes/no column per frame; a single string names one column of
        ``separator``-separated frame names (empty = no frame). Default: the column
        ``frames`` or ``labels`` if present.
    separator : str
        Separator in a single label column.

    Returns
    -------
    (texts, frames, Y)
        ``Y[i, k] == 1`` when article ``i`` carries frame ``frames[k]``.

    Examples
    --------
    >>> t = pd.DataFrame({"text": ["a", "b"], "frames": ["conflict; economic", ""]})
    >>> _, frames, y = read_labels(t)
    >>> frames, y.tolist()
    (['conflict', 'economic'], [[1, 1], [0, 0]])
    >>> t = pd.DataFrame({"text": ["a", "b"], "conflict": [True, False], "moral": ["no", "1"]})
    >>> read_labels(t, labels=["conflict", "moral"])[2].tolist()
    [[1, 0], [0, 1]]
    """
    table = _read_table(data)
    if labels is None:
        found = [c for c in ("frames", "labels") if c in table.columns]
        if not found:
            raise ParameterError(
                "say which column(s) hold the labels: labels='frames' for one column of "
                f"'{separator}'-separated names, or labels=['conflict', ...] for one yes/no "
                f"column per frame; the table has: {', '.join(map(str, table.columns))}")
        labels = found[0]
    needed = [text, labels] if isinstance(labels, str) else [text, *labels]
    missing = [c for c in needed if c not in table.columns]
    if missing:
        raise ParameterError(f"the label table has no column(s) {', '.join(map(repr, missing))}"
                             f"; it has: {', '.join(map(str, table.columns))}")
    texts = table[text].fillna("").astype(str).tolist()
    if isinstance(labels, str):
        sets = [{part.strip() for part in str(v).split(separator) if part.strip()}
                if not _is_missing(v) else set() for v in table[labels]]
        frames = sorted(set().union(*sets)) if sets else []
        y = np.array([[int(f in s) for f in frames] for s in sets], dtype=int).reshape(
            len(sets), len(frames))
    else:
        frames = [str(c) for c in labels]
        if len(set(frames)) != len(frames) or not frames:
            raise ParameterError("labels must name one or more distinct columns")
        y = np.column_stack([_yes_no(table[c], c) for c in labels]).astype(int)
    if not frames:
        raise ParameterError("no frame labels found in the table")
    return texts, frames, y


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _yes_no(column: pd.Series, name) -> np.ndarray:
    out = []
    for row, value in enumerate(column):
        word = "" if _is_missing(value) else str(value).strip().lower()
        if word in TRUE_VALUES:
            out.append(1)
        elif word in FALSE_VALUES:
            out.append(0)
        else:
            raise ParameterError(f"column {name!r}, row {row + 1}: {value!r} is not a yes/no "
                                 f"value; use one of {', '.join(sorted(TRUE_VALUES))} or "
                                 f"{', '.join(sorted(FALSE_VALUES - {''}))}")
    return np.array(out)


def _read_table(data) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, str | Path):
        path = Path(data)
        if not path.exists():
            raise ParameterError(f"label file {path} not found")
        sep = "\t" if path.suffix.lower() in {".tsv", ".tab"} else ","
        return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False)
    raise ParameterError("training data must be a DataFrame or the path of a CSV/TSV file")


def _texts_of(articles) -> tuple[list[str], list[str]]:
    """Ids and texts from a corpus DataFrame, a Series, a list of texts or one text."""
    if isinstance(articles, str):
        articles = [articles]
    if isinstance(articles, pd.DataFrame):
        if "text" not in articles.columns:
            raise ParameterError("the articles have no 'text' column; it has: "
                                 f"{', '.join(map(str, articles.columns))}")
        texts = articles["text"].fillna("").astype(str).tolist()
        ids = (articles["id"].astype(str).tolist() if "id" in articles.columns
               else [f"row-{k + 1}" for k in range(len(texts))])
        return ids, texts
    texts = ["" if _is_missing(t) else str(t) for t in articles]
    return [f"row-{k + 1}" for k in range(len(texts))], texts


class FrameClassifier:
    """Multi-label frame classifier trained on a newsroom's hand-coded articles.

    Parameters
    ----------
    threshold : "tuned" or float
        ``"tuned"`` (default): one threshold per frame, chosen by inner cross-validation on
        the training data (see the module notes). A number strictly between 0 and 1: the
        probability at or above which every frame is predicted.
    random_state : int
        Seed of the inner cross-validation's shuffling (the model itself is deterministic).

    Examples
    --------
    >>> train = pd.DataFrame({"text": [
    ...     "Rivals clash in bitter dispute.", "Opposition attacks the mayor in a row.",
    ...     "Prices rise and costs hit budgets.", "The deal will cost jobs and money.",
    ...     "Rivals row over costs.", "A quiet day in the park."],
    ...     "frames": ["conflict", "conflict", "economic", "economic", "conflict;economic", ""]})
    >>> model = FrameClassifier().fit(train, labels="frames")
    >>> model.frames
    ['conflict', 'economic']
    >>> model.predict(["Rivals clash over costs."])[["conflict", "economic"]].values.tolist()
    [[True, True]]
    """

    def __init__(self, *, threshold: float | str = "tuned", random_state: int = 0):
        if threshold != "tuned" and (not isinstance(threshold, int | float)
                                     or isinstance(threshold, bool) or not 0 < threshold < 1):
            raise ParameterError(f"threshold={threshold!r} is not valid; use 'tuned' or a "
                                 "number between 0 and 1")
        self.threshold = threshold if threshold == "tuned" else float(threshold)
        self.random_state = int(random_state)
        self.thresholds: dict[str, float] = {}
        self.frames: list[str] = []
        self.vocabulary: dict[str, int] = {}
        self.idf = np.zeros(0)
        self.coef = np.zeros((0, 0))
        self.intercept = np.zeros(0)
        self.n_trained = 0
        self._training_texts: list[str] = []
        self._training_y = np.zeros((0, 0), dtype=int)

    # ---- training -------------------------------------------------------------------------
    def fit(self, data, *, text: str = "text", labels: str | Sequence[str] | None = None,
            separator: str = LABEL_SEPARATOR) -> FrameClassifier:
        """Train on a hand-coded table (see :func:`read_labels` for the accepted layouts).

        Returns the classifier itself, so ``FrameClassifier().fit(table)`` reads naturally.
        """
        texts, frames, y = read_labels(data, text=text, labels=labels, separator=separator)
        if len(texts) < 2:
            raise ParameterError("need at least two hand-coded articles to train on")
        self._fit_arrays(texts, frames, y)
        self._training_texts, self._training_y = list(texts), y.copy()
        return self

    def _fit_arrays(self, texts: list[str], frames: list[str], y: np.ndarray) -> None:
        min_df = MIN_ARTICLES if len(texts) >= 2 * MIN_ARTICLES else 1
        for least in dict.fromkeys((min_df, 1)):
            # (a few short texts, as in a cross-validation fold of a small labelled set, may
            # share no word: then every word counts, rather than no word; review 15)
            tfidf = TfidfVectorizer(preprocessor=_normalise, token_pattern=WORD_RE.pattern,
                                    ngram_range=NGRAM_RANGE, stop_words=_stop_words(),
                                    min_df=least, max_features=MAX_TERMS, sublinear_tf=True)
            try:
                tfidf.fit(texts)
                break
            except ValueError as exc:
                error = exc
        else:
            raise ParameterError(f"the {len(texts)} training texts have no usable words: every "
                                 f"word is a stop word or a single character ({error})")
        self.frames = list(frames)
        self.vocabulary = {term: int(k) for term, k in tfidf.vocabulary_.items()}
        self.idf = np.asarray(tfidf.idf_, dtype=float)
        x = self._features(texts)
        self.coef = np.zeros((len(frames), len(self.vocabulary)))
        self.intercept = np.zeros(len(frames))
        for k in range(len(frames)):
            column = y[:, k]
            if column.min() == column.max():  # only one class: a constant model
                p = min(max(column.mean(), CONSTANT_CLIP), 1 - CONSTANT_CLIP)
                self.intercept[k] = math.log(p / (1 - p))
                continue
            model = LogisticRegression(C=C, class_weight="balanced", solver="lbfgs",
                                       max_iter=1000)
            model.fit(x, column)
            self.coef[k] = model.coef_[0]
            self.intercept[k] = model.intercept_[0]
        self.n_trained = len(texts)
        if self.threshold == "tuned":
            self.thresholds = self._tuned_thresholds(texts, y)
        else:
            self.thresholds = {f: self.threshold for f in frames}

    def _tuned_thresholds(self, texts: list[str], y: np.ndarray) -> dict[str, float]:
        """Per-frame threshold with the best F1 on inner out-of-fold probabilities."""
        positives = y.sum(axis=0)
        if len(texts) < TUNING_MIN_ARTICLES:
            return {f: DECISION_THRESHOLD for f in self.frames}
        folds, _ = _folds(y, TUNING_FOLDS, self.random_state)
        proba = np.zeros(y.shape)
        for train_index, test_index in folds:
            inner = FrameClassifier(threshold=DECISION_THRESHOLD)
            inner._fit_arrays([texts[i] for i in train_index], self.frames, y[train_index])
            proba[test_index] = inner.predict_proba(
                [texts[i] for i in test_index])[self.frames].to_numpy()
        out = {}
        for k, frame in enumerate(self.frames):
            if positives[k] < TUNING_FOLDS or positives[k] == len(texts):
                out[frame] = DECISION_THRESHOLD
                continue
            truth = y[:, k] == 1
            scores = [prf(int((truth & (proba[:, k] >= g)).sum()),
                          int((~truth & (proba[:, k] >= g)).sum()),
                          int((truth & (proba[:, k] < g)).sum()))[2] for g in THRESHOLD_GRID]
            out[frame] = THRESHOLD_GRID[int(np.argmax(scores))]
        return out

    def _features(self, texts: list[str]) -> sp.csr_matrix:
        """TF-IDF exactly as at training time, computed from the stored vocabulary and idf."""
        counts = _count_vectorizer(self.vocabulary, stop_words=_stop_words()).transform(texts)
        counts = counts.astype(float).tocsr()
        counts.data = 1.0 + np.log(counts.data)  # sublinear tf
        x = counts.multiply(self.idf).tocsr()
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sp.diags(1.0 / norms) @ x

    def _check_fitted(self) -> None:
        if not self.frames:
            raise ParameterError("the classifier is not trained yet: call fit() or load()")

    # ---- prediction -----------------------------------------------------------------------
    def predict_proba(self, articles) -> pd.DataFrame:
        """P(frame) for each article: ``id`` plus one column per frame.

        ``articles`` is a corpus DataFrame (``text``, optional ``id``), a list of texts or one
        text.
        """
        self._check_fitted()
        ids, texts = _texts_of(articles)
        scores = self._features(texts) @ self.coef.T + self.intercept
        proba = 1.0 / (1.0 + np.exp(-np.asarray(scores)))
        table = pd.DataFrame(proba, columns=self.frames)
        table.insert(0, "id", ids)
        return table

    def predict(self, articles) -> pd.DataFrame:
        """Frames per article: ``id``, one yes/no column per frame, and ``frames`` (the
        predicted names joined by ``"; "``, empty when none)."""
        proba = self.predict_proba(articles)
        table = proba[["id"]].copy()
        for frame in self.frames:
            table[frame] = proba[frame] >= self.thresholds[frame]
        table["frames"] = ["; ".join(f for f in self.frames if row[f])
                           for _, row in table.iterrows()]
        return table

    # ---- evaluation -----------------------------------------------------------------------
    def cross_validate(self, k: int = 5, random_state: int = 0) -> pd.DataFrame:
        """Per-frame precision, recall and F1 from k-fold cross-validation on the training set.

        Folds are stratified on each article's rarest frame (``"none"`` for articles with no
        frame), so every fold holds some examples of each frame; when a stratum has fewer than
        ``k`` articles, plain shuffled k-fold is used instead. Each fold's model is trained
        from scratch (vocabulary and idf included) on the other folds; counts are pooled over
        the out-of-fold predictions. With ``threshold="tuned"`` the thresholds are tuned again
        inside each training part (nested), so the held-out fold never influences them.

        Returns
        -------
        DataFrame
            ``frame, articles, positives, predicted, tp, fp, fn, tn, precision, recall, f1``,
            one row per frame; ``attrs["macro_f1"]`` (mean F1 over frames), ``attrs["split"]``
            (a description of the folds) and ``attrs["n_articles"]``.
        """
        self._check_fitted()
        if not self._training_texts:
            raise ParameterError("cross_validate needs the training data: a loaded model "
                                 "does not keep it; call fit() first")
        texts, y = self._training_texts, self._training_y
        if not isinstance(k, int) or not 2 <= k <= len(texts):
            raise ParameterError(f"k={k!r} must be a whole number from 2 to {len(texts)}")
        folds, split = _folds(y, k, random_state)
        predicted = np.zeros_like(y)
        for train_index, test_index in folds:
            fold = FrameClassifier(threshold=self.threshold, random_state=self.random_state)
            fold._fit_arrays([texts[i] for i in train_index], self.frames, y[train_index])
            predicted[test_index] = fold.predict([texts[i] for i in test_index])[self.frames]
        rows = []
        for j, frame in enumerate(self.frames):
            truth, guess = y[:, j] == 1, predicted[:, j] == 1
            tp, fp = int((truth & guess).sum()), int((~truth & guess).sum())
            fn, tn = int((truth & ~guess).sum()), int((~truth & ~guess).sum())
            precision, recall, f1 = prf(tp, fp, fn)
            rows.append((frame, len(texts), int(truth.sum()), int(guess.sum()), tp, fp, fn, tn,
                         precision, recall, f1))
        table = pd.DataFrame(rows, columns=["frame", "articles", "positives", "predicted", "tp",
                                            "fp", "fn", "tn", "precision", "recall", "f1"])
        table.attrs.update(macro_f1=float(table["f1"].mean()), split=split,
                           n_articles=len(texts))
        self.cv_predictions_ = pd.DataFrame(predicted.astype(bool), columns=self.frames)
        return table

    # ---- active learning ------------------------------------------------------------------
    def suggest_to_label(self, corpus, n: int = 10) -> pd.DataFrame:
        """The ``n`` unlabelled articles whose hand-coding would teach the model most.

        Uncertainty sampling (Lewis & Gale 1994): for each article and frame the margin is
        ``|P(frame) − the frame's threshold|``; an article's uncertainty is its smallest margin
        over the frames. The articles with the smallest margins are those the model is least sure
        about, so a label for them moves the decision boundary most. Articles whose text is in
        the training set are skipped; ties go to the earlier article.

        Returns
        -------
        DataFrame
            ``id, title`` (when the corpus has titles), ``frame`` (the most uncertain frame),
            ``probability``, ``margin`` and ``reason`` (a sentence), most uncertain first.
        """
        self._check_fitted()
        if not isinstance(n, int) or n < 0:
            raise ParameterError(f"n={n!r} must be a whole number of 0 or more")
        proba = self.predict_proba(corpus)
        _, texts = _texts_of(corpus)
        seen = set(self._training_texts)
        values = proba[self.frames].to_numpy()
        cut = np.array([self.thresholds[f] for f in self.frames])
        margins = np.abs(values - cut)
        which = margins.argmin(axis=1)
        table = pd.DataFrame({
            "id": proba["id"],
            "frame": [self.frames[j] for j in which],
            "probability": values[np.arange(len(values)), which],
            "margin": margins[np.arange(len(values)), which],
            "threshold": cut[which],
        })
        if isinstance(corpus, pd.DataFrame) and "title" in corpus.columns:
            table.insert(1, "title", corpus["title"].tolist())
        table["_order"] = np.arange(len(table))
        table = table[[t not in seen for t in texts]]
        table = table.sort_values(["margin", "_order"]).head(n).drop(columns="_order")
        table["reason"] = [
            f"P({f}) = {p:.2f}, {m:.2f} from its threshold {c:g}: the model cannot tell "
            f"whether it is {f}" for f, p, m, c in
            zip(table["frame"], table["probability"], table["margin"], table["threshold"],
                strict=True)]
        return table.drop(columns="threshold").reset_index(drop=True)

    # ---- saving ---------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """The model as plain JSON-ready data (see :meth:`save`)."""
        self._check_fitted()
        terms = [""] * len(self.vocabulary)
        for term, k in self.vocabulary.items():
            terms[k] = term
        body = {
            "frames": self.frames,
            "threshold_rule": self.threshold,
            "thresholds": [self.thresholds[f] for f in self.frames],
            "n_trained": self.n_trained,
            "features": {"ngram_range": list(NGRAM_RANGE), "lowercase": True,
                         "sublinear_tf": True, "norm": "l2", "stop_words": "sklearn-english",
                         "token_pattern": WORD_RE.pattern},
            "vocabulary": terms,
            "idf": self.idf.tolist(),
            "coef": self.coef.tolist(),
            "intercept": self.intercept.tolist(),
        }
        return {"format": FILE_FORMAT, "format_version": FORMAT_VERSION,
                "sha256": _checksum(body), "model": body}

    def save(self, path: str | Path) -> Path:
        """Write the model as JSON (UTF-8): format name and version, settings, vocabulary
        (terms in column order), idf, coefficients and intercepts per frame, and a SHA-256
        checksum of the ``model`` part. Floats are written exactly, so a loaded model predicts
        identically. Returns the path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> FrameClassifier:
        """Read a model written by :meth:`save`; raises :class:`ModelFileError` when the file
        is not one, is of another format version, or was changed after saving."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelFileError(f"{path}: not a readable JSON frame model ({exc})") from exc
        return cls.from_dict(data, source=str(path))

    @classmethod
    def from_dict(cls, data, *, source: str = "<dict>") -> FrameClassifier:
        """Build a classifier from :meth:`to_dict` output, validating every field."""
        def bad(why: str) -> ModelFileError:
            return ModelFileError(f"{source}: {why}")

        if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
            raise bad(f"not a frame model file (expected format {FILE_FORMAT!r})")
        if data.get("format_version") != FORMAT_VERSION:
            raise bad(f"format version {data.get('format_version')!r} is not supported; this "
                      f"version of the suite reads version {FORMAT_VERSION}")
        body = data.get("model")
        if not isinstance(body, dict) or data.get("sha256") != _checksum(body):
            raise bad("checksum mismatch: the file was changed or damaged after it was saved")
        expected = {"ngram_range": list(NGRAM_RANGE), "lowercase": True, "sublinear_tf": True,
                    "norm": "l2", "stop_words": "sklearn-english",
                    "token_pattern": WORD_RE.pattern}
        if body.get("features") != expected:
            raise bad("feature settings differ from this version of the suite")
        try:
            frames = [str(f) for f in body["frames"]]
            terms = body["vocabulary"]
            idf = np.asarray(body["idf"], dtype=float)
            coef = np.asarray(body["coef"], dtype=float)
            intercept = np.asarray(body["intercept"], dtype=float)
            thresholds = [float(t) for t in body["thresholds"]]
            rule = body["threshold_rule"]
            rule = rule if rule == "tuned" else float(rule)
            n_trained = int(body["n_trained"])
        except (KeyError, TypeError, ValueError) as exc:
            raise bad(f"missing or malformed field ({exc})") from exc
        n_terms = len(terms) if isinstance(terms, list) else -1
        if (not frames or len(set(frames)) != len(frames)
                or not all(isinstance(t, str) for t in terms) or len(set(terms)) != n_terms
                or idf.shape != (n_terms,) or coef.shape != (len(frames), n_terms)
                or intercept.shape != (len(frames),) or len(thresholds) != len(frames)
                or not all(0 < t < 1 for t in thresholds)
                or not all(np.isfinite(a).all() for a in (idf, coef, intercept))):
            raise bad("fields are inconsistent (frame, vocabulary and coefficient sizes must "
                      "agree; numbers must be finite)")
        model = cls(threshold=rule)
        model.thresholds = dict(zip(frames, thresholds, strict=True))
        model.frames, model.idf, model.coef, model.intercept = frames, idf, coef, intercept
        model.vocabulary = {term: k for k, term in enumerate(terms)}
        model.n_trained = n_trained
        return model


def _checksum(body: dict) -> str:
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _folds(y: np.ndarray, k: int, random_state: int):
    """Fold indices stratified on each article's rarest frame, and a description."""
    prevalence = y.sum(axis=0)
    strata = []
    for row in y:
        present = np.flatnonzero(row)
        strata.append("none" if not len(present) else
                      str(present[np.argmin(prevalence[present])]))
    counts = pd.Series(strata).value_counts()
    if counts.min() >= k:
        splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=random_state)
        folds = list(splitter.split(np.zeros(len(y)), strata))
        split = (f"{k}-fold cross-validation by article, stratified on each article's rarest "
                 f"frame, shuffled with seed {random_state}")
    else:
        splitter = KFold(n_splits=k, shuffle=True, random_state=random_state)
        folds = list(splitter.split(np.zeros(len(y))))
        split = (f"{k}-fold cross-validation by article (not stratified: a frame stratum has "
                 f"fewer than {k} articles), shuffled with seed {random_state}")
    return folds, split


def describe_cross_validation(table: pd.DataFrame) -> str:
    """Reading of a :meth:`FrameClassifier.cross_validate` table.

    >>> t = pd.DataFrame({"frame": ["a", "b"], "f1": [0.8, 0.4], "precision": [0.9, 0.5],
    ...                   "recall": [0.7, 0.3], "positives": [10, 4]})
    >>> print(describe_cross_validation(t))
    Macro-F1 0.60 over 2 frames; best a (F1 0.80, 10 hand-coded positives), weakest b (F1 0.40,
    4 positives).
    """
    if table.empty:
        return "No frames were evaluated."
    ordered = table.sort_values(["f1", "frame"], ascending=[False, True])
    best, worst = ordered.iloc[0], ordered.iloc[-1]
    return (f"Macro-F1 {table['f1'].mean():.2f} over {len(table)} frames; best {best['frame']} "
            f"(F1 {best['f1']:.2f}, {best['positives']} hand-coded positives), weakest "
            f"{worst['frame']} (F1 {worst['f1']:.2f}, {worst['positives']} positives).")
