"""Load any article collection into the suite's corpus schema.

The corpus is a pandas DataFrame with these columns, in this order, followed by any other
columns the input had (kept untouched):

============  ===========================================================================
``id``        unique string; from the input's id column, the file name, or ``<source>-<row>``
``outlet``    the publication; ``"unknown"`` (or the ``outlet=`` option) when not given
``published`` tz-aware UTC timestamp; ``NaT`` when missing or unparseable
``title``     headline; ``""`` when not given
``text``      the article text exactly as written (curly quotes, dashes, line breaks)
``url``       optional; missing values are ``NA``
``author``    optional
``language``  optional
============  ===========================================================================

What happens to imperfect input (each case is tested in ``tests/test_corpus.py``):

* **Empty or missing text**: the article is kept, with ``text == ""``, and listed in the load
  issues; the analysis reports it with zero words rather than dropping it.
* **Duplicate ids**: a row that repeats an earlier row exactly (same id, same text) is set aside
  and listed; a row that reuses an id for different text is kept under a new id
  ``<id>~2``, ``<id>~3``… and listed.
* **Unparseable dates**: ``published`` is ``NaT``, the original value is kept in a
  ``published_raw`` column, and the row is listed. Dates without a time zone are read as UTC.
* **Encodings**: files are read as UTF-8 (a byte-order mark is allowed). A file that is not
  valid UTF-8 is decoded with the encoding ``charset-normalizer`` detects, or as cp1252 when
  that reads as cleanly, and a warning names the file, the encoding and a decoded line; pass
  ``encoding=`` to choose it yourself.
* **Malformed rows** (a CSV row with the wrong number of fields, a JSON Lines line that is not
  valid JSON or not an object): with ``on_error="raise"`` (the default) a :class:`CorpusError`
  names the file, line and column; with ``on_error="skip"`` the row is set aside and listed.
* **Dates written ``a/b/yyyy``** are read one way for the whole column: day-first when some
  value's first number is above 12, month-first when some value's second number is, else
  month-first with the column listed (``dayfirst=`` decides). A column mixing formats, or
  written both ways, is listed.
* **HTML markup in a text column** (``<p>``, ``<br>``…) is turned into plain text the way a
  web page's article is, and each such row listed (``html=False`` keeps it as written).
* **No id column**: a row repeating an earlier row's outlet, title, text and date is set
  aside as an exact duplicate; the same story under another date is kept and listed.
* **Unrecognised columns**: a column that looks like the date or an id is named in the load
  issues with the ``columns=`` to pass (nothing is mapped on a guess).
* **An unclosed CSV quote** that runs into a line reading as a row of its own: a
  :class:`CorpusError`, or with ``on_error="skip"`` both rows kept and listed.
* **Other separators**: a header separated by ``;``, tabs or ``|`` is read so and listed
  (``sep=`` chooses).
* **Nested JSON objects** become dotted columns (``publication.name``); lists or objects in a
  schema column are joined (or kept as JSON) and listed.
* **Outlet names equal but for case or spacing** are listed, not merged.

Every problem is also summarised in one :class:`CorpusWarning`; :func:`load_issues` returns the
full list as a table (``source``, ``row``, ``id``, ``problem``, ``action``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
import warnings
from collections import Counter
from collections.abc import Iterator, Mapping
from html import unescape as _unescape
from pathlib import Path

import numpy as np
import pandas as pd
from bs4 import BeautifulSoup

from .errors import (
    CorpusError,
    CorpusWarning,
    MissingColumnError,
    ParameterError,
    UnknownFormatError,
    check_choice,
)
from .htmltext import html_to_article

#: The schema's columns, in order.
SCHEMA = ("id", "outlet", "published", "title", "text", "url", "author", "language")
#: Formats ``load_corpus(format=...)`` accepts.
FORMATS = ("auto", "dataframe", "csv", "tsv", "jsonl", "json", "parquet", "folder", "mediacloud",
           "feed")
#: Input column names mapped to schema columns when the schema name itself is absent, in
#: order of preference.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("stories_id", "story_id", "article_id", "doc_id", "guid", "uid", "uuid"),
    "text": ("body", "content", "article_text", "story_text", "full_text", "maintext", "article"),
    "outlet": ("source", "media_name", "publication", "publisher", "media", "source_name",
               "site_name", "newspaper", "source.name", "publication.name", "publisher.name"),
    "published": ("date", "publish_date", "published_at", "pub_date", "publication_date",
                  "datetime", "timestamp", "created_at", "pubdate", "pub_date_time",
                  "date_published", "published_date", "publishdate", "publish_time",
                  "published_time", "publication_time"),
    "title": ("headline", "heading"),
    "url": ("link", "href", "story_url"),
    "author": ("authors", "byline", "creator", "author.name"),
    "language": ("lang", "locale"),
}
#: File endings read as one article per file in a folder.
ARTICLE_FILE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_SUFFIX_FORMATS = {
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json", ".parquet": "parquet", ".pq": "parquet", ".xml": "feed", ".rss": "feed",
    ".atom": "feed",
}
#: The options of :func:`load_corpus` a report may pass with ``-p load_options={…}``.
LOAD_OPTIONS = ("format", "columns", "outlet", "encoding", "on_error", "recursive", "dayfirst",
                "html", "sep")
UNKNOWN_OUTLET = "unknown"
_ROW = "__row__"


class _Issues:
    """Collects what was set aside or changed while loading."""

    def __init__(self, source: str):
        self.source = source
        self.stem = "row"  # the prefix of generated ids
        self.rows: list[dict] = []

    def add(self, row, problem: str, action: str, id_=None) -> None:
        self.rows.append(
            {"source": self.source, "row": row, "id": id_, "problem": problem, "action": action}
        )


# --------------------------------------------------------------------------- reading files


#: Encodings read as cp1252 is (no need to prefer it over them).
_WESTERN = ("cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15")
#: How much messier (charset-normalizer's mess ratio) a cp1252 reading may be than the
#: detector's choice and still be preferred: short files give the detector too little to go
#: on (a two-line French file came out as mac_latin2), and cp1252 is by far the most common
#: non-UTF-8 encoding of Western newsroom exports. A Polish or Russian text read as cp1252
#: scores near 1.0, far above this margin, and keeps the detected encoding.
_WESTERN_MESS_MARGIN = 0.05


def _decode(data: bytes, path: Path, encoding: str | None, issues: _Issues) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise CorpusError(f"cannot decode as {encoding!r}: {exc}", source=str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        from charset_normalizer import from_bytes
        from charset_normalizer.md import mess_ratio

        best = from_bytes(data).best()
        chosen, text = (best.encoding, str(best)) if best is not None else (None, None)
        try:  # cp1252, the usual non-UTF-8 newsroom encoding, when it reads as cleanly
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None and chosen not in _WESTERN and (
                best is None or mess_ratio(western) <= best.chaos + _WESTERN_MESS_MARGIN):
            chosen, text = "cp1252", western
        if chosen is None:
            raise CorpusError(
                "not valid UTF-8 and no other encoding fits; pass encoding='…'",
                source=str(path), line=line, column=column,
            ) from None
        sample = next((s.strip() for s in text.splitlines() if not s.isascii()), "")
        if len(sample) > 70:
            sample = sample[:70] + "…"
        issues.add(
            None,
            f"not valid UTF-8 (first bad byte at line {line}, column {column})",
            f"decoded as {chosen}, which reads {sample!r}; pass encoding='…' to choose another",
        )
        return text


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read the file: {exc.strerror or exc}",
                          source=str(path)) from None


class _LineTap:
    """Hands a file's lines to :mod:`csv` and keeps those of the record being read."""

    def __init__(self, lines):
        self._lines = iter(lines)
        self.taken: list[str] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.taken.append(line)
        return line

    def take(self) -> list[str]:
        lines, self.taken = self.taken, []
        return lines


def _row_fields(line: str, delimiter: str) -> int | None:
    """Fields of one line read as a complete CSV row, or ``None`` when it is not one (a
    quote left open, or a quote inside an unquoted field).

    >>> _row_fields('b4,T4,"Last, one.",Beta', ","), _row_fields('more",Alpha', ",")
    (4, None)
    """
    line = line.rstrip("\r\n")
    fields, i, n = 1, 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':  # a quoted field
            i += 1
            while True:
                if i >= n:
                    return None
                if line[i] == '"':
                    if i + 1 < n and line[i + 1] == '"':
                        i += 2
                        continue
                    i += 1
                    break
                i += 1
            if i < n and line[i] != delimiter:
                return None
        else:
            while i < n and line[i] != delimiter:
                if line[i] == '"':
                    return None
                i += 1
        if i >= n:
            return fields
        fields += 1
        i += 1
    return fields


def _shape(value: str) -> str:
    """Letters → ``a``, digits → ``9``: ``"HB-1001"`` → ``"a-9"``."""
    return re.sub(r"\d+", "9", re.sub(r"[^\W\d_]+", "a", value.strip()))


def _swallowed_line(lines: list[str], delimiter: str, n_fields: int) -> int | None:
    """For a record read over several lines: the index of a later line that reads as a row of
    its own (same number of fields, a first field shaped like the record's), when the first
    line, its quote taken as a plain character, is a whole row too; else ``None``."""
    if len(lines) < 2:
        return None
    first = next(csv.reader([lines[0].rstrip("\r\n")], delimiter=delimiter,
                            quoting=csv.QUOTE_NONE))
    if len(first) != n_fields or not _shape(first[0]):
        return None
    for index, line in enumerate(lines[1:], start=1):
        if _row_fields(line, delimiter) == n_fields:
            lead = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter))[0]
            if _shape(lead) == _shape(first[0]):
                return index
    return None


def _delimited_records(handle, path, delimiter: str, on_error: str, issues: _Issues):
    """``(header, records)``: the header names and a generator of ``(line, record)``."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    tap = _LineTap(handle)
    reader = csv.reader(tap, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise CorpusError("the file is empty (no header row)", source=str(path)) from None
    except csv.Error as exc:
        raise CorpusError(f"unreadable header: {exc}", source=str(path), line=1) from None
    tap.take()
    header = _unique_names([h.strip() for h in header], issues)

    def checked(start_line, fields):
        """The record, or ``None`` (listed) when its number of fields is wrong."""
        if len(fields) != len(header):
            problem = f"has {len(fields)} fields, the header has {len(header)}"
            if on_error == "raise":
                raise CorpusError(
                    problem + "; fix the row or pass on_error='skip'", source=str(path),
                    line=start_line, column=min(len(fields), len(header)) + 1)
            issues.add(start_line, problem, "set aside")
            return None
        return dict(zip(header, fields, strict=True))

    def records():
        line_before = reader.line_num
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise CorpusError(f"malformed CSV: {exc}", source=str(path),
                                  line=line_before + 1) from None
            start_line, line_before = line_before + 1, reader.line_num
            lines = tap.take()
            if not fields:
                continue
            split = _swallowed_line(lines, delimiter, len(header))
            if split is not None:
                problem = (f"unclosed quote: a quoted field opened on this line ran on over "
                           f"{len(lines) - 1} more line(s), and line {start_line + split} reads "
                           "as a row of its own")
                if on_error == "raise":
                    raise CorpusError(problem + "; close the quote or pass on_error='skip'",
                                      source=str(path), line=start_line)
                own = next(csv.reader([lines[0].rstrip("\r\n")], delimiter=delimiter,
                                      quoting=csv.QUOTE_NONE))
                own = [f[1:] if f.startswith('"') and f.count('"') % 2 else f for f in own]
                after = (f"line {start_line + 1}" if len(lines) == 2 else
                         f"lines {start_line + 1}–{start_line + len(lines) - 1}")
                issues.add(start_line, problem, f"read up to the end of its line, and {after} "
                           "as row(s) of their own; check them")
                record = checked(start_line, own)
                if record is not None:
                    yield start_line, record
                rest = csv.reader(lines[1:], delimiter=delimiter)
                offset = start_line + 1
                for more in rest:
                    if more:
                        record = checked(offset, more)
                        if record is not None:
                            yield offset, record
                    offset = start_line + 1 + rest.line_num
                continue
            record = checked(start_line, fields)
            if record is not None:
                yield start_line, record

    return header, records()


_SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def _sniff_sep(header_line: str, default: str, issues: _Issues) -> str:
    """The separator of a delimited file, from its header line: the default unless another
    of ``;``, tab or ``|`` occurs there more often (listed when it does).

    >>> _sniff_sep("id;headline;body", ",", _Issues("x"))
    ';'
    >>> _sniff_sep("id,head;line,body", ",", _Issues("x"))
    ','
    """
    counts = {sep: header_line.count(sep) for sep in _SEPARATOR_NAMES}
    best = max(counts, key=lambda sep: counts[sep])
    if best == default or counts[best] <= counts.get(default, 0):
        return default
    issues.add(None, f"the header looks {_SEPARATOR_NAMES[best]}-separated "
               f"({counts[best]} × {best!r}, {counts.get(default, 0)} × {default!r})",
               f"read with sep={best!r}; pass sep= to choose another")
    return best


def _delimited_frame(header, numbered) -> pd.DataFrame:
    numbered = list(numbered)
    frame = pd.DataFrame.from_records([record for _, record in numbered], columns=header)
    frame[_ROW] = [number for number, _ in numbered]
    return _numeric_extras(frame)


def _read_delimited(path, text: str, delimiter: str, on_error: str, issues: _Issues):
    header, records = _delimited_records(io.StringIO(text, newline=""), path, delimiter,
                                         on_error, issues)
    return _delimited_frame(header, records)


def _unique_names(names: list[str], issues: _Issues) -> list[str]:
    """Header names made unique: an empty name becomes ``column_<n>``, a repeated one
    ``<name>_2``, ``<name>_3``…; each change is listed in the load issues."""
    seen: set[str] = set()
    unique = []
    for number, name in enumerate(names, start=1):
        candidate = name or f"column_{number}"
        suffix = 1
        while candidate in seen:
            suffix += 1
            candidate = f"{name or f'column_{number}'}_{suffix}"
        if candidate != name:
            issues.add(1, f"header column {number} is {'empty' if not name else 'repeated'}",
                       f"renamed to {candidate!r}")
        seen.add(candidate)
        unique.append(candidate)
    return unique


def _numeric_extras(frame: pd.DataFrame) -> pd.DataFrame:
    """Turn extra CSV columns that hold only numbers into numbers (schema columns stay text)."""
    for column in frame.columns:
        if column in SCHEMA or column == _ROW or any(column in a for a in COLUMN_ALIASES.values()):
            continue
        values = frame[column].replace("", None)
        converted = pd.to_numeric(values, errors="coerce")
        if values.notna().any() and converted.notna().sum() == values.notna().sum():
            frame[column] = converted
    return frame


def _jsonl_records(lines, path, on_error: str, issues: _Issues):
    """``(line number, record)`` for every JSON object line; bad lines raise or are listed."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            problem = None if isinstance(record, dict) else (
                f"is a JSON {type(record).__name__}, not an object")
            column = 1
        except json.JSONDecodeError as exc:
            problem, column = f"is not valid JSON ({exc.msg})", exc.colno
        if problem:
            if on_error == "raise":
                raise CorpusError(f"this line {problem}; fix it or pass on_error='skip'",
                                  source=str(path), line=number, column=column)
            issues.add(number, f"line {problem}", "set aside")
            continue
        yield number, _flatten(record)


def _flatten(record: dict, prefix: str = "") -> dict:
    """Nested JSON objects as dotted names, so that they can be mapped with ``columns=``.

    >>> _flatten({"id": 1, "publication": {"name": "Gull Post", "ids": {"cms": 7}}, "x": {}})
    {'id': 1, 'publication.name': 'Gull Post', 'publication.ids.cms': 7, 'x': None}
    """
    flat: dict = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = None if isinstance(value, dict) else value
    return flat


def _frame(numbered) -> pd.DataFrame:
    numbered = list(numbered)
    frame = pd.DataFrame.from_records([record for _, record in numbered])
    frame[_ROW] = [number for number, _ in numbered]
    return frame


def _read_jsonl(path, text: str, on_error: str, issues: _Issues) -> pd.DataFrame:
    return _frame(_jsonl_records(text.splitlines(), path, on_error, issues))


def _read_json(path, text: str, on_error: str, issues: _Issues) -> pd.DataFrame:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            return _read_jsonl(path, text, on_error, issues)  # JSON Lines saved as .json
        raise CorpusError(f"not valid JSON ({exc.msg})", source=str(path), line=exc.lineno,
                          column=exc.colno) from None
    if isinstance(data, dict):
        lists = {k: v for k, v in data.items() if isinstance(v, list)}
        preferred = [k for k in ("articles", "stories", "items", "data", "records", "documents",
                                 "results") if k in lists]
        if preferred:
            data = lists[preferred[0]]
        elif len(lists) == 1:
            data = next(iter(lists.values()))
        else:
            raise CorpusError(
                "expected a list of article objects, or an object holding one list of them "
                f"(found keys: {', '.join(map(str, data)) or 'none'})", source=str(path))
    if not isinstance(data, list):
        raise CorpusError("expected a list of article objects", source=str(path))
    records, rows = [], []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            problem = f"item {number} is a JSON {type(item).__name__}, not an object"
            if on_error == "raise":
                raise CorpusError(problem + "; fix it or pass on_error='skip'", source=str(path))
            issues.add(number, problem, "set aside")
            continue
        records.append(_flatten(item))
        rows.append(number)
    frame = pd.DataFrame.from_records(records)
    frame[_ROW] = rows
    return frame


def _read_parquet(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises many types; all mean "not readable Parquet"
        raise CorpusError(f"not a readable Parquet file ({type(exc).__name__}: {exc})",
                          source=str(path)) from None
    frame = frame.reset_index(drop=True)
    frame[_ROW] = range(1, len(frame) + 1)
    return frame


def _title_from_first_line(text: str, markdown: bool) -> str:
    for line in text.splitlines():
        if line.strip():
            line = line.strip()
            return line.lstrip("#").strip() if markdown else line
    return ""


def _read_article_file(path: Path, encoding, issues: _Issues) -> dict:
    text = _decode(_read_bytes(path), path, encoding, issues)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return html_to_article(text)
    return {"title": _title_from_first_line(text, suffix in (".md", ".markdown")), "text": text}


def _read_folder(path: Path, encoding, recursive: bool, issues: _Issues) -> pd.DataFrame:
    pattern = "**/*" if recursive else "*"
    files = sorted(p for p in path.glob(pattern) if p.is_file())
    articles = [p for p in files if p.suffix.lower() in ARTICLE_FILE_SUFFIXES]
    others = [p for p in files if p not in articles and not p.name.startswith(".")]
    if others:
        issues.add(None, f"{len(others)} file(s) with other endings, e.g. {others[0].name}",
                   f"ignored: only {', '.join(ARTICLE_FILE_SUFFIXES)} files are articles")
    if not articles:
        raise CorpusError(f"no article files ({', '.join(ARTICLE_FILE_SUFFIXES)}) in this folder",
                          source=str(path))
    records = []
    for number, file in enumerate(articles, start=1):
        record = {k: v for k, v in _read_article_file(file, encoding, issues).items()
                  if v is not None}
        record["id"] = file.relative_to(path).with_suffix("").as_posix()
        record["file"] = file.relative_to(path).as_posix()
        record[_ROW] = number
        records.append(record)
    return pd.DataFrame.from_records(records)


def _read_feed(path: Path, data: bytes, issues: _Issues) -> pd.DataFrame:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = feed.get("bozo_exception")
        line = getattr(reason, "getLineNumber", lambda: None)() if reason else None
        raise CorpusError(f"no feed entries found{f' ({reason})' if reason else ''}",
                          source=str(path), line=line)
    outlet = feed.feed.get("title")
    language = feed.feed.get("language")
    records = []
    for number, entry in enumerate(feed.entries, start=1):
        html = "\n".join(c.get("value", "") for c in entry.get("content", [])) or entry.get(
            "summary", "")
        records.append({
            "id": entry.get("id") or entry.get("link") or None,
            "outlet": outlet,
            "published": entry.get("published") or entry.get("updated"),
            "title": entry.get("title", ""),
            "text": html_to_article(f"<body>{html}</body>")["text"] if html else "",
            "url": entry.get("link"),
            "author": entry.get("author"),
            "language": language,
            _ROW: number,
        })
    return pd.DataFrame.from_records(records)


def _detect_format(path: Path) -> str:
    if path.is_dir():
        return "folder"
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    if suffix in ARTICLE_FILE_SUFFIXES:
        return "folder"
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    raise UnknownFormatError(
        f"unknown format {suffix or '(no file ending)'!r}; pass format= one of "
        + ", ".join(f for f in FORMATS if f not in ("auto", "dataframe")),
        source=str(path))


def _read_source(source, fmt, *, encoding, on_error, recursive, issues, sep=None
                 ) -> tuple[pd.DataFrame, str]:
    path = Path(source)
    if not path.exists():
        raise CorpusError("no such file or folder", source=str(path))
    if fmt == "auto":
        fmt = _detect_format(path)
    if fmt == "folder":
        if path.is_file():  # a single article file
            record = _read_article_file(path, encoding, issues)
            record = {k: v for k, v in record.items() if v is not None}
            return pd.DataFrame([{**record, "id": path.stem, "file": path.name, _ROW: 1}]), fmt
        return _read_folder(path, encoding, recursive, issues), fmt
    if path.is_dir():
        raise CorpusError(f"is a folder, but format={fmt!r} expects a file", source=str(path))
    if fmt == "parquet":
        return _read_parquet(path), fmt
    data = _read_bytes(path)
    if path.suffix.lower() == ".gz":
        import gzip

        try:
            data = gzip.decompress(data)
        except OSError as exc:
            raise CorpusError(f"not a readable gzip file: {exc}", source=str(path)) from None
    if fmt == "feed":
        return _read_feed(path, data, issues), fmt
    text = _decode(data, path, encoding, issues)
    if fmt in ("csv", "tsv", "mediacloud"):
        delimiter = sep or _sniff_sep(text.split("\n", 1)[0], "\t" if fmt == "tsv" else ",",
                                      issues)
        frame = _read_delimited(path, text, delimiter, on_error, issues)
        if fmt != "mediacloud" and {"stories_id", "media_name"} <= set(frame.columns):
            fmt = "mediacloud"
        return frame, fmt
    if fmt == "jsonl":
        return _read_jsonl(path, text, on_error, issues), fmt
    return _read_json(path, text, on_error, issues), fmt


# --------------------------------------------------------------------------- normalising


def _map_columns(frame: pd.DataFrame, columns: Mapping[str, str] | None, source: str):
    renames = {}
    for original, target in (columns or {}).items():
        if target not in SCHEMA:
            raise MissingColumnError(
                f"columns={{{original!r}: {target!r}}}: {target!r} is not a schema column; "
                f"choose one of {', '.join(SCHEMA)}", source=source)
        if original not in frame.columns:
            raise MissingColumnError(
                f"columns= names {original!r}, which is not in the input; its columns are: "
                + ", ".join(str(c) for c in frame.columns if c != _ROW), source=source)
        renames[original] = target
    taken = set(renames.values())
    present = set(frame.columns)
    folded: dict[str, str] = {}
    for name in frame.columns:
        if isinstance(name, str):
            folded.setdefault(name.strip().casefold(), name)
    for target, aliases in COLUMN_ALIASES.items():
        if target in taken or target in present:
            continue
        match = next((a for a in aliases if a in present and a not in renames), None)
        if match is None:  # "Date", "Headline ", "Body" as spreadsheets write them
            match = next((folded[n] for n in (target, *aliases)
                          if n in folded and folded[n] not in renames
                          and folded[n] not in SCHEMA), None)
        if match is not None:
            renames[match] = target
            taken.add(target)
    clashes = [t for t in renames.values() if t in present and t not in renames]
    frame = frame.drop(columns=clashes)  # an explicit mapping wins over a same-named column
    return frame.rename(columns=renames)


#: Tags that mark a text as HTML: a closing tag of a common element, or a ``<br>``/``<hr>``/
#: ``<img>``. Opening tags alone are not enough (``a <b> c`` can be plain text).
_HTML_MARKUP_RE = re.compile(
    r"</(?:p|div|span|b|i|u|em|strong|a|h[1-6]|ul|ol|li|blockquote|table|tr|td|th|figure|"
    r"figcaption|section|article|script|style|iframe|font|sup|sub|small|q|cite|pre|code)\s*>"
    r"|<(?:br|hr|img)\b[^<>]*>", re.IGNORECASE)
_TAG_NAME_RE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def _has_markup(text: str) -> bool:
    """Whether a text holds HTML markup.

    >>> _has_markup("<p>One.</p><p>Two.</p>"), _has_markup("if a <b> c"), _has_markup("a<br/>b")
    (True, False, True)
    """
    return bool(_HTML_MARKUP_RE.search(text))


def _markup_to_text(text: str) -> str:
    """A text with HTML markup as plain text, the way a web page's article is read: block
    elements (and blank lines already in the text) become paragraphs separated by a blank
    line, scripts and styles are dropped, entities decoded.

    >>> _markup_to_text("<p>The ferry <b>stops</b>.</p><p>&ldquo;No,&rdquo; she said.</p><br/>")
    'The ferry stops.\\n\\n“No,” she said.'
    """
    return html_to_article("<body>" + re.sub(r"\n[ \t]*\n\s*", "<br/>", text)
                           + "</body>")["text"]


_DATE_NAME_RE = re.compile(r"date|time|pub|datum|fecha|when|day", re.IGNORECASE)
_ID_NAME_RE = re.compile(r"(?:^|[_\W])(?:ref|id|key|guid|uuid|nr|no|number)$|^id[_\W]|[a-z]Id$|ID$",
                         re.IGNORECASE)


def _looks_like_dates(values: pd.Series, named: bool) -> bool:
    sample = [v for v in values.head(200) if isinstance(v, str) and v.strip()]
    if not sample:
        return False
    shaped = sum(bool(_NUMERIC_DATE_RE.match(v) or _ISO_DATE_RE.match(v)) for v in sample)
    if shaped >= 0.8 * len(sample):
        return True
    if not named:
        return False
    parsed = sum(_parse_one(v, DEFAULT_DAYFIRST) is not pd.NaT for v in sample)
    return parsed >= 0.5 * len(sample)


def _column_hints(frame: pd.DataFrame, issues: _Issues) -> None:
    """List columns that look like a date or an id column when none was recognised, with the
    exact ``columns=`` to pass (a suggestion only: nothing is mapped)."""
    unmapped = [c for c in frame.columns if isinstance(c, str) and c not in SCHEMA
                and c != _ROW]

    def how(name, target):
        return (f"pass columns={{{name!r}: {target!r}}} (in a report: -p 'load_options="
                f"{{\"columns\": {{\"{name}\": \"{target}\"}}}}')")

    if "published" not in frame.columns:
        dates = [c for c in unmapped if not pd.api.types.is_numeric_dtype(frame[c])
                 and _looks_like_dates(frame[c], bool(_DATE_NAME_RE.search(c)))]
        if dates:
            issues.add(None, f"no date column recognised; {dates[0]!r} looks like one"
                       + (f" (also {', '.join(map(repr, dates[1:]))})" if dates[1:] else ""),
                       f"articles left undated; {how(dates[0], 'published')}")
    if "id" not in frame.columns and len(frame):
        ids = [c for c in unmapped if _ID_NAME_RE.search(c)
               and frame[c].notna().all() and frame[c].astype(str).str.strip().ne("").all()
               and frame[c].astype(str).str.strip().nunique() >= 0.9 * len(frame)]
        if ids:
            issues.add(None, f"no id column recognised; {ids[0]!r} looks like one"
                       + (f" (also {', '.join(map(repr, ids[1:]))})" if ids[1:] else ""),
                       f"ids made from row numbers; {how(ids[0], 'id')}")


def _similar_outlets(outlets: pd.Series, issues: _Issues) -> None:
    """List outlet names that are equal once case and spacing are ignored (kept apart: only
    the user knows whether ``"AP"`` and ``"Ap"`` are one outlet)."""
    counts = outlets.value_counts(sort=False)
    groups: dict[str, list[str]] = {}
    for name in counts.index:
        groups.setdefault(" ".join(str(name).split()).casefold(), []).append(name)
    for names in groups.values():
        if len(names) < 2:
            continue
        names = sorted(names, key=lambda n: (-counts[n], n))
        spelled = ", ".join(f"{n!r} ({counts[n]})" for n in names)
        rename = ", ".join(f"{n!r}: {names[0]!r}" for n in names[1:])
        issues.add(None, f"outlet names that differ only in case or spacing: {spelled}",
                   "kept apart; if they are one outlet, rename them, e.g. corpus['outlet'] = "
                   f"corpus['outlet'].replace({{{rename}}}), or fix the input")


def _is_collection(value) -> bool:
    return isinstance(value, list | tuple | dict | set | np.ndarray)


def _single_values(frame: pd.DataFrame, issues: _Issues) -> None:
    """Schema columns holding lists or objects (a JSON ``authors: [...]``, a Parquet list
    column): lists become one text (paragraphs for ``text``, ``", "`` otherwise), objects
    their JSON; each column is listed once."""
    for column in SCHEMA:
        if column not in frame.columns or frame[column].dtype != object:
            continue  # numbers, dates and pandas strings hold single values
        found = frame[column].map(_is_collection).astype(bool)
        if not found.any():
            continue
        joiner = "\n\n" if column == "text" else ", "

        def one(value, joiner=joiner):
            if isinstance(value, dict):
                return json.dumps(value, ensure_ascii=False, default=str)
            items = list(value.tolist() if hasattr(value, "tolist") else value)
            return joiner.join(str(v) if not _is_collection(v) else
                               json.dumps(v, ensure_ascii=False, default=str) for v in items)

        example = frame[column][found].iloc[0]
        example = example.tolist() if hasattr(example, "tolist") else example
        text = repr(example)
        issues.add(None, f"{int(found.sum())} value(s) in {column!r} are lists or objects, not "
                   f"single values (e.g. {text[:60] + '…' if len(text) > 60 else text})",
                   f"lists joined with {joiner!r}, objects kept as JSON text; map another "
                   "column (dotted names for nested fields) with columns= if this is not it")
        frame[column] = frame[column].astype(object)
        frame.loc[found, column] = frame.loc[found, column].map(one)


def _text_values(frame: pd.DataFrame, issues: _Issues, convert_html: bool | None = None
                 ) -> pd.Series:
    """The text column as strings. ``convert_html``: ``True`` turns texts with HTML markup
    into plain text, ``False`` keeps them, both listing them; ``None`` does not look."""
    def as_text(value):
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return ""
        return value if isinstance(value, str) else str(value)

    text = frame["text"].map(as_text).astype(object)
    if convert_html is not None:
        markup = text.map(_has_markup).astype(bool)
        action = ("converted to plain text: tags removed, paragraphs separated by a blank "
                  "line (html=False keeps it as written)" if convert_html else
                  "kept as written (html=False); tags are analysed as words")
        for row, id_, value in zip(frame[_ROW][markup], frame["id"][markup], text[markup],
                                   strict=True):
            tags = list(dict.fromkeys(m.lower() for m in _TAG_NAME_RE.findall(value)))[:4]
            issues.add(row, f"text held HTML markup ({', '.join(f'<{t}>' for t in tags)})",
                       action, id_)
        if convert_html and markup.any():
            text[markup] = text[markup].map(_markup_to_text)
    has_nul = text.str.contains("\x00", regex=False)
    for row, id_ in zip(frame[_ROW][has_nul], frame["id"][has_nul], strict=True):
        issues.add(row, "text contains NUL characters", "kept as written", id_)
    blank = text.str.strip() == ""
    for row, id_ in zip(frame[_ROW][blank], frame["id"][blank], strict=True):
        issues.add(row, "empty text", "kept; analysed as an empty article", id_)
    return text


_BREAK_TAG_RE = re.compile(r"<(?:br|hr)\b[^<>]*>", re.IGNORECASE)
_WHITESPACE_RE = re.compile(r"\s+")
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")


def _title_to_text(title: str) -> str:
    """A title with HTML markup or entities as the one line a reader sees.

    >>> _title_to_text("<b>Flood</b> &amp; rescue:<br>day&nbsp;<i>two</i>")
    'Flood & rescue: day two'
    """
    title = _BREAK_TAG_RE.sub(" ", title)
    if _TAG_NAME_RE.search(title):
        soup = BeautifulSoup(title, "html.parser")
        for dropped in soup(["script", "style"]):
            dropped.decompose()
        title = soup.get_text()
    return _WHITESPACE_RE.sub(" ", _unescape(title)).strip()


def _title_values(frame: pd.DataFrame, issues: _Issues) -> pd.Series:
    """Titles with HTML markup (``<b>``, ``<br>``…) or entities (``&amp;``, ``&#8217;``)
    converted to plain text, each row listed; other titles unchanged."""
    titles = frame["title"]
    marked = titles.map(lambda t: bool(_HTML_MARKUP_RE.search(t) or _ENTITY_RE.search(t)
                                       )).astype(bool)
    for row, id_, value in zip(frame[_ROW][marked], frame["id"][marked], titles[marked],
                               strict=True):
        shown = value if len(value) <= 60 else value[:60] + "…"
        issues.add(row, f"title held HTML markup or entities ({shown!r})",
                   "converted to plain text (html=False keeps it as written)", id_)
    if marked.any():
        titles = titles.copy()
        titles[marked] = titles[marked].map(_title_to_text)
    return titles


class _IdState:
    """Ids seen so far (with a digest of their text), kept across the batches of a stream."""

    def __init__(self):
        self.first_seen: dict[str, tuple[int, bytes]] = {}
        self.used: set[str] = set()
        self.counters: Counter = Counter()
        self.content_seen: dict = {}  # inputs without ids: outlet+title+text → rows
        self.dayfirst: bool | None = None  # the a/b/yyyy reading a batch's dates decided
        self.hinted = False  # column hints listed (first batch)


def _digest(text) -> bytes:
    return hashlib.blake2b(str(text).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _content_repeats(frame: pd.DataFrame, issues: _Issues, seen: dict) -> pd.Series:
    """Rows of an input without ids whose outlet, title, text and date repeat an earlier
    row's exactly: set aside and listed. The same outlet, title and text under another date
    (a story run again) is kept and listed. Rows without a text or without an outlet are not
    compared (the same wire copy may run in two outlets the input does not name)."""
    def cell(column):
        if column not in frame.columns:
            return [""] * len(frame)
        return ["" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v).strip()
                for v in frame[column]]

    keep = []
    for row, outlet, title, text, date in zip(frame[_ROW], cell("outlet"), cell("title"),
                                              cell("text"), cell("published"), strict=True):
        if not text or not outlet:  # unnamed outlets: the same wire copy may run in two
            keep.append(True)
            continue
        key = _digest("\x1f".join((outlet, title, text)))
        id_ = f"{issues.stem}-{row}"
        first = seen.get(key)
        if first is not None and date in first[1]:
            issues.add(row, f"exact duplicate of row {first[1][date]} (same outlet, title, text "
                       "and date; the input has no id column)", "set aside", id_)
            keep.append(False)
            continue
        if first is not None:
            issues.add(row, f"same outlet, title and text as row {first[0]} under another date",
                       "kept (a story run again?); map an id column with columns= to tell "
                       "rows apart", id_)
            first[1][date] = row
        else:
            seen[key] = (row, {date: row})
        keep.append(True)
    return pd.Series(keep, index=frame.index, dtype=bool)


def _ids(frame: pd.DataFrame, stem: str, issues: _Issues,
         state: _IdState | None = None) -> pd.DataFrame:
    if "id" not in frame.columns:
        issues.stem = stem
        seen = state.content_seen if state is not None else {}
        frame = frame.loc[_content_repeats(frame, issues, seen)].copy()
        frame["id"] = [f"{stem}-{row}" for row in frame[_ROW]]
    else:
        ids = frame["id"].map(lambda v: "" if v is None or (not isinstance(v, str) and pd.isna(v))
                              else str(v).strip())
        blank = ids == ""
        for row in frame[_ROW][blank]:
            issues.add(row, "missing id", f"given the id {stem}-{row}")
        ids[blank] = [f"{stem}-{row}" for row in frame[_ROW][blank]]
        frame["id"] = ids.astype(object)
    # A whole frame (load_corpus) keeps its texts at hand, so an id's text is digested only
    # when the id comes again; a stream (state given) keeps a digest, never the text, so that
    # its memory stays bounded by the batch.
    lazy = state is None
    state = state or _IdState()
    first_seen, used, counters = state.first_seen, state.used, state.counters
    used.update(frame["id"])
    keep = []
    new_ids = []
    for row, id_, text in zip(frame[_ROW], frame["id"], frame["text"], strict=True):
        if id_ not in first_seen:
            first_seen[id_] = (row, text if lazy else _digest(text))
            keep.append(True)
            new_ids.append(id_)
            continue
        first_row, first = first_seen[id_]
        if _digest(text) == (_digest(first) if lazy else first):
            issues.add(row, f"exact duplicate of row {first_row}", "set aside", id_)
            keep.append(False)
            new_ids.append(id_)
            continue
        counters[id_] += 1
        candidate = f"{id_}~{counters[id_] + 1}"
        while candidate in used:
            counters[id_] += 1
            candidate = f"{id_}~{counters[id_] + 1}"
        used.add(candidate)
        issues.add(row, f"id {id_!r} already used by row {first_row} for different text",
                   f"kept as {candidate!r}", id_)
        keep.append(True)
        new_ids.append(candidate)
    frame["id"] = new_ids
    return frame.loc[keep]  # .loc: an empty mask must select rows, not columns


#: ``a/b/yyyy`` dates (also with ``.`` or ``-``), optionally followed by a time: the only shape
#: whose reading depends on the day-first/month-first convention.
_NUMERIC_DATE_RE = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?=$|[\sT])(.*)$",
                              re.S)


def _full_year(year: str) -> int:
    """A written year as a number; a two-digit year is put in the century that brings it
    within 50 years of today, as dateutil (and so pandas) reads it: in 2026, ``26`` is 2026
    and ``99`` is 1999.

    >>> _full_year("2019"), _full_year("07")
    (2019, 2007)
    """
    if len(year) > 2:
        return int(year)
    this_year = pd.Timestamp.now(tz="UTC").year
    full = this_year - this_year % 100 + int(year)
    if full > this_year + 50:
        full -= 100
    elif full <= this_year - 50:
        full += 100
    return full

_ISO_DATE_RE = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}(?:$|[\sT])")
#: What an ambiguous ``a/b/yyyy`` column is read as when nothing in it tells: month-first, as
#: pandas and the loader before 2026-12 read it, so that results on existing collections do
#: not change; the column is then listed in the load issues.
DEFAULT_DAYFIRST = False


def _date_shape(value) -> str | None:
    """``"a/b/yyyy"``, ``"yyyy-mm-dd"``, ``"number"`` or ``"other"`` (``None`` when empty)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if not isinstance(value, str):
        return "number" if isinstance(value, int | float) and not isinstance(value, bool) \
            else "other"
    if not value.strip():
        return None
    if _NUMERIC_DATE_RE.match(value):
        return "a/b/yyyy"
    if _ISO_DATE_RE.match(value):
        return "yyyy-mm-dd"
    return "other"


def _decide_dayfirst(values: pd.Series, dayfirst: bool | None
                     ) -> tuple[bool, list[tuple], str]:
    """The reading for the column's ``a/b/yyyy`` values, the notes about it, and how it was
    decided: ``"given"``, ``"told"`` (by the column), ``"none"`` (no such values),
    ``"untold"`` (default kept) or ``"both"`` (values only readable one way and the other).

    Notes are ``(problem, action)`` pairs for the load issues. ``dayfirst=None`` decides from
    the column: a first number above 12 means day-first, a second number above 12 month-first;
    when neither (or both) occurs, :data:`DEFAULT_DAYFIRST` is kept and the column is listed.

    >>> _decide_dayfirst(pd.Series(["13/03/2026", "14/03/2026"]), None)
    (True, [], 'told')
    >>> _decide_dayfirst(pd.Series(["03/13/2026"]), None)
    (False, [], 'told')
    >>> _decide_dayfirst(pd.Series(["01/03/2026", "13/03/2026"]), None)[1][0][0]
    "dates read day-first: '13/03/2026' can only be read that way, so 1 date(s) that could be \
either ('01/03/2026') were read day-first too"
    >>> _decide_dayfirst(pd.Series(["03/01/2026"]), None)[1][0][0][:44]
    "1 date(s) like '03/01/2026' could be day-fir"
    """
    numeric = [(v, m) for v in values if isinstance(v, str)
               for m in [_NUMERIC_DATE_RE.match(v)] if m]
    notes: list[tuple] = []
    if dayfirst is not None:
        return bool(dayfirst), notes, "given"
    if not numeric:
        return DEFAULT_DAYFIRST, notes, "none"
    day_first = [v for v, m in numeric if int(m.group(1)) > 12]
    month_first = [v for v, m in numeric if int(m.group(3)) > 12]
    ambiguous = [v for v, m in numeric if int(m.group(1)) <= 12 and int(m.group(3)) <= 12]
    if bool(day_first) != bool(month_first):  # the column tells which way it is written
        told = bool(day_first)
        if ambiguous:  # (say which way, so a wrong guess can be put right: review 15)
            way, other = ("day-first", "month") if told else ("month-first", "day")
            decider = (day_first or month_first)[0].strip()
            examples = ", ".join(repr(v.strip()) for v in list(dict.fromkeys(ambiguous))[:3])
            notes.append((
                f"dates read {way}: {decider!r} can only be read that way, so "
                f"{len(ambiguous)} date(s) that could be either ({examples}) were read {way} too",
                f"pass dayfirst={not told} if the column is {other}-first (in a report: -p "
                f"'load_options={{\"dayfirst\": {str(not told).lower()}}}')"))
        return told, notes, "told"
    reading = "day-first" if DEFAULT_DAYFIRST else "month-first"
    choose = (f"pass dayfirst={not DEFAULT_DAYFIRST} if they are "
              f"{'month' if DEFAULT_DAYFIRST else 'day'}-first (in a report: -p "
              f"'load_options={{\"dayfirst\": {str(not DEFAULT_DAYFIRST).lower()}}}')")
    examples = ", ".join(repr(v.strip()) for v in list(dict.fromkeys(ambiguous))[:3])
    if day_first and month_first:
        notes.append((
            f"dates written both ways in one column: {len(day_first)} only day-first (e.g. "
            f"{day_first[0].strip()!r}), {len(month_first)} only month-first (e.g. "
            f"{month_first[0].strip()!r})",
            f"{len(ambiguous)} ambiguous date(s) ({examples or 'none'}) read {reading}, the "
            "others the only way they can be read; pass dayfirst=True or False to choose",
        ))
    else:
        notes.append((
            f"{len(ambiguous)} date(s) like {examples} could be day-first or month-first: no "
            "value in the column has a first or second number above 12",
            f"read {reading} (the default); {choose}",
        ))
    return DEFAULT_DAYFIRST, notes, "both" if day_first and month_first else "untold"


def _mixed_formats_note(values: pd.Series) -> tuple | None:
    """A ``(problem, action)`` note when a date column mixes ``a/b/yyyy`` with other shapes."""
    shapes: dict[str, list] = {}
    for value in values:
        shape = _date_shape(value)
        if shape is not None:
            shapes.setdefault(shape, []).append(value)
    if "a/b/yyyy" not in shapes or len(shapes) < 2:
        return None
    parts = ", ".join(f"{len(v)} like {str(v[0]).strip()!r}"
                      for _, v in sorted(shapes.items(), key=lambda kv: -len(kv[1])))
    return (f"the date column mixes formats: {parts}",
            "each value read in its own format; check the rarer ones")


def _parse_one(value, dayfirst: bool, either: bool = False):
    """One value to UTC; ``either``: an ``a/b/yyyy`` value that can only be read the other
    way is read that way."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return pd.NaT
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            unit = "ms" if abs(value) > 1e11 else "s"
            return pd.Timestamp(value, unit=unit, tz="UTC")
        if isinstance(value, str):
            if not value.strip():
                return pd.NaT
            match = _NUMERIC_DATE_RE.match(value)
            if match:
                first, _, second, year, rest = match.groups()
                if either and int(first if not dayfirst else second) > 12:
                    dayfirst = not dayfirst
                day, month = (first, second) if dayfirst else (second, first)
                value = f"{_full_year(year):04d}-{int(month):02d}-{int(day):02d}{rest}"
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        return pd.NaT
    if stamp is pd.NaT:
        return pd.NaT
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def _parse_dates(values: pd.Series, dayfirst: bool | None
                 ) -> tuple[pd.Series, list[tuple], bool | None]:
    """``(parsed, notes, told)``: ``told`` is the reading the column decided (else ``None``)."""
    reading, notes, how = _decide_dayfirst(values, dayfirst)
    mixed = _mixed_formats_note(values)
    if mixed:
        notes.append(mixed)
    short = [v.strip() for v in values if isinstance(v, str)
             for m in [_NUMERIC_DATE_RE.match(v)] if m and len(m.group(4)) == 2]
    if short:
        years = sorted({_full_year(_NUMERIC_DATE_RE.match(v).group(4)) for v in short})
        notes.append((f"{len(short)} date(s) with a two-digit year (e.g. {short[0]!r})",
                      f"read as {', '.join(map(str, years[:5]))}"
                      f"{'…' if len(years) > 5 else ''} (the century within 50 years of "
                      "today); write four-digit years if that is wrong"))
    parsed = pd.Series([_parse_one(v, reading, how == "both") for v in values],
                       index=values.index, dtype="datetime64[ns, UTC]")
    return parsed, notes, reading if how == "told" else None


def parse_dates(values: pd.Series, *, dayfirst: bool | None = None) -> pd.Series:
    """Parse dates to tz-aware UTC; naive values are read as UTC; unparseable → ``NaT``.

    Numbers are read as Unix time (seconds, or milliseconds when above 10^11). Dates written
    ``a/b/yyyy`` (or with ``.``/``-``) are read one way for the whole column: day-first when
    ``dayfirst=True`` or when some value's first number is above 12, month-first when
    ``dayfirst=False`` or when some value's second number is above 12, otherwise
    month-first (:data:`DEFAULT_DAYFIRST`; :func:`load_corpus` then lists the column).

    >>> dates = parse_dates(pd.Series(["2026-09-03T09:15:00+02:00", "3 Sept 2026", "soon"]))
    >>> [str(d) for d in dates]
    ['2026-09-03 07:15:00+00:00', '2026-09-03 00:00:00+00:00', 'NaT']
    >>> [f"{d:%Y-%m-%d}" for d in parse_dates(pd.Series(["01/03/2026", "13/03/2026"]))]
    ['2026-03-01', '2026-03-13']
    """
    return _parse_dates(values, dayfirst)[0]


def _published(frame: pd.DataFrame, issues: _Issues, dayfirst: bool | None = None,
               state: _IdState | None = None) -> pd.DataFrame:
    if "published" not in frame.columns:
        frame["published"] = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns, UTC]")
        return frame
    raw = frame["published"]
    if dayfirst is None and state is not None:
        dayfirst = state.dayfirst  # a stream keeps the reading its first telling batch chose
    parsed, notes, told = _parse_dates(raw, dayfirst)
    if state is not None and told is not None:
        state.dayfirst = told
    for problem, action in notes:
        issues.add(None, problem, action)
    given = raw.map(lambda v: not (v is None or (not isinstance(v, str) and pd.isna(v))
                                   or (isinstance(v, str) and not v.strip())))
    bad = given & parsed.isna()
    if bad.any():
        frame["published_raw"] = raw.where(bad, None).astype(object)
        for row, id_, value in zip(frame[_ROW][bad], frame["id"][bad], raw[bad], strict=True):
            issues.add(row, f"unparseable date {value!r}",
                       "published left empty (undated); original kept in published_raw", id_)
    frame["published"] = parsed
    return frame


def load_corpus(
    source,
    *,
    format: str = "auto",
    columns: Mapping[str, str] | None = None,
    outlet: str | None = None,
    encoding: str | None = None,
    on_error: str = "raise",
    recursive: bool = False,
    dayfirst: bool | None = None,
    html: bool = True,
    sep: str | None = None,
    **unknown,
) -> pd.DataFrame:
    """Read an article collection into the corpus schema (see the module docstring).

    Parameters
    ----------
    source : str, Path or DataFrame
        A DataFrame; a CSV/TSV, JSON Lines, JSON, Parquet or RSS/Atom file (``.gz`` allowed
        for the text formats); a Media Cloud story-list CSV export; a folder of ``.txt``,
        ``.md`` or ``.html`` files (one article per file, id from the file name, title from the
        first line or the HTML ``<title>``), or one such file.
    format : str
        ``"auto"`` (from the file ending, the folder, or the DataFrame) or one of
        ``"csv"``, ``"tsv"``, ``"jsonl"``, ``"json"``, ``"parquet"``, ``"folder"``,
        ``"mediacloud"``, ``"feed"``, ``"dataframe"``.
    columns : mapping, optional
        Input column → schema column, e.g. ``{"story": "text", "paper": "outlet"}``. Without
        it, obvious names are mapped (``body``/``content`` → ``text``,
        ``source``/``media_name`` → ``outlet``, ``date`` → ``published``; see
        :data:`COLUMN_ALIASES`).
    outlet : str, optional
        Outlet for articles whose input names none (default ``"unknown"``).
    encoding : str, optional
        Text encoding of the file(s). Default: UTF-8, else the detected one, with a warning.
    on_error : {"raise", "skip"}
        What to do with a malformed row or line: raise :class:`CorpusError` naming the file,
        line and column, or set it aside and list it in :func:`load_issues`.
    recursive : bool
        For folders: also read articles in sub-folders (ids then include the sub-folder).
    dayfirst : bool or None
        How dates written ``a/b/yyyy`` (or ``a.b.yyyy``, ``a-b-yyyy``) are read, for the whole
        column: ``True`` day-first, ``False`` month-first, ``None`` (default) decided from
        the column (a first number above 12 means day-first, a second one month-first;
        when nothing tells, month-first and the column is listed in the load issues).
    html : bool
        ``True`` (default): texts of a CSV/JSON/Parquet/DataFrame input that hold HTML markup
        (``<p>``, ``<br>``, ``<div>``…) are turned into plain text as a web page's article is
        (paragraphs separated by a blank line, scripts dropped), and listed. ``False`` keeps
        them as written (still listed).
    sep : str, optional
        Field separator of a CSV file. Default: ``,`` (``\t`` for TSV), unless the header
        line is clearly separated by ``;``, ``|`` or a tab, which is then used and listed.

    Returns
    -------
    DataFrame
        The corpus; ``load_issues(corpus)`` lists what was set aside or changed.

    Examples
    --------
    >>> corpus = load_corpus(pd.DataFrame({"body": ["It rained.", "It did not."],
    ...                                    "source": ["Wire", "Lantern"]}))
    >>> corpus[["id", "outlet", "text"]].values.tolist()
    [['row-1', 'Wire', 'It rained.'], ['row-2', 'Lantern', 'It did not.']]
    """
    if unknown:  # (a misspelt option, often from a notebook's load_options: one clear line)
        import difflib

        wrong = sorted(unknown)
        close = difflib.get_close_matches(wrong[0], LOAD_OPTIONS, n=1, cutoff=0.6)
        raise ParameterError(
            f"load_corpus: unknown option(s) {', '.join(wrong)}"
            + (f" (did you mean {close[0]!r}?)" if close else "")
            + f"; it takes {', '.join(LOAD_OPTIONS)}")
    check_choice("format", format, FORMATS)
    check_choice("on_error", on_error, ("raise", "skip"))
    _check_options(dayfirst, html, sep)
    if isinstance(source, pd.DataFrame):
        label, stem = "<DataFrame>", "row"
        issues = _Issues(label)
        frame = source.copy()
        if _ROW in frame.columns:
            frame = frame.drop(columns=_ROW)
        frame = frame.reset_index(drop=True)
        frame[_ROW] = range(1, len(frame) + 1)
        fmt = "dataframe"
    elif format == "dataframe":
        raise CorpusError(f"format='dataframe' needs a DataFrame, got {type(source).__name__}")
    elif isinstance(source, str | Path):
        label = str(source)
        stem = Path(source).name.split(".")[0] or "row"
        issues = _Issues(label)
        frame, fmt = _read_source(source, format, encoding=encoding, on_error=on_error,
                                  recursive=recursive, issues=issues, sep=sep)
    elif type(source).__module__.startswith("dask."):
        raise CorpusError(
            f"cannot load a Dask {type(source).__name__} here: pass it to analyze(..., "
            "engine='dask'), or give a pandas DataFrame, a file path or a folder")
    else:
        raise CorpusError(
            f"cannot load a {type(source).__name__}; give a pandas DataFrame, a file path or a "
            "folder")

    corpus = _normalise(frame, fmt, label, stem, issues, columns=columns, outlet=outlet,
                        dayfirst=dayfirst, html=html)
    _warn_issues(label, issues.rows)
    return corpus


def _check_options(dayfirst, html, sep) -> None:
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise ParameterError(f"dayfirst={dayfirst!r}: choose True, False or None (in -p "
                             "load_options, JSON's true, false or null)")
    if not isinstance(html, bool):
        raise ParameterError(f"html={html!r}: choose True or False")
    if sep is not None and (not isinstance(sep, str) or len(sep) != 1 or sep in "\"\r\n"):
        raise ParameterError(f"sep={sep!r}: give one character, e.g. ';', '|' or '\\t'")


def _without_blank_rows(frame: pd.DataFrame, issues: _Issues) -> pd.DataFrame:
    """``frame`` without the rows whose every field is empty or white space — what a
    spreadsheet writes for an empty line (``,,,,``) — each listed once as a blank row. Kept,
    such a row became an article with no text, no id and the outlet "unknown", which then
    ranked lowest in every reading (review 15). A table of texts alone keeps its empty rows
    (an empty text is an article, analysed as empty): a blank row needs other fields, all
    empty too."""
    if frame.empty or "text" not in frame.columns or \
            len([c for c in frame.columns if c != _ROW]) < 2:
        return frame

    def empty(column: pd.Series) -> pd.Series:
        as_text = column.astype("string")
        return (as_text.isna() | (as_text.str.strip() == "")).fillna(True).astype(bool)

    blank = empty(frame["text"])  # (only rows without text can be blank: check those)
    if not blank.any():
        return frame
    for name in frame.columns:
        if name not in (_ROW, "text"):
            blank &= empty(frame[name])
    if not blank.any():
        return frame
    for row in frame.loc[blank, _ROW]:
        issues.add(row, "blank row (every field empty)", "set aside")
    return frame[~blank].reset_index(drop=True)


def _normalise(frame: pd.DataFrame, fmt: str, label: str, stem: str, issues: _Issues, *,
               columns, outlet, state: _IdState | None = None, dayfirst: bool | None = None,
               html: bool = True) -> pd.DataFrame:
    """Raw rows (with their input line numbers in ``_ROW``) → the corpus schema."""
    original_columns = [str(c) for c in frame.columns if c != _ROW]
    frame = _map_columns(frame, columns, label)
    if "text" not in frame.columns:
        if fmt == "mediacloud" and "title" in frame.columns:
            frame["text"] = frame["title"]
            frame["text_source"] = "title"
            issues.add(None, "Media Cloud export without article text",
                       "titles analysed as the text (text_source='title')")
        elif not original_columns:
            raise MissingColumnError("the input holds no rows and no columns (an empty file or "
                                     "export?): there is nothing to analyse", source=label)
        else:
            available = ", ".join(original_columns) or "none"
            raise MissingColumnError(
                f"no text column (looked for 'text' and {', '.join(COLUMN_ALIASES['text'])}); "
                f"columns found: {available}. Name it with columns={{'<column>': 'text'}}.",
                source=label)
    frame = _without_blank_rows(frame.reset_index(drop=True), issues)
    if frame.empty:
        issues.add(None, "no articles in the input", "empty corpus returned")
    _single_values(frame, issues)
    if state is None or not state.hinted:  # a stream lists its hints once
        _column_hints(frame, issues)
        if state is not None:
            state.hinted = True
    frame = _ids(frame, stem, issues, state)
    frame["text"] = _text_values(frame, issues,
                                 None if fmt in ("folder", "feed") else html)
    if "outlet" not in frame.columns:
        frame["outlet"] = None
    missing_outlet = frame["outlet"].isna() | (frame["outlet"].astype(str).str.strip() == "")
    if missing_outlet.any():
        fill = outlet or UNKNOWN_OUTLET
        issues.add(None, f"{int(missing_outlet.sum())} article(s) name no outlet",
                   f"outlet set to {fill!r}")
        frame.loc[missing_outlet, "outlet"] = fill
    frame["outlet"] = frame["outlet"].astype(str).str.strip().astype(object)
    _similar_outlets(frame["outlet"], issues)
    frame = _published(frame, issues, dayfirst, state)
    frame["title"] = frame["title"].fillna("").astype(str).astype(object) if "title" in frame \
        else ""
    if html and fmt not in ("folder", "feed") and "title" in frame:
        frame["title"] = _title_values(frame, issues)
    for optional in ("url", "author", "language"):
        if optional not in frame.columns:
            frame[optional] = pd.NA
    extras = [c for c in frame.columns if c not in SCHEMA and c != _ROW]
    corpus = frame[[*SCHEMA, *extras]].reset_index(drop=True)
    corpus.attrs["load_issues"] = issues.rows
    corpus.attrs["source"] = label
    return corpus


def _warn_issues(label: str, rows: list[dict]) -> None:
    if rows:
        counts = Counter(_problem_kind(r["problem"]) for r in rows if r["row"] is not None)
        notes = [r["problem"] for r in rows if r["row"] is None]
        summary = "; ".join([*(f"{n} × {kind}" for kind, n in counts.most_common()), *notes])
        warnings.warn(f"{label}: {summary}. See analysis.load_issues(corpus) for each row.",
                      CorpusWarning, stacklevel=3)


#: Formats :func:`iter_corpus` reads batch by batch; others are read whole, then batched.
STREAMED_FORMATS = ("csv", "tsv", "jsonl", "parquet")


def _open_text(path: Path, encoding: str | None):
    if path.suffix.lower() == ".gz":
        import gzip

        return gzip.open(path, "rt", encoding=encoding or "utf-8-sig", newline="")
    return open(path, encoding=encoding or "utf-8-sig", newline="")


def _raw_batches(path: Path, fmt: str, batch_size: int, encoding, on_error, issues, sep=None):
    """Raw frames of at most ``batch_size`` rows, with input line numbers in ``_ROW``."""
    from itertools import islice

    if fmt == "parquet":
        import pyarrow.parquet as pq

        try:
            source = pq.ParquetFile(path)
        except Exception as exc:  # pyarrow raises many types; all mean "not readable"
            raise CorpusError(f"not a readable Parquet file ({type(exc).__name__}: {exc})",
                              source=str(path)) from None
        done = 0
        for batch in source.iter_batches(batch_size=batch_size):
            frame = batch.to_pandas()
            frame[_ROW] = range(done + 1, done + len(frame) + 1)
            done += len(frame)
            yield frame
        return
    with _open_text(path, encoding) as handle:
        if fmt == "jsonl":
            records = _jsonl_records(handle, path, on_error, issues)
            make = _frame
        else:
            from itertools import chain

            first = handle.readline()
            delimiter = sep or _sniff_sep(first, "\t" if fmt == "tsv" else ",", issues)
            header, records = _delimited_records(chain([first], handle), path, delimiter,
                                                 on_error, issues)

            def make(numbered):
                return _delimited_frame(header, numbered)
        while True:
            try:
                numbered = list(islice(records, batch_size))
            except UnicodeDecodeError as exc:
                raise CorpusError(f"not valid {encoding or 'UTF-8'} ({exc.reason}); pass "
                                  "encoding='…', or read it whole with load_corpus(), which "
                                  "detects the encoding", source=str(path)) from None
            if not numbered:
                return
            yield make(numbered)


def iter_corpus(
    source,
    *,
    batch_size: int = 10_000,
    format: str = "auto",
    columns: Mapping[str, str] | None = None,
    outlet: str | None = None,
    encoding: str | None = None,
    on_error: str = "raise",
    dayfirst: bool | None = None,
    html: bool = True,
    sep: str | None = None,
) -> Iterator[pd.DataFrame]:
    """Read a collection batch by batch, for files larger than memory.

    Each batch is a corpus in the schema, exactly as :func:`load_corpus` would give those rows
    (ids unique across the whole file, repeats set aside, the same load issues, listed per
    batch by :func:`load_issues`). CSV/TSV, JSON Lines (also gzipped) and Parquet are read in
    batches, so memory is bounded by ``batch_size``; other formats are read whole and then
    handed out in batches. One warning at the end summarises every batch's load issues.

    Parameters
    ----------
    source : str, Path or DataFrame
        As for :func:`load_corpus`.
    batch_size : int
        Rows per batch (default 10,000).
    format, columns, outlet, encoding, on_error, dayfirst, html, sep
        As for :func:`load_corpus`. A streamed file is read as UTF-8 unless ``encoding`` is
        given (there is no whole file to detect an encoding from). With ``dayfirst=None`` the
        first batch whose dates tell the reading fixes it for the batches after it.

    Yields
    ------
    DataFrame
        Batches of the corpus, in file order.

    Examples
    --------
    >>> frame = pd.DataFrame({"text": ["One.", "Two.", "Three."]})
    >>> [batch["id"].tolist() for batch in iter_corpus(frame, batch_size=2)]
    [['row-1', 'row-2'], ['row-3']]
    """
    check_choice("format", format, FORMATS)
    check_choice("on_error", on_error, ("raise", "skip"))
    _check_options(dayfirst, html, sep)
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ParameterError(f"batch_size={batch_size!r}: give a positive number of rows")
    fmt = format
    if isinstance(source, str | Path) and Path(source).is_file():
        fmt = _detect_format(Path(source)) if format == "auto" else format
    if not isinstance(source, str | Path) or fmt not in STREAMED_FORMATS:
        whole = load_corpus(source, format=format, columns=columns, outlet=outlet,
                            encoding=encoding, on_error=on_error, dayfirst=dayfirst, html=html,
                            sep=sep)
        for start in range(0, max(len(whole), 1), batch_size):
            batch = whole.iloc[start:start + batch_size].reset_index(drop=True)
            batch.attrs = dict(whole.attrs) if start == 0 else {**whole.attrs,
                                                                 "load_issues": []}
            yield batch
        return
    path = Path(source)
    label, stem = str(source), path.name.split(".")[0] or "row"
    state, issues, mark = _IdState(), _Issues(label), 0
    for raw in _raw_batches(path, fmt, batch_size, encoding, on_error, issues, sep):
        batch = _normalise(raw, fmt, label, stem, issues, columns=columns, outlet=outlet,
                           state=state, dayfirst=dayfirst, html=html)
        batch.attrs["load_issues"] = issues.rows[mark:]  # this batch's rows (read + normalised)
        mark = len(issues.rows)
        yield batch
    _warn_issues(label, issues.rows)


#: Problems whose wording starts with their particulars, and the kind the warning counts.
_PROBLEM_KINDS = (
    (r"has \d+ fields?, the header has \d+", "row with the wrong number of fields"),
    (r"item \d+ is a JSON ", "JSON item that is not an object"),
    (r"header column \d+ is ", "header column empty or repeated"),
    (r"line is a JSON ", "line that is not a JSON object"),
    (r"unclosed quote", "unclosed quote (a quoted field ran on over the next lines)"),
)


def _problem_kind(problem: str) -> str:
    """A problem's kind for the one-line load note, without the row's particulars.

    >>> _problem_kind("exact duplicate of row 3"), _problem_kind("unparseable date 'soon'")
    ('exact duplicate', 'unparseable date')
    >>> _problem_kind("id 'a7' already used by row 3 for different text")
    'id already used for different text'
    >>> _problem_kind("has 3 fields, the header has 5")
    'row with the wrong number of fields'
    """
    if problem.startswith("id ") and " already used by row " in problem:
        return "id already used for different text"
    for pattern, kind in _PROBLEM_KINDS:
        if re.match(pattern, problem):
            return kind
    return re.sub(r" \(.*|'.*| of row \d+| by row \d+.*| \d+ .*", "", problem).strip()


def load_issues(corpus: pd.DataFrame) -> pd.DataFrame:
    """What :func:`load_corpus` set aside or changed, one row per problem.

    Columns: ``source`` (file), ``row`` (1-based line or row in the input, empty for whole-file
    notes), ``id``, ``problem``, ``action``.
    """
    table = pd.DataFrame(corpus.attrs.get("load_issues", []),
                         columns=["source", "row", "id", "problem", "action"])
    return table.astype({"row": "Int64"})


def issues_html(issues: pd.DataFrame) -> str:
    """A :func:`load_issues` table as a report shows it: an HTML table without pandas' row
    index, every cell in full (pandas' notebook view cuts long text to ``original kept
    in p...``), a missing row number or id as a dash, all text escaped.

    >>> t = pd.DataFrame({"row": pd.array([3, None], dtype="Int64"), "id": ["a", None]})
    >>> issues_html(t)
    '<table><thead><tr><th>row</th><th>id</th></tr></thead><tbody><tr><td>3</td><td>a</td></tr><tr><td>—</td><td>—</td></tr></tbody></table>'
    """
    from .inspect import clean_text, html_table
    from .stats import MISSING

    def cell(column, value) -> str:
        missing = value is None or (not isinstance(value, str) and bool(pd.isna(value)))
        return f"<td>{MISSING if missing else clean_text(value)}</td>"

    return html_table(issues, cell)
