"""Export every result of a search (bounded) as CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime

from flask import Blueprint, Response, request, stream_with_context

from searchapp.index import get_engine, held_open
from searchapp.request import MAX_RESULT_WINDOW
from searchapp.urls import article_fields
from searchapp.views.params import read_search

bp = Blueprint("export", __name__)
MAX_EXPORT = MAX_RESULT_WINDOW
COLUMNS = (
    "id",
    "title",
    "date",
    "language",
    "countries",
    "people",
    "authors",
    "topics",
    "pairs",
    "equipment",
    "outlet",
    "source_url",
    "url",
)
# Excel reads a CSV file as UTF-8 (Błaszczak, not BÅ‚aszczak) only when it starts with a BOM.
UTF8_BOM = "\ufeff"
# URL parameters that page through results rather than choose them: not part of an export.
PAGING = ("page", "per_page")
MAX_NAME_CHARS = 60
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """Return a CSV cell: lists joined with "; ", and no formula a spreadsheet would run."""
    text = "; ".join(value) if isinstance(value, list) else "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _download_name(extension: str) -> str:
    """Return the attachment header: a file name saying what was searched, and when."""
    words = [request.args.get("q", "")] + [
        value for key, value in request.args.items(multi=True) if key not in ("q", *PAGING)
    ]
    folded = unicodedata.normalize("NFKD", " ".join(words)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-").lower()[:MAX_NAME_CHARS].strip("-")
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    return f'attachment; filename="entente-{slug or "all"}-{stamp}.{extension}"'


def _absolute(row: dict[str, object], root: str) -> dict[str, object]:
    """Return an exported row whose article link works outside the site."""
    return {**row, "url": root + str(row["url"])}


@bp.get("/export.csv")
def export_csv() -> Response:
    """Stream up to MAX_EXPORT results as CSV, row by row."""
    search = read_search()
    _, found = get_engine().export(search, MAX_EXPORT)
    root = request.url_root.rstrip("/")

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        buffer.write(UTF8_BOM)
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        for article in found:
            row = _absolute(article_fields(article), root)
            writer.writerow([csv_cell(row[column]) for column in COLUMNS])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    response = Response(
        stream_with_context(held_open(rows())), content_type="text/csv; charset=utf-8"
    )
    response.headers["Content-Disposition"] = _download_name("csv")
    return response


@bp.get("/export.json")
def export_json() -> Response:
    """Stream up to MAX_EXPORT results as one JSON object, article by article."""
    search = read_search()
    total, found = get_engine().export(search, MAX_EXPORT)
    exported = min(total, MAX_EXPORT)
    filters = {k: v for k, v in request.args.lists() if k not in ("q", *PAGING)}
    head = {
        "query": search.q,
        "filters": filters,
        "total": total,
        "exported": exported,
        "truncated": total > exported,
    }
    root = request.url_root.rstrip("/")

    def chunks() -> Iterator[str]:
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "articles": ['
        for number, article in enumerate(found):
            row = _absolute(article_fields(article), root)
            yield ("," if number else "") + json.dumps(row, ensure_ascii=False)
        yield "]}"

    response = Response(stream_with_context(held_open(chunks())), content_type="application/json")
    response.headers["Content-Disposition"] = _download_name("json")
    return response
