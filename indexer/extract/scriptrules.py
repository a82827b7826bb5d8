"""The rules that show a name in scripts without capitals, loaded from script_people.tsv."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from indexer.extract.tables import read_tsv


@dataclass(frozen=True)
class ScriptRules:
    """The words that show a name in one language's script."""

    order: str  # "name-role" or "role-name"
    roles: frozenset[str]
    suffixes: tuple[str, ...]
    modifiers: frozenset[str]
    stops: frozenset[str]
    speech: frozenset[str]
    particles: tuple[str, ...]
    follow: tuple[str, ...]


@cache
def script_rules(language: str) -> ScriptRules | None:
    """Return the rules of a language written without capitals, None for other languages."""
    kinds: dict[str, list[str]] = {}
    for row in read_tsv("script_people.tsv"):
        if row[0] == language:
            kinds.setdefault(row[1], []).extend(row[2].split())
    if not kinds:
        return None

    def longest_first(kind: str) -> tuple[str, ...]:
        return tuple(sorted(set(kinds.get(kind, ())), key=len, reverse=True))

    return ScriptRules(
        order=kinds["order"][0],
        roles=frozenset(kinds.get("role", ())),
        suffixes=longest_first("suffix"),
        modifiers=frozenset(kinds.get("modifier", ())),
        stops=frozenset(kinds.get("stop", ())),
        speech=frozenset(kinds.get("speech", ())),
        particles=longest_first("particle"),
        follow=longest_first("follow"),
    )
