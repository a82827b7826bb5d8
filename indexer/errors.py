"""Named errors of the reading stage: each carries the path and the reason a file was skipped."""

from __future__ import annotations

import re

# A file name may hold any character but "/" and NUL; a newline in one must not be able to
# forge a line of the run's summary.
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """Return ``text`` with control characters escaped, fit for one line of a report."""
    return UNPRINTABLE.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


class SkipFile(Exception):
    """A file (or one JSON Lines record) that cannot be indexed, with the reason."""

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        message = f"{printable(path)}: {reason}" + (f" ({printable(detail)})" if detail else "")
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.detail = detail

    def __reduce__(self) -> tuple[type[SkipFile], tuple[str, str, str]]:
        # Rebuilt from its facts when a worker process sends it back (Exception pickles args).
        return SkipFile, (self.path, self.reason, self.detail)
