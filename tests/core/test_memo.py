"""``per_case`` / ``forget`` behave as a one-entry cache keyed by identity (issue 19).

``forget`` now leaves a private empty entry instead of deleting the thread's
entry (a caught ``AttributeError`` on the next look-up cost ~8k instructions),
so these check against a plain model that no sequence of look-ups, stores and
forgets tells the two apart.
"""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from casemgmt.core._memo import forget, per_case

_OPS = st.lists(
    st.one_of(
        st.tuples(st.just("look"), st.integers(0, 3)),
        st.tuples(st.just("store"), st.integers(0, 3)),
        st.just(("forget", 0)),
    ),
    max_size=30,
)


@given(_OPS)
def test_per_case_matches_a_one_entry_model(ops: list[tuple[str, int]]) -> None:
    cases = [object() for _ in range(4)]
    forget()
    model: tuple[object, dict[Any, Any]] | None = None
    for step, (op, which) in enumerate(ops):
        if op == "forget":
            forget()
            model = None
            continue
        case = cases[which]
        if model is None or model[0] is not case:
            model = (case, {})
        memo = per_case(case)
        assert model[1] == memo
        if op == "store":
            memo[step] = which
            model[1][step] = which
    forget()


def test_forget_keeps_no_case_alive_and_the_next_case_starts_empty() -> None:
    class Case:
        pass

    case = Case()
    per_case(case)["x"] = 1
    alive = weakref.ref(case)
    forget()
    del case
    gc.collect()
    assert alive() is None
    assert {} == per_case(Case())
    forget()


def test_a_new_thread_starts_empty_and_never_sees_another_threads_entry() -> None:
    case = object()
    per_case(case)["x"] = 1
    seen: list[dict[Any, Any]] = []
    thread = threading.Thread(target=lambda: seen.append(dict(per_case(case))))
    thread.start()
    thread.join()
    assert [{}] == seen
    assert {"x": 1} == per_case(case)
    forget()
