"""Bring inflected personal names back to the nominative, and tell inflected forms apart."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from indexer.extract.tables import read_tsv

MIN_STEM = 3  # letters two forms of one word must share
MIN_RULE_STEM = 2  # letters left once a case ending is taken off ("Ew|y")
MAX_ENDING = 3  # letters an inflected form may have beyond the shared stem
MIN_COMPOUND_ROLE = 6  # a role clue this long also ends compounds ("puolustus|ministerin")


@cache
def _endings(language: str, case: str) -> tuple[tuple[str, str, re.Pattern[str] | None], ...]:
    """Return (ending, nominative ending, unsure stems) rules for a case, longest ending first."""
    rules = [
        (
            row[2],
            row[3] if len(row) > 3 else "",
            re.compile(row[4]) if len(row) > 4 and row[4] else None,
        )
        for row in read_tsv("inflection.tsv")
        if row[0] == language and row[1] == case
    ]
    return tuple(sorted(rules, key=lambda rule: -len(rule[0])))


@cache
def _clues(language: str, kind: str) -> tuple[tuple[str, str], ...]:
    """Return (word or ending, case) pairs of one kind of case clue."""
    return tuple(
        (word.casefold(), row[1])
        for row in read_tsv("inflection_clues.tsv")
        if row[0] == language and row[2] == kind
        for word in row[3].split()
    )


@cache
def oblique_endings(language: str) -> tuple[str, ...]:
    """Return the endings that mark a name word as not nominative; empty if names do not inflect."""
    for row in read_tsv("inflecting.tsv"):
        if row[0] == language:
            return tuple(row[1].split())
    return ()


def name_case(words: tuple[str, ...], role: str | None, language: str) -> str | None:
    """Return the case a name is written in, when a role word or an ending shows it."""
    if role:
        folded = role.casefold()
        for word, case in _clues(language, "role"):
            if folded == word or (len(word) >= MIN_COMPOUND_ROLE and folded.endswith(word)):
                return case
    for word in words:
        folded = word.casefold()
        for ending, case in _clues(language, "ending"):
            if folded.endswith(ending):
                return case
    if len(words) > 1:  # every word of the name in one case: "Arnem Lundem"
        for ending, case in _clues(language, "every"):
            if all(w.casefold().endswith(ending) for w in words):
                return case
    return None


def nominative(words: tuple[str, ...], role: str | None, language: str) -> tuple[str, ...]:
    """Return the name's words in the nominative when its case is known, else as written."""
    case = name_case(words, role, language)
    if case is None:
        return words
    result = []
    last = len(words) - 1 if _last_word_only(language) else 0
    for word in words[:last]:
        result.append(word)  # "Lloyd Austinin": only the last word takes the case ending
    for word in words[last:]:
        parts = [word_nominative(part, language, case) for part in word.split("-")]
        if None in parts:
            return words  # one word without a sure rule: keep the name as written
        result.append("-".join(p for p in parts if p is not None))
    return tuple(result)


@cache
def _last_word_only(language: str) -> bool:
    """Tell whether a language puts the case ending on a name's last word only (case_last.tsv)."""
    return any(row[0] == language for row in read_tsv("case_last.tsv"))


def word_nominative(word: str, language: str, case: str) -> str | None:
    """Replace one word's case ending with the nominative ending; None when unsure."""
    if not word[:1].isupper() or len(word.rstrip(".")) <= 1:
        return word  # particles and initials ("W.") do not inflect
    for ending, base, unsure in _endings(language, case):
        if not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        if len(stem) < MIN_RULE_STEM or (unsure and unsure.search(stem)):
            return None
        return stem + base
    return None


@cache
def nominative_endings(language: str) -> tuple[str, ...]:
    """Return the endings a name word may have in the nominative (nominative_endings.tsv)."""
    for row in read_tsv("nominative_endings.tsv"):
        if row[0] == language:
            return tuple(row[1].split())
    return ()


def written_nominative(word: str, seen: frozenset[str], language: str) -> str:
    """Return the article's own nominative of a word the rules produced, when it has one.

    "Zůnom" gives "Zůn" by rule; if the article never writes "Zůn" but writes "Zůna", a
    nominative ending on the same stem, the article's form wins. Two such forms: keep the word.
    """
    if word in seen or not word[:1].isupper():
        return word
    forms = {
        word[:stem] + ending
        for ending in nominative_endings(language)
        for stem in range(max(MIN_STEM, len(word) - MAX_ENDING), len(word) + 1)
        if word[:stem] + ending in seen and word[:stem] + ending != word
    }
    return forms.pop() if len(forms) == 1 else word


def same_word(a: str, b: str, language: str) -> bool:
    """Tell whether two words are one word, maybe in different cases ("Dudy", "Duda")."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if not oblique_endings(language) or a.count("-") != b.count("-"):
        return False
    return all(_same_stem(x, y) for x, y in zip(a.split("-"), b.split("-"), strict=True))


def _same_stem(a: str, b: str) -> bool:
    """Tell whether two word forms share a stem and differ only in a short ending."""
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return (
        shared >= MIN_STEM
        and len(a) - shared <= MAX_ENDING
        and len(b) - shared <= MAX_ENDING
        and shared >= min(len(a), len(b)) - 2
    )


def oblique_score(words: tuple[str, ...], language: str) -> int:
    """Return how many words of a name carry a non-nominative ending."""
    endings = oblique_endings(language)
    return sum(1 for word in words for part in word.split("-") if part.casefold().endswith(endings))


def fold(text: str) -> str:
    """Return a comparison key: case and diacritics folded."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
