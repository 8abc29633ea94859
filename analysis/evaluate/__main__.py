"""``python -m analysis.evaluate TASK [options]``: run one accuracy evaluation."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def tasks() -> list[str]:
    here = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_"))


def main(argv: list[str]) -> int:
    available = tasks()
    if not argv or argv[0] not in available:
        print(f"usage: python -m analysis.evaluate {{{','.join(available)}}} [options]",
              file=sys.stderr)
        return 2
    module = importlib.import_module(f"analysis.evaluate.{argv[0]}")
    try:
        return module.main(argv[1:])
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
