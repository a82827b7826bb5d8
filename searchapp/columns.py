"""Numeric columns read in bulk: one numpy array per segment instead of a Python call per document.

whoosh-reloaded 2.7.5's NumericColumn keeps fixed-width big-endian numbers, one per document up
to the last one written, and its default for the rest; values are stored "sortable" and turned
back by the field (from_column_value), which is done here once per distinct value.
"""

from __future__ import annotations

import numpy as np
from whoosh.columns import NumericColumn
from whoosh.reading import IndexReader

BULK_BYTES = 4  # wider numbers could overflow int64 once turned back; they are read one by one


def column_numbers(reader: IndexReader, field: str) -> np.ndarray:
    """Return a numeric column's value for every document (global numbers), as int64."""
    parts = [_segment_numbers(leaf, field) for leaf, _ in reader.leaf_readers()]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _segment_numbers(leaf: IndexReader, field: str) -> np.ndarray:
    """Return one segment's column values, read in bulk when the column is a NumericColumn."""
    count = leaf.doc_count_all()
    raw = leaf.column_reader(field, translate=False) if leaf.has_column(field) else None
    if not isinstance(raw, NumericColumn.Reader) or not _bulk(raw):
        values = leaf.column_reader(field, translate=True)
        return np.fromiter(values, dtype=np.int64, count=count)
    written = min(raw._count, count)
    stored = np.frombuffer(
        raw._dbfile.get(raw._basepos, written * raw._fixedlen), dtype=">" + raw._typecode
    )
    values = np.full(count, raw._default, dtype=np.int64)
    values[:written] = stored
    distinct, inverse = np.unique(values, return_inverse=True)
    translate = leaf.schema[field].from_column_value
    return np.array([translate(int(v)) for v in distinct], dtype=np.int64)[inverse]


def _bulk(raw: NumericColumn.Reader) -> bool:
    """Tell whether numpy reads this column's numbers as they were packed."""
    try:
        dtype = np.dtype(">" + raw._typecode)
    except TypeError:
        return False
    return dtype.kind in "iu" and dtype.itemsize == raw._fixedlen <= BULK_BYTES
