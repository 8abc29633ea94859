"""pyproject.toml and environment.yml declare the same dependencies with the same floors."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
#: PyPI names whose conda-forge package is spelt differently.
CONDA_NAMES = {"vadersentiment": "vadersentiment"}


def normalise(requirement: str) -> tuple[str, str]:
    name, spec = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", requirement).groups()
    name = name.lower().replace("_", "-")
    return CONDA_NAMES.get(name, name), spec.replace(" ", "")


def test_pyproject_and_environment_agree():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = [*project["dependencies"],
                *(d for extra in project["optional-dependencies"].values() for d in extra)]
    pip_side = dict(normalise(d) for d in declared)

    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    conda_side = dict(normalise(d.replace("=", "==", 1) if re.match(r"^[\w.-]+=[^=]", d) else d)
                      for d in conda)
    python = conda_side.pop("python")
    conda_side.pop("pip")
    assert conda_side == pip_side
    assert python.lstrip("=") >= project["requires-python"].lstrip(">=")
    assert env["dependencies"][-1] == {"pip": ["-e ."]}
