"""Loading: every input format, column mapping, and each documented behaviour for bad input."""

from __future__ import annotations

import gzip
import json
import warnings

import pandas as pd
import pytest

from analysis import (
    SCHEMA,
    CorpusError,
    CorpusWarning,
    MissingColumnError,
    ParameterError,
    UnknownFormatError,
    load_corpus,
    load_issues,
)
from analysis.config import SAMPLE_CORPUS

ROWS = [
    {"id": "a1", "outlet": "Meridian Wire", "published": "2026-09-03T09:15:00+02:00",
     "title": "Pumps due", "text": "“It is a disaster,” she said. He didn’t agree."},
    {"id": "a2", "outlet": "The Daily Lantern", "published": "2026-09-04",
     "title": "Second", "text": "Plain text — with a dash."},
]


def load_quietly(source, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(source, **options)


def check_two_rows(corpus: pd.DataFrame) -> None:
    assert list(corpus.columns[: len(SCHEMA)]) == list(SCHEMA)
    assert corpus["id"].tolist() == ["a1", "a2"]
    assert corpus["text"].tolist() == [r["text"] for r in ROWS]  # exactly as written
    assert corpus["outlet"].tolist() == ["Meridian Wire", "The Daily Lantern"]
    assert str(corpus["published"].dt.tz) == "UTC"
    assert corpus["published"].iloc[0] == pd.Timestamp("2026-09-03 07:15", tz="UTC")


# ------------------------------------------------------------------------- formats


def test_dataframe_input_is_not_changed():
    frame = pd.DataFrame(ROWS)
    before = frame.copy()
    check_two_rows(load_corpus(frame))
    pd.testing.assert_frame_equal(frame, before)


def test_csv(tmp_path):
    path = tmp_path / "articles.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False)
    check_two_rows(load_corpus(path))


def test_tsv_with_multiline_text(tmp_path):
    rows = [dict(ROWS[0], text="Line one.\n\nLine two."), ROWS[1]]
    path = tmp_path / "articles.tsv"
    pd.DataFrame(rows).to_csv(path, sep="\t", index=False)
    corpus = load_corpus(path)
    assert corpus["text"].iloc[0] == "Line one.\n\nLine two."


def test_jsonl_and_gzip(tmp_path):
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n"
    (tmp_path / "a.jsonl").write_text(lines, encoding="utf-8")
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(lines.encode("utf-8")))
    check_two_rows(load_corpus(tmp_path / "a.jsonl"))
    check_two_rows(load_corpus(tmp_path / "b.jsonl.gz"))


@pytest.mark.parametrize("wrap", [lambda rows: rows, lambda rows: {"articles": rows}])
def test_json(tmp_path, wrap):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(wrap(ROWS), ensure_ascii=False), encoding="utf-8")
    check_two_rows(load_corpus(path))


def test_parquet(tmp_path):
    path = tmp_path / "a.parquet"
    pd.DataFrame(ROWS).to_parquet(path)
    check_two_rows(load_corpus(path))


def test_folder_of_txt_md_html(tmp_path):
    (tmp_path / "one.txt").write_text("Headline one\nBody “quoted”.", encoding="utf-8")
    (tmp_path / "two.md").write_text("# Markdown title\n\nBody.", encoding="utf-8")
    (tmp_path / "three.html").write_text(
        "<html lang='en'><head><title>HTML title</title>"
        "<meta property='og:site_name' content='Harbour Courier'>"
        "<meta property='article:published_time' content='2026-10-15T08:00:00Z'>"
        "<script>var x = 1;</script></head><body><nav>Home | News</nav><article>"
        "<h1>HTML title</h1><p>The council’s <a href='#'>vote</a> passed.</p>"
        "<p>It was 7&ndash;4.</p></article><footer>© Courier</footer></body></html>",
        encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x\n1\n", encoding="utf-8")
    corpus = load_quietly(tmp_path, outlet="Test Outlet")
    by_id = corpus.set_index("id")
    assert sorted(by_id.index) == ["one", "three", "two"]
    assert by_id.loc["one", "title"] == "Headline one"
    assert by_id.loc["one", "text"] == "Headline one\nBody “quoted”."
    assert by_id.loc["two", "title"] == "Markdown title"
    html = by_id.loc["three"]
    assert html["title"] == "HTML title"
    assert html["text"] == "HTML title\n\nThe council’s vote passed.\n\nIt was 7–4."
    assert html["outlet"] == "Harbour Courier"
    assert html["language"] == "en"
    assert html["published"] == pd.Timestamp("2026-10-15 08:00", tz="UTC")
    assert by_id.loc["one", "outlet"] == "Test Outlet"  # the page named none
    assert "ignored" in load_issues(corpus)["action"].str.cat()


def test_media_cloud_export(tmp_path):
    path = tmp_path / "mc.csv"
    path.write_text(
        "stories_id,publish_date,title,url,language,media_id,media_name,media_url\n"
        "101,2026-09-03 10:00:00,Pumps arrive,https://x.example/1,en,5,Harbour Courier,x.example\n"
        "102,2026-09-04 11:30:00,Vote tonight,https://x.example/2,en,5,Harbour Courier,x.example\n",
        encoding="utf-8")
    with pytest.warns(CorpusWarning, match="without article text"):
        corpus = load_corpus(path)
    assert corpus["id"].tolist() == ["101", "102"]
    assert corpus["outlet"].unique().tolist() == ["Harbour Courier"]
    assert corpus["text"].tolist() == ["Pumps arrive", "Vote tonight"]
    assert (corpus["text_source"] == "title").all()
    assert corpus["media_id"].tolist() == [5, 5]  # extra numeric column kept as numbers


def test_rss_and_atom_feeds(tmp_path):
    rss = tmp_path / "feed.xml"
    rss.write_text(
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        "<title>Harbour Courier</title><language>en</language>"
        "<item><guid>c-1</guid><title>Memo leaked</title><link>https://c.example/1</link>"
        "<pubDate>Thu, 15 Oct 2026 08:00:00 +0000</pubDate>"
        "<description>&lt;p&gt;Costs &lt;b&gt;may&lt;/b&gt; rise.&lt;/p&gt;</description>"
        "</item></channel></rss>", encoding="utf-8")
    corpus = load_corpus(rss)
    row = corpus.iloc[0]
    assert (row["id"], row["outlet"], row["title"], row["text"]) == (
        "c-1", "Harbour Courier", "Memo leaked", "Costs may rise.")
    assert row["published"] == pd.Timestamp("2026-10-15 08:00", tz="UTC")
    atom = tmp_path / "feed.atom"
    atom.write_text(
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<title>Radio Velm</title><entry><id>v-1</id><title>Interview</title>"
        "<updated>2026-09-15T12:00:00Z</updated><content type='html'>&lt;p&gt;He spoke."
        "&lt;/p&gt;</content></entry></feed>", encoding="utf-8")
    assert load_corpus(atom)[["id", "outlet", "text"]].values.tolist() == [
        ["v-1", "Radio Velm", "He spoke."]]


def test_bundled_sample_loads_cleanly():
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        corpus = load_corpus(SAMPLE_CORPUS)
    assert len(corpus) >= 60
    assert corpus["outlet"].nunique() >= 4
    assert corpus["published"].notna().all()
    assert (corpus["published"].max() - corpus["published"].min()).days >= 90


# ------------------------------------------------------------------------- column mapping


def test_obvious_names_are_mapped():
    corpus = load_corpus(pd.DataFrame({"body": ["x."], "media_name": ["W"], "date": ["2026-01-02"],
                                       "headline": ["h"], "extra": [7]}))
    assert corpus[["text", "outlet", "title", "extra"]].values.tolist() == [["x.", "W", "h", 7]]
    assert corpus["published"].iloc[0] == pd.Timestamp("2026-01-02", tz="UTC")


def test_explicit_mapping_wins():
    frame = pd.DataFrame({"story": ["real text"], "text": ["summary"], "paper": ["P"]})
    corpus = load_corpus(frame, columns={"story": "text", "paper": "outlet"})
    assert corpus[["text", "outlet"]].values.tolist() == [["real text", "P"]]


@pytest.mark.parametrize(
    ("columns", "message"),
    [({"nope": "text"}, "'nope', which is not in the input"),
     ({"story": "body"}, "'body' is not a schema column")],
)
def test_bad_mapping(columns, message):
    with pytest.raises(MissingColumnError, match=message):
        load_corpus(pd.DataFrame({"story": ["x"]}), columns=columns)


# ------------------------------------------------------------------------- bad input


def test_missing_text_column_names_file_and_columns(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,headline\n1,Hello\n", encoding="utf-8")
    with pytest.raises(MissingColumnError) as error:
        load_corpus(path)
    message = str(error.value)
    assert str(path) in message and "columns found: id, headline" in message
    assert "columns={'<column>': 'text'}" in message


def test_malformed_jsonl_line_names_line_and_column(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "outlet": "W", "text": "ok"}\n{"id": "b", "text": oops}\n[1, 2]\n',
                    encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        load_corpus(path)
    assert (error.value.line, error.value.column) == (2, 21)
    assert f"{path}, line 2, column 21" in str(error.value)
    with pytest.warns(CorpusWarning):
        corpus = load_corpus(path, on_error="skip")
    assert corpus["id"].tolist() == ["a"]
    issues = load_issues(corpus)
    assert issues["row"].tolist() == [2, 3]
    assert issues["action"].unique().tolist() == ["set aside"]


def test_csv_row_with_wrong_field_count(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('id,outlet,text\n1,W,"fine, really"\n2,W,too,many\n3,W,ok\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="line 3, column 4: has 4 fields, the header has 3"):
        load_corpus(path)
    corpus = load_quietly(path, on_error="skip")
    assert corpus["id"].tolist() == ["1", "3"]
    assert load_issues(corpus)["row"].tolist() == [3]


def test_malformed_json_file(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('[{"id": "a",\n "text": }]', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"line 2, column 10: not valid JSON"):
        load_corpus(path)


@pytest.mark.parametrize(
    ("name", "content", "error", "message"),
    [("a.docx", b"x", UnknownFormatError, "unknown format '.docx'"),
     ("missing.csv", None, CorpusError, "no such file"),
     ("a.parquet", b"not parquet", CorpusError, "not a readable Parquet file"),
     ("a.csv", b"", CorpusError, "empty"),
     ("a.xml", b"<html>nothing</html>", CorpusError, "no feed entries")],
)
def test_unreadable_inputs(tmp_path, name, content, error, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error, match=message) as caught:
        load_corpus(path)
    assert str(path) in str(caught.value)


def test_bad_options_list_valid_values():
    with pytest.raises(ParameterError, match="'raise', 'skip'"):
        load_corpus(pd.DataFrame({"text": ["x"]}), on_error="ignore")
    with pytest.raises(ParameterError, match="'csv'"):
        load_corpus(pd.DataFrame({"text": ["x"]}), format="excel")


def test_duplicate_ids():
    frame = pd.DataFrame({"id": ["a", "a", "a", "b"], "outlet": "W",
                          "text": ["same", "same", "different", "other"]})
    with pytest.warns(CorpusWarning, match="exact duplicate"):
        corpus = load_corpus(frame)
    assert corpus["id"].tolist() == ["a", "a~2", "b"]  # exact repeat set aside, clash renamed
    assert corpus["text"].tolist() == ["same", "different", "other"]
    issues = load_issues(corpus)
    assert issues[["row", "action"]].values.tolist() == [[2, "set aside"], [3, "kept as 'a~2'"]]


def test_empty_texts_are_kept_and_listed():
    frame = pd.DataFrame({"id": ["a", "b", "c"], "outlet": "W", "text": ["x", "  ", None]})
    with pytest.warns(CorpusWarning, match="2 × empty text"):
        corpus = load_corpus(frame)
    assert corpus["text"].tolist() == ["x", "  ", ""]
    assert load_issues(corpus)["id"].tolist() == ["b", "c"]


def test_unparseable_dates_keep_the_original():
    frame = pd.DataFrame({"text": ["x", "y", "z", "w"], "outlet": "W",
                          "published": ["2026-09-03 10:00", "next Tuesday", None, 1788000000]})
    with pytest.warns(CorpusWarning, match="unparseable date"):
        corpus = load_corpus(frame)
    assert corpus["published"].iloc[0] == pd.Timestamp("2026-09-03 10:00", tz="UTC")  # naive=UTC
    assert pd.isna(corpus["published"].iloc[1]) and pd.isna(corpus["published"].iloc[2])
    assert corpus["published"].iloc[3] == pd.Timestamp(1788000000, unit="s", tz="UTC")
    assert corpus["published_raw"].tolist()[:2] == [None, "next Tuesday"]
    assert load_issues(corpus)["row"].tolist() == [2]


def test_non_utf8_file_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("id,text\n1,La décision du président était « définitive ».\n"
                     .encode("cp1252"))
    with pytest.warns(CorpusWarning, match="not valid UTF-8"):
        corpus = load_corpus(path)
    assert corpus["text"].iloc[0] == "La décision du président était « définitive »."
    forced = load_corpus(path, encoding="cp1252")
    assert forced["text"].iloc[0] == corpus["text"].iloc[0]
    with pytest.raises(CorpusError, match="cannot decode as 'ascii'"):
        load_corpus(path, encoding="ascii")


def test_missing_outlet_and_ids_are_filled_and_listed(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "one"}\n{"text": "two", "outlet": "W"}\n', encoding="utf-8")
    corpus = load_quietly(path)
    assert corpus["id"].tolist() == ["batch-1", "batch-2"]
    assert corpus["outlet"].tolist() == ["unknown", "W"]
    assert "1 article(s) name no outlet" in load_issues(corpus)["problem"].tolist()


def test_empty_and_repeated_header_names_are_renamed_and_listed(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("text,,source,source\nHello.,x,W,V\n", encoding="utf-8")
    corpus = load_quietly(path)
    assert {"column_2", "source_2"} <= set(corpus.columns)
    assert corpus["outlet"].tolist() == ["W"]
    assert load_issues(corpus)["action"].tolist()[:2] == ["renamed to 'column_2'",
                                                         "renamed to 'source_2'"]
