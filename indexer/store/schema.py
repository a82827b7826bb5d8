"""The Whoosh schema behind every Entente index, and what must match to write one in place."""

from __future__ import annotations

from whoosh.analysis import CharsetFilter, StemmingAnalyzer
from whoosh.codec.whoosh3 import W3PerDocReader
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.support.charset import accent_map

from indexer import fields as F


def _remember_missing_columns() -> None:
    """Make Whoosh remember that a segment has no column for a field.

    whoosh-reloaded 2.7.5 caches a segment's column readers but not their absence, so for every
    field without a length column it asks the disk again: one stat() per posting when a commit
    writes postings (a third of the time of a large commit), and per hit when scoring. A
    segment's files never change once written, so the absence can be cached too.
    """
    original = W3PerDocReader._cached_reader
    if getattr(original, "remembers_missing", False):
        return

    def cached_reader(self: W3PerDocReader, fieldname: str, column: object) -> object:
        if fieldname not in self._readers:
            self._readers[fieldname] = original(self, fieldname, column)
        return self._readers[fieldname]

    cached_reader.remembers_missing = True  # type: ignore[attr-defined]
    W3PerDocReader._cached_reader = cached_reader


_remember_missing_columns()


class ListKeyword(KEYWORD):
    """A comma-separated keyword field: a facet, counted from its postings by the search site."""

    def __init__(self, stored: bool = True) -> None:
        super().__init__(stored=stored, commas=True, lowercase=False, scorable=False)
        # No per-document column: the site reads each facet's postings in bulk (searchapp/
        # postings.py), so a list column would be written and never read.

    # Indexes written before carry these fields pickled with a list column, which Whoosh
    # still fills when such an index is updated in place: it needs the two conversions.
    def to_column_value(self, value: str | list[str]) -> list[bytes]:
        """Split the comma-joined value into the byte strings the list column stores."""
        items = value.split(",") if isinstance(value, str) else value
        return [item.strip().encode("utf-8") for item in items if item.strip()]

    def from_column_value(self, value: bytes) -> str:
        """Decode one stored column value."""
        return value.decode("utf-8")


# Every index's table of contents pickles its schema, naming this class by module: indexes
# written when the store was one module name it `indexer.store.ListKeyword`, so it stays so.
ListKeyword.__module__ = "indexer.store"


def text_analyzer() -> object:
    """Return the analyzer for searchable text: stemmed, lowercased, accents folded."""
    return StemmingAnalyzer() | CharsetFilter(accent_map)


def build_schema() -> Schema:
    """Return the Whoosh schema behind every Entente index."""
    analyzer = text_analyzer()
    return Schema(
        **{
            F.ID: ID(stored=True, unique=True),
            F.SOURCE_PATH: ID(stored=True),
            F.ROOT: ID(stored=True),
            F.HASH: ID(stored=True),
            # Indexed, so a run reads every file's hash and extractor from the lexicons, not
            # from each article's stored fields (which hold its whole text).
            F.EXTRACTOR: ID(stored=True),
            F.TITLE: TEXT(stored=True, analyzer=analyzer, field_boost=3.0, spelling=True),
            F.BODY: TEXT(stored=True, analyzer=analyzer, spelling=True),
            F.PEOPLE_TEXT: TEXT(analyzer=analyzer),
            # One person, one facet value: spellings grouped by key (searchapp/persons.py).
            F.PERSON_NAMES: KEYWORD(commas=True, lowercase=False, scorable=False),
            F.DATE: STORED(),
            # Signed: an open-ended NumericRange on an unsigned field matches everything.
            F.DATE_NUM: NUMERIC(int, bits=32, signed=True, sortable=True),
            F.YEAR: ListKeyword(),
            F.LANGUAGE: ListKeyword(),
            F.COUNTRIES: ListKeyword(),
            F.PEOPLE: ListKeyword(),
            F.AUTHORS: ListKeyword(),
            F.TOPICS: ListKeyword(),
            F.PAIRS: ListKeyword(),
            F.EQUIPMENT: ListKeyword(),
            F.OUTLET: ListKeyword(),
            F.URL: STORED(),
            F.SOURCE_TEXT: STORED(),
            F.EVIDENCE: STORED(),
        }
    )


def schema_signature(schema: Schema) -> dict[str, tuple[str, bool, bool]]:
    """Return what must match for an index to be written in place: each field's kind."""
    return {
        name: (type(field).__name__, bool(field.stored), bool(getattr(field, "indexed", True)))
        for name, field in schema.items()
    }
