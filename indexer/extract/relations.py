"""Find the phrase that shows a run of name words is a person leading something ("led by X")."""

from __future__ import annotations

from functools import cache

from indexer.extract.gazetteer import VOID, find_places
from indexer.extract.names import Word
from indexer.extract.tables import read_tsv

MIN_NAME_WORDS = 2  # "under Kestrel" may be a firm; "under Harriet Vale" is a person


@cache
def _phrases(language: str, side: str) -> tuple[tuple[str, ...], ...]:
    """Return the relation phrases on one side of a name, for English and the language."""
    return tuple(
        tuple(row[2].casefold().split())
        for row in read_tsv("relations.tsv")
        if row[0] in ("en", language) and row[1] == side
    )


def relation_near(words: list[Word], start: int, end: int, size: int, language: str) -> str | None:
    """Return a relation phrase right before or after a run of `size` name words, else None."""
    if size < MIN_NAME_WORDS or _names_place(words[start:end], language):
        return None
    before = start - (start > 0 and words[start - 1].text == ",")
    for phrase in _phrases(language, "before"):
        opening = before - len(phrase)
        if opening >= 0 and tuple(w.folded for w in words[opening:before]) == phrase:
            return " ".join(phrase)
    if end < len(words) and (words[end].folded,) in _phrases(language, "after"):
        return words[end].text
    return None


def _names_place(run: list[Word], language: str) -> bool:
    """Tell whether a run holds a country name in any case ("rządem Stanów Zjednoczonych")."""
    text = " ".join(w.text for w in run)
    return any(m.term.payload.code != VOID for m in find_places(text, language))
