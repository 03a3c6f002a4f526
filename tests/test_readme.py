"""The README's first ten minutes, as a newcomer runs them: a clean clone, a fresh venv."""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def _fenced(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, re.DOTALL | re.MULTILINE)


def test_the_readme_sets_up_then_shows_each_command_with_its_output() -> None:
    """The set-up is one shell line; each `casemgmt` command is shown with its output."""
    setup = _fenced("sh")[0].strip()
    assert "pip install -e '.[dev]'" in setup
    commands = [line for block in _fenced("console") for line in block.splitlines()]
    assert commands[0].startswith("$ casemgmt check examples/carla.json --as-of ")


@pytest.mark.slow
def test_readme_commands_work_in_a_fresh_venv_from_a_clean_clone(tmp_path: Path) -> None:
    """Clone, run the set-up line in bash, then every console command: same output as shown."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("this test needs git and a git checkout (it clones the repository)")
    clone = tmp_path / "casemgmt"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(sys.prefix)
    )
    setup = _fenced("sh")[0].strip()
    subprocess.run(["bash", "-c", setup], cwd=clone, env=env, check=True, capture_output=True)
    checker = doctest.OutputChecker()
    for block in _fenced("console"):
        runs = re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]
        for run in runs:
            command, _, want = run.partition("\n")
            result = subprocess.run(
                ["bash", "-c", f". .venv/bin/activate && {command} 2>&1"],
                cwd=clone,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            assert checker.check_output(want, result.stdout, doctest.ELLIPSIS), (
                command,
                result.stdout,
            )
