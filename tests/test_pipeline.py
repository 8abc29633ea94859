"""The analyze() contract: four tables, one article row per input article, exact offsets."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from analysis import ANALYZERS, Analysis, CorpusWarning, ParameterError, analyze, load_corpus
from analysis.pipeline import ATTRIBUTION_COLUMNS, SENTENCE_COLUMNS, SPAN_COLUMNS

from .conftest import HAND_ARTICLES


@pytest.fixture
def result(hand_corpus) -> Analysis:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return analyze(load_corpus(hand_corpus))


def test_four_tables_with_their_columns(result):
    assert list(result.sentences.columns[:5]) == list(SENTENCE_COLUMNS)
    assert list(result.spans.columns) == list(SPAN_COLUMNS)
    assert list(result.attributions.columns[: len(ATTRIBUTION_COLUMNS)]) == list(
        ATTRIBUTION_COLUMNS)
    assert "text" not in result.articles.columns  # text stays in result.corpus


def test_every_article_kept_with_hand_counted_numbers(result):
    articles = result.articles.set_index("id")
    assert list(articles.index) == list(HAND_ARTICLES)  # empty article included, order kept
    for article_id, (_, n_sentences, n_words) in HAND_ARTICLES.items():
        assert articles.loc[article_id, "n_sentences"] == n_sentences, article_id
        assert articles.loc[article_id, "n_words"] == n_words, article_id
    assert articles["is_empty"].tolist() == [False, False, True]


def test_sentence_offsets_point_into_the_text(result):
    for row in result.sentences.itertuples():
        text = result.article_text(row.article_id)
        assert text[row.start:row.end] == row.text
    per_article = result.sentences.groupby("article_id").size()
    assert per_article.to_dict() == result.articles.set_index("id")["n_sentences"][
        lambda s: s > 0].to_dict()


def test_sentence_word_counts_sum_to_article(result):
    summed = result.sentences.groupby("article_id")["n_words"].sum()
    articles = result.articles.set_index("id")
    for article_id, total in summed.items():
        assert total == articles.loc[article_id, "n_words"]


def test_accepts_a_path_and_unknown_analyzer_is_an_error(tmp_path, hand_corpus):
    path = tmp_path / "c.jsonl"
    hand_corpus.to_json(path, orient="records", lines=True, force_ascii=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        assert len(analyze(path).articles) == 3
    with pytest.raises(ParameterError, match="choose from 'basic'"):
        analyze(hand_corpus, analyzers=["framing-typo"])


def test_input_not_changed_and_duplicates_refused(hand_corpus):
    corpus = load_corpus(hand_corpus.iloc[:2])
    before = corpus.copy()
    analyze(corpus)
    pd.testing.assert_frame_equal(corpus, before)
    doubled = pd.concat([corpus, corpus])
    with pytest.raises(ParameterError, match="duplicate ids"):
        analyze(doubled)


def test_every_registered_analyzer_runs_on_empty_and_odd_text():
    corpus = load_corpus(pd.DataFrame({"outlet": "W", "text": ["", "“", "...", "a\x00b.", "«»"]}))
    out = analyze(corpus, analyzers=list(ANALYZERS))
    assert len(out.articles) == 5
    for row in out.spans.itertuples():
        assert out.article_text(row.article_id)[row.start:row.end] == row.text


def test_empty_corpus_and_column_clashes():
    empty = load_corpus(pd.DataFrame(columns=["id", "outlet", "text"]))
    assert len(empty) == 0 and len(analyze(empty).articles) == 0
    with pytest.raises(ParameterError, match="'n_words'"):
        analyze(pd.DataFrame({"outlet": "W", "text": ["One two."], "n_words": [2]}))


def test_schema_frame_with_missing_text_is_normalised():
    frame = load_corpus(pd.DataFrame({"outlet": "W", "text": ["One.", "Two."]}))
    frame.loc[1, "text"] = None
    with pytest.warns(CorpusWarning, match="empty text"):
        out = analyze(frame)
    assert out.articles["is_empty"].tolist() == [False, True]


@pytest.mark.parametrize(
    ("values", "dtype"),
    [
        ([3, 1, 4], "int64"),
        ([0.5, float("nan")], "float64"),
        ([True, False], "bool"),
        (["a", "b"], "str"),
        ([1, True], "object"),      # ints and bools together: not one numpy type
        ([1, 2.5], "float64"),      # mixed numbers: pandas makes them float
        ([1, None], "float64"),     # a missing int: NaN in a float column
        ([True, None], "object"),
        ([2**63], "uint64"),        # beyond int64: pandas' own choice
        ([2**70], "object"),
        ([np.int64(7), 8], "int64"),
    ],
)
def test_frame_gives_the_dtypes_pandas_infers(values, dtype):
    from analysis.pipeline import _frame

    built = _frame({"v": values})["v"]
    assert str(built.dtype) == dtype
    pd.testing.assert_series_equal(built, pd.DataFrame({"v": values})["v"])


def test_frame_without_rows_has_object_columns():
    from analysis.pipeline import _frame

    assert _frame({"a": [], "b": []}).dtypes.astype(str).tolist() == ["object", "object"]


def _odd_analyzer(doc):
    """Output shapes the real analyzers rarely give: a sentence column on one article only,
    attributions with an extra key and (in the second article) a missing one."""
    if doc.text.startswith("One"):
        doc.set_sentence_column("odd", [1.5] * len(doc.sentences))
        doc.attributions.append({c: 0 if c.endswith(("start", "end")) else "x"
                                 for c in ATTRIBUTION_COLUMNS[1:]} | {"note": "a"})
    else:
        row = {c: 1 if c.endswith(("start", "end")) else "y" for c in ATTRIBUTION_COLUMNS[1:]}
        del row["quote_end"]
        doc.attributions += [row, dict(row)]


@pytest.mark.parametrize("order", [("One. Two.", "Three."), ("Three.", "One. Two.")])
def test_chunk_tables_with_odd_analyzer_output(monkeypatch, order):
    from analysis import pipeline

    monkeypatch.setitem(pipeline.ANALYZERS, "odd", _odd_analyzer)
    keys = [pipeline.content_hash(t) for t in order]
    part = pipeline.analyze_chunk(keys, ["a", "b"], list(order), ["basic", "odd"], None)
    by_text = dict(zip(keys, order, strict=True))
    odd = {by_text[k]: v for k, v in part.sentences.groupby("_hash", sort=False)["odd"]
           .agg(list).items()}
    assert odd["One. Two."] == [1.5, 1.5]
    assert pd.isna(odd["Three."]).all()  # the article the analyzer gave no column
    rows = part.attributions.assign(text=part.attributions["_hash"].map(by_text))
    assert rows["_row"].tolist() == ([0, 0, 1] if order[0] == "One. Two." else [0, 1, 0])
    one = rows[rows["text"] == "One. Two."].iloc[0]
    assert (one["quote_end"], one["note"]) == (0, "a")
    three = rows[rows["text"] == "Three."]
    assert three["quote_end"].isna().all() and three["note"].isna().all()
    assert three["quote_start"].tolist() == [1, 1]


@pytest.mark.parametrize(
    ("text", "n_words", "per_sentence", "share"),
    [
        ("The cat sat on the mat.", 6, [6], 3 / 6),               # The, on, the
        ("THE Plan Is NOT Ready. Yes.", 6, [5, 1], 3 / 6),        # capitals count too
        ("It's a well-known U.S.-style plan.", 5, [5], 1 / 5),    # only "a"; it's is one word
        ("Don’t go to the store!", 5, [5], 3 / 5),                # go, to, the; don’t is not
        ("Le ministre a déclaré que le plan n’était pas prêt.", 10, [10], 1 / 10),
        ("", 0, [], 0.0),
    ],
)
def test_basic_counts_words_and_function_words(text, n_words, per_sentence, share):
    from analysis.pipeline import analyze_document
    from analysis.text import english_share

    doc = analyze_document("a", text, ["basic"])
    assert doc.metrics["n_words"] == n_words
    assert doc.sentence_values["n_words"] == per_sentence
    assert doc.metrics["english_share"] == pytest.approx(share)
    assert doc.metrics["english_share"] == english_share(text)  # the text-wide definition


def _gc_probe(doc):
    """An analyzer that records whether the cyclic garbage collector is on while it runs."""
    import gc

    doc.metrics["gc_on"] = gc.isenabled()


@pytest.mark.parametrize(("on_before", "raises"), [(True, False), (False, False), (True, True)])
def test_analyze_chunk_pauses_the_garbage_collector_and_restores_it(monkeypatch, on_before,
                                                                    raises):
    import gc

    from analysis import pipeline

    def failing(doc):
        raise RuntimeError("analyzer failed")

    monkeypatch.setitem(pipeline.ANALYZERS, "probe", _gc_probe)
    monkeypatch.setitem(pipeline.ANALYZERS, "failing", failing)
    chosen = ["basic", "probe", *(["failing"] if raises else [])]
    was_on = gc.isenabled()
    (gc.enable if on_before else gc.disable)()
    try:
        if raises:
            with pytest.raises(RuntimeError):
                pipeline.analyze_chunk(["k"], ["a"], ["One. Two."], chosen, None)
        else:
            part = pipeline.analyze_chunk(["k"], ["a"], ["One. Two."], chosen, None)
            assert part.articles["gc_on"].tolist() == [False]  # paused while analysing
        assert gc.isenabled() == on_before  # as it was before, also after a failure
    finally:
        (gc.enable if was_on else gc.disable)()


@pytest.mark.parametrize("text, share", [
    ("THE Minister And the plan.", 3 / 5),       # function words in any case count
    ("The the THE tHe.", 1.0),                   # one word in four spellings
    ("Le ministre a déclaré.", 1 / 4),           # only "a" is an English function word
])
@pytest.mark.parametrize("limit", [100_000, 0])  # 0: the word table emptied every article
def test_english_share_counts_function_words_in_any_case(monkeypatch, text, share, limit):
    import analysis.pipeline as pipeline

    monkeypatch.setattr(pipeline, "MAX_CACHED_WORDS", limit)
    articles = analyze(pd.DataFrame({"text": [text, text]}), analyzers=["basic"],
                       cache=None).articles
    assert articles["english_share"].tolist() == [share, share]


def test_what_someone_told_the_articles_own_outlet_is_not_relayed():
    """"told the Lantern" is first-hand in The Daily Lantern's own article and relayed in
    another outlet's: the same text under two outlets gives two results (and two cache keys)."""
    text = ("Mayor Ana Lind told the Lantern the new reservoir would open in the spring. "
            "The council said the budget was agreed.")
    corpus = pd.DataFrame({"id": ["own", "other"], "outlet": ["The Daily Lantern",
                                                            "Meridian Wire"],
                           "text": [text, text]})
    result = analyze(corpus, cache=False, n_jobs=1)
    second = result.articles.set_index("id")["secondhand"]
    assert not second["own"] and second["other"]
    via = result.attributions.set_index("article_id")["via"].fillna("")
    assert set(via.loc[["own"]]) == {""} and "Lantern" in set(via.loc[["other"]])
