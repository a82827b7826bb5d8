"""The country gazetteer: names, aliases, adjectives and capitals mapped to ISO codes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from indexer.extract.tables import read_tsv
from indexer.extract.terms import Match, TermIndex, make_term

VOID = "--"
UNIVERSAL = "en"
# Close languages that language detection confuses share their terms.
KIN: dict[str, tuple[str, ...]] = {"cs": ("sk",), "sk": ("cs",)}


@dataclass(frozen=True)
class Place:
    """What a gazetteer term stands for."""

    code: str
    kind: str
    flags: frozenset[str]
    language: str


def languages(language: str) -> tuple[str, ...]:
    """Return the languages whose terms apply to an article in this language."""
    return (UNIVERSAL, language, *KIN.get(language, ()))


@cache
def gazetteer(language: str) -> TermIndex:
    """Return the term index for articles in a language (English terms apply to all)."""
    terms = []
    for row in read_tsv("countries.tsv"):
        code, term, lang, kind = row[:4]
        flags = frozenset(row[4].split(",")) if len(row) > 4 and row[4] else frozenset()
        if lang in languages(language) or language == "und":
            terms.append(make_term(term, Place(code, kind, flags, lang)))
    return TermIndex(terms)


def find_places(text: str, language: str) -> list[Match]:
    """Return gazetteer matches in a text, void phrases included (payload code "--")."""
    return gazetteer(language).find(text)


@cache
def place_words(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Return the single-word terms that are never a personal name, and the stems among them."""
    words, stems = set(), []
    for row in read_tsv("countries.tsv"):
        code, term, lang = row[:3]
        flags = row[4] if len(row) > 4 else ""
        if code == VOID or " " in term or "given" in flags or lang not in languages(language):
            continue
        if term.endswith("*"):
            stems.append(term[:-1].casefold())
        else:
            words.add(term.casefold())
    return frozenset(words), tuple(stems)


def is_place_word(word: str, language: str) -> bool:
    """Tell whether a single word is a country name, adjective, demonym or capital."""
    folded = word.casefold()
    words, stems = place_words(language)
    return folded in words or any(folded.startswith(stem) for stem in stems)
