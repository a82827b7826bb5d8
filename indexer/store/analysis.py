"""Index a text field's value in one pass: the terms Whoosh's analyzer chain gives, faster.

Whoosh runs every token through a chain of generator filters (tokenize, lowercase, stop
words, stem, fold accents), a second time for the spelling words, which costs as much as
extraction. ``FastText`` does the same steps with one regex scan and a per-word cache, for
an analyzer of exactly that shape (``schema.text_analyzer``); a test checks that its terms,
weights and positions equal Whoosh's on every field it serves.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.analysis.morph import StemFilter
from whoosh.fields import FieldType

Posting = tuple[bytes, int, float, bytes]
SHAPE = (RegexTokenizer, LowercaseFilter, StopFilter, StemFilter, CharsetFilter)
# Words kept in each field's cache; a corpus's vocabulary fits many times over.
CACHE_WORDS = 500_000
# An opening parenthesis that starts a capturing group (not escaped, not "(?").
CAPTURING = re.compile(r"(?<!\\)\((?!\?)")


class FastText:
    """The index terms and spelling words of one text field, as Whoosh would write them."""

    def __init__(self, field: FieldType) -> None:
        tokenizer, _, stop, stem, charset = field.analyzer.items
        expression = tokenizer.expression
        # findall returns whole matches only without capturing groups: make them non-capturing.
        words = re.compile(CAPTURING.sub("(?:", expression.pattern), expression.flags)
        self._findall = words.findall if words.groups == 0 else None
        self._finditer = expression.finditer
        self._stops, self._min, self._max = stop.stops, stop.min, stop.max
        self._stem: Callable[[str], str] = stem.stemfn
        self._ignore = stem.ignore
        self._charmap = charset.charmap
        self._encode = field.format.encode
        self._boost = float(field.format.field_boost)
        # word as written → (term bytes, spelling word bytes), None for a stop word
        self._terms: dict[str, tuple[bytes, bytes] | None] = {}
        self._single: dict[int, bytes] = {}  # position → encoded value of that one position

    @staticmethod
    def serves(field: FieldType) -> bool:
        """Tell whether the field's analysis is the chain this class reproduces."""
        items = getattr(field.analyzer, "items", ())
        return (
            tuple(type(item) for item in items) == SHAPE
            and not items[0].gaps
            and items[2].renumber
            and type(field.format).__name__ == "Positions"
            and not field.vector
        )

    def _learn(self, written: str) -> None:
        """Remember the term and spelling word a word as written becomes (None: stopped)."""
        word = written.lower()
        size = len(word)
        if size < self._min or (self._max is not None and size > self._max):
            found = None
        elif word in self._stops:
            found = None
        else:
            stemmed = word if word in self._ignore else self._stem(word)
            found = (
                stemmed.translate(self._charmap).encode("utf-8"),
                word.translate(self._charmap).encode("utf-8"),
            )
        self._terms[written] = found

    def _words(self, value: str) -> list[str]:
        if self._findall is not None:
            return self._findall(value)
        return [match.group(0) for match in self._finditer(value)]

    def index(self, value: str) -> tuple[list[Posting], list[bytes]]:
        """Return the field's postings (term, frequency, weight, positions) and spelling words."""
        words = self._words(value)
        terms = self._terms
        unknown = set(words).difference(terms)
        if unknown:
            if len(terms) + len(unknown) > CACHE_WORDS:
                terms.clear()
                unknown = set(words)
            for word in unknown:
                self._learn(word)
        found = list(map(terms.__getitem__, words))
        # As StopFilter renumbers: the first kept word keeps its place, the rest follow it.
        first = next((at for at, item in enumerate(found) if item is not None), len(found))
        kept = [item for item in found if item is not None]
        positions: dict[bytes, list[int]] = {}
        for pos, (term, _) in enumerate(kept, first):
            where = positions.get(term)
            if where is None:
                positions[term] = [pos]
            else:
                where.append(pos)
        spelling = list({spelled for _, spelled in kept})
        boost = self._boost
        return [
            (term, len(where), len(where) * boost, self._value(where))
            for term, where in positions.items()
        ], spelling

    def _value(self, where: list[int]) -> bytes:
        """Encode a term's positions as the field's format does, one position from a cache."""
        if len(where) > 1:
            return self._encode(where)
        single = self._single.get(where[0])
        if single is None:
            single = self._single[where[0]] = self._encode(where)
        return single
