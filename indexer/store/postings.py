"""Hold a segment's postings in memory, packed per term, and write them term by term.

Whoosh's writer takes postings one at a time (a generator, a loop with order checks, a
length look-up, an ``add_posting`` with assertions): some four Python calls per posting.
Here a term's postings are packed in one byte buffer (a fixed-size record, then its value
bytes, for each) and written a block at a time, in Whoosh 3's block format, with its
statistics. One buffer a term, not three objects: most terms hold a posting or two, and
their overhead was half a worker's posting memory.
A small block is stored uncompressed: zlib costs ~50 µs a call (its window set-up) and does
not shrink a block of a few postings; Whoosh's readers honour each block's compression flag.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Iterator
from itertools import pairwise
from pickle import dumps
from zlib import compress

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_ushort
from whoosh.util.numeric import length_to_byte

# One posting: document number, weight (float32, as Whoosh's block keeps it), length of its
# value bytes. Field lengths are kept once per document and field, not per posting.
RECORD = struct.Struct("<IfI")
# What a term's entry costs beyond its postings (dict slot, bytearray and its buffer).
TERM_OVERHEAD = 200
# Pickled blocks shorter than this are written uncompressed (zlib gains nothing there).
COMPRESS_FROM = 256


class MemoryPool:
    """Whoosh's posting pool interface, kept in memory: packed postings per field and term."""

    def __init__(self) -> None:
        # field → term → its postings, each a record and then its value bytes
        self._fields: dict[str, dict[bytes, bytearray]] = {}
        self._lengths: dict[str, array] = {}  # field → its length in each document
        self.size = 0

    @property
    def fieldnames(self) -> set[str]:
        """Return the fields that have postings."""
        return set(self._fields)

    def add(self, item: tuple[str, bytes, int, float, bytes | None], length: int = 0) -> None:
        """Add one posting (field, term bytes, document number, weight, value bytes)."""
        field, term, docnum, weight, value = item
        self.add_many(field, [(term, 0, weight, value)], docnum, length)

    def add_many(
        self,
        field: str,
        postings: list[tuple[bytes, int, float, bytes | None]],
        docnum: int,
        length: int,
    ) -> None:
        """Add one document's postings of a field: (term, frequency, weight, value bytes)."""
        terms = self._fields.get(field)
        if terms is None:
            terms = self._fields[field] = {}
        if length:
            lengths = self._lengths.setdefault(field, array("I"))
            if len(lengths) <= docnum:
                lengths.extend(bytes(4 * (docnum + 1 - len(lengths))))
            lengths[docnum] = length
        pack, added = RECORD.pack, RECORD.size * len(postings)
        for term, _, weight, value in postings:
            entry = terms.get(term)
            if entry is None:
                entry = terms[term] = bytearray()
                added += TERM_OVERHEAD + len(term)
            if value:
                entry += pack(docnum, weight, len(value))
                entry += value
                added += len(value)
            else:
                entry += pack(docnum, weight, 0)
        self.size += added

    def terms(self) -> Iterator[tuple[str, bytes, list[tuple[int, float, int, bytes]]]]:
        """Yield every term sorted by field and term, with its postings (then freed).

        A posting is (document number, weight, the field's length in it, value bytes).
        """
        for field in sorted(self._fields):
            terms = self._fields.pop(field)
            lengths = self._lengths.pop(field, array("I"))
            for term in sorted(terms):
                yield field, term, _unpacked(terms.pop(term), lengths)

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        """Yield every posting sorted by field and term, documents in the order added."""
        for field, term, postings in self.terms():
            for docnum, weight, _, value in postings:
                yield field, term, docnum, weight, value

    def cleanup(self) -> None:
        """Drop whatever was not written."""
        self._fields.clear()
        self._lengths.clear()


def _unpacked(packed: bytearray, lengths: array) -> list[tuple[int, float, int, bytes]]:
    """Return a term's postings as (document number, weight, length, value bytes)."""
    count, end, step, unpack = len(lengths), len(packed), RECORD.size, RECORD.unpack_from
    data = bytes(packed)
    out = []
    at = 0
    while at < end:
        docnum, weight, size = unpack(data, at)
        at += step
        length = lengths[docnum] if docnum < count else 0
        out.append((docnum, weight, length, data[at : at + size]))
        at += size
    return out


def write_postings(fieldwriter: object, schema: object, pool: MemoryPool) -> None:
    """Write the pool's postings through a Whoosh 3 field writer, a block at a time."""
    writer = fieldwriter
    postfile = writer._postfile  # type: ignore[attr-defined]
    codec = writer._codec  # type: ignore[attr-defined]
    limit, level = codec._blocklimit, codec._compression
    table = writer._tindex  # type: ignore[attr-defined]
    current = None
    for field, term, postings in pool.terms():
        if field != current:
            if current is not None:
                writer.finish_field()  # type: ignore[attr-defined]
            writer.start_field(field, schema[field])  # type: ignore[attr-defined, index]
            current = field
            fieldid = writer._fieldid  # type: ignore[attr-defined]
            fixed = schema[field].format.fixed_value_size()  # type: ignore[index]
        info = _write_term(postfile, postings, fixed, limit, level)
        table.add(pack_ushort(fieldid) + term, info.to_bytes())
    if current is not None:
        writer.finish_field()  # type: ignore[attr-defined]


def _write_term(
    postfile: object,
    postings: list[tuple[int, float, int, bytes]],
    fixed: int | None,
    limit: int,
    level: int,
) -> W3TermInfo:
    """Write one term's posting blocks as W3PostingsWriter does; return its term info."""
    info = W3TermInfo()
    start = postfile.tell()  # type: ignore[attr-defined]
    postfile.write(WHOOSH3_HEADER_MAGIC)  # type: ignore[attr-defined]
    count = len(postings)
    for first in range(0, count, limit):
        block = postings[first : first + limit]
        ids, weights, lengths, values = zip(*block, strict=True)
        lengths = [n for n in lengths if n] or [None]
        low, high = min(lengths), max(lengths)  # type: ignore[type-var]
        top = max(weights)
        top = top if top > 0 else 0
        info._weight += sum(weights)
        info._df += len(ids)
        if info._minlength is None:
            info._minlength = low
        elif low is not None:
            info._minlength = min(info._minlength, low)
        info._maxlength = max(info._maxlength, high or 0)
        info._maxweight = max(info._maxweight, top)
        if info._minid is None:
            info._minid = ids[0]
        info._maxid = ids[-1]
        data = dumps((_gaps(ids), _weights(weights), _values(values, fixed)), 2)
        comp = level if len(data) >= COMPRESS_FROM else 0
        if comp:
            data = compress(data, comp)
        head = dumps((len(ids), ids[-1], top, comp, length_to_byte(low), length_to_byte(high)), 2)
        size = len(head) + len(data)
        postfile.write_int(-size if first + limit >= count else size)  # type: ignore[attr-defined]
        postfile.write(head)  # type: ignore[attr-defined]
        postfile.write(data)  # type: ignore[attr-defined]
    info.set_extent(start, postfile.tell() - start)  # type: ignore[attr-defined]
    return info


def _gaps(ids: tuple[int, ...]) -> tuple[int, ...]:
    return (ids[0], *(b - a for a, b in pairwise(ids)))


def _weights(weights: tuple[float, ...]) -> float | tuple[float, ...] | None:
    if all(w == 1.0 for w in weights):
        return None
    if all(w == weights[0] for w in weights):
        return weights[0]
    return weights


def _values(values: tuple[bytes, ...], fixed: int | None) -> object:
    kept = [v for v in values if v]
    if fixed is None or fixed < 0:
        return tuple(kept)
    if fixed == 0:
        return None
    return b"".join(kept)
