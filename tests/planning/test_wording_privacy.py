"""The goal-wording check keeps client details out of its hints and its cache (issue 14)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import hypothesis.strategies as st
import pytest
from hypothesis import given

from casemgmt.core import Finding
from casemgmt.planning import check_goal_statement, clear_wording_cache
from casemgmt.planning._wording._cache import CACHE, WordingCache, statement_key

_FIRST = st.sampled_from(["Carla", "Zoë", "Siobhán", "Nguyen", "Oluwaseun", "Mateus", "Björk"])

_WORKER_WORDED = [
    "Help {n} to call {n}'s landlord about the repairs by Friday",
    "Assist {n} to enrol in a TAFE course by March",
    "Support {n} to open a bank account",
    "{n} will be supported by staff to find a rental for {n}'s family",
    "Refer {n} to the food bank and help {n} to apply for emergency relief",
]


def _judge(text: str) -> Callable[[], tuple[Finding, ...]]:
    return lambda: tuple(check_goal_statement(text))


def _plain(name: str) -> str:
    return name.translate(str.maketrans("ëáöé", "eaoe"))


@given(first=_FIRST, template=st.sampled_from(_WORKER_WORDED), given_names=st.booleans())
def test_hints_and_messages_never_quote_the_client_name(
    first: str, template: str, given_names: bool
) -> None:
    """A hint rewrites a worker-worded goal with "the client", never the client's name."""
    text = template.format(n=first)
    names = [f"{_plain(first)} Mendes"] if given_names else []
    findings = check_goal_statement(text, client_names=names)
    assert findings
    for finding in findings:
        shown = f"{finding.message} {finding.hint or ''}".lower()
        assert first.lower() not in shown
        assert _plain(first).lower() not in shown


def test_hint_keeps_the_other_words_as_written() -> None:
    """Quoted words keep their casing and spacing; only the name becomes "the client"."""
    (finding,) = check_goal_statement(
        "Help Carla to call Carla's landlord about the repairs by Friday",
        client_names=["Carla Mendes"],
    )
    assert "'The client will call the client's landlord about the repairs by Friday'" in (
        finding.hint or ""
    )


def test_accented_names_match_however_typed() -> None:
    """An accented name in the goal is the client however the name was typed: no flag."""
    assert [] == check_goal_statement(
        "Zoë will attend every appointment with her GP in May", client_names=["Zoe"]
    )
    assert [] == check_goal_statement(
        "Zoe will attend every appointment with her GP in May", client_names=["Zoë"]
    )


def test_cache_keeps_no_statement_text_or_names() -> None:
    """Keys are hashes and cached findings carry no client name."""
    clear_wording_cache()
    check_goal_statement("Help Oluwaseun to apply for a rental by June", client_names=["Oluwaseun"])
    assert 1 == len(CACHE)
    for (key, _terms), findings in CACHE._entries.items():
        assert all(isinstance(part, int) for part in key)
        for finding in findings:
            assert "oluwaseun" not in f"{finding.message} {finding.hint}".lower()


def test_clear_wording_cache_forgets_everything() -> None:
    """``clear_wording_cache`` empties the process-wide cache."""
    check_goal_statement("Carla will attend the job club every Tuesday", client_names=["Carla"])
    assert len(CACHE) > 0
    clear_wording_cache()
    assert 0 == len(CACHE)
    assert 0 == CACHE.size_bytes


def test_cache_is_bounded_by_bytes_not_entries() -> None:
    """Long statements cannot grow the cache past its byte budget."""
    cache = WordingCache(max_bytes=20_000)
    for i in range(500):
        text = f"Help the client to find housing number {i} " + "and more " * 200
        cache.get_or_compute(
            (statement_key(text, (), (), False), None),
            _judge(text),
        )
    assert cache.size_bytes <= 20_000
    assert 0 < len(cache) < 500


def test_cache_hit_returns_the_same_findings() -> None:
    """A second judgement of one wording gives equal findings."""
    clear_wording_cache()
    text = "Help Carla to call Carla's landlord by Friday"
    first = check_goal_statement(text, client_names=["Carla"])
    assert first == check_goal_statement(text, client_names=["Carla"])


def test_cache_is_safe_from_many_threads() -> None:
    """Concurrent judgements agree and leave the cache within budget."""
    cache = WordingCache(max_bytes=5_000)
    results: list[object] = []

    def work(offset: int) -> None:
        for i in range(60):
            text = f"Support the client to attend appointment {(i + offset) % 40}"
            results.append(
                cache.get_or_compute(
                    (statement_key(text, (), (), False), None),
                    _judge(text),
                )
            )

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert 480 == len(results)
    assert cache.size_bytes <= 5_000


def test_negative_budget_is_refused() -> None:
    """A cache budget below zero is a programming error."""
    with pytest.raises(ValueError, match="max_bytes"):
        WordingCache(max_bytes=-1)


def test_rule_hints_scrub_a_quoted_street_address() -> None:
    """A hint quoting the client's street address loses it (the scrubber runs when needed)."""
    import datetime as dt

    import attrs

    from casemgmt.core import CheckContext
    from casemgmt.core._client import ContactDetails
    from casemgmt.examples import carla_case
    from casemgmt.planning._rules import goal_wording

    case = carla_case()
    client = attrs.evolve(
        case.client, contact=ContactDetails(address="12 Kurrajong Crescent, Dubbo")
    )
    assert case.plan is not None
    goal = attrs.evolve(
        case.plan.goals[0], statement="Help Carla to find a flat near 12 Kurrajong Crescent"
    )
    case = attrs.evolve(
        case, client=client, plan=attrs.evolve(case.plan, goals=(goal, *case.plan.goals[1:]))
    )
    hints = [f.hint or "" for f in goal_wording(case, CheckContext.at(dt.date(2024, 9, 4)))]
    assert any("the client will find a flat" in h.lower() for h in hints)
    assert not any("kurrajong" in h.lower() for h in hints)
