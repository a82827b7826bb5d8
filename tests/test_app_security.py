"""Safe output and the HTTP surface: escaping, headers, methods, missing index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from searchapp import create_app

XSS_PAGES = [
    "/",
    "/?q=cyber",
    "/?q=script+alert",
    "/?q=%3Cscript%3Ealert(1)%3C/script%3E",
    '/?q="onmouseover="alert(1)',
    "/?q=javascript:alert(1)",
    "/?person=%3Cscript%3Ealert(1)%3C/script%3E",
    "/articles/a09",
    "/articles/a09?q=cyber+alert+script",
    "/articles/a09?q=%3Cscript%3Ealert(1)%3C/script%3E",
    "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/feed?q=cyber",
    "/articles/a09/text?q=cyber",
]


@pytest.mark.parametrize("path", XSS_PAGES)
def test_article_text_is_never_markup(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (200, 400, 404)
    body = response.data.decode()
    assert "<script>alert" not in body
    assert '"onmouseover="' not in body
    assert 'href="javascript:' not in body.lower()
    own = re.sub(r'<script src="/static/[a-z]+\.js" defer></script>', "", body)
    assert "<script" not in own  # only the site's own scripts


def test_xss_article_is_found_and_escaped(client: FlaskClient) -> None:
    html = client.get("/?q=cyber").data.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Original article" not in client.get("/articles/a09").data.decode()


def test_api_snippets_escape_text(client: FlaskClient) -> None:
    hit = client.get("/api/search?q=cyber").json["hits"][0]
    assert "<script>" not in hit["snippet"] and "&lt;script&gt;" in hit["snippet"]
    assert client.get("/api/articles/a09").json["source_url"] is None


@pytest.mark.parametrize("path", ["/", "/articles/a01", "/api/search", "/feed", "/nope"])
def test_security_headers(client: FlaskClient, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "http" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
@pytest.mark.parametrize("path", ["/", "/api/search", "/articles/a01"])
def test_only_get_and_head(client: FlaskClient, method: str, path: str) -> None:
    response = client.open(path, method=method)
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, HEAD"


def test_head_works(client: FlaskClient) -> None:
    assert client.head("/").status_code == 200


def test_no_index_page(tmp_path: Path) -> None:
    app = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "empty")})
    client = app.test_client()
    response = client.get("/?q=tanks")
    assert response.status_code == 503
    assert "entente index PATH" in response.data.decode()
    api = client.get("/api/search")
    assert api.status_code == 503 and "entente index" in api.json["error"]
