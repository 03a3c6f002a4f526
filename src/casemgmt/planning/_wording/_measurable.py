"""Measurable: is the verb at an index one verifiable accomplishment (enrol, obtain, move
into, sign a lease)? The measurable rules (``_rules_measurable``) ask it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from casemgmt.planning._wording._clauses import _object_heads
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._tables import (
    _ABSTRACT_ENDINGS,
    _ATTENDANCE,
    _CHOOSING_VERBS,
    _COMPARATIVES,
    _COMPLETE_ALONE,
    _COMPLETE_ANY,
    _CONTACT_PREPOSITIONS,
    _CONTACT_VERBS,
    _COORD_MODIFIERS,
    _CREATION,
    _DETERMINERS,
    _DIRECTION_WORDS,
    _GIVING_VERBS,
    _GROUP_NOUNS,
    _INNER_NOUNS,
    _MAKING_VERBS,
    _MOVE_PARTICLES,
    _MOVE_VERBS,
    _ONE_THING,
    _PER_EVENT_VERBS,
    _PERFORMANCE_VERBS,
    _POSSESSIVES,
    _PREPOSITIONS,
    _RECORDING_VERBS,
    _SERVICE_HEAD_NOUNS,
    _STRONG_TELIC,
    _TRANSFER_VERBS,
    _WAYS_OF_LIVING,
)


def _shared_object(toks: Sequence[str], after: int, end: int, ctx: _Context) -> int:
    """Where a verb's object starts when it shares it with a coordinated verb.

    "create and follow a budget", "seek and maintain employment": the first
    verb's object is the one after the second verb.
    """
    if after + 1 < end and toks[after] in ("and", "or"):
        m = ctx.lex.any_verb.match(toks, after + 1)
        if m:
            return after + 1 + m[0]
    return after


def _accomplishment(
    toks: Sequence[str], v: int, end: int, ctx: _Context, subject: Sequence[int] = ()
) -> bool:
    """Is the verb at ``v`` a single verifiable accomplishment (enrol, obtain, move into)?

    ``subject`` holds the subject's token indices for a passive verb, whose
    grammatical subject is the thing acted on ("Housing will be secured").
    """
    m = ctx.lex.accomplishment.match(toks, v)
    if not m:
        return False
    length, lemma = m
    after = v + length
    particle = toks[after] if after < len(toks) else ""
    if (
        (lemma, particle) in _PARTICLE_EVENTS
        or (lemma in _MOVE_VERBS and particle in _MOVE_PARTICLES)
        or lemma in _RECORDING_VERBS  # "write down the reasons you want to quit": a record
    ):
        return _PARTICLE_EVENTS.get((lemma, particle), True)  # "find out", "move into"
    after = _shared_object(toks, after, end, ctx)
    obj = [*subject, *_object_heads(toks, after, end, limit=6)]
    events = _events_named(toks, lemma, obj, ctx)
    if events is not None:
        return events
    found = _object_kind(toks, obj, end, ctx, plurals=lemma in _STRONG_TELIC)
    if found == (None, False):
        found = _object_kind(toks, _coordinated_head(toks, obj, end, ctx), end, ctx)
    if found is None:  # an abstract object only ("develop skills"), unless a strong
        return lemma in _STRONG_TELIC and _thing_head(toks, obj, ctx)  # "Social Security cards"
    concrete, ongoing = found
    if lemma in _ATTENDANCE:
        return concrete is not None and not ongoing and concrete not in ctx.lex.ongoing
    return _event_with_object(toks, lemma, concrete, (after, end), ctx)


_PARTICLE_EVENTS = {("make", "sure"): False, ("make", "certain"): False, ("find", "out"): True}
"""Verb + particle: "make sure" is an assurance, not a made thing; "find out" is an event."""


def _object_kind(
    toks: Sequence[str], obj: Sequence[int], end: int, ctx: _Context, *, plurals: bool = False
) -> tuple[str | None, bool] | None:
    """The object's first concrete thing and whether it is an ongoing institution
    ("school", "meetings"); None when the object is only abstract ("skills").
    ``plurals``: a concrete thing in the plural counts ("obtain their ID cards");
    only for strong accomplishments ("make friends", "write resumes" read on)."""
    lex = ctx.lex
    abstract_seen = False
    program_heads = lex.program.first_words
    for j in obj:
        if toks[j] in program_heads and lex.program.match(toks, j):
            return None  # "Refer cases to...", "Connect offenders with...": many clients
        a = lex.abstract.match(toks, j)
        c = lex.concrete.match(toks, j) or (_plural_thing(toks[j], ctx) if plurals else None)
        if a and not (c and c[0] >= a[0]):
            abstract_seen = True
        elif c:
            return _concrete_at(toks, j, c, end, ctx)
        elif toks[j] in lex.ongoing:
            return None if abstract_seen else (None, True)
    return None if abstract_seen else (None, False)


def _plural_thing(w: str, ctx: _Context) -> tuple[int, str] | None:
    """A concrete thing in the plural ("cards", "forms"): its one-word singular entry."""
    if len(w) < 4 or not w.endswith("s") or w.endswith("ss"):
        return None
    single = ctx.lex.concrete.lemma(w[:-1])
    return (1, single) if single is not None else None


def _concrete_at(
    toks: Sequence[str], j: int, c: tuple[int, str], end: int, ctx: _Context
) -> tuple[str, bool]:
    """A concrete object at ``j``; ongoing when it or a word after it names an
    institution attended without end ("school", "meetings")."""
    ongoing_words = ctx.lex.ongoing
    nxt = toks[j + 1] if j + 1 < len(toks) else ""
    ongoing = toks[j] in ongoing_words and not ctx.lex.concrete.has(nxt)
    k = j + c[0]
    while k < end and k < j + 4 and toks[k] not in _PREPOSITIONS:
        if toks[k] in ongoing_words:
            return toks[k], True
        k += 1
    return c[1], ongoing


def _with_someone(toks: Sequence[str], after: int, end: int, ctx: _Context) -> bool:
    """ "a relationship with his neighbour": with one person, not a group ("with friends
    or family", "with others")."""
    if "with" not in toks[after:end]:
        return False
    j = toks.index("with", after) + 1
    while j < end and (toks[j] in _POSSESSIVES or toks[j] in ("a", "an", "the")):
        j += 1
    w = toks[j] if j < end else ""
    return not (w.endswith("s") or w in _GROUP_NOUNS or ctx.lex.program.has(w))


def _gives_service(toks: Sequence[str], after: int, end: int, ctx: _Context) -> bool:
    """Is what is given a service ("job training and support services"), whatever noun
    modifies it? Giving a service is ongoing work, not one event."""
    for j in range(after, min(end, after + 6)):
        if toks[j] in _PREPOSITIONS:
            break
        if ctx.lex.service.has(toks[j]):
            return True
    return False


def _coordinated_head(
    toks: Sequence[str], obj: Sequence[int], end: int, ctx: _Context
) -> list[int]:
    """ "a new religious or civic organization": the head comes after the coordinated
    modifiers, so the object goes on past "or" (not when a new verb follows)."""
    k = obj[-1] + 1 if obj else end
    if k + 1 >= end or toks[k] not in _COORD_MODIFIERS:
        return []
    if ctx.lex.any_verb.lemma(toks[k + 1]) == toks[k + 1]:
        return []  # a new verb: "get a flat and sign the lease"
    return _object_heads(toks, k + 1, end, limit=4)


def _event_with_object(
    toks: Sequence[str],
    lemma: str,
    concrete: str | None,
    span: tuple[int, int],
    ctx: _Context,
) -> bool:
    """A non-attendance event: relationships need a named person, services given are not
    the client's event, and concrete-only verbs ("get", "find") need a concrete thing."""
    after, end = span
    lex = ctx.lex
    if concrete in ("relationship", "relationships"):
        return lemma in _CREATION and _with_someone(toks, after, end, ctx)
    if concrete is None and lemma in _TRANSFER_VERBS:
        hits = (lex.concrete.match(toks, j) for j in range(after, min(end, after + 8)))
        concrete = next((c[1] for c in hits if c), None)
    if lemma in _GIVING_VERBS and (
        concrete is None
        or lex.service.has(concrete.split()[0])
        or _gives_service(toks, after, end, ctx)
    ):
        return False
    if lemma in lex.concrete_only:
        return concrete is not None or (lemma in _STRONG_TELIC and after < end)
    return True


def _nominal_accomplishment(toks: Sequence[str], ctx: _Context) -> str | None:
    """Noun-phrase goals naming an attained thing: "Stable housing", "Full-time job";
    the thing's entry, or None."""
    if ctx.lex.vague_verbs.occurs(toks, 0, 2):
        return None
    for i in range(min(len(toks), 4)):
        c = ctx.lex.concrete.match(toks, i)
        if c and toks[i] not in ctx.lex.ongoing and not ctx.lex.service.match(toks, i):
            return c[1]
    return None


def _events_named(
    toks: Sequence[str], lemma: str, obj: Sequence[int], ctx: _Context
) -> bool | None:
    """Decided by the object alone: nothing to complete ("graduate") or one thing
    completed ("complete the course"; "complete tasks" reads on), or one named service
    attended ("attend their health screening"): True; plural events with no count ("set
    up their medical appointments"): False; else None."""
    if (not obj and lemma in _COMPLETE_ALONE) or (
        obj and lemma in _COMPLETE_ANY and not toks[obj[-1]].endswith("s")
    ):
        return True
    if _generic_events(toks, lemma, obj, ctx):
        return False
    if lemma in _ATTENDANCE and _one_service(toks, obj, ctx):
        return True
    return None


def _thing_head(toks: Sequence[str], obj: Sequence[int], ctx: _Context) -> bool:
    """Is the object's head (its last word before "of") a thing, not an abstraction?"""
    words = [toks[j] for j in obj if toks[j].isalpha()]
    if not words:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    lex = ctx.lex
    return not (lex.abstract.has(head) or head.endswith(_ABSTRACT_ENDINGS) or head in _INNER_NOUNS)


def _generic_events(toks: Sequence[str], lemma: str, obj: Sequence[int], ctx: _Context) -> bool:
    """Does the object end in plural events with no count ("appointments", "their own
    medical appointments")? Booking or attending them is ongoing (WORDING_LABELS 3:
    plural generic events without a count are not measurable)."""
    if not obj or lemma not in _PER_EVENT_VERBS:
        return False
    head = toks[obj[-1]]
    terms = ctx.lex.terms
    return (
        head.endswith("s")
        and ctx.lex.countable.has(head)
        and head not in terms.time_units
        and not any(toks[j] in terms.number_words or toks[j][:1].isdigit() for j in obj)
    )


def _one_service(toks: Sequence[str], obj: Sequence[int], ctx: _Context) -> bool:
    """Is the object one named service ("their health screening", "a parenting
    evaluation")? Attending one is recorded by the service (WORDING_LABELS 3)."""
    if not obj:
        return False
    head = toks[obj[-1]]
    if head.endswith("s"):
        return False
    m = ctx.lex.service.match(toks, obj[-1])
    return (m is not None and m[0] == 1) or head in _SERVICE_HEAD_NOUNS


def _one_thing(toks: Sequence[str], v: int, end: int, ctx: _Context) -> bool:
    """One thing made, set or started ("bake a cake", "set a quit date", "start a backyard
    garden", "initiate a conversation"): an act on "a"/"an" thing is done once and then
    checked, one verifiable accomplishment (ACCEPTANCE) whatever the noun, for a verb of
    making, a verb no list judges, or a listed verb that needs a concrete object; not
    when the "thing" is abstract ("make an effort") or a way of living ("a healthy diet")."""
    if v + 1 >= end or not _acts_once(toks, v, ctx):
        return False
    if toks[v + 1] in _ONE_THING:
        obj = [toks[j] for j in _object_heads(toks, v + 1, end, limit=5)]
    elif v == 0 and (bare := _bare_object(toks, end, ctx)):
        obj = bare  # an instruction in note style drops its article ("Insert urinary catheter")
    else:
        return False
    if _ONE_THING.intersection(obj[1:]):  # "a quit date a few weeks away": the first thing
        obj = obj[: obj.index(next(w for w in obj[1:] if w in _ONE_THING), 1)]
    head = obj[obj.index("of") - 1] if "of" in obj else obj[-1]  # "a sense of purpose"
    lex = ctx.lex
    chosen = (lex.any_verb.lemma(toks[v]) or toks[v]) in _CHOOSING_VERBS
    return not (
        not _COMPARATIVES.isdisjoint(obj)  # "a better understanding": a direction
        or head in _WAYS_OF_LIVING
        or lex.abstract.has(head)
        or lex.vague_verbs.has(head)
        or (head in lex.terms.time_units and not chosen)  # "pick a quit day": a date
        or head.endswith(_ABSTRACT_ENDINGS)
    )


def _bare_object(toks: Sequence[str], end: int, ctx: _Context) -> list[str]:
    """The object of an instruction written in note style, its article dropped ("Set quit
    date", "Buy alarm clock"): one concrete thing in the singular, read as "a" thing;
    empty when the object has a determiner, is plural, or is no concrete thing ("Enrich
    vocabulary"); an ongoing place ("Attend school") is judged as it is with "a"."""
    if toks[1] in _ARTICLED or toks[1] in _PREPOSITIONS:  # most objects: "Attend the..."
        return []
    heads = _object_heads(toks, 1, end, limit=5)
    heads = _coordinated_head(toks, heads, end, ctx) or heads
    obj = list(itertools.takewhile(lambda w: w.isalpha() or "-" in w, (toks[j] for j in heads)))
    if not obj or any(w in _ARTICLED for w in obj):
        return []
    head = obj[obj.index("of") - 1] if "of" in obj[1:] else obj[-1]
    if not head.isalpha() or head.endswith("s") or not ctx.lex.concrete.has(head):
        return []
    return ["a", *obj]


_ARTICLED = _DETERMINERS | _POSSESSIVES
"""An object with one of these has its article ("a"/"the"/"her"): not in note style."""


def _acts_once(toks: Sequence[str], v: int, ctx: _Context) -> bool:
    """A verb whose act on one thing is done once: of making, unknown to the lists, or an
    accomplishment needing a concrete object; not vague ("develop", "use")."""
    lex, w = ctx.lex, toks[v]
    lemma = lex.any_verb.lemma(w) or w
    if lemma in _MAKING_VERBS or lemma in _CHOOSING_VERBS:
        return True
    if lex.vague_verbs.has(w) or lex.worker_verbs.has(w):
        return False
    m = lex.accomplishment.match(toks, v)
    if m is None:
        return lex.any_verb.lemma(w) is None and w in lex.general_verbs  # "set", "appoint"
    return m[1] in lex.concrete_only


def _performed(toks: Sequence[str], v: int, end: int, ctx: _Context) -> bool:
    """One observed performance of a named practice ("demonstrate correct inhaler
    technique", "perform hand hygiene"): not a direction ("demonstrate increased
    mobility") or an inner state ("demonstrate understanding")."""
    if toks[v] not in _PERFORMANCE_VERBS or v + 1 >= end:
        return False
    obj = toks[v + 1 : min(end, v + 6)]
    return _DIRECTION_WORDS.isdisjoint(obj) and _INNER_NOUNS.isdisjoint(obj)


def _contacts_one(toks: Sequence[str], v: int, end: int, ctx: _Context) -> bool:
    """Meeting with one helper ("meet with my sponsor", "consult with the dietitian"):
    contacting someone, one verifiable act (WORDING_LABELS 3: "book/call/ask/contact
    someone"); not people in general ("meet with other parents"), not the client or
    family, not a name (who is named is not known)."""
    lex = ctx.lex
    if (lex.any_verb.lemma(toks[v]) or toks[v]) not in _CONTACT_VERBS:
        return False
    j = v + 1
    if j >= end or toks[j] not in _CONTACT_PREPOSITIONS:
        return False
    j += 1
    while j < end and (toks[j] in _DETERMINERS or toks[j] in _POSSESSIVES):
        j += 1
    for k in range(j, min(end, j + 3)):  # "your health care provider"
        m = lex.worker.match(toks, k) or lex.other.match(toks, k)
        if m:
            last = toks[k + m[0] - 1]
            return not (last.endswith("s") or last in _GROUP_NOUNS)
    return False


def _service_event(toks: Sequence[str], ctx: _Context) -> str | None:
    """A goal with no verb naming one service given once ("Referral to a psychologist",
    "Family interview to collect history"): the event's entry, or None. Not several
    ("Referrals for..."), not one joined to an ongoing service ("evaluation and/or
    treatment"), not a vague or repeated one ("assessment as needed", "weekly review")."""
    lex = ctx.lex
    for i in range(min(len(toks), _EVENT_HEAD_SPAN)):
        m = lex.service_events.match(toks, i)
        if m is None:
            continue
        nxt = toks[i + m[0] : i + m[0] + 2]
        if (nxt[:1] and nxt[0] in _COORD_ANY) or (nxt[:1] == ["/"] and nxt[1:] != []):
            return None
        if lex.vague_markers.occurs(toks, 0) or lex.frequency.occurs(toks, 0, i):
            return None
        return m[1]
    return None


_EVENT_HEAD_SPAN = 3
"""The event noun stands among a verbless goal's first words ("Formal referral", "Family
interview"), after at most two modifiers."""
_COORD_ANY = frozenset(("and", "or", "and/or", "&"))
