"""Find a role whose country stands between it and the name ("ambassador of the United States, X")."""

from __future__ import annotations

from indexer.extract.gazetteer import VOID, find_places
from indexer.extract.names import Word, is_role
from indexer.extract.rolephrases import complement, is_role_here
from indexer.extract.tables import nonname_words

REACH = 12  # tokens back from a name to its role, a country of several words in between
STOPS = frozenset('.!?;:"“”«»()[]')
SHORT = 5  # lower-case words this short are "of", "des", "degli"; longer ones are content
MAX_CONTENT = 2  # content words between role and name: "minister obrany", "Segretario alla Difesa"


def role_across_place(words: list[Word], start: int, paragraph: str, language: str) -> str | None:
    """Return a role before the run when only a country, small words and a comma stand between.

    "minister obrany Spojených štátov amerických X", "l'ambassadrice des États-Unis en Côte
    d'Ivoire, X": the country's capitalized words are no other name the role could belong to.
    """
    first = max(0, start - REACH)
    if start == 0 or not _may_hold_place(words, first, start, language):
        return None
    low, high = words[first].start, words[start].start
    spans = [(a, b) for a, b in _place_spans(paragraph, language) if low <= a and b <= high]
    if not spans:
        return None
    content = 0
    for index in range(start - 1, first - 1, -1):
        word = words[index]
        if word.text in STOPS:
            return None
        if is_role_here(words, index, language, start) and not complement(
            words, index, start, language
        ):
            return word.text
        inside = any(a <= word.start and word.end <= b for a, b in spans)
        content += not inside and word.text.islower() and len(word.text) > SHORT
        if content > MAX_CONTENT:
            return None  # a clause stands between: "the ministry says Poland asked for X"
        if word.text[:1].isupper() and not inside and word.folded not in nonname_words():
            return None  # another name stands between: the role is that one's
    return None


def _place_spans(paragraph: str, language: str) -> tuple[tuple[int, int], ...]:
    """Return the character spans of the countries a paragraph names (the gazetteer caches its
    look-up of a paragraph, so asking for each name run costs little)."""
    return tuple(
        (m.start, m.end) for m in find_places(paragraph, language) if m.term.payload.code != VOID
    )


def _may_hold_place(words: list[Word], first: int, start: int, language: str) -> bool:
    """Tell cheaply whether a role word stands in reach at all (most runs have none)."""
    return any(is_role(w.text, language) for w in words[first:start])
