"""Docs cannot rot: their Python examples run, and every finding code is documented."""

from __future__ import annotations

import doctest
import importlib
import io
import os
import re
import shlex
import tokenize
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import attrs
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SRC = ROOT / "src" / "casemgmt"

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n?", re.DOTALL | re.MULTILINE)
_RUN = {"python", "pycon", "console"}
_PAGES = sorted(
    p
    for p in [*DOCS.rglob("*.md"), ROOT / "README.md"]
    if {lang for lang, _ in _FENCE.findall(p.read_text())} & _RUN
)
_CHECKER = doctest.OutputChecker()
_OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _blocks(text: str) -> list[tuple[str, str, bool]]:
    """(language, code, next block follows with nothing but blank lines between)."""
    found = list(_FENCE.finditer(text))
    blocks = []
    for n, match in enumerate(found):
        after = found[n + 1].start() if n + 1 < len(found) else len(text)
        adjacent = n + 1 < len(found) and not text[match.end() : after].strip()
        blocks.append((match.group(1), match.group(2), adjacent))
    return blocks


def _scratch(directory: Path) -> None:
    """A working directory like a user's: the examples, and a small caseload.jsonl."""
    from casemgmt import dumps
    from casemgmt.examples.carla import carla_case

    (directory / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    case = carla_case()
    lines = [dumps(attrs.evolve(case, id=f"case-{n}")) for n in range(3)]
    (directory / "caseload.jsonl").write_text("\n".join(lines) + "\n")


def _same(want: str, got: str) -> bool:
    return _CHECKER.check_output(want, got, _OPTIONS)


def _console(block: str) -> list[tuple[str, str, str]]:
    """(command, expected output, actual output) for each `$ casemgmt ...` of a block."""
    from casemgmt.cli import main

    runs: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            runs.append((line[2:], []))
        elif runs:
            runs[-1][1].append(line)
        else:
            pytest.fail(f"console block does not start with a `$ ` command: {line!r}")
    results = []
    for command, want in runs:
        argv = shlex.split(command)
        assert "casemgmt" == argv[0], f"only casemgmt commands run in docs: {command}"
        seen = io.StringIO()
        with redirect_stdout(seen), redirect_stderr(seen):
            main(argv[1:])
        results.append((command, "\n".join(want) + "\n", seen.getvalue()))
    return results


@pytest.mark.parametrize("page", _PAGES, ids=[str(p.relative_to(ROOT)) for p in _PAGES])
def test_docs_examples_give_the_output_shown(page: Path, tmp_path: Path) -> None:
    """Issue 13: every example of a page runs, in order, and prints what the page shows.

    ```python blocks run in one namespace; what one prints must equal the
    ```text block right after it (``...`` matches anything), and a block with
    no such output block must print nothing. ```pycon blocks are doctests in
    the same namespace; ```console blocks run each ``$ casemgmt ...`` and
    compare stdout and stderr with the lines under it. Pages run in a scratch
    directory holding `examples/` and a three-case `caseload.jsonl`.
    """
    _scratch(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=_OPTIONS)
    cwd = Path.cwd()
    os.chdir(tmp_path)
    problems: list[str] = []
    try:
        blocks = _blocks(page.read_text())
        for number, (lang, code, adjacent) in enumerate(blocks, start=1):
            where = f"{page.name}[block {number}]"
            if lang == "python":
                printed = io.StringIO()
                with redirect_stdout(printed):
                    exec(compile(code, where, "exec"), namespace)
                shown = blocks[number][1] if adjacent and blocks[number][0] == "text" else None
                if shown is None and printed.getvalue():
                    problems.append(f"{where} prints output the page does not show")
                elif shown is not None and not _same(shown, printed.getvalue()):
                    problems.append(f"{where} printed:\n{printed.getvalue()}")
            elif lang == "pycon":
                test = parser.get_doctest(code, namespace, where, str(page), 0)
                report = io.StringIO()
                runner.run(test, out=report.write, clear_globs=False)
                namespace.update(test.globs)  # DocTest copies the namespace it is given
                if report.getvalue():
                    problems.append(report.getvalue())
            elif lang == "console":
                for command, want, got in _console(code):
                    if not _same(want, got):
                        problems.append(f"{where} `{command}` printed:\n{got}")
            elif (
                lang == "sh"
                and re.search(r"^casemgmt |&& casemgmt ", code, re.MULTILINE)
                # the README's set-up line installs and checks; test_readme runs it
                and "pip install" not in code
            ):
                problems.append(f"{where}: show casemgmt commands as ```console with output")
    finally:
        os.chdir(cwd)
    assert [] == problems


def test_the_docs_harness_sees_a_wrong_output() -> None:
    """The comparison above can fail: a wrong output is not the same."""
    assert _same("1 case checked, ...\n", "1 case checked, 0 with errors, 0 refused\n")
    assert not _same("no cases\n", "1 case checked, 0 with errors, 0 refused\n")


_CODE = re.compile(r"^[a-z]+(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+$")
_NOT_CODES = {"casemgmt", "dateutil", "cattrs", "attrs", "orjson", "json", "os", "sys", "carla"}


def _finding_codes() -> set[str]:
    codes: set[str] = set()
    for path in SRC.rglob("*.py"):
        with path.open("rb") as handle:
            for token in tokenize.tokenize(handle.readline):
                if token.type != tokenize.STRING or token.string[:1] not in "\"'":
                    continue
                text = token.string.strip("\"'")
                if _CODE.match(text) and text.split(".")[0] not in _NOT_CODES:
                    codes.add(text)
    return codes


def test_every_finding_code_is_documented() -> None:
    """Issue 8: every finding code in the source appears in docs/."""
    documented = "\n".join(p.read_text() for p in DOCS.rglob("*.md"))
    missing = sorted(code for code in _finding_codes() if f"`{code}`" not in documented)
    assert [] == missing


def test_the_code_scanner_finds_the_acceptance_codes() -> None:
    """The scan above can fail: it sees codes we know exist."""
    assert {"goal.not-client-behaviour"} <= _finding_codes()


PUBLIC_MODULES = (
    "casemgmt",
    "casemgmt.assessment",
    "casemgmt.planning",
    "casemgmt.referrals",
    "casemgmt.monitoring",
    "casemgmt.closure",
    "casemgmt.fhir",
    "casemgmt.notebook",
    "casemgmt.reading",
    "casemgmt.privacy",
    "casemgmt.testing.strategies",
    "casemgmt.tables",
    "casemgmt.report",
    "casemgmt.dask",
    "casemgmt.examples.caseload",
)


def _public_names() -> list[tuple[str, str]]:
    return [
        (module, name)
        for module in PUBLIC_MODULES
        for name in importlib.import_module(module).__all__
    ]


def test_every_public_name_is_in_the_api_reference() -> None:
    """Issue 8: every name in a public module's __all__ appears in docs/reference/api.md."""
    api = (DOCS / "reference" / "api.md").read_text()
    missing = [
        f"{module}.{name}"
        for module, name in _public_names()
        if not re.search(rf"`(?:[\w.]+\.)?{re.escape(name)}[`(\[]", api)
    ]
    assert [] == missing


def test_the_api_check_sees_names() -> None:
    """The check above can fail: it sees names we know are public."""
    assert ("casemgmt", "validate") in _public_names()


def test_docs_cite_no_file_outside_the_repository() -> None:
    """Issue 13: no DOMAIN.md, ACCEPTANCE or seed file names; sources are named on one page."""
    cited = [
        f"{page.relative_to(ROOT)}: {term}"
        for page in [*DOCS.rglob("*.md"), ROOT / "README.md"]
        for term in ("DOMAIN", "ACCEPTANCE", "_…`")
        if term in page.read_text()
    ]
    assert [] == cited
    sources = (DOCS / "reference" / "sources.md").read_text()
    assert all(f"seed {n:03d}" in sources for n in range(5))


_SEED = re.compile(r"\bseeds? 00\d")


def test_finding_messages_name_their_source_not_a_seed_number() -> None:
    """Messages users read cite "QCOSS guide" or "ACMA process", never a bare "seed 003"."""
    bare = []
    for path in SRC.rglob("*.py"):
        with path.open("rb") as handle:
            for token in tokenize.tokenize(handle.readline):
                text = token.string
                docstring = text.lstrip("rbfuRBFU").startswith(('"""', "'''"))
                if token.type == tokenize.STRING and not docstring and _SEED.search(text):
                    bare.append(f"{path.relative_to(SRC)}:{token.start[0]}")
    assert [] == bare
