"""Normalise and tokenise a statement: contractions, list labels, sentences, accents."""

from __future__ import annotations

import re
from typing import NamedTuple

from casemgmt.core._fold import strip_accents
from casemgmt.planning._wording._tables import _DASH_CLAUSE_OPENERS, _PUNCT_SPLIT

# --- Tokenising --------------------------------------------------------------

_QUOTES = (
    (re.compile(r"[\u2018\u2019\u02bc`]"), "'"),
    (re.compile(r"[\u201c\u201d]"), '"'),
)
_CONTRACTIONS = (  # (a substring every match holds, lower-cased; pattern; replacement)
    ("won't", re.compile(r"\bwon't\b", re.I), "will not"),
    ("shan't", re.compile(r"\bshan't\b", re.I), "shall not"),
    ("can", re.compile(r"\bcan'?t\b|\bcannot\b", re.I), "can not"),
    ("n't", re.compile(r"n't\b", re.I), " not"),
    ("'ll", re.compile(r"'ll\b", re.I), " will"),
    ("i'm", re.compile(r"\bi'm\b", re.I), "I am"),
    ("'re", re.compile(r"'re\b", re.I), " are"),
    ("'ve", re.compile(r"'ve\b", re.I), " have"),
    ("'d", re.compile(r"'d\b", re.I), " would"),
    ("'s", re.compile(r"(?<=\w)'s\b", re.I), " 's"),
    ("s'", re.compile(r"(?<=s)'(?=\s)", re.I), " 's"),
)


def _spell_out(text: str) -> str:
    """Quote marks made plain and contractions written out ("won't" -> "will not").

    In ASCII text a contraction's pattern runs only where its substring occurs
    (most texts with a quote mark hold one or two contractions, not eleven): no
    replacement writes a substring a later pattern needs, and ASCII letters match
    case-insensitively exactly as ``str.lower`` folds them. Other text runs them all.
    """
    if "`" in text or not text.isascii():
        for pattern, repl in _QUOTES:
            text = pattern.sub(repl, text)
    low = text.lower() if text.isascii() else None
    for needle, pattern, repl in _CONTRACTIONS:
        if low is None or needle in low:
            text = pattern.sub(repl, text)
    return text


_ANY_REPLACEMENT = re.compile("['\u2018\u2019\u02bc`\u201c\u201d]|can", re.I)
"""What every replacement above needs: a quote mark, or "can" ("cant", "cannot").
Text without any is left as it is by all of them."""
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
_TOKEN_ASCII = re.compile(
    r"[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*"
    r"|\d+(?:[.,:/]\d+)*(?:%|[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|[aApP][mM]|[kK])?(?:-[A-Za-z]+)*"
    r"|\$\s?\d+(?:[.,]\d+)*[kK]?|'[sS]|[.!?;,:()&%/\n]",
    re.A,
)
"""``_TOKEN`` for ASCII text, a third cheaper: cases spelt out instead of ``re.I`` (which
also folds "K" and "\u0131" into ASCII letters), words tried first (the alternatives
start with different characters, so their order does not change a match)."""


class Shorthand(NamedTuple):
    """Note shorthand and what each stands for: "c/m", "f/u", "w/" as one pattern run
    before tokenising (only when the text holds a ``/`` or ``:``), "appt", "meds" as
    whole tokens."""

    pattern: re.Pattern[str] | None
    expansions: dict[str, str]
    words: dict[str, list[str]]
    specials: frozenset[str] = _PUNCT_SPLIT
    """The word shorthand and the sentence marks: a line holding none of them is one
    sentence as tokenised, told by one set test."""

    @classmethod
    def compile(cls, entries: frozenset[str]) -> Shorthand:
        """From ``"short=long"`` entries (``WordingTerms.shorthand``)."""
        pairs = dict(e.split("=", 1) for e in entries if "=" in e)
        words = {s: long.split() for s, long in pairs.items() if s.isalnum()}
        marked = {s: long for s, long in pairs.items() if not s.isalnum()}
        specials = _PUNCT_SPLIT | words.keys()
        if not marked:
            return cls(None, {}, words, specials)
        parts = []
        for short in sorted(marked, key=len, reverse=True):
            before = r"(?<![a-z0-9/])" if short[0].isalnum() else ""
            after = r"(?![a-z0-9'])" if short[-1].isalnum() else ""
            parts.append(before + re.escape(short) + after)
        return cls(re.compile("|".join(parts), re.I), marked, words, specials)

    def expand(self, text: str) -> str:
        """``text`` with each marked shorthand ("c/m", "re:") written out."""
        if self.pattern is None or ("/" not in text and ":" not in text):
            return text
        if text.isascii():
            # most texts with a "/" or ":" hold no shorthand ("and/or", "3/10", "Goal:"),
            # and the pattern, one alternative a shorthand, tries each at every position:
            # a substring test per shorthand first (ASCII folds as ``re.I`` does)
            low = text.lower()
            if not any(short in low for short in self.expansions):
                return text
        return self.pattern.sub(lambda m: f" {self.expansions[m.group().lower()]} ", text)


_NO_SHORTHAND = Shorthand(None, {}, {})

_PLACEHOLDER = re.compile(r"\[[^\]\n]{1,40}\]|_{3,}")
"""A template's blank or bracketed slot ("[Student Name] will...", "___ will..."): the client."""

_DASH = re.compile(
    r"(?<=[^\W\d_])\s*[\u2013\u2014]\s*(?=[^\W\d_])"  # "ashtrays\u2014no stash"
    r"|(?<=[\w)])\s+--?\s+(?=[^\W\d_])"  # "a plan - phone a friend" (not "20 - 30")
    r"|(?<=[^\W\d_])-\s+(?=(?:" + "|".join(_DASH_CLAUSE_OPENERS) + r")\b)",  # "guide- if it"
    re.I,
)
"""A dash between words ends a clause as a semicolon does: what follows is a step or a
rule of its own ("Let pain be your guide - if it hurts, don't do it"). A hyphen left
hanging before "to"/"and" ("two- to three-word") or a range of numbers is no dash."""


def _dash_break(m: re.Match[str]) -> str:
    """A dash outside brackets ends the clause; inside them it is part of an aside
    ("(four levels of curfew - 7pm, 8pm)")."""
    before = m.string[: m.start()]
    return m.group() if before.count("(") > before.count(")") else " ; "


_HEADLINE_SHARE = 0.6
"""Above this share of capitalised words a line is in Title Case, and capitals say nothing."""


def _headline(toks: list[str], caps: list[bool]) -> list[bool]:
    """Capitals as written, or none at all for a Title Case or upper-case heading."""
    if caps.count(True) < 2:
        return caps  # fewer than two capitals can never reach the Title Case share
    words = [c for t, c in zip(toks, caps, strict=True) if t[:1].isalpha() and t != "i"]
    if len(words) >= 2 and sum(words) >= _HEADLINE_SHARE * len(words):
        return [False] * len(caps)
    return caps


_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")
"""Two capitals in a row: the C-speed test before looking for an acronym token by token."""


def _acronym(raw: str) -> bool:
    """A word of two or more letters all in capitals ("CPA", "NDIS", "PHQ")."""
    return len(raw) > 1 and raw.isupper() and raw[:1].isalpha()


class _Sentence(NamedTuple):
    """Lower-cased tokens and whether each was capitalised (names, sentence starts)."""

    toks: list[str]
    caps: list[bool]


def _sentence(toks: list[str], caps: list[bool]) -> _Sentence:
    # fewer than two capitals (most sentences) can never be a heading: no call needed
    if caps.count(True) < 2:
        return _Sentence(toks, caps)
    caps = _headline(toks, caps)
    if _HEADING_COLON in toks[:_HEADING_SPAN]:  # "Identify Supportive People: Make a list..."
        c = toks.index(_HEADING_COLON)
        caps[:c] = _headline(toks[:c], caps[:c])
    return _Sentence(toks, caps)


_HEADING_COLON = ":"
_HEADING_SPAN = 8
"""A colon this early ends a heading, whose Title Case says nothing of names."""


_LABEL_WORDS = ("short", "long", "medium", "goal", "objective", "outcome", "target", "aim",
                "step", "intervention", "task")  # fmt: skip
"""How a line label that starts with a letter begins (``_LINE_LABEL``), or "a)"."""
_LABEL_INITIALS = frozenset(w[0] for w in _LABEL_WORDS) | frozenset(
    w[0].upper() for w in _LABEL_WORDS
)
"""Their first letters in either case: a line opening with another ("Carla") has no label."""


def _label_end(line: str) -> int:
    """Where an ASCII line's tokens start: after its label ("Goal 1:", "a)", "-"), if any.

    A line opening with a letter that starts no label word is told apart without
    the label pattern (most lines: "Carla will...").
    """
    first = line[:1]
    if (
        first.isalpha()
        and line[1:2] != ")"
        and (first not in _LABEL_INITIALS or not line[:12].lower().startswith(_LABEL_WORDS))
    ):
        return 0
    return _LINE_LABEL.match(line).end()  # type: ignore[union-attr]  # always matches


def _ascii_tokens(line: str, start: int) -> list[str]:
    """``_TOKEN_ASCII.findall(line, start)``, at C speed where the line allows it.

    A line of letter runs, digit runs, spaces and ",.()" (told by its ``_KINDS``)
    is split by ``str.split`` once each mark has spaces around it. Otherwise, only
    "$ 100" has a token across a space, so any other line splits at its spaces
    first; a chunk of letters alone is one token, and only the rest ("week.",
    "(3", "5/10") is left to the pattern; a dash between words ends the clause
    (``_dash_at``).
    """
    line = line[start:] if start else line
    kinds = line.encode().translate(_KINDS).decode()
    if not ("#" in kinds or "a0" in kinds or "0a" in kinds or "0.0" in kinds or "0,0" in kinds):
        # letter runs, digit runs, spaces and ",.()" only: marks spaced apart, then split
        if "," in line:
            line = line.replace(",", " , ")
        if "." in line:
            line = line.replace(".", " . ")
        if "(" in line:
            line = line.replace("(", " ( ")
        if ")" in line:
            line = line.replace(")", " ) ")
        return line.split()
    if "$" in line:
        return _TOKEN_ASCII.findall(line)
    raws: list[str] = []
    chunks = line.split()
    k = -1  # the last chunk ending in "-" (no enumerate: most lines have none)
    for chunk in chunks:
        if chunk.isalpha():
            raws.append(chunk)
        elif chunk[-1] in _MARKS and chunk[:-1].isalpha():  # "week.", "daily,", "time)"
            raws += (chunk[:-1], chunk[-1])
        elif chunk[0] in _MARKS and chunk[1:].isalpha():  # "(weekly"
            raws += (chunk[0], chunk[1:])
        else:
            raws += _TOKEN_ASCII.findall(chunk)
            if chunk[-1] == "-" and _dash_at(chunks, k := chunks.index(chunk, k + 1)):
                raws.append(";")  # see _DASH
    return raws


def _dash_at(chunks: list[str], k: int) -> bool:
    """Is the chunk at ``k``, ending in "-", a dash between words (``_DASH``, for ASCII
    text split at its spaces): "-" or "--" alone between a word and a word, or a hyphen
    left hanging before a clause opener ("guide- if"), and not inside brackets?"""
    chunk, nxt = chunks[k], chunks[k + 1] if k + 1 < len(chunks) else ""
    if chunk in ("-", "--"):
        prev = chunks[k - 1] if k else ""
        dash = bool(prev) and (prev[-1].isalnum() or prev[-1] == ")") and nxt[:1].isalpha()
    else:
        dash = chunk[-2:-1].isalpha() and nxt.lower() in _DASH_CLAUSE_OPENERS
    if not dash:
        return False
    before = " ".join(chunks[:k])
    return before.count("(") <= before.count(")")


_MARKS = frozenset(".!?;,:()&%/")
"""Marks that are a token by themselves wherever they stand (``_TOKEN``)."""
_KINDS = bytes.maketrans(
    bytes(range(128)),
    bytes(
        ord("a" if ch.isalpha() else "0" if ch.isdigit() else ch if ch in " ,.()" else "#")
        for ch in map(chr, range(128))
    ),
)
"""Each ASCII character's kind: a letter "a", a digit "0", a space, one of ",.()", or "#"
for the rest. Only the rest, a letter and a digit together ("2nd", "K10") or a number
with a point or comma in it ("3.5", "1,000") need ``_TOKEN_ASCII``'s reading."""


def _tokenise(text: str, shorthand: Shorthand = _NO_SHORTHAND) -> list[_Sentence]:
    """Sentences of tokens; list labels ("Goal 1:", "a)") are dropped per line."""
    if "/" in text or ":" in text:  # marked shorthand ("c/m", "re:") holds one or the other
        text = shorthand.expand(text)
    if "[" in text or "___" in text:
        text = _PLACEHOLDER.sub(" the client ", text)
    if "'" in text or "\u2019" in text or "\u2018" in text or "`" in text or "\u201c" in text:
        text = _spell_out(text)
    sentences: list[_Sentence] = []
    ascii_text = text.isascii()
    if not ascii_text and (
        "\u2013" in text or "\u2014" in text or " -" in text or "- " in text
    ):  # substrings every dash the pattern reads holds; ASCII text's: in _ascii_tokens
        text = _DASH.sub(_dash_break, text)
    for line in text.splitlines():
        if ascii_text:
            raws = _ascii_tokens(line, _label_end(line))
        else:  # the label pattern always matches (all of it is optional)
            raws = _TOKEN.findall(line, _LINE_LABEL.match(line).end())  # type: ignore[union-attr]
        lows = list(map(str.lower, raws))
        caps = [raw[0].isupper() for raw in raws]  # no token is empty
        capitals = caps.count(True)
        if capitals > 1 and line.isupper():
            # a line in capitals ("SARAH WILL ATTEND ALL SESSIONS"): its capitals mark
            # neither names nor a heading, so it is read as sentence case
            caps = [k == 0 for k in range(len(caps))]
        elif (
            capitals > (caps[0] if caps else 0)
            and _TWO_CAPITALS.search(line, 1)
            and any(map(_acronym, raws[1:]))
        ):
            # an acronym inside a sentence ("My CPA resume") is no one's name; one that
            # opens it ("FACS will close the case") stays a name, an agency's or a person's;
            # a line with no capital after its first word (most lines) has none to look for
            caps[1:] = [c and not _acronym(r) for c, r in zip(caps[1:], raws[1:], strict=True)]
        if not shorthand.specials.isdisjoint(lows):
            _split_line(lows, caps, shorthand, sentences)
        elif lows:  # the common line: one sentence, no shorthand word
            # below two capitals (most lines) it can never be a heading: no call needed
            sentences.append(_Sentence(lows, caps) if capitals < 2 else _sentence(lows, caps))
    return sentences


def _split_line(
    lows: list[str], caps: list[bool], shorthand: Shorthand, sentences: list[_Sentence]
) -> None:
    """Add a line's sentences to ``sentences``, its word shorthand written out."""
    if shorthand.words and not shorthand.words.keys().isdisjoint(lows):
        lows, caps = _expand_words(lows, caps, shorthand.words)
    if _ABBREVIATION_WORDS.intersection(lows):
        lows, caps = _drop_abbreviations(lows, caps)
    start = 0
    for end, low in enumerate(lows):
        if low in _PUNCT_SPLIT:
            if end > start:
                sentences.append(_sentence(lows[start:end], caps[start:end]))
            start = end + 1
    if len(lows) > start:
        sentences.append(_sentence(lows[start:], caps[start:]))


_ABBREVIATIONS = frozenset((("e", ".", "g", "."), ("i", ".", "e", ".")))
"""Latin abbreviations ("e.g.", "i.e.") read letter, dot, letter, dot: their dots end no
sentence ("(e.g., more, less)" is an aside of the sentence before it) and the letters
say nothing, so all four are dropped."""
_TITLES = frozenset(("mr", "mrs", "ms", "dr", "prof", "vs"))
"""Titles and "vs" written with a dot ("Ms. Carter", "working vs. not working"): the dot
ends no sentence and is dropped."""
_ABBREVIATION_WORDS = frozenset(t[2] for t in _ABBREVIATIONS) | _TITLES


def _drop_abbreviations(lows: list[str], caps: list[bool]) -> tuple[list[str], list[bool]]:
    keep = [True] * len(lows)
    for k in range(len(lows) - 1):
        if tuple(lows[k : k + 4]) in _ABBREVIATIONS:
            keep[k : k + 4] = [False] * 4
        elif lows[k] in _TITLES and lows[k + 1] == "." and k + 2 < len(lows):
            keep[k + 1] = False  # "Ms. Carter": the word stays, its dot goes
    if all(keep):
        return lows, caps
    return [w for w, k in zip(lows, keep, strict=True) if k], [
        c for c, k in zip(caps, keep, strict=True) if k
    ]


def _expand_words(
    lows: list[str], caps: list[bool], words: dict[str, list[str]]
) -> tuple[list[str], list[bool]]:
    """Word shorthand ("appt", "meds") written out as its tokens."""
    out: list[str] = []
    out_caps: list[bool] = []
    for low, cap in zip(lows, caps, strict=True):
        long = words.get(low)
        out.extend(long or (low,))
        out_caps.extend([False] * len(long) if long else (cap,))
    return out, out_caps


# --- Analysis ------------------------------------------------------------------


_fold = strip_accents
"""Accents off, case kept ("Zoë" -> "Zoe"): the core fold's first step (``core._fold``),
so a name matches however typed while capitals still mark names and headings."""


def _display_forms(text: str) -> dict[str, str]:
    """Each lower-cased token's first spelling in ``text``, to quote words as written."""
    if _ANY_REPLACEMENT.search(text):
        text = _spell_out(text)
    raws = (_TOKEN_ASCII if text.isascii() else _TOKEN).findall(text)
    raws.reverse()  # the first spelling is stored last, so it is the one kept
    return dict(zip(map(str.lower, raws), raws, strict=True))


_ATTACHED = frozenset(["'s", ",", ")", ":", "%"])
