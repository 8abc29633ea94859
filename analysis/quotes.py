"""Quotation marks: pair openers with closers and return the quoted spans.

Handles straight (``"``, ``'``), curly (“ ” ‘ ’) and angled (« » ‹ ›) marks; apostrophes that
are not quotes (don’t, France’s, the ’90s); nested quotes (a single-quoted phrase inside a
double-quoted one is reported as nested, not as a quote of its own); quotes closed after a
comma or full stop (“…,” and “….”); and multi-paragraph quotes, where by convention a paragraph
ends without a closing mark and the next paragraph opens with a new one.

A quote that is never closed before its paragraph ends (and does not continue in the next
paragraph) is dropped, so one stray mark never swallows the rest of an article.

Two apostrophes (``''``) stand for a double quotation mark, as in text converted from
typewriter-style sources (the New York Times' archive writes ``''We won,'' he said.``); such a
quote's span includes both apostrophes on each side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening mark → the marks that may close it.
PAIRS = {
    "“": "”\"", "„": "“”", "«": "»", "‹": "›", "‘": "’'", "‚": "‘’",
    '"': '"”', "'": "'’",
}
#: Marks that open in any position (they have a distinct closing shape).
UNAMBIGUOUS_OPENERS = frozenset("“„«‹‘‚")
#: Marks used for both ends: an opener only at a word's start, a closer only at its end.
AMBIGUOUS = frozenset("\"'")
#: Single marks that also serve as apostrophes.
SINGLE_MARKS = frozenset("'’‘‚‹›")
#: Angled marks, which French typography sets apart from the quoted words by a space
#: ("« Nous restons »"): they open before and close after one (lead round 17, review 17).
SPACED_MARKS = frozenset("«»‹›")
#: Characters after which a mark can open a quote.
OPEN_CONTEXT = " \t\n([{—–-/:;,"
_BLANK_LINE_RE = re.compile(r"\n[ \t\r]*\n")
#: A doubled apostrophe used as a double quotation mark (read as ``"`` plus a filler).
DOUBLED_APOSTROPHE = "''"
_FILLER = "\u200b"
#: Every character an opening mark can be (the keys of PAIRS), and every character the scan
#: inside a quotation reacts to (any mark, and the newline that may end a paragraph): the
#: scanner jumps between these with a regex search instead of stepping through each character.
_OPENER_RE = re.compile("[" + re.escape("".join(PAIRS)) + "]")
_SCAN_RE = re.compile("[" + re.escape("".join(sorted(set("".join(PAIRS) + "".join(
    PAIRS.values()))))) + "\n]")


#: Three apostrophes: a nested single quotation mark next to a doubled one
#: (``''He said, 'no.'''``, ``'''Tis``).
TRIPLE_APOSTROPHE = "'" * 3
_TRIPLE_APOSTROPHE_RE = re.compile(TRIPLE_APOSTROPHE)


def _triple(m: re.Match) -> str:
    """Three apostrophes at the end of a word close the inner single quote first, then the
    doubled one (``one of us,'''``: before round 15 the doubled pair was read first and the
    quotation was dropped); elsewhere the doubled one opens first."""
    text, i = m.string, m.start()
    closing = i > 0 and not text[i - 1].isspace() and not text[m.end():m.end() + 1].isalnum()
    return "'" + '"' + _FILLER if closing else '"' + _FILLER + "'"


@dataclass(frozen=True)
class Quote:
    """One quotation: ``text[start:end]`` includes the marks; ``inner_*`` excludes them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraphs: int = 1


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        # French typography sets a space inside angled marks: « Nous restons », ‹ non ›
        return text[i] in SPACED_MARKS and i + 2 < len(text) and not text[i + 2].isspace()
    if text[i] in UNAMBIGUOUS_OPENERS and text[i] != "‘":
        return True
    # ‘ and straight marks open only at the start of a word (not in "rock ’n’ roll" or "O'Neill")
    return before in OPEN_CONTEXT or before in "“«\"'‘"


def _can_close(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace():
        return mark in SPACED_MARKS and i >= 2 and not text[i - 2].isspace()
    if mark in SINGLE_MARKS or mark == "'":
        # an apostrophe inside a word (don’t, France’s) is not a closing quote
        if after.isalpha() or after.isdigit():
            return False
    return True


def _next_paragraph_opens(text: str, i: int, opener: str) -> int | None:
    """If a paragraph break follows ``i`` and the next paragraph starts with ``opener``,
    return that mark's offset."""
    j = i
    while j < len(text) and text[j] in " \t\r":
        j += 1
    if not text.startswith("\n", j):
        return None
    k = j
    while k < len(text) and text[k].isspace():
        k += 1
    if text[j:k].count("\n") >= 2 and k < len(text) and text[k] == opener:
        return k
    return None


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations in ``text``, in order.

    >>> t = "“We won’t go,” she said of France’s ‘plan’. «Non», he said."
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['“We won’t go,”', '‘plan’', '«Non»']
    >>> t = '"It said \\'no\\'," Lund wrote.'
    >>> [t[q.inner_start:q.inner_end] for q in find_quotes(t)]
    ["It said 'no',"]
    >>> t = "« Nous restons », a-t-il dit, « jusqu’au bout. »"
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['« Nous restons »', '« jusqu’au bout. »']
    >>> t = "''We won,'' he said."
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ["''We won,''"]
    """
    original = text
    if DOUBLED_APOSTROPHE in text:  # same length: offsets stay valid
        if TRIPLE_APOSTROPHE in text:
            text = _TRIPLE_APOSTROPHE_RE.sub(_triple, text)
        text = text.replace(DOUBLED_APOSTROPHE, '"' + _FILLER)
    quotes: list[Quote] = []
    n = len(text)
    ahead: dict[str, int] = {}  # next offset of each closing mark (-1: none left)
    failed: dict[str, int] = {}  # opener → end of a scan that found no closing mark

    def next_mark(mark: str, start: int) -> int:
        pos = ahead.get(mark, -2)
        if pos != -1 and pos < start:
            pos = ahead[mark] = text.find(mark, start)
        return pos

    i = 0
    while i < n:
        # jump to the next opening mark: nothing else can start a quotation
        hit = _OPENER_RE.search(text, i)
        if hit is None:
            break
        i = hit.start()
        ch = text[i]
        if not _can_open(text, i):
            i += 1
            continue
        if failed.get(ch, -1) > i:  # inside a stretch an earlier identical opener searched in vain
            i += 1
            continue
        closers = PAIRS[ch]
        # Skip at once an opener that no closing mark can answer within its paragraph: without
        # this, every stray opener rescans the rest of its paragraph (quadratic on long texts).
        nearest = min((p for p in (next_mark(c, i + 1) for c in closers) if p >= 0), default=-1)
        blank = next_mark("\n", i + 1)
        while blank >= 0 and not _BLANK_LINE_RE.match(text, blank):
            blank = text.find("\n", blank + 1)
        if nearest < 0 or (0 <= blank < nearest
                           and _next_paragraph_opens(text, blank, ch) is None):
            i += 1
            continue
        j = i + 1
        paragraphs = 1
        inner: str | None = None  # a nested opener of the other family
        found = None
        while j < n:
            # jump to the next character the scan reacts to (a quotation mark or a newline)
            hit = _SCAN_RE.search(text, j)
            if hit is None:
                j = n
                break
            j = hit.start()
            c = text[j]
            if c == "\n" and _BLANK_LINE_RE.match(text, j):
                cont = _next_paragraph_opens(text, j, ch)
                if cont is None:
                    break  # paragraph ended inside an unclosed quote: drop it
                paragraphs += 1
                j = cont + 1
                continue
            if inner is not None:
                if c in PAIRS[inner] and _can_close(text, j, c):
                    inner = None
            elif c in closers and _can_close(text, j, c):
                found = j
                break
            elif c in PAIRS and c not in closers and _can_open(text, j) and (
                    (c in SINGLE_MARKS or c == "'") != (ch in SINGLE_MARKS or ch == "'")):
                inner = c
            j += 1
        if found is None:
            failed[ch] = j
            i += 1
            continue
        inner_start, end = i + 1, found + 1
        if original is not text:
            if text[i + 1:i + 2] == _FILLER:
                inner_start += 1
            if text[found + 1:found + 2] == _FILLER:
                end += 1
        quotes.append(Quote(i, end, inner_start, found, paragraphs))
        i = end
    return quotes
