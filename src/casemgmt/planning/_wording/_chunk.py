"""Chunk one sentence into a clause: who the subject is, where the verb group is, and
whether it is a worker-type imperative. The judgements (``_sentence``) read the clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._actors import (
    _acts_on_client,
    _classify_np,
    _client_object,
    _for_client,
    _looks_like_name,
    _mention,
    _modifies_a_worker,
    _service_word,
)
from casemgmt.planning._wording._classes import sentence_classes
from casemgmt.planning._wording._clauses import _find_modal, _np_start, _Predicate, _predicate
from casemgmt.planning._wording._instructions import (
    _AND_GLUE,
    _bare_client_object,
    _names_client,
    _self_directed,
    _worker_imperative,
)
from casemgmt.planning._wording._lexicon import _CLIENT, _NONE, _OTHER, _WORKER, _Context
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._tables import (
    _DETERMINERS,
    _NOT_AFTER_A_VERB,
    _NOUN_VERBS,
    _OBJECT_PRONOUNS,
    _PREPOSITIONS,
    _SUBJECT_LINKS,
    _SUBJECT_PRONOUNS,
    _TASK_NOUNS,
    _THIRD_PERSON_CLIENT,
    _TITLES,
    _VERB_PARTICLES,
)
from casemgmt.planning._wording._tensed import _tensed_passive

_NP_GLUE = frozenset(("'s", "and", "&"))
_HOME_LIFE = frozenset(("together", "healthy", "happy", "active", "fit", "sober", "calm"))
"""Words that make "we" the household: doing things together, a personal state."""
_RELATIVES = frozenset(("that", "which"))
_HEADLINE_LINKS = frozenset(("to", "is", "are", "am"))
_STATE_VERBS = frozenset(("is", "are", "am", "has", "have", "does", "do"))
_GERUND = "ing"
_PARTICIPLE_ENDS = ("ed", "en", "ght")
"""A worker's participle ("instructed", "seen", "taught"), not its present ("instructs")."""
_HEADING_COLON = ":"
_HEADING_SPAN = 6
"""A colon this early ends a heading (at most five words)."""
_ADVERB_ENDING = "ly"
_SHORTEST_LY_ADVERB = 4
"""Words in "-ly" this short or shorter are not adverbs ("ally", "holy", "only")."""
"""A service noun so ending after an actor word, with no auxiliary, is no finite verb."""


def _chunk(
    toks: list[str], caps: list[bool], full: list[str], ctx: _Context, text: str
) -> GoalReading:
    """Find the subject and the verb group: after a modal ("Carla will..."), after a
    headline actor ("Carla to attend..."), or an imperative ("Attend...", "Help Carla...")."""
    if _HEADING_COLON in toks[1:_HEADING_SPAN]:
        toks, caps = _cut_topic_heading(toks, caps, ctx)
    first = toks[0]  # an adverb is listed or ends in "-ly" (most first words: neither)
    if (first in ctx.lex.terms.adverbs or first.endswith(_ADVERB_ENDING)) and _adverb(first, ctx):
        toks, caps = _cut_adverbs(toks, caps, ctx)
    clause = GoalReading(toks, caps, full, text, sentence_classes(ctx.lex.classes, full))
    lex = ctx.lex
    m = _find_modal(toks)
    if m > 0 and toks[m - 1] in _RELATIVES:
        # "treatment services ... that will allow": a relative clause's modal, not the goal's
        later = _find_modal(toks[m + 1 :])
        m = m + 1 + later if later >= 0 else -1
    if (
        m > 1
        and toks[1] not in _SUBJECT_LINKS  # "Rent is to be paid": a subject, no verb
        and (lex.any_verb.lemma(toks[0]) == toks[0] or _verb_opener(toks, ctx))
        and not _mention(toks, caps, 0, ctx)[0]
    ):
        m = -1  # an imperative with a modal in a later clause: "Build a network she can call"
    if m >= 0:
        return _after_modal(clause, m, ctx)
    k, j = _leading_actor(toks, caps, ctx)
    if (
        j > k
        and j < len(toks)
        and not (k == 0 and j == 1 and _worker_verb_first(toks, ctx))
        and not _modifies_a_service(toks, j, ctx)
    ):
        clause.subject = _classify_np(toks, caps, 0, j, ctx)
        p = j + 1 if toks[j] in _HEADLINE_LINKS and j + 1 < len(toks) else j
        clause.pred = _predicate(toks, j if toks[j] in _STATE_VERBS else p, ctx)
        _note_passive(clause, j, ctx)
        if clause.subject == _WORKER:
            _we_household(clause, 0, j, ctx)
    elif toks[0] == "to" and len(toks) > 1:
        clause.subject = _CLIENT
        clause.pred = _predicate(toks, 1, ctx)
        wv = lex.worker_verbs.match(toks, 1)
        after = 1 + (wv or (1, ""))[0]
        clause.imperative_worker = bool(wv and not _self_directed(toks, after)) or _client_object(
            toks, caps, after, ctx
        )
    elif _imperative(toks, ctx):
        clause.subject = _CLIENT
        clause.pred = _predicate(toks, 0, ctx)
        clause.imperative_worker = _worker_imperative(toks, caps, clause.pred, ctx)
    else:
        _tensed_passive(clause, ctx)
    return clause


def _after_modal(clause: GoalReading, m: int, ctx: _Context) -> GoalReading:
    """The subject before the modal at ``m`` and the verb group after it."""
    toks, caps = clause.toks, clause.caps
    s = _np_start(toks, m, ctx)
    clause.subj_start, clause.subj_end = s, m
    clause.subject = (
        _CLIENT  # no subject, or the client's name alone: "Carla will..."
        if m == s or (m == s + 1 and toks[s] in ctx.names)
        else _classify_np(toks, caps, s, m, ctx)
    )
    if m == s and m > 2 and toks[m - 1] == ",":
        clause.subject = _appositive_role(toks, caps, m - 1, ctx) or clause.subject
    if clause.subject == _NONE and m == 0:
        clause.subject = _CLIENT
    clause.pred = _predicate(toks, m + 1, ctx)
    if clause.subject == _WORKER:
        _we_household(clause, s, m, ctx)
    return clause


def _note_passive(clause: GoalReading, j: int, ctx: _Context) -> None:
    """ "Patient instructed to breathe deeply", "Client referred to the GP": a note's passive
    with no "be", a worker's verb as a participle right after the actor, is a worker's act
    done to the client, as "will be referred" is ("Carla attends" is her own)."""
    pred, toks = clause.pred, clause.toks
    if pred is None or pred.main != j or pred.passive or j >= len(toks):
        return
    w = toks[j]
    if w.endswith(_PARTICIPLE_ENDS) and ctx.lex.worker_verbs.lemma(w) not in (None, w):
        pred.passive = _WORKER


def _appositive_role(toks: Sequence[str], caps: Sequence[bool], comma: int, ctx: _Context) -> str:
    """ "I, the teacher, will...", "Ms Lee, school counsellor, will...": a role between
    commas before the modal names who the subject is; "" when it names no worker or
    other person (the subject before it decides)."""
    opening = next((k for k in range(comma - 1, 0, -1) if toks[k] == ","), 0)
    if not opening or any(w in _PREPOSITIONS for w in toks[opening + 1 : comma]):
        return ""  # "Jon, along with his worker, will...": an adjunct, not an appositive
    role = _classify_np(toks, caps, opening + 1, comma, ctx)
    return role if role in (_WORKER, _OTHER) else ""


def _we_household(clause: GoalReading, start: int, end: int, ctx: _Context) -> None:
    """ "We" alone as subject is the household when its act is one of home life and no
    worker's: an everyday activity ("We are planning to cook together", "We will save
    $50 a month") or a personal state ("We will stay healthy"), and no worker verb and
    no act on or for the client ("We will refer Jo", "We will meet with the client").
    Otherwise it stays the agency ("We will review the strategy", WORDING_LABELS 1)."""
    toks, pred = clause.toks, clause.pred
    if pred is None or clause.subject != _WORKER or toks[start:end] != ["we"]:
        return
    lex, main = ctx.lex, pred.main
    if (
        pred.passive
        or main >= len(toks)
        or lex.worker_verbs.match(toks, main)
        or _client_object(toks, clause.caps, main + 1, ctx)
        or _for_client(toks, main + 1, pred.end, ctx)
        or _names_client(toks, main + 1, ctx)
        or _acts_on_client(toks, pred, ctx)
        or any(_serves_clients(toks, k, ctx) for k in range(main + 1, len(toks)))
        or any(
            clause.caps[k] and _looks_like_name(toks[k], cap=True, ctx=ctx)
            for k in range(main + 1, pred.end)
        )
    ):
        return
    if _home_life(toks, pred, ctx):
        clause.subject = _CLIENT


def _home_life(toks: Sequence[str], pred: _Predicate, ctx: _Context) -> bool:
    """Is the act one of home life: an everyday activity, "together", or a personal
    state ("stay healthy")?"""
    lemma = ctx.lex.any_verb.lemma(toks[pred.main]) or toks[pred.main]
    return lemma in ctx.lex.terms.activity_verbs or not _HOME_LIFE.isdisjoint(
        toks[pred.main : pred.end]
    )


def _cut_topic_heading(
    toks: list[str], caps: list[bool], ctx: _Context
) -> tuple[list[str], list[bool]]:
    """Drop a topic heading before a colon ("Coping Strategies:", "Safe Environment:")
    and read the goal after it, as a list label ("Goal 1:") is dropped. A heading that
    names an act, a person or a service ("Identify Triggers:", "Case Management
    Referral:") stays: it may be what decides who acts."""
    c = toks.index(_HEADING_COLON)
    lex = ctx.lex
    if c + 1 >= len(toks) or any(
        lex.any_verb.lemma(w) == w
        or w in lex.general_verbs
        or w in lex.actor_heads
        or lex.service.has(w)
        or w in _TASK_NOUNS
        for w in toks[:c]
    ):
        return toks, caps
    return toks[c + 1 :], caps[c + 1 :]


def _adverb(w: str, ctx: _Context) -> bool:
    """A listed adverb, or a word in "-ly" that is no verb, actor or frequency
    ("Thoroughly assess...", "Consistently attend..."; not "Apply", "Family", "Weekly")."""
    lex = ctx.lex
    if w in lex.terms.adverbs:
        return True
    return (
        w.endswith(_ADVERB_ENDING)
        and len(w) > _SHORTEST_LY_ADVERB
        and w not in lex.general_verbs
        and not lex.any_verb.has(w)
        and w not in lex.actor_heads
        and not lex.frequency.has(w)
    )


def _cut_adverbs(toks: list[str], caps: list[bool], ctx: _Context) -> tuple[list[str], list[bool]]:
    """Drop leading adverbs before an instruction's verb ("Also consider taking...",
    "Always wear..."); a frequency stays ("Weekly review", "Daily walk" keep their count
    in the full sentence either way)."""
    k, lex = 0, ctx.lex
    while k < len(toks) - 1 and _adverb(toks[k], ctx) and not lex.frequency.has(toks[k]):
        k += 1
    if k and _first_is_verb(toks[k:], ctx) and not _mention(toks, caps, k, ctx)[0]:
        return toks[k:], caps[k:]
    return toks, caps


def _serves_clients(toks: Sequence[str], k: int, ctx: _Context) -> bool:
    """Clients spoken of as a group or in the third person ("our customers", "program
    participants", "the client"): a "we" acting for them is the agency."""
    lex = ctx.lex
    if lex.program.match(toks, k):
        return True
    return toks[k] not in _SUBJECT_PRONOUNS and lex.client.match(toks, k) is not None


def _leading_actor(toks: Sequence[str], caps: Sequence[bool], ctx: _Context) -> tuple[int, int]:
    """The span [k, j) of actor words at the start ("Carla and the children"); j == k
    when there is none."""
    k, numbers = 0, ctx.lex.terms.number_words
    while k < len(toks) and (toks[k] in _DETERMINERS or toks[k] in _NP_GLUE or toks[k] in numbers):
        k += 1  # "One parent needs to...", "Both parents attend..."
    if k + 1 < len(toks) and toks[k] in _TITLES and caps[k + 1]:
        k += 1  # "Mrs Goldstein returns...": the title before a name
    if not ctx.lex.program.first_words.isdisjoint(toks):
        k += _population_modifiers(toks, k, ctx)
    j = k
    while j < len(toks):
        n, _role = _mention(toks, caps, j, ctx)
        if (
            not n
            and j == k
            and not _service_word(toks[j], ctx)  # "Linkage to a GP": a task, not a name
            and _looks_like_name(toks[j], caps[j], ctx, sentence_start=j == 0)
            and _opens_predicate(toks, caps, j + 1, ctx)
            and not (j == 0 and _verb_opener(toks, ctx))  # "Validate the client's..."
        ):
            n = 1
        if (
            not n
            and j == k
            and toks[j + 1 : j + 2] != []
            and toks[j + 1] in ctx.lex.actor_heads
            and _modifies_a_worker(toks, caps, j, ctx)
        ):
            n = 1  # "Resettlement agency to secure...": a noun before the actor's head
        if not n or (j == 0 and toks[0] in _NOUN_VERBS and _opens_object(toks, 1, ctx)):
            break  # "Volunteer for one activity": an imperative, not a volunteer
        j += n
        while j < len(toks) and (toks[j] in _DETERMINERS or toks[j] in _NP_GLUE):
            j += 1
    return k, j


def _population_modifiers(toks: Sequence[str], k: int, ctx: _Context) -> int:
    """How many modifiers ("Newly arrived", "Local") stand before clients in general at
    ``k``: a strategy's outcome about a population, not an instruction."""
    lex = ctx.lex
    for skip in (1, 2):
        if k + skip < len(toks) and lex.program.match(toks, k + skip):
            words = toks[k : k + skip]
            return 0 if any(lex.any_verb.has(w) or w in _PREPOSITIONS for w in words) else skip
    return 0


def _modifies_a_service(toks: Sequence[str], j: int, ctx: _Context) -> bool:
    """ "Family therapy sessions", "Individual counselling weekly", "Youth mentoring": an
    actor word before a service noun that is no finite verb there (not a verb at all, or
    an "-ing" form with no auxiliary) modifies it, and the goal names a service."""
    w, lex = toks[j], ctx.lex
    if not _service_word(w, ctx):
        return False
    return w.endswith(_GERUND) or not (lex.any_verb.has(w) or w in lex.general_verbs)


def _opens_predicate(toks: Sequence[str], caps: Sequence[bool], i: int, ctx: _Context) -> bool:
    """Can ``toks[i]`` follow a headline actor ("Carla to attend", "Carla and Liam",
    "Carla attends")? A capitalised word followed by a plain noun is a heading's
    adjective ("Random home visits", "Medical evaluation"), not a name."""
    if i >= len(toks):
        return False
    w = toks[i]
    if w in _AND_GLUE:  # "Carla and Liam", "Carla and her son"; not "Alcohol and substance"
        nxt = i + 1 < len(toks)
        return nxt and (
            caps[i + 1] or toks[i + 1] in _DETERMINERS or _mention(toks, caps, i + 1, ctx)[0] > 0
        )
    return (
        w in _HEADLINE_LINKS
        or w in _NP_GLUE
        or w in _STATE_VERBS
        or (ctx.lex.any_verb.has(w) and not w.endswith("ing"))  # not "Group counselling"
        or _mention(toks, [False] * len(toks), i, ctx)[0] > 0
    )


def _first_is_verb(toks: Sequence[str], ctx: _Context) -> bool:
    any_verb = ctx.lex.any_verb
    return any_verb.lemma(toks[0]) == toks[0] or bool(
        any_verb.match(toks, 0) and any_verb.lemma(toks[0]) is None
    )


def _worker_verb_first(toks: Sequence[str], ctx: _Context) -> bool:
    """ "Support Carla...": a worker verb the actor reader took for a name."""
    return _first_is_verb(toks, ctx) and ctx.lex.worker_verbs.match(toks, 0) is not None


def _imperative(toks: Sequence[str], ctx: _Context) -> bool:
    """Does the sentence open with a verb? Not a participle heading ("Enhanced family
    safety" names an outcome), unless it is a worker's verb ("Referred to a GP")."""
    lex = ctx.lex
    if len(toks) > 1 and toks[1] in _SUBJECT_LINKS:
        return False  # "Walking is encouraged": the first word is the subject
    if _first_is_verb(toks, ctx):
        return True
    if lex.any_verb.match(toks, 0):
        return not (toks[0].endswith("ed") and not lex.worker_verbs.match(toks, 0))
    return _verb_opener(toks, ctx)


def _verb_opener(toks: Sequence[str], ctx: _Context) -> bool:
    """Does the sentence open with an English verb no rule list names ("Validate the
    client's feelings", "Set an alarm", "Transport his device")? A verb that is as often
    a noun counts only before its object: "Transport to appointments" is a service."""
    w = toks[0]
    if w not in ctx.lex.general_verbs or len(toks) < 2:
        return False
    if _mention(toks, [False] * len(toks), 0, ctx)[0]:
        return False  # an actor word that is also a verb ("Staff", "Parent")
    nxt = toks[1]
    practice = ctx.lex.practice_objects  # "Note trends in blood pressure": an object
    if (
        nxt in _DETERMINERS
        or nxt in _OBJECT_PRONOUNS
        or nxt in _VERB_PARTICLES
        or (nxt in practice.first_words and practice.match(toks, 1) is not None)
        or (nxt in _THIRD_PERSON_CLIENT and _bare_client_object(toks, ctx))
    ):
        return True
    if w not in ctx.lex.terms.mainly_verbs:
        return False
    if nxt == "," and len(toks) > 2:  # "Meditate, even if...": a clause follows the verb
        return ctx.lex.subordinators.has(toks[2])
    return nxt not in _NOT_AFTER_A_VERB


def _opens_object(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """Does ``toks[i]`` start a verb's complement (a preposition, determiner or number)?"""
    w = toks[i] if i < len(toks) else ""
    return (
        (w in _PREPOSITIONS and w not in ("to", "of"))
        or w in _DETERMINERS
        or (w in ctx.lex.terms.number_words)
    )
