"""Positive terms: the first negator, cessation, reduction, ceiling or absence term that
governs the goal's own clause (NegEx-style: names, supports and purposes end the scope).
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._negation_supports import (
    less_support,
    support_ceiling,
    without_support,
)
from casemgmt.planning._wording._negex import (
    ABSENCE_PREPOSITIONS,
    ADVERB_ENDING,
    ANSWER_SPAN,
    ANSWER_WORDS,
    ASIDE_CEILING_SPAN,
    ASIDE_CLOSE,
    ASIDE_OPEN,
    BEHAVIOUR_ENDING,
    CEILING_NOUNS,
    CEILING_TARGETS,
    CEILINGS_BEFORE_A_VERB,
    CEILINGS_NEEDING_A_NUMBER,
    CONTRAST_BUT,
    CONTRAST_LEADS,
    CUT_COMPARATIVES,
    ELLIPSIS_NEGATORS,
    ELLIPSIS_TAIL,
    EXAMPLE_LEADS,
    FREE_OF,
    FREE_SUFFIX,
    FREE_WORD,
    KEEPING_SPAN,
    KEEPING_WITHIN,
    LIMIT_SETTING,
    NEGATOR_PAIRS,
    NEGATORS,
    NEW_TARGET_LEADS,
    NOT_A_CUT,
    NOUN_FOLLOWERS,
    NOUN_OF,
    NOUNS_BEFORE,
    PAUSE_FOLLOWERS,
    PAUSES,
    PLURAL_ENDING,
    PSEUDO_AFTER,
    PSEUDO_PAIRS,
    PURPOSE_HELP,
    PURPOSE_TO,
    RESULT_LEAD,
    RESULT_SUFFIX,
    SUPPORT_NEGATORS,
    TERMINATORS,
    TOPIC_NOUNS,
    TOPIC_ON,
    TOPIC_TERMINATORS,
    VERB_LEADS,
    VERB_ONLY,
    ZERO_WORDS,
)
from casemgmt.planning._wording._tables import (
    _BE,
    _DETERMINERS,
    _MODALS,
    _NAME_PRECEDERS,
    _POSSESSIVES,
    _PREPOSITIONS,
    _SUBJECT_PRONOUNS,
)

_FREE_LEADS = _BE | _DETERMINERS | _POSSESSIVES | _MODALS | _SUBJECT_PRONOUNS | _PREPOSITIONS
"""Words before "free" that make it the adjective or the price ("is free", "for free")."""

Found = tuple[str, str]
"""The deciding words and the kind of negative target (negation, cessation, ...)."""
# A rule's answer: a negative target (Found), a number of tokens to skip (a
# pseudo-trigger or a support: out of scope), or None (no opinion: ask the next rule).


def _negative_in(toks: Sequence[str], start: int, end: int, ctx: _Context) -> Found | None:
    """The first negative term governing the goal's own clause, with its kind.

    NegEx-style: only trigger words are looked at; pseudo-triggers (names such as
    "relapse prevention plan", supports such as "without reminders") are skipped, and
    a topic ("the reasons to quit") or "unless" ends the scope.
    """
    lex = ctx.lex
    triggers = lex.neg_triggers
    scope = toks[start:end]
    fused = FREE_SUFFIX in " ".join(scope)  # "smoke-free" somewhere?
    if not fused and (triggers.isdisjoint(scope) or lex.neg_anchors.isdisjoint(toks[start:])):
        # no trigger word, or no word a negative target needs ("a" starts "a maximum
        # of", but without "maximum" nothing is found; a phrase may run past the scope):
        # the common case, decided at C speed
        return None
    topical = not TOPIC_TERMINATORS.isdisjoint(scope) or (
        TOPIC_ON in scope and not TOPIC_NOUNS.isdisjoint(scope)
    )
    aside = ASIDE_OPEN in scope
    i = start
    while i < end:
        w = toks[i]
        if aside and w == ASIDE_OPEN and i > start and not _restriction(toks, i + 1, triggers):
            # an aside, closed or cut off ("by negation (not a...)"): not the target
            i = next((k for k in range(i, end) if toks[k] == ASIDE_CLOSE), end) + 1
            continue
        if w not in triggers and not (fused and w.endswith(FREE_SUFFIX)):
            i += 1
            continue
        if w in TERMINATORS:
            return None
        if topical and _in_topic(toks, start, i):
            i += 1  # the topic ("about relapse"); a coordinated act after it may be a target
            continue
        if w in NEGATORS and i > start + 1 and _contrast(toks, i, ctx):
            return None  # "..., but not sitting with me": a contrast qualifying the act
        step: Found | int | None = None
        for rule in _SCOPE_RULES:
            step = rule(toks, i, ctx)
            if step is not None:
                break
        if isinstance(step, tuple):
            return step
        i += step or 1
    return None


def _contrast(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """Does the negator at ``i`` open a contrast that qualifies the goal's act ("but not
    sitting with me", "but not alone")? A base-form verb after it is a second, negated
    act ("finish the course, not drop out") and a person, place or thing is one kept
    away from ("but not with her ex", "but not the pub"): negative targets."""
    if toks[i - 1] not in CONTRAST_LEADS or i + 1 >= len(toks):
        return False
    nxt, numbers = toks[i + 1], ctx.lex.terms.number_words
    return not (
        # "exercise daily but not 3 hours before bed", ", no more than 60 minutes": a ceiling
        any(w[:1].isdigit() or w in numbers for w in toks[i + 1 : i + ASIDE_CEILING_SPAN])
        or ctx.lex.ceiling.match(toks, i) is not None  # ", no more than an hour"
        or nxt in ctx.lex.general_verbs
        or ctx.lex.any_verb.lemma(nxt) == nxt
        or nxt in _PREPOSITIONS
        or nxt in _DETERMINERS
    )


def _restriction(toks: Sequence[str], k: int, triggers: frozenset[str]) -> bool:
    """Does an aside open with "but not" ("(but not within 3 hours of bed)") or a trigger
    and a number ("(for example, no more than 60 minutes)")? It restricts the act as
    the same words outside brackets do, so it stays in scope."""
    while k < len(toks) and toks[k] in EXAMPLE_LEADS:
        k += 1
    nxt = toks[k : k + ASIDE_CEILING_SPAN]
    if nxt[:1] == [CONTRAST_BUT]:
        return nxt[1:2] != [] and nxt[1] in NEGATORS
    return nxt[:1] != [] and nxt[0] in triggers and any(w[:1].isdigit() for w in nxt)


def _in_topic(toks: Sequence[str], start: int, i: int) -> bool:
    """Is the trigger at ``i`` inside a topic ("the reasons to quit")? A coordinated verb
    after the topic ("be mindful of triggers and avoid them") starts a new target."""
    topic = next((k for k in range(i - 1, start - 1, -1) if _topic_word(toks, k)), -1)
    if topic < 0:
        return False
    return not (toks[i - 1] in NEW_TARGET_LEADS and topic < i - 1)


def _topic_word(toks: Sequence[str], k: int) -> bool:
    """ "about", "the reasons", or "on" after a worksheet, class or talk: a topic opens."""
    w = toks[k]
    return w in TOPIC_TERMINATORS or (w == TOPIC_ON and k > 0 and toks[k - 1] in TOPIC_NOUNS)


def _pseudo_trigger(toks: Sequence[str], i: int, ctx: _Context) -> Found | int | None:
    """A name or phrase holding a trigger ("relapse prevention", "full stop"), a fixed
    pair ("no later", "not only", "or not"), or a ceiling on support: skip it."""
    name = ctx.lex.name_phrases.match(toks, i)
    if name:
        return name[0]
    if i + 1 < len(toks) and (toks[i], toks[i + 1]) in PSEUDO_PAIRS:
        return 2
    if i > 0 and (toks[i - 1], toks[i]) in PSEUDO_AFTER:
        return 1
    if toks[i] in NEGATORS and not ANSWER_WORDS.isdisjoint(toks[max(0, i - ANSWER_SPAN) : i]):
        return 1  # "say yes or no": the answer named
    if i > 0 and (toks[i - 1], toks[i]) in SUPPORT_NEGATORS:
        support = ctx.lex.support.match(toks, i + 1)
        if support:  # "with no cues" is "without cues": doing it alone, not an absence
            return 1 + support[0]
    return support_ceiling(toks, i, ctx) or None


def _without(toks: Sequence[str], i: int, ctx: _Context) -> Found | int | None:
    """ "without" + a problem is absence; + a support or a person is doing it alone."""
    if toks[i] not in ABSENCE_PREPOSITIONS:
        return None
    support = without_support(toks, i, ctx)
    return 1 + support if support else (toks[i], "absence")


def _absence(toks: Sequence[str], i: int, ctx: _Context) -> Found | int | None:
    """ "smoke-free", "free of", "zero incidents": the absence of a problem."""
    w, terms = toks[i], ctx.lex.terms
    if w.endswith(FREE_SUFFIX) and w not in terms.free_suffix_exceptions:
        return w, "absence"
    free = FREE_OF.get((w, toks[i + 1] if i + 1 < len(toks) else ""))
    if free:
        return free, "absence"
    if w == FREE_WORD and i > 0 and _free_of_thing(toks[i - 1], ctx):
        return f"{toks[i - 1]} {w}", "absence"  # "pain free", "drug free": "-free" apart
    if w in ZERO_WORDS and (
        ctx.lex.countable.occurs(toks, i + 1, i + 4)
        or any(t.isalpha() and t.endswith(PLURAL_ENDING) for t in toks[i + 1 : i + 3])
    ):
        return w, "absence"  # "zero suspensions", "zero school suspensions", "zero bets"
    return None


def _free_of_thing(prev: str, ctx: _Context) -> bool:
    """Is "free" after ``prev`` the suffix written apart ("pain free")? Not after a verb,
    a grammar word or an adverb ("feel free", "for free", "completely free"), nor in a
    fixed compound ("cost free")."""
    lex = ctx.lex
    return (
        prev.isalpha()
        and prev not in ctx.names  # never quote a name as the thing absent
        and prev not in ctx.family
        and prev + FREE_SUFFIX not in lex.terms.free_suffix_exceptions
        and not (lex.any_verb.has(prev) or prev in lex.terms.mainly_verbs)
        and prev not in _FREE_LEADS
        and prev not in lex.terms.adverbs
        and not prev.endswith(ADVERB_ENDING)
    )


def _negator(toks: Sequence[str], i: int, ctx: _Context) -> Found | int | None:
    """ "not", "never", "no more", "no longer"."""
    w = toks[i]
    if w not in NEGATORS:
        return None
    if (
        w in ELLIPSIS_NEGATORS
        and (i + 1 == len(toks) or toks[-1] in ELLIPSIS_TAIL)
        and all(t in ELLIPSIS_TAIL for t in toks[i + 1 :])
    ):
        return len(toks) - i  # "and what is not": a clause left out, no act negated
    return NEGATOR_PAIRS.get((w, toks[i + 1] if i + 1 < len(toks) else ""), w), "negation"


def _ceiling(toks: Sequence[str], i: int, ctx: _Context) -> Found | int | None:
    """ "no more than 2", "below 10", "only 2 days": a ceiling on a problem."""
    ceil = ctx.lex.ceiling.match(toks, i)
    if ceil is None:
        return None
    after = toks[i + ceil[0]] if i + ceil[0] < len(toks) else ""
    if (
        ceil[1] not in CEILINGS_NEEDING_A_NUMBER
        or after[:1].isdigit()
        or after[:1] == "$"
        or after in ctx.lex.terms.number_words
        or after in CEILING_TARGETS
        or (ceil[1] in CEILINGS_BEFORE_A_VERB and after in ctx.lex.general_verbs)
    ):
        return ceil[1], "ceiling"
    return None


def _cessation_or_reduction(toks: Sequence[str], i: int, ctx: _Context) -> Found | int | None:
    """ "stop", "quit", "avoid", "reduce", "fewer"; not inside a name ("a stop smoking
    course"), not a noun ("rules and limits for"), not "no fewer"."""
    lex = ctx.lex
    for lexicon, kind in ((lex.cessation, "cessation"), (lex.reduction, "reduction")):
        m = lexicon.match(toks, i)
        if m:
            return (m[1], kind) if _governs(toks, i, m, ctx) else m[0]
    return None


def _governs(toks: Sequence[str], i: int, m: tuple[int, str], ctx: _Context) -> bool:
    """Is the cessation or reduction word at ``i`` the goal's target (not a name or noun)?"""
    lex = ctx.lex
    phrase, k = m[1], i + m[0]
    prev = toks[i - 1] if i else ""
    if (prev in _NAME_PRECEDERS or (prev and not lex.any_verb.has(prev))) and any(
        x in lex.terms.name_heads for x in toks[k : k + 2]
    ):
        return False  # "relapse prevention plan", "a stop smoking course"
    if _other_sense(toks, i, phrase, k, ctx):
        return False
    return not (_result_or_purpose(toks, i, ctx) or less_support(toks, k, ctx))


def _other_sense(toks: Sequence[str], i: int, phrase: str, k: int, ctx: _Context) -> bool:
    """Is the trigger used in a sense that sets no target: a noun ("rules and limits for
    children", "the end of the month"), a floor ("no fewer"), a pause ("stop, take a
    breath and think")?"""
    prev = toks[i - 1] if i else ""
    nxt = toks[k] if k < len(toks) else ""
    return (
        (phrase in VERB_ONLY and not _verb_position(toks, i, ctx))
        or (phrase in CUT_COMPARATIVES and prev in NOT_A_CUT)
        or (phrase in PAUSES and nxt in PAUSE_FOLLOWERS)
        or (phrase in NOUNS_BEFORE and (not nxt or nxt in NOUN_FOLLOWERS))
        or (phrase, nxt) in NOUN_OF
    ) and not (phrase in CEILING_NOUNS and _limit_kept(toks, i, ctx))


def _limit_kept(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """Is the noun "limit" at ``i`` a ceiling on a problem: the behaviour names it
    ("strict spending limits") or one is kept to ("stick to that limit")? A limit on
    others ("rules and limits for children") or a time allowed ("time limits") is not."""
    prev = toks[i - 1] if i else ""
    if prev.endswith(BEHAVIOUR_ENDING) and prev not in LIMIT_SETTING:
        return True  # not "setting limits": the act of setting them, on whatever
    lemma = ctx.lex.any_verb.lemma
    return any(
        ((lemma(toks[k - 1]) or toks[k - 1]), toks[k]) in KEEPING_WITHIN
        for k in range(max(1, i - KEEPING_SPAN), i)
    )


_SCOPE_RULES = (_pseudo_trigger, _without, _absence, _negator, _ceiling, _cessation_or_reduction)


def _result_or_purpose(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """ ", reducing isolation" (a result of the goal's own action) or "a class that can
    help reduce stress" (a purpose, like "to help reduce"): not the goal's target."""
    prev = toks[i - 1] if i else ""
    lex = ctx.lex
    if (
        prev == RESULT_LEAD
        and toks[i].endswith(RESULT_SUFFIX)
        and (lex.reduction.has(toks[i]) or lex.cessation.has(toks[i]))
    ):
        return True  # ", reducing isolation", ", preventing clock-watching"
    return prev in PURPOSE_HELP or (prev == PURPOSE_TO and i > 1 and lex.abstract.has(toks[i - 2]))


def _verb_position(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1]
    return (
        prev in _MODALS
        or prev in VERB_LEADS
        or prev in ctx.lex.terms.adverbs
        or prev in _SUBJECT_PRONOUNS
    )
