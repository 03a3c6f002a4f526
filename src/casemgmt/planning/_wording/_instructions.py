"""Is an instruction a worker's? An imperative is the client's own act ("Attend the job
club") unless its verb is a worker's ("Refer...", "... and ensure that"), it acts on or
for the client ("Support Carla", "with the student"), it runs or gives a service
("Conduct home visits", "Give people the skills"), or it serves clients in general
("for each household"). :mod:`._chunk` asks it once it has found the imperative.
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._actors import (
    _client_object,
    _for_client,
    _noun_of_its_own,
)
from casemgmt.planning._wording._clauses import _Predicate
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._tables import (
    _ADJECTIVE_LEADS,
    _AIM_DIRECTIONS,
    _DELIVERED,
    _DETERMINERS,
    _EACH,
    _FOR_RECIPIENTS,
    _GENERIC_PEOPLE,
    _GIVING_VERBS,
    _GROUP_PREPOSITIONS,
    _GROUP_QUANTIFIERS,
    _OBJECT_LEADS,
    _OTHER_PEOPLE,
    _POPULATION_MODIFIERS,
    _PREPOSITIONS,
    _SELF_OBJECT_SPAN,
    _SELF_WORDS,
    _SUBJECT_PRONOUNS,
    _THIRD_PERSON_CLIENT,
    _VERB_PARTICLES,
)

_AND_GLUE = frozenset(("and", "&"))
_WITH = "with"
_CIRCLE_MODIFIERS = 3
"""Words before the people someone connects with ("two old school friends")."""
_GROUP_ARTICLES = frozenset(("the", "your"))
_YOUR = "your"
_READER = "you"
_CARRYING_VERBS = frozenset(("take", "bring", "keep", "carry", "have", "pack", "hold"))
"""Verbs whose "with you" is a thing the reader carries ("Keep your ID with you")."""
_THANKS = frozenset(("thank", "thanks"))
_READER_PREPOSITIONS = frozenset(("with", "for", "to", "about", "on", "in"))
"""Before "you", these make it a preposition's object ("with you", "to you")."""
_WH_WORDS = frozenset(("what", "who", "whom", "whose", "which", "that", "where", "when", "how"))
"""Open a clause of its own, whose "you" is not the instruction's object."""


def _worker_imperative(
    toks: Sequence[str], caps: Sequence[bool], pred: _Predicate, ctx: _Context
) -> bool:
    """An instruction to a worker: a worker verb ("Assist...", not "Advocate for
    yourself"), or any verb with the client as object or beneficiary."""
    lex = ctx.lex
    verb_len = (lex.any_verb.match(toks, 0) or (1, ""))[0]
    if _acts_on_the_reader(toks, verb_len, ctx) or _clients_in_the_third_person(
        toks, verb_len, ctx
    ):
        return True
    if (verb_len < len(toks) and toks[verb_len] == "your") or _addresses_parent(
        toks, verb_len, ctx
    ):
        return False  # "Help your child to...", "Monitor your sugar": the reader acts
    wv = lex.worker_verbs.match(toks, 0)
    return bool(
        (wv and not _self_directed(toks, wv[0]) and not _own_circle(toks, wv[0], ctx))
        or _catenated_worker_verb(toks, pred, ctx)
        or _coordinated_worker_verb(toks, pred.end, ctx)
        or _client_object(toks, caps, verb_len, ctx)
        or (
            verb_len < len(toks)
            and toks[verb_len] in _VERB_PARTICLES
            and _client_after_particle(toks, verb_len, ctx)
        )
        or _for_client(toks, verb_len, pred.end, ctx)
        or _names_client(toks, verb_len, ctx)
        or _gives_to_people(toks, verb_len, ctx)
        or _runs_a_service(toks, verb_len, ctx)
        or _practice_object(toks, verb_len, pred.end, ctx) is not None
        or (
            not _GROUP_PREPOSITIONS.isdisjoint(toks)
            and _serves_group(toks, verb_len, len(toks), ctx)
        )
    )


def _client_after_particle(toks: Sequence[str], k: int, ctx: _Context) -> bool:
    """ "Pick up the family", "Bring back the client": the client as the object after a
    verb's particle (no name guessed from capitals: "Put down the Can")."""
    return _client_object(toks, [False] * len(toks), k + 1, ctx)


def _clients_in_the_third_person(toks: Sequence[str], start: int, ctx: _Context) -> bool:
    """ "Help your patients incorporate follow-up steps", "Wait until the newcomers arrive",
    "Comfort your patient": clients in general spoken of as "the"/"your" group after the
    verb, or "your" client as its object, make the reader a practitioner or volunteer
    serving them ("Help your child" is a parent's own act)."""
    program = ctx.lex.program
    if (
        start + 1 < len(toks)
        and toks[start] == _YOUR
        and program.has(toks[start + 1] + "s")  # a role clients hold: "patient", "client"
        and _noun_of_its_own(toks, start + 2, ctx)  # not "your student loan"
    ):
        return True  # "Comfort your patient": the reader's client, so the reader serves
    if program.first_words.isdisjoint(toks):
        return False  # most instructions: no word of the list at all
    return any(
        toks[k - 1] in _GROUP_ARTICLES and program.match(toks, k) is not None
        for k in range(start + 1, len(toks))
        if toks[k] in program.first_words
    )


def _own_circle(toks: Sequence[str], after_verb: int, ctx: _Context) -> bool:
    """ "Connect with supportive people", "Treat peers with respect": a worker's verb done
    with or to the reader's own circle (``other_person_nouns``) is the reader's own act, as
    "Advocate for yourself" is; not giving to people ("Provide victims assistance") nor
    serving people in general ("Assist homeless people")."""
    lex, k = ctx.lex, after_verb
    if lex.other.first_words.isdisjoint(toks[k : k + _CIRCLE_MODIFIERS + 2]):
        return False  # most worker instructions: no one of the reader's circle near
    if lex.any_verb.lemma(toks[0]) in _GIVING_VERBS:
        return False
    with_them = toks[k : k + 1] == [_WITH]
    while k < len(toks) and toks[k] in _OBJECT_LEADS:
        k += 1
    stop = k + _CIRCLE_MODIFIERS if with_them else k
    while k < min(stop, len(toks)) and toks[k] not in lex.other.first_words:
        k += 1  # modifiers: "with supportive people", "with two old school friends"
    if k >= len(toks) or (toks[k] in _GENERIC_PEOPLE and not with_them):
        return False
    return toks[k] in lex.other.first_words and lex.other.match(toks, k) is not None


def _catenated_worker_verb(toks: Sequence[str], pred: _Predicate, ctx: _Context) -> bool:
    """ "Continue to monitor the uptake...", "Begin to assess...": a worker's verb after the
    instruction's catenative is the worker's task, as it is first ("Monitor...")."""
    main = pred.main
    if main == 0 or main >= len(toks) or ctx.lex.catenative.match(toks, 0) is None:
        return False
    wv = ctx.lex.worker_verbs.match(toks, main)
    after = main + (wv[0] if wv else 0)
    return bool(wv) and toks[after : after + 1] != [_YOUR] and not _self_directed(toks, after)


def _self_directed(toks: Sequence[str], after_verb: int) -> bool:
    """ "Remind yourself...", "Advocate for herself", "Educate yourself about...": a
    worker's verb done to oneself is the reader's own act, not a worker's."""
    return not _SELF_WORDS.isdisjoint(toks[after_verb : after_verb + _SELF_OBJECT_SPAN])


def _acts_on_the_reader(toks: Sequence[str], start: int, ctx: _Context) -> bool:
    """ "Review your care plan with you", "Involve you in decisions": an instruction whose
    object is the reader ("you") is someone else's act on them (a service's promise), not
    the reader's; not a thing carried along ("Keep your ID with you") nor "thank you".
    Read up to the end of the instruction's own clause ("Ask a friend to come with you")."""
    lemma = ctx.lex.any_verb.lemma(toks[0]) or toks[0]
    if _READER not in toks or lemma in _CARRYING_VERBS or lemma in _THANKS:
        return False
    lex = ctx.lex
    for k in range(start, len(toks)):
        w = toks[k]
        if w == _READER:  # the object, or a preposition's: not a clause's subject
            return k == start or toks[k - 1] in _READER_PREPOSITIONS
        if w == "to" and any(map(lex.any_verb.has, toks[k + 1 : k + 2])):
            return False  # an infinitive: "Ask a friend to come with you"
        if w in _WH_WORDS or (lex.subordinators.has(w) and w not in _READER_PREPOSITIONS):
            return False  # "... when you feel", "... what is available to you"
    return False


def _coordinated_worker_verb(toks: Sequence[str], end: int, ctx: _Context) -> bool:
    """ "Arrange job interviews and ensure that...": a worker's verb coordinated with the
    instruction's first makes the whole a worker's task (not "... and help your son")."""
    lex = ctx.lex
    for k in range(1, min(end, len(toks) - 1)):
        wv = lex.worker_verbs.match(toks, k + 1) if toks[k] in _AND_GLUE else None
        if wv is None:
            continue
        after = toks[k + 1 + wv[0] : k + 5 + wv[0]]
        if wv[1] in _GIVING_VERBS and not any(lex.service.has(w) for w in after):
            return False  # "write and deliver resumes": things handed over, not a service
        return after[:1] != ["your"] and not _SELF_WORDS.intersection(after[:2])
    return False


def _runs_a_service(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """ "Conduct home visits", "Run parenting groups": a verb no list names whose object is
    a service is the provider's act (the client attends, completes or receives one)."""
    lex = ctx.lex
    if lex.any_verb.has(toks[0]):
        return False
    for k in range(i, min(len(toks), i + 5)):
        if toks[k] in _PREPOSITIONS:
            return False
        if lex.service.match(toks, k) or toks[k] in _DELIVERED:
            return True
    return False


_READERS_OWN = frozenset(("your", "my", "our"))
_OBJECT_SPAN = 5
"""Words after the verb in which its object is looked for ("Maintain a daily behavior log")."""


def _practice_object(toks: Sequence[str], start: int, end: int, ctx: _Context) -> str | None:
    """ "Insert urinary catheter", "Adjust the token reward system", "Note trends in blood
    pressure": an instruction whose object is a thing only a practitioner handles (the
    ``practitioner_objects`` list) is a nurse's or teacher's task, whatever its verb; not
    the reader's own ("Keep your behaviour chart"). The object ends at a preposition.
    Returns the listed phrase (the rule's evidence), or ``None``."""
    practice = ctx.lex.practice_objects
    if practice.first_words.isdisjoint(toks) or not _READERS_OWN.isdisjoint(toks):
        return None
    for k in range(start, min(end, len(toks), start + _OBJECT_SPAN)):
        if toks[k] in _PREPOSITIONS:
            return None
        m = practice.match(toks, k)
        if m is not None:
            return m[1]
    return None


def _practice_evidence(
    toks: Sequence[str], pred: _Predicate, first: int, ctx: _Context
) -> tuple[int, str] | None:
    """The practitioner's thing an instruction acts on ("urinary catheter"), as the worker
    instruction rule's evidence when its verb is no worker's."""
    verb = ctx.lex.any_verb.match(toks, first)
    found = _practice_object(toks, first + (verb or (1, ""))[0], pred.end, ctx)
    return None if found is None else (0, found)


def _serves_group(toks: Sequence[str], start: int, end: int, ctx: _Context) -> bool:
    """ "Partnering with families to...", "Tutoring for all students": working with or
    for clients in general is the service's act, not one client's."""
    lex = ctx.lex
    for k in range(start, end - 1):
        if toks[k] not in _GROUP_PREPOSITIONS:
            continue
        j = k + 1
        while j < end and (toks[j] in _DETERMINERS or toks[j] in _GROUP_QUANTIFIERS):
            j += 1
        if j < end and lex.program.match(toks, j):
            return True
        if toks[k] in _FOR_RECIPIENTS and _program_ahead(toks, j, end, ctx):
            return True  # "for all potential new tenants"; not "with supportive adults"
        if (
            j < end
            and toks[k] in _FOR_RECIPIENTS
            and toks[j - 1] in _EACH
            and (lex.family.match(toks, j) or lex.client.match(toks, j))
        ):
            return True  # "for each household": every client, not one
    return False


def _program_ahead(toks: Sequence[str], j: int, end: int, ctx: _Context) -> bool:
    """Clients in general at ``j`` after at most a few modifiers ("potential new tenants")."""
    for k in range(j, min(end, j + _POPULATION_MODIFIERS + 1)):
        if ctx.lex.program.match(toks, k):
            return True
        if toks[k] in _PREPOSITIONS or toks[k] in _OTHER_PEOPLE or ctx.lex.any_verb.has(toks[k]):
            return False
    return False


def _gives_to_people(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """ "Give people the skills...", "Offer clients support...": a giving verb whose first
    object is people in general and whose second is a service or an abstract good (skills,
    support) is a service's instruction ("Give others a chance" is the client's act)."""
    lex = ctx.lex
    if lex.any_verb.lemma(toks[0]) not in _GIVING_VERBS or i >= len(toks):
        return False
    m = lex.program.match(toks, i)
    k = i + (m[0] if m else 1)
    if not m and toks[i] not in _GENERIC_PEOPLE:
        return False
    return any(
        lex.service.match(toks, j) or lex.abstract.match(toks, j)
        for j in range(k, min(len(toks), k + 3))
    )


def _names_client(toks: Sequence[str], start: int, ctx: _Context) -> bool:
    """Does an instruction speak of the client in the third person after its verb ("Meet
    with Sam to talk...", "Look at John's home")? Then it is addressed to someone else.
    Not a change in the client's own attribute ("increase the client's self-esteem")."""
    for k in range(start, len(toks)):
        if (
            toks[k] in ctx.names
            or (
                toks[k] in _THIRD_PERSON_CLIENT
                and toks[k - 1] not in _ADJECTIVE_LEADS
                and toks[k - 1] not in _OTHER_PEOPLE  # "other clients and staff"
            )
            or (toks[k - 1] == "the" and _the_client(toks, k, ctx))
        ):
            own = toks[k + 1 : k + 2] == ["'s"]
            if not (own and ctx.lex.any_verb.lemma(toks[0]) in _AIM_DIRECTIONS):
                return True
    return False


def _the_client(toks: Sequence[str], k: int, ctx: _Context) -> bool:
    """ "the student", "the patient", "the participant" as a noun of its own (not "the
    student council"): the client in the third person."""
    if k == 0 or toks[k - 1] != "the" or toks[k] in _SUBJECT_PRONOUNS:
        return False
    m = ctx.lex.client.match(toks, k)
    return m is not None and _noun_of_its_own(toks, k + m[0], ctx)


def _addresses_parent(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """An imperative to "your child": a parenting plan addressing the parent (the client)."""
    return toks[i : i + 1] == ["your"] and ctx.lex.family.match(toks, i + 1) is not None


def _bare_client_object(toks: Sequence[str], ctx: _Context) -> bool:
    """ "Toilet client on a schedule": a note's instruction with the client as bare object."""
    m = ctx.lex.client.match(toks, 1)
    return m is not None and _noun_of_its_own(toks, 1 + m[0], ctx)
