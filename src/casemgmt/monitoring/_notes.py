"""A linter for case notes, following seed 003's documentation tips.

Notes "follow the client" (seed 003), so the linter looks for judgemental or
hostile words, jargon, vague terms, impressions written down as facts,
quotations without quotation marks, and plan changes without a reason.
Words inside quotation marks are the client's own and are never judged.

The word lists are data (``NoteTerms``), so an agency extends them without
touching code:

>>> terms = DEFAULT_NOTE_TERMS.extend(jargon={"TA": "write 'temporary accommodation'"})
>>> import datetime as dt
>>> note = CaseNote(written_on=dt.date(2025, 2, 3), author="cm-1", kind=NoteKind.FACT,
...                 text="Moved to TA recently. Seems unmotivated.")
>>> [f.code for f in lint_note(note, terms=terms, path="$.notes[0]")]
['note.judgemental', 'note.jargon', 'note.vague', 'note.impression-as-fact']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

import attrs

from casemgmt.core import CheckContext, Finding, Rule
from casemgmt.core._findings import INFO, WARNING
from casemgmt.core._repr import Record
from casemgmt.monitoring import _note_terms
from casemgmt.monitoring._records import CaseNote, NoteKind

if TYPE_CHECKING:
    from casemgmt.case import Case


_QUOTATION, _FACT = NoteKind.QUOTATION, NoteKind.FACT

__all__ = ["DEFAULT_NOTE_TERMS", "NoteTerms", "lint_note", "note_documentation"]

Pairs = tuple[tuple[str, str], ...]
_DESCRIBE = "describe what was said or done instead"


def _pairs(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> Pairs:
    items = value.items() if isinstance(value, Mapping) else value
    out: dict[str, str] = {}
    for term, hint in items:
        if not isinstance(term, str) or not term.strip() or not isinstance(hint, str):
            msg = f"a note term is a non-empty word or phrase with a text hint, got {term!r}"
            raise ValueError(msg)
        out[" ".join(term.split())] = hint
    return tuple(out.items())


@attrs.frozen(repr=False)
class NoteTerms(Record):
    """The word lists the note linter uses: each term maps to its hint.

    Plain data: build one from a dict (``NoteTerms.from_dict``), extend it
    with ``extend`` or trim it with ``without``; each returns a new value.
    """

    judgemental: Pairs = attrs.field(default=(), converter=_pairs)
    jargon: Pairs = attrs.field(default=(), converter=_pairs)
    vague: Pairs = attrs.field(default=(), converter=_pairs)
    impression_markers: Pairs = attrs.field(default=(), converter=_pairs)

    def extend(
        self,
        *,
        judgemental: Mapping[str, str] | None = None,
        jargon: Mapping[str, str] | None = None,
        vague: Mapping[str, str] | None = None,
        impression_markers: Mapping[str, str] | None = None,
    ) -> NoteTerms:
        """A copy with more terms (a term already present takes the new hint)."""
        return NoteTerms(
            judgemental={**dict(self.judgemental), **(judgemental or {})},
            jargon={**dict(self.jargon), **(jargon or {})},
            vague={**dict(self.vague), **(vague or {})},
            impression_markers={**dict(self.impression_markers), **(impression_markers or {})},
        )

    def without(self, *terms: str) -> NoteTerms:
        """A copy with these terms dropped from every list (any case)."""
        drop = {" ".join(t.split()).lower() for t in terms}

        def keep(pairs: Pairs) -> Pairs:
            return tuple((t, h) for t, h in pairs if t.lower() not in drop)

        return NoteTerms(
            judgemental=keep(self.judgemental),
            jargon=keep(self.jargon),
            vague=keep(self.vague),
            impression_markers=keep(self.impression_markers),
        )

    def to_dict(self) -> dict[str, dict[str, str]]:
        """The lists as JSON-ready dicts (the shape ``from_dict`` reads)."""
        return {
            "judgemental": dict(self.judgemental),
            "jargon": dict(self.jargon),
            "vague": dict(self.vague),
            "impression_markers": dict(self.impression_markers),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Mapping[str, str]]) -> NoteTerms:
        """Read lists of the ``to_dict`` shape; unknown list names are refused."""
        known = {f.name for f in attrs.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            msg = (
                f"unknown note term lists: {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
            raise ValueError(msg)
        return cls(**{name: dict(data[name]) for name in data})


DEFAULT_NOTE_TERMS = NoteTerms(
    judgemental=_note_terms.JUDGEMENTAL,
    jargon=_note_terms.JARGON,
    vague=_note_terms.VAGUE,
    impression_markers=_note_terms.IMPRESSION_MARKERS,
)
"""The library's lists (see ``casemgmt.monitoring._note_terms``)."""


@functools.lru_cache(maxsize=64)
def _pattern(pairs: Pairs) -> re.Pattern[str] | None:
    if not pairs:
        return None
    # longest first, so "a lot" wins over "a" and "presenting issues" over "issues"
    alternatives = sorted((t for t, _ in pairs), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(word) for word in t.split()) for t in alternatives)
    return re.compile(rf"(?<![\w/])(?:{body})(?![\w/])", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _hints(pairs: Pairs) -> dict[str, tuple[str, str]]:
    return {t.lower(): (t, h) for t, h in pairs}


_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")


def _unquoted(text: str) -> str:
    """The text with quoted spans blanked out: the client's words are not judged."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


_WORD = re.compile(r"\w+")
# For ASCII text ``\w`` is exactly [A-Za-z0-9_]: every other byte becomes a space, and
# the words are what ``split`` leaves (a fifth of ``_WORD.findall``, issue 19).
_ASCII_GAPS = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256)
)


def _words(text: str) -> frozenset[str]:
    """The lower-cased words (``_WORD`` matches) of ``text``."""
    lowered = text.lower()
    if lowered.isascii():
        return frozenset(lowered.encode().translate(_ASCII_GAPS).decode().split())
    return frozenset(_WORD.findall(lowered))


@functools.lru_cache(maxsize=64)
def _first_words(pairs: Pairs) -> frozenset[str]:
    """The first word of every term: a note sharing none of them cannot match."""
    return frozenset(m.group().lower() for t, _ in pairs if (m := _WORD.search(t)) is not None)


_Compiled = tuple[re.Pattern[str] | None, frozenset[str], dict[str, tuple[str, str]]]
_compiled_by_id: dict[int, tuple[Pairs, _Compiled]] = {}


def _compiled(pairs: Pairs) -> _Compiled:
    """The pattern, first words and hints of ``pairs``, found by identity.

    The ``lru_cache`` functions above hash the whole term list on every call
    (microseconds for the default lists, four lists per note); a term list is
    an immutable tuple, so the same object gets the same answers.
    """
    entry = _compiled_by_id.get(id(pairs))
    if entry is not None and entry[0] is pairs:
        return entry[1]
    found = (_pattern(pairs), _first_words(pairs), _hints(pairs))
    if len(_compiled_by_id) >= 64:
        _compiled_by_id.clear()
    _compiled_by_id[id(pairs)] = (pairs, found)  # holds ``pairs``, so its id stays its own
    return found


_starts_by_id: dict[int, tuple[NoteTerms, frozenset[str]]] = {}


def _starts(terms: NoteTerms) -> frozenset[str]:
    """The first word of every term of every list of ``terms``, found by identity:
    a note sharing none of them matches no list (most notes), and needs no more look."""
    entry = _starts_by_id.get(id(terms))
    if entry is not None and entry[0] is terms:
        return entry[1]
    lists = (terms.judgemental, terms.jargon, terms.vague, terms.impression_markers)
    found = frozenset().union(*(_compiled(pairs)[1] for pairs in lists))
    if len(_starts_by_id) >= 64:
        _starts_by_id.clear()
    _starts_by_id[id(terms)] = (terms, found)  # holds ``terms``, so its id stays its own
    return found


def _matches(pairs: Pairs, text: str, words: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(term as listed, hint) for each distinct term found, in order of appearance.

    ``words`` are the text's lower-cased words; the full pattern only runs when
    one of them can start a term (most notes match nothing).
    """
    pattern, first_words, hints = _compiled(pairs)
    if pattern is None or first_words.isdisjoint(words):
        return
    seen: set[str] = set()
    for match in pattern.finditer(text):
        key = " ".join(match.group().split()).lower()
        if key in hints and key not in seen:
            seen.add(key)
            yield hints[key]


def lint_note(
    note: CaseNote, *, terms: NoteTerms = DEFAULT_NOTE_TERMS, path: str = "$"
) -> list[Finding]:
    """Findings about one note; ``path`` is the note's own path, e.g. ``$.notes[2]``."""
    out: list[Finding] = []
    at = f"{path}.text"
    text = note.text
    # a quoted span needs a quotation mark: most notes have none, and are judged whole
    marked = '"' in text or "\u201c" in text
    has_quotes = marked and _QUOTED.search(text) is not None
    if note.kind is _QUOTATION and not has_quotes:
        out.append(
            Finding(
                "note.quotation-unmarked",
                INFO,
                "a quotation note has no quotation marks, so the client's exact words cannot be"
                " told apart from the worker's (QCOSS guide: use quotations)",
                at,
                'put the client\'s exact words in "quotation marks"',
            )
        )
        judged = ""  # the whole note is the client's words
    else:
        judged = _unquoted(text) if marked else text
    words = _words(judged)
    if _starts(terms).isdisjoint(words):  # no list can match: only the reason is left
        _reason_given(note, path, out)
        return out
    for term, hint in _matches(terms.judgemental, judged, words):
        out.append(
            Finding(
                "note.judgemental",
                WARNING,
                f"'{term}' is judgemental or hostile; notes follow the client and are shared"
                " with other services (QCOSS guide: do not be judgemental, avoid hostility)",
                at,
                hint or _DESCRIBE,
            )
        )
    for term, hint in _matches(terms.jargon, judged, words):
        out.append(
            Finding(
                "note.jargon",
                INFO,
                f"'{term}' is jargon the client and other services may not understand"
                " (QCOSS guide: use language the people you serve understand)",
                at,
                hint or "write it out in plain words",
            )
        )
    for term, hint in _matches(terms.vague, judged, words):
        out.append(
            Finding(
                "note.vague",
                INFO,
                f"'{term}' is vague (QCOSS guide: be clear and precise)",
                at,
                hint or "say exactly what, how much or when",
            )
        )
    if note.kind is _FACT:
        markers = [term for term, _ in _matches(terms.impression_markers, judged, words)]
        if markers:
            listed = ", ".join(f"'{m}'" for m in markers)
            out.append(
                Finding(
                    "note.impression-as-fact",
                    WARNING,
                    f"a note recorded as fact uses words of impression ({listed}); QCOSS guide:"
                    " distinguish between facts and impressions",
                    at,
                    "record it as an impression note, or write only what was seen and heard",
                )
            )
    _reason_given(note, path, out)
    return out


def _reason_given(note: CaseNote, path: str, out: list[Finding]) -> None:
    """WARNING ``note.change-without-reason`` into ``out`` for a plan change with no why."""
    if note.about_plan_change and not note.reason.strip():
        out.append(
            Finding(
                "note.change-without-reason",
                WARNING,
                "the note records a change to the plan but not why (QCOSS guide: clearly document"
                " the reasons for a change)",
                f"{path}.reason",
                "add the reason for the change: no progress, changed circumstances, a service"
                " change, a request or a crisis",
            )
        )


def note_documentation(terms: NoteTerms = DEFAULT_NOTE_TERMS) -> Rule[Case, CheckContext]:
    """A case rule linting every note with ``terms`` (codes ``note.*``)."""

    def rule(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        for index, note in enumerate(case.notes):
            yield from lint_note(note, terms=terms, path=f"$.notes[{index}]")

    return rule
