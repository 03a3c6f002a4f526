"""Scrubbing free text: the client's name, birth date and contact details out.

One scrubber serves every surface that shows kept text (``redact`` with
``keep_text=True``, the notebook display, ``casemgmt show``, wording hints),
so they all promise the same thing. It matches names without regard to case,
accents ("Zoë" = "Zoe" = "ZOE"), curly apostrophes or possessives; dates of
birth in the usual numeric and written forms; any e-mail address; any
phone-like number of 8 to 15 digits; the client's street address and any
"12 Wattle Street"-shaped one. What it cannot know (nicknames, initials,
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

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

from casemgmt.core._client import Client

__all__ = ["Scrubber", "fold", "scrub"]

_SPECIAL = str.maketrans(
    {
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th",
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "\u0131": "i", "ħ": "h",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'",  # noqa: RUF001
        "‐": "-", "‑": "-", "–": "-", "—": "-",  # noqa: RUF001
    }
)  # fmt: skip
"""Letters Unicode does not decompose to a base letter, and look-alike marks."""


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.translate(_SPECIAL))
    kept = (c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in kept if unicodedata.category(c) != "Cf").casefold()


def _folded(text: str) -> tuple[str, list[int] | None]:
    """``text`` case- and accent-folded, and where each folded char came from."""
    if text.isascii():
        return text.lower().replace("`", "'"), None
    parts: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        folded = char.lower() if char.isascii() else _fold_char(char)
        parts.append(folded)
        index.extend([i] * len(folded))
    return "".join(parts), index


def fold(text: str) -> str:
    """``text`` without case, accents or curly apostrophes: how names are compared.

    >>> fold("Zoë O\u2019Brien") == fold("ZOE O'BRIEN")
    True
    """
    return _folded(text)[0]


_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
_STREET_TYPES = {
    "street": "st", "road": "rd", "avenue": "ave", "drive": "dr", "court": "ct",
    "place": "pl", "lane": "ln", "crescent": "cres", "close": "cl", "parade": "pde",
    "terrace": "tce", "highway": "hwy", "boulevard": "blvd", "circuit": "cct",
    "grove": "gr", "square": "sq", "way": "way",
}  # fmt: skip
_TYPE_WORDS = sorted({*_STREET_TYPES, *_STREET_TYPES.values()}, key=len, reverse=True)
_EMAIL = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
_PHONE = re.compile(
    r"(?<![\d+])(?:\+\s?\d{1,3}[\s.\-]?)?(?:\(\s?\d{1,4}\s?\)[\s.\-]?)?\d(?:[\s.\-]?\d){5,16}(?!\w)"
)
_DATE_SHAPED = re.compile(r"\d{4}[\-./]\d{1,2}[\-./]\d{1,2}|\d{1,2}[\-./]\d{1,2}[\-./]\d{2,4}")
_ADDRESS = re.compile(
    r"(?<!\w)\d{1,5}[a-zA-Z]?(?:/\d{1,5}[a-zA-Z]?)?,?\s+((?:[^\W\d_][\w'’\-]*\s+){1,3})"  # noqa: RUF001
    r"(?:" + "|".join(_TYPE_WORDS) + r")\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
_Span = tuple[int, int, str]


def _dob_pattern(born: dt.date) -> re.Pattern[str]:
    """Every usual way of writing ``born``, in folded text."""
    d, m, y = born.day, born.month, born.year
    day = rf"0?{d}" if d < 10 else str(d)
    mon = rf"0?{m}" if m < 10 else str(m)
    ordinal = rf"(?:the\s+)?{day}(?:st|nd|rd|th)?"
    name = _MONTHS[m - 1]
    month = rf"(?:{name}|{name[:3]}{'t' if m == 9 else ''}\.?|{name[:3]}\.?)"
    year = rf"(?:{y}|'?{y % 100:02d})(?!\d)"
    num = r"\s*[/.\-]\s*"
    word = r"(?:\s*[,/.\-]?\s*(?:of\s+)?)"
    forms = [
        rf"(?<!\d){day}{num}{mon}{num}{year}",
        rf"(?<!\d){mon}{num}{day}{num}{year}",
        rf"(?<!\d){y}{num}{mon}{num}{day}(?!\d)",
        rf"(?<!\d)(?:{y}{m:02d}{d:02d}|{d:02d}{m:02d}{y})(?!\d)",
        rf"(?<!\w){ordinal}{word}{month}{word}{year}",
        rf"(?<!\w){month}{word}{ordinal}{word}{year}",
        rf"(?<!\w){ordinal}{word}{month}(?!\w)(?![\s,.\-/]*\d)",
        rf"(?<!\w){month}\s+{ordinal}(?!\w)(?![\s,.\-/]*\d)",
        rf"(?<![\d/]){day}/{mon}(?![/.\-]?\d)",
    ]
    return re.compile("|".join(f"(?:{f})" for f in forms))


def _address_pattern(address: str) -> re.Pattern[str] | None:
    """The client's own street line, however it is spaced or abbreviated."""
    parts: list[str] = []
    for segment in fold(address).split(","):
        words = re.findall(r"[a-z0-9]+", segment)
        if not words or not any(ch.isdigit() for ch in segment):
            continue
        alts = []
        for word in words:
            full = next((k for k, v in _STREET_TYPES.items() if word in (k, v)), None)
            alts.append(f"(?:{full}|{_STREET_TYPES[full]})\\.?" if full else re.escape(word))
        parts.append(r"[\s,./\-]*".join(alts))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)") if parts else None


def _phone_pattern(phone: str) -> re.Pattern[str] | None:
    """The client's own number with any spacing, brackets or +61 form."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+") and digits.startswith("61"):
        digits = digits[2:]
    digits = digits.lstrip("0")
    if len(digits) < 6:
        return None
    body = r"[\s.\-()]*".join(digits)
    return re.compile(rf"(?<![\d+])(?:(?:\+|00)\s?61[\s.\-]*)?\(?0?\)?[\s.\-]*{body}(?!\d)")


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    tokens: set[str] = set()
    for name in names:
        for word in re.findall(r"[\w'\-]+", fold(name)):
            tokens.add(word.strip("'-"))
            tokens.update(part for part in re.split(r"[\-']", word) if len(part) >= 3)
    tokens = {t for t in tokens if len(t) >= 2 and not t.isdigit()}
    if not tokens:
        return None
    alt = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alt})(?:\s+(?:{alt}))*(s)?(?!\w)")


class Scrubber:
    """Replaces one client's identifying details in free text; call it on each text.

    ``client`` gives the name, date of birth, phone, e-mail and address;
    ``names`` adds other names the client goes by; ``others`` are other
    people's names (parties) to hide as ``others_as``. E-mail addresses,
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
        born = client.date_of_birth if client is not None else None
        self._client_as, self._others_as = client_as, others_as
        self._contact_as = contact_as
        folded: list[tuple[re.Pattern[str] | None, str]] = [
            (_EMAIL, contact_as),
            (_address_pattern(contact.address) if contact else None, contact_as),
            (_dob_pattern(born) if born else None, dob_as),
            (_phone_pattern(contact.phone) if contact else None, contact_as),
        ]
        self._folded_patterns = [(p, r) for p, r in folded if p is not None]
        self._client_names = _name_pattern(own)
        self._other_names = _name_pattern(others)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        low, index = _folded(text)
        found: list[_Span] = []
        for pattern, replacement in self._folded_patterns:
            found += _spans(pattern, low, index, text, replacement)
        found += self._phones(low, index, text)
        found += [(m.start(), m.end(), self._contact_as) for m in _ADDRESS.finditer(text)
                  if all(w[0].isupper() for w in m.group(1).split())]  # fmt: skip
        for pattern, said in ((self._client_names, self._client_as),
                              (self._other_names, self._others_as)):  # fmt: skip
            if pattern is not None:
                found += self._names(pattern, low, index, text, said)
        return _apply(text, found)

    def _phones(self, low: str, index: list[int] | None, text: str) -> list[_Span]:
        spans = []
        for match in _PHONE.finditer(low):
            digits = sum(ch.isdigit() for ch in match.group())
            if 8 <= digits <= 15 and not _DATE_SHAPED.fullmatch(match.group()):
                spans.append(
                    (*_original(match.start(), match.end(), index, text), self._contact_as)
                )
        return spans

    @staticmethod
    def _names(
        pattern: re.Pattern[str], low: str, index: list[int] | None, text: str, said: str
    ) -> list[_Span]:
        spans = []
        for match in pattern.finditer(low):
            start, end = _original(match.start(), match.end(), index, text)
            word = said + ("'s" if match.group(1) else "")
            if word[:1].islower() and _SENTENCE_START.search(text[:start]):
                word = word[0].upper() + word[1:]
            spans.append((start, end, word))
        return spans


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
