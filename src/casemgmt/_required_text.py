"""Required text that says nothing: one rule over every text a record needs.

A whitespace-only string is not a record (QCOSS planning and monitoring
guides, seeds 002, 003: every change documented with why; ACMA, seed 000:
notes clearly indicating outcomes). Every rule judges text with
``casemgmt.core._text.has_text``, so a blank reason, response, outcome or
scope never counts; this rule reports the blank required fields and list
entries that no other rule already reports, each at its path.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casemgmt.core import CheckContext, Finding, RuleSet
from casemgmt.core._findings import WARNING
from casemgmt.core._text import has_text

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["REQUIRED_TEXT_RULES", "blank_text", "required_texts"]


# Paths are built only for the blank texts: each entry is (path template,
# its indices, value), and ``template % indices`` is the JSON path (issue 19:
# formatting ~60 paths per case to report none of them was a third of the rule).
_Entry = tuple[str, tuple[int, ...], object]
_ListEntry = tuple[str, tuple[int, ...], tuple[object, ...]]


def _plan_texts(case: Case) -> Iterator[_Entry]:
    if case.plan is None:
        return
    for i, goal in enumerate(case.plan.goals):
        yield "$.plan.goals[%d].statement", (i,), goal.statement
    for i, action in enumerate(case.plan.actions):
        yield "$.plan.actions[%d].what", (i,), action.what


def _record_texts(case: Case) -> Iterator[_Entry]:
    for i, change in enumerate(case.stage_history):
        yield "$.stage_history[%d].reason", (i,), change.reason
    for i, need in enumerate(case.assessment.needs):
        yield "$.assessment.needs[%d].description", (i,), need.description
    for i, strength in enumerate(case.assessment.strengths):
        yield "$.assessment.strengths[%d].description", (i,), strength.description
    yield from _plan_texts(case)
    for i, ref in enumerate(case.referrals):
        yield "$.referrals[%d].to.organisation", (i,), ref.to.organisation
    for i, adv in enumerate(case.advocacy):
        yield "$.advocacy[%d].target", (i,), adv.target
        yield "$.advocacy[%d].asked_for", (i,), adv.asked_for
        for j, esc in enumerate(adv.escalations):
            yield "$.advocacy[%d].escalations[%d].to", (i, j), esc.to
    for i, note in enumerate(case.notes):
        yield "$.notes[%d].text", (i,), note.text
        if note.about_plan_change:
            yield "$.notes[%d].reason", (i,), note.reason
    if case.referral_in is not None:
        yield "$.referral_in.source", (), case.referral_in.source
    if case.closure is not None and case.closure.exit_plan is not None:
        exits = "$.closure.exit_plan.supports_after_exit[%d]"
        for j, support in enumerate(case.closure.exit_plan.supports_after_exit):
            yield exits + ".need", (j,), support.need
            yield exits + ".provided_by", (j,), support.provided_by


def _listed_texts(case: Case) -> Iterator[_ListEntry]:
    """Lists of text whose every entry must say something."""
    for i, consent in enumerate(case.consents):
        yield "$.consents[%d].parties", (i,), consent.parties
        yield "$.consents[%d].categories", (i,), consent.categories
    for i, risk in enumerate(case.assessment.risks):
        yield "$.assessment.risks[%d].actions_taken", (i,), risk.actions_taken
    if case.plan is not None:
        for i, goal in enumerate(case.plan.goals):
            yield "$.plan.goals[%d].indicators", (i,), goal.indicators
    for i, ref in enumerate(case.referrals):
        yield "$.referrals[%d].information_shared", (i,), ref.information_shared
    for i, review in enumerate(case.reviews):
        yield "$.reviews[%d].barriers", (i,), review.barriers
        yield "$.reviews[%d].decisions", (i,), review.decisions
    if case.closure is not None:
        yield "$.closure.next_steps", (), case.closure.next_steps
        if case.closure.exit_plan is not None:
            yield "$.closure.exit_plan.achievements", (), case.closure.exit_plan.achievements


def _entries(case: Case) -> Iterator[_Entry]:
    yield from _record_texts(case)
    for template, at, entries in _listed_texts(case):
        for j, entry in enumerate(entries):
            yield template + "[%d]", (*at, j), entry


def required_texts(case: Case) -> Iterator[tuple[str, object]]:
    """(path, value) for every required text of the case and every entry of a text list."""
    for template, at, value in _entries(case):
        yield template % at, value


def _all_have_text(case: Case) -> bool:
    """True when every text ``_record_texts`` and ``_listed_texts`` visit says something.

    The common answer, found with one flat list and ``str.strip`` mapped in C
    (``has_text`` is exactly "something is left after stripping"); a value
    that is not a string makes ``strip`` raise, and the careful walk decides.
    """
    try:
        return all(map(_strip, _all_texts(case)))
    except TypeError:
        return False


def _all_texts(case: Case) -> list[Any]:
    """The values ``required_texts`` visits, in no particular order, without paths."""
    values: list[Any] = [change.reason for change in case.stage_history]
    assessment = case.assessment
    values += [need.description for need in assessment.needs]
    values += [strength.description for strength in assessment.strengths]
    plan = case.plan
    if plan is not None:
        values += [goal.statement for goal in plan.goals]
        values += [action.what for action in plan.actions]
        for goal in plan.goals:
            values += goal.indicators
    for ref in case.referrals:
        values.append(ref.to.organisation)
        values += ref.information_shared
    for adv in case.advocacy:
        values.append(adv.target)
        values.append(adv.asked_for)
        values += [esc.to for esc in adv.escalations]
    for note in case.notes:
        values.append(note.text)
        if note.about_plan_change:
            values.append(note.reason)
    if case.referral_in is not None:
        values.append(case.referral_in.source)
    closure = case.closure
    if closure is not None:
        values += closure.next_steps
        exit_plan = closure.exit_plan
        if exit_plan is not None:
            values += exit_plan.achievements
            for support in exit_plan.supports_after_exit:
                values.append(support.need)
                values.append(support.provided_by)
    for consent in case.consents:
        values += consent.parties
        values += consent.categories
    for risk in assessment.risks:
        values += risk.actions_taken
    for review in case.reviews:
        values += review.barriers
        values += review.decisions
    return values


_strip = str.strip


def blank_text(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``record.blank-text``: a required text, or an entry of a text list, is blank.

    Blank entries never count (a blank risk response is no response, a blank
    consent category or party names nothing), so this says where they are.
    """
    if _all_have_text(case):
        return
    for template, at, value in _record_texts(case):
        if not has_text(value):
            yield _blank(template % at)
    for template, at, entries in _listed_texts(case):
        if entries and not all(map(has_text, entries)):
            for j, entry in enumerate(entries):
                if not has_text(entry):
                    yield _blank(template % at + f"[{j}]")


def _blank(path: str) -> Finding:
    return Finding(
        "record.blank-text",
        WARNING,
        "this text is empty or only whitespace, so it records nothing",
        path,
        "write what it should say, or remove the entry",
    )


REQUIRED_TEXT_RULES: RuleSet[Case, CheckContext] = RuleSet((("record.blank-text", blank_text),))
"""The required-text rule; ``casemgmt.validate`` runs it with the consistency rules."""
