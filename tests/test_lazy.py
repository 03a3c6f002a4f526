"""Lazy exports: one list per package, each name's module imported on first use."""

from __future__ import annotations

import ast
import importlib
import inspect
import re

import pytest

from casemgmt._lazy import exports_of
from tests.fresh_python import printed_by

PACKAGES = [
    "casemgmt",
    "casemgmt.core",
    "casemgmt.assessment",
    "casemgmt.planning",
    "casemgmt.referrals",
    "casemgmt.monitoring",
    "casemgmt.closure",
    "casemgmt.tables",
    "casemgmt.report",
]


def _isort_style(name: str) -> tuple[int, str]:
    """Ruff's RUF022 order: CONSTANTS, then Classes, then functions, each sorted."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, name)


def _homes(package: str) -> dict[str, tuple[str, str]]:
    module = importlib.import_module(package)
    return exports_of(package, inspect.getsource(module))


@pytest.mark.parametrize("package", PACKAGES)
def test_every_exported_name_is_its_home_modules_object(package: str) -> None:
    """Each name in __all__ is the very object the module it is imported from defines."""
    module = importlib.import_module(package)
    homes = _homes(package)
    for name in module.__all__:
        home, original = homes[name]
        assert getattr(importlib.import_module(home), original) is getattr(module, name)
        assert name in dir(module)


@pytest.mark.parametrize("package", PACKAGES)
def test_all_is_sorted_and_is_exactly_the_import_list(package: str) -> None:
    """__all__ is sorted and names what the TYPE_CHECKING block imports, submodules aside."""
    module = importlib.import_module(package)
    names = {n for n, (home, _) in _homes(package).items() if home != package}
    assert sorted(module.__all__, key=_isort_style) == module.__all__
    assert names == set(module.__all__)


@pytest.mark.parametrize("package", PACKAGES)
def test_unknown_names_are_refused(package: str) -> None:
    """A typo is an AttributeError, never a silent import."""
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        _ = importlib.import_module(package).no_such_name


@pytest.mark.parametrize("package", PACKAGES)
def test_each_public_name_is_written_once(package: str) -> None:
    """The import block is the one list: no literal __all__ beside it (issue 18)."""
    source = inspect.getsource(importlib.import_module(package))
    assert "__all__ =" not in source
    for name in importlib.import_module(package).__all__:
        assert len(re.findall(rf"\bimport \(?\s*\w+ as {name}\b", source)) == 1


@pytest.mark.parametrize("package", PACKAGES)
def test_star_import_takes_exactly_all(package: str) -> None:
    """`from package import *` binds the names of __all__, no helper or submodule."""
    namespace: dict[str, object] = {}
    exec(f"from {package} import *", namespace)
    module = importlib.import_module(package)
    assert set(module.__all__) == set(namespace) - {"__builtins__"}
    assert "__all__" in dir(module)


def test_a_module_without_its_source_cannot_read_its_exports() -> None:
    """Installed without .py files, the first lookup says why it fails."""
    code = (
        "import sys, casemgmt\n"
        "casemgmt.__spec__.loader.get_source = lambda name: None\n"
        "try:\n    casemgmt.Case\nexcept ImportError as e:\n    print(e)\n"
    )
    out = printed_by(code)
    assert "casemgmt: its source is needed" in out


def test_the_import_list_reads_only_the_type_checking_block() -> None:
    """Imports outside `if TYPE_CHECKING:` are not read; wrapped lines and comments are."""
    source = (
        "import os\nfrom x import ignored\nTYPE_CHECKING = False\n"
        "if TYPE_CHECKING:\n    from a.b import (\n        C as C,  # why\n        d as e,\n    )\n"
        "\n    from f import g as g\nelse:\n    from h import i as i\n"
    )
    assert {"C": ("a.b", "C"), "e": ("a.b", "d"), "g": ("f", "g")} == exports_of("p", source)


@pytest.mark.parametrize(
    ("block", "where"),
    [
        ("from a import b", "'b'"),
        ("from a import b as b, c", "'c'"),
        ("import os as os", "'import os as os'"),
        ("pass", "'pass'"),
    ],
)
def test_anything_but_explicit_re_exports_in_the_block_is_refused(block: str, where: str) -> None:
    """A name not written `name as name` would be private to mypy: refused, saying where."""
    with pytest.raises(ImportError, match=f"p: .*name as name.*stopped at {where}"):
        exports_of("p", f"TYPE_CHECKING = False\nif TYPE_CHECKING:\n    {block}\n")


@pytest.mark.parametrize("package", PACKAGES)
def test_the_text_reading_agrees_with_python(package: str) -> None:
    """What exports_of reads is what Python's own parser finds in the block."""
    source = inspect.getsource(importlib.import_module(package))
    block = next(
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name)
    )
    expected = {
        alias.asname or alias.name: (statement.module, alias.name)
        for statement in block.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
    }
    assert expected == exports_of(package, source)


def test_subpackages_are_reachable_after_a_bare_import() -> None:
    """`import casemgmt; casemgmt.closure.evaluate` works without importing closure first."""
    code = (
        "import casemgmt; names = dir(casemgmt); "
        "print(callable(casemgmt.closure.evaluate), 'closure' in names, 'Case' in names)"
    )
    assert "True True True" == printed_by(code)


def test_records_load_without_the_rules() -> None:
    """Importing closure records (as Case does) does not load the closure rules."""
    code = (
        "import sys; from casemgmt.closure import ClosureRecord; "
        "print(sorted(m for m in ('casemgmt.closure._rules', 'casemgmt.closure._ops',"
        " 'casemgmt.planning._wording', 'casemgmt.monitoring._caseload') if m in sys.modules))"
    )
    out = printed_by(code)
    assert "[]" == out


def test_import_casemgmt_loads_no_records() -> None:
    """`import casemgmt` alone imports only the package and its lazy helper."""
    code = "import sys, casemgmt; print(sorted(m for m in sys.modules if m.startswith('casemgmt')))"
    out = printed_by(code)
    assert "['casemgmt', 'casemgmt._lazy']" == out


def _new_modules(statement: str) -> set[str]:
    """The modules ``statement`` imports in a fresh interpreter (those loaded at start-up aside)."""
    code = (
        "import sys; before = set(sys.modules)\n"
        f"{statement}\n"
        "print(*sorted(set(sys.modules) - before))"
    )
    out = printed_by(code)
    return set(out.split())


def test_import_casemgmt_loads_nothing_heavy() -> None:
    """`import casemgmt` loads neither attrs nor typing nor the parser's node types (issue 18)."""
    assert set() == _new_modules("import casemgmt") - {"casemgmt", "casemgmt._lazy", "__future__"}


def test_holding_and_checking_cases_loads_no_presentation_wording_or_closure_rules() -> None:
    """Holding and checking cases leaves displays, wording and closure rules to first use."""
    loaded = _new_modules("from casemgmt import Case, loads, validate")
    assert "casemgmt.case" in loaded  # the statement did run
    deferred = {
        "casemgmt._html",
        "casemgmt.core._display",
        "casemgmt.planning._render",
        "casemgmt.planning._wording",
        "casemgmt.planning._wording_terms",
        "casemgmt.closure._rules",
        "casemgmt.closure._policy",
        "casemgmt.closure._reopen",
    }
    assert set() == deferred & loaded


def test_a_notebook_display_loads_its_renderer_on_first_use() -> None:
    """The renderers a record's `_repr_html_` delegates to are imported when it first runs."""
    loaded = _new_modules(
        "from casemgmt.examples.carla import carla_case; c = carla_case()\n"
        "import sys; assert 'casemgmt._html' not in sys.modules\n"
        "assert '<table' in c._repr_html_() and '<table' in c.plan._repr_html_()"
    )
    assert {"casemgmt._html", "casemgmt.planning._render"} <= loaded
