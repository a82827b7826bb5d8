"""Write documents into new Whoosh segments, sorted in memory, for a writer to commit later.

An extraction worker writes the articles it extracted into segments of its own, so the
Whoosh work runs on every core; the one writer (``writer.IndexStore``) commits them with
its deletions in one table of contents. Whoosh's own posting pool pickles every posting to
temporary runs once it holds 128 MB (eight times the final index on disk, and half the
write time); here postings are packed per term in memory, and a segment is closed once
they pass ``limit`` bytes, so nothing is written but the segments themselves.
Spelling words are written once per segment, not once per article (see FastSegmentWriter).
"""

from __future__ import annotations

from pathlib import Path

from whoosh.codec.base import Segment
from whoosh.filedb.filestore import FileStorage
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from indexer.store.analysis import FastText
from indexer.store.postings import MemoryPool, write_postings

# Postings held in memory by one builder before it closes its segment: about 5,400 articles
# of 5 KB, and some 100 MB of a worker's memory (Python's own overhead included).
SEGMENT_BYTES = 80 * 1024 * 1024


class FastSegmentWriter(SegmentWriter):  # type: ignore[misc]
    """A segment writer whose text fields are analysed once, by ``FastText``."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.pool = MemoryPool()
        self._spelled: dict[str, set[bytes]] = {}  # spelling field → words it holds
        self._fast = {
            name: FastText(field)
            for name, field in self.schema.items()
            if field.indexed and FastText.serves(field)
        }

    def add_document(self, **fields: object) -> None:
        """Add a document as Whoosh's SegmentWriter does, its text fields analysed once."""
        if any(name.startswith("_") for name in fields):
            super().add_document(**fields)  # boosts or custom stored values: Whoosh's own way
            return
        self._check_state()
        perdoc, schema, docnum = self.perdocwriter, self.schema, self.docnum
        add = self.pool.add_many
        self._check_fields(schema, fields)
        perdoc.start_doc(docnum)
        try:
            for name in sorted(fields):
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    fast = self._fast.get(name)
                    if fast is not None:
                        postings, spelling = fast.index(value)
                    else:
                        postings = list(field.index(value))
                        spelling = (
                            [w.encode("utf-8") for w in field.spellable_words(value)]
                            if field.separate_spelling()
                            else ()
                        )
                    vbytes = postings[-1][3] if postings else None
                    if field.scorable:
                        length = sum(posting[1] for posting in postings)
                    stored = byte_to_length(length_to_byte(length)) if length else 0
                    add(name, postings, docnum, stored)
                    if field.separate_spelling():
                        # Whoosh adds a posting of document 0 per word *and article*, but its
                        # corrector only reads the words (and ranks them by their frequency
                        # in the field itself), so one posting per word and segment will do.
                        spell = field.spelling_fieldname(name)
                        seen = self._spelled.setdefault(spell, set())
                        new = [w for w in spelling if w not in seen]
                        seen.update(new)
                        add(spell, [(w, 1, 1, vbytes) for w in new], 0, 0)
                perdoc.add_field(name, field, value if field.stored else None, length)
                if field.column_type:
                    perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        """Write the postings a term at a time (``postings.write_postings``)."""
        self.perdocwriter.close()
        write_postings(self.fieldwriter, self.schema, self.pool)
        self.fieldwriter.close()


class SegmentBuilder:
    """Add documents to new segments of the index in ``folder``, without committing them.

    Usage::

        builder = SegmentBuilder(folder)
        builder.add(document)
        segments = builder.finish()  # then IndexStore's Batch.add_segments(segments)
    """

    def __init__(self, folder: str | Path, limit: int = SEGMENT_BYTES, first: float = 1.0) -> None:
        """Close segments at ``limit`` bytes of postings, the first at ``first`` of it.

        Workers given different ``first`` fractions reach their peak memory at different
        times, so the indexer's process tree never holds every worker's full pool at once.
        """
        self._index = FileStorage(str(folder)).open_index()
        self._limit = limit
        self._next_limit = max(1, int(limit * first))
        self._writer: FastSegmentWriter | None = None
        self._done: list[Segment] = []

    def add(self, document: dict[str, object]) -> None:
        """Add one document; close the current segment once its postings pass the limit."""
        if self._writer is None:
            # No lock: the process holding the index's writer lock commits these segments.
            self._writer = FastSegmentWriter(self._index, _lk=False, compound=False)
        self._writer.add_document(**document)
        if self._writer.pool.size >= self._next_limit:
            self._next_limit = self._limit
            self._close()

    def _close(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None and writer.doc_count():
            self._done.append(writer._finalize_segment())
        elif writer is not None:
            writer._close_segment()

    def finish(self) -> list[Segment]:
        """Close the current segment; return every segment written, for the writer to commit."""
        self._close()
        done, self._done = self._done, []
        return done

    def cancel(self) -> None:
        """Abandon the current segment (a later commit deletes its files)."""
        if self._writer is not None:
            self._writer._close_segment()
            self._writer = None
