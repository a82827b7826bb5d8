"""Response headers that keep article text inert, and the GET/HEAD-only rule."""

from __future__ import annotations

from flask import Flask, Response, abort, request

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
ALLOWED_METHODS = ("GET", "HEAD")


def only_get_and_head() -> None:
    """Refuse every method but GET and HEAD (the site only reads)."""
    if request.method not in ALLOWED_METHODS:
        abort(405)


def add_headers(response: Response) -> Response:
    """Add the security headers to every response."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def init_app(app: Flask) -> None:
    """Install the method rule and the headers."""
    app.before_request(only_get_and_head)
    app.after_request(add_headers)
