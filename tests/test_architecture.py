"""The architecture as a checked contract: import layers and no cycles (import-linter, contracts in
pyproject.toml), lint and format (ruff), and a size ceiling per module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

BIN = Path(sys.executable).parent
MAX_MODULE_LINES = 400
# The small-modules standard, held in all of pipeline/ (scripts/ and benchmarks/ keep the looser ceiling above).
MAX_PIPELINE_MODULE_LINES = 300
SOURCE_DIRS = ("pipeline", "flows", "brief_cli", "benchmarks", "scripts")


def run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / tool), *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_import_contracts_hold() -> None:
    done = run("lint-imports", "--no-cache")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


@pytest.mark.parametrize("args", [("check", "."), ("format", "--check", ".")], ids=["lint", "format"])
def test_ruff(args: tuple[str, ...]) -> None:
    done = run("ruff", *args)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_no_module_over_the_size_ceiling() -> None:
    sizes = {
        str(path.relative_to(ROOT)): sum(1 for _ in path.open(encoding="utf-8"))
        for folder in SOURCE_DIRS
        for path in (ROOT / folder).rglob("*.py")
    }
    assert sizes, "no source files found"
    too_long = {name: lines for name, lines in sizes.items() if lines > MAX_MODULE_LINES}
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines: {too_long}"


def test_no_pipeline_module_over_the_standard() -> None:
    sizes = {
        str(path.relative_to(ROOT)): sum(1 for _ in path.open(encoding="utf-8"))
        for path in (ROOT / "pipeline").rglob("*.py")
    }
    assert sizes, "no pipeline modules found"
    too_long = {name: lines for name, lines in sizes.items() if lines > MAX_PIPELINE_MODULE_LINES}
    assert not too_long, f"pipeline modules over {MAX_PIPELINE_MODULE_LINES} lines (split them): {too_long}"
