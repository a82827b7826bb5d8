"""One term's whoosh3 posting blocks decoded into numpy arrays, skipping what is not needed.

After a 4-byte tag, each block is a signed length (negative for the last), a pickled info
tuple (count, last id, max weight, compression, ...), then the pickled (ids as gaps from 0,
weights, values), zlib'd when compression is set. Weights are None (all 1), one float (all
the same) or one per posting; values (formats.Positions) are bytes, which pickle protocol 2
writes as one ``_codecs.encode`` call per posting: most of a block's load time. Ids and
weights alone are read from the pickle's head, cut before the first value.
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from dataclasses import dataclass, field
from itertools import accumulate
from pickle import loads

import numpy as np

_INT = struct.Struct("!i")
# How pickle protocol 2 starts the first bytes value: a call of _codecs.encode. Ids and
# weights never hold these 16 bytes in a row (an opcode byte K, M, J or G comes every 9 bytes).
_FIRST_VALUE = b"c_codecs\nencode\n"
_MARK, _TUPLE2_STOP = b"(", b"\x86."


@dataclass(frozen=True)
class Postings:
    """One term's postings in one segment: document numbers, weights and (if read) values."""

    ids: np.ndarray  # document numbers, ascending
    weights: np.ndarray  # float32, one per posting
    values: list[bytes] = field(default_factory=list)  # formats.Positions: pickled gaps

    @property
    def nbytes(self) -> int:
        """Return the bytes the arrays hold (what a cache counts)."""
        return int(self.ids.nbytes + self.weights.nbytes)

    def dense(self, count: int) -> np.ndarray:
        """Return the weights as one entry per document of the segment, 0 where absent."""
        found = np.zeros(count, dtype=np.float32)
        found[self.ids] = self.weights
        return found


EMPTY = Postings(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32))


def decode(posted: bytes, values: bool = False, wanted: np.ndarray | None = None) -> Postings:
    """Return the postings of one term's blocks; with ``wanted`` (sorted document numbers),
    only the blocks that can hold one of them are decompressed and loaded.
    """
    stream = io.BytesIO(posted)
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    held: list[bytes] = []
    at, first = 4, 0  # ``first``: the smallest document number the next block can hold
    while at < len(posted):
        (length,) = _INT.unpack_from(posted, at)
        end = at + 4 + abs(length)
        stream.seek(at + 4)
        info = pickle.load(stream)
        count, last = info[0], info[1]
        if wanted is None or _holds(wanted, first, last):
            data = posted[stream.tell() : end]
            data = zlib.decompress(data) if info[3] else data
            gaps, weighed, block_values = _load(data, count, values)
            ids.append(np.cumsum(np.asarray(gaps, dtype=np.int32)))
            if weighed is None or isinstance(weighed, float):
                weights.append(np.full(count, 1.0 if weighed is None else weighed, np.float32))
            else:
                weights.append(np.asarray(weighed, dtype=np.float32))
            held.extend(block_values)
        at, first = end, last + 1
        if length < 0:
            break
    if not ids:
        return EMPTY
    return Postings(np.concatenate(ids), np.concatenate(weights), held)


def block_ids(posted: bytes) -> list[int]:
    """Return the document numbers of one term's blocks as a list (no arrays: terms are many)."""
    stream = io.BytesIO(posted)
    found: list[int] = []
    at = 4
    while at < len(posted):
        (length,) = _INT.unpack_from(posted, at)
        end = at + 4 + abs(length)
        stream.seek(at + 4)
        info = pickle.load(stream)
        data = posted[stream.tell() : end]
        gaps = _load(zlib.decompress(data) if info[3] else data, info[0], False)[0]
        found.extend(accumulate(gaps))
        at = end
        if length < 0:
            break
    return found


def _holds(wanted: np.ndarray, first: int, last: int) -> bool:
    """Tell whether sorted ``wanted`` has a number in first..last."""
    at = int(np.searchsorted(wanted, first))
    return at < len(wanted) and wanted[at] <= last


def _load(data: bytes, count: int, values: bool) -> tuple[tuple, object, tuple]:
    """Return a block's (gaps, weights, values), values empty unless asked for."""
    if not values:
        cut = data.find(_FIRST_VALUE)
        if count > 3:  # a longer values tuple opens with a MARK before its first item
            cut -= 1
        if cut > 0 and (count <= 3 or data[cut : cut + 1] == _MARK):
            try:
                gaps, weighed = loads(data[:cut] + _TUPLE2_STOP)
            except (pickle.UnpicklingError, ValueError, TypeError):
                gaps = None  # not the layout expected: load the whole block below
            if isinstance(gaps, tuple) and len(gaps) == count:
                return gaps, weighed, ()
    gaps, weighed, held = loads(data)
    return gaps, weighed, (held if values else ())
