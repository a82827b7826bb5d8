"""Repair the people an article yields: glued repeats, listed surnames, initials of full names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from indexer.extract.inflection import nominative_endings, same_word
from indexer.extract.mentions import INITIAL_RE, MIN_WORDS, Mention
from indexer.extract.tables import read_tsv

# A page that repeats a name with no space between: "Ada LindqvistAda Lindqvist".
GLUED_RE = re.compile(r"[^\W\d_]{2}[^\W\d_A-ZÀ-ÞΑ-ΩА-ЯЁ][A-ZÀ-ÞΑ-ΩА-ЯЁ]")
REPEAT_RE = re.compile(r"\b([^\W\d_]+(?: [^\W\d_]+){1,3})(?=\1\b)")


def unglue_repeats(paragraph: str) -> str:
    """End a name repeated without a space as a sentence of its own ("X YX Y" gives "X Y. X Y")."""
    if not GLUED_RE.search(paragraph):
        return paragraph
    return REPEAT_RE.sub(r"\1. ", paragraph)


def _joins(language: str) -> frozenset[str]:
    """Return the conjunctions a surname may hold in a language ("Azevedo e Silva")."""
    return frozenset(row[1] for row in read_tsv("name_joins.tsv") if row[0] == language)


def drop_surname_runs(people: list[Mention], language: str) -> list[Mention]:
    """Drop a run made of other people's surnames ("Petri y Poulsen", "Kowalski Nowakowa").

    Each word of such a run (a join word aside) is the last word of a different full name the
    article gives: two people named one after the other, not a third person.
    """
    joins = _joins(language)
    kept = []
    for person in people:
        words = [w for w in person.words if w not in joins]
        others = [o for o in people if o is not person and len(o.words) >= MIN_WORDS]
        owners = [
            {i for i, o in enumerate(others) if same_word(o.words[-1], w, language)} for w in words
        ]
        if len(words) < MIN_WORDS or not all(owners) or len(set().union(*owners)) < len(words):
            kept.append(person)
    return kept


def full_names(people: list[Mention], mentions: Sequence[Mention], language: str) -> list[Mention]:
    """Write "D. Kowalska" as the full "Dorota Kowalska" the article gives somewhere else."""
    full = [m for m in mentions if len(m.words) == MIN_WORDS and not INITIAL_RE.match(m.words[0])]
    result = []
    for person in people:
        words = person.words
        if len(words) == MIN_WORDS and INITIAL_RE.match(words[0]):
            found = {
                m.words
                for m in full
                if m.words[0].startswith(words[0][:-1])
                and same_word(m.words[1], words[1], language)
            }
            if len(found) == 1:
                person = replace(person, words=found.pop())
        result.append(person)
    return result


def bracketed_originals(paragraph: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Keep the original spelling given in brackets after a name ("Miku Maranu (Mikk Marran)").

    Latvian and other inflecting languages write a foreign name their own way and in a case,
    then the original: the bracketed name, as long as the first and not in the same case
    (a respelling in the same case, "Macrono (Makrono)", is no original), is the person.
    """
    if not nominative_endings(language):
        return mentions
    result: list[Mention] = []
    skip = False
    for mention, following in zip(mentions, [*mentions[1:], None], strict=False):
        if skip:
            skip = False
            continue
        if (
            following is not None
            and mention.evidence
            and len(following.words) == len(mention.words) >= MIN_WORDS
            and paragraph[mention.end : following.start].strip() == "("
            and paragraph[following.end : following.end + 1] == ")"
            and not _same_endings(mention.written or mention.words, following.words)
        ):
            result.append(replace(following, evidence=mention.evidence))
            skip = True
            continue
        result.append(mention)
    return result


def _same_endings(written: tuple[str, ...], original: tuple[str, ...]) -> bool:
    """Tell whether a word of two names ends alike: one case, so a respelling, no original."""
    return any(a[-2:] == b[-2:] for a, b in zip(written, original, strict=False))
