"""Sentence splitting and word counting, with expected sentences worked out by hand."""

from __future__ import annotations

import pytest

from analysis.text import count_words, paragraph_bounds, sentence_bounds, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_bounds(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles and initials never end a sentence
        ("Mr. Holm met Dr. Brandt. They spoke.", ["Mr. Holm met Dr. Brandt.", "They spoke."]),
        ("J. Smith wrote it. Then he left.", ["J. Smith wrote it.", "Then he left."]),
        # a dotted acronym ends a sentence only before a usual opener
        ("Talks moved to the U.S. on Monday. The end.",
         ["Talks moved to the U.S. on Monday.", "The end."]),
        ("He flew to the U.S. The talks failed.", ["He flew to the U.S.", "The talks failed."]),
        # quotes that close after the full stop, straight and curly
        ('He said: "We will stay." Then he left.', ['He said: "We will stay."', "Then he left."]),
        ("She said: “We will stay.” Then she left.",
         ["She said: “We will stay.”", "Then she left."]),
        ("‘It is over.’ Nobody agreed.", ["‘It is over.’", "Nobody agreed."]),
        # attribution after a quote ending in ! or ? stays in the sentence
        ("“Go home!” she shouted. “Why?” he asked.",
         ["“Go home!” she shouted.", "“Why?” he asked."]),
        # months before numbers, decimals, ellipses before lower case
        ("It began on Sept. 3 and cost 3.5 million. Done.",
         ["It began on Sept. 3 and cost 3.5 million.", "Done."]),
        ("He paused... and went on. Fine.", ["He paused... and went on.", "Fine."]),
        # paragraphs and headline lines
        ("Headline here\nThe body starts. It goes on.\n\nNew paragraph",
         ["Headline here", "The body starts.", "It goes on.", "New paragraph"]),
        # a wrapped line continuing in lower case is one sentence
        ("The minister said the plan\nwould go ahead. Yes.",
         ["The minister said the plan\nwould go ahead.", "Yes."]),
        ("", []),
        ("   \n\n ", []),
    ],
)
def test_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company suffix ends a sentence before a usual opener only
        ("Acme Inc. The firm grew.", ["Acme Inc.", "The firm grew."]),
        ("Acme Inc. said no.", ["Acme Inc. said no."]),
        ("Acme Inc. Smith left.", ["Acme Inc. Smith left."]),
        # a month abbreviation holds the sentence together only before a number
        ("Go to Sept. Then stop.", ["Go to Sept.", "Then stop."]),
        # an initial before an opener ends the sentence, before a name it does not
        ("J. The plan. J. Smith came.", ["J.", "The plan.", "J. Smith came."]),
        # repeated marks and closing brackets or quotes stay with their sentence
        ("Wait... The end.", ["Wait...", "The end."]),
        ("Really?! “Yes.” No.", ["Really?!", "“Yes.”", "No."]),
        ("He said (“Go.”) Then left.", ["He said (“Go.”)", "Then left."]),
        # any white space separates (and is trimmed), a no-break space too
        ("One.\u00a0\u00a0Two.\u00a0", ["One.", "Two."]),
    ],
)
def test_abbreviations_marks_and_spaces(text, expected):
    assert sentences(text) == expected


def test_offsets_are_exact_and_ordered():
    text = "  “One,” he said.  Two!\n\nThree?  "
    found = split_sentences(text)
    assert [s.index for s in found] == [0, 1, 2]
    assert [text[s.start:s.end] for s in found] == ["“One,” he said.", "Two!", "Three?"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_seed_article_has_one_sentence_per_line(seed_text):
    lines = [line for line in seed_text.splitlines() if line.strip()]
    assert sentences(seed_text) == lines


@pytest.mark.parametrize(
    ("text", "n"),
    [("France’s plan isn’t new.", 4), ("U.S.-style tariffs of 3.5%", 4), ("", 0),
     ("well-known — very", 2)],
)
def test_count_words(text, n):
    assert count_words(text) == n


def test_paragraph_bounds():
    text = "A.\n\n\nB.\n  \nC."
    assert [text[s:e] for s, e in paragraph_bounds(text)] == ["A.", "B.", "C."]


def test_word_before_matches_the_regex_it_replaced():
    """The backward scan gives what the bounded regex search gave, on 20,000 random strings
    of letters, inner and repeated dots, digits, superscripts, underscores and spaces."""
    import random

    from analysis import text as t

    rng = random.Random(7)
    alphabet = "ab.Z.._ 1²é\n.x.y"
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 90))) + "."
        stop = len(s) - 1
        match = t._WORD_BEFORE_RE.search(s, max(0, stop - t.LOOKBACK_CHARS), stop + 1)
        assert t.word_before(s, stop) == (match.group(1) if match else ""), s
