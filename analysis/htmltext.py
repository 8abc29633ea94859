"""Article text and metadata from an HTML page, with a real HTML parser (BeautifulSoup).

Block elements (paragraphs, headings, list items, quotes…) become paragraphs separated by a
blank line; inline markup (links, emphasis) is kept inside its sentence; scripts, styles,
navigation, headers, footers, asides and forms are dropped. When the page has an
``<article>`` (or ``<main>``) element, only its content is taken. Entities are decoded, so
``&rsquo;`` becomes ``’`` exactly as a reader sees it.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

DROPPED_TAGS = (
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
    "form", "iframe", "button", "select", "head",
)
BLOCK_TAGS = frozenset(
    """p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table thead tbody
    tr td th figure figcaption br hr dd dt dl address details summary""".split()
)
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_BREAK = object()
_SPACE_RE = re.compile(r"\s+")


def _walk(node, out: list) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, _SKIPPED_STRINGS):
                out.append(str(child))
        elif child.name in BLOCK_TAGS:
            out.append(_BREAK)
            _walk(child, out)
            out.append(_BREAK)
        else:
            _walk(child, out)


def _meta(soup, *selectors: tuple[str, str]) -> str | None:
    for attr, value in selectors:
        tag = soup.find("meta", attrs={attr: value})
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def html_to_article(html: str) -> dict[str, str | None]:
    """Extract ``title``, ``text`` and the metadata a page declares.

    Returns a dict with ``title``, ``text``, ``author``, ``published``, ``url``, ``outlet`` and
    ``language`` (``None`` where the page does not say).

    >>> a = html_to_article("<html lang='en'><title>Hi</title><body><nav>Menu</nav>"
    ...                     "<p>He said <em>no</em>.</p><p>Then&nbsp;left.</p></body></html>")
    >>> a["title"], a["text"], a["language"]
    ('Hi', 'He said no.\\n\\nThen\\xa0left.', 'en')
    """
    soup = BeautifulSoup(html, "html.parser")
    title = None
    if soup.title and soup.title.get_text(strip=True):
        title = _SPACE_RE.sub(" ", soup.title.get_text()).strip()
    title = title or _meta(soup, ("property", "og:title"))
    published = _meta(
        soup,
        ("property", "article:published_time"),
        ("name", "date"),
        ("itemprop", "datePublished"),
        ("name", "pubdate"),
    )
    if published is None and soup.find("time", attrs={"datetime": True}):
        published = soup.find("time", attrs={"datetime": True})["datetime"]
    canonical = soup.find("link", attrs={"rel": "canonical"})
    url = canonical.get("href") if canonical else _meta(soup, ("property", "og:url"))
    html_tag = soup.find("html")
    language = html_tag.get("lang") if html_tag else None
    author = _meta(soup, ("name", "author"), ("property", "article:author"))
    outlet = _meta(soup, ("property", "og:site_name"))

    for tag in soup(list(DROPPED_TAGS)):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    if title is None:
        heading = root.find("h1")
        title = _SPACE_RE.sub(" ", heading.get_text()).strip() if heading else None
    pieces: list = []
    _walk(root, pieces)
    paragraphs, current = [], []
    for piece in [*pieces, _BREAK]:
        if piece is _BREAK:
            # Collapse HTML white space but keep no-break spaces as written.
            paragraph = re.sub(r"[ \t\r\n\f\v]+", " ", "".join(current)).strip(" ")
            if paragraph:
                paragraphs.append(paragraph)
            current = []
        else:
            current.append(piece)
    return {
        "title": title,
        "text": "\n\n".join(paragraphs),
        "author": author,
        "published": published,
        "url": url,
        "outlet": outlet,
        "language": language,
    }
