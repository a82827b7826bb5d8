"""Named errors of the search app and the one place that turns them into responses."""

from __future__ import annotations

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from indexer.store import IndexMissing


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
    """Answer a malformed request with 400; a bad query keeps the other (valid) filters."""
    kept = []
    if error.param == "q":
        kept = [(k, v) for k, v in request.args.items(multi=True) if k not in ("q", "page")]
    return _error_response(400, "That search could not be run", error.message, kept[:50])


def handle_missing_index(error: IndexMissing) -> tuple[Response | str, int]:
    """Answer with 503 and how to build an index when none exists yet."""
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


def register(app: Flask) -> None:
    """Install the error handlers on ``app``."""
    app.register_error_handler(InvalidRequest, handle_invalid)
    app.register_error_handler(IndexMissing, handle_missing_index)
    app.register_error_handler(HTTPException, handle_http)
