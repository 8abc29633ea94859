"""Certainty and hedging: hedges, evidentials, speculation markers and boosters as spans.

The cue list is data (``lexicons/hedges.csv``, with its provenance in the header). Matching is
case-insensitive on whole words; verbs also match their inflections (``suggest`` →
``suggests``, ``suggested``, ``suggesting``); past participles marked ``passive`` count only
after a form of *be* (``is widely considered``, ``is also said to``, ``has been suggested``),
after an adverb such as *widely* (``a widely believed story``) or, for *considered, regarded,
believed*…, after a comma (``X, considered the finest potter of his day``). A
capitalised ``May`` is the month, and skipped, when a number follows or when it does not open a
sentence. Context rules, each a named constant below with its source, keep out root (dynamic)
``may`` and ``could`` (generic subjects, ``may be found``, ``may vary``, ``may include``,
``could be converted by fitting``, ``could often``,
``may`` in an example or coordinated with a habitual verb phrase, ``could no longer``),
approximate figures (``some 300``, ``as many as 60``, ``an estimated 2,000``, ``several
thousand``, ``one to several``), a group's rate
(``voters were more likely to``), deliberative ``considered for``, the frequency adverbs
``generally`` / ``sometimes`` (= "as a rule"), and other senses of cue words: signalling
``indicate``, directive ``suggest`` (``suggested renaming``), ``appeared to Maria``,
``been called off`` and ``probable cause``. An attribution whose agent is named in a ``by``
phrase (``was considered unsafe by his doctors``) is sourced, not counted; ``is said`` counts
only as hearsay (``is said to``, ``it is said that``) and not when it defines a term (``a bird
that … is said to be split``), and ``generally`` / ``sometimes`` before the active past tense
(``the court generally held``) are frequency adverbs. ``may have`` is the perfect only before a
participle; ``he or she`` and a clause-opening frequency adverb (``Sometimes the rash may
spread``) are generic frames of ``may``; the optative and concessive ``may`` (``may God bless``,
``whatever the case may be``) and the technical ``apparent magnitude`` are not counted; nor are
the poll population ``likely voters``, astonished ``can't believe``, ``certain death`` and
``claim`` as a right or a legal demand (``claim to the throne``, ``filed a claim``); ``critics``
count only as the holder of a reported view (not ``a mixed response from critics``), and
``rumours`` / ``speculation`` only with the claim they report (not ``to allay those rumours``).

Output of the ``hedging`` analyzer:

* spans ``kind="hedge"`` (label = the cue's category: modal, epistemic_verb, epistemic_adverb,
  evidential, conditional, weasel, vague_quantifier, speculation) and ``kind="booster"``;
* sentence column ``hedged``: the sentence holds at least one hedge cue;
* article columns ``n_hedges``, ``n_boosters``, ``hedge_rate`` and ``booster_rate`` (per 1,000
  words), ``hedged_sentence_share`` and ``certainty_index`` =
  (boosters − hedges) / (boosters + hedges), from −1 (all hedging) to +1 (all boosting), empty
  when the article has neither.
"""

from __future__ import annotations

import bisect
import csv
import io
import operator
import re
from functools import lru_cache
from importlib import resources

from . import text as textlib
from .framing import trie_regex
from .groups import label_missing

#: Rates are per this many words (the usual unit in corpus linguistics).
RATE_PER_WORDS = 1000


def _inflections(verb: str) -> list[str]:
    """Regular inflections of a verb: suggest → suggests, suggested, suggesting."""
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


def read_lexicon(text: str) -> list[dict]:
    """Parse a hedge lexicon (CSV with ``term,category,pos``; ``#`` lines are comments)."""
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    entries = list(csv.DictReader(io.StringIO("\n".join(rows))))
    for entry in entries:
        if not entry.get("term") or not entry.get("category"):
            raise ValueError(f"hedge lexicon row without term or category: {entry}")
    return entries


@lru_cache(maxsize=1)
def default_lexicon() -> tuple[dict, ...]:
    """The shipped hedge lexicon."""
    text = resources.files("analysis").joinpath("lexicons/hedges.csv").read_text("utf-8")
    return tuple(read_lexicon(text))


#: Forms of "be" that make a following past participle an impersonal attribution
#: ("is considered", "has been suggested"); one adverb may stand between ("is widely believed").
BE_FORMS = ("is", "are", "was", "were", "be", "been", "being", "'s", "’s")
#: Adverbs that make a following participle an impersonal attribution even without "be"
#: ("a widely believed story", "the then-capital, long thought safe").
#: "hotly" ("a hotly debated question", "hotly disputed") goes with the participles of contest.
PASSIVE_ADVERBS = ("widely", "generally", "commonly", "often", "long", "once", "hotly")
#: Words that may stand between "be" and the participle besides "-ly" adverbs, at most
#: :data:`MAX_BE_ADVERBS` of them: "is also said to", "is now thought", "are often not
#: considered", "is not believed to" (the same impersonal passive, Wikipedia's weasel-word
#: guideline; found missing on the development half: "is also said to" went uncounted).
BE_ADVERBS = ("also", "still", "now", "not", "often", "then", "even", "sometimes", "never")
#: At most this many adverbs between "be" and the participle ("are often not considered").
MAX_BE_ADVERBS = 2
#: Past participles that are also an attribution as a reduced relative clause after a comma,
#: dash or bracket, with no "be": "Alonso Berruguete, considered the greatest sculptor of his
#: time", "the city, then thought safe" (the same impersonal passive with "who is" left out).
#: Only these: after a comma "said", "reported", "claimed" are mostly active verbs whose
#: subject follows ("…, said the mayor"), and "thought" is often the noun or an active verb in
#: a series ("He paused, thought for a moment").
REDUCED_RELATIVE_PARTICIPLES = ("considered", "regarded", "believed", "reputed", "rumoured",
                                "rumored", "presumed")
#: Before a reduced-relative participle: a comma, dash or bracket, optionally one adverb of
#: time or an "-ly" adverb ("…, then considered", "…, widely regarded as").
_REDUCED_RELATIVE_BEFORE_RE = re.compile(
    r"(?:,|--|—|–|\(|-LRB-)\s*(?:(?:then|now|once|long|still|also|[^\W\d_]+ly)\s+)?$")
#: Participles that after an adverb without "be" are mostly the active past tense of a
#: reporting verb with its subject before the adverb ("Pacheco once said", "as he often
#: claimed"), not an attributive participle ("a widely reported story"); seen in news text
#: (PolNeAR articles), where "once said" would otherwise count as an impersonal attribution.
ACTIVE_AFTER_ADVERB = frozenset(("said", "claimed", "argued", "suggested", "alleged"))
#: Forms of "have" before the adverb make the participle an active perfect ("critics have
#: long considered", "has long said"), not an impersonal attribution.
HAVE_FORMS = frozenset(("have", "has", "had", "having", "'ve", "’ve"))
#: "said" after "be" is the hearsay passive only with its raising complement: "is said to be",
#: "it is said that", "is said, however, to", "is said by some to" (Quirk et al. 1985, "A
#: Comprehensive Grammar": the hearsay passive of "say" takes a "to"-infinitive or an
#: extraposed "that" clause); elsewhere
#: it reports a literal utterance ("nothing is said about syntax", "things that need to be
#: said", "the same could not be said for him"), not an unattributed claim. Up to
#: HEARSAY_GAP_WORDS words may come before "to" / "that" ("was said at the time to be").
HEARSAY_GAP_WORDS = 3
_HEARSAY_COMPLEMENT_RE = re.compile(
    rf"\s*,|(?:\s+[\w’'-]+){{0,{HEARSAY_GAP_WORDS}}}?\s+(?:to|that)\b|\s+by\b", re.IGNORECASE)
#: A present-tense "is / are said to" in a sentence that defines a term names it, "is said to
#: be" = "is called" (Quirk et al. 1985: the naming use of "say"), not hearsay about someone:
#: when the sentence opens with a conditional or situational frame ("When a team has a man
#: off, the other team is said to be on a power play", "In this case the option is said to
#: have pinned") or with an indefinite subject restricted by a relative clause (the
#: generic "A bird that carries one copy is said to be split"). Hearsay keeps a specific subject
#: ("the castle is said to be haunted", "aides are said to be urging him").
DEFINITION_WINDOW = 250
_DEFINITION_FRAME_RE = re.compile(
    r"(?:^|[.!?:;]\s+)(?:(?:when|whenever|if|in\s+(?:this|that|such|either|each)\s+(?:case|"
    r"situation|event))\b|an?\s+[^.!?;:]*?\b(?:that|which|who)\b)[^.!?;:]*$", re.IGNORECASE)
#: Words after "by" that do not name an agent (time, manner, degree: "by 1900", "by then", "by
#: far") or that name a vague one ("is thought by some", "is said by most", "considered by
#: many"): these leave an impersonal passive counted (see _BY_AGENT_RE).
NOT_A_NAMED_AGENT = ("the time", "then", "now", "far", "the way", "way", "means", "default",
                     "contrast", "comparison", "mid", "late", "early", "most", "some", "many",
                     "several", "others", "few", "a few", "various", "numerous", "certain",
                     "people", "those", "anybody", "anyone", "everyone", "everybody")
#: The label phrases of the lexicon ("has been dubbed a genius"), which _BY_AGENT_RE also
#: turns into an attribution when a named agent follows ("been dubbed a genius by the Times").
LABEL_PHRASES = frozenset(("been described as", "been dubbed", "been labelled", "been labeled",
                           "been characterized as", "been characterised as"))
#: At most this many words (or quotation marks) between the participle and "by".
AGENT_GAP_WORDS = 3
#: A passive attribution whose agent is given in a "by" phrase ("was considered `` very
#: anti-semitic '' by his colleagues", "is deemed by scientists", "pigs are considered unclean by
#: Muslims", "was reported by ABS-CBN") names who holds the view: an attributed claim, not the
#: agentless passive that Wikipedia's weasel-word guideline and Hyland's evidentials describe
#: ("it is believed"). A vague agent ("by some", "by many") keeps the cue (NOT_A_NAMED_AGENT;
#: a weasel noun such as "by critics" counts by itself). "to" or "that" between the participle
#: and "by" puts "by" in the complement ("is expected to be filled by the Speaker"). Only the
#: evidential participles: "is disputed by historians" still says that the claim is contested.
_QUOTES = r"(?:\s*(?:``|''|[\"“”`']))*"
_BY_AGENT_RE = re.compile(
    rf"{_QUOTES}(?:\s*(?!(?:to|that)\b)[\w’'-]+{_QUOTES}){{0,{AGENT_GAP_WORDS}}}?"
    r"\s+by\s+(?!\d|(?:" + "|".join(NOT_A_NAMED_AGENT).replace(" ", r"\s+") + r")\b)",
    re.IGNORECASE)
#: Characters after which a capitalised "May" opens a sentence (and so is the modal).
SENTENCE_END_CHARS = ".!?\"“”:;"
#: A character that continues a word: a cue must not have one on either side.
_WORD_CHAR = r"[\w’'-]"
#: The only characters that a case-insensitive match equates with an ASCII letter although
#: their lower case is not that letter (found by checking every code point): dotless i and
#: long s. Texts holding them take the case-insensitive route.
_FOLD_SPECIAL = re.compile("[\u0131\u017f]")
#: Distinct matched strings whose normalised form is remembered (bounds the memory).
CACHE_SIZE = 10_000
_FOLD_TO_ASCII = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0130": "i"})
_SPACES_RE = re.compile(r"\s+")
_MONTH_DAY_RE = re.compile(r"\s+\d")
#: "could not", "couldn't" and the tokenised "could n't" of treebank-style text, and the
#: other negators of past ability: "could no longer pay the rent", "could hardly / barely /
#: scarcely walk" (Coates 1983, ch. 5: negated "could" reports past inability, like "could
#: not"); "could never" is left out ("he could never win" is also a prediction).
NEGATIVE_ABILITY = ("not", "no longer", "hardly", "barely", "scarcely")
_COULD_NOT_RE = re.compile(r"\s+(?:" + "|".join(NEGATIVE_ABILITY).replace(" ", r"\s+")
                           + r")\b|\s*n[’']t")

#: Nouns of time and repetition after which a vague quantifier measures a duration or a count
#: of events ("for several years", "many times"), not the reach of a claim: the weasel notion
#: (Wikipedia's weasel-word guideline; the CoNLL-2010 weasel cues, Farkas et al. 2010) is about
#: vague sources and vague generalisations, so these are not counted.
TIME_NOUNS = ("times", "years", "months", "weeks", "days", "decades", "centuries", "hours",
              "minutes", "generations", "occasions", "time")
_TIME_NOUN_RE = re.compile(r"\s+(?:" + "|".join(TIME_NOUNS) + r")\b", re.IGNORECASE)
#: Pronouns of generic reference ("you", "one" = people in general; "they" = the members of a
#: class just named) before "may": with a generic subject "may" is the root (dynamic)
#: possibility of descriptions, "they may bite" = "they sometimes bite", not the writer's
#: doubt (Coates 1983, "The Semantics of the Modal Auxiliaries", ch. 6; Palmer 1990).
GENERIC_PRONOUNS = ("they", "one", "you")
#: Determiners, quantifiers and possessives (a noun phrase with one is not a bare plural), and
#: words ending in "s" that are not plural nouns.
SPECIFIC_OR_NOT_PLURAL = frozenset(
    "the this that these those his her its their our my your both all many some several few "
    "most such other no any each every two three four five is was has does as us thus perhaps "
    "always sometimes plus yes less unless whereas".split())
#: Irregular past participles that do not end in "-ed" / "-en" (with "been"): after "may have"
#: they make the perfect ("may have gone", "may have won"). The perfect is recognised by its
#: participle (Quirk et al. 1985: the perfect is "have" + the "-ed" participle); "have" before
#: anything else is the lexical verb of possession or obligation ("a garment may have a
#: different cut", "a disease may have higher fatalities", "patients may have signs of
#: shock", "may have to wait"), which marks nothing (Coates 1983, ch. 6: root MAY with a
#: generic subject and a lexical verb, "can have").
PERFECT_IRREGULAR = ("been", "gone", "done", "seen", "made", "had", "got", "come", "become",
                     "run", "left", "lost", "won", "begun", "brought", "bought", "thought",
                     "told", "said", "found", "heard", "held", "kept", "led", "met", "paid",
                     "put", "read", "set", "sent", "spent", "stood", "understood", "hit",
                     "hurt", "let", "meant", "cut", "sold", "built", "caught", "taught",
                     "fought", "sought", "felt", "dealt", "struck", "born", "borne", "shot",
                     "lit", "fed", "fled", "hung", "stuck", "spread", "shut", "split", "laid",
                     "sat", "slept", "swept", "sung", "sunk", "drunk", "swum", "dug", "spun",
                     "swung", "bent", "lent", "burnt", "learnt", "spelt", "quit", "cast",
                     "cost", "upset", "slid", "wound", "bound", "ground", "overcome", "worn",
                     "torn", "sworn", "drawn", "thrown", "flown", "blown", "grown", "known",
                     "shown")
#: Words in "-ed" / "-en" that are not participles and so do not make "may have" a perfect
#: ("may have red flowers", "may have seven children", "may have even more").
NOT_PERFECT_PARTICIPLES = ("need", "even", "often", "open", "seven", "eleven", "ten", "indeed",
                           "men", "women", "children", "kitchen", "garden", "golden", "wooden",
                           "heaven", "token", "dozen", "citizen", "chicken", "oxygen", "red",
                           "bed", "seed", "speed", "hundred", "sacred", "naked", "wicked",
                           "kindred", "aged", "linen")
#: Adverbs that may stand between "have" and its participle ("may have already left").
PERFECT_ADVERBS = ("already", "also", "never", "even", "just", "long", "not", "once", "always",
                   "still", "ever", "since")
#: What marks "may" as epistemic whatever its subject (Coates 1983: epistemic "may" goes with
#: the perfect and the progressive, and "may well"): "may have gone", "may be rising"; "have"
#: without a participle after it is the lexical verb and marks nothing.
_EPISTEMIC_MAY_RE = re.compile(
    r"\s+(?:(?:also|still|already|now|even|[^\W\d_]+ly)\s+)?(?:have\s+(?:(?:"
    + "|".join(PERFECT_ADVERBS) + r"|[^\W\d_]+ly)\s+)?(?:(?!(?:"
    + "|".join(NOT_PERFECT_PARTICIPLES) + r")\b)[^\W\d_]+(?:ed|en)|"
    + "|".join(PERFECT_IRREGULAR) + r")|well|be\s+[^\W\d_]+ing)\b",
    re.IGNORECASE)
#: The epicene pronoun pair ("he or she", "she or he", "he/she", "s/he") refers to any holder of
#: a role, not to one person: a generic subject like GENERIC_PRONOUNS ("the minister appoints
#: deputies; he or she may also chair the board" = whoever holds the post can), so its "may" is
#: root possibility or permission (Coates 1983, ch. 6), not the writer's doubt.
_EPICENE_BEFORE_RE = re.compile(r"\b(?:he\s+or\s+she|she\s+or\s+he|he\s*/\s*she|s\s*/\s*he)\s+$",
                                re.IGNORECASE)
#: "may" before its subject (subject-auxiliary inversion) is the optative or a request ("may God
#: heal our nation", "may they rest in peace", "May I ask"), and "may" in a concessive clause
#: with a "-ever" word or in the set phrases "be that as it may", "come what may" ("whatever the
#: case may be", "wherever they may occur"; not "however", mostly the discourse adverb) is the
#: quasi-subjunctive "may" of wishes and concessions (Quirk et al. 1985; Coates 1983, ch. 6:
#: epistemic MAY does not invert), neither of them the writer's doubt.
INVERTED_SUBJECTS = ("i", "we", "you", "he", "she", "they", "god", "heaven", "the lord")
_INVERTED_SUBJECT_RE = re.compile(r"[ \t]+(?:" + "|".join(INVERTED_SUBJECTS).replace(" ", r"\s+")
                                  + r")\b", re.IGNORECASE)
#: How far back (characters) the "-ever" word of a concessive clause is looked for.
CONCESSIVE_WINDOW = 50
_CONCESSIVE_BEFORE_RE = re.compile(
    r"\b(?:(?:whatever|wherever|whoever|whichever|whenever)\s+[^.!?;:,]*"
    r"|be\s+that\s+as\s+it\s+|come\s+what\s+)$", re.IGNORECASE)
#: Words that may stand between "a"/"an" and "may" in an indefinite generic subject ("a
#: player may", "a pimento cheese sandwich may"); a longer stretch is another clause.
INDEFINITE_MAX_WORDS = 3
#: Plurals without "-s" (Quirk et al. 1985: the mutation plurals, "-en" plurals and the
#: suppletive "people"), which head a bare plural as well: "People with the condition may
#: have signs of shock", "children may attend free".
IRREGULAR_PLURALS = frozenset(("people", "children", "men", "women", "feet", "teeth", "geese",
                               "mice", "lice", "oxen"))
#: Prepositions that open a postmodifier of a bare-plural subject ("patients with the disease
#: may", "ships of this class may", "effects of the herbicide may"): the subject is still a
#: bare plural, a kind (Carlson 1977: a bare plural with a modifier keeps its generic
#: reading), so its "may" is the root possibility of GENERIC_PRONOUNS; at most
#: POSTMODIFIER_MAX_WORDS words after the preposition.
SUBJECT_PREPOSITIONS = frozenset(("with", "in", "of", "on", "from", "at", "for", "under",
                                  "without", "within"))
POSTMODIFIER_MAX_WORDS = 4
#: A bracketed gloss between the subject and "may" ("Seedlings (young plants) may wilt in a
#: frost", tokenised "-LRB- … -RRB-") names the same thing again and leaves the subject as
#: it was: the subject is read without it (at most GLOSS_MAX_CHARS characters inside).
GLOSS_MAX_CHARS = 80
_GLOSS_BEFORE_RE = re.compile(
    rf"\s*(?:\([^()]{{0,{GLOSS_MAX_CHARS}}}\)|-LRB-(?:(?!-RRB-).){{0,{GLOSS_MAX_CHARS}}}-RRB-)\s*\Z")
#: The relative pronoun after free-choice "anyone", "anybody", "whoever", "everyone" or "any"
#: + a noun ("the club is open to anyone who may wish to join", "any voter who may need a
#: ride"): the subject of "may" is the generic "anyone", like GENERIC_PRONOUNS
#: (Quirk et al. 1985: free-choice "any" is generic), not a person whose act the writer doubts.
_FREE_CHOICE_RELATIVE_RE = re.compile(
    r"\b(?:anyone|anybody|whoever|everyone|everybody|any\s+[^\W\d_]+)\s+(?:who|that)\s*$",
    re.IGNORECASE)
#: Clause boundaries: the subject of "may" is looked for after the last of these.
CLAUSE_BOUNDARY_RE = re.compile(r"[.,;:!?()\"“”]|\b(?:and|or|but|while|although|because|"
                                r"if|when|where|which|who|that)\b", re.IGNORECASE)
_WORDS_RE = re.compile(r"[^\W\d_][\w’'-]*")
#: How far back (characters) the subject of "may" is looked for.
SUBJECT_WINDOW = 80
#: Adverbs of frequency after "may" or "could" make it root (dynamic) possibility, "X may
#: often be Y" = "X is often Y", "Parliament could often create problems" = "often did"
#: (Coates 1983: root possibility paraphrased by "sometimes"), not the writer's doubt.
FREQUENCY_ADVERBS = ("often", "sometimes", "usually", "occasionally", "frequently", "normally",
                     "typically", "commonly")
_FREQUENCY_AFTER_RE = re.compile(r"\s+(?:" + "|".join(FREQUENCY_ADVERBS) + r")\b", re.IGNORECASE)
#: A frequency adverb opening the sentence or clause of "may" ("Sometimes the aspect may be
#: expressed in a name", "Usually, a rider may pass on the left") puts "may" in the same
#: generic frame as one after it ("may sometimes", FREQUENCY_ADVERBS): root possibility =
#: "sometimes" (Coates 1983), not doubt. Only with no clause break between them (at most a
#: comma after the adverb) and within FREQUENCY_FRAME_WINDOW characters.
FREQUENCY_FRAME_WINDOW = 80
_FREQUENCY_BEFORE_RE = re.compile(
    r"(?:^|[.!?;:]\s+|[.!?;:][\"”'’]\s+)(?:" + "|".join(FREQUENCY_ADVERBS)
    + r")\b,?\s+[^.!?;:,]*$", re.IGNORECASE)
#: A clause-opening "in … cases" / "in … instances" ("In severe cases, a transfusion may be
#: needed", "In rare instances the drug may cause a rash") quantifies over occasions as
#: "sometimes" does, the same generic frame of root "may" (Coates 1983: root possibility
#: paraphrased by "sometimes"); at most two words before "cases" and no clause break but one
#: comma between the frame and "may".
_CASES_FRAME_BEFORE_RE = re.compile(
    r"(?:^|[.!?;:]\s+|[.!?;:][\"”'’]\s+)in\s+(?:[^\W\d_]+\s+){1,2}(?:cases|instances)\b"
    r"[^.!?;:,]*,?\s+[^.!?;:,]*$", re.IGNORECASE)
#: "as many … as" is an equative comparison or an approximate figure ("as many points as
#: possible", "as many as 60 inscriptions"), not an unnamed "many people": at most this many
#: words between "many" and the second "as".
EQUATIVE_MAX_WORDS = 3
_EQUATIVE_AS_RE = re.compile(rf"(?:\s+[\w’'-]+){{0,{EQUATIVE_MAX_WORDS}}}?\s+as\b", re.IGNORECASE)
#: After "considered", these make it deliberation ("was considered for the post", "the bill
#: will be considered in committee"), not the attribution "is considered (to be) X".
DELIBERATION_AFTER = ("for", "in", "at", "during", "before", "until", "when", "by the")
_DELIBERATION_RE = re.compile(r"\s*(?:[.;:!?]|(?:" + "|".join(DELIBERATION_AFTER)
                              + r")\b)", re.IGNORECASE)
#: "may be" + one of these participles is the root possibility of formal descriptions, "may be
#: found" = "can be found", "may be used" = "it is possible to use" (Coates 1983, ch. 6: root
#: MAY is typical of formal written English and goes with the agentless passive): a statement of
#: what is possible or allowed, not of the writer's doubt. Chosen as verbs of use, finding,
#: naming and making, whose passive after "may" describes a procedure or a kind.
ROOT_MAY_PASSIVES = ("used", "found", "seen", "obtained", "made", "called", "described",
                     "classified", "divided", "purchased", "bought", "served", "eaten", "worn",
                     "grown", "played", "applied", "prepared", "added", "combined", "held",
                     "chosen", "heard", "written", "performed", "cooked", "produced")
#: Verbs of variation after "may": "prices may vary", "sizes may range from", "rules may differ"
#: state that a thing varies (root possibility = "sometimes", Coates 1983), not doubt.
VARIATION_VERBS = ("vary", "range", "differ")
#: Stative verbs of composition after "may": "the filling may include nuts", "the kit may also
#: contain a spare blade", "a set may consist of two parts" list the parts that a kind can have
#: (root possibility, "can include" = "sometimes includes": Coates 1983, ch. 6, on root MAY
#: in descriptions of a kind, like "may vary"), not a doubt about a fact.
COMPOSITION_VERBS = ("include", "contain", "consist", "comprise")
_ROOT_MAY_RE = re.compile(
    r"\s+(?:also\s+)?(?:be\s+(?:" + "|".join(ROOT_MAY_PASSIVES) + r")|"
    + "|".join((*VARIATION_VERBS, *COMPOSITION_VERBS)) + r")\b", re.IGNORECASE)
#: "may" / "could" + a passive with a means adjunct "by" + gerund ("the engine could easily be
#: converted by fitting a new carburettor", "the lock may also be opened by turning the key
#: twice", "the stain may be removed by soaking the cloth") states how a thing can be done, a
#: procedure: root possibility, "it is possible to convert it by fitting" (Coates 1983: root MAY and
#: COULD go with the agentless passive of descriptions), as ROOT_MAY_PASSIVES do for a list
#: of verbs; not the writer's doubt. The same for a purpose adjunct, the end the procedure serves
#: ("the frame may be shortened in order to fit a smaller wheel", "so as to"). "be" must follow
#: the modal directly (after at most one adverb), so "may have been hit by" stays; "by" + a
#: noun ("could be impeached by the House") and an active verb ("could harm commerce by
#: painting the state as bigoted", "may need a win in order to remain viable") stay counted.
MEANS_GAP_WORDS = 5
_MEANS_PASSIVE = (
    r"(?:[^\W\d_]+ly\s+|also\s+)?be\s+(?!being\b)"
    rf"(?:[^\s.,;:!?]+\s+){{1,{MEANS_GAP_WORDS}}}?(?:by\s+"
    r"(?!(?:during|including|being|far)\b)[^\W\d_]+ing|in\s+order\s+to|so\s+as\s+to)\b")
_MEANS_PASSIVE_AFTER_RE = re.compile(r"\s+" + _MEANS_PASSIVE, re.IGNORECASE)
#: _ROOT_MAY_RE and _MEANS_PASSIVE_AFTER_RE in one pattern (one match per "may"); the named
#: group says which matched.
_ROOT_OR_MEANS_RE = re.compile(
    r"\s+(?:(?P<root>(?:also\s+)?(?:be\s+(?:" + "|".join(ROOT_MAY_PASSIVES) + r")|"
    + "|".join((*VARIATION_VERBS, *COMPOSITION_VERBS)) + r")\b)|(?P<means>" + _MEANS_PASSIVE
    + r"))", re.IGNORECASE)
#: A number after "some": "some 300 homes", "some two dozen" is an approximation of a figure,
#: like "approximately" and "about", which the lexicon leaves out (README: right too rarely on
#: the development half), not an unnamed "some people".
_NUMBER_AFTER_RE = re.compile(
    r"\s+(?:\d|(?:a\s+)?(?:dozen|hundred|thousand|million|billion|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)\b)", re.IGNORECASE)
#: "several" or "many" before a round number word ("several thousand tons", "many hundreds of
#: letters", "several dozen protesters", "many millions") is an approximate figure, the same as
#: "some 300" above: a size stated roughly (Channell 1994 groups these "vague approximators"
#: of number with "about" and "approximately", which the lexicon leaves out), not the unnamed
#: subset of a weasel claim ("many believe", "several experts"). Not a compound adjective
#: ("many hundred-year-old trees").
_ROUND_NUMBER_AFTER_RE = re.compile(
    r"\s+(?:dozens?|hundreds?|thousands?|millions?|billions?)(?![\w’'-])", re.IGNORECASE)
#: A vague quantifier that bounds a numeric range ("one to several eggs", "two or several
#: layers", "several to ten", "a few to many") gives an approximate count, a figure stated
#: roughly like "some 300" (Channell 1994: approximators of number), not an unnamed subset.
_RANGE_NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|"
                 r"a\s+couple|dozens|hundreds|thousands|several|many)")
_RANGE_WORDS = ("to ", "or ", "To ", "Or ", "TO ", "OR ")  # just before the quantifier
_RANGE_BEFORE_RE = re.compile(rf"(?<![\w’'-]){_RANGE_NUMBER}\s+(?:to|or)\s+\Z", re.IGNORECASE)
_RANGE_AFTER_RE = re.compile(rf"\s+(?:to|or)\s+{_RANGE_NUMBER}(?![\w’'-])", re.IGNORECASE)
#: TIME_NOUNS, _ROUND_NUMBER_AFTER_RE and _RANGE_AFTER_RE in one pattern (one match per vague
#: quantifier): the named group says which matched ("time", "round" or "range").
_QUANTITY_AFTER_RE = re.compile(
    r"\s+(?:(?P<time>" + "|".join(TIME_NOUNS) + r")\b"
    r"|(?P<round>dozens?|hundreds?|thousands?|millions?|billions?)(?![\w’'-])"
    rf"|(?P<range>(?:to|or)\s+{_RANGE_NUMBER})(?![\w’'-]))", re.IGNORECASE)
#: Before "likely"/"unlikely", these make a comparison of frequencies when a plural "are" /
#: "were" comes just before them ("smokers are more likely to fall ill", "voters were slightly
#: less likely to say"): a statement of fact about the rate of a group, as in poll reports, not
#: the writer's judgement of one proposition (Hyland 1998 counts "likely" as the writer's
#: assessment); "it is more likely that", "more likely to win" stay hedges.
COMPARATIVE_BEFORE = frozenset(("more", "less"))
#: The plural "be" that makes a comparative "likely" a group's rate (see COMPARATIVE_BEFORE),
#: with at most one adverb between ("are slightly more likely").
RATE_BE = frozenset(("are", "were"))
_RATE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted(RATE_BE)) + r")\s+(?:[^\W\d_]+\s+)?(?:"
                             + "|".join(sorted(COMPARATIVE_BEFORE)) + r")\s+$", re.IGNORECASE)
#: After "believe", "in" makes it faith or trust ("believe in God"), not an epistemic judgement
#: (Hyland 1998 counts "believe" as a hedge only as a judgement of truth: "we believe that").
_BELIEVE_IN_RE = re.compile(r"\s+in\b", re.IGNORECASE)
#: A negated *doubt* states certainty, not doubt ("I do not doubt it", "has no reason to doubt
#: him", "never for a moment doubted"; Hyland 2005 counts negated hedges among boosters): a
#: negator just before the cue, or with only these words between (at most three of them).
DOUBT_NEGATION_GAP_WORDS = ("reason", "to", "really", "seriously", "for", "a", "moment",
                            "any", "longer", "ever", "cause")
_NEGATED_BEFORE_RE = re.compile(
    r"(?:\b(?:not|never|no|nobody|none)\b|n[’']t)(?:\s+(?:"
    + "|".join(DOUBT_NEGATION_GAP_WORDS) + r")){0,3}\s+\Z", re.IGNORECASE)
#: *how many* asks for a number ("she did not say how many advisers there were"); it does not
#: make a claim vague.
_HOW_BEFORE_RE = re.compile(r"\bhow\s+\Z", re.IGNORECASE)
#: A definite determiner or possessive before *many* / *several* makes it a post-determiner
#: ("the many polls", "its many good works", "his several victories": Quirk et al. 1985, "A
#: Comprehensive Grammar", on quantifiers after the central determiners): the number of a set
#: the writer identifies, like "numerous", not the unnamed subset of Channell's (1994) vague
#: quantifiers or the weasel-word guideline's "many say"; not counted.
DEFINITE_BEFORE_QUANTIFIER = frozenset(("the", "its", "his", "her", "their", "our", "these",
                                        "those", "your", "my"))
#: A genitive noun phrase before *many* / *several* is a central determiner like "its" (Quirk et
#: al. 1985: the genitive occupies the determiner slot), so the quantifier after it is a
#: post-determiner in the same way ("the Bible's many warnings", "the city's many parks",
#: "the players' several titles"); not counted. Not the contractions of "is" / "has" ("it's
#: many", "there's several"): the words in GENITIVE_LOOKALIKES.
GENITIVE_LOOKALIKES = ("it", "that", "there", "here", "he", "she", "what", "who", "where", "let",
                       "this", "how", "when", "why", "one", "everyone", "everybody", "nobody",
                       "somebody", "someone", "nothing", "everything", "something")
_GENITIVE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?!(?:" + "|".join(GENITIVE_LOOKALIKES) + r")\s?[’']s\s)"
    r"[^\W\d_][\w-]*(?:\s?[’']s|s[’'])\s+\Z", re.IGNORECASE)
#: *was / were supposed to* is a plan or an obligation that was not met ("it was supposed to be
#: the night the strike ended"), not hearsay; the present "is supposed to be haunted" still counts.
_PAST_BE_BEFORE_RE = re.compile(r"\b(?:was|were|wasn[’']t|weren[’']t)\s+\Z", re.IGNORECASE)
_TO_AFTER_RE = re.compile(r"\s+to\b", re.IGNORECASE)
#: A modal in a clause of purpose ("voters registered early so that they could vote", "in order
#: that the army might move"): the putative modal that a purpose clause requires (Quirk et al.
#: 1985, on clauses of purpose with "so that" / "in order that" + "may, might, could, should"),
#: an intended outcome, not the writer's doubt; at most PURPOSE_GAP_WORDS words (the subject)
#: between the conjunction and the modal, with no clause break.
PURPOSE_GAP_WORDS = 6
PURPOSE_WINDOW = 80
_PURPOSE_BEFORE_RE = re.compile(
    rf"\b(?:so\s+that|in\s+order\s+that)\s+(?:[^\s.;:!?,]+\s+){{0,{PURPOSE_GAP_WORDS}}}$",
    re.IGNORECASE)
#: Words before "one" that make it a numeral or a specific referent ("no one could", "this one
#: might", "each one may"), not the generic pronoun "one" = people in general.
NOT_GENERIC_ONE_BEFORE = frozenset(("no", "this", "that", "the", "each", "every", "any", "which",
                                    "only", "another", "some"))
#: Verbs of perception after "could": past ability ("could see the coast"), the root sense of
#: "could" (Coates 1983, ch. 5), not a possibility the writer weighs.
PERCEPTION_VERBS = ("see", "hear", "feel", "smell", "taste", "be seen", "be heard")
_COULD_PERCEIVE_RE = re.compile(r"\s+(?:" + "|".join(PERCEPTION_VERBS).replace(" ", r"\s+")
                                + r")\b", re.IGNORECASE)
#: "certain" is a vague determiner ("certain critics", "a certain amount": Channell 1994,
#: "Vague Language"; Wikipedia's weasel-word guideline) only when a word follows that is not
#: the complement of predicative, booster "certain" ("it is certain that", "certain to win").
_CERTAIN_DETERMINER_RE = re.compile(
    r"\s+(?!(?:that|to|of|whether|about|if|and|or|but|enough|than|what|how)\b)[^\W\d_]",
    re.IGNORECASE)
#: Words before "certain" that make it predicative (a booster's territory, not counted here);
#: "percent" as in "99.9 percent certain he will vote".
PREDICATIVE_BEFORE = frozenset(
    "is are was were be been being am seems seem seemed appears looks felt feel feels for "
    "not almost nearly quite fairly virtually absolutely very more less most made make makes "
    "reasonably pretty entirely percent".split())

#: Words of exemplification: "may" in a sentence that gives an example ("For example, a
#: tenant may sublet a room", "A short story, for example, may suit the radio", "solvents (e.g.
#: acetone) may dull the finish") states what is possible in an instance of a
#: generalisation, root possibility = "can" (Coates 1983, ch. 6: root MAY of formal
#: descriptions), not the writer's doubt about a fact. Only "may": "might" and "could" in an
#: example are speculation in news ("Some mills, for example, might close").
EXAMPLE_MARKERS = ("for example", "for instance", "e.g.")
_EXAMPLE_RE = re.compile(r"\b(?:for\s+example|for\s+instance|e\.\s?g\.)", re.IGNORECASE)
#: How far (characters) either side of "may" the sentence is searched for an example marker.
EXAMPLE_WINDOW = 150
#: A sentence end (not the full stop of "e.g." or "i.e."): bounds the example search.
_SENTENCE_END_RE = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\be\.\sg)[.!?](?:\s|$)")
#: A frequency adverb earlier in the same clause, then "and" / "but" / "or" just before the
#: modal: the modal's verb phrase is coordinated with a habitual one and shares its generic
#: frame ("The fever often rises at night and may last a week", "Cabins are usually small but
#: could sleep six"), the root possibility of FREQUENCY_ADVERBS (Coates 1983).
_COORDINATED_FREQUENCY_RE = re.compile(
    r"\b(?:" + "|".join(FREQUENCY_ADVERBS) + r"|generally|always)\b[^.;:!?]*\b(?:and|but|or)\s+"
    r"(?:[^\W\d_]+ly\s+)?$", re.IGNORECASE)
_CONJUNCTION_BEFORE_RE = re.compile(r"\b(?:and|but|or)\s+(?:[^\W\d_]+ly\s+)?$", re.IGNORECASE)
#: How far back (characters) the coordinated habitual verb phrase is looked for.
COORDINATION_WINDOW = 150
#: "indicate" is Hyland's (1998) tentative inference verb when evidence indicates a claim
#: ("the finds indicate that…", "the records indicate she left"); after "to" (purpose: "a flag
#: used to indicate a hazard"), a form of "be" ("plurals are indicated by a suffix") or "as"
#: ("as indicated in the table") it is the signalling sense (= mark, show), not a hedge, unless
#: "that" follows.
SIGNAL_BEFORE = frozenset(("to", "as", *BE_FORMS))
_THAT_AFTER_RE = re.compile(r"\s+that\b", re.IGNORECASE)
#: "estimate" before a figure ("the loss is estimated at 40 percent", "estimated to be over
#: $3 million") or after "an" ("an estimated 500 people") approximates a number, like
#: "some 300" and "approximately", which are not counted (see _NUMBER_AFTER_RE); the verb
#: and noun otherwise stay hedges ("estimates differ", "he estimated that").
_FIGURE_AFTER_RE = re.compile(
    r"\s+(?:to\s+be\s+)?(?:at\s+|as\s+\w+\s+as\s+|some\s+|about\s+|around\s+|over\s+|"
    r"more\s+than\s+|roughly\s+)?(?:[\d$£€]|(?:a\s+)?(?:dozen|hundred|thousand|million|"
    r"billion)\b)", re.IGNORECASE)
#: "generally" before a past participle or "speaking" generalises over what people accept,
#: use or say, an impersonal attribution ("generally accepted", "generally referred to as",
#: "generally preferred", "generally speaking"; Wikipedia's weasel-word guideline: "it is
#: generally accepted"), and counts. Before anything else it is the frequency adverb "as a rule"
#: ("males are generally heavier", "they generally nest in reeds"), a description of what
#: is typical, like "usually" and "typically", which the lexicon leaves out; not counted.
#: The same for "sometimes" ("buses sometimes replace the trains" states how often),
#: an adverb of frequency that FREQUENCY_ADVERBS already reads as a description ("may
#: sometimes"); "is sometimes spelled / referred to as" still counts.
#: Irregular participles: the commonest ones after "generally" in descriptions.
IRREGULAR_PARTICIPLES = ("held", "known", "thought", "seen", "made", "done", "shown", "felt",
                         "found", "taught", "built", "sold", "worn", "grown", "written",
                         "spoken", "understood", "given", "taken", "kept", "paid", "put")
#: Words in "-ed" / "-en" that are not participles ("readers generally need to", "sometimes
#: even in"): after "generally" / "sometimes" they are frequency readings like any other word.
NOT_PARTICIPLES = ("need", "even", "often", "open", "seven", "eleven", "indeed", "proceed",
                   "succeed", "exceed", "women", "children")
_GENERALISATION_AFTER_RE = re.compile(
    r"\s+(?:speaking|be|been|(?P<participle>(?!(?:" + "|".join(NOT_PARTICIPLES)
    + r")\b)[^\W\d_]+(?:ed|en)|" + "|".join(IRREGULAR_PARTICIPLES) + r"))\b", re.IGNORECASE)
#: Prepositions before "generally" / "sometimes" + a participle: the participle is attributive
#: inside a noun phrase ("under generally accepted accounting rules").
ATTRIBUTIVE_PREPOSITIONS = ("in", "on", "at", "of", "for", "with", "under", "by", "from", "to",
                            "as", "into", "among", "than", "without")
#: Before "generally" / "sometimes" + a participle, the words after which the participle is
#: passive or attributive, the generalisation over what people hold or say ("is generally
#: accepted", "a generally accepted rule", "and sometimes called", "(sometimes referred to
#: as", "under generally accepted rules"); a comma, bracket or colon before them does the same
#: ("…, generally regarded as").
#: After anything else, a subject noun or pronoun or "have", the "-ed" word is the active past
#: tense ("the court generally held that", "donors generally supported him", "punishments
#: generally lasted a few hours", "has generally stopped"): the frequency adverb "as a rule",
#: not counted (Hyland's 1998 approximator "generally" qualifies a claim, not how often
#: someone acted).
PARTICIPLE_FRAME_BEFORE = frozenset((*BE_FORMS, "a", "an", "the", "and", "or", "but", "not",
                                     "also", "still", "now", "its", "their", "his", "her",
                                     "-lrb-", *ATTRIBUTIVE_PREPOSITIONS))
#: The characters (comma, bracket, semicolon, colon, dashes) just before "generally" /
#: "sometimes" that likewise open a participle phrase ("…, generally regarded as").
PARTICIPLE_FRAME_CHARS = ",(;:–—-"
#: After "been called", these make "call" a phrasal verb or a summons ("has been called off",
#: "was called up", "been called to testify"), not the attributed label "has been called a
#: genius" (Wikipedia's weasel-word guideline, as "has been dubbed").
CALL_PARTICLES = ("to", "up", "off", "in", "on", "out", "back", "for", "into", "upon", "away",
                  "by", "at", "before", "after")
_CALL_PARTICLE_RE = re.compile(r"\s+(?:" + "|".join(CALL_PARTICLES) + r")\b", re.IGNORECASE)
#: "suggest" is Hyland's (1998) tentative verb when evidence or a writer suggests that
#: something is so ("the finds suggest a link"); before a gerund or a clause with "should" it
#: is the directive "propose" ("the coach suggested renaming the club", "she suggested that
#: the board should resign"), a proposal for action, not a hedge of a claim. Words in "-ing"
#: that are prepositions, not gerunds ("suggested during the debate"):
ING_PREPOSITIONS = ("during", "including", "regarding", "concerning", "according", "following",
                    "notwithstanding", "pending", "considering", "excluding")
#: How far (characters) after "suggest (that)" the "should" of a proposal is looked for.
PROPOSAL_WINDOW = 60
_PROPOSAL_AFTER_RE = re.compile(
    r"\s+(?:(?!(?:" + "|".join(ING_PREPOSITIONS) + r")\b)[^\W\d_]+ing\b|(?:that\s+)?"
    rf"[^.;:!?]{{0,{PROPOSAL_WINDOW}}}?\bshould\b)", re.IGNORECASE)
#: "appear to" is an evidential ("appears to be", "appeared to agree") before a verb; before
#: a name, an object pronoun or a determiner it is "show up before" someone ("the saint
#: appeared to Maria", "appeared to the shepherds"), not a hedge, unless the experiencer is followed
#: by "that", "to" or "as if" ("it appeared to him that…", "appeared to them to be").
EXPERIENCER_START = ("him", "her", "them", "me", "us", "you", "the", "a", "an", "his", "their",
                     "its", "our", "my", "your", "some", "many")
_APPEAR_BEFORE_SOMEONE_RE = re.compile(
    r"\s+(?:[A-Z][\w’'-]*|(?:" + "|".join(EXPERIENCER_START) + r")\b)"
    r"(?![^.,;:!?]{0,40}?\b(?:that|to|as\s+if|as\s+though)\b)")
#: After a weasel noun ("critics", "experts", "researchers"…), an example with a name ("critics
#: like John Oliver", "experts such as Paul Bauman", "critics, including Trump") or an
#: institution ("researchers from the University of Naples", "experts at CrowdStrike") names
#: the source: Wikipedia's weasel-word guideline asks exactly this of a vague attribution, so
#: the noun is no longer an unnamed source and is not counted. A capital must follow.
NAMING_AFTER_SOURCE = ("such as", "like", "including", "from", "at")
_NAMED_SOURCE_AFTER_RE = re.compile(
    r",?\s+(?:" + "|".join(NAMING_AFTER_SOURCE).replace(" ", r"\s+")
    + r")\s+(?:the\s+)?[A-Z]")
#: "critics" is Wikipedia's weasel source only as the holder of a view that the sentence reports
#: ("critics say / argue / have long questioned", "critics of the plan warn", "critics who call
#: it", "according to critics", "praised by critics", "the complaints of critics"). Elsewhere
#: the word names people whose views the sentence does not report: reviewers as an audience
#: ("a mixed response from critics", "only a few critics attended the show") or opponents acted
#: upon ("ordered the arrest of his opponents and critics", "lashed out at his critics"); no
#: claim is attributed to an unnamed source, so the cue is not counted. A view is reported
#: when, within VIEW_WINDOW characters after the noun and before a clause break, a word
#: beginning with one of VIEW_VERBS follows (after a postmodifier, an apposition or an
#: auxiliary: "critics, including some Democrats, argue"), when a view noun is theirs ("the
#: complaints of critics") or when they are the agent or the holder ("by critics", "according
#: to critics", "among critics", "to critics", "said critics"). The other weasel nouns keep
#: their old rule: on the development half the same test on all of them gained nothing (round
#: 9; round 13: F1 unchanged, one quarter lower, and in news "summer analysts" are a job but
#: "foreign policy experts give their testimony" is a source).
VIEW_WINDOW = 60
#: Word beginnings of verbs of saying, thinking and judging, and of reacting to news ("critics
#: seized on the story", "pounced", "piled on"), and "have differing opinions".
VIEW_VERBS = ("accept", "acclaim", "accus", "acknowledg", "agree", "alleg", "applaud", "argu",
              "ask", "assert", "attack", "believ", "blam", "brand", "call", "cast", "challeng",
              "charg", "cite", "citing", "claim", "comment", "compar", "complain", "conced",
              "condemn", "consider", "contend", "contest", "counter", "criticis", "criticiz",
              "decr", "deem", "demand", "denounc", "deplor", "derid", "describ", "disagree",
              "dislik", "dismiss", "disput", "doubt", "dub", "expect", "express", "fault", "fear",
              "feel", "felt", "find", "found", "hail", "hate", "held", "hold", "hope", "insist",
              "label", "lament", "laud", "like", "liken", "look", "love", "maintain", "mock",
              "note", "object", "observ", "opin", "panned", "pile", "point", "pounc", "prais",
              "predict", "present", "question", "rais", "rank", "rate", "recogni", "regard",
              "reject", "remark", "ridicul", "said", "saw", "say", "see", "seen", "seiz", "slam",
              "state", "suggest", "suspect", "think", "thought", "urg", "view", "want", "warn",
              "welcom", "wonder", "worr", "writ", "wrote", "have differing", "have mixed",
              "have different", "are divided", "were divided")
#: A stance predicated of them is a view too ("its many critics were silent", "critics remain
#: unconvinced", "critics are divided").
STANCE_ADJECTIVES = ("silent", "quiet", "unconvinced", "convinced", "skeptical", "sceptical",
                     "divided", "unimpressed", "impressed", "critical", "wary", "unhappy",
                     "dissatisfied", "satisfied", "hostile", "cautious", "concerned", "outraged",
                     "angry", "furious", "scathing", "enthusiastic", "positive", "negative",
                     "split", "united", "doubtful", "dismissive", "opposed")
_VIEW_AFTER_RE = re.compile(
    rf"[^.;:!?]{{0,{VIEW_WINDOW}}}?\b(?:" + "|".join(VIEW_VERBS).replace(" ", r"\s+")
    + r"|(?:are|were|is|was|been|remain\w*|stay\w*|seem\w*)\s+(?:[^\W\d_]+ly\s+)?(?:"
    + "|".join(STANCE_ADJECTIVES) + r")\b)", re.IGNORECASE)
#: Before "critics": the agent of a passive, "according to", "among", an experiencer "to", or a
#: view noun with "of" / "from" ("the complaints of critics", "praise from critics").
VIEW_NOUNS = ("complaint", "complaints", "criticism", "criticisms", "objection", "objections",
              "view", "views", "opinion", "opinions", "concern", "concerns", "charge", "charges",
              "claim", "claims", "argument", "arguments", "verdict", "praise", "warning",
              "warnings", "doubts", "fears", "worries", "anxieties", "skepticism", "scepticism",
              "acclaim", "backlash", "pushback", "fire", "scorn", "ire", "questions", "attacks")
#: A reporting verb before them is the inverted report ("…, said critics", "…, warn many critics").
INVERTED_REPORTING_VERBS = ("say", "says", "said", "argue", "argues", "argued", "note", "notes",
                            "noted", "warn", "warns", "warned", "add", "adds", "added", "write",
                            "writes", "wrote", "complain", "complains", "complained", "contend",
                            "contends", "contended", "claim", "claims", "claimed")
_VIEW_HOLDER_BEFORE_RE = re.compile(
    r"\b(?:by|according\s+to|among|to|" + "|".join(INVERTED_REPORTING_VERBS) + r"|(?:"
    + "|".join(VIEW_NOUNS) + r")\s+(?:of|from))\s+"
    r"(?:[\w’'-]+\s+){0,2}\Z", re.IGNORECASE)
#: "rumour" and "speculation" mark a claim as hearsay or conjecture when the sentence gives the
#: claim (Hyland 1998: a hedge qualifies a proposition): a content complement within
#: CONTENT_WINDOW characters and before a clause break ("rumours that he was ill", "rumours
#: persist that", "rumours about the deal", "speculation over his future", "rumours of an
#: affair", "such rumours as the senator being born abroad") or a content clause without
#: "that" ("quashed rumours he was leaving"). Without one
#: the noun names the talk as a thing ("to allay those rumours", "the bizarre sex rumours", "a
#: realm for speculation by physicists", "the speculation rages", "Wall Street speculation"): a
#: topic, no proposition of the sentence is hedged, and the cue is not counted.
HEARSAY_NOUNS = frozenset(("rumour", "rumours", "rumor", "rumors", "speculation"))
CONTENT_WINDOW = 40
_CONTENT_AFTER_RE = re.compile(
    rf"\s+(?:he|she|they|it|we|i|you|as)\b|[^.;:!?]{{0,{CONTENT_WINDOW}}}?\b(?:that|of|about|"
    r"concerning|regarding|surrounding|over|on|as\s+to|linking|suggesting|saying|claiming|"
    r"whether|if)\b", re.IGNORECASE)
#: "claim" before a thing won or demanded is the verb of acquisition, "take as one's due"
#: ("claim victory", "claim credit for the attack", "claim the nomination", "claim a seat"), not
#: the assertion the writer does not vouch for ("claim that", "claim to be"); the lexicon already
#: leaves out "claimed the title" by its form, and this keeps the bare verb out in the same sense.
ACQUIRED_AFTER_CLAIM = ("victory", "victories", "win", "credit", "responsibility", "nomination",
                        "title", "titles", "crown", "throne", "seat", "seats", "majority",
                        "prize", "lives", "ownership", "right", "rights", "roots", "asylum",
                        "damages", "compensation", "benefits", "share", "territory",
                        "delegates", "medal", "championship", "trophy")
_ACQUIRED_AFTER_CLAIM_RE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|outright|moral|full|sole)\s+){0,2}(?:"
    + "|".join(ACQUIRED_AFTER_CLAIM) + r")\b", re.IGNORECASE)
#: "heir apparent" is a title (the heir whose right no birth can defeat), a fixed term like
#: "probable cause", not the evidential "apparent" (= seeming).
_HEIR_BEFORE_RE = re.compile(r"\bheirs?\s+$", re.IGNORECASE)
#: "apparent" before a measured quantity of observation is a fixed technical term, "as seen
#: from the observer" ("apparent magnitude", "an apparent brightness of 5.5", "apparent
#: diameter", "apparent motion", "apparent wind"), a measured quantity, not the evidential
#: "apparent" (= seeming) of Hyland 1998; like "heir apparent" and "probable cause".
#: Not "size", "position" or "power", which in news are mostly the evidential sense ("the
#: apparent size of the crowd", "his apparent position on the bill").
APPARENT_QUANTITIES = ("magnitude", "magnitudes", "brightness", "diameter", "motion", "horizon",
                       "wind", "dip", "solar")
_APPARENT_QUANTITY_RE = re.compile(r"\s+(?:" + "|".join(APPARENT_QUANTITIES) + r")\b",
                                   re.IGNORECASE)
#: "probable cause" is a legal standard of evidence (grounds for an arrest or search), a
#: fixed term, not the writer's judgement that something is probable.
_CAUSE_AFTER_RE = re.compile(r"\s+cause\b", re.IGNORECASE)
#: "likely voters" ("likely Democratic primary voters", "likely Republican caucusgoers") names a
#: poll's sampled population, the respondents that a likely-voter screen keeps (the term of
#: poll methodology statements), a fixed term like "probable cause", not the writer's judgement
#: that something is likely. Between "likely" and the noun: at most three words that are
#: capitalised (a party or a state) or name the kind of election.
POLL_POPULATION_NOUNS = ("voters", "voter", "caucusgoers", "caucus-goers", "electorate")
#: "it is likely voters will stay home", "it seems likely voters…": "likely" is the predicative
#: judgement of an extraposed clause (with "that" left out), and the cue stays counted.
_LIKELY_CLAUSE_BEFORE_RE = re.compile(
    r"\b(?:it|that|this)(?:\s+(?:is|was|seems|seemed|appears|appeared|looks)|[’']s)\s+"
    r"(?:(?:very|quite|highly|more|less|most|not|also|now|still)\s+)?\Z", re.IGNORECASE)
ELECTION_WORDS = ("primary", "general", "general-election", "caucus", "party", "swing",
                  "independent", "undecided")
_POLL_POPULATION_RE = re.compile(
    r"\s+(?:(?:[A-Z][\w’'-]*|(?i:" + "|".join(ELECTION_WORDS) + r"))\s+){0,3}(?i:"
    + "|".join(POLL_POPULATION_NOUNS) + r")\b")
#: "can't believe", "cannot believe", "could not believe" (and the tokenised "could n't") express
#: astonishment at something the speaker takes to be true ("he couldn't believe the bank was
#: forcing my father out", "the others couldn't believe their eyes"), the idiom that dictionaries
#: list for surprise, not Hyland's (1998) epistemic "believe", a judgement that something is
#: probably true.
_ASTONISHMENT_BEFORE_RE = re.compile(r"\b(?:can|could)\s*(?:not|n[’']t)\s+\Z", re.IGNORECASE)
#: "certain" before a noun of outcome or knowledge is the adjective "sure, inevitable" ("certain
#: death", "a certain winner", "not in certain knowledge"; Quirk et al. 1985 separate this
#: central adjective from the determiner-like "certain" = "particular", "a certain person"),
#: a booster's sense, not Channell's (1994) vague reference.
CERTAIN_OUTCOME_NOUNS = ("death", "defeat", "victory", "win", "winner", "doom", "failure",
                         "ruin", "disaster", "destruction", "extinction", "knowledge")
_CERTAIN_OUTCOME_RE = re.compile(r"\s+(?:" + "|".join(CERTAIN_OUTCOME_NOUNS) + r")\b",
                                 re.IGNORECASE)
#: "claim" as a right or a demand for something due is not the assertion the writer does not
#: vouch for: a title staked or laid ("staked its claim", "lay claim to"), a right over a thing
#: ("claim to the throne", "claim over the islands"), a demand in law or insurance ("a wrongful
#: death claim", "filed a claim", "settle the claim") and "have a claim" (below). Not "claim on"
#: ("he bases this claim on a remark" is the assertion), nor a "that" clause within 40
#: characters ("his claim to reporters that"), nor the verbs of denial ("denied the claim"):
#: they answer an assertion.
CLAIM_RIGHT_BEFORE = ("stake", "stakes", "staked", "staking", "lay", "lays", "laid", "laying",
                      "file", "files", "filed", "filing", "settle", "settles", "settled",
                      "settling", "submit", "submits", "submitted", "insurance", "injury",
                      "disability", "liability", "damage", "damages", "death", "land", "mining",
                      "property", "tax", "patent", "pension", "compensation", "malpractice",
                      "legal", "wrongful")
_CLAIM_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(CLAIM_RIGHT_BEFORE) + r")\s+(?:(?:a|an|the|its|his|her|their|our|"
    r"my|your|any|no)\s+)?\Z", re.IGNORECASE)
#: "have a claim" is always the right ("he has no claim to be the originator", "they have a
#: strong claim to the land"): an assertion is made or repeated, not had.
_HAVE_CLAIM_BEFORE_RE = re.compile(
    r"\b(?:have|has|had|having)\s+(?:(?:a|an|no|any|every|the|its|his|her|their|our|some|"
    r"little|less|more|equal)\s+)?(?:(?:strong|stronger|strongest|good|better|best|legitimate|"
    r"rightful|valid|real|prior|weak|weaker|serious|credible|legal|moral|fair|clear)\s+)?\Z",
    re.IGNORECASE)
_CLAIM_RIGHT_AFTER_RE = re.compile(
    r"\s+(?:to|over)\s+(?:the|a|an|its|his|her|their|our|my|your|this|these|those|"
    r"most|all|part|parts)\b(?![^.;:!?]{0,40}?\bthat\b)", re.IGNORECASE)


def _generic_subject(text: str, start: int) -> bool:
    """Whether the subject just before ``start`` (where "may" begins) is generic: a generic
    pronoun, an indefinite singular ("a player") or a bare plural opening its clause
    ("Players", "Repeated injections", "Patients with the disease": a prepositional
    postmodifier, :data:`SUBJECT_PREPOSITIONS`), per :data:`GENERIC_PRONOUNS` and Coates (1983).

    >>> [_generic_subject(t, len(t)) for t in ("Players ", "The players ", "A dog ", "It ")]
    [True, False, True, False]
    >>> [_generic_subject(t, len(t)) for t in ("Ships of this class ", "The ships of it ")]
    [True, False]
    >>> [_generic_subject(t, len(t)) for t in ("Seedlings (young plants) ", "It (the plan) ")]
    [True, False]
    """
    if text[max(0, start - 7):start].rstrip().endswith((")", "-RRB-")):  # cheap test first
        gloss = _GLOSS_BEFORE_RE.search(text, max(0, start - GLOSS_MAX_CHARS - 10), start)
        if gloss:  # the subject is read without its bracketed gloss
            start = gloss.start()
    window = text[max(0, start - SUBJECT_WINDOW):start]
    boundaries = list(CLAUSE_BOUNDARY_RE.finditer(window))
    clause = window[boundaries[-1].end():] if boundaries else window
    words = [w.lower() for w in _WORDS_RE.findall(clause)]
    if not words:
        # a relative "who" / "that" after free-choice "anyone": "anyone who may have …"
        low = window.lower()  # cheap test first: "anyone", "any", "whoever", "everyone"
        return bool(boundaries) and ("any" in low or "ever" in low) and (
            _FREE_CHOICE_RELATIVE_RE.search(window) is not None)
    if words[-1] in GENERIC_PRONOUNS or (words[-1] in ("she", "he")
                                         and _EPICENE_BEFORE_RE.search(window)):
        return True
    for i in range(max(0, len(words) - 1 - INDEFINITE_MAX_WORDS), len(words) - 1):
        if words[i] in ("a", "an"):
            return True
    at_clause_start = bool(boundaries) or start <= SUBJECT_WINDOW
    if not at_clause_start:
        return False
    # a bare plural, or one with a prepositional postmodifier ("patients with the disease",
    # "ships of this class"): the head is the words before the first preposition
    # (SUBJECT_PREPOSITIONS)
    head = len(words)
    if head > INDEFINITE_MAX_WORDS:
        head = next((k for k in range(1, INDEFINITE_MAX_WORDS + 1)
                     if words[k] in SUBJECT_PREPOSITIONS), 0)
        if not head or len(words) - head - 1 > POSTMODIFIER_MAX_WORDS:
            return False
    elif (head > 1 and words[-1] not in SUBJECT_PREPOSITIONS
          and not SUBJECT_PREPOSITIONS.isdisjoint(words[1:-1])):
        head = next(k for k in range(1, head - 1) if words[k] in SUBJECT_PREPOSITIONS)
    noun = words[head - 1]
    return (not SPECIFIC_OR_NOT_PLURAL.intersection(words[:head])
            and (noun in IRREGULAR_PLURALS
                 or (noun.endswith("s") and not noun.endswith(("ss", "us", "is"))))
            and not _names_someone(text, _WORDS_RE.findall(clause)[:head]))


#: A possessive ("Obama's plans") makes a noun phrase specific, as a possessive pronoun does.
_POSSESSIVE_RE = re.compile(r"[’']s$", re.IGNORECASE)


def _names_someone(text: str, words: list[str]) -> bool:
    """Whether a bare-plural-looking subject is a name or specific: a possessive, a capital
    after its first word ("Congressional Republicans", "Alex Jones"), or a first word that the
    text also capitalises inside a sentence ("Sanders may", with "said Sanders" elsewhere), so a
    name, not a common noun that is capitalised only because it opens the sentence. In news
    these subjects are specific people, and their "may" is the writer's doubt.

    >>> [_names_someone(t, t.split()) for t in ("Players", "Alex Jones", "Obama's plans")]
    [False, True, True]
    >>> _names_someone("Sanders may go. Aides to Sanders said so.", ["Sanders"])
    True
    """
    if any(_POSSESSIVE_RE.search(w) for w in words) or any(w[:1].isupper() for w in words[1:]):
        return True
    first = words[0]
    return first[:1].isupper() and re.search(
        r"[^\s.!?\"“”]\s+" + re.escape(first) + r"(?![\w’'-])", text) is not None


class HedgeMatcher:
    """Find hedge and booster cues in text.

    One compiled regex finds every cue: the terms form a trie-shaped alternation (shared
    prefixes factored out, longer terms tried first) and the search runs over the lower-cased
    text, where a cue must follow a character that is not part of a word. Texts whose
    lower-casing is not one character for one character (``İ``), or that hold a letter that a
    case-insensitive match would equate with an ASCII letter (``ı``, ``ſ``), are searched
    case-insensitively in their original form instead; both routes give the same cues.

    >>> [(m[2], m[3]) for m in HedgeMatcher().find("It reportedly suggested he may go in May 5.")]
    [('hedge', 'evidential'), ('hedge', 'epistemic_verb'), ('hedge', 'modal')]
    >>> t = "The plan is widely considered dead. Officials met in May."
    >>> [t[s:e] for s, e, _, _ in HedgeMatcher().find(t)]
    ['is widely considered']
    """

    def __init__(self, lexicon=None):
        lexicon = default_lexicon() if lexicon is None else lexicon
        self.category: dict[str, str] = {}
        passive: dict[str, str] = {}
        for entry in lexicon:
            if entry.get("pos") == "passive":
                passive[entry["term"].lower()] = entry["category"]
                continue
            forms = _inflections(entry["term"]) if entry.get("pos") == "verb" else [entry["term"]]
            for form in forms:
                self.category[form.lower()] = entry["category"]
        self.passive = passive
        # reduced-relative participles join the plain words' trie (one alternation is faster
        # than a separate one); find() counts them only after a comma
        self._reduced = {p: passive[p] for p in REDUCED_RELATIVE_PARTICIPLES if p in passive}
        plain = [*self.category, *self._reduced]
        alternatives = [trie_regex(plain)] if plain else []
        if passive:
            be = "|".join(re.escape(b) for b in BE_FORMS)
            lead = "|".join(PASSIVE_ADVERBS)
            adverb = r"(?:\w+ly|" + "|".join(BE_ADVERBS) + r")\s+"
            alternatives.insert(0, rf"(?:(?:{be})\s+(?:{adverb}){{0,{MAX_BE_ADVERBS}}}|"
                                   rf"(?P<lead>{lead})\s+)(?P<participle>{trie_regex(passive)})")
        alternation = "|".join(alternatives) or "(?!)"
        #: case-insensitive, on the text as written (the fallback route)
        self.pattern = re.compile(rf"(?<!{_WORD_CHAR})(?:{alternation})(?!{_WORD_CHAR})",
                                  re.IGNORECASE)
        # on " " + the lower-cased text: the non-word character before a cue is consumed
        # instead of looked behind, which lets the regex engine skip inside words quickly
        self._fast = re.compile(rf"[^{_WORD_CHAR[1:]}(?:{alternation})(?!{_WORD_CHAR})")
        self._word: dict[str, str] = {}

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """``(start, end, kind, category)`` for each cue; kind is ``hedge`` or ``booster``."""
        lower = text.lower()
        if len(lower) == len(text) and not _FOLD_SPECIAL.search(text):
            matches, shift = self._fast.finditer(" " + lower), 1
        else:
            matches, shift = self.pattern.finditer(text), 0
        found = []
        words = self._word
        for match in matches:
            # on the padded text, match.start() is the consumed character: one before the cue
            start, end = match.start(), match.end() - shift
            participle = match.group("participle") if self.passive else None
            if participle:
                lower_participle = participle.lower()
                if lower_participle == "considered" and _DELIBERATION_RE.match(text, end):
                    continue  # deliberation: "was considered for the post"
                if match.group("lead") and (
                        lower_participle in ACTIVE_AFTER_ADVERB
                        or _word_before(text, start).lower() in HAVE_FORMS):
                    continue  # an active verb: "Pacheco once said", "have long considered"
                if lower_participle == "said" and (
                        not _HEARSAY_COMPLEMENT_RE.match(text, end)
                        or (text[start:start + 3].lower() in ("is ", "are")
                            and _DEFINITION_FRAME_RE.search(
                                text, max(0, start - DEFINITION_WINDOW), start))):
                    continue  # a literal utterance or a term: "a bird … is said to be split"
                category = _lookup(self.passive, lower_participle)
                if category == "evidential" and _BY_AGENT_RE.match(text, end):
                    continue  # a named agent: "was considered anti-semitic by his colleagues"
                if category is not None:
                    found.append((start, end, "hedge", category))
                continue
            key = match.group()[shift:]
            word = words.get(key)
            if word is None:
                word = _SPACES_RE.sub(" ", key.lower())
                if len(words) < CACHE_SIZE:
                    words[key] = word
            reduced = self._reduced.get(word) if self._reduced else None
            if reduced and _REDUCED_RELATIVE_BEFORE_RE.search(text, max(0, start - 30), start):
                if not (reduced == "evidential" and _BY_AGENT_RE.match(text, end)):
                    found.append((start, end, "hedge", reduced))
                continue  # "X, considered the finest potter"; otherwise an ordinary word
            category = _lookup(self.category, word)
            if category is None:
                continue
            if ((word in _CONTEXT_WORDS or category in _CONTEXT_CATEGORIES)
                    and _excluded(text, word, category, start, end)):
                continue
            kind = "booster" if category == "booster" else "hedge"
            found.append((start, end, kind, category))
        return found


#: "in general" hedges a claim (Hyland 2005: the claim holds as a rule, not always) only as a
#: sentence adverbial that opens its clause: at the start of a sentence, or after a clause break
#: (:data:`GENERAL_CLAUSE_BREAKS`) with a comma after it ("In general, turnout falls in midterm
#: years"; Quirk et al. 1985 on style and content disjuncts). After a noun it means "as a
#: whole" ("natural rights in general") and before a noun it is a prepositional phrase ("in
#: general body shape"); neither is counted.
GENERAL_CLAUSE_BREAKS = (",", ";", ":", "(")
_COMMA_AFTER_RE = re.compile(r"\s*,")


#: The cues that have a context rule in :func:`_excluded` besides the vague quantifiers; the
#: other cues skip the rules (most matches are of words without one).
_CONTEXT_WORDS = frozenset(("may", "could", "might", "believe", "believes", "believed", "believing",
                            "likely", "unlikely", "indicate", "indicates", "indicated",
                            "indicating", "estimate", "estimates", "estimated", "estimating",
                            "probable", "generally", "sometimes", "been called", "suggest",
                            "suggests", "suggested", "suggesting", "appear to", "appears to",
                            "appeared to", "apparent", "claim", "doubt", "doubts", "doubted",
                            "doubting", "supposed", "in general", *HEARSAY_NOUNS,
                            *LABEL_PHRASES))
#: The categories whose every cue goes through :func:`_excluded`.
_CONTEXT_CATEGORIES = frozenset(("vague_quantifier", "weasel"))


def _excluded(text: str, word: str, category: str, start: int, end: int) -> bool:
    """Whether a context rule keeps the cue ``text[start:end]`` (``word``, lower-cased) out;
    each rule is described at its named constants above."""
    if category == "vague_quantifier":
        after = _QUANTITY_AFTER_RE.match(text, end)  # one match for the three rules after it
        if after and (after.lastgroup != "round" or word in ("many", "several")):
            # a duration or a count of events: "for several years"; an approximate figure:
            # "several thousand tons"; a range: "several to ten"
            return True
        if word in ("many", "several") and _definite_before(text, start):
            return True  # a definite set: "the many polls", "his several hosts"
        if start >= 3 and text.startswith(_RANGE_WORDS, start - 3) and _RANGE_BEFORE_RE.search(
                text, max(0, start - 20), start):
            return True  # a range: "one to several eggs"
        if word == "many":  # an equative or a figure: "as many points as", "as many as 60"
            if _HOW_BEFORE_RE.search(text, max(0, start - 8), start):
                return True  # a question of number: "how many advisers"
            return (_EQUATIVE_AS_RE.match(text, end) is not None
                    and _word_before(text, start).lower() == "as")
        if word == "some":
            return _NUMBER_AFTER_RE.match(text, end) is not None  # "some 300 homes"
        if word == "certain":  # predicative "certain" ("it is certain that"): not vague
            return (not _CERTAIN_DETERMINER_RE.match(text, end)
                    or _word_before(text, start).lower() in PREDICATIVE_BEFORE
                    or _CERTAIN_OUTCOME_RE.match(text, end) is not None)  # "certain death"
        return False
    if category == "weasel":  # a named source: "critics like John Oliver", "experts at X"
        if word == "critics" and _VIEW_AFTER_RE.match(text, end) is None and (
                _VIEW_HOLDER_BEFORE_RE.search(text, max(0, start - 40), start) is None):
            return True  # no view reported: "a mixed response from critics"
        return " " not in word and _NAMED_SOURCE_AFTER_RE.match(text, end) is not None
    if word == "may":
        if text[start:end] == "May" and (_MONTH_DAY_RE.match(text, end) or _char_before(
                text, start) not in ("", *SENTENCE_END_CHARS)):
            return True  # the month: "May 5", "in May"
        if _FREQUENCY_AFTER_RE.match(text, end) or _coordinated_with_habit(text, start):
            return True  # root possibility: "may often be", "often rises and may last"
        if _INVERTED_SUBJECT_RE.match(text, end) or _frame_before_may(text, start):
            return True  # "Sometimes the rash may", "may God heal", "whatever the case may be"
        if _in_example(text, start, end) or _in_purpose_clause(text, start):
            return True  # an example: "For example, a tenant may …"; "so that they may vote"
        root = _ROOT_OR_MEANS_RE.match(text, end)
        if root and root.lastgroup == "means":
            return True  # a procedure: "may also be opened by turning the key"
        # root possibility: "players may bid", "it may be found", "may vary"
        return not _EPISTEMIC_MAY_RE.match(text, end) and bool(
            root or _generic_subject(text, start))
    if word == "could":  # past (in)ability or habit: "could not", "could see", "could often"
        return bool(_COULD_NOT_RE.match(text, end) or _COULD_PERCEIVE_RE.match(text, end)
                    or _FREQUENCY_AFTER_RE.match(text, end)
                    or _coordinated_with_habit(text, start)
                    or _generic_one_before(text, start) or _in_purpose_clause(text, start)
                    or ("be" in text[end:end + 20]  # cheap test first
                        and _MEANS_PASSIVE_AFTER_RE.match(text, end)))  # "converted by …ing"
    if word == "might":  # generic "one might ask"; purpose: "so that the army might move"
        return _generic_one_before(text, start) or _in_purpose_clause(text, start)
    if word in ("likely", "unlikely"):  # a group's rate: "voters are more likely to say"
        return (_RATE_BEFORE_RE.search(text, max(0, start - 40), start) is not None
                or (word == "likely"  # a poll's population: "among likely voters"
                    and _POLL_POPULATION_RE.match(text, end) is not None
                    and _LIKELY_CLAUSE_BEFORE_RE.search(text, max(0, start - 30), start) is None))
    if word.startswith("doubt"):  # negated: certainty ("I do not doubt it")
        return _NEGATED_BEFORE_RE.search(text, max(0, start - 40), start) is not None
    if word == "supposed":  # a plan not met: "it was supposed to be the night …"
        return (_PAST_BE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
                and _TO_AFTER_RE.match(text, end) is not None)
    if word.startswith("believe"):  # faith, not judgement: "believe in God"
        return _BELIEVE_IN_RE.match(text, end) is not None or (
            word == "believe"  # astonishment: "couldn't believe their eyes"
            and _ASTONISHMENT_BEFORE_RE.search(text, max(0, start - 20), start) is not None)
    if word.startswith("indicat"):  # signalling: "used to indicate a hazard", "as indicated in"
        return (_word_before(text, start).lower() in SIGNAL_BEFORE
                and not _THAT_AFTER_RE.match(text, end))
    if word.startswith("estimat"):  # a figure: "estimated at 300", "an estimated 2,000"
        return (_FIGURE_AFTER_RE.match(text, end) is not None
                or _word_before(text, start).lower() == "an")
    if word in ("generally", "sometimes"):  # frequency: "are generally heavier", "sometimes
        # replace", not "generally accepted", "sometimes referred to as"
        after = _GENERALISATION_AFTER_RE.match(text, end)
        if after is None:
            return True  # "males are generally heavier"
        return bool(after.group("participle")) and not (  # active: "donors generally supported"
            _char_before(text, start) in ("", *PARTICIPLE_FRAME_CHARS)
            or _word_before(text, start).lower() in PARTICIPLE_FRAME_BEFORE)
    if word.startswith("suggest"):  # a proposal: "suggested renaming", "that she should"
        return _PROPOSAL_AFTER_RE.match(text, end) is not None
    if word.startswith("appear"):  # "show up before": "the saint appeared to Maria"
        return _APPEAR_BEFORE_SOMEONE_RE.match(text, end) is not None
    if word == "been called":  # a summons or phrasal verb: "been called off / to testify"
        return (_CALL_PARTICLE_RE.match(text, end) is not None
                or _BY_AGENT_RE.match(text, end) is not None)
    if word in LABEL_PHRASES:  # a named agent: "has been dubbed a genius by the Times"
        return _BY_AGENT_RE.match(text, end) is not None
    if word == "claim":  # acquisition: "claim victory"; a right: "claim to the throne"
        return (_ACQUIRED_AFTER_CLAIM_RE.match(text, end) is not None
                or _CLAIM_RIGHT_AFTER_RE.match(text, end) is not None
                or _CLAIM_RIGHT_BEFORE_RE.search(text, max(0, start - 30), start) is not None
                or _HAVE_CLAIM_BEFORE_RE.search(text, max(0, start - 40), start) is not None)
    if word == "apparent":  # the title "heir apparent"; "apparent magnitude"
        return (_HEIR_BEFORE_RE.search(text, max(0, start - 10), start) is not None
                or _APPARENT_QUANTITY_RE.match(text, end) is not None)
    if word in HEARSAY_NOUNS:  # talk as a topic: "to allay those rumours"
        return _CONTENT_AFTER_RE.match(text, end) is None
    if word == "in general":  # a sentence adverbial: "In general, turnout falls …"
        before = _char_before(text, start)
        return not (before in ("", *SENTENCE_END_CHARS) or (
            before in GENERAL_CLAUSE_BREAKS and _COMMA_AFTER_RE.match(text, end) is not None))
    if word == "probable":  # the legal standard "probable cause"
        return _CAUSE_AFTER_RE.match(text, end) is not None
    return False


def _in_purpose_clause(text: str, start: int) -> bool:
    """Whether the modal at ``start`` stands in a clause of purpose (:data:`_PURPOSE_BEFORE_RE`).

    >>> t = "They registered early so that more voters could take part."
    >>> _in_purpose_clause(t, t.index("could")), _in_purpose_clause("Voters could stay.", 7)
    (True, False)
    """
    lo = max(0, start - PURPOSE_WINDOW)
    before = text[lo:start].lower()
    # cheap test first: most windows hold neither conjunction
    return ("so that" in before or "order that" in before) and _PURPOSE_BEFORE_RE.search(
        text, lo, start) is not None


def _generic_one_before(text: str, start: int) -> bool:
    """Whether the generic pronoun *one* is the subject just before the modal at ``start``
    ("one might ask", "by some standards one could say"; not "no one could", "this one might").

    >>> [_generic_one_before(t, len(t)) for t in ("One ", "Still, one ", "No one ", "This one ")]
    [True, True, False, False]
    """
    # cheap test first: most modals do not follow "one"
    if not text[max(0, start - 6):start].rstrip().lower().endswith("one") or (
            _word_before(text, start).lower() != "one"):
        return False
    found = _LAST_WORD_RE.search(text, max(0, start - 40), start)
    return _word_before(text, found.start(1)).lower() not in NOT_GENERIC_ONE_BEFORE or (
        _char_before(text, found.start(1)) in (",", ";", ":"))


def _definite_before(text: str, start: int) -> bool:
    """Whether a definite determiner or possessive (:data:`DEFINITE_BEFORE_QUANTIFIER`) or a
    genitive (:data:`_GENITIVE_BEFORE_RE`) stands just before ``start``: "the many polls", "his
    several hosts", "the Bible's many warnings".

    >>> [_definite_before(t, len(t)) for t in ("the ", "Its  ", "many ", "")]
    [True, True, False, False]
    >>> [_definite_before(t, len(t)) for t in ("the Bible's ", "Lake 's ", "it's ", "fans' ")]
    [True, True, False, True]
    """
    # eight characters hold any of the words (at most five letters) with its space; a longer
    # word cut at the window's edge keeps seven letters and so matches none of them
    words = text[max(0, start - 8):start].split()
    if not words:
        return False
    last = words[-1].lower()
    if last in DEFINITE_BEFORE_QUANTIFIER:
        return True
    # a genitive ("the Bible's many warnings", "the players' several titles"); cheap test first
    return last[-2:] in ("'s", "’s", "s'", "s’") and _GENITIVE_BEFORE_RE.search(
        text, max(0, start - 40), start) is not None


def _frame_before_may(text: str, start: int) -> bool:
    """Whether "may" at ``start`` follows a clause-opening frequency adverb
    (:data:`_FREQUENCY_BEFORE_RE`) or "in … cases" (:data:`_CASES_FRAME_BEFORE_RE`), or opens a
    concessive clause (:data:`_CONCESSIVE_BEFORE_RE`).
    A substring test on the lower-cased window comes first: most windows hold neither.

    >>> [_frame_before_may(t, t.index("may")) for t in
    ...  ("Often, the rash may spread.", "Whatever it may be, go.", "The rash may spread.",
    ...   "In severe cases, surgery may be needed.")]
    [True, True, False, True]
    """
    lo = max(0, start - FREQUENCY_FRAME_WINDOW)
    before = text[lo:start].lower()
    if any(a in before for a in FREQUENCY_ADVERBS) and _FREQUENCY_BEFORE_RE.search(
            text, lo, start):
        return True
    if ("cases" in before or "instances" in before) and _CASES_FRAME_BEFORE_RE.search(
            text, lo, start):
        return True  # "In severe cases, surgery may be needed"
    near = before[-CONCESSIVE_WINDOW:]
    return (("ever" in near or "that as it" in near or "what" in near)
            and _CONCESSIVE_BEFORE_RE.search(text, max(0, start - CONCESSIVE_WINDOW), start)
            is not None)


def _coordinated_with_habit(text: str, start: int) -> bool:
    """Whether the modal at ``start`` heads a verb phrase coordinated with a habitual one
    (see :data:`_COORDINATED_FREQUENCY_RE`): "is often sold alone and may come in a kit".

    >>> t = "The lamp is often sold alone and may come in a kit."
    >>> _coordinated_with_habit(t, t.index("may"))
    True
    >>> t = "The lamp is often sold alone. It may fail."
    >>> _coordinated_with_habit(t, t.index("may"))
    False
    """
    # cheap test first: most modals do not follow "and" / "but" / "or"
    if _CONJUNCTION_BEFORE_RE.search(text, max(0, start - 30), start) is None:
        return False
    return _COORDINATED_FREQUENCY_RE.search(
        text, max(0, start - COORDINATION_WINDOW), start) is not None


def _in_example(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` gives an example (see
    :data:`EXAMPLE_MARKERS`); the search stops at sentence ends and at EXAMPLE_WINDOW.

    >>> t = "Rules differ. For example, a player may pass. He may resign."
    >>> [_in_example(t, i, i + 3) for i in (t.index("may"), t.rindex("may"))]
    [True, False]
    """
    lo, hi = max(0, start - EXAMPLE_WINDOW), min(len(text), end + EXAMPLE_WINDOW)
    if _EXAMPLE_RE.search(text, lo, hi) is None:  # cheap test first: most windows hold none
        return False
    for found in _SENTENCE_END_RE.finditer(text, lo, start):
        lo = found.end()
    found = _SENTENCE_END_RE.search(text, end, hi)
    return _EXAMPLE_RE.search(text, lo, found.end() if found else hi) is not None


def _lookup(table: dict[str, str], word: str) -> str | None:
    """``table[word]``, reading the letters a case-insensitive match equates with ASCII ones
    (dotless i, long s, dotted capital I) as those; None if still absent."""
    found = table.get(word)
    if found is None:
        found = table.get(word.translate(_FOLD_TO_ASCII).replace("i\u0307", "i"))
    return found


_LAST_WORD_RE = re.compile(r"([\w’'-]+)\W*$")


def _word_before(text: str, index: int) -> str:
    """The word before ``index`` (``""`` if none); looks back at most 40 characters."""
    found = _LAST_WORD_RE.search(text, max(0, index - 40), index)
    return found.group(1) if found else ""


def _char_before(text: str, index: int) -> str:
    """The last character before ``index`` that is not white space (``""`` if none)."""
    index -= 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return text[index] if index >= 0 else ""


@lru_cache(maxsize=1)
def default_matcher() -> HedgeMatcher:
    return HedgeMatcher()


def hedging(doc) -> None:
    """The ``hedging`` analyzer (see the module docstring for what it adds)."""
    cues = default_matcher().find(doc.text)
    hedged = [False] * len(doc.sentences)
    starts = [s.start for s in doc.sentences]
    for start, end, kind, category in cues:
        doc.add_span(start, end, kind, category)
        if kind == "hedge":
            i = bisect.bisect_right(starts, start) - 1  # the sentence holding the cue
            if i >= 0 and start < doc.sentences[i].end:
                hedged[i] = True
    doc.set_sentence_column("hedged", hedged)
    n_hedges = sum(1 for c in cues if c[2] == "hedge")
    n_boosters = len(cues) - n_hedges
    words = doc.metrics.get("n_words") or 0
    n_quoted, quoted_words = (_inside_quotations(doc.text, [c[0] for c in cues if c[2] == "hedge"],
                                                 doc.sentences,
                                                 doc.sentence_values.get("n_words"))
                              if n_hedges else (0, 0))  # (no hedge: the author's rate is 0)
    author_words = words - quoted_words
    doc.metrics.update(
        n_hedges=n_hedges,
        n_boosters=n_boosters,
        n_hedges_quoted=n_quoted,
        # rates of an empty article are undefined (empty), not 0, so they do not pull means down
        hedge_rate=RATE_PER_WORDS * n_hedges / words if words else None,
        hedge_rate_author=(RATE_PER_WORDS * (n_hedges - n_quoted) / author_words
                           if author_words > 0 else None),
        booster_rate=RATE_PER_WORDS * n_boosters / words if words else None,
        hedged_sentence_share=sum(hedged) / len(hedged) if hedged else None,
        certainty_index=((n_boosters - n_hedges) / (n_boosters + n_hedges)
                         if n_boosters + n_hedges else None),
    )


def _inside_quotations(text: str, starts: list[int], sentences=None,
                       sentence_words: list[int] | None = None) -> tuple[int, int]:
    """How many of the cues starting at ``starts`` lie inside quotation marks, and how many
    words the quotations hold: a quoted speaker's *I think* or *maybe* is the speaker's
    hedging, not the outlet's (``hedge_rate_author`` leaves both out). Double quotation marks
    and guillemets, as :func:`analysis.tone.quotation_spans` reads them.

    ``sentences`` with their word counts ``sentence_words`` (the ``basic`` analyzer's
    ``n_words`` column), if given, spare counting again the words of sentences that lie wholly
    inside a quotation (:func:`_quoted_words`); the count is the same."""
    if '"' not in text and "“" not in text and "«" not in text:
        return 0, 0
    from .tone import quotation_spans  # (tone imports this module)

    spans = quotation_spans(text)
    if not spans:
        return 0, 0
    begins = [a for a, _ in spans]
    inside = 0
    for start in starts:
        i = bisect.bisect_right(begins, start) - 1
        inside += i >= 0 and start < spans[i][1]
    return inside, _quoted_words(text, spans, sentences, sentence_words)


def _quoted_words(text: str, spans: list[tuple[int, int]], sentences=None,
                  sentence_words: list[int] | None = None) -> int:
    """``sum(len(WORD_RE.findall(text, a, b)) for a, b in spans)``, taking the words of a
    sentence wholly inside a span from ``sentence_words`` (its count of the same words).

    A span is cut at the start and end of each sentence it holds whole, and the pieces between
    them are counted with ``findall``. Cutting at an offset changes no count when white space
    stands on one side of it (a word holds no white space, so no word crosses it, and the
    search after it starts where a whole-span search would): only such cuts are made, else the
    span is counted whole. Sentences must be in text order without overlaps (as
    :func:`analysis.text.split_sentences` gives them), else every span is counted whole.

    >>> t = 'He said: "Rain fell. It stopped. We left" and went.'
    >>> t[9:41], [t[x.start:x.end] for x in textlib.split_sentences(t)][1]
    ('"Rain fell. It stopped. We left"', 'It stopped.')
    >>> _quoted_words(t, [(9, 41)], textlib.split_sentences(t), [4, 2, 4])
    6
    """
    find = textlib.WORD_RE.findall
    if sentence_words is None or sentences is None or len(sentence_words) != len(sentences):
        return sum(len(find(text, a, b)) for a, b in spans)
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    if not (all(map(operator.le, starts, ends)) and all(map(operator.le, ends, starts[1:]))):
        return sum(len(find(text, a, b)) for a, b in spans)
    total = 0
    for a, b in spans:
        first = bisect.bisect_left(starts, a)  # the first sentence starting at a or later
        stop = bisect.bisect_right(ends, b)  # the sentences before it end at b or earlier
        if first >= stop or not all(
                (starts[k] == a or text[starts[k] - 1].isspace())
                and (ends[k] == b or text[ends[k]].isspace()) for k in range(first, stop)):
            total += len(find(text, a, b))
            continue
        total += len(find(text, a, starts[first]))
        for k in range(first, stop):
            total += sentence_words[k] + len(
                find(text, ends[k], starts[k + 1] if k + 1 < stop else b))
    return total


def hedging_by_group(articles, *, by: str = "outlet"):
    """Hedging per group: articles, hedges, words, pooled hedge and booster rates per 1,000
    words, mean share of hedged sentences, and mean certainty index over ``certainty_n``
    articles (those with a hedge or a booster: the others have no index).

    Rates are pooled (all hedges ÷ all words of the group × 1,000), so long articles weigh
    in proportion to their length. Returns a new table sorted by ``hedge_rate`` (highest first).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B"], "n_words": [1000, 500, 400],
    ...                   "n_hedges": [6, 3, 0], "n_boosters": [0, 1, 2],
    ...                   "hedged_sentence_share": [0.5, 0.25, 0.0],
    ...                   "certainty_index": [-1.0, -0.5, 1.0]})
    >>> columns = ["outlet", "hedge_rate", "booster_rate", "certainty_index", "certainty_n"]
    >>> hedging_by_group(t.assign(certainty_index=[-1.0, None, 1.0]))[columns].values.tolist()
    [['A', 6.0, 0.6666666666666666, -1.0, 1], ['B', 0.0, 5.0, 1.0, 1]]
    """
    import pandas as pd

    needed = [by, "n_words", "n_hedges", "n_boosters", "hedged_sentence_share",
              "certainty_index"]
    missing = [c for c in needed if c not in articles.columns]
    if missing:
        from .errors import ParameterError
        raise ParameterError(f"the table has no column(s) {', '.join(missing)}; run analyze() "
                             "with the 'hedging' analyzer first")
    grouped = label_missing(articles, by).groupby(by)
    words = grouped["n_words"].sum()
    table = pd.DataFrame({
        "articles": grouped.size(),
        "n_hedges": grouped["n_hedges"].sum(),
        "n_words": words,
        "hedge_rate": RATE_PER_WORDS * grouped["n_hedges"].sum() / words.where(words > 0),
        **({"hedge_rate_author": grouped["hedge_rate_author"].mean(),
            # the same average-article measure over all words, to set beside it
            "hedge_rate_article_mean": grouped["hedge_rate"].mean()}
           if {"hedge_rate_author", "hedge_rate"} <= set(articles.columns) else {}),
        "booster_rate": RATE_PER_WORDS * grouped["n_boosters"].sum() / words.where(words > 0),
        "hedged_sentence_share": grouped["hedged_sentence_share"].mean(),
        "certainty_index": grouped["certainty_index"].mean(),
        # (the index exists only for articles with a hedge or a booster: its own base)
        "certainty_n": grouped["certainty_index"].count(),
    }).reset_index()
    # (a group with no words has no rate: empty, not 0.0, and last; review 15)
    return table.sort_values(["hedge_rate", by], ascending=[False, True], ignore_index=True,
                             na_position="last")


def describe_hedging(table, *, by: str = "outlet") -> str:
    """Reading of a :func:`hedging_by_group` table: most and least hedged groups.

    >>> import pandas as pd
    >>> describe_hedging(pd.DataFrame({"outlet": ["A", "B"], "articles": [2, 1],
    ...     "hedge_rate": [6.0, 0.0], "hedged_sentence_share": [0.375, 0.0]}))
    'A hedges most: 6.0 hedge cues per 1,000 words of all its articles together, 38% of \
sentences hedged on average (2 articles); B least: 0.0 per 1,000 words (1 article).'
    >>> describe_hedging(pd.DataFrame({"outlet": ["A", "B"], "articles": [2, 1],
    ...     "hedge_rate": [0.0, 0.0], "hedged_sentence_share": [0.0, 0.0]}))
    'No hedge cue in any of the 3 articles (0 per 1,000 words in every outlet).'
    >>> describe_hedging(pd.DataFrame({"outlet": ["A", "B", "C"], "articles": [2, 1, 1],
    ...     "hedge_rate": [6.0, 2.0, None], "hedged_sentence_share": [0.375, 0.1, 0.0]}))
    'A hedges most: 6.0 hedge cues per 1,000 words of all its articles together, 38% of \
sentences hedged on average (2 articles); B least: 2.0 per 1,000 words (1 article). C has no \
words (empty articles only), so no rate.'
    """
    from .stats import join_and

    if table.empty:
        return "No articles."
    wordless = table[table["hedge_rate"].isna()]
    no_words = (f" {join_and(list(wordless[by]))} {'has' if len(wordless) == 1 else 'have'} no "
                "words (empty articles only), so no rate." if len(wordless) else "")
    table = table.dropna(subset=["hedge_rate"])
    if table.empty:
        return "No words in any article, so no hedge rate." + no_words
    if (table["hedge_rate"] == 0).all():  # no ranking of zeros
        n = int(table["articles"].sum())
        return (f"No hedge cue in any of the {n:,} article{'' if n == 1 else 's'} "
                f"(0 per 1,000 words in every {by}).{no_words}")
    top, bottom = table.iloc[0], table.iloc[-1]
    lead = f"{top[by]}: " if len(table) == 1 else f"{top[by]} hedges most: "

    def articles_of(row) -> str:
        return f"{row['articles']} article{'' if row['articles'] == 1 else 's'}"

    text = (f"{lead}{top['hedge_rate']:.1f} hedge cues per 1,000 words of all "
            f"its articles together, {top['hedged_sentence_share']:.0%} of sentences hedged on "
            f"average ({articles_of(top)})")
    if len(table) > 1:
        text += (f"; {bottom[by]} least: {bottom['hedge_rate']:.1f} per 1,000 words "
                 f"({articles_of(bottom)})")
    text += "."
    if "hedge_rate_author" in table.columns and table["hedge_rate_author"].notna().any():
        own = table.dropna(subset=["hedge_rate_author"]).sort_values(
            ["hedge_rate_author", by], ascending=[False, True])
        overall = "hedge_rate_article_mean" in own.columns
        text += (" In the writers' own words (words inside quotation marks left out), per 1,000 "
                 "words of the average article"
                 + (" (in brackets: the average article over all its words)" if overall else "")
                 + ": " + "; ".join(
                     f"{row[by]} {row['hedge_rate_author']:.1f}"
                     + (f" ({row['hedge_rate_article_mean']:.1f})" if overall else "")
                     for _, row in own.iterrows())
                 + ". An average of articles differs from the rate over all their words "
                   "together, and a writer who hedges more than the people quoted scores "
                   "higher in their own words than over all words.")
    return text + no_words
