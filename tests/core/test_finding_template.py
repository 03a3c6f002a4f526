"""FindingTemplate, RuleSet.from_table and repeated_at: the shared pieces of the rule modules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt.core import Finding, RuleSet, Severity
from casemgmt.core._findings import FindingTemplate
from casemgmt.core._ids import repeated_at

ids = st.text(min_size=1, max_size=8)


@given(ident=ids, number=st.integers(), i=st.integers(0, 99), j=st.integers(0, 99))
def test_template_builds_the_finding_the_rule_would_write(
    ident: str, number: int, i: int, j: int
) -> None:
    """A templated finding equals one built by hand, whatever the ids hold (even ``%``)."""
    template = FindingTemplate(
        "plan.unknown-need", Severity.ERROR, "Goal %s cites need %s.", "$.g[%s].n[%s]", "hint"
    )
    by_hand = Finding(
        "plan.unknown-need",
        Severity.ERROR,
        f"Goal {ident} cites need {number}.",
        f"$.g[{i}].n[{j}]",
        "hint",
    )
    assert template.at((i, j), ident, number) == by_hand


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        (("", Severity.INFO, "m", "$"), ValueError),
        (("x.y", "fatal", "m", "$"), ValueError),
        (("x.y", Severity.INFO, None, "$"), TypeError),
        (("x.y", Severity.INFO, "m", "$", 3), TypeError),
    ],
)
def test_template_refuses_what_a_finding_refuses(fields: tuple[object, ...], error: type) -> None:
    """A template fills findings without Finding's checks, so it makes the checks itself."""
    with pytest.raises(error):
        FindingTemplate(*fields)  # type: ignore[arg-type]


def test_from_table_keeps_order_and_old_names() -> None:
    """Rows become rules in order; an old name finds its rule with a DeprecationWarning."""

    def first(subject: object, context: object) -> list[Finding]:
        return []

    def second(subject: object, context: object) -> list[Finding]:
        return []

    rules: RuleSet[object, object] = RuleSet.from_table(
        [("x.first", "first", first), ("x.second", "second", second)]
    )
    assert rules.rule_names == ("x.first", "x.second")
    with pytest.warns(DeprecationWarning, match="'second' is deprecated"):
        assert rules["second"] is second


@given(st.lists(st.integers(0, 5), max_size=12))
def test_repeated_at_marks_every_later_copy(values: list[int]) -> None:
    """A position is reported exactly when its value stands earlier in the list."""
    assert list(repeated_at(values)) == [i for i, v in enumerate(values) if v in values[:i]]


@given(
    where=st.one_of(st.integers(-3, 40), st.booleans(), st.tuples(st.integers(0, 40))),
    path=st.sampled_from(["$.plan.actions[%s]", "$.a[%s].b", "$.x", "%%[%s]", "$[%d]"]),
)
def test_a_path_looked_up_is_the_path_formatted(where: object, path: str) -> None:
    """Positions whose paths a template wrote once give the very path ``%`` gives,
    outside them too (negative, past the table, a bool, a one-item tuple)."""
    template = FindingTemplate("x.y", Severity.INFO, "item %s", path)
    try:
        expected = path % where
    except TypeError:  # "$.x" takes no position: the template fails alike
        with pytest.raises(TypeError):
            template.at(where, "a")
        return
    assert template.at(where, "a") == Finding("x.y", Severity.INFO, "item a", expected)
