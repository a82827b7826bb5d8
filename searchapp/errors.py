"""Named errors of the search app and the one place that turns them into responses."""

from __future__ import annotations

from flask import Flask, Response, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from indexer.store import IndexMissing, IndexOutdated


class InvalidRequest(Exception):
    """A request parameter or the query is malformed; shown as 400 with how to fix it.

    ``value`` is the offending value and ``field`` the facet a typed ``field:value`` in ``q``
    named, so the error page can offer the search without it; ``suggestion`` replaces ``value``
    in a "did you mean" link (``topic:drone`` → ``drones``).
    """

    def __init__(
        self,
        param: str,
        reason: str,
        value: str | None = None,
        suggestion: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(f"{param}: {reason}")
        self.param = param
        self.reason = reason
        self.value = value
        self.suggestion = suggestion
        self.field = field

    @property
    def message(self) -> str:
        """Return the message for API clients, naming the parameter."""
        return f"Invalid parameter '{self.param}': {self.reason}"

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


# How long a client should wait before trying a search that timed out again.
RETRY_AFTER_SECONDS = 10


def wants_json() -> bool:
    """Tell whether the current request should get JSON errors (API and JSON export)."""
    return request.path.startswith("/api/") or request.path.endswith(".json")


def _error_response(
    status: int, title: str, message: str, form_fields: list[tuple[str, str]] | None = None
) -> tuple[Response | str, int]:
    if wants_json():
        return jsonify({"error": message}), status
    page = render_template(
        "error.html", status=status, title=title, message=message, form_fields=form_fields or []
    )
    return page, status


def handle_invalid(error: InvalidRequest) -> tuple[Response | str, int]:
    """Answer a malformed request with 400: what to change, the filters kept, ways on."""
    if wants_json():
        return jsonify({"error": error.message}), 400
    from searchapp.errorpage import error_page  # builds searches: imports the request parser

    path = "/cooperation" if request.path.startswith("/cooperation") else "/"
    page = error_page(error, request.args, path)
    return render_template("error.html", status=400, title=page.title, page=page), 400


def handle_missing_index(error: IndexMissing) -> tuple[Response | str, int]:
    """Answer with 503 and how to build (or rebuild) the index."""
    if isinstance(error, IndexOutdated):
        message = (
            f"The search index in {error.directory} was written by another version of Entente. "
            f"Rebuild it once with `entente index PATH --index {error.directory}` (unchanged "
            "articles are copied, not extracted again), then reload this page."
        )
        return _error_response(503, "The index needs rebuilding", message)
    message = (
        f"No search index was found in {error.directory}. Build one with "
        f"`entente index PATH --index {error.directory}`, then reload this page."
    )
    return _error_response(503, "No index yet", message)


def handle_http(error: HTTPException) -> Response | tuple[Response | str, int]:
    """Render HTTP errors (404, 405, …) as pages, or JSON under /api."""
    status = error.code or 500
    response, status = _error_response(status, error.name, error.description or error.name)
    if status == 405 and isinstance(error, HTTPException):
        response = response if isinstance(response, Response) else Response(response)
        response.status_code = 405
        response.headers["Allow"] = "GET, HEAD"
        return response
    return response, status


def handle_timeout(error: SearchTimeout) -> tuple[Response | str, int, dict[str, str]]:
    """Answer a search that ran out of time with 503 and when to try again."""
    message = (
        f"This search took longer than {error.seconds:g} seconds and was stopped so that other "
        "searches are not held up. Try again, or narrow it with fewer common words or a filter."
    )
    response, status = _error_response(503, "That search took too long", message)
    return response, status, {"Retry-After": str(RETRY_AFTER_SECONDS)}


def handle_unexpected(error: Exception) -> tuple[Response | str, int]:
    """Answer any other failure with 500 (JSON under /api/), logged with its traceback."""
    if isinstance(error, HTTPException):
        return handle_http(error)
    current_app.logger.exception("unexpected error on %s", request.path)
    message = "Something went wrong on our side while answering this request; it was logged."
    return _error_response(500, "Internal error", message)


def register(app: Flask) -> None:
    """Install the error handlers on ``app``."""
    app.register_error_handler(InvalidRequest, handle_invalid)
    app.register_error_handler(IndexMissing, handle_missing_index)
    app.register_error_handler(SearchTimeout, handle_timeout)
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(Exception, handle_unexpected)
