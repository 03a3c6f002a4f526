"""The default word lists for the case-note linter, as plain data.

Each entry maps a word or phrase (matched whole, any case, spaces flexible)
to the hint shown beside it. Agencies add their own with
``DEFAULT_NOTE_TERMS.extend(jargon={"TTA": "write 'transitional accommodation'"})``
or load a JSON file of the same shape with ``NoteTerms.from_dict``.

Sources: seed 003 (Summers 2016): avoid hostility, be clear and precise,
use language the people you serve understand, do not be judgemental,
distinguish facts from impressions. The lists are ours; seed 003 names the
principles, not the words.
"""

from __future__ import annotations

__all__ = ["IMPRESSION_MARKERS", "JARGON", "JUDGEMENTAL", "VAGUE"]

_DESCRIBE = "describe what was said or done, when, and in whose words"

JUDGEMENTAL: dict[str, str] = {
    # labels that judge the person instead of describing behaviour
    "lazy": _DESCRIBE,
    "unmotivated": "record what the client said they want and which step did not happen",
    "non-compliant": "name the agreed step that did not happen and the client's reason",
    "noncompliant": "name the agreed step that did not happen and the client's reason",
    "uncooperative": _DESCRIBE,
    "manipulative": _DESCRIBE,
    "attention-seeking": _DESCRIBE,
    "attention seeking": _DESCRIBE,
    "in denial": "quote what the client said about the issue",
    "difficult client": _DESCRIBE,
    "problem client": _DESCRIBE,
    "frequent flyer": "give the number of contacts or admissions and the period",
    "entitled": _DESCRIBE,
    "ungrateful": _DESCRIBE,
    "demanding": "write what the client asked for",
    "whinging": "write what the client raised, in their words",
    "whining": "write what the client raised, in their words",
    "rude": _DESCRIBE,
    "hysterical": "describe what you saw and heard",
    "crazy": "name the observed behaviour or the diagnosis and its source",
    "psycho": "name the observed behaviour or the diagnosis and its source",
    "junkie": "use person-first words: 'a person who uses drugs'",
    "druggie": "use person-first words: 'a person who uses drugs'",
    "addict": "use person-first words: 'a person who uses ...'",
    "drunk": "record what you observed (speech, balance, smell) and what the client said",
    "liar": "record what was said and what the other source shows",
    "bludger": _DESCRIBE,
    "sponger": _DESCRIBE,
    "freeloader": _DESCRIBE,
    # hostility: the worker's own feelings leaking into the record
    "hopeless": "record what was tried and what happened",
    "pathetic": _DESCRIBE,
    "useless": "record what was tried and what happened",
    "ridiculous": _DESCRIBE,
    "stupid": _DESCRIBE,
    "waste of time": "record what was tried and what happened",
    "fed up with": "leave your own feelings out of the note; raise them in supervision",
    "sick of": "leave your own feelings out of the note; raise them in supervision",
}

JARGON: dict[str, str] = {
    "AOD": "write 'alcohol and other drugs'",
    "ETOH": "write 'alcohol'",
    "DV": "write 'domestic violence' or 'family violence'",
    "FDV": "write 'family and domestic violence'",
    "DNA": "write 'did not attend'",
    "NFA": "write 'no further action'",
    "F2F": "write 'face to face'",
    "hx": "write 'history'",
    "c/o": "write 'said they had' or 'complained of'",
    "MH": "write 'mental health'",
    "SW": "write 'social worker'",
    "NOK": "write 'next of kin'",
    "OOHC": "write 'out-of-home care'",
    "ADLs": "write 'daily tasks such as washing, dressing and cooking'",
    "CALD": "name the community or language instead",
    "prn": "write 'when needed'",
    "psychosocial": "say which parts of life: health, relationships, housing, work",
    "comorbid": "write 'has both ... and ...'",
    "comorbidity": "write 'has both ... and ...'",
    "presenting issues": "write 'what the client asked for help with'",
    "presenting problem": "write 'what the client asked for help with'",
    "biopsychosocial": "say which parts of life: health, feelings, relationships",
    "decompensating": "describe the changes you saw",
}

VAGUE: dict[str, str] = {
    "a lot": "give a number or amount",
    "lots of": "give a number or amount",
    "a bit": "give a number or amount",
    "a while": "give the date or how long",
    "some time": "give the date or how long",
    "recently": "give the date",
    "soon": "give the date",
    "at some point": "give the date",
    "from time to time": "say how often",
    "as usual": "say what happened",
    "kind of": "say exactly what happened",
    "sort of": "say exactly what happened",
    "stuff": "name the things meant",
    "etc": "list what is meant",
    "and so on": "list what is meant",
    "various": "list them",
    "doing okay": "say what is going well and what is not",
    "doing ok": "say what is going well and what is not",
    "not great": "say what is going wrong",
    "appropriate": "say what was done",
    "inappropriate": "describe what was said or done",
}

IMPRESSION_MARKERS: dict[str, str] = {
    "seems": "",
    "seemed": "",
    "appears": "",
    "appeared": "",
    "apparently": "",
    "I think": "",
    "I feel": "",
    "I believe": "",
    "I suspect": "",
    "I get the sense": "",
    "probably": "",
    "likely": "",
    "maybe": "",
    "perhaps": "",
    "possibly": "",
    "presumably": "",
    "might be": "",
    "looks like": "",
    "looked like": "",
    "gives the impression": "",
}
"""Words that mark an impression; their hint is the same for all (see the linter)."""
