"""The article inspector: one article as HTML with the evidence behind every number marked.

``inspect(result, article_id)`` returns an :class:`ArticleView` that shows itself inline in
JupyterLab (``_repr_html_``) and in the HTML reports, and writes a standalone page
(``to_html()``, ``save(path)``). :func:`inspect_articles` renders several articles the same way
for a report.

What is marked (every span of ``result.spans`` for the article, of any kind, plus the
attributions of ``result.attributions``):

* ``quote`` — highlighter colour by the source's ``speaker_type`` (from the attribution with
  the same offsets, or the span's label);
* ``speaker`` — bold, underlined in the source type's colour;
* ``verb`` — italic, dotted underline coloured by its stance (``verb_stance`` or the label);
* ``via`` — dashed box: the outlet a statement is relayed through;
* ``hedge`` — wavy orange underline; ``booster`` — double blue underline;
* ``frame_cue`` — a bar along the top of the words in the frame's colour (label = frame); its
  tooltip gives the cue's weight, and the "Evidence marked" panel adds the weights of each
  frame's cues up to the rate the metrics table prints (Σ weight ÷ ``n_words`` × 1,000);
* ``tone`` — the sentence shaded red (negative) or green (positive);
* ``reuse`` — purple text: a passage shared with another outlet's article;
* any other kind — a dotted grey underline; the tooltip names kind and label.

Spans may overlap or nest: the text is cut at every span boundary and each piece is wrapped in
one element per span covering it, so every mark shows. All article text, titles, labels and
metadata are HTML-escaped; control characters (NUL…) are shown as visible symbols and lone
surrogates as U+FFFD, one character for one, so offsets stay valid.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import ParameterError
from .framing import RATE_PER_WORDS
from .stats import label_text
from .text import ENGLISH_SHARE_MIN

#: Colours of source types (Okabe & Ito 2008 colour-blind-safe palette). Keys are the
#: speaker types named in DESIGN.md, in the spellings an analyzer is likely to use.
SPEAKER_TYPE_COLOURS = {
    "official": "#0072B2", "expert": "#009E73", "named": "#56B4E9", "named_person": "#56B4E9",
    "person": "#56B4E9", "media": "#CC79A7", "media_outlet": "#CC79A7", "outlet": "#CC79A7",
    "anonymous": "#D55E00", "vague": "#E69F00", "organisation": "#F0E442",
    "organization": "#F0E442", "unknown": "#999999",
}
#: Colours of the generic news frames (Semetko & Valkenburg 2000), Okabe–Ito again.
FRAME_COLOURS = {
    "conflict": "#D55E00", "responsibility": "#0072B2", "economic": "#009E73",
    "economic_consequences": "#009E73", "human_interest": "#CC79A7", "morality": "#E69F00",
}
#: Colours given in turn to labels that the tables above do not name (matplotlib tab10).
FALLBACK_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
#: Verb stance colours: neutral reporting verbs grey, any other stance from the fallbacks.
NEUTRAL_STANCE_COLOUR = "#777777"
#: Transparency (hex alpha) of quote highlights, so the text stays readable.
HIGHLIGHT_ALPHA = "55"
#: Sentence tone shading.
TONE_COLOURS = {"negative": "#fbe0dc", "positive": "#dff3e2"}
#: Nesting order of marks, outermost first (sentence shading outside, cue marks inside).
KIND_ORDER = ("tone", "reuse", "quote", "speaker", "via", "verb", "frame_cue", "hedge",
              "booster")
#: What each known kind means, for the legend.
KIND_NAMES = {
    "tone": "sentence tone", "quote": "quotation (colour = source type)",
    "speaker": "speaker", "via": "relayed via another outlet",
    "verb": "attribution verb (colour = stance)", "frame_cue": "frame cue (colour = frame)",
    "hedge": "hedge", "booster": "booster",
    "reuse": "passage shared with another outlet's article",
}
#: Articles rendered by :func:`inspect_articles` when no limit is given.
MAX_ARTICLES = 20
#: Attribution rows listed in the side panel.
MAX_SOURCES_LISTED = 40

_SLUG_RE = re.compile(r"[^a-z0-9_-]+")
_SURROGATE_RE = re.compile("[\ud800-\udfff\ufffe\uffff]")
#: C0 controls other than tab, line feed and carriage return → Unicode "control pictures";
#: DEL → ␡; C1 controls → U+FFFD. One character for one.
_CONTROLS = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}
_CONTROLS[0x7F] = 0x2421
_CONTROLS.update({c: 0xFFFD for c in range(0x80, 0xA0)})

CSS = """
.ma-inspect{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start;color:#222;
  background:#fff;padding:.8em;border:1px solid #ddd;border-radius:6px;margin:.6em 0}
.ma-inspect .ma-main{flex:1 1 34em;max-width:48em}
.ma-inspect .ma-title{font:bold 1.25em/1.3 Georgia,serif;margin:0 0 .2em}
.ma-inspect .ma-meta{font:12px/1.4 system-ui,sans-serif;color:#555;margin-bottom:.8em}
.ma-inspect .ma-body{white-space:pre-wrap;font:15px/1.75 Georgia,serif;overflow-wrap:anywhere}
.ma-inspect .ma-side{flex:0 1 24em;font:12px/1.45 system-ui,sans-serif}
.ma-inspect .ma-side h4{margin:.9em 0 .3em;font-size:12px;text-transform:uppercase;
  letter-spacing:.04em;color:#555}
.ma-inspect table{border-collapse:collapse;width:100%;table-layout:fixed}
.ma-inspect .ma-side th{width:62%}
.ma-inspect .ma-side th,.ma-inspect .ma-side td{overflow-wrap:anywhere}
.ma-inspect td,.ma-inspect th{padding:1px 4px;border-bottom:1px solid #eee;text-align:left;
  vertical-align:top}
.ma-inspect td.num{text-align:right;font-variant-numeric:tabular-nums}
.ma-inspect .m-tone{background:var(--c)}
.ma-inspect .m-quote{box-shadow:inset 0 -.6em 0 var(--c)}
.ma-inspect .m-speaker{font-weight:bold;border-bottom:2px solid var(--c)}
.ma-inspect .m-verb{font-style:italic;text-decoration:underline dotted var(--c);
  text-decoration-thickness:2px;text-underline-offset:5px}
.ma-inspect .m-via{outline:1.5px dashed #6a3d9a;outline-offset:1px}
.ma-inspect .m-hedge{text-decoration:underline wavy #E69F00;text-underline-offset:3px}
.ma-inspect .m-booster{text-decoration:underline double #0072B2;text-underline-offset:3px}
.ma-inspect .m-frame_cue{box-shadow:inset 0 3px 0 var(--c)}
.ma-inspect .m-reuse{color:#5b2a86}
.ma-inspect .m-other{border-bottom:1px dotted #555}
.ma-inspect .sw{display:inline-block;padding:0 .3em;margin:1px 0}
.ma-inspect tr.ma-sum td{color:#555;font-size:11px;padding-left:1.2em}
.ma-list-note{font:12px system-ui,sans-serif;color:#555}
"""


def clean_text(text: str) -> str:
    """``text`` safe to put in HTML: controls made visible, surrogates replaced, escaped.

    Control characters are shown as their Unicode "control picture" (NUL → ␀), lone
    surrogates and non-characters as U+FFFD; then ``&``, ``<``, ``>``, ``"`` and ``'`` are
    escaped.

    >>> clean_text('a\\x00<b onclick="x">&')
    'a␀&lt;b onclick=&quot;x&quot;&gt;&amp;'
    """
    text = _SURROGATE_RE.sub("\ufffd", str(text).translate(_CONTROLS))
    return html.escape(text, quote=True)


def _slug(value: str) -> str:
    return _SLUG_RE.sub("-", str(value).lower()).strip("-")[:40] or "none"


def article_anchor(article_id: str) -> str:
    """The HTML ``id`` of an inspected article's block, for links within a page or report: a
    readable slug of the id plus a short digest of it (two ids never share an anchor).

    >>> article_anchor("fd-2026-08-27 Saltmarsh")
    'ma-article-fd-2026-08-27-saltmarsh-9dec26'
    """
    digest = hashlib.blake2b(str(article_id).encode("utf-8", "surrogatepass"),
                             digest_size=3).hexdigest()
    return f"ma-article-{_SLUG_RE.sub('-', str(article_id).lower()).strip('-')}-{digest}"


@dataclass(frozen=True)
class Mark:
    """One highlighted range: ``kind`` and ``label`` as in the spans table, plus a tooltip
    and the colour used for it, and the span's ``weight`` when the spans table has one."""

    start: int
    end: int
    kind: str
    label: str
    note: str
    colour: str
    weight: float | None = None


class _Palette:
    """Colours for labels: fixed ones where known, else the fallbacks in order of request."""

    def __init__(self, fixed: dict[str, str]):
        self.fixed, self.given = fixed, {}

    def __call__(self, label: str) -> str:
        key = str(label).lower().replace(" ", "_")
        if key in self.fixed:
            return self.fixed[key]
        if key not in self.given:
            self.given[key] = FALLBACK_COLOURS[len(self.given) % len(FALLBACK_COLOURS)]
        return self.given[key]


def _is_int(value) -> bool:
    return value is not None and not pd.isna(value) and float(value) == int(float(value))


def _text_of(value) -> str:
    if value is None or (not isinstance(value, list | tuple) and pd.isna(value)):
        return ""
    return str(value)


def _attribution_note(row: dict) -> str:
    parts = []
    if _text_of(row.get("speaker")):
        kind = _text_of(row.get("speaker_type"))
        parts.append(f"speaker: {row['speaker']}" + (f" ({kind})" if kind else ""))
    elif _text_of(row.get("speaker_type")):
        parts.append(f"source type: {row['speaker_type']}")
    if _text_of(row.get("verb")):
        stance = _text_of(row.get("verb_stance"))
        parts.append(f"verb: {row['verb']}" + (f" ({stance})" if stance else ""))
    if _text_of(row.get("via")):
        parts.append(f"via: {row['via']}")
    if row.get("hedged") is True:
        parts.append("hedged")
    return "; ".join(parts)


def collect_marks(result, article_id: str, *, kinds: Sequence[str] | None = None,
                  extra_spans: pd.DataFrame | None = None) -> list[Mark]:
    """The marks the inspector draws for one article, in text order.

    Spans of the article (any kind), plus the quote and speaker ranges of its attributions
    that have no span of the same kind and offsets, plus ``extra_spans`` (same columns as
    the spans table; e.g. reused passages). ``kinds`` keeps only the named kinds.
    Spans outside the text or empty are skipped.
    """
    text = result.article_text(article_id)
    speaker_colour, frame_colour = _Palette(SPEAKER_TYPE_COLOURS), _Palette(FRAME_COLOURS)
    stance_colour = _Palette({"neutral": NEUTRAL_STANCE_COLOUR})
    attributions = result.attributions
    rows = (attributions[attributions["article_id"] == article_id].to_dict("records")
            if len(attributions) else [])
    by_quote = {(int(r["quote_start"]), int(r["quote_end"])): r for r in rows
                if _is_int(r.get("quote_start")) and _is_int(r.get("quote_end"))}
    by_speaker = {(int(r["speaker_start"]), int(r["speaker_end"])): r for r in rows
                  if _is_int(r.get("speaker_start")) and _is_int(r.get("speaker_end"))}
    spans = result.spans
    own = spans[spans["article_id"] == article_id] if len(spans) else spans
    frames = [own]
    if extra_spans is not None and len(extra_spans):
        extra = extra_spans
        if "article_id" in extra.columns:
            extra = extra[extra["article_id"] == article_id]
        frames.append(extra)
    records = [r for f in frames if len(f) for r in f.to_dict("records")]
    seen = {(r["kind"], int(r["start"]), int(r["end"])) for r in records}
    for (s, e), r in by_quote.items():
        if ("quote", s, e) not in seen:
            records.append({"start": s, "end": e, "kind": "quote",
                            "label": _text_of(r.get("speaker_type"))})
    for (s, e), r in by_speaker.items():
        if ("speaker", s, e) not in seen:
            records.append({"start": s, "end": e, "kind": "speaker",
                            "label": _text_of(r.get("speaker_type"))})
    sentence_tone = {}
    sentences = result.sentences
    if "tone" in sentences.columns and len(sentences):
        mine = sentences[sentences["article_id"] == article_id]
        sentence_tone = dict(zip(mine["start"], mine["tone"], strict=True))

    marks = []
    for r in records:
        kind, label = str(r["kind"]), _text_of(r.get("label"))
        if kinds is not None and kind not in kinds:
            continue
        if not (_is_int(r["start"]) and _is_int(r["end"])):
            continue
        start, end = int(r["start"]), int(r["end"])
        if not 0 <= start < end <= len(text):
            continue
        weight = r.get("weight")
        weight = None if weight is None or pd.isna(weight) else float(weight)
        note, colour = f"{kind}: {label}" if label else kind, ""
        if kind in ("quote", "speaker"):
            attribution = (by_quote if kind == "quote" else by_speaker).get((start, end), {})
            source_type = _text_of(attribution.get("speaker_type")) or label
            colour = speaker_colour(source_type or "unknown")
            if kind == "quote":
                colour += HIGHLIGHT_ALPHA
            detail = _attribution_note(attribution) if attribution else ""
            note = f"{kind}" + (f" — {detail}" if detail else f": {label}" if label else "")
        elif kind == "verb":
            colour = stance_colour(label or "neutral")
            note = f"attribution verb, stance: {label}" if label else "attribution verb"
        elif kind == "frame_cue":
            colour = frame_colour(label or "frame")
            note = f"frame cue: {label}"
            if weight is not None:
                note += f" (weight {_number(weight)})"
        elif kind == "tone":
            colour = TONE_COLOURS.get(label, "#eeeeee")
            score = sentence_tone.get(start)
            note = f"sentence tone: {label}" + (f" ({score:+.2f})" if score is not None
                                                 and not pd.isna(score) else "")
        elif kind == "via":
            note = f"relayed via: {label or text[start:end]}"
        marks.append(Mark(start, end, kind, label, note, colour, weight))
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    marks.sort(key=lambda m: (m.start, order.get(m.kind, len(order)), -m.end, m.kind, m.label))
    return marks


def _open_tag(mark: Mark) -> str:
    css_kind = mark.kind if mark.kind in KIND_ORDER else "other"
    classes = f"m m-{css_kind} k-{_slug(mark.kind)} l-{_slug(mark.label)}"
    style = f' style="--c:{mark.colour}"' if mark.colour else ""
    return (f'<span class="{classes}" data-kind="{clean_text(mark.kind)}" '
            f'data-label="{clean_text(mark.label)}" title="{clean_text(mark.note)}"{style}>')


def highlight(text: str, marks: Iterable[Mark]) -> str:
    """``text`` as escaped HTML with every mark wrapped around the characters it covers.

    The text is cut at every mark boundary; each piece is wrapped in one element per mark
    covering it (outer kinds first, see :data:`KIND_ORDER`), so overlapping and nested marks
    all show and the HTML stays well formed.

    >>> m = [Mark(0, 9, "quote", "official", "q", "#0072B2"), Mark(4, 12, "hedge", "", "h", "")]
    >>> out = highlight("<It may> rain", m)
    >>> out.count("<span"), out.count("</span>"), "&lt;It" in out
    (4, 4, True)
    """
    marks = list(marks)
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > a] + starting.get(a, [])
        chunk = clean_text(text[a:b])
        if not active:
            pieces.append(chunk)
            continue
        wrapping = sorted(active, key=lambda m: (order.get(m.kind, len(order)), m.start,
                                                 -m.end, m.label))
        pieces.append("".join(_open_tag(m) for m in wrapping) + chunk
                      + "</span>" * len(wrapping))
    return "".join(pieces)


def _format_value(value) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    if value is None or pd.isna(value):
        return "—"
    if pd.api.types.is_bool(value):  # (numpy's bool too)
        return "yes" if value else "no"
    if isinstance(value, pd.Timestamp):
        return f"{value:%Y-%m-%d %H:%M} UTC" if value.tzinfo else f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:.4g}"
    return str(value)


def _number(value: float) -> str:
    """A weight or rate as the metrics table prints it: three decimals at most, no trailing
    zeros.

    >>> _number(2.0), _number(0.125), _number(5.780346)
    ('2', '0.125', '5.78')
    """
    return _format_value(float(value))


def frame_arithmetic(weights: Sequence[float | None], n_words) -> str:
    """How one frame's marked cues make its rate, for the "Evidence marked" panel: the cues
    grouped by weight, their total weight, and that total ÷ ``n_words`` × 1,000 (the rate the
    metrics table prints as ``frame_F`` / ``issue_I``). Empty when a cue has no weight (a
    spans table from before spans carried one).

    >>> frame_arithmetic([0.5, 1.0, 0.5], 346)
    '3 marks: 1 × 1 + 2 × 0.5 = weight 2 → 2 ÷ 346 words × 1,000 = 5.78 per 1,000 words'
    >>> frame_arithmetic([1.0], None)
    '1 mark: 1 × 1 = weight 1'
    """
    if not weights or any(w is None for w in weights):
        return ""
    by_weight: dict[float, int] = {}
    for w in weights:
        by_weight[w] = by_weight.get(w, 0) + 1
    total = sum(weights)
    terms = " + ".join(f"{n} × {_number(w)}" for w, n in sorted(by_weight.items(), reverse=True))
    marks = f"{len(weights)} mark{'' if len(weights) == 1 else 's'}"
    out = f"{marks}: {terms} = weight {_number(total)}"
    if _is_int(n_words) and int(float(n_words)) > 0:
        words = int(float(n_words))
        rate = total / words * RATE_PER_WORDS
        out += (f" → {_number(total)} ÷ {words:,} words × {RATE_PER_WORDS:,} = {_number(rate)}"
                f" per {RATE_PER_WORDS:,} words")
    return out


def _is_reserved_example(url: str) -> bool:
    """Whether ``url``'s host is under ``.example``, the top-level domain reserved for
    examples (RFC 2606), which the invented sample articles use: such a link leads nowhere.

    >>> _is_reserved_example("https://lantern.example/a"), _is_reserved_example("https://x.org")
    (True, False)
    """
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "") if url else ""
    return host == "example" or host.endswith(".example")


#: Columns shown in the heading rather than the metrics table.
_HEADING_COLUMNS = ("id", "title", "outlet", "published", "author", "url")


#: Characters of an attributed statement shown in the inspector's Sources table.
SAID_CHARS = 90


#: Names of per-article columns whose outlet-comparison label describes a group ("share of
#: articles"), as one article's inspector reads them.
ARTICLE_METRIC_NAMES = {
    "secondhand": "second-hand story (relays another outlet)",
    "single_source": "single-source story (one primary source)",
    "looks_english": "reads as English",
    "english_share": (f"English function-word share (of words; {ENGLISH_SHARE_MIN:g} or more "
                      "reads as English)"),
}


def metric_name(column: str) -> str:
    """A metric column's name for one article's readers, with its unit (the outlet
    comparison's labels, per article); ``*_present`` flags read as "conflict frame present".

    >>> metric_name("frame_conflict_present"), metric_name("issue_health_safety_present")
    ('conflict frame present', 'health and safety issue frame present')
    >>> metric_name("n_sources")
    'distinct speakers of any kind (count; anonymous, vague, media included)'
    >>> metric_name("secondhand"), metric_name("n_on_record")
    ('second-hand story (relays another outlet)', 'on-record sources (count)')
    """
    from .compare import metric_label

    if column in ARTICLE_METRIC_NAMES:
        return ARTICLE_METRIC_NAMES[column]
    if column.endswith("_present"):
        base = column[:-len("_present")]
        for prefix, kind in (("frame_", "frame"), ("issue_", "issue frame")):
            if base.startswith(prefix):
                return f"{label_text(base[len(prefix):])} {kind} present"
    return metric_label(column).replace(" (count per article)", " (count)").replace(
        " (share of articles)", "")


def _quiet_issue_frame(key: str, value) -> bool:
    """An issue frame with no cue in the article (14 such rows would bury the others)."""
    return key.startswith("issue_") and (value is False or value == 0)


def _side_panel(row: dict, marks: list[Mark], sources: list[dict]) -> str:
    parts = ['<div class="ma-side">']
    metrics = [(k, v) for k, v in row.items() if k not in _HEADING_COLUMNS]
    quiet = [k for k, v in metrics if _quiet_issue_frame(k, v)]
    metrics = [(k, v) for k, v in metrics if k not in quiet]
    if metrics:
        parts.append("<h4>Metrics</h4><table>")
        for key, value in metrics:
            shown = _format_value(value)
            css = ' class="num"' if isinstance(value, int | float) and not isinstance(
                value, bool) else ""
            parts.append(f'<tr><th title="{clean_text(key)}">{clean_text(metric_name(key))}</th>'
                         f"<td{css}>{clean_text(shown)}</td></tr>")
        parts.append("</table>")
        if quiet:
            parts.append("<div>Issue frames with no cue in this article are not listed.</div>")
    counts: dict[tuple[str, str], int] = {}
    for m in marks:
        counts[(m.kind, m.label)] = counts.get((m.kind, m.label), 0) + 1
    if counts:
        parts.append("<h4>Evidence marked</h4><table>")
        for (kind, label), n in sorted(counts.items()):
            parts.append(f"<tr><td>{clean_text(kind)}</td><td>{clean_text(label_text(label))}</td>"
                         f'<td class="num">{n}</td></tr>')
            if kind == "frame_cue":
                sum_text = frame_arithmetic(
                    [m.weight for m in marks if m.kind == kind and m.label == label],
                    row.get("n_words"))
                if sum_text:
                    parts.append(f'<tr class="ma-sum"><td colspan="3">{clean_text(sum_text)}'
                                 "</td></tr>")
        parts.append("</table>")
    parts.append("<h4>Legend</h4>" + _legend(marks))
    if sources:
        parts.append(f"<h4>Attributed statements ({len(sources)})</h4><table><tr>"
                     "<th>speaker</th><th>type</th><th>verb</th><th>via</th><th>said</th></tr>")
        for r in sources[:MAX_SOURCES_LISTED]:
            verb = _text_of(r.get("verb"))
            if _text_of(r.get("verb_stance")):
                verb += f" ({r['verb_stance']})"
            said = " ".join(_text_of(r.get("quote")).split())
            if len(said) > SAID_CHARS:
                said = said[:SAID_CHARS - 1].rstrip() + "…"
            parts.append("<tr>" + "".join(
                f"<td>{clean_text(v)}</td>" for v in (
                    _text_of(r.get("speaker")) or _text_of(r.get("speaker_name"))
                    or "(no speaker found)",
                    _text_of(r.get("speaker_type")), verb, _text_of(r.get("via")), said))
                + "</tr>")
        parts.append("</table>")
        if len(sources) > MAX_SOURCES_LISTED:
            parts.append(f"<div>… and {len(sources) - MAX_SOURCES_LISTED} more</div>")
    parts.append("</div>")
    return "".join(parts)


def _legend(marks: list[Mark]) -> str:
    if not marks:
        return "<div>No evidence marked in this article.</div>"
    entries: dict[tuple[str, str], Mark] = {}
    for m in marks:
        key = (m.kind, m.label if m.kind in ("quote", "speaker", "frame_cue", "tone", "verb")
               else "")
        entries.setdefault(key, m)
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    lines = []
    for (kind, label), m in sorted(entries.items(),
                                   key=lambda e: (order.get(e[0][0], len(order)), e[0])):
        name = KIND_NAMES.get(kind, f"{kind} (other evidence)")
        sample = Mark(0, 1, kind, label, name, m.colour)
        words = label_text(label or kind)
        lines.append(f"<div>{_open_tag(sample)}<span class=\"sw\">{clean_text(words)}</span>"
                     f"</span> {clean_text(name)}</div>")
    return "".join(lines)


def _article_html(result, article_id: str, *, kinds, extra_spans) -> str:
    try:
        text = result.article_text(article_id)
    except KeyError:
        some = ", ".join(repr(i) for i in list(result.corpus["id"])[:5])
        raise ParameterError(f"no article with id {article_id!r}; ids look like: {some}"
                             ) from None
    row = result.articles.loc[result.articles["id"] == article_id].iloc[0].to_dict()
    marks = collect_marks(result, article_id, kinds=kinds, extra_spans=extra_spans)
    attributions = result.attributions
    sources = (attributions[attributions["article_id"] == article_id].to_dict("records")
               if len(attributions) else [])
    title = _text_of(row.get("title")) or "(no title)"
    meta = [_text_of(row.get(k)) if k != "published" else _format_value(row.get(k))
            for k in ("outlet", "published", "author")]
    meta_html = " · ".join(clean_text(m) for m in meta if m and m != "—")
    url = _text_of(row.get("url"))
    if _is_reserved_example(url):  # an invented article's made-up address: no dead link
        meta_html += " · no link (invented article)"
    elif url.startswith(("https://", "http://")):
        meta_html += f' · <a href="{clean_text(url)}" rel="noopener noreferrer">link</a>'
    meta_html += f" · id <code>{clean_text(article_id)}</code>"
    return (f'<div class="ma-inspect" id="{article_anchor(article_id)}" '
            f'data-article-id="{clean_text(article_id)}">'
            f'<div class="ma-main"><div class="ma-title">{clean_text(title)}</div>'
            f'<div class="ma-meta">{meta_html}</div>'
            f'<div class="ma-body">{highlight(text, marks)}</div></div>'
            f"{_side_panel(row, marks, sources)}</div>")


def _page(body: str, title: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{clean_text(title)}</title><style>{CSS}</style></head>"
            f"<body>{body}</body></html>\n")


@dataclass
class ArticleView:
    """One inspected article. Shows inline in notebooks; ``to_html()`` gives a whole page."""

    article_id: str
    fragment: str

    def _repr_html_(self) -> str:
        return f"<style>{CSS}</style>{self.fragment}"

    def to_html(self) -> str:
        """A standalone HTML page (UTF-8, styles included)."""
        return _page(self.fragment, f"Article {self.article_id}")

    def save(self, path: str | Path) -> Path:
        """Write :meth:`to_html` to ``path``; returns the path."""
        path = Path(path)
        path.write_text(self.to_html(), encoding="utf-8")
        return path


@dataclass
class ArticleList:
    """Several inspected articles, one after the other, sharing one style block."""

    views: list[ArticleView]
    note: str = ""

    def _repr_html_(self) -> str:
        note = f'<p class="ma-list-note">{clean_text(self.note)}</p>' if self.note else ""
        return f"<style>{CSS}</style>{note}" + "".join(v.fragment for v in self.views)

    def to_html(self) -> str:
        """A standalone HTML page with every article."""
        note = f'<p class="ma-list-note">{clean_text(self.note)}</p>' if self.note else ""
        return _page(note + "".join(v.fragment for v in self.views),
                     f"{len(self.views)} articles")

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.to_html(), encoding="utf-8")
        return path


@dataclass
class LinkedTable:
    """A table whose ``id`` column links to the inspected articles shown further down the
    same page (:func:`linked_table`); plain text where it cannot link."""

    table: pd.DataFrame
    linked: frozenset
    id_column: str = "id"

    def __repr__(self) -> str:
        return self.table.to_string(index=False)

    def _repr_html_(self) -> str:
        def cell(column, value) -> str:
            text = clean_text(_format_value(value))
            if column == self.id_column and value in self.linked:
                text = f'<a href="#{article_anchor(value)}">{text}</a>'
            return f"<td>{text}</td>"

        return html_table(self.table, cell, opening='<table class="ma-linked">')


def html_table(table: pd.DataFrame, cell, *, opening: str = "<table>") -> str:
    """``table`` as HTML: escaped column names as headers, each cell from ``cell(column,
    value)`` (a whole ``<td>`` element, escaped by it).

    >>> html_table(pd.DataFrame({"a": [1]}), lambda c, v: f"<td>{v}</td>")
    '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>'
    """
    head = "".join(f"<th>{clean_text(c)}</th>" for c in table.columns)
    rows = ["<tr>" + "".join(cell(column, value) for column, value
                             in zip(table.columns, record, strict=True)) + "</tr>"
            for record in table.itertuples(index=False)]
    return f"{opening}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def linked_table(table: pd.DataFrame, shown: ArticleList, *,
                 id_column: str = "id") -> LinkedTable:
    """``table`` (one row per article) with each id that ``shown`` renders linked to it, so a
    report's list of stories to check leads to the highlighted text of each.

    Parameters
    ----------
    table : DataFrame
        One row per article, shown as it is (its index is not shown).
    shown : ArticleList
        What :func:`inspect_articles` returned for (some of) these articles: only their ids
        become links (an id not rendered below would be a dead link).
    id_column : str
        The column holding the article ids (default ``"id"``).

    >>> import analysis as ma
    >>> result = ma.analyze(pd.DataFrame({"id": ["a", "b"], "text": ["One.", "Two."]}))
    >>> shown = inspect_articles(result, ["a"])
    >>> page = linked_table(pd.DataFrame({"id": ["a", "b"]}), shown)._repr_html_()
    >>> f'href="#{article_anchor("a")}"' in page, 'href="#' + article_anchor("b") in page
    (True, False)
    """
    if id_column not in table.columns:
        raise ParameterError(f"the table has no {id_column!r} column")
    return LinkedTable(table.reset_index(drop=True),
                       frozenset(view.article_id for view in shown.views), id_column)


#: How :func:`describe_marks` names a count of each kind of mark (singular, plural).
MARK_WORDS = {
    "quote": ("attributed statement", "attributed statements"),
    "speaker": ("speaker mention", "speaker mentions"),
    "verb": ("attribution verb", "attribution verbs"),
    "via": ("mention of an outlet relaying statements", "mentions of outlets relaying "
            "statements"),
    "hedge": ("hedge", "hedges"), "booster": ("booster", "boosters"),
    "frame_cue": ("frame cue (generic or issue frame)", "frame cues (generic and issue frames)"),
    "tone": ("non-neutral sentence shaded by its tone",
             "non-neutral sentences shaded by their tone"),
}


def describe_marks(result, article_id: str) -> str:
    """One sentence on what the inspector marks in an article, in :data:`KIND_ORDER`.

    >>> class R:
    ...     spans = pd.DataFrame({"article_id": ["a"] * 3, "kind": ["hedge", "hedge", "quote"]})
    >>> describe_marks(R(), "a")
    'a: 1 attributed statement, 2 hedges.'
    """
    counts = result.spans.loc[result.spans["article_id"] == article_id, "kind"].value_counts()
    order = [k for k in KIND_ORDER if k in counts] + sorted(set(counts.index) - set(KIND_ORDER))
    parts = []
    for kind in order:
        one, many = MARK_WORDS.get(kind, (kind, kind))
        part = f"{counts[kind]} {one if counts[kind] == 1 else many}"
        if kind == "via":  # (a mention can carry several statements: say how many)
            part += _relayed_statements(result, article_id)
        parts.append(part)
    return f"{article_id}: {', '.join(parts) or 'nothing marked'}."


def _relayed_statements(result, article_id: str) -> str:
    """`` (6 of the 12 attributed statements relayed)`` for :func:`describe_marks`."""
    table = getattr(result, "attributions", None)
    if table is None or "via" not in getattr(table, "columns", ()):
        return ""
    rows = table[table["article_id"] == article_id]
    relayed = int((rows["via"].fillna("").astype(str).str.strip() != "").sum())
    return f" ({relayed} of the {len(rows)} attributed statements relayed)"


def inspect(result, article_id: str, *, kinds: Sequence[str] | None = None,
            extra_spans: pd.DataFrame | None = None) -> ArticleView:
    """Show one article with its evidence highlighted and its metrics beside it.

    Parameters
    ----------
    result : Analysis
        From :func:`analysis.analyze`.
    article_id : str
        The article's ``id``.
    kinds : sequence of str, optional
        Only mark these span kinds (default: every kind).
    extra_spans : DataFrame, optional
        More marks with ``start, end, kind, label`` (and ``article_id``), e.g. the passages
        another outlet reused (:func:`analysis.reuse.passage_spans`).

    Returns
    -------
    ArticleView
        Displays inline in JupyterLab; ``.to_html()`` / ``.save(path)`` for a page.

    Examples
    --------
    >>> import analysis as ma
    >>> result = ma.analyze(pd.DataFrame({"id": ["a1"], "outlet": ["X"],
    ...     "title": ["Rain <maybe> & sun"], "text": ["It may rain, officials said."]}))
    >>> view = inspect(result, "a1")
    >>> "Rain &lt;maybe&gt; &amp; sun" in view._repr_html_(), 'data-kind="hedge"' in view.fragment
    (True, True)
    """
    if kinds is not None and isinstance(kinds, str):
        raise ParameterError("kinds must be a list of span kinds, e.g. ['quote', 'hedge']")
    return ArticleView(article_id, _article_html(result, article_id, kinds=kinds,
                                                 extra_spans=extra_spans))


def inspect_articles(result, article_ids: Iterable[str], *, limit: int = MAX_ARTICLES,
                     kinds: Sequence[str] | None = None,
                     extra_spans: pd.DataFrame | None = None) -> ArticleList:
    """Render several articles the same way (for a report); at most ``limit`` of them.

    Parameters
    ----------
    result : Analysis
    article_ids : iterable of str
        The articles to show, in this order (repeats shown once).
    limit : int
        Show at most this many in full (default :data:`MAX_ARTICLES`); a note says how many
        were left out.
    kinds : sequence of str, optional
        Only mark these span kinds, e.g. ``["quote", "speaker", "verb", "via", "hedge"]``
        (default: every kind), as in :func:`inspect`.
    extra_spans : DataFrame, optional
        More spans to mark (``article_id, start, end, kind, label``), e.g. the passages
        another outlet reused (:func:`analysis.reuse.passage_spans`), as in :func:`inspect`.

    >>> import analysis as ma
    >>> result = ma.analyze(pd.DataFrame({"id": ["a", "b"], "text": ["One.", "Two."]}))
    >>> len(inspect_articles(result, ["a", "b"], limit=1).views)
    1
    """
    if limit < 0:
        raise ParameterError(f"limit={limit!r} must be 0 or more")
    ids = list(dict.fromkeys(article_ids))
    views = [inspect(result, i, kinds=kinds, extra_spans=extra_spans) for i in ids[:limit]]
    note = (f"Showing the first {len(views)} of these {len(ids)} articles in full below; the "
            f"other {len(ids) - len(views)} are listed without highlighted text (ids in a "
            "linked table lead only to the articles shown)." if len(ids) > limit else "")
    return ArticleList(views, note)
