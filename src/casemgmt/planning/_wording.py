"""Goal-wording checks: is a goal the client's behaviour, positive, and measurable?

The rules come from Garvin (2009) and QCOSS (2014) as quoted in seed 002: a
goal is stated as client (not practitioner) behaviour, in positive terms, and
so that the client knows when it has been achieved. The analyser is small and
rule based: it tokenises the statement, splits it into sentences, finds each
sentence's subject, modal and main verb, notes passive voice, imperatives and
the scope of negation, then judges the three questions. Word lists live in
:mod:`casemgmt.planning._wording_terms` so an agency can extend them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs

from casemgmt.core import Finding, Severity
from casemgmt.planning._wording_cache import CACHE, statement_key
from casemgmt.planning._wording_terms import DEFAULT_TERMS, WordingTerms

__all__ = [
    "NEGATIVE_TERMS",
    "NOT_CLIENT_BEHAVIOUR",
    "NOT_MEASURABLE",
    "WORDING_CODES",
    "check_goal_statement",
]

NOT_CLIENT_BEHAVIOUR = "goal.not-client-behaviour"
NEGATIVE_TERMS = "goal.negative-terms"
NOT_MEASURABLE = "goal.not-measurable"
WORDING_CODES = (NOT_CLIENT_BEHAVIOUR, NEGATIVE_TERMS, NOT_MEASURABLE)

# --- Lexicon compilation ------------------------------------------------------

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "get": ("got", "gotten"),
    "find": ("found",),
    "make": ("made",),
    "take": ("took", "taken"),
    "go": ("went", "gone", "goes"),
    "see": ("saw", "seen", "sees"),
    "have": ("has", "had", "having"),
    "be": ("is", "are", "am", "was", "were", "been", "being"),
    "begin": ("began", "begun", "beginning"),
    "give": ("gave", "given"),
    "keep": ("kept",),
    "build": ("built",),
    "write": ("wrote", "written"),
    "quit": ("quitting", "quits"),
    "cut": ("cutting", "cuts"),
    "set": ("setting",),
    "put": ("putting",),
    "meet": ("met",),
    "pay": ("paid",),
    "buy": ("bought",),
    "seek": ("sought",),
    "teach": ("taught",),
    "choose": ("chose", "chosen"),
    "win": ("won", "winning"),
    "bring": ("brought",),
    "tell": ("told",),
    "undergo": ("underwent", "undergone", "undergoes"),
    "withdraw": ("withdrew", "withdrawn"),
    "leave": ("left",),
    "sit": ("sat", "sitting"),
    "say": ("said", "says"),
    "ring": ("rang", "rung"),
    "come": ("came",),
    "hold": ("held",),
    "feel": ("felt",),
    "know": ("knew", "known"),
    "think": ("thought",),
    "learn": ("learnt",),
    "spend": ("spent",),
    "send": ("sent",),
    "become": ("became",),
    "understand": ("understood",),
    "show": ("shown",),
    "drive": ("drove", "driven"),
    "do": ("did", "done", "does"),
    "lead": ("led",),
    "enrol": ("enrolled", "enrolling", "enrols"),
    "refer": ("referred", "referring"),
    "stop": ("stopped", "stopping"),
    "plan": ("planned", "planning"),
    "commit": ("committed", "committing"),
    "admit": ("admitted", "admitting"),
    "counsel": ("counselled", "counselling", "counseled", "counseling"),
    "travel": ("travelled", "travelling"),
    "practise": ("practising", "practised"),
    "lie": ("lying",),
}


def _inflect(base: str) -> set[str]:
    """Regular and listed irregular forms of a base verb (over-generation is harmless)."""
    forms = {base, base + "s", base + "es"}
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    else:
        forms |= {base + "ed", base + "ing"}
    if len(base) > 2 and base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    forms |= set(_IRREGULAR.get(base, ()))
    return forms


class _Lexicon:
    """Longest-match lookup of single words and phrases, optionally inflected."""

    __slots__ = ("_first",)

    def __init__(self, phrases: Iterable[str], *, inflect: bool = False) -> None:
        first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in phrases:
            words = phrase.split()
            heads = _inflect(words[0]) if inflect else {words[0]}
            for head in heads:
                first.setdefault(head, []).append((tuple(words[1:]), phrase))
        for entries in first.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._first = first

    def match(self, toks: Sequence[str], i: int) -> tuple[int, str] | None:
        """(length, canonical phrase) of the longest entry starting at ``toks[i]``."""
        if i >= len(toks):
            return None
        entries = self._first.get(toks[i])
        if entries is None:
            return None
        for rest, phrase in entries:
            n = len(rest)
            if not n or tuple(toks[i + 1 : i + 1 + n]) == rest:
                return n + 1, phrase
        return None

    def heads(self) -> list[str]:
        """Every word that can start an entry."""
        return list(self._first)

    def has(self, word: str) -> bool:
        """True when ``word`` starts some entry (a one-word entry or a phrase)."""
        return word in self._first

    def lemma(self, word: str) -> str | None:
        """The one-word entry ``word`` inflects, if any."""
        entries = self._first.get(word)
        if entries:
            for rest, phrase in entries:
                if not rest:
                    return phrase
        return None


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_MODALS = _set("""will shall would should must can could may might""")
_BE = _set("""be is are am was were been being become becomes became""")
_GET = frozenset(["get", "gets", "got", "gotten", "getting"])
_DETERMINERS = _set(
    """a an the my our your his her their its this that these those some any each every"""
)
_POSSESSIVES = _set("""my our your his her their its""")
_PREPOSITIONS = _set(
    """to in on at for from with by of about into onto over under through across after before
during within without towards toward around among between via per than upon"""
)
_SUPPORT_ADJUNCT = _set(
    """from by of help support assistance guidance encouragement supported helped assisted
guided backing input coaching prompting"""
)
_SUBJECT_PRONOUNS = frozenset(["i", "he", "she", "they", "you"])
_OBJECT_PRONOUNS = frozenset(["him", "them", "me"])
_SELF_WORDS = _set("""herself himself themselves myself yourself ourselves""")
_CLAUSE_OPENERS = _set(
    """by within in over with without after before during through using for at on from until
each every instead rather as once following upon starting beginning having to if when
whenever while unless because since although though where after upon in-order once"""
)
_KIN = _set("partner husband wife spouse boyfriend girlfriend fiance fiancee sister brother")
_COORD = _set("""and or then , & plus""")
_HOUSEHOLD = _set(
    """family children kids son sons daughter daughters baby home household house flat rent
partner"""
)
_PARTICIPLE_END = ("ed", "en")
_FUNCTION_WORDS = _set(
    """no not never none nothing zero all any more most less fewer full part stable safe
increased improved reduced decreased better good new regular consistent ongoing weekly
monthly daily successful independent positive healthy appropriate ms mr mrs dr goal
objective"""
)
_BE_TO_ADJECTIVES = _set(
    """able ready willing going prepared expected required motivated committed determined
    likely responsible supported helped encouraged assisted enabled empowered taught coached
    linked connected referred asked allowed reminded prompted"""
)
_DATE = re.compile(r"(?:[0-3]?\d[/.-][01]?\d(?:[/.-]\d{2,4})?)")
_NEG_WORDS = frozenset(
    [
        "without",
        "free",
        "not",
        "never",
        "no",
        "none",
        "nothing",
        "nor",
        "neither",
        "nobody",
        "zero",
        "unless",
        "or",
        "if",
    ]
)
_MEASURE_WORDS = frozenset(
    [
        "or",
        "percent",
        "per",
        "dollars",
        "times",
        "hours",
        "kg",
        "km",
        "minutes",
        "every",
        "each",
        "all",
        "any",
        "never",
        "not",
        "no",
        "zero",
        "without",
        "for",
        "within",
    ]
)
_PUNCT_SPLIT = frozenset([".", "!", "?", ";", "\n"])


@attrs.frozen
class _Compiled:
    """Lexicons built once per :class:`WordingTerms` value."""

    terms: WordingTerms
    client: _Lexicon
    family: _Lexicon
    worker: _Lexicon
    other: _Lexicon
    worker_verbs: _Lexicon
    worker_participles: _Lexicon
    attainment: _Lexicon
    attainment_states: _Lexicon
    receiving: _Lexicon
    service: _Lexicon
    cessation: _Lexicon
    reduction: _Lexicon
    ceiling: _Lexicon
    support: _Lexicon
    name_phrases: _Lexicon
    replacement: _Lexicon
    frequency: _Lexicon
    deadline_preps: _Lexicon
    countable: _Lexicon
    accomplishment: _Lexicon
    concrete_only: frozenset[str]
    concrete: _Lexicon
    abstract: _Lexicon
    ongoing: frozenset[str]
    vague_markers: _Lexicon
    vague_verbs: _Lexicon
    scales: frozenset[str]
    thresholds: _Lexicon
    catenative: _Lexicon
    subordinators: _Lexicon
    any_verb: _Lexicon
    neg_triggers: frozenset[str]
    measure_triggers: frozenset[str]


@functools.lru_cache(maxsize=16)
def _compile(terms: WordingTerms) -> _Compiled:
    verbs = (
        terms.worker_verbs
        | terms.accomplishment_verbs
        | terms.vague_verbs
        | terms.cessation_verbs
        | terms.reduction_words
        | terms.catenative_verbs
        | terms.receiving_verbs
    )
    any_verb = _Lexicon(verbs, inflect=True)
    name_phrases = _Lexicon(terms.name_phrases)
    cessation = _Lexicon(terms.cessation_verbs, inflect=True)
    reduction = _Lexicon(terms.reduction_words, inflect=True)
    ceiling = _Lexicon(terms.ceiling_phrases)
    frequency = _Lexicon(terms.frequency_words)
    return _Compiled(
        terms=terms,
        client=_Lexicon(terms.client_nouns),
        family=_Lexicon(terms.family_nouns),
        worker=_Lexicon(terms.worker_nouns),
        other=_Lexicon(terms.other_person_nouns),
        worker_verbs=_Lexicon(terms.worker_verbs, inflect=True),
        worker_participles=_Lexicon(terms.worker_participles),
        attainment=_Lexicon(terms.attainment_participles),
        attainment_states=_Lexicon(terms.attainment_states),
        receiving=_Lexicon(terms.receiving_verbs, inflect=True),
        service=_Lexicon(terms.service_nouns),
        cessation=cessation,
        reduction=reduction,
        ceiling=ceiling,
        support=_Lexicon(terms.support_words),
        name_phrases=name_phrases,
        replacement=_Lexicon(terms.replacement_phrases),
        frequency=frequency,
        deadline_preps=_Lexicon(terms.deadline_prepositions),
        countable=_Lexicon(terms.countable_events),
        accomplishment=_Lexicon(terms.accomplishment_verbs, inflect=True),
        concrete_only=terms.concrete_only_verbs,
        concrete=_Lexicon(terms.concrete_objects),
        abstract=_Lexicon(terms.abstract_objects),
        ongoing=terms.ongoing_institutions,
        vague_markers=_Lexicon(terms.vague_markers),
        vague_verbs=_Lexicon(terms.vague_verbs, inflect=True),
        scales=terms.scale_names,
        thresholds=_Lexicon(terms.threshold_words),
        catenative=_Lexicon(terms.catenative_verbs, inflect=True),
        subordinators=_Lexicon(terms.subordinators),
        any_verb=any_verb,
        neg_triggers=frozenset(
            [*name_phrases.heads(), *cessation.heads(), *reduction.heads(), *ceiling.heads()]
        )
        | _NEG_WORDS,
        measure_triggers=frozenset(frequency.heads())
        | terms.number_words
        | terms.scale_names
        | _MEASURE_WORDS,
    )


# --- Tokenising --------------------------------------------------------------

_REPLACEMENTS = [
    (re.compile(r"[\u2018\u2019\u02bc`]"), "'"),
    (re.compile(r"[\u201c\u201d]"), '"'),
    (re.compile(r"\bwon't\b", re.I), "will not"),
    (re.compile(r"\bshan't\b", re.I), "shall not"),
    (re.compile(r"\bcan'?t\b|\bcannot\b", re.I), "can not"),
    (re.compile(r"n't\b", re.I), " not"),
    (re.compile(r"'ll\b", re.I), " will"),
    (re.compile(r"\bi'm\b", re.I), "I am"),
    (re.compile(r"'re\b", re.I), " are"),
    (re.compile(r"'ve\b", re.I), " have"),
    (re.compile(r"'d\b", re.I), " would"),
    (re.compile(r"(?<=\w)'s\b", re.I), " 's"),
    (re.compile(r"(?<=s)'(?=\s)", re.I), " 's"),
]
_LINE_LABEL = re.compile(
    r"^\s*(?:(?:(?:short|long|medium)[- ]term\s+)?(?:goal|objective|outcome|target|aim|step|"
    r"intervention|task)\s*#?\d*[a-z]?\s*[:.)\-\u2013]\s*)?"
    r"(?:\(?\d{1,2}[.)](?!\d)|\([a-h]\)|[a-h]\)|[-*\u2022\u2013\u00b7])?\s*",
    re.I,
)
_TOKEN = re.compile(
    r"\$\s?\d+(?:[.,]\d+)*k?|\d+(?:[.,:/]\d+)*(?:%|st|nd|rd|th|am|pm|k)?(?:-[a-z]+)*"
    r"|[a-z][a-z0-9]*(?:[-'][a-z0-9]+)*|'s|[.!?;,:()&%/\n]",
    re.I,
)


class _Sentence(NamedTuple):
    """Lower-cased tokens and whether each was capitalised (names, sentence starts)."""

    toks: list[str]
    caps: list[bool]


def _tokenise(text: str) -> list[_Sentence]:
    """Sentences of tokens; list labels ("Goal 1:", "a)") are dropped per line."""
    if "'" in text or "\u2019" in text or "\u2018" in text or "`" in text or "\u201c" in text:
        for pattern, repl in _REPLACEMENTS:
            text = pattern.sub(repl, text)
    lines = [_LINE_LABEL.sub("", line, count=1) for line in text.splitlines()]
    sentences: list[_Sentence] = []
    for line in lines:
        toks: list[str] = []
        caps: list[bool] = []
        for raw in _TOKEN.findall(line):
            low = raw.lower()
            if low in _PUNCT_SPLIT:
                if toks:
                    sentences.append(_Sentence(toks, caps))
                toks, caps = [], []
                continue
            toks.append(low)
            caps.append(raw[:1].isupper())
        if toks:
            sentences.append(_Sentence(toks, caps))
    return sentences


# --- Analysis ------------------------------------------------------------------

_CLIENT = "client"
_WORKER = "worker"
_OTHER = "other"
_JOINT = "joint"
_NONE = "none"


@attrs.frozen
class _Context:
    lex: _Compiled
    names: frozenset[str]
    family: frozenset[str]
    names_given: bool


@attrs.define
class _Verdict:
    """What one statement's sentences add up to."""

    actor_reason: str | None = None
    negative_word: str | None = None
    negative_kind: str | None = None
    measurable: bool = False
    vague_word: str | None = None
    client_clause: bool = False
    helped_predicate: str | None = None


def _mention(toks: Sequence[str], caps: Sequence[bool], i: int, ctx: _Context) -> tuple[int, str]:
    """Length and role (client/worker/other) of an actor term at ``i``; (0, "") if none."""
    w = toks[i]
    if w in ctx.names or w in ctx.family:
        return 1, _CLIENT
    lex = ctx.lex
    best = (0, "")
    for lexicon, role in (
        (lex.worker, _WORKER),
        (lex.client, _CLIENT),
        (lex.family, _CLIENT),
        (lex.other, _OTHER),
    ):
        m = lexicon.match(toks, i)
        if m and m[0] > best[0]:
            best = (m[0], role)
    if best[0]:
        return best
    if w == "we":
        return 1, _WORKER
    return 0, ""


def _looks_like_name(tok: str, cap: bool, ctx: _Context, *, sentence_start: bool = False) -> bool:
    """A capitalised word we do not know: probably a person's name."""
    if not cap or len(tok) < 2 or ctx.lex.any_verb.has(tok):
        return False
    if any(ch.isdigit() for ch in tok) or tok in ctx.lex.scales:
        return False  # "PHQ-9", "K10", "SDQ": instruments, not people
    if sentence_start and tok.endswith(("ing", "tion", "ment", "ness", "ity", "ance", "ence")):
        return False
    lex = ctx.lex
    terms = lex.terms
    if (
        tok in _FUNCTION_WORDS
        or tok in _PREPOSITIONS
        or tok in terms.adverbs
        or tok in terms.number_words
        or tok in terms.time_units
        or tok in terms.months
        or lex.cessation.has(tok)
        or lex.reduction.has(tok)
        or lex.frequency.has(tok)
        or lex.subordinators.has(tok)
        or lex.abstract.has(tok)
        or lex.name_phrases.has(tok)
    ):
        return False
    return not (ctx.lex.concrete.has(tok) or ctx.lex.service.has(tok) or tok in _DETERMINERS)


def _we_is_household(toks: Sequence[str]) -> bool:
    for i, w in enumerate(toks):
        if w == "our" and i + 1 < len(toks) and toks[i + 1] in _HOUSEHOLD:
            return True
        if w == "as" and toks[i + 1 : i + 3] == ["a", "family"]:
            return True
        if w == "i" and i > 0 and toks[i - 1] == "and":
            return True
    return False


def _classify_np(
    toks: Sequence[str], caps: Sequence[bool], start: int, end: int, ctx: _Context
) -> str:
    """Role of the subject noun phrase toks[start:end]."""
    roles: list[str] = []
    kin_flags: list[bool] = []
    i = start
    gap_start = start
    while i < end:
        n, role = _mention(toks, caps, i, ctx)
        if not n and _looks_like_name(toks[i], caps[i], ctx, sentence_start=i == 0):
            n, role = 1, (_OTHER if ctx.names_given else _CLIENT)
            # a run of capitalised words is one name
            while i + n < end and caps[i + n] and _looks_like_name(toks[i + n], cap=True, ctx=ctx):
                n += 1
        if (
            n
            and role == _CLIENT
            and caps[i]
            and toks[i] not in ctx.names
            and toks[i] not in ctx.family
            and i + n < end
            and caps[i + n]
            and toks[i + n] not in ctx.names
            and toks[i + n] not in ctx.family
            and not _mention(toks, caps, i + n, ctx)[0]
        ):
            # a proper name of an agency: "Child Safety", "Family Services", "Youth Justice"
            role = _WORKER
            while i + n < end and caps[i + n]:
                n += 1
        if n:
            gap = toks[gap_start:i]
            possessor = i + n < end and toks[i + n] == "'s"
            adjunct = any(g in _SUPPORT_ADJUNCT for g in gap) and bool(roles)
            if role == _WORKER and toks[i] == "we" and _we_is_household(toks):
                role = _CLIENT
            if not possessor and not adjunct:
                roles.append(role)
                kin_flags.append(toks[i] in _KIN)
            i += n
            gap_start = i
            continue
        i += 1
    if not roles:
        return _NONE
    if _CLIENT in roles and all(
        role != _OTHER or kin for role, kin in zip(roles, kin_flags, strict=True)
    ):
        roles = [r for r in roles if r != _OTHER]  # "my partner and I": the household
    kinds = set(roles)
    if kinds == {_CLIENT}:
        return _CLIENT
    if _CLIENT in kinds:
        return _JOINT
    return _WORKER if _WORKER in kinds else _OTHER


def _is_month_may(toks: Sequence[str], i: int) -> bool:
    prev = toks[i - 1] if i else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return prev in ("by", "in", "of", "until", "before", "end") or nxt[:1].isdigit()


def _find_modal(toks: Sequence[str]) -> int:
    for i, w in enumerate(toks):
        if w in _MODALS and not (w == "may" and _is_month_may(toks, i)):
            return i
        if (
            w in ("going", "wants", "want", "plans", "aims", "intends", "needs", "agrees")
            and i + 1 < len(toks)
            and toks[i + 1] == "to"
            and i > 0
            and toks[i - 1] in ("is", "are", "am", "i", "she", "he", "they", "we")
        ):
            return i + 1
    return -1


def _np_start(toks: Sequence[str], end: int, ctx: _Context) -> int:
    """Walk back from the modal to the start of the subject noun phrase."""
    i = end
    while i > 0:
        w = toks[i - 1]
        if w in (",",) or (ctx.lex.subordinators.has(w) and w not in ("that", "who", "which")):
            break
        if w in _PREPOSITIONS and w not in ("of", "with", "from", "by"):
            break
        i -= 1
    return i


def _skip_adverbs(toks: Sequence[str], i: int, ctx: _Context, negs: list[str]) -> int:
    adverbs = ctx.lex.terms.adverbs
    while i < len(toks):
        w = toks[i]
        if w == "not" and i + 1 < len(toks) and toks[i + 1] == "only":
            i += 2
            continue
        if w in ("not", "never"):
            negs.append(w)
        elif w == "no" and i + 1 < len(toks) and toks[i + 1] == "longer":
            negs.append("no longer")
            i += 1
        elif w not in adverbs:
            break
        i += 1
    return i


def _looks_participle(w: str) -> bool:
    return w.endswith(_PARTICIPLE_END) and len(w) > 4


@attrs.define
class _Predicate:
    start: int
    main: int
    end: int
    lemma: str
    passive: str | None = None  # "worker", "unknown"
    state: str | None = None
    negs: list[str] = attrs.Factory(list)
    catenated_worker: bool = False


def _verb_lemma(w: str, ctx: _Context) -> str:
    for lexicon in (ctx.lex.any_verb,):
        lemma = lexicon.lemma(w)
        if lemma:
            return lemma
    return w


def _predicate(toks: Sequence[str], p: int, ctx: _Context) -> _Predicate:
    """Locate the main verb after position ``p``: skips adverbs, be-able-to, catenatives."""
    lex = ctx.lex
    negs: list[str] = []
    passive: str | None = None
    state: str | None = None
    i = p
    n = len(toks)
    for _ in range(6):
        i = _skip_adverbs(toks, i, ctx, negs)
        if i >= n:
            break
        w = toks[i]
        if w in _BE or (w in _GET and i + 1 < n and _looks_participle(toks[i + 1])):
            j = _skip_adverbs(toks, i + 1, ctx, negs)
            if j >= n:
                state = w
                break
            nxt = toks[j]
            if (
                j + 2 < n
                and toks[j + 1] == "to"
                and lex.any_verb.has(toks[j + 2])
                and nxt in _BE_TO_ADJECTIVES
            ):
                wp = lex.worker_participles.match(toks, j)
                if wp or nxt in ("required", "expected", "asked", "allowed"):
                    passive = passive or (_WORKER if wp else None)
                i = j + 2
                continue
            wp = lex.worker_participles.match(toks, j)
            at = lex.attainment.match(toks, j)
            if w in _BE and w not in ("become", "becomes", "became") and wp and not at:
                passive = _WORKER
                return _finish(toks, i, j, "be", ctx, passive=passive, state=nxt, negs=negs)
            if at:
                return _finish(toks, i, j, "be", ctx, passive=passive, state=nxt, negs=negs)
            if w in _BE and _looks_participle(nxt) and not nxt.endswith("ened"):
                passive = "unknown"
                return _finish(toks, i, j, "be", ctx, passive=passive, state=nxt, negs=negs)
            if w in _GET:
                passive = _WORKER if wp else "unknown"
                return _finish(toks, i, j, "be", ctx, passive=passive, state=nxt, negs=negs)
            return _finish(toks, i, j, "be", ctx, passive=passive, state=nxt, negs=negs)
        cat = lex.catenative.match(toks, i)
        if cat:
            k = i + cat[0]
            if k < n and toks[k] == "to":
                i = k + 1
                continue
            if k + 1 < n and toks[k] in ("not", "never") and toks[k + 1] == "to":
                negs.append(toks[k])  # "try not to use": the negator governs the target
                i = k + 2
                continue
            if k < n and toks[k] == "how" and k + 1 < n and toks[k + 1] == "to":
                i = k + 2
                continue
            if (
                k < n
                and toks[k].endswith("ing")
                and cat[1]
                in (
                    "continue",
                    "keep",
                    "start",
                    "begin",
                    "try",
                    "commit",
                    "work",
                )
            ):
                i = k
                continue
            if cat[1] in ("work", "aim", "strive", "try", "commit", "seek"):
                for k2 in range(k, min(n, k + 7)):
                    if toks[k2] in ("to", "towards", "toward"):
                        if k2 + 1 < n and lex.any_verb.has(toks[k2 + 1]):
                            i = k2 + 1
                            break
                        break
                else:
                    break
                if toks[i - 1] in ("to", "towards", "toward"):
                    continue
        break
    lemma = _verb_lemma(toks[i], ctx) if i < n else ""
    return _finish(toks, i, i, lemma, ctx, passive=passive, state=state, negs=negs)


def _finish(
    toks: Sequence[str],
    main: int,
    head: int,
    lemma: str,
    ctx: _Context,
    *,
    passive: str | None,
    state: str | None,
    negs: list[str],
) -> _Predicate:
    """Close the goal's own clause: stop at a subordinate or purpose clause."""
    lex = ctx.lex
    n = len(toks)
    helping = (
        lex.worker_verbs.match(toks, main) is not None
        or passive == _WORKER
        or lex.receiving.match(toks, main) is not None
    )
    end = n
    i = head + 1
    seen_to = False
    while i < n:
        w = toks[i]
        rep = lex.replacement.match(toks, i)
        if rep:
            end = i
            break
        if w == "to":
            prev = toks[i - 1]
            if (helping and not seen_to) or (
                lex.catenative.match(toks, i - 1) is not None and prev not in ("have", "get")
            ):
                seen_to = True
                i += 1
                continue
            if prev in ("how",) or (i + 1 < n and toks[i + 1] in ("be",)):
                i += 1
                continue
            nxt = toks[i + 1] if i + 1 < n else ""
            if lex.any_verb.has(nxt) and not lex.concrete.has(nxt):
                end = i
                break
            i += 1
            continue
        sub = lex.subordinators.match(toks, i)
        if sub and not (w == "that" and i > 0 and toks[i - 1] in ("ensure", "sure")):
            if (
                w in ("before", "after", "until", "once", "when")
                and i + 1 < n
                and (
                    toks[i + 1][:1].isdigit()
                    or lex.deadline_preps.has(toks[i + 1])
                    or toks[i + 1] in lex.terms.months
                    or toks[i + 1] in ("the", "their", "her", "his", "first", "next", "end")
                )
            ):
                i += 1
                continue
            end = i
            break
        i += 1
    return _Predicate(
        start=main, main=head, end=end, lemma=lemma, passive=passive, state=state, negs=negs
    )


def _object_heads(toks: Sequence[str], i: int, end: int, limit: int = 5) -> list[int]:
    """Indices of the first few tokens of the object after a verb, up to a preposition."""
    out: list[int] = []
    j = i
    while j < end and len(out) < limit:
        w = toks[j]
        if w in _PREPOSITIONS and out and w != "of":
            break
        if w in ("and", "or", ","):
            break
        out.append(j)
        j += 1
    return out


def _is_receiving(toks: Sequence[str], pred: _Predicate, ctx: _Context) -> bool:
    lex = ctx.lex
    m = lex.receiving.match(toks, pred.main)
    if not m:
        return False
    if m[1] == "benefit from":
        return True
    heads = _object_heads(toks, pred.main + m[0], pred.end)
    if m[1] == "receive" and any(lex.worker.match(toks, j) for j in heads):
        return True  # "receive an interpreter", "receive a mentor": a worker is provided
    for j in heads:
        if lex.service.match(toks, j) and toks[j] not in ("visit",):
            prev = toks[j - 1]
            return prev not in ("own",)
        if lex.concrete.match(toks, j) or lex.abstract.match(toks, j):
            return False
    # "receive CBT", "receive a home visit": an unknown thing received is a service
    return m[1] == "receive" and bool(heads)


def _client_object(toks: Sequence[str], caps: Sequence[bool], i: int, ctx: _Context) -> bool:
    """Is the client the object right after an imperative verb ("Support Carla to...")?"""
    j = i
    for _ in range(3):
        if j >= len(toks):
            return False
        w = toks[j]
        if w in ("the", "for", "with", "a"):
            j += 1
            continue
        if w in ctx.names or w in _OBJECT_PRONOUNS:
            return True
        if w == "her":
            nxt = toks[j + 1] if j + 1 < len(toks) else ""
            return nxt in ("", "to", "in", "into", "with", "for", "on", "and") or (
                ctx.lex.any_verb.has(nxt) and not ctx.lex.concrete.has(nxt)
            )
        m = ctx.lex.client.match(toks, j)
        if m and w not in _SUBJECT_PRONOUNS:
            return True
        if w in ("family", "parents", "parent", "caregiver", "carer", "youth"):
            return True
        return bool(caps[j] and _looks_like_name(w, cap=True, ctx=ctx) and not ctx.names_given)
    return False


def _for_client(toks: Sequence[str], start: int, end: int, ctx: _Context) -> bool:
    """Is the client the beneficiary of an imperative ("Arrange a review for Priya")?"""
    for j in range(start, min(end, len(toks) - 1)):
        if toks[j] == "to":
            return False
        if toks[j] == "for":
            w = toks[j + 1]
            nxt = toks[j + 2] if j + 2 < len(toks) else ""
            return w in ctx.names or w == "him" or (w == "her" and not nxt.isalpha())
    return False


def _acts_on_client(toks: Sequence[str], pred: _Predicate, ctx: _Context) -> bool:
    """Does the verb take the client as its object ("... will visit him")?"""
    j = pred.main + 1
    if j < pred.end and toks[j] in ("with", "to", "up", "on"):
        j += 1
    if j >= pred.end:
        return False
    w = toks[j]
    nxt = toks[j + 1] if j + 1 < len(toks) else ""
    return (
        w in ctx.names
        or w in ("him", "them")
        or (w == "her" and (not nxt or nxt in _PREPOSITIONS or ctx.lex.frequency.has(nxt)))
    )


# Negation ------------------------------------------------------------------

_NEG_EXCEPTIONS = (
    ("no", "later"),
    ("not", "later"),
    ("no", "less"),
    ("not", "less"),
    ("no", "fewer"),
    ("not", "fewer"),
    ("no", "matter"),
    ("not", "only"),
    ("or", "not"),
    ("if", "not"),
    ("no", "one"),
)
_NAME_PRECEDERS = _DETERMINERS | _PREPOSITIONS | frozenset(["'s", "and", "or"])


def _negative_in(
    toks: Sequence[str], start: int, end: int, ctx: _Context
) -> tuple[str, str] | None:
    """The first negative term governing the goal's own clause, with its kind."""
    lex = ctx.lex
    i = start
    triggers = lex.neg_triggers
    while i < end:
        w = toks[i]
        if w not in triggers and not w.endswith("-free"):
            i += 1
            continue
        nm = lex.name_phrases.match(toks, i)
        if nm:
            i += nm[0]
            continue
        if i + 1 < len(toks) and (w, toks[i + 1]) in _NEG_EXCEPTIONS:
            i += 2
            continue
        if i > 0 and (toks[i - 1], w) in (("or", "not"), ("if", "not")):
            i += 1
            continue
        if w == "without":
            sup = lex.support.match(toks, i + 1)
            if (
                sup is None
                and i + 2 < len(toks)
                and toks[i + 1] in ("any", "a", "an", "her", "his")
            ):
                sup = lex.support.match(toks, i + 2)
            if sup is None and i + 1 < len(toks) and toks[i + 1] in ("needing", "being"):
                sup = (1, toks[i + 1])
            if sup is None:
                j = i + 1
                while j < len(toks) and (toks[j] in _DETERMINERS or toks[j] == "'s"):
                    j += 1
                if j < len(toks) and (
                    toks[j] in ctx.names
                    or ctx.lex.family.match(toks, j)
                    or ctx.lex.worker.match(toks, j)
                    or ctx.lex.other.match(toks, j)
                ):
                    sup = (j - i, toks[j])  # "without his mum": doing it alone
            if sup:
                i += 1 + sup[0]
                continue
            return "without", "absence"
        if w.endswith("-free") and w not in lex.terms.free_suffix_exceptions:
            return w, "absence"
        if w == "free" and i + 1 < len(toks) and toks[i + 1] in ("of", "from"):
            return "free of", "absence"
        if w == "zero" and lex.countable.match(toks, i + 1):
            return w, "absence"
        if w in ("not", "never", "no", "none", "nothing", "nor", "neither", "nobody"):
            if w == "no" and i + 1 < len(toks) and toks[i + 1] in ("longer", "more"):
                return f"no {toks[i + 1]}", "negation"
            return w, "negation"
        if w in ("unless",):
            break
        ceil = lex.ceiling.match(toks, i)
        if ceil:
            after = toks[i + ceil[0]] if i + ceil[0] < len(toks) else ""
            if (
                ceil[1] not in ("under", "below")
                or after[:1].isdigit()
                or after[:1] == "$"
                or (lex.terms.number_words.__contains__(after))
                or after in ("the", "a", "clinical")
            ):
                return ceil[1], "ceiling"
        skip = 1
        for lexicon, kind in ((lex.cessation, "cessation"), (lex.reduction, "reduction")):
            m = lexicon.match(toks, i)
            if not m:
                continue
            phrase = m[1]
            k = i + m[0]
            prev = toks[i - 1] if i else ""
            skip = m[0]
            # A name: "relapse prevention plan", "a stop smoking course".
            if (prev in _NAME_PRECEDERS or (prev and not lex.any_verb.has(prev))) and any(
                x in lex.terms.name_heads for x in toks[k : k + 2]
            ):
                break
            if phrase in ("end", "lower", "limit", "decline") and not _verb_position(toks, i, ctx):
                break
            if phrase in ("less", "fewer") and prev in ("no", "not"):
                break
            if phrase == "end" and k < len(toks) and toks[k] == "of":
                break
            return phrase, kind
        i += skip
    return None


def _verb_position(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1]
    return (
        prev in _MODALS
        or prev in ("to", "and", "or", "not", "never")
        or prev in ctx.lex.terms.adverbs
        or prev in _SUBJECT_PRONOUNS
    )


# Measurability -------------------------------------------------------------


_CHANGE_VERBS = _set(
    """increase increases increased rise rises improve improves improved grow grows go goes
    fall falls drop drops decrease decreases reduce reduces lose loses gain gains lift lifts
    raise raises advance advances move moves"""
)
_PETS = _set("""dog dogs cat cats pets pet""")
_DOWN_VERBS = _set(
    """fall falls drop drops decline declines decrease decreases reduce reduces lower lowers
    lessen lessens shrink shrinks"""
)
_INNER_VERBS = _set(
    """understand know feel accept recognise recognize realise realize appreciate believe
    think consider explore discuss talk reflect"""
)
_ACTIVITY_IN = _set("""engage participate involve invest believe trust""")
_TOPIC_PREPS = _set("""about of with""")
_OPEN_THRESHOLDS = _set("""higher above better more lower below less fewer""")
_AUXILIARIES = _set("""do does did is are was were has have had""")
_COMPARATIVES = _set("""more less better greater""")
_GOAL_NOUNS = _set("""goal aim objective hope wish plan intention""")


def _number_is_criterion(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """A number that sets a criterion, not a date, a deadline or an age."""
    lex = ctx.lex
    w = toks[i]
    prev = toks[i - 1] if i else ""
    prev2 = toks[i - 2] if i > 1 else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if w.endswith(("-year-old", "-years-old")) or nxt in ("year-old", "years-old"):
        return False
    if re.fullmatch(r"(19|20)\d\d", w) or _DATE.fullmatch(w):
        return False
    if prev == "," and nxt == ",":
        return False
    if w.endswith(("am", "pm")):
        return True  # a clock threshold: "in bed by 10pm"
    if w[-2:] in ("st", "nd", "rd", "th") and w[:1].isdigit():
        return nxt in ("time", "times") or prev in ("every", "each")
    if nxt in lex.terms.months or prev in lex.terms.months:
        return False
    if prev in ("aged", "age", "ages"):
        return False
    if (prev in _POSSESSIVES or prev == "'s") and (
        lex.family.match(toks, i + 1) or lex.other.match(toks, i + 1) or nxt in _PETS
    ):
        return False  # "her two sons": a family size, not a criterion
    if prev == "by" and prev2 in _CHANGE_VERBS:
        return True  # "increase by 12 months", "fall by 5 points": an amount of change
    if prev in ("the", "next") and prev2 in lex.terms.deadline_prepositions:
        return False
    unit = nxt in lex.terms.time_units
    if unit:
        before = prev2 if prev in ("the", "next", "first", "a") else prev
        if prev in ("next", "first") and prev2 == "the":
            before = toks[i - 3] if i > 2 else ""
        if before in lex.terms.deadline_prepositions or before in ("than", "later"):
            return False
    return not (prev in ("goal", "step", "phase", "stage", "section", "year", "grade") and not unit)


def _measurable(
    toks: Sequence[str], region: tuple[int, int], verbs: Sequence[int], ctx: _Context
) -> bool:
    """Does the statement carry a criterion: a count, frequency, amount, threshold, event?"""
    lex = ctx.lex
    n = len(toks)
    number_words = lex.terms.number_words
    triggers = lex.measure_triggers
    for i, w in enumerate(toks):
        if w not in triggers and not (w[:1].isdigit() or w[:1] == "$"):
            continue
        if w[:1].isdigit() or w[:1] == "$":
            if w.endswith("%") or w[:1] == "$" or _number_is_criterion(toks, i, ctx):
                return True
            continue
        if w in number_words:
            nxt = toks[i + 1] if i + 1 < n else ""
            if w == "one" and nxt in ("of", "day", "another", "on", "step", "to"):
                continue
            if w == "both" and nxt not in ("days", "sessions", "appointments", "meetings"):
                continue
            if w == "single":
                continue
            if _number_is_criterion(toks, i, ctx):
                return True
            continue
        if w in ("percent", "per", "dollars", "times", "hours", "kg", "km", "minutes") and (
            w != "per" or (i + 1 < n and toks[i + 1] in lex.terms.time_units)
        ):
            return True
        f = lex.frequency.match(toks, i)
        if f and i > 0 and f[0] == 1:
            j = i - 1
            while j > 0 and (toks[j] in _POSSESSIVES or toks[j] in ("the", "their")):
                j -= 1
            if j < i - 1 and toks[j] in _TOPIC_PREPS:
                f = None  # "choices about her daily activities": a topic, not how often
        if f:
            if f[1] in ("a day", "a week", "a month", "a night", "a fortnight", "a year"):
                prev = toks[i - 1] if i else ""
                if prev == "for":
                    return True
                if prev in ("within", "in") or not prev:
                    continue
            return True
        if w in ("every", "each", "all", "any") and i + 1 < n:
            nxt = toks[i + 1]
            if nxt in lex.terms.time_units or nxt in ("quarter", "other", "pay", "payday"):
                return True
            for j in range(i + 1, min(n, i + 5)):
                if lex.countable.match(toks, j):
                    return True
                if toks[j] in _PREPOSITIONS or toks[j] in _COORD:
                    break
            j = i + 1
            while (
                j < n
                and j < i + 4
                and toks[j]
                in (
                    "of",
                    "the",
                    "her",
                    "his",
                    "their",
                    "my",
                    "scheduled",
                    "booked",
                    "planned",
                    "agreed",
                    "weekly",
                    "required",
                    "court-ordered",
                    "rent",
                    "school",
                    "medical",
                    "arranged",
                    "prescribed",
                    "counselling",
                    "counseling",
                    "therapy",
                    "household",
                    "monthly",
                    "mandated",
                    "ordered",
                    "future",
                    "upcoming",
                    "remaining",
                )
            ):
                j += 1
            if lex.countable.match(toks, j):
                return True
        if w in ("never", "not") and i + 1 < n and toks[i + 1] in ("miss", "missing"):
            return True
        if w in ("no", "zero", "without") and i + 1 < n:
            j = i + 1
            if toks[j] in ("more", "further", "new", "any"):
                j += 1
            if j < n and lex.countable.match(toks, j):
                return True
        if w == "or" and 0 < i and i + 1 < n and toks[i + 1] in _OPEN_THRESHOLDS:
            return True  # "a C or higher", "7 or below": a threshold on a value
        if w in lex.scales:
            for j in range(max(0, i - 4), min(n, i + 6)):
                if lex.thresholds.match(toks, j):
                    return True
        if (
            w in ("for", "within")
            and toks[i + 1 : i + 3]
            in (
                ["a", "month"],
                ["a", "year"],
                ["a", "week"],
                ["a", "fortnight"],
            )
            and w == "for"
        ):
            return True
    start, end = region
    vague = any(lex.vague_markers.match(toks, i) for i in range(start, n))
    if vague:
        return False
    return any(_accomplishment(toks, v, end, ctx) for v in verbs)


_ATTENDANCE = _set("""attend participate join undergo take part go start begin commence""")
_CREATION = _set("""develop build establish form create make prepare write draft design set up""")


def _accomplishment(
    toks: Sequence[str], v: int, end: int, ctx: _Context, subject: Sequence[int] = ()
) -> bool:
    """Is the verb at ``v`` a single verifiable accomplishment (enrol, obtain, move into)?

    ``subject`` holds the subject's token indices for a passive verb, whose
    grammatical subject is the thing acted on ("Housing will be secured").
    """
    lex = ctx.lex
    m = lex.accomplishment.match(toks, v)
    if not m:
        return False
    length, lemma = m
    after = v + length
    if lemma == "make" and after < len(toks) and toks[after] in ("sure", "certain"):
        return False  # "make sure ...": an assurance, not a made thing
    if lemma == "find" and after < len(toks) and toks[after] == "out":
        return True
    if (
        lemma in ("move", "relocate", "transition", "return", "get back")
        and after < len(toks)
        and toks[after] in ("into", "in", "to", "out", "back", "home")
    ):
        return True
    obj = [*subject, *_object_heads(toks, after, end, limit=6)]
    if not obj and lemma in ("graduate", "pass", "register", "enrol", "enroll", "qualify"):
        return True
    concrete_hit: str | None = None
    plural_ongoing = False
    abstract_seen = False
    for j in obj:
        w = toks[j]
        a = lex.abstract.match(toks, j)
        c = lex.concrete.match(toks, j)
        if a and not (c and c[0] >= a[0]):
            abstract_seen = True
            continue
        if c:
            concrete_hit = c[1]
            if w in lex.ongoing and (j + 1 >= len(toks) or not lex.concrete.has(toks[j + 1])):
                plural_ongoing = True
            k = j + c[0]
            while k < end and k < j + 4 and toks[k] not in _PREPOSITIONS:
                if toks[k] in lex.ongoing:
                    plural_ongoing = True
                    concrete_hit = toks[k]
                    break
                k += 1
            break
        if w in lex.ongoing:
            plural_ongoing = True
            break
    if abstract_seen and concrete_hit is None:
        return False
    if lemma not in _ATTENDANCE:
        plural_ongoing = False
    if lemma in _ATTENDANCE:
        if concrete_hit is None or plural_ongoing:
            return False
        return concrete_hit not in lex.ongoing
    if concrete_hit in ("relationship", "relationships"):
        if lemma not in _CREATION:
            return False
        return "with" in toks[after:end]
    if concrete_hit is None and lemma in (
        "link",
        "connect",
        "refer",
        "drive",
        "take",
        "bring",
        "provide",
        "give",
        "offer",
        "accompany",
    ):
        for j in range(after, min(end, after + 8)):
            c = lex.concrete.match(toks, j)
            if c:
                concrete_hit = c[1]
                break
    if lemma in ("provide", "give", "offer", "deliver") and (
        concrete_hit is None or lex.service.has(concrete_hit.split()[0])
    ):
        return False
    if lemma in lex.concrete_only:
        return concrete_hit is not None and not plural_ongoing
    return True


# --- Sentence analysis -----------------------------------------------------------


def _cut_opener(toks: list[str], caps: list[bool], ctx: _Context) -> tuple[list[str], list[bool]]:
    """Drop a leading adverbial clause up to its comma ("By June," / "With help from...,")."""
    for _ in range(3):
        if not toks or toks[0] not in _CLIENT_OPENERS_ALL or "," not in toks:
            break
        k = toks.index(",")
        if _find_modal(toks[:k]) >= 0 and toks[0] not in (
            "if",
            "when",
            "whenever",
            "once",
            "while",
            "until",
            "because",
            "since",
            "although",
            "though",
            "unless",
            "after",
            "before",
            "as",
        ):
            break
        toks, caps = toks[k + 1 :], caps[k + 1 :]
    return toks, caps


def _cut_goal_frame(toks: list[str], caps: list[bool]) -> tuple[list[str], list[bool]]:
    """Drop a framing "My goal is to" / "The aim is for": the goal is what follows."""
    k = 1 if toks and toks[0] in _POSSESSIVES | {"the", "our"} else 0
    if len(toks) > k + 2 and toks[k] in _GOAL_NOUNS and toks[k + 1] in ("is", "will"):
        j = k + 2
        if toks[j] == "be" and toks[k + 1] == "will":
            j += 1
        if j < len(toks) and toks[j] in ("to", "for", "that"):
            return toks[j + 1 :] if toks[j] != "to" else toks[j:], (
                caps[j + 1 :] if toks[j] != "to" else caps[j:]
            )
    return toks, caps


_CLIENT_OPENERS_ALL = _CLAUSE_OPENERS | frozenset(["in", "instead", "rather", "with", "together"])


def _analyse_sentence(sent: _Sentence, ctx: _Context, verdict: _Verdict) -> None:
    lex = ctx.lex
    toks, caps = sent
    full = list(toks)
    toks, caps = _cut_opener(toks, caps, ctx)
    toks, caps = _cut_goal_frame(toks, caps)
    if not toks:
        return
    subject = _NONE
    pred: _Predicate | None = None
    imperative_worker = False
    subj_start = subj_end = 0
    m = _find_modal(toks)
    if m > 1 and lex.any_verb.lemma(toks[0]) == toks[0] and not _mention(toks, caps, 0, ctx)[0]:
        m = -1  # an imperative with a modal in a later clause: "Build a network she can call"
    if m >= 0:
        s = _np_start(toks, m, ctx)
        subj_start, subj_end = s, m
        subject = _classify_np(toks, caps, s, m, ctx) if m > s else _CLIENT
        if subject == _NONE and m == 0:
            subject = _CLIENT
        pred = _predicate(toks, m + 1, ctx)
    else:
        # an actor at the start: "Carla to attend...", "I attend...", "Children attend..."
        k = 0
        while k < len(toks) and (toks[k] in _DETERMINERS or toks[k] in ("'s", "and", "&")):
            k += 1
        j = k
        found = False
        while j < len(toks):
            n, _role = _mention(toks, caps, j, ctx)
            if not n and _looks_like_name(toks[j], caps[j], ctx, sentence_start=j == 0) and j == k:
                n = 1
            if not n:
                break
            found = True
            j += n
            while j < len(toks) and (toks[j] in _DETERMINERS or toks[j] in ("'s", "and", "&")):
                j += 1
        first_is_verb = bool(
            lex.any_verb.lemma(toks[0]) == toks[0]
            or (lex.any_verb.match(toks, 0) and lex.any_verb.lemma(toks[0]) is None)
        )
        if (
            found
            and j < len(toks)
            and not (first_is_verb and k == 0 and lex.worker_verbs.match(toks, 0) and j == 1)
        ):
            subject = _classify_np(toks, caps, 0, j, ctx)
            p = j + 1 if toks[j] in ("to", "is", "are", "am") and j + 1 < len(toks) else j
            if toks[j] in ("is", "are", "am", "has", "have", "does", "do"):
                p = j
            pred = _predicate(toks, p, ctx)
        elif toks[0] == "to" and len(toks) > 1:
            subject = _CLIENT
            pred = _predicate(toks, 1, ctx)
            imperative_worker = bool(lex.worker_verbs.match(toks, 1)) or _client_object(
                toks, caps, 1 + (lex.worker_verbs.match(toks, 1) or (1, ""))[0], ctx
            )
        elif first_is_verb or lex.any_verb.match(toks, 0):
            subject = _CLIENT
            pred = _predicate(toks, 0, ctx)
            wv = lex.worker_verbs.match(toks, 0)
            self_advocacy = (
                wv is not None and wv[1] == "advocate" and any(w in _SELF_WORDS for w in toks[1:4])
            )
            verb_len = (lex.any_verb.match(toks, 0) or (1, ""))[0]
            if (
                (wv and not self_advocacy)
                or _client_object(toks, caps, verb_len, ctx)
                or _for_client(toks, verb_len, pred.end, ctx)
            ):
                imperative_worker = True
        else:
            subject = _NONE
    if pred is None:
        # a noun phrase goal: "Stable housing", "Referral to a GP", "No more missed payments"
        first = toks[0]
        if (
            lex.worker_verbs.has(first.removesuffix("s"))
            or (
                first
                in (
                    "referral",
                    "referrals",
                    "provision",
                    "assistance",
                    "advocacy",
                    "linkage",
                    "coordination",
                    "liaison",
                    "case",
                    "support",
                    "help",
                    "transport",
                    "counselling",
                    "counseling",
                    "therapy",
                    "treatment",
                    "home",
                    "weekly",
                    "monthly",
                    "ongoing",
                )
                and lex.service.match(
                    toks, 0 if first not in ("weekly", "monthly", "ongoing") else 1
                )
            )
        ) or first in ("referral", "referrals", "provision", "advocacy", "linkage", "liaison"):
            verdict.actor_reason = verdict.actor_reason or "service"
        else:
            verdict.client_clause = True
        neg = _negative_in(toks, 0, len(toks), ctx)
        if neg and not verdict.negative_word:
            verdict.negative_word, verdict.negative_kind = neg
        if _measurable(full, (0, len(full)), [], ctx) or (
            len(toks) > 1 and _nominal_accomplishment(toks, ctx)
        ):  # a one-word goal ("Housing") is a topic heading, not an outcome
            verdict.measurable = True
        return

    # --- whose behaviour ---
    if (
        subject == _CLIENT
        and "'s" in toks[subj_start:subj_end]
        and toks[subj_start] in ctx.names
        and _acts_on_client(toks, pred, ctx)
    ):
        subject = _OTHER  # "Walter's daughter will visit him": a relative acting on the client
    reason: str | None = None
    if imperative_worker:
        reason = "imperative"
    elif subject in (_WORKER, _OTHER):
        reason = subject
    elif subject == _JOINT:
        reason = "joint"
    elif pred.passive == _WORKER:
        reason = "passive"
    elif pred.passive == "unknown" and subject == _NONE:
        reason = "agentless"
    elif subject == _CLIENT and _is_receiving(toks, pred, ctx):
        reason = "receiving"
    if pred.passive and reason in (None, "passive", "agentless"):
        # an agent named with "by": the client acting keeps it client behaviour
        for k in range(pred.main, pred.end):
            if toks[k] == "by" and k + 1 < pred.end:
                agent = _classify_np(toks, caps, k + 1, min(pred.end, k + 5), ctx)
                if agent in (_WORKER, _OTHER):
                    reason = "passive"
                elif agent == _CLIENT and toks[k + 1] in _SELF_WORDS:
                    reason = None
                break
    if reason and not verdict.actor_reason:
        verdict.actor_reason = reason
    if reason is None:
        verdict.client_clause = True
        if pred.main < len(toks):
            verdict.helped_predicate = verdict.helped_predicate or " ".join(
                toks[pred.main : pred.end]
            )
    elif reason in ("imperative", "passive", "receiving") and verdict.helped_predicate is None:
        # for the hint: the client's part after "to" ("Help Carla to find housing")
        for k in range(pred.main, pred.end):
            if toks[k] == "to" and k + 1 < pred.end and lex.any_verb.has(toks[k + 1]):
                verdict.helped_predicate = " ".join(toks[k + 1 : pred.end])
                break

    # --- positive terms ---
    if not verdict.negative_word:
        if pred.negs:
            verdict.negative_word, verdict.negative_kind = pred.negs[0], "negation"
        else:
            neg = _negative_in(toks, pred.start, pred.end, ctx)
            if neg:
                verdict.negative_word, verdict.negative_kind = neg

    if (
        not verdict.negative_word
        and pred.main < len(toks)
        and toks[pred.main] in _DOWN_VERBS
        and any(t in lex.scales for t in toks[subj_start:subj_end])
    ):
        # "her PHQ-9 score will fall by 5": a reduction on a symptom scale
        verdict.negative_word, verdict.negative_kind = toks[pred.main], "reduction"

    # --- measurable ---
    verbs = [pred.main]
    end = pred.end
    inner = pred.lemma in _INNER_VERBS
    if any(
        toks[k] in _COMPARATIVES and toks[k + 1] in _BE_TO_ADJECTIVES
        for k in range(subj_end, min(pred.main, len(toks) - 1))
    ):
        # "be more motivated to look for work": the target is a direction, not the act
        inner = True
        verbs = []
    if pred.lemma == "use" and end < len(toks) - 1 and toks[end] == "to":
        end = len(toks)  # "use the support of her worker to find housing": the aim counts
    for k in range(pred.main + 1, end - 1):
        prev = toks[k]
        if (prev in _COORD or (prev == "to" and not inner)) and lex.any_verb.has(toks[k + 1]):
            verbs.append(k + 1)  # an inner state's "to" is its content ("understand how to")
        elif (
            (prev in ctx.names or prev in _OBJECT_PRONOUNS)
            and toks[k + 1] not in _AUXILIARIES
            and lex.accomplishment.has(toks[k + 1])
        ):
            verbs.append(k + 1)  # "help Amina get a Medicare card"
    if pred.lemma == "be" and pred.state and lex.attainment_states.match(toks, pred.main):
        verdict.measurable = True
    if pred.lemma == "be" and pred.main < len(toks) and toks[pred.main] == "in":
        verbs.append(pred.main - 1)
    if pred.negs:
        verbs = []  # a negated event is not a completed one ("will not return to...")
    if _measurable_sentence(full, toks, (pred.start, end), verbs, ctx) or (
        pred.passive
        and not pred.negs
        and not any(lex.vague_markers.match(toks, i) for i in range(len(toks)))
        and _accomplishment(toks, pred.main, pred.end, ctx, subject=range(subj_start, subj_end))
    ):
        verdict.measurable = True
    if not verdict.measurable and verdict.vague_word is None:
        for k in verbs:
            vv = lex.vague_verbs.match(toks, k)
            if vv and vv[1] not in ("be",):
                verdict.vague_word = vv[1]
                break


def _measurable_sentence(
    full: Sequence[str],
    toks: Sequence[str],
    region: tuple[int, int],
    verbs: Sequence[int],
    ctx: _Context,
) -> bool:
    if _measurable(full, (len(full), len(full)), [], ctx):
        return True
    if any(ctx.lex.vague_markers.match(toks, i) for i in range(len(toks))):
        return False
    if (
        verbs
        and verbs[-1] >= 0
        and toks[verbs[-1] + 1 : verbs[-1] + 2] == ["in"]
        and _verb_lemma(toks[verbs[-1]], ctx) not in _ACTIVITY_IN
    ):
        # "be in stable housing", "be in full-time work"
        for j in range(verbs[-1] + 2, min(len(toks), verbs[-1] + 6)):
            c = ctx.lex.concrete.match(toks, j)
            if c and c[1] not in ctx.lex.ongoing:
                return True
    return any(_accomplishment(toks, v, region[1], ctx) for v in verbs if v >= 0)


def _nominal_accomplishment(toks: Sequence[str], ctx: _Context) -> bool:
    """Noun-phrase goals naming an attained thing: "Stable housing", "Full-time job"."""
    return any(
        ctx.lex.concrete.match(toks, i)
        and toks[i] not in ctx.lex.ongoing
        and not ctx.lex.service.match(toks, i)
        for i in range(min(len(toks), 4))
    ) and not any(ctx.lex.vague_verbs.match(toks, i) for i in range(min(len(toks), 2)))


# --- Findings -----------------------------------------------------------------

_ACTOR_MESSAGES = {
    "imperative": "The goal is worded as an instruction to a worker (what staff will do), "
    "not as something the client will do.",
    _WORKER: "The goal says what a worker, service or agency will do; a goal should say "
    "what the client will do.",
    _OTHER: "The goal says what someone other than the client will do; a goal should say "
    "what the client will do.",
    "joint": "The client shares the action with a worker, so the goal does not say what the "
    "client alone will do.",
    "passive": "The goal is in the passive voice with a worker as the doer (the client is "
    "helped, referred or supported), so it describes practitioner behaviour.",
    "agentless": "The goal says something will be done but names no one doing it; it does "
    "not say what the client will do.",
    "receiving": "The client only receives a service here; a goal should name something "
    "the client will do.",
    "service": "The goal names a service or worker task rather than something the client will do.",
}

_NEG_HINTS = {
    "argue": "get on well with",
    "fight": "resolve disagreements calmly with",
    "drink": "stay sober",
    "use": "stay clean and sober",
    "smoke": "choose smoke-free activities",
    "miss": "attend every",
    "yell": "speak calmly",
    "shout": "speak calmly",
    "hit": "use calm discipline such as time-out",
    "skip": "attend",
    "steal": "pay for what she takes",
    "isolate": "spend time with people",
    "self-harm": "use a safe coping strategy",
    "gamble": "spend leisure money on planned activities",
}


def _negative_hint(text_low: str) -> str:
    for word, better in _NEG_HINTS.items():
        if re.search(rf"\b{re.escape(word)}", text_low):
            return (
                "Say what the client will do instead, for example "
                f"'will {better} ...', with how often or by when."
            )
    return (
        "Say what the client will do instead (the behaviour that replaces the problem), "
        "e.g. 'Jon will develop good relationships with his neighbour' rather than "
        "'Jon will not argue with his neighbour' (QCOSS 2014)."
    )


def _fold(text: str) -> str:
    """Letters without their accents ("Zoë" -> "Zoe"), so a name matches however typed."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _display_forms(text: str) -> dict[str, str]:
    """Each lower-cased token's first spelling in ``text``, to quote words as written."""
    forms: dict[str, str] = {}
    for pattern, repl in _REPLACEMENTS:
        text = pattern.sub(repl, text)
    for raw in _TOKEN.findall(text):
        forms.setdefault(raw.lower(), raw)
    return forms


_ATTACHED = frozenset(["'s", ",", ")", ":", "%"])


def _quote(predicate: str | None, text: str, ctx: _Context) -> str | None:
    """The client's part of a goal, as written, with the client's name as "the client".

    Hints quote the statement back, so they must not carry the client's name
    into output (issue 14); other words keep their spelling from ``text``.
    """
    if predicate is None:
        return None
    forms = _display_forms(text)
    out: list[str] = []
    for tok in predicate.split(" "):
        raw = forms.get(tok, tok)
        is_name = tok in ctx.names or tok in ctx.family
        if not is_name and not ctx.names_given and tok not in ctx.lex.terms.weekdays:
            is_name = _looks_like_name(tok, raw[:1].isupper(), ctx)
        if is_name:
            if not out or out[-1] != "the client":
                out.append("the client")
            continue
        if out and tok in _ATTACHED:
            out[-1] += raw
        else:
            out.append(raw)
    return " ".join(out)


_NO_NAMES: frozenset[str] = frozenset()
_NAME_PART = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "mx"))


def _name_parts(names: tuple[str, ...], *, drop_titles: bool) -> frozenset[str]:
    """The lower-cased words of the given names ("Carla Rossi" -> carla, rossi)."""
    parts: set[str] = set()
    for name in names:
        for part in _NAME_PART.findall(name):
            low = part.lower()
            if len(low) > 1 and not (drop_titles and low in _TITLES):
                parts.add(low)
    return frozenset(parts)


def _check(
    text: str,
    names: frozenset[str],
    names_given: bool,
    family: frozenset[str],
    terms: WordingTerms,
) -> tuple[Finding, ...]:
    """The judgement: ``names``/``family`` hold only the parts that occur in
    ``text`` (others cannot change the reading), so the same goal wording is
    analysed once for a whole caseload (``_wording_cache``)."""
    lex = _compile(terms)
    ctx = _Context(lex, names, family, names_given)
    verdict = _Verdict()
    sentences = _tokenise(text)
    if not sentences:
        return (
            Finding(
                NOT_MEASURABLE,
                Severity.WARNING,
                "The goal is empty, so nothing says when it is achieved.",
                hint="Write what the client will do, how often or by how much.",
            ),
        )
    for sent in sentences:
        _analyse_sentence(sent, ctx, verdict)
    findings: list[Finding] = []
    if verdict.actor_reason:
        helped = _quote(verdict.helped_predicate, text, ctx)
        hint = (
            f"State it as the client's own action, e.g. 'The client will {helped}'."
            if helped and verdict.actor_reason in ("imperative", "passive", "receiving")
            else "Rewrite with the client as the one who acts, e.g. 'The client will find "
            "a rental and sign the lease by June'; put worker tasks in the actions."
        )
        findings.append(
            Finding(
                NOT_CLIENT_BEHAVIOUR,
                Severity.WARNING,
                _ACTOR_MESSAGES[verdict.actor_reason]
                + " (Garvin 2009: goals are stated as client behaviour.)",
                hint=hint,
            )
        )
    if verdict.negative_word:
        kinds = {
            "negation": "what the client will not do",
            "cessation": "what the client will stop, avoid or refrain from",
            "reduction": "reducing or limiting a problem",
            "ceiling": "a ceiling on a problem",
            "absence": "the absence of a problem",
        }
        findings.append(
            Finding(
                NEGATIVE_TERMS,
                Severity.WARNING,
                f"The goal is framed as {kinds.get(verdict.negative_kind or '', 'a negative')} "
                f"('{verdict.negative_word}'); goals are stated in positive terms "
                "(Garvin 2009).",
                hint=_negative_hint(text.lower()),
            )
        )
    if not verdict.measurable:
        vague = (
            f" ('{verdict.vague_word}' gives a direction, not an end point)"
            if (verdict.vague_word)
            else ""
        )
        findings.append(
            Finding(
                NOT_MEASURABLE,
                Severity.WARNING,
                "Nothing observable says when the goal is achieved: no count, frequency, "
                f"amount, threshold or completed event{vague}.",
                hint="Add how often, how many or how much, or a concrete step the client "
                "completes, e.g. 'paying $100/month for six months' (QCOSS 2014).",
            )
        )
    return tuple(findings)


def check_goal_statement(
    text: str,
    *,
    client_names: Sequence[str] = (),
    family_members: Sequence[str] = (),
    terms: WordingTerms = DEFAULT_TERMS,
) -> list[Finding]:
    """Judge one goal statement's wording: client behaviour, positive terms, measurable.

    ``client_names`` are names that refer to the client; ``family_members``
    are names of people the agency also serves (the client's children), whose
    actions count as the client's. Returns WARNING findings with codes
    ``goal.not-client-behaviour``, ``goal.negative-terms``, ``goal.not-measurable``.

    >>> [f.code for f in check_goal_statement("Jon will not argue with his neighbour")]
    ['goal.negative-terms', 'goal.not-measurable']
    >>> check_goal_statement("Carla will attend family group therapy with the children")
    []
    """
    text = _fold(text)
    names = (
        _name_parts(tuple(map(_fold, client_names)), drop_titles=True)
        if client_names
        else _NO_NAMES
    )
    family = (
        _name_parts(tuple(map(_fold, family_members)), drop_titles=False)
        if family_members
        else _NO_NAMES
    )
    if names or family:
        lowered = text.lower()
        present_names = frozenset(n for n in names if n in lowered)
        present_family = frozenset(n for n in family if n in lowered)
    else:
        present_names = present_family = frozenset()
    key = (statement_key(text, present_names, present_family, bool(names)), terms)
    return list(
        CACHE.get_or_compute(
            key, lambda: _check(text, present_names, bool(names), present_family, terms)
        )
    )
