"""Share a person's evidence along a list of names ("A, B and C said")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from indexer.extract.mentions import MIN_WORDS, Mention
from indexer.extract.names import is_role, plural_endings
from indexer.extract.tables import read_tsv

# What may stand between two names of one list: a comma, "and", an "of Latvia" before either.
ORIGIN = r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})?"


@cache
def and_words(language: str | None = None) -> tuple[str, ...]:
    """Return the words for "and" of English and a language (of every language when None)."""
    return tuple(
        dict.fromkeys(
            word
            for row in read_tsv("and_words.tsv")
            if (language is None and row[2:] != ("own",)) or row[0] in ("en", language)
            for word in row[1].split()
        )
    )


@cache
def _list_join(language: str) -> re.Pattern[str]:
    """Return the pattern of what joins two names of one list in a language."""
    words = "|".join(re.escape(w) for w in (*and_words(language), "or", "as well as"))
    return re.compile(rf"{ORIGIN}\s*(?:,|,?\s+(?:{words})\s+)\s*")


def coordinate(paragraph: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Share a speech verb along a list of names ("A of Poland, B and C said")."""
    result = list(mentions)
    chain: list[int] = []
    for index, mention in enumerate(mentions):
        between = paragraph[mentions[chain[-1]].end : mention.start] if chain else ""
        if chain and not _list_join(language).fullmatch(between):
            _share(result, chain, language)
            chain = []
        chain.append(index)
    _share(result, chain, language)
    return result


def _share(mentions: list[Mention], chain: list[int], language: str) -> None:
    """Share evidence along a list: the verb of its last name, the plural role of its first."""
    if len(chain) < 2:
        return
    first, last = mentions[chain[0]], mentions[chain[-1]]
    if last.subject:
        source, members = last, chain[:-1]
    elif first.evidence and _is_plural_role(first.evidence, language):
        source, members = first, chain[1:]
    else:
        return
    for index in members:
        if not mentions[index].evidence and len(mentions[index].words) >= MIN_WORDS:
            evidence = f"with {source.name}: {source.evidence}"
            mentions[index] = replace(mentions[index], evidence=evidence)


def _is_plural_role(word: str, language: str) -> bool:
    """Tell whether a role word is plural ("ministers", "Міністри", "Bakanlar")."""
    folded = word.casefold()
    return is_role(folded, language) and folded.endswith(plural_endings(language))
