""" "Did you mean": unknown or rare words replaced by close, far more frequent words of the index.

Candidates are the index's own terms within a few edits (rapidfuzz, in C++, instead of Whoosh's
word-graph walk, which takes seconds at 10k articles), each word of a hyphenated name on its
own; a fix is written as the stored articles write it ("Pistorius", "Kosiniak-Kamysz").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from rapidfuzz import process
from rapidfuzz.distance import OSA
from whoosh.searching import Searcher

from indexer import fields as F
from searchapp.compiler import TEXT_FIELDS, QueryCompiler
from searchapp.highlight import Highlighter
from searchapp.query import parse_query, positive_words
from searchapp.request import SearchRequest

SUSPECT_DF = 5  # a word found in at most this many articles may be a misspelling
BETTER_BY = 10  # a fix must be in this many times more articles, and its search find as many more
SHORT_WORD = 5  # words up to this long get fixes one edit away, longer ones two
SAMPLE_DOCS = 3  # stored articles read to see how a fix is written
WORD = re.compile(r"\w+(?:\.?\w+)*")  # the words the index's tokenizer sees


@dataclass(frozen=True)
class Fix:
    """One replacement in the typed query: ``q[start:end]`` becomes ``text``."""

    start: int
    end: int
    text: str


class Speller:
    """Find fixes for one searcher's words; ``lexicon`` returns the index's text terms."""

    def __init__(
        self, searcher: Searcher, compiler: QueryCompiler, lexicon: Callable[[], list[str]]
    ) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.compiler = compiler
        self.lexicon = lexicon

    def frequency(self, term: str) -> int:
        """Return in how many articles a term occurs (its most frequent text field)."""
        shared = self.compiler.shared  # remembered per generation: a sum over segments
        return max(shared.doc_frequency(self.reader, field, term) for field in TEXT_FIELDS)

    def fix(self, typed: str) -> str | None:
        """Return the word to write instead of ``typed``, or None when it looks right."""
        tokens = self.compiler.tokens(typed)
        if len(tokens) != 1 or not typed.isalpha():
            return None
        term = tokens[0]
        found = self.frequency(term)
        if found > SUSPECT_DF:
            return None
        edits = 1 if len(term) <= SHORT_WORD else 2
        close = process.extract(
            term, self.lexicon(), scorer=OSA.distance, score_cutoff=edits, limit=None
        )
        ranked = sorted(
            (distance, -frequency, word)
            for word, distance, _ in close
            if word != term and (frequency := self.frequency(word)) >= max(1, BETTER_BY * found)
        )
        return self.written(ranked[0][2], typed) if ranked else None

    def cased(self, typed: str) -> str | None:
        """Return a known word as the articles write it ("kosiniak" → "Kosiniak"), or None."""
        tokens = self.compiler.tokens(typed)
        written = self.written(tokens[0], typed) if len(tokens) == 1 else None
        return written if written is not None and written.lower() == typed.lower() else None

    def written(self, term: str, typed: str) -> str | None:
        """Return how stored articles write a term: the form closest to ``typed``, its usual case."""
        marker = Highlighter(frozenset([term]), self.compiler.tokens)
        forms: Counter[str] = Counter()
        for field in TEXT_FIELDS:
            if (field, term) not in self.reader:
                continue
            for docnum in islice(self.reader.postings(field, term).all_ids(), SAMPLE_DOCS):
                stored = self.searcher.stored_fields(docnum)
                text = " ".join(str(stored.get(name) or "") for name in (F.TITLE, F.PEOPLE, F.BODY))
                forms.update(text[a:b] for a, b in marker.spans(text))
            if forms:
                break
        if not forms:
            return None
        spellings: Counter[str] = Counter()
        for form, times in forms.items():
            spellings[form.lower()] += times
        word = min(spellings, key=lambda w: (OSA.distance(w, typed.lower()), -spellings[w]))
        return max((f for f in forms if f.lower() == word), key=lambda f: forms[f])


def fixes(request: SearchRequest, speller: Speller) -> list[Fix]:
    """Return the fixes of the typed query's plain words, each word of a hyphenated one apart."""
    found = []
    for term in positive_words(request.query):
        base = request.q.find(term.text, term.start, term.end)
        if base < 0:
            continue
        pieces = list(WORD.finditer(term.text))
        fixed = [speller.fix(piece.group()) for piece in pieces]
        if not any(fixed):
            continue
        for piece, fix in zip(pieces, fixed, strict=True):
            # The rest of a fixed name is written as the articles write it too.
            text = fix or speller.cased(piece.group())
            if text is not None and text != piece.group():
                found.append(Fix(base + piece.start(), base + piece.end(), text))
    return found


def suggest(
    request: SearchRequest, total: int, speller: Speller, count: Callable[[SearchRequest], int]
) -> str | None:
    """Return a corrected query when it finds something where the typed one finds nothing,
    or BETTER_BY times as many articles."""
    if request.query is None:
        return None
    found = fixes(request, speller)
    if not found:
        return None
    text = request.q
    for fix in sorted(found, key=lambda f: f.start, reverse=True):
        text = text[: fix.start] + fix.text + text[fix.end :]
    corrected = count(request.with_changes(q=text, query=parse_query(text)))
    return text if corrected > 0 and corrected >= BETTER_BY * total else None
