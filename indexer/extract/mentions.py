"""A run of name words with its evidence, and merging runs into one entry per person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from indexer.extract.inflection import fold, oblique_endings, oblique_score, same_word

MIN_WORDS, MAX_WORDS = 2, 4
INITIAL_RE = re.compile(r"^[A-ZÀ-ÞА-ЯЁ][a-zà-ÿšžčа-я]?\.$")  # "A.", "Dž.": a given name's initial


@dataclass(frozen=True)
class Mention:
    """A run of name words in a paragraph, and whether its context shows a person."""

    words: tuple[str, ...]
    evidence: str | None  # the role or verb that shows a person, or None
    start: int = 0  # character span in the paragraph
    end: int = 0
    subject: bool = False  # a speech verb follows: "A, B and C said" speaks for all three
    close: bool = False  # a role right before or a speech verb right next to it: "Ministr Metnar"
    written: tuple[str, ...] = ()  # the words as written, when a case rule changed them

    @property
    def name(self) -> str:
        """Return the name as written."""
        return " ".join(self.words)


def merge(people: list[Mention], exclude: Sequence[str], language: str = "en") -> list[Mention]:
    """Keep one entry per person: the longest form, first seen; drop excluded names (authors)."""
    excluded = {fold(name) for name in exclude}
    people = _nominative_forms(people, language)
    kept: list[Mention] = []
    for person in people:
        key = fold(person.name)
        if key in excluded:
            continue
        if any(_contains(other, person, language) for other in people if other is not person):
            continue
        if any(fold(k.name) == key for k in kept):
            continue
        kept.append(person)
    return kept


def _nominative_forms(people: list[Mention], language: str) -> list[Mention]:
    """Write each person as the least inflected form the article uses ("Duda", not "Dudy")."""
    if not oblique_endings(language):
        return people
    result = []
    for person in people:
        forms = [o for o in people if _same_name(o.words, person.words, language)]
        best = min(forms, key=lambda o: (oblique_score(o.words, language), len(o.name)))
        result.append(replace(person, words=best.words))
    return result


def _same_name(a: tuple[str, ...], b: tuple[str, ...], language: str) -> bool:
    """Tell whether two names are word for word the same, cases aside."""
    return len(a) == len(b) and all(same_word(x, y, language) for x, y in zip(a, b, strict=True))


def _contains(longer: Mention, shorter: Mention, language: str) -> bool:
    """Tell whether a longer name contains the shorter one's words in order, or its initial."""
    a, b = longer.words, shorter.words
    if _initialled(a, b, language):
        return True  # "A. Sprūds" is "Andris Sprūds"
    if len(a) <= len(b):
        return False
    return any(_same_name(a[i : i + len(b)], b, language) for i in range(len(a) - len(b) + 1))


def _initialled(full: tuple[str, ...], short: tuple[str, ...], language: str) -> bool:
    """Tell whether a name of an initial and a surname abbreviates a full name."""
    if (
        len(short) != 2
        or len(full) < 2
        or not INITIAL_RE.match(short[0])
        or INITIAL_RE.match(full[0])
    ):
        return False
    return full[0].startswith(short[0][:-1]) and same_word(full[-1], short[1], language)


def merge_script_people(mentions: list[Mention], exclude: set[str]) -> list[Mention]:
    """Keep one entry per person: drop repeats and shorter forms inside a longer name ("木原")."""
    kept: list[Mention] = []
    names = {m.name for m in mentions}
    surnames = {m.words[-1] for m in mentions if len(m.words) >= 2}
    for mention in mentions:
        name = mention.name
        if name in exclude or any(m.name == name for m in kept):
            continue
        if any(name != other and name in other for other in names):
            continue
        if len(mention.words) == 2 and mention.words[0] in surnames:
            continue  # "השר גלנט סקר": a surname named in full elsewhere, then a verb
        kept.append(mention)
    return kept
