"""The case-note linter: seed 003's documentation tips, with word lists an agency extends."""

from __future__ import annotations

import datetime as dt
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import given

from casemgmt import Case, CheckContext, Client, Finding, Severity
from casemgmt.monitoring import (
    DEFAULT_NOTE_TERMS,
    CaseNote,
    NoteKind,
    NoteTerms,
    lint_note,
    note_documentation,
)
from casemgmt.monitoring._notes import _WORD, _matches, _starts, _words


def _note(text: str, kind: NoteKind = NoteKind.FACT, **more: Any) -> CaseNote:
    return CaseNote(
        written_on=dt.date(2025, 2, 3),
        author="cm-1",
        kind=kind,
        text=text,
        **more,
    )


def _codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_judgemental_words_are_warnings() -> None:
    """Seed 003: "Do not be judgemental ... notes can leave a legacy that follow your client"."""
    findings = lint_note(_note("Client is lazy and manipulative."), path="$.notes[2]")
    expected = [("note.judgemental", Severity.WARNING, "$.notes[2].text")] * 2
    assert expected == [(f.code, f.severity, f.path) for f in findings]


def test_hostile_words_are_judgemental() -> None:
    """Seed 003: "Avoid hostility": notes must not show negative feelings toward anyone."""
    expected = ["note.judgemental"]
    assert expected == _codes(lint_note(_note("Honestly this visit was a waste of time.")))


def test_jargon_is_info_with_plain_words() -> None:
    """Seed 003: "Avoid jargon ... reduce any power differences"."""
    findings = lint_note(_note("DNA appointment with AOD worker."))
    expected = [
        ("note.jargon", Severity.INFO, "write 'did not attend'"),
        ("note.jargon", Severity.INFO, "write 'alcohol and other drugs'"),
    ]
    assert expected == [(f.code, f.severity, f.hint) for f in findings]


def test_vague_terms_are_info() -> None:
    """Seed 003: "Be clear and precise: avoid using vague terms"."""
    expected = ["note.vague", "note.vague"]
    assert expected == _codes(lint_note(_note("Rang a lot recently.")))


def test_impression_written_as_fact() -> None:
    """Seed 003: "Distinguish between facts and impressions"."""
    expected = [("note.impression-as-fact", Severity.WARNING)]
    findings = lint_note(_note("She seems anxious and probably will not attend."))
    assert expected == [(f.code, f.severity) for f in findings]


def test_impression_recorded_as_impression_is_fine() -> None:
    """An impression note may say "seems"; that is what it is for."""
    expected: list[Finding] = []
    assert expected == lint_note(_note("She seems anxious.", NoteKind.IMPRESSION))


def test_quotation_needs_quotation_marks() -> None:
    """Seed 003: the client's exact words go "in quotation marks"."""
    expected = ["note.quotation-unmarked"]
    assert expected == _codes(lint_note(_note("I am sick of waiting", NoteKind.QUOTATION)))


def test_the_clients_own_words_are_not_judged() -> None:
    """Words inside quotation marks are the client's; they are recorded, not linted."""
    note = _note('Client said: "I feel hopeless, I am sick of this stuff".')
    expected: list[Finding] = []
    assert expected == lint_note(note)


def test_curly_quotes_count_as_quotation_marks() -> None:
    """Word processors write curly quotes."""
    expected: list[Finding] = []
    assert expected == lint_note(_note("\u201cI feel hopeless\u201d", NoteKind.QUOTATION))


def test_plan_change_without_reason() -> None:
    """Seed 003: "clearly document the reasons for a change and note the revisions"."""
    findings = lint_note(
        _note("Plan changed at review.", about_plan_change=True), path="$.notes[0]"
    )
    expected = [("note.change-without-reason", "$.notes[0].reason")]
    assert expected == [(f.code, f.path) for f in findings]


def test_plan_change_with_reason_is_fine() -> None:
    """A change note that says why passes."""
    note = _note("Housing goal moved to second place.", about_plan_change=True, reason="crisis")
    expected: list[Finding] = []
    assert expected == lint_note(note)


def test_words_match_whole_words_only() -> None:
    """'unlikely' is not 'likely', and 'DNAs' is not 'DNA'."""
    expected: list[Finding] = []
    assert expected == lint_note(_note("Attendance was unlikely to be counted as DNAs."))


def test_each_term_is_reported_once_per_note() -> None:
    """Repeating a word does not repeat the finding."""
    expected = ["note.judgemental"]
    assert expected == _codes(lint_note(_note("Lazy. Lazy again.")))


def test_message_names_the_term_never_the_text() -> None:
    """Messages quote the listed term, so nothing else from the note leaks into logs."""
    finding = lint_note(_note("Carla Smith was rude."))[0]
    expected = (True, False)
    assert expected == ("'rude'" in finding.message, "Carla" in finding.message)


def test_agency_extends_the_lists() -> None:
    """An agency adds its own jargon as data."""
    terms = DEFAULT_NOTE_TERMS.extend(jargon={"TA": "write 'temporary accommodation'"})
    expected = ["note.jargon"]
    assert expected == _codes(lint_note(_note("Moved into TA."), terms=terms))


def test_agency_removes_a_term() -> None:
    """An agency can drop a word its field uses neutrally."""
    terms = DEFAULT_NOTE_TERMS.without("DV")
    expected: list[Finding] = []
    assert expected == lint_note(_note("Referred to the DV service."), terms=terms)


def test_terms_round_trip_as_plain_data() -> None:
    """The lists are readable data: to_dict and from_dict give the same value."""
    expected = DEFAULT_NOTE_TERMS
    assert expected == NoteTerms.from_dict(DEFAULT_NOTE_TERMS.to_dict())


def test_unknown_list_name_is_refused() -> None:
    """A misspelt list name in an agency file is an error, not silently ignored."""
    with pytest.raises(ValueError, match="jargn"):
        NoteTerms.from_dict({"jargn": {"TA": "temporary accommodation"}})


def test_empty_term_is_refused() -> None:
    """Every term is a word or phrase."""
    with pytest.raises(ValueError, match="non-empty"):
        NoteTerms(jargon={" ": "x"})


def test_rule_lints_every_note_of_a_case() -> None:
    """The note.documentation rule gives each note's path."""
    case = Case(
        id="case-1",
        client=Client(id="c-1", name="Carla"),
        opened_on=dt.date(2025, 1, 1),
        notes=(_note("Attended."), _note("Was rude.")),
    )
    findings = list(note_documentation()(case, CheckContext(dt.date(2025, 3, 1))))
    expected = [("note.judgemental", "$.notes[1].text")]
    assert expected == [(f.code, f.path) for f in findings]


_NOTE_ALPHABET = st.sampled_from(
    ["a", "Z", "_", "7", " ", "\t", "-", "/", '"', "\u201c", "\u201d", "é", "\u212a", "İ", "ß", "."]
)


@given(st.text(_NOTE_ALPHABET) | st.text())
def test_words_are_the_pattern_s_words(text: str) -> None:
    """The ASCII shortcut finds exactly the lower-cased ``\\w+`` words (issue 19)."""
    assert _words(text) == frozenset(_WORD.findall(text.lower()))


@given(
    st.lists(
        st.sampled_from(["seems", "a", "lot", "DNA", "lazy", "kind", "of", "I", "think", "ok"])
        | st.text(_NOTE_ALPHABET, max_size=4),
        max_size=8,
    ).map(" ".join)
)
def test_a_note_sharing_no_first_word_matches_no_list(text: str) -> None:
    """The one first-word screen over every list hides nothing each list would find."""
    words = _words(text)
    found = [
        term
        for pairs in (
            DEFAULT_NOTE_TERMS.judgemental,
            DEFAULT_NOTE_TERMS.jargon,
            DEFAULT_NOTE_TERMS.vague,
            DEFAULT_NOTE_TERMS.impression_markers,
        )
        for term, _ in _matches(pairs, text, words)
    ]
    assert not (found and _starts(DEFAULT_NOTE_TERMS).isdisjoint(words))
