"""Loading a newsroom's own files (review 10): one date reading per column, HTML in text
columns, repeats without an id, hints for unrecognised columns, unclosed quotes, other
separators, short Latin-1 files, nested JSON and outlet names that differ only in case.

Every fixture is small, hand-written and invented."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from analysis import CorpusWarning, ParameterError, load_corpus, load_issues
from analysis.corpus import LOAD_OPTIONS, iter_corpus, parse_dates


def load_quietly(source, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(source, **options)


def problems(corpus) -> list[str]:
    return load_issues(corpus)["problem"].tolist()


def day(stamps) -> list[str]:
    return [f"{d:%Y-%m-%d}" if not pd.isna(d) else "NaT" for d in stamps]


# ------------------------------------------------------------------ 1. one date reading per column


def write_dates(tmp_path, dates, name="dates.csv"):
    frame = pd.DataFrame({"id": [f"d{i}" for i in range(len(dates))],
                          "text": [f"Story {i}." for i in range(len(dates))],
                          "pubdate": dates})
    path = tmp_path / name
    frame.to_csv(path, index=False)
    return path


def test_day_first_column_is_read_day_first_throughout(tmp_path):
    path = write_dates(tmp_path, ["01/03/2026 07:00", "12/04/2026", "13/03/2026"])
    corpus = load_quietly(path, columns={"pubdate": "published"})
    assert day(corpus["published"]) == ["2026-03-01", "2026-04-12", "2026-03-13"]
    assert not any("day-first or month-first" in p for p in problems(corpus))


def test_month_first_column_is_read_month_first_throughout(tmp_path):
    path = write_dates(tmp_path, ["03/01/2026", "04/12/2026", "03/13/2026"])
    corpus = load_quietly(path, columns={"pubdate": "published"})
    assert day(corpus["published"]) == ["2026-03-01", "2026-04-12", "2026-03-13"]


def test_a_column_that_does_not_tell_is_listed_and_warned(tmp_path):
    path = write_dates(tmp_path, ["01/03/2026", "02/03/2026"])
    with pytest.warns(CorpusWarning, match="could be day-first or month-first"):
        corpus = load_corpus(path, columns={"pubdate": "published"})
    assert day(corpus["published"]) == ["2026-01-03", "2026-02-03"]  # documented default
    issue = load_issues(corpus).query("problem.str.contains('day-first')", engine="python")
    assert len(issue) == 1 and "'01/03/2026'" in issue["problem"].iloc[0]
    assert "dayfirst=True" in issue["action"].iloc[0]


def test_dayfirst_option_decides_and_refuses_impossible_values(tmp_path):
    path = write_dates(tmp_path, ["01/03/2026", "02/03/2026", "03/13/2026"])
    corpus = load_quietly(path, columns={"pubdate": "published"}, dayfirst=True)
    assert day(corpus["published"]) == ["2026-03-01", "2026-03-02", "NaT"]
    assert "unparseable date '03/13/2026'" in problems(corpus)
    assert not any("day-first or month-first" in p for p in problems(corpus))
    with pytest.raises(ParameterError, match="dayfirst"):
        load_corpus(path, dayfirst="yes")
    assert "dayfirst" in LOAD_OPTIONS


def test_a_column_written_both_ways_is_listed(tmp_path):
    path = write_dates(tmp_path, ["13/03/2026", "03/14/2026", "01/02/2026"])
    corpus = load_quietly(path, columns={"pubdate": "published"})
    assert day(corpus["published"]) == ["2026-03-13", "2026-03-14", "2026-01-02"]
    assert any(p.startswith("dates written both ways") for p in problems(corpus))


def test_a_column_mixing_formats_is_listed(tmp_path):
    path = write_dates(tmp_path, ["14/03/2026", "15/03/2026", "2026-03-21"])
    corpus = load_quietly(path, columns={"pubdate": "published"})
    assert day(corpus["published"]) == ["2026-03-14", "2026-03-15", "2026-03-21"]
    assert any("mixes formats: 2 like '14/03/2026', 1 like '2026-03-21'" in p
               for p in problems(corpus))


def test_parse_dates_reads_the_column_as_a_whole():
    values = pd.Series(["05/03/2026", "28/03/2026"])
    assert day(parse_dates(values)) == ["2026-03-05", "2026-03-28"]
    assert day(parse_dates(values, dayfirst=False)) == ["2026-05-03", "NaT"]


def test_a_stream_keeps_the_reading_its_first_batch_decided(tmp_path):
    path = write_dates(tmp_path, ["25/03/2026", "05/04/2026", "06/04/2026"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        batches = list(iter_corpus(path, batch_size=1, columns={"pubdate": "published"}))
    assert day(pd.concat(batches)["published"]) == ["2026-03-25", "2026-04-05", "2026-04-06"]


# ------------------------------------------------------------------ 2. HTML markup in a text column

MARKUP = "<p>The quay <b>flooded</b>.</p><p>&ldquo;Never again,&rdquo; said Ona Vell.</p><br/>"
PLAIN = "The quay flooded.\n\n“Never again,” said Ona Vell."


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_markup_in_a_text_column_is_converted_and_listed(tmp_path, suffix):
    frame = pd.DataFrame({"id": ["h1", "h2"], "text": [MARKUP, "Plain a < b text.\n\nTwo."]})
    path = tmp_path / f"a.{suffix}"
    if suffix == "csv":
        frame.to_csv(path, index=False)
    elif suffix == "jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_parquet(path)
    with pytest.warns(CorpusWarning, match="1 × text held HTML markup"):
        corpus = load_corpus(path)
    assert corpus["text"].tolist() == [PLAIN, "Plain a < b text.\n\nTwo."]
    issues = load_issues(corpus).query("problem.str.contains('HTML')", engine="python")
    assert issues["id"].tolist() == ["h1"]
    assert issues["problem"].iloc[0] == "text held HTML markup (<p>, <b>, <br>)"
    assert issues["action"].iloc[0].startswith("converted to plain text")


def test_markup_kept_as_written_with_html_false_is_still_listed():
    corpus = load_quietly(pd.DataFrame({"text": [MARKUP, "<div>x</div>"]}), html=False)
    assert corpus["text"].tolist() == [MARKUP, "<div>x</div>"]
    assert [p for p in problems(corpus) if "HTML" in p] == [
        "text held HTML markup (<p>, <b>, <br>)", "text held HTML markup (<div>)"]
    assert "html" in LOAD_OPTIONS


def test_a_script_in_a_text_is_dropped_and_an_empty_result_listed():
    corpus = load_quietly(pd.DataFrame({"text": ["<p>Fine.</p><script>alert(1)</script>",
                                                 "<p></p><br>"]}))
    assert corpus["text"].tolist() == ["Fine.", ""]
    assert "empty text" in problems(corpus)


# ------------------------------------------------------------------ 3. repeats without an id column


def test_exact_repeats_without_ids_are_set_aside(tmp_path):
    path = tmp_path / "noid.csv"
    pd.DataFrame({
        "title": ["Dock vote", "Dock vote", "Dock vote", "Dock vote", "Dock vote", "", ""],
        "text": ["The dock vote failed."] * 4 + ["The dock vote failed!", "", ""],
        "outlet": ["Gull Post", "Gull Post ", "Tern Times", "Gull Post", "Gull Post",
                   "Gull Post", "Gull Post"],
        "date": ["2026-05-01", "2026-05-01", "2026-05-01", "2026-05-08", "2026-05-01", "", ""],
    }).to_csv(path, index=False)
    corpus = load_quietly(path)
    # line 3 repeats line 2 (a trailing space in the outlet is no difference); another outlet,
    # another date, another text and the two empty rows are kept
    assert corpus["id"].tolist() == ["noid-2", "noid-4", "noid-5", "noid-6", "noid-7",
                                     "noid-8"]
    issues = load_issues(corpus)
    dup = issues[issues["problem"].str.startswith("exact duplicate")]
    assert dup[["row", "id"]].values.tolist() == [[3, "noid-3"]]
    assert "exact duplicate of row 2 (same outlet, title, text and date" in dup["problem"].iloc[0]
    again = issues[issues["problem"].str.startswith("same outlet, title and text")]
    assert again["row"].tolist() == [5] and again["action"].iloc[0].startswith("kept")


def test_exact_repeats_without_ids_are_found_across_stream_batches(tmp_path):
    path = tmp_path / "noid.jsonl"
    rows = [{"text": "Same story.", "outlet": "Gull Post"}, {"text": "Other.", "outlet": "X"},
            {"text": "Same story.", "outlet": "Gull Post"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        batches = list(iter_corpus(path, batch_size=1))
    assert pd.concat(batches)["id"].tolist() == ["noid-1", "noid-2"]


def test_repeated_texts_without_an_outlet_are_not_taken_for_duplicates():
    corpus = load_quietly(pd.DataFrame({"text": ["Wire copy.", "Wire copy."]}))
    assert corpus["id"].tolist() == ["row-1", "row-2"]


# ------------------------------------------------------------------ 4. date and id column names


@pytest.mark.parametrize("name", ["pubdate", "pub_date", "date_published", "published_date",
                                  "publication_date", "Date", "PubDate"])
def test_common_date_column_names_are_recognised(name):
    corpus = load_quietly(pd.DataFrame({"text": ["A."], name: ["2026-05-02"]}))
    assert day(corpus["published"]) == ["2026-05-02"]


def test_an_unrecognised_date_or_id_column_is_pointed_to():
    frame = pd.DataFrame({"story_ref": ["s1", "s2", "s3"], "section_id": [4, 4, 5],
                          "text": ["A.", "B.", "C."], "when_out": ["2026-05-02"] * 3})
    with pytest.warns(CorpusWarning, match="'when_out' looks like one"):
        corpus = load_corpus(frame)
    notes = load_issues(corpus).set_index("problem")["action"]
    assert "pass columns={'when_out': 'published'}" in notes[
        "no date column recognised; 'when_out' looks like one"]
    assert "pass columns={'story_ref': 'id'}" in notes[
        "no id column recognised; 'story_ref' looks like one"]  # section_id repeats: not named
    assert corpus["published"].isna().all() and corpus["id"].tolist() == ["row-1", "row-2",
                                                                          "row-3"]


def test_no_hint_when_nothing_looks_like_a_date_or_id():
    corpus = load_quietly(pd.DataFrame({"text": ["A.", "B."], "section": ["News", "Sport"]}))
    assert not any("looks like one" in p for p in problems(corpus))


# ------------------------------------------------------------- 5. the warning names the problem


def test_the_warning_names_a_wrong_field_count(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("id,text,outlet\na1,Fine.,Gull Post\na2,Too short\n", encoding="utf-8")
    with pytest.warns(CorpusWarning) as record:
        load_corpus(path, on_error="skip")
    message = str(record[0].message)
    assert "1 × row with the wrong number of fields" in message
    assert "× has" not in message


# ------------------------------------------------------------------ 6. an unclosed quote


UNCLOSED = ('id,title,text,outlet,date\n'
            'q1,T1,"Fine, really.",Alpha,2026-11-01\n'
            'q2,T2,"Unclosed quote text,Alpha,2026-11-03\n'
            'q3,T3,"Last one.",Beta,2026-11-04\n'
            'q4,T4,"Two paragraphs, one.\n\nAnd two, too.",Beta,2026-11-05\n')


def test_an_unclosed_quote_is_reported_not_swallowing_the_next_row(tmp_path):
    path = tmp_path / "unclosed.csv"
    path.write_text(UNCLOSED, encoding="utf-8")
    with pytest.raises(Exception, match="line 3: unclosed quote"):
        load_corpus(path)
    corpus = load_quietly(path, on_error="skip")
    assert corpus["id"].tolist() == ["q1", "q2", "q3", "q4"]
    assert corpus["outlet"].tolist() == ["Alpha", "Alpha", "Beta", "Beta"]
    assert corpus["text"].tolist()[1:] == ["Unclosed quote text", "Last one.",
                                           "Two paragraphs, one.\n\nAnd two, too."]
    issues = load_issues(corpus)
    assert issues["row"].tolist() == [3]
    assert issues["problem"].iloc[0].startswith("unclosed quote")
    assert "line 4 as row(s) of their own" in issues["action"].iloc[0]


def test_text_spanning_lines_is_not_taken_for_an_unclosed_quote(tmp_path):
    path = tmp_path / "fine.csv"
    path.write_text('id,text,outlet\na1,"One, here.\nYes, no",Alpha\n'
                    'a2,"Start, then\nmore, and more",Beta\n', encoding="utf-8")
    corpus = load_quietly(path)
    assert corpus["text"].tolist() == ["One, here.\nYes, no", "Start, then\nmore, and more"]
    assert problems(corpus) == []


# ------------------------------------------------------------------ 7. other separators


@pytest.mark.parametrize("sep", [";", "|", "\t"])
def test_a_file_separated_otherwise_is_read_and_listed(tmp_path, sep):
    path = tmp_path / "other.csv"
    path.write_text(sep.join(["id", "headline", "body", "date"]) + "\n"
                    + sep.join(["s1", "Pier", '"Closed, for now; said Ivo."', "2026-11-01"])
                    + "\n", encoding="utf-8")
    corpus = load_quietly(path)
    assert corpus[["id", "title", "text"]].values.tolist() == [
        ["s1", "Pier", "Closed, for now; said Ivo."]]
    assert any("-separated" in p for p in problems(corpus))
    streamed = pd.concat(list(iter_corpus(path)))
    assert streamed["text"].tolist() == ["Closed, for now; said Ivo."]


def test_sep_option_chooses_the_separator(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("id;note,text\nx1;a,Body.\n", encoding="utf-8")  # header has one of each
    assert load_quietly(path)["text"].tolist() == ["Body."]
    assert load_quietly(path, sep=";", columns={"note,text": "text"})["text"].tolist() == [
        "a,Body."]
    with pytest.raises(ParameterError, match="sep"):
        load_corpus(path, sep=";;")
    assert "sep" in LOAD_OPTIONS


# ------------------------------------------------------------------ 8. short Latin-1 files


def test_a_short_latin1_file_is_read_as_cp1252_with_a_sample(tmp_path):
    path = tmp_path / "fr.csv"
    path.write_bytes('id,title,text,outlet\nc1,Café,"Le café était fermé, a déclaré le maire.",'
                     'Alpha\nc2,T,"The mayor said the café would reopen.",Beta\n'
                     .encode("latin-1"))
    corpus = load_quietly(path)
    assert corpus["text"].tolist() == ["Le café était fermé, a déclaré le maire.",
                                       "The mayor said the café would reopen."]
    action = load_issues(corpus)["action"].iloc[0]
    assert action.startswith("decoded as cp1252, which reads 'c1,Café,")


def test_a_text_in_another_code_page_keeps_the_detected_encoding(tmp_path):
    text = "Zażółć gęślą jaźń, powiedział burmistrz. Miasto było zamknięte.\n" * 3
    path = tmp_path / "pl.csv"
    path.write_bytes(("id,text\n" + "".join(f"p{i},\"{line}\"\n" for i, line in
                                             enumerate(text.splitlines()))).encode("cp1250"))
    corpus = load_quietly(path)
    assert corpus["text"].iloc[0] == text.splitlines()[0]
    assert "decoded as cp1250" in load_issues(corpus)["action"].iloc[0]


# ------------------------------------------------------------------ 9. nested JSON


NESTED = {"data": [
    {"uuid": "n1", "body": "The pier reopened.", "publication": {"name": "Gull Post", "id": 7},
     "authors": ["Ona Vell", "Ivo Rask"], "published_at": 1762671600000},
    {"uuid": "n2", "body": "The pier closed.", "publication": {"name": "Tern Times", "id": 8},
     "authors": ["Ivo Rask"], "published_at": 1762675200000},
]}


@pytest.mark.parametrize("suffix", ["json", "jsonl"])
def test_nested_objects_become_dotted_columns(tmp_path, suffix):
    path = tmp_path / f"nested.{suffix}"
    if suffix == "json":
        path.write_text(json.dumps(NESTED), encoding="utf-8")
    else:
        path.write_text("".join(json.dumps(r) + "\n" for r in NESTED["data"]), encoding="utf-8")
    corpus = load_quietly(path)
    assert corpus["outlet"].tolist() == ["Gull Post", "Tern Times"]  # publication.name
    assert corpus["publication.id"].tolist() == [7, 8]
    assert corpus["author"].tolist() == ["Ona Vell, Ivo Rask", "Ivo Rask"]
    assert any(p.startswith("2 value(s) in 'author' are lists") for p in problems(corpus))
    explicit = load_quietly(path, columns={"publication.name": "outlet", "uuid": "id"})
    assert explicit["outlet"].tolist() == ["Gull Post", "Tern Times"]


def test_an_object_in_a_schema_column_is_listed():
    corpus = load_quietly(pd.DataFrame({"text": ["A.", "B."],
                                        "outlet": [{"name": "Gull Post"}, "Tern Times"]}))
    assert corpus["outlet"].tolist() == ['{"name": "Gull Post"}', "Tern Times"]
    assert any(p.startswith("1 value(s) in 'outlet' are lists or objects")
               for p in problems(corpus))


# ------------------------------------------------------------------ 10. outlet spellings


def test_outlet_names_differing_only_in_case_are_listed_not_merged():
    corpus = load_quietly(pd.DataFrame({
        "text": ["A.", "B.", "C.", "D."],
        "outlet": ["Gull Bay Post", "Gull Bay Post ", "gull  bay post", "Tern Times"]}))
    assert corpus["outlet"].tolist() == ["Gull Bay Post", "Gull Bay Post", "gull  bay post",
                                         "Tern Times"]
    notes = load_issues(corpus).set_index("problem")["action"]
    key = ("outlet names that differ only in case or spacing: 'Gull Bay Post' (2), "
           "'gull  bay post' (1)")
    assert key in notes.index
    assert "replace({'gull  bay post': 'Gull Bay Post'})" in notes[key]
