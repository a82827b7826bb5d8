"""The search app's named errors, plain exceptions (errors.py turns them into responses)."""

from __future__ import annotations


class InvalidRequest(Exception):
    """A request parameter or the query is malformed; shown as 400 with how to fix it."""

    def __init__(self, param: str, reason: str) -> None:
        super().__init__(f"{param}: {reason}")
        self.param = param
        self.reason = reason

    @property
    def message(self) -> str:
        """Return the message shown to the user."""
        return f"Invalid parameter '{self.param}': {self.reason}"


class SearchTimeout(Exception):
    """A search ran out of its time budget; shown as 503 with Retry-After."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the search took longer than {seconds:g} s")
        self.seconds = seconds
