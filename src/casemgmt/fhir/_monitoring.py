"""Reviews as Encounter + an Observation per goal, contact attempts as Communication,
notes as DocumentReference."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from casemgmt.fhir import _codes as codes
from casemgmt.fhir._elements import coding, concept, date, refs, text, wrapped_refs
from casemgmt.fhir._ext import MISSING, Element, Reading, Spec, Writing, code_system, id_system
from casemgmt.monitoring._records import Achievement, CaseNote, ContactAttempt, GoalProgress, Review

__all__ = ["SPECS", "read_contact", "read_note", "read_progress", "read_review", "write_monitoring"]


def _note_text() -> Element:
    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        if not isinstance(value, str) or not value:
            return False
        data = base64.b64encode(value.encode("utf-8")).decode("ascii")
        resource["content"] = [
            {"attachment": {"contentType": "text/plain; charset=utf-8", "data": data}}
        ]
        return True

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        content = resource.get("content")
        if not isinstance(content, list) or not content or not isinstance(content[0], dict):
            return MISSING
        attachment = content[0].get("attachment")
        data = attachment.get("data") if isinstance(attachment, dict) else None
        if data is None:
            return MISSING
        try:
            return base64.b64decode(data, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, TypeError, ValueError):
            rd.problem(f"{path}.content[0].attachment.data", "expected base64 of UTF-8 text")
            return MISSING

    return Element("text", "DocumentReference.content.attachment.data", put, get)


REVIEW = Spec(
    "review",
    Review,
    "Encounter",
    (
        date("held_on", "Encounter.period.start"),
        wrapped_refs(
            "participants",
            "Encounter.participant.individual",
            ("participant",),
            "individual",
            id_system("party"),
        ),
    ),
    children=frozenset({"progress"}),
    fixed=frozenset({"status", "class", "subject"}),
)

PROGRESS = Spec(
    "progress",
    GoalProgress,
    "Observation",
    (
        refs("goal_id", "Observation.focus", "goal", id_system("goal"), single=True, as_list=True),
        concept("achievement", "Observation.valueCodeableConcept", codes.GOAL_ACHIEVEMENT,
                {a.value: a.value for a in Achievement}),
        text("comment", "Observation.note.0.text"),
    ),
    fixed=frozenset({"status", "code", "subject", "encounter", "effectiveDateTime"}),
    defaults={"goal_id": ""},
)  # fmt: skip

CONTACT = Spec(
    "contact",
    ContactAttempt,
    "Communication",
    (
        date("on", "Communication.sent"),
        refs("by", "Communication.sender", "party", id_system("party"), single=True),
        coding("channel", "medium", code_system("contact-channel"), single=True,
               resource_type="Communication"),
    ),
    fixed=frozenset({"status", "subject"}),
    defaults={"channel": "phone"},
)  # fmt: skip

NOTE = Spec(
    "note",
    CaseNote,
    "DocumentReference",
    (
        date("written_on", "DocumentReference.context.period.start"),
        refs(
            "author",
            "DocumentReference.author",
            "party",
            id_system("party"),
            single=True,
            as_list=True,
        ),
        coding(
            "kind",
            "category",
            code_system("note-kind"),
            single=True,
            resource_type="DocumentReference",
        ),
        _note_text(),
    ),
    fixed=frozenset({"status", "subject", "content", "context"}),
    defaults={"text": "", "kind": "fact", "author": ""},
)

SPECS = (REVIEW, PROGRESS, CONTACT, NOTE)
_CLASS = {"system": codes.ACT_CODE, "code": "AMB", "display": "ambulatory"}
_PROGRESS_CODE = {"coding": [{"system": code_system("observation"), "code": "goal-progress"}],
                  "text": "Progress towards a goal"}  # fmt: skip


def write_monitoring(case: Any, wire: dict[str, Any], ctx: Writing) -> None:
    subject = ctx.ref("patient", "")
    for i, (review, rwire) in enumerate(zip(case.reviews, wire["reviews"], strict=True)):
        encounter: dict[str, Any] = {
            "resourceType": "Encounter",
            "id": ctx.rid("review", None, i),
            "status": "finished",
            "class": _CLASS,
            "subject": subject,
        }
        REVIEW.write(review, rwire, encounter, ctx, f"$.reviews[{i}]")
        ctx.add(encounter)
        for j, (progress, pwire) in enumerate(zip(review.progress, rwire["progress"], strict=True)):
            observation: dict[str, Any] = {
                "resourceType": "Observation",
                "id": ctx.rid(f"review.{i}.progress", None, j),
                "status": "final",
                "code": _PROGRESS_CODE,
                "subject": subject,
                "encounter": {"reference": f"Encounter/{encounter['id']}"},
                "effectiveDateTime": rwire["held_on"],
            }
            PROGRESS.write(progress, pwire, observation, ctx, f"$.reviews[{i}].progress[{j}]")
            ctx.add(observation)
    for i, (attempt, awire) in enumerate(
        zip(case.contact_attempts, wire["contact_attempts"], strict=True)
    ):
        communication = {
            "resourceType": "Communication",
            "id": ctx.rid("contact", None, i),
            "status": "completed" if attempt.succeeded else "not-done",
            "subject": subject,
        }
        CONTACT.write(attempt, awire, communication, ctx, f"$.contact_attempts[{i}]")
        ctx.add(communication)
    for i, (note, nwire) in enumerate(zip(case.notes, wire["notes"], strict=True)):
        document: dict[str, Any] = {
            "resourceType": "DocumentReference",
            "id": ctx.rid("note", None, i),
            "status": "current",
            "subject": subject,
        }
        NOTE.write(note, nwire, document, ctx, f"$.notes[{i}]")
        document.setdefault(
            "content", [{"attachment": {"contentType": "text/plain; charset=utf-8"}}]
        )
        ctx.add(document)


def read_review(resource: dict[str, Any], rd: Reading, path: str) -> dict[str, Any]:
    return REVIEW.read(resource, rd, path)


def read_progress(resource: dict[str, Any], rd: Reading, path: str) -> dict[str, Any]:
    return PROGRESS.read(resource, rd, path)


def read_contact(resource: dict[str, Any], rd: Reading, path: str) -> dict[str, Any]:
    wire = CONTACT.read(resource, rd, path)
    if "result" not in wire:
        wire["result"] = "reached" if resource.get("status") == "completed" else "no-answer"
    return wire


def read_note(resource: dict[str, Any], rd: Reading, path: str) -> dict[str, Any]:
    return NOTE.read(resource, rd, path)
