"""Goal-wording checks: is a goal the client's behaviour, positive, and measurable?

The rules come from Garvin (2009) and QCOSS (2014) as quoted in seed 002: a
goal is stated as client (not practitioner) behaviour, in positive terms, and
so that the client knows when it has been achieved. This module is the
verdict: it reads each sentence (``_sentence``), asks the three rule sets of a
:class:`WordingRules` about it, combines the sentences' decisions into
findings, adds the hint that quotes the client's part of the goal, and caches
the result per wording, names and settings (``_cache``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casemgmt.core import Finding, Severity
from casemgmt.planning._wording._actors import _looks_like_name
from casemgmt.planning._wording._cache import CACHE, statement_key
from casemgmt.planning._wording._lexicon import _compile, _Context
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._rules_measurable import vague_word
from casemgmt.planning._wording._rules_positive import NEGATIVE_TERMS
from casemgmt.planning._wording._rules_who import NOT_CLIENT_BEHAVIOUR, QUOTES_CLIENT_PART
from casemgmt.planning._wording._rulesets import DEFAULT_WORDING_RULES, WordingRules, plan
from casemgmt.planning._wording._sentence import (
    Decision,
    after_colon,
    colon_clause,
    decide,
    read_sentence,
)
from casemgmt.planning._wording._terms import DEFAULT_TERMS, WordingTerms
from casemgmt.planning._wording._tokens import _ATTACHED, _display_forms, _fold, _tokenise

NOT_MEASURABLE = "goal.not-measurable"
WORDING_CODES = (NOT_CLIENT_BEHAVIOUR, NEGATIVE_TERMS, NOT_MEASURABLE)
_EMPTY = (
    Finding(
        NOT_MEASURABLE,
        Severity.WARNING,
        "The goal is empty, so nothing says when it is achieved.",
        hint="Write what the client will do, how often or by how much.",
    ),
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
    joined = " ".join(names)
    if joined.replace(" ", "").isalpha() and joined.isascii():
        words = joined.lower().split()  # letters and spaces only: what the pattern finds
    else:
        words = _NAME_PART.findall(_fold(joined).lower())
    if len(words) == 1:  # one given name (most callers): no set to build and sort
        w = words[0]
        return (w,) if len(w) > 1 and not (drop_titles and w in _TITLES) else ()
    # Unique and sorted, by a loop: a set comprehension is a function call of its own,
    # and a judge is built for every case (the client's first and full name: 2-3 words)
    kept: list[str] = []
    for w in words:
        if len(w) > 1 and w not in kept and not (drop_titles and w in _TITLES):
            kept.append(w)
    kept.sort()
    return tuple(kept)


_NO_ONE: frozenset[str] = frozenset()
"""The family names a statement holds when it holds none (most): no set built per statement."""


def _check(
    text: str,
    names: tuple[str, ...],
    names_given: bool,
    family: tuple[str, ...],
    setting: tuple[WordingTerms, WordingRules],
) -> tuple[Finding, ...]:
    """The judgement: ``names``/``family`` hold only the parts that occur in
    ``text`` (others cannot change the reading), so the same goal wording is
    analysed once for a whole caseload (``_cache``).

    Each sentence is read and the three rule sets asked in turn: the first
    sentence a who-acts or positive-terms rule finds something in decides that
    question; any measurable rule's evidence in any sentence makes it measurable.
    """
    terms, rules = setting
    lex = _compile(terms)
    ctx = _Context(lex, frozenset(names), frozenset(family) if family else _NO_ONE, names_given)
    sentences = _tokenise(text, lex.shorthand)
    if not sentences:
        return _EMPTY
    failures: list[Finding] = []
    readings: list[GoalReading] = []
    who: Decision | None = None
    helped: str | None = None
    negative: Decision | None = None
    measurable = False
    for sent in sentences:
        reading = read_sentence(sent, ctx, text)
        if reading is None:
            continue
        readings.append(reading)
        who_rules, positive_rules, measurable_rules = plan(rules, reading)
        if who is None or (not helped and who[0] in QUOTES_CLIENT_PART):
            decided = decide(who_rules, reading, ctx, failures)
            who = who or decided
            if decided is not None or len(sentences) > 1:  # else no finding can quote it
                helped = _client_part(reading, decided, ctx, helped)
        if negative is None:
            negative = decide(positive_rules, reading, ctx, failures)
        if not measurable:
            measurable = decide(measurable_rules, reading, ctx, failures) is not None
        if _COLON in sent.toks:  # "Identify Triggers: Write down...": a step of its own
            negative, measurable = after_colon(
                sent, (rules, ctx, text), failures, (negative, measurable)
            )
    findings: list[Finding] = []
    if who is not None:
        findings.extend(who[1])
        if helped and who[0] in QUOTES_CLIENT_PART and findings[0].code == NOT_CLIENT_BEHAVIOUR:
            first = findings[0]
            quote = f"{_QUOTING_HINT}The client will {_quote(helped, text, ctx)}'."
            findings[0] = Finding(first.code, first.severity, first.message, first.path, quote)
    if negative is not None:
        findings.extend(negative[1])
    if not measurable:
        findings.append(_not_measurable(readings, ctx))
    return (*findings, *failures)


_COLON = ":"


def _client_part(
    reading: GoalReading, decided: Decision | None, ctx: _Context, helped: str | None
) -> str | None:
    """The client's own act so far, for a hint that quotes it: the predicate of the
    first client clause, or what follows "to" in a worker's instruction or a passive
    ("Help Carla to find housing": "find housing")."""
    pred, toks = reading.pred, reading.toks
    if pred is None:
        return helped
    if decided is None:
        return helped or " ".join(toks[pred.main : pred.end]) if pred.main < len(toks) else helped
    if helped is None and decided[0] in QUOTES_CLIENT_PART:
        for k in range(pred.main, pred.end):
            if toks[k] == "to" and k + 1 < pred.end and ctx.lex.any_verb.has(toks[k + 1]):
                return " ".join(toks[k + 1 : pred.end])
    return helped


def _not_measurable(readings: list[GoalReading], ctx: _Context) -> Finding:
    """The flag, quoting the first vague verb ("improve") when a sentence has one."""
    vague = next((w for r in readings if (w := vague_word(r, ctx)) is not None), None)
    direction = f" ('{vague}' gives a direction, not an end point)" if vague else ""
    return Finding(
        NOT_MEASURABLE,
        Severity.WARNING,
        "Nothing observable says when the goal is achieved: no count, frequency, "
        f"amount, threshold or completed event{direction}.",
        hint="Add how often, how many or how much, or a concrete step the client "
        "completes, e.g. 'paying $100/month for six months' (QCOSS 2014).",
    )


class GoalJudge:
    """Judges one client's goal statements: the names are read once, not per goal.

    ``check_goal_statement`` builds one per call; a rule checking a whole
    plan builds one per case, so a cached wording costs a fold, a few
    substring tests and a dict lookup. Holds the name parts only for the
    judge's own lifetime (they are not cached).
    """

    __slots__ = ("_family", "_given", "_names", "_setting", "_setting_id")

    def __init__(
        self,
        client_names: Sequence[str] = (),
        family_members: Sequence[str] = (),
        terms: WordingTerms = DEFAULT_TERMS,
        rules: WordingRules = DEFAULT_WORDING_RULES,
    ) -> None:
        self._names = _name_parts(client_names, drop_titles=True) if client_names else ()
        self._family = _name_parts(family_members, drop_titles=False) if family_members else ()
        self._given = bool(self._names)
        if terms is DEFAULT_TERMS and rules is DEFAULT_WORDING_RULES:  # most callers
            self._setting, self._setting_id = _DEFAULT_SETTING, _DEFAULT_SETTING_ID
        else:
            self._setting = _setting(terms, rules)
            self._setting_id = hash(self._setting)

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

    def explain(self, text: str) -> list[tuple[str, Finding]]:
        """Each sentence's deciding rules and their findings (see ``explain_goal_statement``)."""
        _, text, names, family = self._key(text)
        terms, rules = self._setting
        lex = _compile(terms)
        ctx = _Context(lex, frozenset(names), frozenset(family), self._given)
        out: list[tuple[str, Finding]] = []
        failures: list[Finding] = []
        for sent in _tokenise(text, lex.shorthand):
            reading = read_sentence(sent, ctx, text)
            if reading is None:
                continue
            asked = [(reading, s.rules) for s in (rules.who_acts, rules.positive_terms)]
            asked.append((reading, rules.measurable.rules))
            colon = colon_clause(sent, rules, ctx, text) if _COLON in sent.toks else None
            if colon is not None:  # the clause after a colon, read on its own
                asked += [(colon[0], colon[1][0]), (colon[0], colon[1][1])]
            for read, rule_set in asked:
                decided = decide(rule_set, read, ctx, failures)
                if decided is not None:
                    out.extend((decided[0], f) for f in decided[1])
        out.extend(("", f) for f in failures)
        return out

    def _key(self, text: str) -> tuple[_Key, str, tuple[str, ...], tuple[str, ...]]:
        """The cache key (hashes only), the folded text and the name parts it holds."""
        if not text.isascii():
            text = _fold(text)
        names, family = self._names, self._family
        if names or family:
            lowered = text.lower()
            if names:
                names = _within(names, lowered)
            if family:
                family = _within(family, lowered)
        key = (statement_key(text, names, family, self._given), self._setting_id)
        return key, text, names, family

    def _findings(
        self, key: _Key, text: str, names: tuple[str, ...], family: tuple[str, ...]
    ) -> tuple[Finding, ...]:
        found = CACHE.get(key)
        if found is None:
            found = CACHE.put(key, _check(text, names, self._given, family, self._setting))
        return found


def _within(parts: tuple[str, ...], lowered: str) -> tuple[str, ...]:
    """The name parts that occur in ``lowered``, in order.

    A loop, not ``tuple(filter(lowered.__contains__, parts))``: a judge asks this
    of every goal, for two or three parts, and the filter costs twice as much
    (issue 19).
    """
    found: tuple[str, ...] = ()
    for part in parts:
        if part in lowered:
            found = (*found, part)
    return found


_Key = tuple[tuple[int, int], int]
"""The statement's hash and length, and the setting's hash (``_setting``)."""


def _setting(terms: WordingTerms, rules: WordingRules) -> tuple[WordingTerms, WordingRules]:
    """The terms and rules a judgement depends on; the cache key holds their hash,
    worked out once per judge (the default pair's once per process)."""
    if terms is DEFAULT_TERMS and rules is DEFAULT_WORDING_RULES:
        return _DEFAULT_SETTING
    if not isinstance(rules, WordingRules):
        msg = f"rules must be a WordingRules, got {type(rules).__name__}"
        raise TypeError(msg)
    return terms, rules


_DEFAULT_SETTING = (DEFAULT_TERMS, DEFAULT_WORDING_RULES)
_DEFAULT_SETTING_ID = hash(_DEFAULT_SETTING)


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
    rules: WordingRules = DEFAULT_WORDING_RULES,
) -> list[Finding]:
    """Judge one goal statement's wording: client behaviour, positive terms, measurable.

    ``client_names`` are names that refer to the client; ``family_members``
    are names of people the agency also serves (the client's children), whose
    actions count as the client's; ``terms`` is the vocabulary and ``rules``
    the rule sets (an agency's own, built from ``DEFAULT_WORDING_RULES``).
    Returns WARNING findings with codes ``goal.not-client-behaviour``,
    ``goal.negative-terms``, ``goal.not-measurable`` (and an ERROR
    ``rule.failed`` for an agency rule that raised).

    >>> [f.code for f in check_goal_statement("Jon will not argue with his neighbour")]
    ['goal.negative-terms', 'goal.not-measurable']
    >>> check_goal_statement("Carla will attend family group therapy with the children")
    []
    """
    return list(GoalJudge(client_names, family_members, terms, rules)(text))


def explain_goal_statement(
    text: str,
    *,
    client_names: Sequence[str] = (),
    family_members: Sequence[str] = (),
    terms: WordingTerms = DEFAULT_TERMS,
    rules: WordingRules = DEFAULT_WORDING_RULES,
) -> list[tuple[str, Finding]]:
    """Which rule decided what, sentence by sentence: (rule name, finding) pairs.

    For each sentence, the deciding rule of each rule set (who acts, positive
    terms, measurable) with its findings; a measurable rule's finding is its
    ``goal.measurable`` evidence. Not cached; hints are as the rule wrote them.

    >>> for name, f in explain_goal_statement("Jon will walk 30 minutes daily"):
    ...     print(name, "-", f.message)
    measurable.criterion - measurable: a number
    """
    return GoalJudge(client_names, family_members, terms, rules).explain(text)
