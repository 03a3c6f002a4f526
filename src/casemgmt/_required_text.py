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
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding, RuleSet, Severity
from casemgmt.core._text import has_text

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["REQUIRED_TEXT_RULES", "blank_text", "required_texts"]


def _plan_texts(case: Case) -> Iterator[tuple[str, object]]:
    if case.plan is None:
        return
    for i, goal in enumerate(case.plan.goals):
        yield f"$.plan.goals[{i}].statement", goal.statement
    for i, action in enumerate(case.plan.actions):
        yield f"$.plan.actions[{i}].what", action.what


def _record_texts(case: Case) -> Iterator[tuple[str, object]]:
    for i, change in enumerate(case.stage_history):
        yield f"$.stage_history[{i}].reason", change.reason
    for i, need in enumerate(case.assessment.needs):
        yield f"$.assessment.needs[{i}].description", need.description
    for i, strength in enumerate(case.assessment.strengths):
        yield f"$.assessment.strengths[{i}].description", strength.description
    yield from _plan_texts(case)
    for i, ref in enumerate(case.referrals):
        yield f"$.referrals[{i}].to.organisation", ref.to.organisation
    for i, adv in enumerate(case.advocacy):
        yield f"$.advocacy[{i}].target", adv.target
        yield f"$.advocacy[{i}].asked_for", adv.asked_for
        for j, esc in enumerate(adv.escalations):
            yield f"$.advocacy[{i}].escalations[{j}].to", esc.to
    for i, note in enumerate(case.notes):
        yield f"$.notes[{i}].text", note.text
        if note.about_plan_change:
            yield f"$.notes[{i}].reason", note.reason
    if case.referral_in is not None:
        yield "$.referral_in.source", case.referral_in.source
    if case.closure is not None and case.closure.exit_plan is not None:
        for j, support in enumerate(case.closure.exit_plan.supports_after_exit):
            p = f"$.closure.exit_plan.supports_after_exit[{j}]"
            yield f"{p}.need", support.need
            yield f"{p}.provided_by", support.provided_by


def _listed_texts(case: Case) -> Iterator[tuple[str, tuple[object, ...]]]:
    """Lists of text whose every entry must say something."""
    for i, consent in enumerate(case.consents):
        yield f"$.consents[{i}].parties", consent.parties
        yield f"$.consents[{i}].categories", consent.categories
    for i, risk in enumerate(case.assessment.risks):
        yield f"$.assessment.risks[{i}].actions_taken", risk.actions_taken
    if case.plan is not None:
        for i, goal in enumerate(case.plan.goals):
            yield f"$.plan.goals[{i}].indicators", goal.indicators
    for i, ref in enumerate(case.referrals):
        yield f"$.referrals[{i}].information_shared", ref.information_shared
    for i, review in enumerate(case.reviews):
        yield f"$.reviews[{i}].barriers", review.barriers
        yield f"$.reviews[{i}].decisions", review.decisions
    if case.closure is not None:
        yield "$.closure.next_steps", case.closure.next_steps
        if case.closure.exit_plan is not None:
            yield "$.closure.exit_plan.achievements", case.closure.exit_plan.achievements


def required_texts(case: Case) -> Iterator[tuple[str, object]]:
    """(path, value) for every required text of the case and every entry of a text list."""
    yield from _record_texts(case)
    for path, entries in _listed_texts(case):
        for j, entry in enumerate(entries):
            yield f"{path}[{j}]", entry


def blank_text(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``record.blank-text``: a required text, or an entry of a text list, is blank.

    Blank entries never count (a blank risk response is no response, a blank
    consent category or party names nothing), so this says where they are.
    """
    for path, value in required_texts(case):
        if not has_text(value):
            yield Finding(
                "record.blank-text",
                Severity.WARNING,
                "this text is empty or only whitespace, so it records nothing",
                path,
                "write what it should say, or remove the entry",
            )


REQUIRED_TEXT_RULES: RuleSet[Case, CheckContext] = RuleSet((("record.blank-text", blank_text),))
"""The required-text rule; ``casemgmt.validate`` runs it with the consistency rules."""
