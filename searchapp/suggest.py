""" "Did you mean": a query with its unknown words corrected, when the correction finds more."""

from __future__ import annotations

from collections.abc import Callable

from whoosh.searching import Searcher

from indexer import fields as F
from searchapp.compiler import TEXT_FIELDS, QueryCompiler
from searchapp.query import Term, parse_query, positive_words
from searchapp.request import SearchRequest


def suggest(
    request: SearchRequest,
    total: int,
    searcher: Searcher,
    compiler: QueryCompiler,
    count: Callable[[SearchRequest], int],
) -> str | None:
    """Return a corrected query when some word is unknown and the correction finds more."""
    corrector = searcher.corrector(F.BODY)
    reader = searcher.reader()
    replacements: list[tuple[Term, str]] = []
    for term in positive_words(request.query):
        tokens = compiler.tokens(term.text)
        if len(tokens) != 1 or any(reader.doc_frequency(f, tokens[0]) for f in TEXT_FIELDS):
            continue
        found = corrector.suggest(term.text.lower(), limit=1, maxdist=2)
        if found and found[0] != term.text.lower():
            replacements.append((term, found[0]))
    if not replacements:
        return None
    text = request.q
    for term, word in sorted(replacements, key=lambda r: r[0].start, reverse=True):
        text = text[: term.start] + word + text[term.end :]
    corrected = request.with_changes(q=text, query=parse_query(text))
    return text if count(corrected) > total else None
