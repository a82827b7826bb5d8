"""Export every result of a search (bounded) as CSV or JSON."""

from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, jsonify

from searchapp.index import get_engine
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
    "outlet",
    "source_url",
    "url",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """Return a CSV cell: lists joined with "; ", and no formula a spreadsheet would run."""
    text = "; ".join(value) if isinstance(value, list) else "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _download_name(extension: str) -> str:
    return f'attachment; filename="entente-export.{extension}"'


@bp.get("/export.csv")
def export_csv() -> Response:
    """Return up to MAX_EXPORT results as CSV."""
    search = read_search()
    _, found = get_engine().export(search, MAX_EXPORT)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for article in found:
        row = article_fields(article)
        writer.writerow([csv_cell(row[column]) for column in COLUMNS])
    response = Response(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = _download_name("csv")
    return response


@bp.get("/export.json")
def export_json() -> Response:
    """Return up to MAX_EXPORT results as JSON."""
    search = read_search()
    total, found = get_engine().export(search, MAX_EXPORT)
    response = jsonify(
        {
            "query": search.q,
            "total": total,
            "exported": len(found),
            "truncated": total > len(found),
            "articles": [article_fields(article) for article in found],
        }
    )
    response.headers["Content-Disposition"] = _download_name("json")
    return response
