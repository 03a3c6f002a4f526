"""Who acts: the rule set that decides whether a sentence is the client's own behaviour.

A decision list (Garvin 2009: goals are stated as client, not practitioner,
behaviour): the first rule with a finding decides the sentence, and the first
sentence with one decides the statement. Each rule is named for what it
decides and quotes the vocabulary entry that decided it ("Decided by 'case
manager'."), never a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.core import Finding, RuleSet, Severity
from casemgmt.planning._wording import _classes as word
from casemgmt.planning._wording._actors import (
    _acts_on_client,
    _classify_np,
    _client_object,
    _is_receiving,
)
from casemgmt.planning._wording._clauses import _Predicate
from casemgmt.planning._wording._guards import guard
from casemgmt.planning._wording._instructions import _practice_evidence, _serves_group
from casemgmt.planning._wording._lexicon import (
    _CLIENT,
    _JOINT,
    _NONE,
    _OTHER,
    _PROGRAM,
    _WORKER,
    _Context,
    _Lexicon,
)
from casemgmt.planning._wording._populations import (
    _aim_instruction,
    _population_cue,
    _program_aim,
    _program_target,
)
from casemgmt.planning._wording._purposes import purpose_owner
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._services import _done_by_someone, _names_service
from casemgmt.planning._wording._tables import (
    _AVAILABLE,
    _DELIVERED,
    _DETERMINERS,
    _GIVING_VERBS,
    _HAVE,
    _PREPOSITIONS,
    _SELF_WORDS,
    _WISH_VERBS,
)

__all__ = ["NOT_CLIENT_BEHAVIOUR", "QUOTES_CLIENT_PART", "WHO_ACTS_RULES"]

NOT_CLIENT_BEHAVIOUR = "goal.not-client-behaviour"
_GARVIN = " (Garvin 2009: goals are stated as client behaviour.)"
REWRITE_HINT = (
    "Rewrite with the client as the one who acts, e.g. 'The client will find "
    "a rental and sign the lease by June'; put worker tasks in the actions."
)
_NO = ()
_NAME_S_NOUN = 2  # a relative's subject holds more words: "Walter 's daughter"


def _not_client(message: str, evidence: str | None = None) -> tuple[Finding]:
    """The finding, with the deciding vocabulary entry when there is one."""
    decided = f" Decided by '{evidence}'." if evidence else ""
    return (
        Finding(
            NOT_CLIENT_BEHAVIOUR,
            Severity.WARNING,
            message + decided + _GARVIN,
            hint=REWRITE_HINT,
        ),
    )


def _first_entry(
    reading: GoalReading, lexicon: _Lexicon, ctx: _Context, stop: int | None = None
) -> str | None:
    """The first entry of ``lexicon`` in the clause (before ``stop``) that is not one of
    the given names."""
    toks = reading.toks
    for i, w in enumerate(toks[:stop]):
        m = None if w in ctx.names or w in ctx.family else lexicon.match(toks, i)
        if m:
            return m[1]
    return None


# --- the rules, in the order they are asked -----------------------------------------


@guard(verb=False)
def service_entry(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A goal with no verb that names a service or worker task ("Weekly home visits",
    "Referral to a GP"): receiving a service is not the client's behaviour."""
    toks = reading.toks
    if reading.pred is not None or not (
        _names_service(toks, ctx)
        or _serves_group(toks, 0, len(toks), ctx)
        or _done_by_someone(reading, ctx)
    ):
        return _NO
    return _not_client(
        "The goal names a service or worker task rather than something the client will do."
    )


@guard(needs=(word.PURPOSE_NOUN,))
def program_purpose(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A service's or agency's purpose ("The goal of case management is to optimize...",
    "... is the goal of the vocational rehabilitation program"): its aim, not the client's."""
    full = reading.full
    if ctx.lex.terms.purpose_nouns.isdisjoint(full):
        return _NO
    owner = purpose_owner(full, ctx)
    if owner is None:
        return _NO
    return _not_client(
        "The goal states what a service, agency or program sets out to do, not what the "
        "client will do.",
        owner,
    )


_POPULATION = word.PEOPLE_RELATIVE | word.PLURAL_LINK
_AT_LARGE = word.PROGRAM_NOUN | word.AIM_VERB | word.PEOPLE_RELATIVE
"""Alone enough; else a share ("of" + a client term) or a plural verb ("Youth are")."""


@guard(needs=(_AT_LARGE | word.OF | word.PLURAL_LINK, _AT_LARGE | word.CLIENT_NOUN))
def program_target(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A target for clients in general ("80% of participants will...", "Clients will..."):
    an agency's performance measure is not one client's behaviour."""
    pred, toks = reading.pred, reading.toks
    if pred is None:  # a heading ("Number of clients housed"): no entry is quoted
        if not (_program_target(toks, 0, len(toks), ctx) or _program_aim(toks, 0, len(toks), ctx)):
            return _NO
        return _not_client(_PROGRAM_TARGET)
    s = reading.subj_start  # a subject cut at a preposition: its measure starts earlier
    if reading.subject != _PROGRAM and not (
        _program_target(toks, 0 if s and toks[s - 1] in _PREPOSITIONS else s, pred.end, ctx)
        or (reading.subj_end == 0 and _aim_instruction(reading, pred, ctx))  # instructions
        or (reading.classes & _POPULATION and _population_cue(reading, s, ctx))
    ):
        return _NO
    return _not_client(_PROGRAM_TARGET, _first_entry(reading, ctx.lex.program, ctx))


_PROGRAM_TARGET = (
    "The goal sets a target for clients in general (a program or agency measure), "
    "not one client's behaviour."
)


@guard(verb=True, instruction=True)
def worker_instruction(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """An instruction to a worker ("Help Carla to...", "Refer to a GP", "To support
    Carla..."): what staff will do."""
    if reading.pred is None or not reading.imperative_worker:
        return _NO
    toks, lex = reading.toks, ctx.lex
    first = 1 if toks[0] == "to" else 0
    m = (
        lex.worker_verbs.match(toks, first)
        or (_catenated(reading, first, ctx) and lex.worker_verbs.match(toks, reading.pred.main))
        or _practice_evidence(toks, reading.pred, first, ctx)
        or lex.any_verb.match(toks, first)
    )
    return _not_client(
        "The goal is worded as an instruction to a worker (what staff will do), "
        "not as something the client will do.",
        m[1] if m and toks[first] not in ctx.names else None,
    )


def _catenated(reading: GoalReading, first: int, ctx: _Context) -> bool:
    """Does the instruction's verb follow a catenative right away ("Continue to monitor")?"""
    pred = reading.pred
    return (
        pred is not None
        and pred.main - first <= _CATENATIVE_GAP
        and ctx.lex.catenative.match(reading.toks, first) is not None
    )


_CATENATIVE_GAP = 3
"""Words from a catenative to its verb ("continue to monitor", "begin to work with")."""


@guard(verb=True, subjects=(_WORKER,))
def worker_acts(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A worker, service or agency is the subject ("Case manager will refer...")."""
    if reading.pred is None or reading.subject != _WORKER:
        return _NO
    return _not_client(
        "The goal says what a worker, service or agency will do; a goal should say "
        "what the client will do.",
        _first_entry(reading, ctx.lex.worker, ctx, reading.subj_end or None),
    )


@guard(verb=True, subjects=(_OTHER, _CLIENT))
def someone_else_acts(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """Someone other than the client is the subject ("The landlord will fix..."), or a
    relative acts on the client ("Walter's daughter will visit him")."""
    pred = reading.pred
    if pred is None or not (
        reading.subject == _OTHER
        or (
            reading.subject == _CLIENT
            and reading.subj_end - reading.subj_start > _NAME_S_NOUN  # "Walter 's daughter"
            and _relative_acts_on_client(reading, pred, ctx)
        )
    ):
        return _NO
    return _not_client(
        "The goal says what someone other than the client will do; a goal should say "
        "what the client will do."
    )


@guard(verb=True, subjects=(_JOINT,))
def shared_with_worker(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """The client and a worker share the act ("Ali and his worker will meet...")."""
    if reading.pred is None or reading.subject != _JOINT:
        return _NO
    return _not_client(
        "The client shares the action with a worker, so the goal does not say what the "
        "client alone will do.",
        _first_entry(reading, ctx.lex.worker, ctx),
    )


@guard(verb=True, subjects=(_CLIENT,), needs=(word.RECEIVING_VERB,))
def receives_service(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """The client only receives a service ("Ali will receive weekly counselling", "will
    benefit from group therapy"); attaining something of one's own is an act."""
    pred = reading.pred
    if (
        pred is None
        or reading.subject != _CLIENT
        or pred.passive == _WORKER
        or pred.main >= len(reading.toks)
        or reading.toks[pred.main] not in ctx.lex.receiving.first_words
        or not _receives(reading.toks, pred, ctx)
    ):
        return _NO
    return _not_client(
        "The client only receives a service here; a goal should name something the client will do.",
        _verb_entry(reading, pred, ctx),
    )


@guard(verb=True, subjects=(_CLIENT,), needs=(word.GIVING_VERB,))
def delivers_service(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """The subject delivers a service ("I will provide two classroom lessons"): a
    practitioner writing their own goal, whatever the subject word."""
    pred, toks = reading.pred, reading.toks
    if pred is None or reading.subject != _CLIENT or pred.lemma not in _GIVING_VERBS:
        return _NO
    end = next((k for k in range(pred.main + 1, pred.end) if toks[k] in _PREPOSITIONS), pred.end)
    if not any(toks[k] in _DELIVERED for k in range(pred.main + 1, end)):
        return _NO
    return _not_client(
        "The goal says what a worker, service or agency will do; a goal should say "
        "what the client will do.",
        pred.lemma,
    )


@guard(verb=True, passive=True)
def done_by_worker(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A passive with a worker as the doer: a worker's participle ("will be referred",
    "be supported to") or a worker "by" agent; "by herself" keeps it the client's."""
    pred = reading.pred
    if pred is None or not pred.passive:
        return _NO
    agent = _by_agent(reading, pred, ctx)
    if agent == "worker" or (agent is None and pred.passive == _WORKER):
        return _not_client(
            "The goal is in the passive voice with a worker as the doer (the client is "
            "helped, referred or supported), so it describes practitioner behaviour.",
            _verb_entry(reading, pred, ctx),
        )
    return _NO


@guard(verb=True, subjects=(_NONE,))
def done_by_no_one(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A task passive with no one doing it ("Housing will be secured")."""
    pred = reading.pred
    if pred is None or reading.subject != _NONE:
        return _NO
    provided = pred.state in _AVAILABLE  # "Childcare will be available for all recipients"
    if not provided and (pred.passive != "unknown" or _by_agent(reading, pred, ctx) is not None):
        return _NO
    return _not_client(
        "The goal says something will be done but names no one doing it; it does "
        "not say what the client will do."
    )


@guard(verb=True, subjects=(_NONE,), passive=False)
def thing_acts_on_client(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """An activity, tool or program does a worker's act to the client ("This activity will
    help teach the child to..."): the service acts; not "Daily walks will help reduce
    stress" (no one is acted on)."""
    pred, toks = reading.pred, reading.toks
    if pred is None or reading.subject != _NONE or pred.passive:
        return _NO
    wv = ctx.lex.worker_verbs.match(toks, pred.main)
    if wv is None:
        return _NO
    after = pred.main + wv[0]
    if ctx.lex.any_verb.has(toks[after] if after < len(toks) else ""):
        after += 1  # "help teach the child": the second verb's object
    lex = ctx.lex
    k = next((j for j in range(after, len(toks)) if toks[j] not in _DETERMINERS), after)
    if not (_client_object(toks, reading.caps, after, ctx) or lex.family.match(toks, k)):
        return _NO  # the client, or in a family plan the child
    return _not_client(
        "The goal says what an activity, program or service will do to the client; a "
        "goal should say what the client will do.",
        wv[1],
    )


WHO_ACTS_RULES: RuleSet[GoalReading, _Context] = RuleSet(
    (
        ("who-acts.service-entry", service_entry),
        ("who-acts.program-target", program_target),
        ("who-acts.worker-instruction", worker_instruction),
        ("who-acts.worker-acts", worker_acts),
        ("who-acts.someone-else-acts", someone_else_acts),
        ("who-acts.shared-with-worker", shared_with_worker),
        ("who-acts.receives-service", receives_service),
        ("who-acts.delivers-service", delivers_service),
        ("who-acts.done-by-worker", done_by_worker),
        ("who-acts.done-by-no-one", done_by_no_one),
        ("who-acts.thing-acts-on-client", thing_acts_on_client),
        ("who-acts.program-purpose", program_purpose),
    )
)
"""Who acts, in order; the first rule with a finding decides the sentence."""

QUOTES_CLIENT_PART = frozenset(
    ("who-acts.worker-instruction", "who-acts.receives-service", "who-acts.done-by-worker")
)
"""Rules whose goal wraps the client's own act ("Help Carla to find housing"): their
hint quotes that act back ("The client will find housing")."""


# --- what the rules read ------------------------------------------------------------


def _verb_entry(reading: GoalReading, pred: _Predicate, ctx: _Context) -> str | None:
    """The worker participle or receiving verb at the main verb ("referred", "receive")."""
    lex, toks = ctx.lex, reading.toks
    m = lex.worker_participles.match(toks, pred.main) or lex.receiving.match(toks, pred.main)
    return m[1] if m else None


def _receives(toks: Sequence[str], pred: _Predicate, ctx: _Context) -> bool:
    """Receiving a service, or having something made available ("R will have bedside
    activities available daily"); the main verb starts a receiving entry (asked first)."""
    return _is_receiving(toks, pred, ctx) or (
        toks[pred.main] in _HAVE and any(t in _AVAILABLE for t in toks[pred.main : pred.end])
    )


def _relative_acts_on_client(reading: GoalReading, pred: _Predicate, ctx: _Context) -> bool:
    """ "Walter's daughter will visit him" (not "Jake's parents would like him to...")."""
    toks, start = reading.toks, reading.subj_start
    return (
        "'s" in toks[start : reading.subj_end]
        and toks[start] in ctx.names
        and _acts_on_client(toks, pred, ctx)
        and not (toks[pred.main] in _WISH_VERBS and "to" in toks[pred.main + 2 : pred.main + 3])
    )


def _by_agent(reading: GoalReading, pred: _Predicate, ctx: _Context) -> str | None:
    """Who a passive's "by" names: "worker" (a worker or someone else: "by staff"),
    "self" (the client acting on themself: "by herself"), or None (no "by", or neither)."""
    toks = reading.toks
    for k in range(pred.main, pred.end):
        if toks[k] == "by" and k + 1 < pred.end:
            agent = _classify_np(toks, reading.caps, k + 1, min(pred.end, k + 5), ctx)
            if agent in (_WORKER, _OTHER):
                return "worker"
            if agent == _CLIENT and toks[k + 1] in _SELF_WORDS:
                return "self"
            return None
    return None
