"""The figures tests print (the `report` fixture) reach the terminal, also from xdist workers."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["one process", "two workers"])
def test_reported_figures_are_printed(tmp_path: Path, workers: list[str]) -> None:
    shutil.copy(ROOT / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_figures.py").write_text(
        "def test_a(report):\n    report('alpha caught 97.3%')\n\n"
        "def test_b(report):\n    report('beta 3 of 4')\n    report('beta again')\n\n"
        "def test_c():\n    pass\n"
    )
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *workers,
         str(tmp_path)], cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    summary = out.stdout.split("figures printed by the tests", 1)[1]
    for line in ("test_figures.py::test_a", "alpha caught 97.3%",
                 "test_figures.py::test_b", "beta 3 of 4", "beta again"):
        assert line in summary, out.stdout
    assert "test_c" not in summary
