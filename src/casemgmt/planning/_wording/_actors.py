"""Who acts: classify a subject noun phrase (client, worker, other, joint) and spot the
client as the object or beneficiary of a worker's act.
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._clauses import _object_heads, _plural_with_plural_verb, _Predicate
from casemgmt.planning._wording._lexicon import (
    _CLIENT,
    _JOINT,
    _NONE,
    _OTHER,
    _PROGRAM,
    _WORKER,
    _Context,
)
from casemgmt.planning._wording._tables import (
    _AFTER_OBJECT_HER,
    _AND_OR,
    _CLIENT_OBJECTS,
    _DETERMINERS,
    _FUNCTION_WORDS,
    _HEADING_SUFFIXES,
    _HOUSEHOLD,
    _IMPERSONAL,
    _KIN,
    _MODALS,
    _NAME_ENDINGS_ED,
    _NOT_INITIALS,
    _OBJECT_LEADS,
    _OBJECT_PRONOUNS,
    _PREPOSITIONS,
    _SELF_WORDS,
    _SERVICE_HEAD_NOUNS,
    _SUBJECT_PRONOUNS,
    _SUPPORT_ADJUNCT,
    _TASK_NOUNS,
)


def _mention(toks: Sequence[str], caps: Sequence[bool], i: int, ctx: _Context) -> tuple[int, str]:
    """Length and role (client/worker/other) of an actor term at ``i``; (0, "") if none."""
    w = toks[i]
    if w in ctx.names or w in ctx.family:
        return _with_surname(toks, caps, i, ctx), _CLIENT
    lex = ctx.lex
    if caps[i] and (n := _agency_run(toks, caps, i, ctx)):
        return n, _WORKER
    if w not in lex.actor_heads:
        return (1, _WORKER) if w == "we" else (0, "")
    best = (0, "")
    for lexicon, role in (
        (lex.worker, _WORKER),
        (lex.client, _CLIENT),
        (lex.family, _CLIENT),
        (lex.other, _OTHER),
        (lex.program, _PROGRAM),
    ):
        m = lexicon.match(toks, i) if w in lexicon.first_words else None
        if m and m[0] > best[0]:
            best = (m[0], role)
    if best[0]:
        return best
    if w == "we":
        return 1, _WORKER
    return 0, ""


def _agency_run(toks: Sequence[str], caps: Sequence[bool], i: int, ctx: _Context) -> int:
    """Length of an agency's proper name at ``i``: capitalised words (joined by "and",
    "&", "of") ending in an organisation's head word ("Family Preservation and
    Stabilization Services", "Child and Family Services"), whatever word opens it; 0
    when there is none."""
    heads, end, j = ctx.lex.terms.organisation_heads, 0, i
    while j < len(toks):
        if caps[j]:
            if j > i and toks[j] in heads:
                end = j + 1
            j += 1
        elif toks[j] in _NAME_LINKS and j + 1 < len(toks) and caps[j + 1]:
            j += 1
        else:
            break
    return end - i if end else 0


_NAME_LINKS = frozenset(("and", "&", "of"))


def _with_surname(toks: Sequence[str], caps: Sequence[bool], i: int, ctx: _Context) -> int:
    """A client's given name and the capitalised unknown words right after it ("Maria
    Lopez" when only "Maria" was passed): one person's full name, not a second actor."""
    n = 1
    while (
        i + n < len(toks)
        and caps[i + n]
        and toks[i + n] not in ctx.names
        and toks[i + n] not in ctx.family
        and _looks_like_name(toks[i + n], cap=True, ctx=ctx)
    ):
        n += 1
    return n


def _looks_like_name(tok: str, cap: bool, ctx: _Context, *, sentence_start: bool = False) -> bool:
    """A capitalised word we do not know: probably a person's name."""
    if not cap or tok in _NOT_INITIALS or tok in _IMPERSONAL or ctx.lex.any_verb.has(tok):
        return False  # one capital letter is an initial standing for a name ("R will...")
    if any(ch.isdigit() for ch in tok) or tok in ctx.lex.scales:
        return False  # "PHQ-9", "K10", "SDQ": instruments, not people
    if sentence_start and (
        tok.endswith(_HEADING_SUFFIXES)
        or (len(tok) > 6 and tok.endswith("ed") and not tok.endswith(_NAME_ENDINGS_ED))
    ):
        return False  # a heading's noun or participle ("Supervised visits"), not a name
    lex = ctx.lex
    terms = lex.terms
    if (
        tok in _FUNCTION_WORDS
        or tok in _PREPOSITIONS
        or tok in terms.adverbs
        or tok in terms.number_words
        or tok in terms.time_units
        or tok in terms.months
        or tok in terms.weekdays
        or lex.cessation.has(tok)
        or lex.reduction.has(tok)
        or lex.frequency.has(tok)
        or lex.subordinators.has(tok)
        or lex.abstract.has(tok)
        or lex.name_phrases.has(tok)
    ):
        return False
    return not (ctx.lex.concrete.has(tok) or ctx.lex.service.has(tok) or tok in _DETERMINERS)


_AS_A_HOUSEHOLD = (["family"], ["household"], ["couple"])


def _we_is_household(toks: Sequence[str]) -> bool:
    for i, w in enumerate(toks):
        if w == "our" and i + 1 < len(toks) and toks[i + 1] in _HOUSEHOLD:
            return True
        if w == "as" and toks[i + 1 : i + 2] == ["a"] and toks[i + 2 : i + 3] in _AS_A_HOUSEHOLD:
            return True  # "as a family", "As a household we will..."
        if w == "i" and i > 0 and toks[i - 1] == "and":
            return True
    return False


def _name_run(toks: Sequence[str], caps: Sequence[bool], i: int, end: int, ctx: _Context) -> int:
    """Length of a run of capitalised unknown words from ``i``: one person's name."""
    n = 1
    while i + n < end and caps[i + n] and _looks_like_name(toks[i + n], cap=True, ctx=ctx):
        n += 1
    return n


def _unknown_name(
    toks: Sequence[str], caps: Sequence[bool], i: int, end: int, ctx: _Context
) -> tuple[int, str]:
    """Length and role of a run of capitalised unknown words: someone else when client
    names were given, the client when none were; an agency when the run ends in an
    organisation's head word ("World Relief", "Catholic Charities")."""
    n = _name_run(toks, caps, i, end, ctx)
    if n > 1 and toks[i + n - 1] in ctx.lex.terms.organisation_heads:
        return n, _WORKER
    if n == 1 and _plural_with_plural_verb(toks, i, ctx):
        return n, _OTHER  # "Communities support...", "Sponsors make sure...": a group
    return n, (_OTHER if ctx.names_given else _CLIENT)


def _agency_name(
    toks: Sequence[str], caps: Sequence[bool], i: int, nxt: int, *, end: int, ctx: _Context
) -> bool:
    """A capitalised client word followed by another capitalised unknown word ("Family
    Services"): an agency's name, not the client."""
    names, family = ctx.names, ctx.family
    return (
        caps[i]
        and toks[i] not in names
        and toks[i] not in family
        and nxt < end
        and caps[nxt]
        and toks[nxt] not in names
        and toks[nxt] not in family
        and not _mention(toks, caps, nxt, ctx)[0]
    )


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
            n, role = _unknown_name(toks, caps, i, end, ctx)
        if n and role == _CLIENT and _agency_name(toks, caps, i, i + n, end=end, ctx=ctx):
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
    if _PROGRAM in kinds:
        return _PROGRAM  # "80% of participants", "Clients": a target for many clients
    if kinds == {_CLIENT}:
        return _CLIENT
    if _CLIENT in kinds:
        return _JOINT
    return _WORKER if _WORKER in kinds else _OTHER


def _is_receiving(toks: Sequence[str], pred: _Predicate, ctx: _Context) -> bool:
    lex = ctx.lex
    m = lex.receiving.match(toks, pred.main)
    if not m:
        return False
    if m[1] == "benefit from":
        return True
    heads = _object_heads(toks, pred.main + m[0], pred.end)
    if m[1] == "receive" and any(_worker_head(toks, j, ctx) for j in heads):
        return True  # "receive an interpreter", "receive a mentor": a worker is provided
    for j in heads:
        if lex.service.match(toks, j) and toks[j] not in ("visit",):
            prev = toks[j - 1]
            return prev not in ("own",)
        if lex.concrete.match(toks, j) or lex.abstract.match(toks, j):
            return False
    # "receive CBT", "receive a home visit": an unknown thing received is a service
    return m[1] == "receive" and bool(heads)


def _worker_head(toks: Sequence[str], j: int, ctx: _Context) -> bool:
    """A worker word heading its phrase ("an interpreter"); not "her high school diploma"."""
    m = ctx.lex.worker.match(toks, j)
    return m is not None and _noun_of_its_own(toks, j + m[0], ctx)


def _client_object(toks: Sequence[str], caps: Sequence[bool], i: int, ctx: _Context) -> bool:
    """Is the client the object right after an imperative verb ("Support Carla to...")?"""
    j = i
    while j < min(len(toks), i + 3) and toks[j] in _OBJECT_LEADS:
        j += 1
    if j >= len(toks) or j >= i + 3:
        return False
    w = toks[j]
    if w in _SELF_WORDS:
        return False  # "To remind himself...": the client acting on themself
    if w == "her":
        nxt = toks[j + 1] if j + 1 < len(toks) else ""
        return nxt in _AFTER_OBJECT_HER or (
            ctx.lex.any_verb.has(nxt) and not ctx.lex.concrete.has(nxt)
        )
    lex = ctx.lex
    if toks[j + 1 : j + 2] == ["'s"]:
        return False  # a possessive, not the object: "To improve Dana's reading"
    return bool(
        w in ctx.names
        or w in _OBJECT_PRONOUNS
        or (
            (m := lex.client.match(toks, j) or lex.program.match(toks, j)) is not None
            and w not in _SUBJECT_PRONOUNS
            and _noun_of_its_own(toks, j + m[0], ctx)
        )
        or (w in _CLIENT_OBJECTS and _noun_of_its_own(toks, j + 1, ctx))  # not "family car"
        or (caps[j] and _looks_like_name(w, cap=True, ctx=ctx) and not ctx.names_given)
    )


def _noun_of_its_own(toks: Sequence[str], after: int, ctx: _Context) -> bool:
    """Does a client noun ending before ``after`` head its phrase ("the student",
    "the student can")? Before another noun it is a modifier ("the student council")."""
    if after >= len(toks):
        return True
    nxt = toks[after]
    lex = ctx.lex
    return (
        not nxt.isalpha()
        or nxt in _PREPOSITIONS
        or nxt in _DETERMINERS  # "give the student a token"
        or nxt in _AFTER_OBJECT_HER
        or nxt in _AND_OR
        or nxt in _MODALS
        or lex.any_verb.has(nxt)
        or lex.subordinators.has(nxt)
        or nxt in lex.terms.adverbs
    )


def _for_client(toks: Sequence[str], start: int, end: int, ctx: _Context) -> bool:
    """Is the client the beneficiary of an imperative ("Arrange a review for Priya")?"""
    for j in range(start, min(end, len(toks) - 1)):
        if toks[j] == "to":
            return False
        if toks[j] == "for":
            w = toks[j + 1]
            nxt = toks[j + 2] if j + 2 < len(toks) else ""
            if w == "the" and (m := ctx.lex.client.match(toks, j + 2)) is not None:
                after = j + 2 + m[0]  # "for the student", not "for the client's birthday"
                return toks[after : after + 1] != ["'s"] and _noun_of_its_own(toks, after, ctx)
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


def _service_word(w: str, ctx: _Context) -> bool:
    """A service or worker's task noun ("therapy", "linkage", "evaluation")."""
    return ctx.lex.service.has(w) or w in _SERVICE_HEAD_NOUNS or w in _TASK_NOUNS


def _modifies_a_worker(toks: Sequence[str], caps: Sequence[bool], j: int, ctx: _Context) -> bool:
    """A plain noun before a worker's title is part of its name ("Resettlement agency")."""
    w, lex = toks[j], ctx.lex
    if j + 1 >= len(toks) or not w.isalpha() or w in _DETERMINERS or w in _PREPOSITIONS:
        return False
    plain = not (lex.any_verb.has(w) or w in lex.general_verbs or _service_word(w, ctx))
    return plain and _mention(toks, caps, j + 1, ctx)[1] == _WORKER
