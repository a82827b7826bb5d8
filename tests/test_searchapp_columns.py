"""Numeric columns read in bulk (searchapp/columns.py) agree with Whoosh's column readers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from whoosh import index
from whoosh.fields import ID, NUMERIC, Schema
from whoosh.reading import IndexReader

from searchapp.columns import column_numbers

UNDATED = 2**31 - 1  # what a 32-bit signed NUMERIC column reads for a document without one


def day(n: int) -> int | None:
    """Return document ``n``'s date as YYYYMMDD, or None (every fifth and the last ones)."""
    if n % 5 == 0 or n >= 95:  # trailing documents without a value are not written at all
        return None
    return 20150101 + (n % 12) * 100 + n % 28


@pytest.fixture(scope="module", params=[1, 3])
def reader(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[IndexReader]:
    """Return a reader over 100 documents written in ``param`` segments."""
    directory: Path = tmp_path_factory.mktemp("columns")
    schema = Schema(
        id=ID(stored=True),
        date_num=NUMERIC(int, bits=32, signed=True, sortable=True),
    )
    ix = index.create_in(directory, schema)
    for part in np.array_split(np.arange(100), request.param):
        with ix.writer() as writer:
            writer.merge = False
            for n in part.tolist():
                found = day(n)
                writer.add_document(id=str(n), **({} if found is None else {"date_num": found}))
    opened = ix.reader()
    assert len(opened.leaf_readers()) == request.param
    yield opened
    opened.close()


def test_bulk_numbers_match_whoosh(reader: IndexReader) -> None:
    expected = [
        value
        for leaf, _ in reader.leaf_readers()
        for value in leaf.column_reader("date_num", translate=True)
    ]
    assert column_numbers(reader, "date_num").tolist() == expected


@pytest.mark.parametrize(
    ("n", "expected"), [(1, 20150202), (5, UNDATED), (13, 20150214), (99, UNDATED)]
)
def test_missing_dates_read_as_the_default(reader: IndexReader, n: int, expected: int) -> None:
    assert column_numbers(reader, "date_num")[n] == expected
