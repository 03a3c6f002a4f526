"""Positive terms: the first negator, cessation, reduction, ceiling or absence term that
governs the goal's own clause (NegEx-style: names, supports and purposes end the scope).
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._tables import (
    _DETERMINERS,
    _MODALS,
    _NAME_PRECEDERS,
    _NEG_EXCEPTIONS,
    _NOUN_FOLLOWERS,
    _POSSESSIVES,
    _SUBJECT_PRONOUNS,
    _TOPIC_NOUNS,
)


def _negative_in(
    toks: Sequence[str], start: int, end: int, ctx: _Context
) -> tuple[str, str] | None:
    """The first negative term governing the goal's own clause, with its kind."""
    lex = ctx.lex
    i = start
    triggers = lex.neg_triggers
    while i < end:
        w = toks[i]
        if w not in triggers and not w.endswith("-free"):
            i += 1
            continue
        nm = lex.name_phrases.match(toks, i)
        if nm:
            i += nm[0]
            continue
        if any(toks[k] in _TOPIC_NOUNS for k in range(start, i)):
            return None  # "write down the reasons you want to quit": a topic ends the scope
        sup_ceiling = _support_ceiling(toks, i, ctx)
        if sup_ceiling:
            i += sup_ceiling
            continue
        if i + 1 < len(toks) and (w, toks[i + 1]) in _NEG_EXCEPTIONS:
            i += 2
            continue
        if i > 0 and (toks[i - 1], w) in (("or", "not"), ("if", "not")):
            i += 1
            continue
        if w == "without":
            sup = lex.support.match(toks, i + 1)
            if (
                sup is None
                and i + 2 < len(toks)
                and (toks[i + 1] in _POSSESSIVES or toks[i + 1] in ("any", "a", "an", "the"))
            ):
                sup = lex.support.match(toks, i + 2)
            if sup is None and i + 1 < len(toks) and toks[i + 1] in ("needing", "being"):
                sup = (1, toks[i + 1])
            if sup is None:
                j = i + 1
                while j < len(toks) and (toks[j] in _DETERMINERS or toks[j] == "'s"):
                    j += 1
                if j < len(toks) and (
                    toks[j] in ctx.names
                    or ctx.lex.family.match(toks, j)
                    or ctx.lex.worker.match(toks, j)
                    or ctx.lex.other.match(toks, j)
                ):
                    sup = (j - i, toks[j])  # "without his mum": doing it alone
            if sup:
                i += 1 + sup[0]
                continue
            return "without", "absence"
        if w.endswith("-free") and w not in lex.terms.free_suffix_exceptions:
            return w, "absence"
        if w == "free" and i + 1 < len(toks) and toks[i + 1] in ("of", "from"):
            return "free of", "absence"
        if w == "zero" and lex.countable.match(toks, i + 1):
            return w, "absence"
        if w in ("not", "never", "no", "none", "nothing", "nor", "neither", "nobody"):
            if w == "no" and i + 1 < len(toks) and toks[i + 1] in ("longer", "more"):
                return f"no {toks[i + 1]}", "negation"
            return w, "negation"
        if w in ("unless",):
            break
        ceil = lex.ceiling.match(toks, i)
        if ceil:
            after = toks[i + ceil[0]] if i + ceil[0] < len(toks) else ""
            if (
                ceil[1] not in ("under", "below", "only")
                or after[:1].isdigit()
                or after[:1] == "$"
                or (lex.terms.number_words.__contains__(after))
                or after in ("the", "a", "clinical")
            ):
                return ceil[1], "ceiling"
        skip = 1
        for lexicon, kind in ((lex.cessation, "cessation"), (lex.reduction, "reduction")):
            m = lexicon.match(toks, i)
            if not m:
                continue
            phrase = m[1]
            k = i + m[0]
            prev = toks[i - 1] if i else ""
            skip = m[0]
            # A name: "relapse prevention plan", "a stop smoking course".
            if (prev in _NAME_PRECEDERS or (prev and not lex.any_verb.has(prev))) and any(
                x in lex.terms.name_heads for x in toks[k : k + 2]
            ):
                break
            if phrase in ("end", "lower", "limit", "decline") and not _verb_position(toks, i, ctx):
                break
            if phrase in ("less", "fewer") and prev in ("no", "not"):
                break
            if phrase == "limit" and (k >= len(toks) or toks[k] in _NOUN_FOLLOWERS):
                break  # "rules and limits for children": the noun, not the verb
            if phrase == "end" and k < len(toks) and toks[k] == "of":
                break
            return phrase, kind
        i += skip
    return None


def _support_ceiling(toks: Sequence[str], i: int, ctx: _Context) -> int:
    """Length of a ceiling on support ("no more than 1 verbal prompt"), else 0.

    Fewer prompts is more independence, a positive target (like "without reminders").
    """
    ceil = ctx.lex.ceiling.match(toks, i)
    if ceil is None:
        return 0
    for j in range(i + ceil[0], min(len(toks), i + ceil[0] + 4)):
        if ctx.lex.support.match(toks, j):
            return j + 1 - i
    return 0


def _verb_position(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1]
    return (
        prev in _MODALS
        or prev in ("to", "and", "or", "not", "never")
        or prev in ctx.lex.terms.adverbs
        or prev in _SUBJECT_PRONOUNS
    )


# Measurability -------------------------------------------------------------
