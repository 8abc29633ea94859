"""The report's notebook kernels import the package that runs the report (review 12: a clone
sharing another checkout's editable install built its pages from the other checkout's code)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import analysis
from analysis.report import kernels_import_this_package, package_root


def imported_by_a_child(cwd: Path) -> str:
    """What a fresh interpreter started like a kernel (in another folder, with this
    process's environment) imports as ``analysis``."""
    done = subprocess.run([sys.executable, "-c", "import analysis; print(analysis.__file__)"],
                          cwd=cwd, env=os.environ.copy(), capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()


def test_kernels_import_this_package_even_when_another_comes_first(tmp_path, monkeypatch):
    other = tmp_path / "other-checkout"
    (other / "analysis").mkdir(parents=True)
    (other / "analysis" / "__init__.py").write_text("# another checkout\n")
    monkeypatch.setenv("PYTHONPATH", str(other))
    out = tmp_path / "out"
    out.mkdir()
    assert Path(imported_by_a_child(out)).parent == other / "analysis"  # the trap is real
    with kernels_import_this_package():
        assert Path(imported_by_a_child(out)).resolve() == Path(analysis.__file__).resolve()
    assert os.environ["PYTHONPATH"] == str(other)  # restored


def test_pythonpath_is_removed_again_when_it_was_not_set(monkeypatch):
    monkeypatch.delenv("PYTHONPATH", raising=False)
    with kernels_import_this_package():
        assert os.environ["PYTHONPATH"].split(os.pathsep)[0] == str(package_root())
    assert "PYTHONPATH" not in os.environ
