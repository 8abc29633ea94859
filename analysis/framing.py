"""Framing from lexicons: generic news frames and Policy Frames Codebook issue frames.

Two families of frames, each a lexicon of cue words and phrases we wrote from the published
coding questions (data files with their provenance in ``analysis/lexicons/``):

* **generic frames** (Semetko & Valkenburg 2000): ``conflict``, ``human_interest``,
  ``economic``, ``morality``, ``responsibility`` — ``lexicons/frames_generic.csv``;
* **issue frames** (Boydstun et al. 2014, Policy Frames Codebook): 14 dimensions under the
  prefix ``issue_`` (``issue_economic``, ``issue_health_safety``…) — ``lexicons/frames_policy.csv``;
  the codebook's 15th dimension, "Other", is the residual and has no cues.

Matching works on words (letters joined by inner apostrophes or hyphens). An all-lower-case
term matches in any capitalisation, a term with a capital letter (``God``, ``GDP``) only as
written; ``match=inflect`` terms also match each word's regular inflections (``clash`` →
``clashes``, ``clashed``, ``clashing``; ``economy`` → ``economies``), common irregular forms
(``fight`` → ``fought``, ``child`` → ``children``) and the possessive (``government’s``);
``match=prefix`` matches any word starting with the term. Longer phrases win over the words
inside them (``carbon tax`` is one cue, not two). A first word ``0`` stands for any number
written in digits before one word (``0 residents`` with weight 0: a head count, not a human
face); a phrase may hold a plural possessive (``residents' association``), and apostrophes
match straight or curly. An age set off by commas after a name (``Maria Lopez, 42, a nurse``)
counts as the cue ``year-old`` (:data:`AGE_TERM`), the same information in news style.

Output of the ``framing`` analyzer, for every generic frame ``F`` and issue frame ``I``:

* spans ``kind="frame_cue"``, ``label=F`` (generic) or ``label="issue_<name>"`` (issue),
  ``weight`` = the cue's lexicon weight, so that for every article and frame
  ``Σ weight of its spans ÷ n_words × 1,000 == frame_F`` (or ``issue_<name>``);
* ``frame_F``: weighted cues per 1,000 words (shipped weights are 1 for clear cues and 0.5,
  0.25 or, for *people*, 0.125 for cues often used outside the frame);
  ``frame_F_present``: the presence rule below; ``dominant_frame``: the present frame
  furthest above its own bar (weighted cues ÷ the larger of its threshold and ``MIN_CUES``:
  a frame needs that many cues to be present at all, so a low threshold — conflict's 0.25 —
  does not make two cues of it outweigh any other frame; ``"none"`` when no frame is
  present); ``n_frame_cues``: the number of generic cue spans;
* ``issue_<name>``, ``issue_<name>_present``, ``dominant_issue_frame``, ``n_issue_cues``
  likewise for issue frames.

**Presence rule.** A frame is present when the article has at least :data:`MIN_CUES` cues of
it *and* the weighted number of its cues (the sum of their weights) reaches the frame's
threshold in :data:`PRESENCE_THRESHOLDS`. A count, not the rate: the human coders mark a frame
as present when the article uses it at all, however long the article, and on the calibration
data the weighted count separated framed from unframed articles better than the rate did
(macro-F1 0.679 against 0.654 with the lexicon of that time, and 0.613 against 0.575 when
thresholds fitted on one random half of the calibration articles are scored on the other). The
thresholds were calibrated on data: ``python -m analysis.evaluate framing --calibrate`` picks,
on the calibration half of narrative-frames-dev (articles whose ID ÷ 2 is even), the threshold
that maximises F1 against the human labels, and the evaluation reports the other half
(``--cv`` cross-validates that choice within the calibration half). Those articles run to
225-980 words; in much longer ones a count reaches the thresholds more easily. Issue
frames ``issue_economic`` and ``issue_morality`` are calibrated against the same data's EC and
MO labels; the other issue frames have no labelled data and use :data:`DEFAULT_THRESHOLD`.

Users can add to or replace the shipped cues (CSV or TOML with ``term, frame, weight``)::

    analyze(corpus, options={"framing": {"lexicon": "my_cues.csv", "mode": "add"}})
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import operator
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from .errors import ParameterError, check_choice
from .groups import label_missing
from .stats import each, join_and, label_text, tied_at_top
from .text import count_words

#: Rates are per this many words (the usual unit in corpus linguistics).
RATE_PER_WORDS = 1000
GENERIC_FRAMES = ("conflict", "human_interest", "economic", "morality", "responsibility")
ISSUE_PREFIX = "issue_"
ISSUE_FRAMES = tuple(ISSUE_PREFIX + name for name in (
    "economic", "capacity_resources", "morality", "fairness_equality", "legality",
    "policy_prescription", "crime_punishment", "security_defense", "health_safety",
    "quality_of_life", "cultural_identity", "public_opinion", "political",
    "external_regulation"))
#: Presence needs at least this many cues of a frame. Calibrated with the thresholds below
#: (grid 1-3 on the calibration half, the value with the best macro-F1; see module doc). No
#: shipped cue weighs more than 1, so it matters only for thresholds below 2 (conflict: any
#: two conflict cues).
MIN_CUES = 2
#: Weighted number of cues (sum of the cue weights) at which a frame counts as present.
#: Calibrated by ``python -m analysis.evaluate framing --calibrate`` (F1-maximising threshold on
#: the calibration half of narrative-frames-dev, grid 0.25 to 30 in steps of 0.25; climate news
#: of 2017-2019 of 225-980 words, so other beats may need their own calibration via
#: ``thresholds=``).
PRESENCE_THRESHOLDS: dict[str, float] = {
    "conflict": 0.25,
    "human_interest": 3.25,
    "economic": 6.25,
    "morality": 2.75,
    "responsibility": 3.25,
    "issue_economic": 5.25,
    "issue_morality": 0.25,
}
#: Threshold for frames without labelled data (other issue frames, a user's own frames): the
#: median of the calibrated generic thresholds above.
DEFAULT_THRESHOLD = 3.25
MODES = ("add", "replace")
MATCH_KINDS = ("inflect", "exact", "prefix")
LEXICON_FILES = ("lexicons/frames_generic.csv", "lexicons/frames_policy.csv")
_FRAME_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
#: What a lexicon term's words must look like: letters joined by inner apostrophes or hyphens.
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
#: A term's first word written ``0`` stands for any number written in digits (12, 400,000, 1.5;
#: digits are often normalised to 0 in text processing, and ``#`` starts a comment line): the
#: row decides its frame for the words after it where a number precedes them, so a weight-0
#: row ``0 residents`` keeps a head count ("the city's 400,000 residents") from counting as
#: the population word. One word follows it, matched as usual; the number is checked in the
#: text before that word (not part of the cue regex, which stays as fast).
NUMBER_WORD = "0"
#: Entry kind of such a row (in place of its ``match``).
AFTER_NUMBER = "after_number"
#: Words that scale a number written in digits (1.5 million people is a head count too).
NUMBER_SCALES = ("hundred", "thousand", "million", "billion")
#: A number written in digits (inner thousands separators or a decimal point allowed), an
#: optional scale word and the white space after them, ending where a cue starts; looked for
#: in this many characters before the cue.
_NUMBER_BEFORE_RE = re.compile(r"(?<![\w.,])\d(?:[\d,.]*\d)?(?:\s+(?:"
                               + "|".join(NUMBER_SCALES) + r"))?\s+$", re.IGNORECASE)
NUMBER_LOOKBACK = 40
#: A person's age set off by commas after a name, as news style writes it ("Maria Lopez, 42, a
#: nurse"), says what "a 42-year-old nurse" says: it counts as the cue written :data:`AGE_TERM`,
#: in that row's frame and with its weight (the shipped row: human_interest, 1; S&V HI: a human
#: face, the private lives of the actors), so a lexicon without that row finds no ages. The
#: number (1 to 3 digits, at most :data:`MAX_AGE`) is the cue's span. The word just before the
#: first comma must start with a capital letter (a name): figures in a list ("rose 3, 4, 5
#: percent"), a lower-case word before the comma, years ("June 12, 2019,") and a number with
#: a thousands separator ("Office, 30,290 voters") are no age. The
#: regex starts with a comma and a space, so a text is scanned quickly (about 2% of the
#: matcher's time on the benchmark's 500-word articles).
AGE_TERM = "year-old"
#: The oldest age read so (a larger number between commas is some other figure).
MAX_AGE = 119
_AGE_RE = re.compile(r", (\d{1,3}),(?!\d)")  # comma and space, as news style writes it
_NAME_BEFORE_RE = re.compile(r"[^\W\d_][\w'’\-]*$")
#: The characters such a number (with its scale word) can end in, and white space.
_NUMBER_ENDS = frozenset("0123456789 \t\n\r" + "".join(w[-1] + w[-1].upper()
                                                        for w in NUMBER_SCALES))
#: A word of a phrase other than the last may end in the apostrophe of a plural possessive
#: ("residents' association": the name of an organisation); it matches straight or curly.
_PLURAL_POSSESSIVE_RE = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*s'")
#: Irregular forms matched like regular inflections (base → forms); only bases that occur in
#: a lexicon are used.
IRREGULAR = {
    "fight": "fought", "pay": "paid", "lose": "lost", "win": "won", "spend": "spent",
    "strike": "struck stricken", "seek": "sought", "bring": "brought", "sell": "sold",
    "buy": "bought", "lead": "led", "grow": "grew grown", "rise": "rose risen",
    "fall": "fell fallen", "give": "gave given", "hold": "held", "take": "took taken",
    "make": "made", "say": "said", "tell": "told", "think": "thought", "feel": "felt",
    "forbid": "forbade forbidden", "withdraw": "withdrew withdrawn", "weep": "wept",
    "child": "children", "person": "people", "life": "lives", "wife": "wives",
    "crisis": "crises", "thief": "thieves", "man": "men", "woman": "women",
    "break": "broke broken", "drive": "drove driven", "choose": "chose chosen",
    "undertake": "undertook undertaken", "mislead": "misled", "lie": "lying",
    # a final consonant doubled before -ed/-ing where the last syllable is stressed
    # (rebut) or, in British spelling, after a final -l (quarrel, signal); the regular
    # rule doubles only short words (ban, sin). Both spellings of combat occur. (Not
    # commit: committed to a cause, committed a crime are no commitment to act.)
    "rebut": "rebutted rebutting",
    "quarrel": "quarrelled quarrelling", "signal": "signalled signalling",
    "combat": "combatted combatting",
}
_VOWELS = set("aeiou")


def inflections(word: str) -> set[str]:
    """Regular inflections of a lower-case word (plural/3rd person, past, -ing), itself included.

    >>> sorted(inflections("clash"))
    ['clash', 'clashed', 'clashes', 'clashing']
    >>> sorted(inflections("economy"))
    ['economied', 'economies', 'economy', 'economying']
    """
    forms = {word}
    if not word.isalpha() or len(word) < 3:
        return forms | set(IRREGULAR.get(word, "").split())
    last, before = word[-1], word[-2]
    if last == "y" and before not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {word + "es", word + "ed", word + "ing"}
    elif last == "e":
        forms |= {word + "s", word + "d"}
        forms.add(word[:-2] + "ying" if word.endswith("ie") else
                  word + "ing" if word.endswith(("ee", "ye", "oe")) else word[:-1] + "ing")
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
        if (len(word) <= 4 and last not in _VOWELS | set("wxy") and before in _VOWELS
                and word[-3] not in _VOWELS):  # short consonant-vowel-consonant: ban, sin
            forms |= {word + last + "ed", word + last + "ing"}
    return forms | set(IRREGULAR.get(word, "").split())


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: ``term`` (a word or phrase) cues ``frame`` with ``weight``."""

    term: str
    frame: str
    weight: float = 1.0
    match: str = "inflect"


def _check_rows(rows: Iterable[Mapping], source: str) -> list[Cue]:
    cues = []
    for n, row in enumerate(rows, start=1):
        term = str(row.get("term") or "").strip()
        frame = str(row.get("frame") or "").strip()
        if not term or not frame:
            raise ParameterError(f"{source}: entry {n} needs a term and a frame, got {dict(row)}")
        if not _FRAME_NAME_RE.match(frame):
            raise ParameterError(f"{source}: entry {n}: frame {frame!r} must be lower-case "
                                 "letters, digits and '_' (e.g. 'conflict', 'issue_political')")
        try:
            weight = float(row.get("weight") if row.get("weight") not in (None, "") else 1.0)
        except (TypeError, ValueError):
            raise ParameterError(f"{source}: entry {n}: weight {row.get('weight')!r} is not "
                                 "a number") from None
        if weight < 0:
            raise ParameterError(f"{source}: entry {n}: weight must be 0 or above (0 = not a "
                                 f"cue, see read_lexicon), got {weight}")
        match = str(row.get("match") or "").strip()
        if term.endswith("*"):
            term, match = term[:-1], match or "prefix"
        match = match or "inflect"
        if match not in MATCH_KINDS:
            raise ParameterError(f"{source}: entry {n}: match={match!r} is not valid; choose "
                                 f"one of {', '.join(map(repr, MATCH_KINDS))}")
        words = term.split()
        if words[0] == NUMBER_WORD and len(words) != 2:
            raise ParameterError(f"{source}: entry {n}: term {term!r}: 0 (a number) takes "
                                 "one word after it, such as '0 residents'")
        if any(not (TOKEN_RE.fullmatch(w) or k < len(words) - 1
                    and _PLURAL_POSSESSIVE_RE.fullmatch(w))
               for k, w in enumerate(words) if k or w != NUMBER_WORD):
            raise ParameterError(f"{source}: entry {n}: term {term!r} must be words made of "
                                 "letters (joined by spaces, hyphens or apostrophes)")
        cues.append(Cue(" ".join(term.split()), frame, weight, match))
    return cues


def read_lexicon(source, *, format: str | None = None) -> list[Cue]:
    """Read a frame lexicon: a CSV/TOML file, CSV/TOML text, or a list of mappings.

    CSV: columns ``term, frame`` and optionally ``weight`` (default 1) and ``match``
    (``inflect`` default, ``exact``, ``prefix``; a term ending in ``*`` is a prefix; a term
    ``0 word`` is that word after any number written in digits, :data:`NUMBER_WORD`); lines
    starting with ``#`` are comments. TOML: one ``[[cue]]`` table per entry with the same keys.
    Weight 0 marks a phrase that is *not* a cue: being the longer match, it keeps the cues
    inside it from counting (``Environmental Protection Agency`` blocks ``protection``).
    A row written as one word form decides that form in its frame: the forms inflection
    makes from another row of the frame yield to it (``feed`` with weight 0 keeps ``fee``
    from matching ``feed``; ``jobs`` with weight 0.5 beside ``job`` with weight 1).

    Parameters
    ----------
    source : str, Path, or iterable of mappings
        A path ending in ``.csv`` or ``.toml``, the text itself (with ``format=``), or rows.
    format : {"csv", "toml"}, optional
        Needed only when ``source`` is text.

    Examples
    --------
    >>> read_lexicon("term,frame,weight\\nwalkout,conflict,1\\nstrike fund*,economic,0.5",
    ...              format="csv")[1]
    Cue(term='strike fund', frame='economic', weight=0.5, match='prefix')
    >>> read_lexicon('[[cue]]\\nterm = "walkout"\\nframe = "conflict"', format="toml")
    [Cue(term='walkout', frame='conflict', weight=1.0, match='inflect')]
    """
    if format is not None:
        check_choice("format", format, ("csv", "toml"))
    label = "lexicon"
    if isinstance(source, Path) or (isinstance(source, str) and format is None):
        path = Path(source)
        if path.suffix.lower() not in (".csv", ".toml"):
            raise ParameterError(f"lexicon file {str(path)!r} must end in .csv or .toml")
        if not path.exists():
            raise ParameterError(f"lexicon file {str(path)!r} not found")
        format, label, source = path.suffix.lower()[1:], str(path), path.read_text("utf-8")
    if isinstance(source, str):
        if format == "toml":
            try:
                rows = tomllib.loads(source).get("cue", [])
            except tomllib.TOMLDecodeError as exc:
                raise ParameterError(f"{label}: not valid TOML: {exc}") from None
            if not isinstance(rows, list):
                raise ParameterError(f"{label}: write one [[cue]] table per entry")
        else:
            lines = [ln for ln in source.splitlines() if ln.strip() and not ln.startswith("#")]
            reader = csv.DictReader(io.StringIO("\n".join(lines)))
            if not reader.fieldnames or not {"term", "frame"} <= set(reader.fieldnames):
                raise ParameterError(f"{label}: a frame lexicon needs the columns term, frame "
                                     f"(and optionally weight, match); found {reader.fieldnames}")
            rows = list(reader)
        return _check_rows(rows, label)
    return _check_rows(list(source), label)


@lru_cache(maxsize=1)
def default_lexicon() -> tuple[Cue, ...]:
    """The shipped cues: generic frames, then issue frames (their names prefixed ``issue_``)."""
    generic, issue = (read_lexicon(resources.files("analysis").joinpath(name)
                                   .read_text("utf-8"), format="csv")
                      for name in LEXICON_FILES)
    issue = [Cue(c.term, ISSUE_PREFIX + c.frame, c.weight, c.match) for c in issue]
    return tuple(generic + issue)


#: A cue starts where no letter or digit precedes it and ends before a non-letter (an
#: optional possessive ’s is part of the match); inside a hyphenated compound only its last
#: part can start a cue ("anti-war" holds "war").
_EDGES = r"(?<![^\W_])(?:{})(?:['’]s)?(?![^\W_]|['’\-‐][^\W\d_])"
#: The same on " " + the text, consuming the character before the cue instead of looking
#: behind (the regex engine then skips the insides of words quickly).
_EDGES_FAST = r"[\W_]((?:{})(?:['’]s)?)(?![^\W_]|['’\-‐][^\W\d_])"
#: Distinct matched strings remembered per analyzer (the surface → cues lookup is cached).
CACHE_SIZE = 100_000


def trie_regex(surfaces: Iterable[str], *, apostrophes: bool = False) -> str:
    """One regex alternation for many lower-case strings, shared prefixes factored out.

    A trie-shaped pattern lets the regex engine reject a position after one character instead
    of trying every cue in turn; longer cues are preferred. ``*`` at the end of a surface
    stands for any further letters (prefix cues); a space stands for any white space; with
    ``apostrophes=True`` a straight apostrophe stands for a straight or a curly one.

    >>> trie_regex(["tax", "taxes", "tariff"])
    'ta(?:riff|x(?:es)?)'
    """
    trie: dict = {}
    for surface in surfaces:
        node = trie
        for char in surface:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = []
        for char in sorted(k for k in node if k):
            piece = (r"\s+" if char == " " else r"[^\W\d_]*" if char == "*"
                     else "['’]" if char == "'" and apostrophes else re.escape(char))
            alternatives.append(piece + build(node[char]))
        if not alternatives:
            return ""
        body = (alternatives[0] if len(alternatives) == 1 and "" not in node
                else "(?:" + "|".join(alternatives) + ")")
        if "" in node:
            body = body + "?" if body.startswith("(?:") else "(?:" + body + ")?"
        return body

    return build(trie)


class _Family:
    """The compiled cues of one family of frames (generic or issue).

    ``entries`` maps each matchable surface form (lower case, single spaces; prefix cues end
    in ``*``) to ``(frame, weight, case_words, match)`` tuples; one regex finds them all.
    """

    def __init__(self, cues: list[Cue]):
        self.frames: list[str] = list(dict.fromkeys(c.frame for c in cues))
        self.entries: dict[str, list[tuple]] = {}
        # (surface, frame) pairs that a row spells out as its own term: such a row decides
        # that form's weight in its frame, so an inflection generated from another row of
        # the same frame (``feed`` from ``fee``, ``jobs`` from ``job``) does not add to it
        literal: set[tuple[str, str]] = set()
        for cue in cues:
            words = cue.term.split()
            after_number = words[0] == NUMBER_WORD
            if after_number:  # the words after the number are the surface; see AFTER_NUMBER
                words = words[1:]
            case_words = tuple(words) if any(w != w.lower() for w in words) else None
            forms = [sorted(inflections(w.lower())) if cue.match == "inflect" else [w.lower()]
                     for w in words]
            if cue.match == "prefix":
                forms[-1] = [forms[-1][0] + "*"]
            written = " ".join(w.lower() for w in words)
            for combination in itertools.product(*forms):
                entry = (cue.frame, cue.weight, case_words,
                         AFTER_NUMBER if after_number else cue.match)
                surface = " ".join(combination)
                if after_number:  # checked first where the word is found (see _emit)
                    bucket = self.entries.setdefault(surface, [])
                    if entry not in bucket:
                        bucket.append(entry)
                    continue
                if surface != written:
                    if (surface, cue.frame) in literal:
                        continue  # a row written as this very form overrides an inflection
                elif (surface, cue.frame) not in literal:
                    literal.add((surface, cue.frame))
                    self.entries[surface] = [e for e in self.entries.get(surface, [])
                                             if e[0] != cue.frame]
                bucket = self.entries.setdefault(surface, [])
                if entry not in bucket:
                    bucket.append(entry)
        for bucket in self.entries.values():  # rows after a number come first
            bucket.sort(key=lambda e: e[3] != AFTER_NUMBER)
        self.prefixes = sorted(((s[:-1], e) for s, e in self.entries.items() if s.endswith("*")),
                               key=lambda item: -len(item[0]))

    @functools.cached_property
    def pattern_ignorecase(self) -> re.Pattern:
        """Compiled on first use (importing the package compiles no cue regex)."""
        return re.compile(_EDGES.format(trie_regex(self.entries, apostrophes=True)),
                          re.IGNORECASE)

    def lookup(self, surface: str) -> list[tuple]:
        found = self.entries.get(surface)
        if found is None:
            found = next((e for p, e in self.prefixes if surface.startswith(p)), [])
        return found




class _AfterNumber(NamedTuple):
    """A matched word's cues without and with a number just before it (rows ``0 word``)."""

    plain: tuple
    counted: tuple


def _number_before(text: str, start: int) -> bool:
    """Whether a number written in digits (and perhaps a scale word) ends just before
    ``start``, separated from it by white space (see :data:`NUMBER_WORD`)."""
    if start < 2 or not text[start - 1].isspace() or text[start - 2] not in _NUMBER_ENDS:
        return False  # the quick check first: most words follow no number
    return _NUMBER_BEFORE_RE.search(text, max(0, start - NUMBER_LOOKBACK), start) is not None


def _case_ok(case_words: tuple[str, ...] | None, match: str, matched: list[str]) -> bool:
    """A cue written with capitals matches only words written the same way."""
    if case_words is None:
        return True
    if match == "exact":
        return tuple(matched) == case_words
    return all(m.startswith(c) for m, c in zip(matched, case_words, strict=True))


class FramingAnalyzer:
    """The ``framing`` analyzer: frame cues as spans and per-article frame scores.

    Parameters
    ----------
    lexicon : str, Path, or list of mappings, optional
        A user's own cues (CSV or TOML file with ``term, frame, weight``; see
        :func:`read_lexicon`). A frame named like a shipped one (``conflict``,
        ``issue_political``) joins it; ``issue_<name>`` frames are issue frames; any other
        name becomes a new generic-family frame with columns ``frame_<name>``.
    mode : {"add", "replace"}
        ``"add"`` (default) puts the user's cues beside ours; ``"replace"`` uses only theirs.
    thresholds : mapping of str to float, optional
        Presence thresholds (weighted number of cues) by frame, overriding
        :data:`PRESENCE_THRESHOLDS`; frames with none use :data:`DEFAULT_THRESHOLD`.
    min_cues : int
        Cues a frame needs before it can be present (default :data:`MIN_CUES`).

    Examples
    --------
    >>> fa = FramingAnalyzer()
    >>> text = "Critics clashed with the minister over costs. Voters pay billions in tax."
    >>> [(text[s:e], label) for s, e, label, _ in fa.find(text) if not label.startswith("issue")]
    [('Critics', 'conflict'), ('clashed', 'conflict'), ('costs', 'economic'), \
('billions', 'economic'), ('tax', 'economic')]

    Twelve words, three economic cues of weight 1: 3 / 12 × 1,000 = 250 per 1,000 words, but
    a weighted count of 3 is below the economic threshold (6.25), so not present. Conflict
    (2 cues, at least ``MIN_CUES`` and above its threshold) is present and dominant:

    >>> scores = fa.score(text)
    >>> scores["frame_economic"], scores["frame_economic_present"], scores["dominant_frame"]
    (250.0, False, 'conflict')
    """

    def __init__(self, *, lexicon=None, mode: str = "add",
                 thresholds: Mapping[str, float] | None = None, min_cues: int = MIN_CUES):
        check_choice("mode", mode, MODES)
        if not isinstance(min_cues, int) or min_cues < 1:
            raise ParameterError(f"min_cues={min_cues!r} must be a whole number of 1 or more")
        user = [] if lexicon is None else read_lexicon(lexicon)
        if mode == "replace" and not user:
            raise ParameterError("mode='replace' needs a lexicon= with at least one cue")
        cues = user if mode == "replace" else [*default_lexicon(), *user]
        self.options = {"lexicon": lexicon, "mode": mode, "thresholds": thresholds,
                        "min_cues": min_cues}
        self.min_cues = min_cues
        generic = [c for c in cues if not c.frame.startswith(ISSUE_PREFIX)]
        issue = [c for c in cues if c.frame.startswith(ISSUE_PREFIX)]
        self.families = [(fam, _Family(group)) for fam, group in
                         (("generic", generic), ("issue", issue)) if group]
        self.frames = [f for _, family in self.families for f in family.frames]
        surfaces = {k: None for _, family in self.families for k in family.entries}
        # compiled on first use (below): importing the package then costs no regex
        # compilation, and a run served from the cache none
        self._body = trie_regex(surfaces, apostrophes=True)
        self._surface_cache: dict[str, list] = {}
        # the frames and weights an age after a name counts with (see AGE_TERM)
        self._age_cues = tuple((e[0], e[1]) for _, family in self.families
                               for e in family.entries.get(AGE_TERM, [])
                               if e[1] and e[2] is None and e[3] != AFTER_NUMBER)
        for name, value in (thresholds or {}).items():
            if name not in self.frames:
                raise ParameterError(f"thresholds: unknown frame {name!r}; frames are "
                                     f"{', '.join(self.frames)}")
            if not isinstance(value, int | float) or value < 0:
                raise ParameterError(f"thresholds[{name!r}]={value!r} must be a number >= 0")
        self.thresholds = {f: float((thresholds or {}).get(
            f, PRESENCE_THRESHOLDS.get(f, DEFAULT_THRESHOLD))) for f in self.frames}
        # per family: its two summary columns, then per frame the names _metrics writes
        self._layout = [
            (("dominant_frame", "n_frame_cues") if name == "generic"
             else ("dominant_issue_frame", "n_issue_cues"))
            + ([(f, self.column(f), self.column(f) + "_present", self.thresholds[f],
                 f.removeprefix(ISSUE_PREFIX)) for f in family.frames],)
            for name, family in self.families]

    @functools.cached_property
    def _pattern_fast(self) -> re.Pattern:
        return re.compile(_EDGES_FAST.format(self._body))

    @functools.cached_property
    def _pattern_ignorecase(self) -> re.Pattern:
        return re.compile(_EDGES.format(self._body), re.IGNORECASE)

    def configure(self, **options) -> FramingAnalyzer:
        """A new analyzer with these options changed (used by ``analyze(options=...)``)."""
        unknown = set(options) - set(self.options)
        if unknown:
            raise ParameterError(f"framing: unknown option(s) {', '.join(sorted(unknown))}; "
                                 f"valid: {', '.join(self.options)}")
        return FramingAnalyzer(**{**self.options, **options})

    def column(self, frame: str) -> str:
        """The article column of a frame: ``frame_<name>`` or, for issue frames, itself."""
        return frame if frame.startswith(ISSUE_PREFIX) else "frame_" + frame

    def find(self, text: str) -> list[tuple[int, int, str, float]]:
        """``(start, end, frame, weight)`` for every cue in ``text``, in text order.

        One regex pass finds the cues of all families; where the longest cue at a place is a
        phrase that one family lacks, that family's own pattern looks for shorter cues inside.
        """
        lower = text.lower()
        if len(lower) != len(text):  # a few rare letters such as "İ" change length
            return self._find_slow(text)
        # ``split`` on " " + the lower-cased text: the character before a cue is consumed,
        # not looked behind (faster), and the pieces alternate between the text up to a cue
        # and the cue itself, so offsets are running sums of lengths (no match objects)
        pieces = self._pattern_fast.split(" " + lower)
        found: list = []
        append = found.append
        cache = self._surface_cache
        end = -1  # offset in ``text`` of the end of the last piece (" " is not in it)
        for i in range(1, len(pieces), 2):
            start = end + len(pieces[i - 1]) + 1  # + the consumed character before the cue
            key = pieces[i]
            end = start + len(key)
            plan = cache.get(key)
            if plan is None:
                plan = self._plan(key)
                if len(cache) < CACHE_SIZE:
                    cache[key] = plan
            fixed, hits = plan
            if fixed is not None:  # the same cues wherever this string occurs
                for frame, weight in fixed:
                    append((start, end, frame, weight))
                continue
            if hits.__class__ is _AfterNumber:  # the same cues unless a number precedes
                for frame, weight in (hits.counted if _number_before(text, start)
                                      else hits.plain):
                    append((start, end, frame, weight))
                continue
            for family, entries in hits:
                if entries is None:  # this family lacks the phrase: look inside it
                    found.extend(self._inside(family, text, lower, start, end))
                    continue
                self._emit(found, entries, text, start, end)
        if self._age_cues:
            self._add_ages(found, text)
        return found

    def _add_ages(self, found: list, text: str) -> None:
        """Add the cues of ages set off by commas after a name (:data:`AGE_TERM`), keeping
        ``found`` in text order."""
        ages = [(match.start(1), match.end(1), frame, weight)
                for match in _AGE_RE.finditer(text)
                if (name := _NAME_BEFORE_RE.search(text, max(0, match.start() - 40),
                                                   match.start())) is not None
                and name.group()[0].isupper() and int(match.group(1)) <= MAX_AGE
                for frame, weight in self._age_cues]
        if ages:
            found.extend(ages)
            found.sort(key=lambda cue: cue[0])

    def _find_slow(self, text: str) -> list[tuple[int, int, str, float]]:
        """:meth:`find` for a text whose lower-cased form has another length."""
        found: list = []
        for match in self._pattern_ignorecase.finditer(text):
            start, end = match.span()
            for family, entries in self._hits(text[start:end].lower()):
                if entries is None:
                    found.extend(self._inside(family, text, text, start, end))
                    continue
                self._emit(found, entries, text, start, end)
        if self._age_cues:
            self._add_ages(found, text)
        return found

    def _plan(self, key: str) -> tuple[tuple | None, list]:
        """What a matched string yields: ``(fixed, hits)``; ``fixed`` lists its
        ``(frame, weight)`` cues when they do not depend on the text around or the
        capitalisation (no capitalised cue, no phrase to look inside), else None."""
        hits = self._hits(key)
        if any(entries is None or any(e[2] is not None for e in entries)
               for _, entries in hits):
            return None, hits
        if any(e[3] == AFTER_NUMBER for _, entries in hits for e in entries):
            # a word a row '0 word' decides after a number: both outcomes, fixed
            return None, _AfterNumber(*(self._fixed(hits, number) for number in (False, True)))
        return self._fixed(hits, False), hits

    @staticmethod
    def _fixed(hits, number: bool) -> tuple:
        """The ``(frame, weight)`` cues of hits without capitalised cues or phrases to look
        inside, with or without a number just before (:data:`AFTER_NUMBER` rows)."""
        fixed: list = []
        for _, entries in hits:
            seen: list = []
            for frame, weight, _, kind in entries:
                if frame in seen or (kind == AFTER_NUMBER and not number):
                    continue
                if weight or kind == AFTER_NUMBER:  # as in _emit: a weight-0 row after
                    seen.append(frame)              # a number decides its frame there
                if weight:
                    fixed.append((frame, weight))
        return tuple(fixed)

    def _hits(self, key: str) -> list[tuple[_Family, list | None]]:
        """For a matched (lower-case) string: each family's entries, or None for 'look inside'."""
        surface = " ".join(key.lower().split())
        if "’" in surface:  # the lexicon writes apostrophes straight
            surface = surface.replace("’", "'")
        if surface.endswith(("'s", "’s")):
            stripped = surface[:-2]
            if any(f.lookup(stripped) for _, f in self.families):
                surface = stripped
        hits = []
        for _, family in self.families:
            entries = family.lookup(surface)
            if entries:
                hits.append((family, entries))
            elif " " in surface:
                hits.append((family, None))
        return hits

    def _inside(self, family: _Family, text: str, lower: str, start: int, end: int):
        found: list = []
        for match in family.pattern_ignorecase.finditer(text, start, end):
            s, e = match.span()
            entries = self._hits(lower[s:e])
            for fam, ents in entries:
                if fam is family and ents:
                    self._emit(found, ents, text, s, e)
        return found

    @staticmethod
    def _emit(found: list, entries, text: str, start: int, end: int) -> None:
        seen = []
        for frame, weight, case_words, kind in entries:
            if frame in seen:
                continue
            if kind == AFTER_NUMBER:  # decides its frame where a number comes just before
                if _number_before(text, start):
                    seen.append(frame)
                    if weight:
                        found.append((start, end, frame, weight))
                continue
            if not weight:  # weight 0: a blocking phrase, not a cue
                continue
            if case_words is not None:
                words = text[start:end].split()
                if words and words[-1].endswith(("'s", "’s")) and len(case_words[-1]) < len(
                        words[-1]) - 1:
                    words[-1] = words[-1][:-2]
                if not _case_ok(case_words, kind, words):
                    continue
            seen.append(frame)
            found.append((start, end, frame, weight))

    def score(self, text: str, n_words: int | None = None) -> dict[str, object]:
        """The article columns for one text (see the module docstring)."""
        return self._metrics(self.find(text), count_words(text) if n_words is None else n_words)

    def _metrics(self, cues, n_words: int) -> dict[str, object]:
        weight_sum = dict.fromkeys(self.frames, 0.0)
        count = dict.fromkeys(self.frames, 0)
        for _, _, frame, weight in cues:
            weight_sum[frame] += weight
            count[frame] += 1
        per_word = RATE_PER_WORDS / n_words if n_words else 0.0
        min_cues = self.min_cues
        metrics: dict[str, object] = {}
        for dominant_column, total_column, frames in self._layout:
            best, best_strength, total = "none", 0.0, 0
            for frame, column, present_column, threshold, name in frames:
                weight, n = weight_sum[frame], count[frame]
                present = n >= min_cues and weight >= threshold
                metrics[column] = weight * per_word
                metrics[present_column] = present
                total += n
                if present:  # how many times over its bar (see DOMINANT_BAR in the docs)
                    strength = weight / max(threshold, min_cues)
                    if strength > best_strength:
                        best, best_strength = name, strength
            metrics[dominant_column] = best
            metrics[total_column] = total
        return metrics

    def __call__(self, doc) -> None:
        """Run on a pipeline Document: add spans ``frame_cue`` and the article columns."""
        cues = self.find(doc.text)
        # (regex matches lie inside the text: no bounds check per span as add_span does)
        first = len(doc.spans)
        doc.spans.extend([(start, end, "frame_cue", frame) for start, end, frame, _ in cues])
        weights = getattr(doc, "span_weights", None)
        if weights is not None and cues:
            # each cue's lexicon weight goes with its span, so that the spans of a frame add up
            # to its rate: Σ weight ÷ n_words × 1,000 (see _metrics)
            weights.update(zip(range(first, first + len(cues)), map(_WEIGHT_OF, cues),
                               strict=True))
        n_words = doc.metrics.get("n_words")
        doc.metrics.update(self._metrics(cues, count_words(doc.text) if n_words is None
                                         else n_words))


#: A cue's weight: ``(start, end, frame, weight)[3]``.
_WEIGHT_OF = operator.itemgetter(3)


#: The analyzer registered in :data:`analysis.pipeline.ANALYZERS` (shipped cues, defaults).
framing = FramingAnalyzer()


def frame_columns(articles, *, family: str = "generic") -> list[str]:
    """The rate columns of one family present in an ``articles`` table, in lexicon order.

    >>> import pandas as pd
    >>> frame_columns(pd.DataFrame(columns=["id", "frame_conflict", "frame_conflict_present"]))
    ['frame_conflict']
    """
    check_choice("family", family, ("generic", "issue"))
    prefix = "frame_" if family == "generic" else ISSUE_PREFIX
    return [c for c in articles.columns
            if c.startswith(prefix) and not c.endswith("_present")]


def _present_columns(articles, family: str) -> list[tuple[str, str]]:
    """(frame name as shown, ``*_present`` column) for one family in an articles table."""
    pairs = []
    for column in frame_columns(articles, family=family):
        if column + "_present" in articles.columns:
            name = column.removeprefix("frame_") if family == "generic" else column.removeprefix(
                ISSUE_PREFIX)
            pairs.append((name, column + "_present"))
    if not pairs:
        raise ParameterError(f"the table has no {family} frame columns; run analyze() with "
                             "the 'framing' analyzer first")
    return pairs


def frame_shares(articles, *, by: str = "outlet", family: str = "generic"):
    """Share of each group's articles in which each frame is present.

    Parameters
    ----------
    articles : DataFrame
        The ``articles`` table of :func:`analysis.analyze` (not changed).
    by : str
        The grouping column (``outlet``, or any other column).
    family : {"generic", "issue"}
        Which frames.

    Returns
    -------
    DataFrame
        ``by, frame, articles, present, share`` (share = present ÷ articles), sorted by group
        then frame in lexicon order; empty articles are left out.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B"], "n_words": [10, 10, 10],
    ...                   "frame_conflict": [5.0, 0.0, 2.0],
    ...                   "frame_conflict_present": [True, False, True]})
    >>> frame_shares(t).to_dict("records")[0]
    {'outlet': 'A', 'frame': 'conflict', 'articles': 2, 'present': 1, 'share': 0.5}
    """
    import pandas as pd

    pairs = _present_columns(articles, family)
    if by not in articles.columns:
        raise ParameterError(f"the table has no column {by!r}")
    rows = articles[articles["n_words"] > 0] if "n_words" in articles else articles
    records = []
    for group, part in label_missing(rows, by).groupby(by, sort=True):
        for name, column in pairs:
            present = int(part[column].astype(bool).sum())
            records.append({by: group, "frame": name, "articles": len(part), "present": present,
                            "share": present / len(part) if len(part) else 0.0})
    return pd.DataFrame.from_records(records, columns=[by, "frame", "articles", "present",
                                                       "share"])


def frame_shares_over_time(articles, *, period: str = "M", family: str = "generic"):
    """Share of dated articles per period (UTC; weeks start on Monday) in which each frame is
    present.

    Returns ``period_start, frame, articles, present, share``; undated articles are left out.
    A period between the first and the last with no articles gets rows with ``articles`` 0
    and no share (NaN), so a chart breaks its lines there (review19 W4).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"published": pd.to_datetime(["2026-01-05", "2026-03-09"], utc=True),
    ...                   "n_words": [10, 10], "frame_conflict": [2.0, 0.0],
    ...                   "frame_conflict_present": [True, False]})
    >>> out = frame_shares_over_time(t)
    >>> [(f"{d:%m}", a, s) for d, a, s in out[["period_start", "articles", "share"]].values]
    [('01', 1, 1.0), ('02', 0, nan), ('03', 1, 0.0)]
    """
    import pandas as pd

    from .stats import PERIODS, period_range

    check_choice("period", period, PERIODS)
    dated = articles.dropna(subset=["published"])
    naive = dated["published"].dt.tz_convert("UTC").dt.tz_localize(None)
    starts = naive.dt.to_period(period).dt.start_time.dt.tz_localize("UTC")
    out = frame_shares(dated.assign(period_start=starts), by="period_start", family=family)
    if out.empty:
        return out
    frames = list(dict.fromkeys(out["frame"]))
    full = pd.MultiIndex.from_product([period_range(out["period_start"], period), frames],
                                      names=["period_start", "frame"]).to_frame(index=False)
    out = full.merge(out, on=["period_start", "frame"], how="left")
    for column in ("articles", "present"):
        out[column] = out[column].fillna(0).astype(int)
    return out


def dominant_frames(articles, *, by: str = "outlet", family: str = "generic"):
    """Articles per group by dominant frame (``"none"`` included), with each one's share.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "A", "A"],
    ...                   "dominant_frame": ["conflict", "conflict", "none"]})
    >>> dominant_frames(t).to_dict("records")[0]
    {'outlet': 'A', 'dominant_frame': 'conflict', 'articles': 2, 'share': 0.6666666666666666}
    """
    check_choice("family", family, ("generic", "issue"))
    column = "dominant_frame" if family == "generic" else "dominant_issue_frame"
    if column not in articles.columns or by not in articles.columns:
        raise ParameterError(f"the table needs the columns {by!r} and {column!r}")
    counts = (label_missing(articles, by).groupby([by, column]).size().rename("articles")
              .reset_index())
    counts["share"] = counts["articles"] / counts.groupby(by)["articles"].transform("sum")
    return counts.sort_values([by, "articles", column], ascending=[True, False, True],
                              ignore_index=True)


def _labels(frames) -> list[str]:
    """Frame names as a reading writes them (``human interest``; the dominant frame ``none``
    as "no frame present")."""
    return ["no frame present" if f == "none" else label_text(f) for f in frames]


def article_behind_top_share(articles) -> tuple[str, str]:
    """The article to inspect for a page's largest frame share: of the generic frame most often
    present (the first in :data:`GENERIC_FRAMES` order on a tie), the article with its highest
    rate; returns its id and a clause saying why it was chosen (the first article when no frame
    is present anywhere).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"id": ["a", "b"], "frame_conflict": [2.0, 5.0],
    ...                   "frame_conflict_present": [True, True],
    ...                   **{f"frame_{f}_present": [False, False] for f in GENERIC_FRAMES[1:]}})
    >>> article_behind_top_share(t)[0]
    'b'
    """
    counts = {f: int(articles[f"frame_{f}_present"].sum()) for f in GENERIC_FRAMES}
    top = max(counts, key=counts.get)
    if not counts[top]:
        return (articles["id"].iloc[0],
                "no frame is present in any article; the first article")
    rates = articles[f"frame_{top}"]
    name = top.replace("_", " ")
    return (articles.loc[rates.idxmax(), "id"],
            f"the highest {name} frame rate, {rates.max():.2f} weighted cues per 1,000 words; "
            f"{name} is present in {counts[top]} of the {len(articles)} articles")


#: The lengths (words) of the articles the presence thresholds were calibrated on.
CALIBRATION_WORDS = (225, 980)


def describe_length_caution(articles) -> str:
    """A caution when the articles' median length is far outside the range the presence
    thresholds were calibrated on (:data:`CALIBRATION_WORDS`): under half its shortest, few
    frames can reach their bar; over twice its longest, they reach it easily. Empty otherwise
    (review 15: a collection of 54-word items had no frame present, and nothing said why).

    >>> import pandas as pd
    >>> describe_length_caution(pd.DataFrame({"n_words": [400, 420, 0]}))
    ''
    >>> describe_length_caution(pd.DataFrame({"n_words": [50, 60, 58]}))[:42]
    'These articles are short (median 58 words)'
    """
    words = articles.loc[articles["n_words"] > 0, "n_words"] if "n_words" in articles else []
    if len(words) == 0:
        return ""
    median, (low, high) = float(words.median()), CALIBRATION_WORDS
    if median < low / 2:
        return (f"These articles are short (median {median:.0f} words) next to those the "
                f"presence thresholds were calibrated on ({low}–{high} words): a frame's cues "
                "rarely add up to its bar in so few words, so few frames count as present. "
                "Compare the cue rates (notebook 06), or give your own bars: "
                "analyze(options={'framing': {'thresholds': {...}}}).")
    if median > 2 * high:
        return (f"These articles are long (median {median:.0f} words) next to those the "
                f"presence thresholds were calibrated on ({low}–{high} words): a frame's cues "
                "add up to its bar easily, so frames count as present more often than in "
                "shorter reports.")
    return ""


def describe_frame_shares(table, *, by: str = "outlet") -> str:
    """Reading of a :func:`frame_shares` table: the most common frame overall and per group;
    no ranking where no article has a frame present (every share 0), overall or in a group.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "frame": ["conflict", "economic"] * 2,
    ...                   "articles": [4, 4, 2, 2], "present": [3, 1, 0, 2],
    ...                   "share": [0.75, 0.25, 0.0, 1.0]})
    >>> describe_frame_shares(t)
    'Across 6 articles the most common frames are conflict and economic (present in 3, 50% \
each). Most often per outlet: A conflict (75% of 4); B economic (100% of 2).'
    >>> describe_frame_shares(t.assign(present=0, share=0.0))
    'Across 6 articles no article has any frame present.'

    A period with no articles (from :func:`frame_shares_over_time`) is named, not ranked:

    >>> p = pd.DataFrame({"period_start": pd.to_datetime(["2026-01-01", "2026-02-01",
    ...                                                   "2026-03-01"], utc=True),
    ...                   "frame": ["conflict"] * 3, "articles": [4, 0, 2],
    ...                   "present": [3, 0, 1], "share": [0.75, float("nan"), 0.5]})
    >>> describe_frame_shares(p, by="period_start")  # doctest: +NORMALIZE_WHITESPACE
    'Across 6 articles the most common frame is conflict (present in 4, 67%). Most often per \
period starting: 2026-01-01 conflict (75% of 4); 2026-03-01 conflict (50% of 2). 1 period had \
no articles (starting 2026-02-01), left as a gap in the chart.'
    """
    if table.empty:
        return "No articles with text."
    overall = table.groupby("frame", sort=False)[["present", "articles"]].sum()
    total = int(table.groupby(by)["articles"].first().sum())
    if overall["present"].max() == 0:
        return f"Across {total} articles no article has any frame present."
    top = tied_at_top(overall["present"])
    parts, without, empty = [], [], []
    for group, part in table.groupby(by, sort=True):
        name = f"{group:%Y-%m-%d}" if hasattr(group, "strftime") else group
        if part["articles"].iloc[0] == 0:  # a period with no articles (a gap in the chart)
            empty.append(name)
            continue
        share = part["share"].max()
        if share == 0:  # (no ranking of zeros: "all five frames, 0% each")
            without.append(name)
            continue
        best = tied_at_top(part.set_index("frame")["share"])
        parts.append(f"{name} {join_and(_labels(best))} ({share:.0%} of "
                     f"{part['articles'].iloc[0]}"
                     f"{each(best)})")
    label = "period starting" if by == "period_start" else by
    present = int(overall["present"].max())
    text = (f"Across {total} articles the most common frame"
            f"{'s are' if len(top) > 1 else ' is'} {join_and(_labels(top))} (present in "
            f"{present}, {present / total:.0%}{each(top)}). "
            f"Most often per {label}: {'; '.join(parts)}.")
    if without:
        where = (f"the period{'s' if len(without) > 1 else ''} starting {join_and(without)}"
                 if by == "period_start" else join_and(without))
        text += f" No article in {where} has any frame present."
    if empty:
        one = len(empty) == 1
        text += (f" {len(empty)} period{'' if one else 's'} had no articles (starting "
                 f"{join_and(empty)}), left as {'a gap' if one else 'gaps'} in the chart.")
    return text


def issue_frame_label(frame: str) -> str:
    """An issue frame's name for readers; an issue dimension that shares its name with a
    generic frame (economic, morality) is marked, so "morality present in 2 articles" (the
    generic frame) and "no article has the morality frame" (the policy issue) do not read as a
    contradiction on one page.

    >>> issue_frame_label("morality"), issue_frame_label("health_safety")
    ('morality (policy issue)', 'health and safety')
    """
    name = label_text(frame)
    return f"{name} (policy issue)" if frame in GENERIC_FRAMES else name


def describe_issue_frame_shares(table, *, by: str = "outlet") -> str:
    """Reading of an issue-frame :func:`frame_shares` table, within each frame: which group
    carries it most often. Issue frames other than economic and morality share one default
    threshold, so one frame's share says nothing about another's and the frames are not
    ranked against each other (as :func:`describe_frame_shares` does for generic frames).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "frame": ["legality", "crime"] * 2,
    ...                   "articles": [4, 4, 2, 2], "present": [1, 0, 1, 0],
    ...                   "share": [0.25, 0.0, 0.5, 0.0]})
    >>> describe_issue_frame_shares(t.assign(articles=[40, 40, 20, 20], present=[4, 0, 4, 0],
    ...                                      share=[0.1, 0.0, 0.2, 0.0]))
    ... # doctest: +NORMALIZE_WHITESPACE
    'Within each frame (not between frames: most issue frames share one default threshold),
    the outlet where it is present most often — legality: B (20% of 20). No article has the
    crime frame present.'

    Groups with fewer than :data:`~analysis.uncertainty.MIN_GROUP_SIZE` articles are not
    ranked (B's 1 of 2 would otherwise beat A's 1 of 4):

    >>> describe_issue_frame_shares(t)  # doctest: +NORMALIZE_WHITESPACE
    'Within each frame (not between frames: most issue frames share one default threshold),
    the outlet where it is present most often — legality: present in 2 of 6 articles; no
    outlet with it has enough articles to rank. No article has the crime frame present. Not
    ranked, with fewer than 10 articles: A (4) and B (2).'
    """
    from .uncertainty import MIN_GROUP_SIZE

    if table.empty:
        return "No articles with text."
    parts, absent = [], []
    # only groups with enough articles are ranked: 1 of 2 articles (50%) does not beat 1 of 4
    # (review19 M3); the rule of the other readings (MIN_GROUP_SIZE)
    sizes_of = table.groupby(by)["articles"].first()
    small = sizes_of[sizes_of < MIN_GROUP_SIZE]
    for frame, part in table.groupby("frame", sort=False):
        if part["present"].max() == 0:
            absent.append(issue_frame_label(frame))
            continue
        rows = part.set_index(by)
        rows = rows[rows["articles"] >= MIN_GROUP_SIZE]
        if rows.empty or rows["present"].max() == 0:
            parts.append(f"{issue_frame_label(frame)}: present in {int(part['present'].sum())} "
                         f"of {int(part['articles'].sum())} articles; no {by} with it has "
                         "enough articles to rank")
            continue
        best = tied_at_top(rows["share"])
        sizes = [int(rows.loc[g, "articles"]) for g in best]
        parts.append(f"{issue_frame_label(frame)}: {join_and([str(g) for g in best])} "
                     f"({rows['share'].max():.0%} of {join_and(sizes)}{each(best)})")
    text = (f"Within each frame (not between frames: most issue frames share one default "
            f"threshold), the {by} where it is present most often — " + "; ".join(parts) + "."
            if parts else "No article has any issue frame present.")
    if parts and absent:
        text += (f" No article has the {join_and(absent)} frame"
                 f"{'s' if len(absent) > 1 else ''} present.")
    if parts and len(small):
        listed = join_and([f"{g} ({int(n)})" for g, n in small.items()])
        text += (f" Not ranked, with fewer than {MIN_GROUP_SIZE} articles: {listed}.")
    return text


def describe_dominant(table, *, by: str = "outlet") -> str:
    """Reading of a :func:`dominant_frames` table: each group's most frequent dominant frame."""
    if table.empty:
        return "No articles."
    column = [c for c in table.columns if c.startswith("dominant") and c != by][0]
    parts = []
    for group, part in table.groupby(by, sort=True):
        best = tied_at_top(part.set_index(column)["articles"])
        parts.append(f"{group}: {join_and(_labels(best))} ({part['articles'].max()} of "
                     f"{int(part['articles'].sum())}{each(best)})")
    return "Most frequent dominant frame per " + by + " — " + "; ".join(parts) + "."


# The trained route (issue 4) lives in its own module; it is part of the framing API.
from .frame_classifier import (  # noqa: E402
    FrameClassifier,
    ModelFileError,
    describe_cross_validation,
)

__all__ = ["FrameClassifier", "FramingAnalyzer", "ModelFileError", "describe_cross_validation",
           "framing"]
