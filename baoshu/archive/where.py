"""SQL conditions built from optional filters."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def conditions(filters: Iterable[tuple[str, Any]]) -> tuple[str, list[Any]]:
    """`" AND condition"` for each `(condition, value)` whose value is set, and the values.

    A value is set unless it is None or "". Each condition holds one `?`.
    """
    used = [(condition, value) for condition, value in filters if value is not None and value != ""]
    return "".join(f" AND {c}" for c, _ in used), [v for _, v in used]
