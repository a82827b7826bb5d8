"""Named errors of the reading stage: each carries the path and the reason a file was skipped."""

from __future__ import annotations


class SkipFile(Exception):
    """A file (or one JSON Lines record) that cannot be indexed, with the reason."""

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        message = f"{path}: {reason}" + (f" ({detail})" if detail else "")
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.detail = detail
