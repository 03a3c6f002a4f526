"""Chunk a sentence (its opener and goal frame already cut by ``_openers``): find the
modal, the subject span, and the verb group (voice, catenatives, negators) up to the end
of the goal's own clause.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from casemgmt.planning._wording._lexicon import _WORKER, _Context
from casemgmt.planning._wording._tables import (
    _AIM_VERBS,
    _BE,
    _BE_TO,
    _BE_TO_ADJECTIVES,
    _BECOME,
    _CATENATIVE_ING,
    _DEADLINE_STARTS,
    _DETERMINERS,
    _GET,
    _HAVE,
    _INTENT_SUBJECTS,
    _INTENT_VERBS,
    _MODALS,
    _PARTICIPLE_END,
    _PEOPLE_RELATIVES,
    _POSSESSIVES,
    _PREPOSITIONS,
    _SUBJECT_PRONOUNS,
    _TIME_CLAUSE_OPENERS,
    _TOWARDS,
    _WISH_VERBS,
    _WISHED_PERSONS,
)


def _is_month_may(toks: Sequence[str], i: int) -> bool:
    prev = toks[i - 1] if i else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return prev in ("by", "in", "of", "until", "before", "end") or nxt[:1].isdigit()


_MODALS_AND_INTENTS = _MODALS | _INTENT_VERBS | _BE_TO
"""The only words ``_find_modal`` stops at."""


def _find_modal(toks: Sequence[str]) -> int:
    for i, w in enumerate(toks):
        if w not in _MODALS_AND_INTENTS:
            continue
        if w in _MODALS and not (w == "may" and _is_month_may(toks, i)):
            return i
        if w in _BE_TO and i > 0 and toks[i + 1 : i + 2] == ["to"]:
            return i + 1  # "Head of household is to obtain": 'to' stands as the modal
        if (
            w in _INTENT_VERBS
            and i + 1 < len(toks)
            and toks[i + 1] == "to"
            and i > 0
            and toks[i - 1] in _INTENT_SUBJECTS
        ):
            return i + 1
    return -1


def _np_start(toks: Sequence[str], end: int, ctx: _Context) -> int:
    """Walk back from the modal to the start of the subject noun phrase."""
    i = end
    subordinators = ctx.lex.subordinators.first_words  # a set test per word, no call
    while i > 0:
        w = toks[i - 1]
        if w in (",",) or (w in subordinators and w not in ("that", "who", "which")):
            break
        if w in _PREPOSITIONS and w not in ("of", "with", "from", "by"):
            rel = _people_relative(toks, i - 1)
            if rel <= 0:
                break
            i = rel  # "attendees who participate in two meetings will": the relative's head
            continue
        i -= 1
    return i


def _people_relative(toks: Sequence[str], k: int) -> int:
    """Where a "who"/"whose" clause holding ``toks[k]`` opens, or -1: a subject's relative
    clause may hold a preposition ("75% of attendees who participate in two meetings")."""
    for j in range(k - 1, max(-1, k - _RELATIVE_SPAN), -1):
        if toks[j] in _PEOPLE_RELATIVES:
            return j
        if toks[j] == ",":
            return -1
    return -1


_RELATIVE_SPAN = 10
"""Words from "who" to a preposition in its clause."""


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
    return ctx.lex.any_verb.lemma(w) or w


def _predicate(toks: Sequence[str], p: int, ctx: _Context) -> _Predicate:
    """Locate the main verb after position ``p``: skips adverbs, be-able-to, catenatives."""
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
        if w in _HAVE:
            j = _skip_adverbs(toks, i + 1, ctx, negs)
            if j < n and _past_participle(toks[j], ctx):
                i = j  # the perfect ("has enrolled", "will have completed"): the verb follows
                continue
        if w in _BE or (w in _GET and i + 1 < n and _looks_participle(toks[i + 1])):
            j = _skip_adverbs(toks, i + 1, ctx, negs)
            if j >= n:
                state = w
                break
            if _be_to(toks, j, ctx):  # "be able to", "be supported to": the verb follows
                if ctx.lex.worker_participles.match(toks, j):
                    passive = passive or _WORKER
                i = j + 2
                continue
            voice = _be_voice(toks, w, j, ctx, passive)
            return _finish(toks, i, j, "be", ctx, passive=voice, state=toks[j], negs=negs)
        if w not in ctx.lex.catenative.first_words:
            break  # no catenative ("try to", "continue"): ``w`` is the main verb
        nxt = _after_catenative(toks, i, ctx, negs)
        if nxt is None:
            break
        i = nxt
    lemma = (ctx.lex.any_verb.lemma(toks[i]) or toks[i]) if i < n else ""  # _verb_lemma
    return _finish(toks, i, i, lemma, ctx, passive=passive, state=state, negs=negs)


def _past_participle(w: str, ctx: _Context) -> bool:
    """A verb's past participle after "have" ("enrolled", "been", "found"), not its object."""
    lemma = ctx.lex.any_verb.lemma(w)
    if lemma is None or lemma == w:
        return w in _BE or (w.endswith("ed") and w[:-2] in ctx.lex.general_verbs)
    return not w.endswith(("s", "ing")) or w.endswith("ss")


def _be_to(toks: Sequence[str], j: int, ctx: _Context) -> bool:
    """ "(be) able to VERB", "(be) supported to VERB": an adjective or participle + to."""
    return (
        j + 2 < len(toks)
        and toks[j + 1] == "to"
        and (ctx.lex.any_verb.has(toks[j + 2]) or toks[j + 2] in ctx.lex.general_verbs)
        and toks[j] in _BE_TO_ADJECTIVES
    )


def _be_voice(
    toks: Sequence[str], w: str, j: int, ctx: _Context, passive: str | None
) -> str | None:
    """The voice of "be/get + toks[j]": a worker's act ("be referred"), an attained
    state ("be employed"), an agentless passive ("be secured") or as it was."""
    lex = ctx.lex
    wp = lex.worker_participles.match(toks, j)
    if lex.attainment.match(toks, j):
        # "be enrolled (in classes) by the settlement worker": a worker's act, when the
        # participle is listed with its "by" ("enrolled by"); not "enrolled by June"
        by_worker = lex.worker_participles.match((toks[j], _BY), 0) is not None
        return _WORKER if by_worker and _by_a_worker(toks, j + 1, ctx) else passive
    if w in _BE and w not in _BECOME and wp:
        return _WORKER
    if w in _BE and _looks_participle(toks[j]) and not toks[j].endswith("ened"):
        return "unknown"
    if w in _GET:
        return _WORKER if wp else "unknown"
    return passive


def _by_a_worker(toks: Sequence[str], start: int, ctx: _Context) -> bool:
    """Does a "by" soon after ``start`` name a worker ("... by the settlement worker")?"""
    for k in range(start, min(len(toks) - 1, start + _BY_SPAN)):
        if toks[k] == _BY:  # the agent's head within its first words ("the settlement worker")
            return any(ctx.lex.worker.match(toks, j) for j in range(k + 1, k + _AGENT_WORDS))
    return False


_BY = "by"
_BY_SPAN = 10
_AGENT_WORDS = 4
"""Words after a participle its "by" agent may follow ("enrolled in AMEP classes by")."""


def _after_catenative(toks: Sequence[str], i: int, ctx: _Context, negs: list[str]) -> int | None:
    """Where the goal's verb starts after a catenative ("try to", "continue attending",
    "work with her worker to"), or None when ``toks[i]`` is the main verb."""
    cat = ctx.lex.catenative.match(toks, i)
    if not cat:
        return None
    k, n = i + cat[0], len(toks)
    after = toks[k : k + 2]
    if after[:1] == ["to"]:
        return k + 1
    if after in (["not", "to"], ["never", "to"], ["how", "to"]):
        if after[0] != "how":
            negs.append(toks[k])  # "try not to use": the negator governs the target
        return k + 2
    if k < n and toks[k].endswith("ing") and cat[1] in _CATENATIVE_ING:
        return k
    if cat[1] in _WISH_VERBS:
        return _wished_act(toks, k, ctx)
    return _aim_target(toks, k, ctx) if cat[1] in _AIM_VERBS else None


def _wished_act(toks: Sequence[str], k: int, ctx: _Context) -> int | None:
    """ "would like Sam to receive...", "wants her son to join...": in a wish for the
    client the goal is the client's act after "to", judged as if the client said it."""
    lex, n = ctx.lex, len(toks)
    j = k + 1 if k < n and toks[k] in _POSSESSIVES else k
    if j >= n:
        return None
    w = toks[j]
    m = lex.client.match(toks, j) or lex.family.match(toks, j)
    size = m[0] if m else int(w in ctx.names or w in ctx.family or w in _WISHED_PERSONS)
    if not size and not ctx.names_given and toks[j + 1 : j + 2] == ["to"]:
        size = int(w.isalpha() and not (lex.any_verb.has(w) or lex.concrete.has(w)))
    to = j + size
    if size and to + 1 < n and toks[to] == "to" and lex.any_verb.has(toks[to + 1]):
        return to + 1
    return None


def _aim_target(toks: Sequence[str], k: int, ctx: _Context) -> int | None:
    """ "work with her worker to find...", "aim towards finding": the verb after "to"."""
    n = len(toks)
    for k2 in range(k, min(n, k + 7)):
        if toks[k2] in _TOWARDS:
            return k2 + 1 if k2 + 1 < n and ctx.lex.any_verb.has(toks[k2 + 1]) else None
    return None


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
    verb = toks[main] if main < n else ""
    helping = (  # a set test before each lexicon is asked: most verbs start no entry
        passive == _WORKER
        or (verb in lex.worker_verbs.first_words and lex.worker_verbs.match(toks, main) is not None)
        or (verb in lex.receiving.first_words and lex.receiving.match(toks, main) is not None)
    )
    end = n
    seen_to = False
    # only the stop words are looked at, and none when the rest holds none (one set test)
    stops = lex.clause_stops
    for i in range(head + 1, n) if not stops.isdisjoint(toks[head + 1 :]) else ():
        w = toks[i]
        if w not in stops:
            continue
        if w in lex.replacement.first_words and lex.replacement.match(toks, i):
            end = i
            break
        if w == "to":
            prev = toks[i - 1]
            if (helping and not seen_to) or (
                lex.catenative.match(toks, i - 1) is not None and prev not in ("have", "get")
            ):
                seen_to = True
                continue
            if prev in ("how",) or (i + 1 < n and toks[i + 1] in ("be",)):
                continue
            nxt = toks[i + 1] if i + 1 < n else ""
            if lex.any_verb.has(nxt) and not lex.concrete.has(nxt):
                end = i
                break
            continue
        sub = lex.subordinators.match(toks, i) if w in lex.subordinators.first_words else None
        if sub and not (w == "that" and i > 0 and toks[i - 1] in ("ensure", "sure")):
            if (
                w in _TIME_CLAUSE_OPENERS
                and i + 1 < n
                and (
                    toks[i + 1][:1].isdigit()
                    or lex.deadline_preps.has(toks[i + 1])
                    or toks[i + 1] in lex.terms.months
                    or (toks[i + 1] in _DEADLINE_STARTS and w != "when")
                    or (w != "when" and _time_phrase(toks, i + 1))
                )
            ):
                continue
            end = i
            break
    # positional: a class called with keywords costs twice as much (``attrs`` init)
    return _Predicate(main, head, end, lemma, passive, state, negs)


def _time_phrase(toks: Sequence[str], j: int) -> bool:
    """ "after dinner,", "before bed": a time opener on a bare noun that ends the phrase is
    a time adjunct of the goal's act, not a clause ("after she eats")."""
    for k in range(j, min(len(toks), j + _TIME_PHRASE_WORDS) + 1):
        if k == len(toks) or toks[k] in _PHRASE_ENDS:
            return k > j
        if not toks[k].isalpha() or toks[k] in _SUBJECT_PRONOUNS or toks[k] in _DETERMINERS:
            return False
    return False


_TIME_PHRASE_WORDS = 2
_PHRASE_ENDS = frozenset((",", ";"))


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


_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "ys")
"""Endings of a word in -s that is rarely a plural noun ("Ross", "Marcus", "Chris")."""


def _plural_with_plural_verb(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """ "Communities support families", "Sponsors make sure newcomers...": a capitalised
    word in -s before a verb in its plural present form, with no modal, is a plural
    common noun (a group of people), not one person's name ("Marcus supports...")."""
    w = toks[i]
    if len(w) < 4 or not w.endswith("s") or w.endswith(_NOT_PLURAL_ENDINGS):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return nxt in ctx.lex.general_verbs and nxt not in _MODALS
