"""The goal-wording rule sets (issue 15): named, ordered, inspectable and changeable by an agency.

Three core ``RuleSet``s gathered in ``WordingRules``: who acts (Garvin 2009: goals are
stated as client, not practitioner, behaviour), positive terms (Garvin 2009: stated in
positive terms) and measurable (QCOSS 2014: the client knows when it has been achieved),
as quoted in seed 002 and ruled in ACCEPTANCE.md "Goal wording". Every rule's finding
quotes the words that decided it. The statements are written for these tests.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casemgmt.core import Finding, RuleSet, Severity
from casemgmt.planning import (
    DEFAULT_WORDING_RULES,
    NEGATIVE_TERMS,
    NOT_CLIENT_BEHAVIOUR,
    NOT_MEASURABLE,
    GoalReading,
    WordingRules,
    check_goal_statement,
    explain_goal_statement,
)
from casemgmt.planning._wording import _negex, _tables

B, N, M = NOT_CLIENT_BEHAVIOUR, NEGATIVE_TERMS, NOT_MEASURABLE


def codes(text: str, *names: str, rules: WordingRules = DEFAULT_WORDING_RULES) -> list[str]:
    return [f.code for f in check_goal_statement(text, client_names=names, rules=rules)]


def deciding(text: str, *names: str) -> dict[str, str]:
    """Each deciding rule's name and its finding's message."""
    return {name: f.message for name, f in explain_goal_statement(text, client_names=names)}


# --- names and order ------------------------------------------------------------------


def test_rule_sets_are_named_and_ordered() -> None:
    """The rule names an agency sees, in the order they are asked (a decision list for
    who acts and positive terms: order decides which reason a message gives)."""
    assert DEFAULT_WORDING_RULES.who_acts.rule_names == (
        "who-acts.service-entry",
        "who-acts.program-target",
        "who-acts.worker-instruction",
        "who-acts.worker-acts",
        "who-acts.someone-else-acts",
        "who-acts.shared-with-worker",
        "who-acts.receives-service",
        "who-acts.delivers-service",
        "who-acts.done-by-worker",
        "who-acts.done-by-no-one",
        "who-acts.thing-acts-on-client",
        "who-acts.program-purpose",
    )
    assert DEFAULT_WORDING_RULES.positive_terms.rule_names == (
        "positive.negated-verb",
        "positive.negative-in-scope",
        "positive.falls-on-a-scale",
    )
    assert DEFAULT_WORDING_RULES.measurable.rule_names == (
        "measurable.criterion",
        "measurable.attained-state",
        "measurable.in-a-concrete-place",
        "measurable.accomplishment",
        "measurable.passive-accomplishment",
        "measurable.skill-shown-unassisted",
        "measurable.shown-once",
        "measurable.held-until",
        "measurable.attained-thing",
        "measurable.service-event",
    )
    assert len(DEFAULT_WORDING_RULES.rule_names) == 25
    assert WordingRules() == DEFAULT_WORDING_RULES


def test_every_rule_is_a_small_documented_function() -> None:
    """Each rule says in its docstring what it decides (the reference lists them)."""
    for rule_set in (
        DEFAULT_WORDING_RULES.who_acts,
        DEFAULT_WORDING_RULES.positive_terms,
        DEFAULT_WORDING_RULES.measurable,
    ):
        for name, rule in rule_set:
            assert rule.__doc__, name
            assert name.split(".", 1)[1].replace("-", "_") == rule.__name__


# --- each rule's evidence -----------------------------------------------------------------

EVIDENCE = [
    # (statement, client names, deciding rule, words its message must quote)
    ("Weekly home visits", (), "who-acts.service-entry", "names a service or worker task"),
    ("80% of participants will find work", (), "who-acts.program-target", "'participants'"),
    ("Help Carla to find housing", ("Carla",), "who-acts.worker-instruction", "'help'"),
    ("Case manager will refer Carla to a GP", ("Carla",), "who-acts.worker-acts", "'case manager'"),
    ("Walter's daughter will visit him weekly", ("Walter",), "who-acts.someone-else-acts", "other"),
    (
        "Ali and his worker will meet every Tuesday",
        ("Ali",),
        "who-acts.shared-with-worker",
        "'worker'",
    ),
    ("Ali will receive weekly counselling", ("Ali",), "who-acts.receives-service", "'receive'"),
    ("I will provide two classroom lessons a term", (), "who-acts.delivers-service", "'provide'"),
    ("Carla will be referred to a GP", ("Carla",), "who-acts.done-by-worker", "'referred'"),
    ("The lease will be signed", (), "who-acts.done-by-no-one", "names no one doing it"),
    ("This game will help teach the child", (), "who-acts.thing-acts-on-client", "'help'"),
    (
        "The goal of case management is to optimize client functioning",
        (),
        "who-acts.program-purpose",
        "'case management'",
    ),
    ("Jon will not argue with his neighbour", ("Jon",), "positive.negated-verb", "('not')"),
    ("Jon will stop drinking on weekdays", ("Jon",), "positive.negative-in-scope", "('stop')"),
    ("Jon will be smoke-free", ("Jon",), "positive.negative-in-scope", "('smoke-free')"),
    ("Her PHQ-9 score will fall by 5 points", (), "positive.falls-on-a-scale", "('fall')"),
    ("Carla will attend every appointment", ("Carla",), "measurable.criterion", "('every')"),
    ("Carla will walk 30 minutes", ("Carla",), "measurable.criterion", "a number"),
    ("Carla will be enrolled in TAFE", ("Carla",), "measurable.attained-state", "('enrolled')"),
    ("Carla will be in stable housing", ("Carla",), "measurable.in-a-concrete-place", "housing"),
    ("Carla will obtain a photo ID", ("Carla",), "measurable.accomplishment", "('obtain')"),
    ("The lease will be signed", (), "measurable.passive-accomplishment", "('sign')"),
    (
        "Dan will be able to walk to the mailbox unassisted",
        ("Dan",),
        "measurable.skill-shown-unassisted",
        "('unassisted')",
    ),
    ("Dan can catch the bus", ("Dan",), "measurable.shown-once", "an ability"),
    ("Dan will stay with his aunt until June", ("Dan",), "measurable.held-until", "duration"),
    ("Dan will be independent with dressing", ("Dan",), "measurable.shown-once", "assist level"),
    ("Stable housing", (), "measurable.attained-thing", "('housing')"),
    ("Referral to a dietitian", (), "measurable.service-event", "('referral')"),
]


@pytest.mark.parametrize(("text", "names", "rule", "evidence"), EVIDENCE)
def test_each_rule_decides_with_its_evidence(
    text: str, names: tuple[str, ...], rule: str, evidence: str
) -> None:
    """The rule named decides the statement and its message quotes the deciding words."""
    decided = deciding(text, *names)
    assert rule in decided, decided
    assert evidence in decided[rule]


def test_every_default_rule_has_an_evidence_example() -> None:
    """No rule goes untested: each default rule decides one example above."""
    assert {rule for _, _, rule, _ in EVIDENCE} == set(DEFAULT_WORDING_RULES.rule_names)


def test_not_measurable_quotes_the_vague_verb() -> None:
    """With no measurable rule's evidence, the flag names the direction-only verb."""
    assert deciding("Jon will improve his mood", "Jon") == {}
    (found,) = check_goal_statement("Jon will improve his mood", client_names=["Jon"])
    assert found.code == M
    assert "('improve' gives a direction, not an end point)" in found.message


def test_evidence_never_quotes_a_number_or_a_name() -> None:
    """Evidence quotes vocabulary entries: no digits, no client name (privacy, issue 14)."""
    for name, f in explain_goal_statement(
        "Carla Rossi will call 0412 345 678 on 3/10 and pay $120", client_names=["Carla Rossi"]
    ):
        assert not any(ch.isdigit() for ch in f.message), name
        assert "carla" not in f.message.lower()


# --- an agency's own rules --------------------------------------------------------------


def as_evidenced_by(reading: GoalReading, ctx: object) -> Iterator[Finding]:
    """An agency's criterion: "as evidenced by" names how achievement is checked."""
    toks = reading.full
    for i in range(len(toks) - 2):
        if toks[i : i + 3] == ["as", "evidenced", "by"]:
            yield Finding("goal.measurable", Severity.INFO, "measurable: 'as evidenced by'")
            return


def test_an_agency_adds_a_rule() -> None:
    """Adding a measurable rule makes its phrasing measurable for that agency only."""
    text = "Jon will improve his mood as evidenced by his own report"
    rules = WordingRules(
        measurable=DEFAULT_WORDING_RULES.measurable.add("agency.as-evidenced-by", as_evidenced_by)
    )
    assert M in codes(text, "Jon")
    assert M not in codes(text, "Jon", rules=rules)
    assert M in codes(text, "Jon")  # the default rules (and their cache) are untouched
    assert "agency.as-evidenced-by" in rules.rule_names
    assert rules.rule_names[-1] == "agency.as-evidenced-by"


def test_an_agency_adds_a_rule_in_a_chosen_place() -> None:
    """A who-acts rule placed first decides before the defaults (a decision list)."""

    def peer_support(reading: GoalReading, ctx: object) -> tuple[Finding, ...]:
        """Peer support work is the agency's service, not the client's act."""
        if "peer" not in reading.toks:
            return ()
        return (Finding(B, Severity.WARNING, "A peer support entry ('peer')."),)

    rules = WordingRules(
        who_acts=DEFAULT_WORDING_RULES.who_acts.add(
            "agency.peer-support", peer_support, before="who-acts.service-entry"
        )
    )
    assert rules.who_acts.rule_names[0] == "agency.peer-support"
    found = check_goal_statement("Peer support twice a week", rules=rules)
    assert [f.message for f in found] == ["A peer support entry ('peer')."]
    assert codes("Peer support twice a week") == [B]  # the default reason differs
    assert check_goal_statement("Peer support twice a week")[0].message != found[0].message


def test_an_agency_replaces_a_rule() -> None:
    """Replacing keeps the name and the place; the new rule decides instead."""
    text = "Ali and his worker will meet every Tuesday"
    quiet = WordingRules(
        who_acts=DEFAULT_WORDING_RULES.who_acts.replace(
            "who-acts.shared-with-worker", lambda reading, ctx: ()
        )
    )
    assert quiet.who_acts.rule_names == DEFAULT_WORDING_RULES.who_acts.rule_names
    assert codes(text, "Ali") == [B]
    assert codes(text, "Ali", rules=quiet) == []


def test_an_agency_removes_a_rule() -> None:
    """Without the accomplishment rule, obtaining one thing is no longer an end point."""
    text = "Carla will obtain a photo ID"
    rules = WordingRules(
        measurable=DEFAULT_WORDING_RULES.measurable.remove("measurable.accomplishment")
    )
    assert "measurable.accomplishment" not in rules.rule_names
    assert codes(text, "Carla") == []
    assert codes(text, "Carla", rules=rules) == [M]


def test_removing_the_negation_rules_removes_the_flag() -> None:
    """An empty positive-terms set never flags; the other two questions still run."""
    rules = WordingRules(positive_terms=RuleSet())
    assert codes("Jon will not argue with his neighbour", "Jon", rules=rules) == [M]


# --- guards -------------------------------------------------------------------------------


def test_a_duplicate_name_is_refused() -> None:
    """Within one set (RuleSet) and across the three sets (WordingRules)."""
    with pytest.raises(ValueError, match="already exists"):
        DEFAULT_WORDING_RULES.who_acts.add("who-acts.worker-acts", lambda reading, ctx: ())
    clash = DEFAULT_WORDING_RULES.measurable.add("who-acts.worker-acts", lambda reading, ctx: ())
    with pytest.raises(ValueError, match=r"more than one rule set: who-acts\.worker-acts"):
        WordingRules(measurable=clash)


def test_a_bad_rule_or_set_is_refused() -> None:
    """A rule that is not callable, a set that is not a RuleSet, rules that are not rules."""
    with pytest.raises(TypeError, match="not callable"):
        DEFAULT_WORDING_RULES.measurable.add("agency.bad", "every")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"WordingRules.who_acts must be a RuleSet"):
        WordingRules(who_acts=("who-acts.worker-acts",))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rules must be a WordingRules"):
        check_goal_statement("Carla will attend", rules=RuleSet())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no rule named"):
        DEFAULT_WORDING_RULES.who_acts.remove("who-acts.no-such-rule")


def test_a_failing_rule_is_reported_and_the_others_still_run() -> None:
    """As RuleSet.run does: a rule that raises becomes one ERROR ``rule.failed`` finding
    naming it, without the exception's text (it may quote the goal), and the next rule
    is asked."""

    def broken(reading: GoalReading, ctx: object) -> tuple[Finding, ...]:
        """Fails on every statement, quoting it."""
        raise RuntimeError(reading.text)

    rules = WordingRules(
        positive_terms=DEFAULT_WORDING_RULES.positive_terms.add(
            "agency.broken", broken, before="positive.negated-verb"
        )
    )
    text = "Sam will not argue with his neighbour"
    found = check_goal_statement(text, client_names=["Sam"], rules=rules)
    assert [f.code for f in found] == [N, M, "rule.failed"]
    failed = found[-1]
    assert failed.severity is Severity.ERROR
    assert "'agency.broken'" in failed.message
    assert "RuntimeError" in failed.message
    assert "neighbour" not in failed.message


def test_a_rule_yielding_something_else_is_reported() -> None:
    """A rule that yields a string instead of a Finding decides nothing and is reported."""
    rules = WordingRules(
        who_acts=DEFAULT_WORDING_RULES.who_acts.add(
            "agency.words",
            lambda reading, ctx: ["oops"],  # type: ignore[list-item]
        )
    )
    found = check_goal_statement("Carla will attend every appointment", rules=rules)
    assert [(f.code, f.severity) for f in found] == [("rule.failed", Severity.ERROR)]
    assert "returned a str, not a Finding" in found[0].message


def test_a_generator_rule_that_yields_nothing_decides_nothing() -> None:
    """A rule written as a generator (like the plan rules) may yield nothing."""

    def nothing(reading: GoalReading, ctx: object) -> Iterator[Finding]:
        """Never decides."""
        yield from ()

    rules = WordingRules(
        who_acts=DEFAULT_WORDING_RULES.who_acts.add(
            "agency.none", nothing, before="who-acts.service-entry"
        )
    )
    assert codes("Case manager will refer Carla", "Carla", rules=rules) == codes(
        "Case manager will refer Carla", "Carla"
    )


def test_readings_and_contexts_show_no_text() -> None:
    """A rule may log what it gets: neither shows the goal's words or the client's name."""
    seen: list[str] = []

    def spy(reading: GoalReading, ctx: object) -> tuple[Finding, ...]:
        """Records the reprs."""
        seen.extend((repr(reading), repr(ctx)))
        return ()

    rules = WordingRules(who_acts=RuleSet((("agency.spy", spy),)))
    check_goal_statement("Zelda will phone Yusuf", client_names=["Zelda"], rules=rules)
    assert seen
    assert not any("zelda" in s.lower() or "yusuf" in s.lower() for s in seen)


@settings(max_examples=60, deadline=None)
@given(
    text=st.sampled_from([text for text, *_ in EVIDENCE]) | st.text(max_size=60),
    rule=st.sampled_from(DEFAULT_WORDING_RULES.rule_names),
)
def test_removing_and_putting_back_a_rule_changes_nothing(text: str, rule: str) -> None:
    """A set rebuilt with the same rules in the same order judges exactly as the default
    (its own cache entry, so the judgement really runs again)."""
    field = {"who": "who_acts", "pos": "positive_terms", "mea": "measurable"}[rule[:3]]
    current: RuleSet[GoalReading, Any] = getattr(DEFAULT_WORDING_RULES, field)
    at = current.rule_names.index(rule)
    rebuilt = current.remove(rule)
    if at < len(rebuilt):
        rebuilt = rebuilt.add(rule, current[rule], before=rebuilt.rule_names[at])
    else:
        rebuilt = rebuilt.add(rule, current[rule])
    rules = WordingRules(**{field: rebuilt})
    assert rules is not DEFAULT_WORDING_RULES
    assert check_goal_statement(text, rules=rules) == check_goal_statement(text)


# --- the NegEx table ----------------------------------------------------------------------


def test_negation_triggers_come_from_the_negex_table() -> None:
    """The lexicon's negation stop words are the table's, so the two cannot drift."""
    assert _tables._NEG_WORDS == _negex.TRIGGER_WORDS
    assert {"not", "without", "free", "zero", "unless"} <= _negex.TRIGGER_WORDS


def test_the_negation_reader_keeps_no_word_in_a_function_body() -> None:
    """Every trigger, pseudo-trigger and terminator is in a table (``_negex``,
    ``WordingTerms``): a function body names only the kinds of negative target."""
    kinds = {"negation", "cessation", "reduction", "ceiling", "absence"}
    source = Path(_negex.__file__).with_name("_negation.py").read_text(encoding="utf-8")
    words = set()
    for fn in ast.walk(ast.parse(source)):
        if not isinstance(fn, ast.FunctionDef):
            continue
        body = fn.body[1:] if ast.get_docstring(fn) else fn.body
        for stmt in body:
            words |= {
                node.value
                for node in ast.walk(stmt)
                if isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and any(ch.isalpha() for ch in node.value)
            }
    assert words <= kinds, words - kinds
