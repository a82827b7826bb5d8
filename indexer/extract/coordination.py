"""Share a person's evidence along a list of names ("A, B and C said")."""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.extract.mentions import MIN_WORDS, Mention
from indexer.extract.names import is_role

# What may stand between two names of one list: a comma, "and", an "of Latvia" before either.
LIST_JOIN = re.compile(
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})?"
    r"\s*(?:,|,?\s+(?:and|or|as well as|und|et|y|e|i|oraz)\s+|,\s*(?:and|und|et|y|i|oraz)\s+)\s*"
)


def coordinate(paragraph: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Share a speech verb along a list of names ("A of Poland, B and C said")."""
    result = list(mentions)
    chain: list[int] = []
    for index, mention in enumerate(mentions):
        if chain and not LIST_JOIN.fullmatch(paragraph[mentions[chain[-1]].end : mention.start]):
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
    """Tell whether a role word is plural ("ministers", "leaders")."""
    folded = word.casefold()
    return folded.endswith("s") and is_role(folded[:-1], language)
