"""Goal-wording checks: is a goal the client's behaviour, positive, and measurable?

The rules come from Garvin (2009) and QCOSS (2014) as quoted in seed 002: a
goal is stated as client (not practitioner) behaviour, in positive terms, and
so that the client knows when it has been achieved. The analyser is small and
rule based: it tokenises the statement, splits it into sentences, finds each
sentence's subject, modal and main verb, notes passive voice, imperatives and
the scope of negation, then judges the three questions. Word lists live in
:mod:`casemgmt.planning._wording._terms` so an agency can extend them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casemgmt.core import Finding, Severity
from casemgmt.planning._wording._actors import _looks_like_name
from casemgmt.planning._wording._cache import CACHE, statement_key
from casemgmt.planning._wording._lexicon import _OTHER, _WORKER, _compile, _Context, _Verdict
from casemgmt.planning._wording._sentence import _analyse_sentence
from casemgmt.planning._wording._terms import DEFAULT_TERMS, WordingTerms
from casemgmt.planning._wording._tokens import _ATTACHED, _display_forms, _fold, _tokenise

NOT_CLIENT_BEHAVIOUR = "goal.not-client-behaviour"
NEGATIVE_TERMS = "goal.negative-terms"
NOT_MEASURABLE = "goal.not-measurable"
WORDING_CODES = (NOT_CLIENT_BEHAVIOUR, NEGATIVE_TERMS, NOT_MEASURABLE)
_ACTOR_MESSAGES = {
    "program": "The goal sets a target for clients in general (a program or agency measure), "
    "not one client's behaviour.",
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


_NEG_HINT_WORDS = [
    (w, re.compile(rf"\b{re.escape(w)}"), better) for w, better in _NEG_HINTS.items()
]


def _negative_hint(text_low: str) -> str:
    for plain, word, better in _NEG_HINT_WORDS:
        if plain in text_low and word.search(text_low):  # the substring test is the cheap one
            return (
                "Say what the client will do instead, for example "
                f"'will {better} ...', with how often or by when."
            )
    return (
        "Say what the client will do instead (the behaviour that replaces the problem), "
        "e.g. 'Jon will develop good relationships with his neighbour' rather than "
        "'Jon will not argue with his neighbour' (QCOSS 2014)."
    )


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


_NAME_PART = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "mx"))


def _name_parts(names: Sequence[str], *, drop_titles: bool) -> tuple[str, ...]:
    """The lower-cased words of the given names, accents folded ("Carla Rossi" -> carla, rossi)."""
    words = _NAME_PART.findall(_fold(" ".join(names)).lower())
    return tuple(sorted({w for w in words if len(w) > 1 and not (drop_titles and w in _TITLES)}))


def _check(
    text: str,
    names: tuple[str, ...],
    names_given: bool,
    family: tuple[str, ...],
    terms: WordingTerms,
) -> tuple[Finding, ...]:
    """The judgement: ``names``/``family`` hold only the parts that occur in
    ``text`` (others cannot change the reading), so the same goal wording is
    analysed once for a whole caseload (``_cache``)."""
    lex = _compile(terms)
    ctx = _Context(lex, frozenset(names), frozenset(family), names_given)
    verdict = _Verdict()
    sentences = _tokenise(text, lex.shorthand)
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
            f"{_QUOTING_HINT}The client will {helped}'."
            if helped and verdict.actor_reason in ("imperative", "passive", "receiving")
            else "Rewrite with the client as the one who acts, e.g. 'The client will find "
            "a rental and sign the lease by June'; put worker tasks in the actions."
        )
        findings.append(
            Finding(
                NOT_CLIENT_BEHAVIOUR,
                Severity.WARNING,
                _ACTOR_MESSAGES[verdict.actor_reason]
                + (f" Decided by '{verdict.actor_word}'." if verdict.actor_word else "")
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


class GoalJudge:
    """Judges one client's goal statements: the names are read once, not per goal.

    ``check_goal_statement`` builds one per call; a rule checking a whole
    plan builds one per case, so a cached wording costs a fold, a few
    substring tests and a dict lookup. Holds the name parts only for the
    judge's own lifetime (they are not cached).
    """

    __slots__ = ("_family", "_given", "_names", "_terms")

    def __init__(
        self,
        client_names: Sequence[str] = (),
        family_members: Sequence[str] = (),
        terms: WordingTerms = DEFAULT_TERMS,
    ) -> None:
        self._names = _name_parts(client_names, drop_titles=True) if client_names else ()
        self._family = _name_parts(family_members, drop_titles=False) if family_members else ()
        self._given = bool(self._names)
        self._terms = terms

    def __call__(self, text: str) -> tuple[Finding, ...]:
        """The findings for one statement (cached per wording and the names it holds)."""
        key, text, names, family = self._key(text)
        return self._findings(key, text, names, family)

    def at(self, text: str, path: str) -> tuple[tuple[Finding, ...], bool]:
        """The findings for one statement, each with ``path`` (a plan rule's view), and
        whether a hint quotes the goal's digits or ``@`` (a date, phone, e-mail or
        address the caller may need to scrub). A wording already placed at ``path``
        costs one lookup."""
        key, text, names, family = self._key(text)
        placed = CACHE.placed_at(key, path)
        if placed is None:
            found = self._findings(key, text, names, family)
            placed = CACHE.place(key, path, found, hint_may_hold_details)
        return placed

    def _key(self, text: str) -> tuple[_Key, str, tuple[str, ...], tuple[str, ...]]:
        """The cache key (hashes only), the folded text and the name parts it holds."""
        if not text.isascii():
            text = _fold(text)
        names, family = self._names, self._family
        if names or family:
            lowered = text.lower()
            names = tuple([n for n in names if n in lowered])
            family = tuple([n for n in family if n in lowered])
        return (statement_key(text, names, family, self._given), self._terms), text, names, family

    def _findings(
        self, key: _Key, text: str, names: tuple[str, ...], family: tuple[str, ...]
    ) -> tuple[Finding, ...]:
        found = CACHE.get(key)
        if found is None:
            found = CACHE.put(key, _check(text, names, self._given, family, self._terms))
        return found


_Key = tuple[tuple[int, int], object]


_QUOTING_HINT = "State it as the client's own action, e.g. '"


def hint_quotes_goal(hint: str) -> bool:
    """Whether a hint quotes the goal's own words (so may need the details scrubber)."""
    return hint.startswith(_QUOTING_HINT)


_DETAIL_MARK = re.compile(r"[\d@]")


def hint_may_hold_details(hint: str) -> bool:
    """Whether a hint quotes the goal and the quote holds a digit or ``@``: it could
    carry a date, phone, e-mail or numbered street address."""
    return hint.startswith(_QUOTING_HINT) and _DETAIL_MARK.search(hint) is not None


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
    return list(GoalJudge(client_names, family_members, terms)(text))
