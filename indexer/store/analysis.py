"""Index a text field's value in one pass: the terms Whoosh's analyzer chain gives, faster.

Whoosh runs every token through a chain of generator filters (tokenize, lowercase, stop
words, stem, fold accents), a second time for the spelling words, which costs as much as
extraction. ``FastText`` does the same steps with one regex scan and a per-word cache, for
an analyzer of exactly that shape (``schema.text_analyzer``); a test checks that its terms,
weights and positions equal Whoosh's on every field it serves.
"""

from __future__ import annotations

from collections.abc import Callable

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.analysis.morph import StemFilter
from whoosh.fields import FieldType

Posting = tuple[bytes, int, float, bytes]
SHAPE = (RegexTokenizer, LowercaseFilter, StopFilter, StemFilter, CharsetFilter)
# Words kept in each field's cache; a corpus's vocabulary fits many times over.
CACHE_WORDS = 500_000


class FastText:
    """The index terms and spelling words of one text field, as Whoosh would write them."""

    def __init__(self, field: FieldType) -> None:
        tokenizer, _, stop, stem, charset = field.analyzer.items
        self._find = tokenizer.expression.finditer
        self._stops, self._min, self._max = stop.stops, stop.min, stop.max
        self._stem: Callable[[str], str] = stem.stemfn
        self._ignore = stem.ignore
        self._charmap = charset.charmap
        self._encode = field.format.encode
        self._boost = float(field.format.field_boost)
        self._terms: dict[str, str | None] = {}  # lowercased word → term, None for a stop word

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

    def _term(self, word: str) -> str | None:
        """Return the term a lowercased word becomes, or None when it is stopped."""
        term = self._terms.get(word)
        if term is None and word not in self._terms:
            size = len(word)
            if size < self._min or (self._max is not None and size > self._max):
                term = None
            elif word in self._stops:
                term = None
            else:
                stemmed = word if word in self._ignore else self._stem(word)
                term = stemmed.translate(self._charmap)
            if len(self._terms) >= CACHE_WORDS:
                self._terms.clear()
            self._terms[word] = term
        return term

    def index(self, value: str) -> tuple[list[Posting], list[bytes]]:
        """Return the field's postings (term, frequency, weight, positions) and spelling words."""
        positions: dict[str, list[int]] = {}
        spelling: set[str] = set()
        pos = None
        for raw, match in enumerate(self._find(value)):
            word = match.group(0).lower()
            term = self._term(word)
            if term is None:
                continue
            # As StopFilter renumbers: the first kept word keeps its place, the rest follow it.
            pos = raw if pos is None else pos + 1
            spelling.add(word)
            found = positions.get(term)
            if found is None:
                positions[term] = [pos]
            else:
                found.append(pos)
        boost, encode = self._boost, self._encode
        postings = [
            (term.encode("utf-8"), len(where), len(where) * boost, encode(where))
            for term, where in positions.items()
        ]
        words = sorted({word.translate(self._charmap) for word in spelling})
        return postings, [word.encode("utf-8") for word in words]
