"""The article inspector: escaping, overlapping marks, attributions and frame cues, panel."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

import analysis as ma
from analysis.errors import ParameterError
from analysis.inspect import Mark, clean_text, collect_marks, highlight, inspect_articles

from .handbuilt import TEXT, build


class _Checker(HTMLParser):
    """Collects visible text and checks that span tags balance."""

    def __init__(self):
        super().__init__()
        self.depth, self.text, self.max_depth, self.scripts = 0, [], 0, 0

    def handle_starttag(self, tag, attrs):
        if tag == "span":
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        if tag == "script":
            self.scripts += 1

    def handle_endtag(self, tag):
        if tag == "span":
            self.depth -= 1
            assert self.depth >= 0

    def handle_data(self, data):
        self.text.append(data)


def _body(fragment: str) -> str:
    return re.search(r'<div class="ma-body">(.*?)</div>', fragment, re.S).group(1)


@pytest.fixture(scope="module")
def result():
    return build()


def test_visible_text_is_the_article_exactly(result):
    checker = _Checker()
    checker.feed(_body(ma.inspect(result, "a1").fragment))
    assert checker.depth == 0
    assert checker.scripts == 0                        # <script> in the text stays text
    assert "".join(checker.text) == TEXT.replace("\x00", "␀")


def test_title_and_metadata_escaped(result):
    html = ma.inspect(result, "a1")._repr_html_()
    assert "&lt;i&gt;before&lt;/i&gt;" in html and "<i>before" not in html
    assert "Frontline &lt;Digest&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("kind,label,colour_or_note", [
    ("quote", "named", "#56B4E9"),            # span label
    ("quote", "anonymous", "#D55E00"),        # from the attributions table only
    ("speaker", "anonymous", "#D55E00"),
    ("verb", "loaded", "attribution verb, stance: loaded"),
    ("via", "Harbour Courier", "relayed via: Harbour Courier"),
    ("frame_cue", "conflict", "#D55E00"),
    ("frame_cue", "economic", "#009E73"),
    ("tone", "negative", "sentence tone: negative (-0.42)"),
    ("custom_kind", "x<y", "custom_kind: x<y"),
])
def test_every_kind_is_marked(result, kind, label, colour_or_note):
    marks = [m for m in collect_marks(result, "a1") if m.kind == kind and m.label == label]
    assert len(marks) == 1
    assert colour_or_note in (marks[0].colour + marks[0].note)


def test_attribution_quote_drawn_once(result):
    quotes = [m for m in collect_marks(result, "a1") if m.kind == "quote"]
    assert len(quotes) == 2                            # one span + one from the table
    note = next(m.note for m in quotes if m.label == "named")
    assert note == "quote — speaker: Ines Borowska (named); verb: said (neutral)"


def test_overlapping_and_nested_marks():
    text = "abcdefghij"
    marks = [Mark(0, 6, "quote", "official", "q", "#000"), Mark(3, 9, "hedge", "", "h", ""),
             Mark(4, 5, "frame_cue", "conflict", "f", "#111")]
    out = highlight(text, marks)
    checker = _Checker()
    checker.feed(out)
    assert "".join(checker.text) == text and checker.depth == 0
    assert checker.max_depth == 3                      # e is inside all three
    # pieces: abc | def (q+h: split at 4 and 5) ...: count of wrappers = 1+2+3+2+1
    assert out.count("<span") == 1 + 2 + 3 + 2 + 1


@pytest.mark.parametrize("raw,expected", [
    ("a\x00b", "a␀b"), ("\x07", "␇"), ("x\x7f", "x␡"), ("\x85", "\ufffd"),
    ("\ud800", "\ufffd"), ("tab\tline\n", "tab\tline\n"), ("<&>\"'", "&lt;&amp;&gt;&quot;&#x27;"),
])
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


def test_standalone_page_encodes(tmp_path, result):
    path = ma.inspect(result, "a1").save(tmp_path / "a1.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


def test_side_panel_metrics_legend_and_sources(result):
    html = ma.inspect(result, "a1").fragment
    # metrics named for readers, the column name kept as the row's tooltip
    assert '<th title="hedge_rate">hedges per 1,000 words</th><td class="num">25</td>' in html
    assert "Legend" in html and "frame cue (colour = frame)" in html
    assert "Attributed statements (2)" in html and "<td>Harbour Courier</td>" in html
    # what was said is in the table, beside who said it
    assert "<td>the site was settled</td>" in html
    assert "Issue frames with no cue" not in html  # (this result has no issue frames)
    # issue frames without a cue are left out of the metrics



def test_side_panel_leaves_out_issue_frames_without_a_cue():
    from analysis.inspect import _side_panel

    panel = _side_panel({"n_words": 10, "issue_legality": 0.0, "issue_legality_present": False,
                         "issue_economic": 2.5, "issue_economic_present": True}, [], [])
    assert 'title="issue_legality' not in panel
    assert "Issue frames with no cue in this article are not listed." in panel
    assert '<th title="issue_economic_present">economic issue frame present</th>' in panel
    assert '<th title="n_words">' in panel


def test_kinds_filter_and_extra_spans(result):
    marks = collect_marks(result, "a1", kinds=["hedge"])
    assert {m.kind for m in marks} == {"hedge"}
    extra = pd.DataFrame({"article_id": ["a1"], "start": [0], "end": [9], "kind": ["reuse"],
                          "label": ["copied from earlier x"]})
    assert any(m.kind == "reuse" for m in collect_marks(result, "a1", extra_spans=extra))


def test_out_of_range_and_empty_spans_skipped(result):
    bad = pd.DataFrame({"article_id": ["a1", "a1"], "start": [5, 10_000], "end": [5, 10_010],
                        "kind": ["hedge", "hedge"], "label": ["", ""]})
    before = len(collect_marks(result, "a1"))
    assert len(collect_marks(result, "a1", extra_spans=bad)) == before


def test_unknown_id_raises(result):
    with pytest.raises(ParameterError, match="no article with id 'zz'"):
        ma.inspect(result, "zz")


def test_article_list_shares_one_style(result):
    listing = inspect_articles(result, ["a1", "a2", "a1"], limit=5)
    html = listing._repr_html_()
    assert html.count("<style>") == 1 and html.count('class="ma-inspect"') == 2
    page = inspect_articles(result, ["a1", "a2"], limit=1)._repr_html_()
    assert "Showing the first 1 of these 2 articles" in page and "other 1 are listed" in page


def test_real_analysis_renders_every_sample_article():
    result = ma.analyze(ma.load_corpus(ma.config.SAMPLE_CORPUS))
    for article_id in result.articles["id"]:
        checker = _Checker()
        fragment = ma.inspect(result, article_id).fragment
        checker.feed(_body(fragment))
        assert checker.depth == 0
        assert "".join(checker.text) == result.article_text(article_id)


def test_story_list_links_each_shown_article_to_its_highlighted_text():
    import analysis as ma
    from analysis.inspect import article_anchor

    corpus = pd.DataFrame({"id": ["a-1", "a 1", "b"], "text": [
        "“It is over,” the mayor said.", "Critics say it failed.", "It rained."]})
    result = ma.analyze(corpus, cache=None, progress=False)
    shown = ma.inspect_articles(result, ["a-1", "a 1"])
    page = ma.linked_table(corpus[["id"]], shown)._repr_html_() + shown._repr_html_()
    # two ids that slug alike still get two anchors, each present once as a target
    assert article_anchor("a-1") != article_anchor("a 1")
    for article_id in ("a-1", "a 1"):
        assert page.count(f'href="#{article_anchor(article_id)}"') == 1
        assert page.count(f'id="{article_anchor(article_id)}"') == 1
    assert f'href="#{article_anchor("b")}"' not in page and "<td>b</td>" in page
    with pytest.raises(ma.ParameterError, match="no 'url' column"):
        ma.linked_table(corpus, shown, id_column="url")


@pytest.mark.parametrize("url,linked", [
    ("https://lantern.example/2026/a", False),   # reserved for examples (RFC 2606): invented
    ("https://news.example.org/a", True),
    ("https://example/a", False),
])
def test_invented_addresses_are_not_linked(url, linked):
    frame = pd.DataFrame({"id": ["a"], "outlet": ["X"], "url": [url], "text": ["It rained."]})
    html = ma.inspect(ma.analyze(frame, cache=None, progress=False), "a").fragment
    assert (f'href="{url}"' in html) is linked
    assert ("no link (invented article)" in html) is not linked


def test_mark_summary_says_how_many_statements_the_relay_mentions_carry():
    """One mention of a relaying outlet can carry several statements: "2 relays" for an article
    where 6 of 12 statements are relayed understated its second-hand share."""
    from analysis.inspect import describe_marks

    class Result:
        spans = pd.DataFrame({"article_id": ["a"] * 3, "kind": ["via", "via", "quote"]})
        attributions = pd.DataFrame({"article_id": ["a"] * 4 + ["b"],
                                     "via": ["Radio Velm", "Radio Velm", "Radio Velm", "", "X"]})

    assert describe_marks(Result(), "a") == (
        "a: 1 attributed statement, 2 mentions of outlets relaying statements (3 of the 4 "
        "attributed statements relayed).")
