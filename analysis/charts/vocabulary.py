"""Charts for the vocabulary analysis (drawn in the house style of base.py)."""

from __future__ import annotations

__all__: list[str] = []
