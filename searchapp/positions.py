"""Where a word occurs in documents: positions decoded into flat numpy arrays, for phrases.

Positions are stored per posting as a 4-byte count and a pickled list of gaps
(whoosh.formats.Positions); a block's pickles are joined and loaded in one call.
"""

from __future__ import annotations

from itertools import chain
from pickle import loads

import numpy as np
from whoosh.formats import Positions
from whoosh.matching import Matcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader

from searchapp.postings import Postings, block_reader


def plain_positions(reader: IndexReader, field: str) -> bool:
    """Tell whether a field stores plain formats.Positions values (what _gap_lists reads)."""
    return field in reader.schema and type(reader.schema[field].format) is Positions


def held_positions(postings: Postings, near: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (documents, positions) like positions(), from postings read with their values."""
    chosen = np.flatnonzero(near[postings.ids])
    counts, gaps = gap_arrays([postings.values[i] for i in chosen.tolist()])
    return _flat(postings.ids[chosen], counts, gaps)


def positions(
    reader: IndexReader, field: str, word: bytes, near: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return (documents, positions) of ``word``, one pair per occurrence, in ``near``'s documents.

    Positions are decoded only for those documents, into flat arrays: one pickle load per
    document, the rest in numpy.
    """
    matcher = reader.postings(field, word)
    leaf = matcher.child if isinstance(matcher, FilterMatcher) else matcher
    docs: list[int] = []
    counts: list[int] = []
    gaps: list[int] = []
    if not block_reader(leaf):
        for docnum in np.flatnonzero(near).tolist():
            matcher.skip_to(docnum)
            found = list(matcher.value_as("positions"))
            docs.append(docnum)
            counts.append(len(found))
            gaps.extend(np.diff(found, prepend=0).tolist())
        return _flat(docs, counts, gaps)
    # Positions are stored as a 4-byte count and a pickled list of gaps (formats.Positions).
    plain = plain_positions(reader, field)
    wanted, at = np.flatnonzero(near), 0
    while leaf.is_active() and at < len(wanted):
        if wanted[at] > leaf._maxid:  # no wanted document in this block: its data is not read
            leaf._next_block()
            continue
        at = int(np.searchsorted(wanted, leaf._maxid, side="right"))
        ids = _leaf_ids(leaf)
        chosen = np.flatnonzero(near[ids]).tolist()
        if plain:
            leaf._read_values()
            sizes, found = gap_arrays([leaf._values[i] for i in chosen])
            counts.extend(sizes.tolist())
            gaps.extend(found.tolist())
        else:
            for i in chosen:
                leaf._i = i
                held = np.diff(list(leaf.value_as("positions")), prepend=0).tolist()
                counts.append(len(held))
                gaps.extend(held)
        docs.extend(ids[chosen].tolist())
        leaf._next_block()
    return _flat(docs, counts, gaps)


def _leaf_ids(leaf: Matcher) -> np.ndarray:
    """Return the document numbers of a block reader's current block (gaps summed in numpy)."""
    if getattr(leaf, "_byteids", True) or not hasattr(leaf, "_read_data"):
        leaf._read_ids()
        return np.asarray(leaf._ids, dtype=np.int64)
    if leaf._data is None:
        leaf._read_data()
    return np.cumsum(np.asarray(leaf._data[0], dtype=np.int64))


_PICKLE_2 = b"\x80\x02"  # the protocol header of a pickle written with protocol 2
# How formats.Positions values start after their 4-byte count: protocol 2, an empty list
# and its memo slot; the items follow as APPEND or MARK ... APPENDS, then the stop.
_LIST_HEAD = np.frombuffer(_PICKLE_2 + b"]q\x00", dtype=np.uint8)
_STOP = ord(".")


def gap_arrays(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Return the counts and the position gaps, all in one array, of formats.Positions values.

    Every value's list items are cut out in numpy and appended to one list, loaded in one
    call; values written another way go through _gap_lists.
    """
    counts = np.zeros(len(values), dtype=np.int64)
    if not values:
        return counts, counts
    joined = np.frombuffer(b"".join(values), dtype=np.uint8)
    ends = np.cumsum(np.fromiter(map(len, values), dtype=np.int64, count=len(values)))
    starts = np.concatenate(([0], ends[:-1]))
    head = starts[:, None] + np.arange(4 + len(_LIST_HEAD))
    if (
        (ends - starts >= 4 + len(_LIST_HEAD) + 1).all()
        and (joined[head[:, 4:]] == _LIST_HEAD).all()
        and (joined[ends - 1] == _STOP).all()
    ):
        counts = joined[head[:, :4]].astype(np.int64) @ np.array([1 << 24, 1 << 16, 1 << 8, 1])
        keep = np.ones(len(joined), dtype=bool)
        keep[head.ravel()] = False
        keep[ends - 1] = False
        items = joined[keep].tobytes()
        gaps = np.asarray(loads(_PICKLE_2 + b"]" + items + b"."), dtype=np.int64)
        if len(gaps) == counts.sum():
            return counts, gaps
    found = _gap_lists(values)
    counts = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
    return counts, np.fromiter(chain.from_iterable(found), dtype=np.int64, count=counts.sum())


def _gap_lists(values: list[bytes]) -> list[list[int]]:
    """Return the position gaps of formats.Positions values (4-byte count, pickled list).

    The pickles are joined into one pickled list of lists, loaded in one call instead of one
    per document (a common phrase has thousands); other pickles are loaded one by one.
    """
    pickles = [value[4:] for value in values]
    if all(p.startswith(_PICKLE_2) for p in pickles):
        joined = b"".join(p[2:-1] if p.endswith(b".") else p[2:] for p in pickles)
        return list(loads(_PICKLE_2 + b"(" + joined + b"l."))
    return [loads(p if p.endswith(b".") else p + b".") for p in pickles]


def _flat(docs: list[int], counts: list[int], gaps: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Return one document number per occurrence and its position (gaps summed per document)."""
    sizes = np.asarray(counts, dtype=np.int64)
    summed = np.cumsum(np.asarray(gaps, dtype=np.int64))
    ends = np.cumsum(sizes)
    before = np.concatenate(([0], summed[ends[:-1] - 1])) if len(sizes) else summed[:0]
    return np.repeat(np.asarray(docs, dtype=np.int64), sizes), summed - np.repeat(before, sizes)
