"""Scrubbing free text: the client's name, birth date and contact details out.

One scrubber serves every surface that shows kept text (``redact`` with
``keep_text=True``, the notebook display, ``casemgmt show``, wording hints),
so they all promise the same thing. It matches names without regard to case,
accents ("Zoë" = "Zoe" = "ZOE"), curly apostrophes or possessives; dates of
birth in the usual numeric and written forms; any e-mail address; any
phone-like number of 8 to 15 digits; the client's street address and any
"12 Wattle Street"-shaped one; initials written beside a name ("A.J. Smith",
"Carla M.") go with it, and so do full initials on their own ("A.J.
called"). What it cannot know (nicknames, two undotted capitals on their own,
relatives' names not recorded as parties) it leaves: see
``docs/how-to/redact-for-analytics.md``.

>>> import datetime as dt
>>> from casemgmt.core._client import Client
>>> scrub = Scrubber(Client(id="c-1", name="Zoë Nguyễn", date_of_birth=dt.date(1941, 7, 19)),
...                  client_as="the client")
>>> scrub("Help ZOE to call Zoë's landlord; born 19 July 1941, ph 0412 345 678.")
"Help the client to call the client's landlord; born [dob], ph [contact]."
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from casemgmt.core._birth_dates import DATE, is_birth_date
from casemgmt.core._client import Client
from casemgmt.core._fold import _folded, fold
from casemgmt.core._initials import Word, alone, first_letters, sequences, with_initials

__all__ = ["Scrubber", "fold", "scrub"]

_STREET_TYPES = {
    "street": "st", "road": "rd", "avenue": "ave", "drive": "dr", "court": "ct",
    "place": "pl", "lane": "ln", "crescent": "cres", "close": "cl", "parade": "pde",
    "terrace": "tce", "highway": "hwy", "boulevard": "blvd", "circuit": "cct",
    "grove": "gr", "square": "sq", "way": "way",
}  # fmt: skip
_TYPE_WORDS = sorted({*_STREET_TYPES, *_STREET_TYPES.values()}, key=len, reverse=True)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
_Span = tuple[int, int, str]


class _Patterns:
    """The contact and date expressions, compiled on first use rather than at import.

    Compiling them cost milliseconds of every import of the records, which
    load this module for their notebook display, though most programs never
    scrub a word (issue 18).
    """

    def __init__(self) -> None:
        self.email = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
        self.phone = re.compile(
            r"(?<![\d+])(?:\+\s?\d{1,3}[\s.\-]?)?(?:\(\s?\d{1,4}\s?\)[\s.\-]?)?\d(?:[\s.\-]?\d){4,16}(?!\w)"
        )
        self.date_shaped = re.compile(
            r"\d{4}[\-./]\d{1,2}[\-./]\d{1,2}|\d{1,2}[\-./]\d{1,2}[\-./]\d{2,4}"
        )
        self.address = re.compile(
            r"(?<!\w)\d{1,5}[a-zA-Z]?(?:/\d{1,5}[a-zA-Z]?)?,?\s+((?:[^\W\d_][\w'’\-]*\s+){1,3})"  # noqa: RUF001
            r"(?:" + "|".join(_TYPE_WORDS) + r")\b",
            re.IGNORECASE,
        )
        self.date = re.compile(DATE)


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns()


_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_Word = Word


def _street_word(word: str) -> str:
    """ "street" and "st" compare equal (and so on for every street type)."""
    return _STREET_TYPES.get(word, word)


def _street_lines(address: str) -> tuple[tuple[str, ...], ...]:
    """The client's address lines that hold a number, as folded words ("12 wattle st")."""
    lines = []
    for segment in fold(address).split(","):
        words = tuple(_street_word(w) for w in _WORD.findall(segment))
        if any(w.isdigit() for w in words) and len(words) >= 2:
            lines.append(words)
    return tuple(lines)


def _joined(low: str, end: int, start: int, allowed: str) -> bool:
    gap = low[end:start]
    return 0 < len(gap) <= 4 and all(c in allowed for c in gap)


def _sequence_spans(words: list[_Word], low: str, line: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the words of ``line`` occur one after another, separated only by spacing."""
    return [
        (words[i][0], words[i + len(line) - 1][1])
        for i in range(len(words) - len(line) + 1)
        if words[i][2] == line[0]
        and all(_street_word(words[i + k][2]) == w for k, w in enumerate(line))
        and all(
            _joined(low, words[i + k][1], words[i + k + 1][0], " \t\n,./-")
            for k in range(len(line) - 1)
        )
    ]


def _national(phone: str) -> str:
    """A phone number's digits without +61 or the trunk 0, to compare forms."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("61") and (phone.lstrip().startswith("+") or len(digits) == 11):
        digits = digits[2:]
    return digits.lstrip("0")


_PLACEHOLDER_WORDS = frozenset(
    {
        "a", "an", "the", "of", "and", "my", "our", "her", "his", "their", "case", "manager",
        "worker", "client", "support", "person", "service", "team", "officer", "sister",
        "brother", "mother", "father", "mum", "mom", "dad", "aunt", "uncle", "son", "daughter",
        "partner", "friend", "carer", "guardian", "grandmother", "grandfather", "nan",
        "teacher", "doctor", "gp", "nurse",
    }
)  # fmt: skip
"""Words a party's recorded "name" may be instead of a name ("Case manager",
"Her sister"); scrubbing them from every text would blank ordinary words."""


def _kept(names: Iterable[str], *, placeholders: bool = False) -> list[str]:
    """``names``, less role words and lowercase words when ``placeholders``."""
    if not placeholders:
        return list(names)
    return [
        " ".join(w for w in name.split() if w[:1].isupper() and fold(w) not in _PLACEHOLDER_WORDS)
        for name in names
    ]


def _name_words(names: Iterable[str]) -> frozenset[str]:
    """The folded words of ``names``."""
    return frozenset(part for name in names for w in name.split()
                     for part in _WORD.findall(fold(w)) if not part.isdigit())  # fmt: skip


def _name_spans(words: list[_Word], low: str, names: frozenset[str]) -> list[tuple[int, int, bool]]:
    """Runs of name words (one-letter parts only beside a longer one), and if possessive.

    "Zoë Okonkwo-Reyes" is one run; "Carlas" (a possessive without its
    apostrophe) counts as "Carla" with ``'s``.
    """
    spans = []
    i = 0
    while i < len(words):
        start, end, word = words[i]
        owner = word[-1:] == "s" and len(word) > 2 and word[:-1] in names
        if not ((word in names and len(word) >= 2) or owner):
            i += 1
            continue
        if i and words[i - 1][2] in names and _joined(low, words[i - 1][1], start, " '-"):
            start = words[i - 1][0]  # a one-letter part before it: "O'Dowd", "Ó Súilleabháin"
        i += 1
        while not owner and i < len(words) and _joined(low, end, words[i][0], " \t\n-'"):
            nxt = words[i][2]
            owner = nxt[-1:] == "s" and len(nxt) > 2 and nxt[:-1] in names
            if nxt not in names and not owner:
                break
            end = words[i][1]
            i += 1
        spans.append((start, end, owner))
    return spans


class Scrubber:
    """Replaces one client's identifying details in free text; call it on each text.

    ``client`` gives the name, date of birth, phone, e-mail and address;
    ``names`` adds other names the client goes by; ``others`` are other
    people's names (parties) to hide as ``others_as``, except role words
    standing in for a name ("Case manager"). E-mail addresses,
    phone-like numbers and street addresses are scrubbed whoever they belong to.
    """

    def __init__(
        self,
        client: Client | None = None,
        *,
        names: Iterable[str] = (),
        others: Iterable[str] = (),
        client_as: str = "[name]",
        others_as: str = "[name]",
        dob_as: str = "[dob]",
        contact_as: str = "[contact]",
    ) -> None:
        own = [*names, *([client.name] if client is not None else [])]
        contact = client.contact if client is not None else None
        self._born = client.date_of_birth if client is not None else None
        self._phone = _national(contact.phone) if contact is not None else ""
        self._lines = _street_lines(contact.address) if contact is not None else ()
        self._dob_as, self._contact_as = dob_as, contact_as
        other = _kept(others, placeholders=True)
        mine, theirs = _name_words(own), _name_words(other) - _name_words(own)
        self._people = (
            (mine, client_as, first_letters(mine), sequences(own)),
            (theirs, others_as, first_letters(theirs), sequences(other) - sequences(own)),
        )

    def __call__(self, text: str) -> str:
        if not text:
            return text
        low, index = _folded(text)
        words: list[_Word] | None = None
        found: list[_Span] = []
        if "@" in low:
            found += _spans(_patterns().email, low, index, text, self._contact_as)
        if _DIGIT.search(low):
            pat = _patterns()
            for line in self._lines:
                if line[0] in low:
                    words = words or _words(low)
                    found += [(*_original(s, e, index, text), self._contact_as)
                              for s, e in _sequence_spans(words, low, line)]  # fmt: skip
            if self._born is not None:
                born = self._born
                found += [(*_original(m.start(), m.end(), index, text), self._dob_as)
                          for m in pat.date.finditer(low) if is_birth_date(m, born)]  # fmt: skip
            found += self._phones(low, index, text)
            found += [(m.start(), m.end(), self._contact_as) for m in pat.address.finditer(text)
                      if all(w[0].isupper() for w in m.group(1).split())]  # fmt: skip
        for names, said, letters, initials in self._people:
            if any(name in low for name in names):
                words = words or _words(low)
                runs = _name_spans(words, low, names)
                if runs:
                    capital = [text[index[s] if index else s].isupper() for s, _, _ in words]
                    runs = with_initials(runs, words, low, capital, letters)
                found += [_name_span(run, index, text, said) for run in runs]
            found += [_name_span((s, e, False), None, text, said)
                      for s, e in alone(text, initials)]  # fmt: skip
        return _apply(text, found) if found else text

    def _phones(self, low: str, index: list[int] | None, text: str) -> list[_Span]:
        """Any number of 8 to 15 digits that is not a date; the client's own at any length."""
        spans = []
        patterns = _patterns()
        for match in patterns.phone.finditer(low):
            number = match.group()
            digits = sum(ch.isdigit() for ch in number)
            own = bool(self._phone) and _national(number) == self._phone
            if own or (8 <= digits <= 15 and not patterns.date_shaped.fullmatch(number)):
                spans.append((*_original(match.start(), match.end(), index, text),
                              self._contact_as))  # fmt: skip
        return spans


def _name_span(run: tuple[int, int, bool], index: list[int] | None, text: str, said: str) -> _Span:
    """A run of name words in ``text``, as what it is said as (capitalised at a sentence start)."""
    start, end, owner = run
    first, last = _original(start, end, index, text)
    word = said + ("'s" if owner else "")
    if word[:1].islower() and _SENTENCE_START.search(text[max(0, first - 8) : first]):
        word = word[0].upper() + word[1:]
    return first, last, word


def _words(low: str) -> list[_Word]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(low)]


def _original(start: int, end: int, index: list[int] | None, text: str) -> tuple[int, int]:
    """A span of the folded text as a span of ``text`` (combining marks included)."""
    if index is None:
        return start, end
    first, last = index[start], index[end - 1] + 1
    while last < len(text) and unicodedata.combining(text[last]):
        last += 1
    return first, last


def _spans(
    pattern: re.Pattern[str], low: str, index: list[int] | None, text: str, replacement: str
) -> list[_Span]:
    return [
        (*_original(m.start(), m.end(), index, text), replacement)
        for m in pattern.finditer(low)
        if m.end() > m.start()
    ]


def _apply(text: str, spans: list[_Span]) -> str:
    """Replace spans, the earliest-found winning where two overlap."""
    taken: list[_Span] = []
    for span in spans:
        if all(span[1] <= s or span[0] >= e for s, e, _ in taken):
            taken.append(span)
    out, at = [], 0
    for start, end, replacement in sorted(taken):
        out += [text[at:start], replacement]
        at = end
    out.append(text[at:])
    return "".join(out)


def scrub(text: str, client: Client | None = None, *, client_as: str = "[name]") -> str:
    """``text`` with ``client``'s details replaced (one-off use of ``Scrubber``).

    >>> scrub("Carla's number is +61 412 345 678", Client(id="c-1", name="Carla Mendes"))
    "[name]'s number is [contact]"
    """
    return Scrubber(client, client_as=client_as)(text)
