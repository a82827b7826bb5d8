"""Export every result of a search (bounded) as CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from flask import Blueprint, Response, stream_with_context

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
    """Stream up to MAX_EXPORT results as CSV, row by row."""
    search = read_search()
    _, found = get_engine().export(search, MAX_EXPORT)

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        for article in found:
            row = article_fields(article)
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
    head = {"query": search.q, "total": total, "exported": exported, "truncated": total > exported}

    def chunks() -> Iterator[str]:
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "articles": ['
        for number, article in enumerate(found):
            yield ("," if number else "") + json.dumps(article_fields(article), ensure_ascii=False)
        yield "]}"

    response = Response(stream_with_context(held_open(chunks())), content_type="application/json")
    response.headers["Content-Disposition"] = _download_name("json")
    return response
