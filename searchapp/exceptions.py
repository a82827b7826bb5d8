"""The search app's named errors, plain exceptions (errors.py turns them into responses)."""

from __future__ import annotations


class InvalidRequest(Exception):
    """A request parameter or the query is malformed; shown as 400 with how to fix it.

    ``value`` is the offending value and ``field`` the facet a typed ``field:value`` in ``q``
    named, so the error page can offer the search without it; ``suggestion`` replaces ``value``
    in a "did you mean" link (``topic:drone`` → ``drones``); ``choices`` are the values the
    facet takes, listed after the reason for API clients and folded on the error page.
    """

    def __init__(
        self,
        param: str,
        reason: str,
        value: str | None = None,
        suggestion: str | None = None,
        field: str | None = None,
        choices: tuple[str, ...] = (),
    ) -> None:
        super().__init__(f"{param}: {reason}")
        self.param = param
        self.reason = reason
        self.value = value
        self.suggestion = suggestion
        self.field = field
        self.choices = choices

    @property
    def message(self) -> str:
        """Return the message for API clients, naming the parameter."""
        listed = f"; use one of {', '.join(self.choices)}" if self.choices else ""
        return f"Invalid parameter '{self.param}': {self.reason}{listed}"

    @property
    def user_message(self) -> str:
        """Return the message for people: the reason as a sentence, without parameter names."""
        reason = self.reason[:1].upper() + self.reason[1:]
        return reason if reason.endswith(".") else reason + "."


class SearchTimeout(Exception):
    """A search ran out of its time budget; shown as 503 with Retry-After."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the search took longer than {seconds:g} s")
        self.seconds = seconds
