"""Rule sets: immutable, ordered, named; the one extension mechanism."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Finding, RuleSet, Severity


def _rule(code: str):  # type: ignore[no-untyped-def]
    def rule(subject: object, context: object) -> Iterable[Finding]:
        yield Finding(code, Severity.WARNING, "found")

    return rule


def test_add_returns_a_new_set_and_keeps_the_old() -> None:
    """Adding never mutates: the original set is unchanged."""
    empty: RuleSet[object, object] = RuleSet()
    one = empty.add("a", _rule("a"))
    assert empty.rule_names == ()
    assert one.rule_names == ("a",)


def test_rules_run_in_order() -> None:
    """Findings come back in rule order."""
    rules: RuleSet[object, object] = RuleSet().add("a", _rule("a")).add("b", _rule("b"))
    assert [f.code for f in rules.run(None, None)] == ["a", "b"]


def test_add_before_and_after() -> None:
    """A rule can be placed before or after a named rule."""
    rules: RuleSet[object, object] = RuleSet().add("a", _rule("a")).add("c", _rule("c"))
    rules = rules.add("b", _rule("b"), after="a").add("z", _rule("z"), before="a")
    assert rules.rule_names == ("z", "a", "b", "c")


def test_duplicate_name_is_refused() -> None:
    """Two rules cannot share a name: replace() is the way to change one."""
    rules: RuleSet[object, object] = RuleSet().add("a", _rule("a"))
    with pytest.raises(ValueError, match="already exists"):
        rules.add("a", _rule("b"))


@pytest.mark.parametrize("op", ["remove", "replace"])
def test_unknown_name_is_refused(op: str) -> None:
    """remove/replace of an unknown name raises ValueError naming the known rules."""
    rules: RuleSet[object, object] = RuleSet().add("a", _rule("a"))

    def attempt() -> object:
        return rules.remove("nope") if op == "remove" else rules.replace("nope", _rule("x"))

    with pytest.raises(ValueError, match="no rule named 'nope'; known rules: a"):
        attempt()


def test_replace_keeps_the_position() -> None:
    """replace() swaps the callable in place."""
    rules: RuleSet[object, object] = RuleSet().add("a", _rule("a")).add("b", _rule("b"))
    replaced = rules.replace("a", _rule("new"))
    assert replaced.rule_names == ("a", "b")
    assert [f.code for f in replaced.run(None, None)] == ["new", "b"]


def test_non_callable_rule_is_refused() -> None:
    """A rule must be callable."""
    with pytest.raises(TypeError, match="not callable"):
        RuleSet((("a", 3),))  # type: ignore[arg-type]


@given(st.lists(st.text(min_size=1, max_size=5), unique=True, max_size=8))
def test_remove_undoes_add(names: list[str]) -> None:
    """Adding then removing a rule gives back an equal set."""
    rules: RuleSet[object, object] = RuleSet()
    for name in names:
        rules = rules.add(name, _rule(name))
    extra = rules.add("\x00extra", _rule("x"))
    assert rules.rule_names == extra.remove("\x00extra").rule_names
    assert len(names) == len(rules)
    assert all(name in rules for name in names)


# --- the guards of the extension point: every misuse is refused with a clear message


@pytest.mark.parametrize("name", ["", None, 3])
def test_a_rule_needs_a_non_empty_string_name(name: object) -> None:
    """An empty or non-string name cannot be named in add/remove/replace: refused."""
    with pytest.raises(ValueError, match="rule names must be non-empty strings, got"):
        RuleSet(((name, _rule("a")),))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="rule names must be non-empty strings"):
        RuleSet().add(name, _rule("a"))  # type: ignore[arg-type]


def test_duplicate_names_in_the_constructor_are_refused() -> None:
    """Built directly, a set with two rules of one name is refused naming it."""
    with pytest.raises(ValueError, match="duplicate rule name 'a'"):
        RuleSet((("a", _rule("a")), ("b", _rule("b")), ("a", _rule("c"))))


def test_add_refuses_a_non_callable_rule() -> None:
    """add() checks the new rule like the constructor does, naming it."""
    with pytest.raises(TypeError, match="rule 'x' is not callable"):
        RuleSet().add("x", "not a function")  # type: ignore[arg-type]


def test_add_refuses_before_and_after_together() -> None:
    """One anchor at a time: before= and after= together is ambiguous."""
    rules: RuleSet[object, object] = RuleSet().add("a", _rule("a"))
    with pytest.raises(ValueError, match="give before= or after=, not both"):
        rules.add("b", _rule("b"), before="a", after="a")


@pytest.mark.parametrize("anchor", ["before", "after"])
def test_add_next_to_an_unknown_rule_is_refused(anchor: str) -> None:
    """The anchor must exist; the error lists the rules there are, or says none."""
    empty: RuleSet[object, object] = RuleSet()
    with pytest.raises(ValueError, match=r"no rule named 'z'; known rules: \(none\)"):
        empty.add("b", _rule("b"), **{anchor: "z"})


def test_lookup_by_name() -> None:
    """A rule set answers `in`, len() and [name]; an unknown name is a KeyError."""
    first = _rule("a")
    rules: RuleSet[object, object] = RuleSet().add("a", first)
    assert (True, False, 1, first) == ("a" in rules, "b" in rules, len(rules), rules["a"])
    with pytest.raises(KeyError):
        rules["b"]
