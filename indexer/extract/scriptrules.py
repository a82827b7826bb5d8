"""The rules that show a name in scripts without capitals (script_people.tsv), and which apply."""

from __future__ import annotations

import re
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
    bound: frozenset[str]


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
        bound=frozenset(kinds.get("bound", ())),
    )


# Letters that tell the language of a paragraph apart when detection names the wrong one (a
# Chinese page full of menus detected as Korean): the first script found with enough letters wins.
SCRIPTS = (
    ("ja", re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")),
    ("ko", re.compile(r"[\uac00-\ud7a3]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("fa", re.compile(r"[پچژگ]")),
    ("ar", re.compile(r"[\u0621-\u064a]")),
    ("he", re.compile(r"[\u05d0-\u05ea]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("bn", re.compile(r"[\u0980-\u09ff]")),
    ("th", re.compile(r"[\u0e01-\u0e4e]")),
)
MIN_SCRIPT_LETTERS = 20
KANA_SHARE = 10  # a Japanese text has at least one kana for ten kanji
SCRIPT_SAMPLE = 1500


def script_language(paragraphs: list[str], language: str) -> str | None:
    """Return the uncased-script language whose rules fit the text, None for cased scripts."""
    sample = " ".join(paragraphs)[:SCRIPT_SAMPLE]
    counts = {code: len(letters.findall(sample)) for code, letters in SCRIPTS}
    counts["fa"] += counts["ar"] if language == "fa" else 0
    counts["ur"] = counts["ar"] + counts["fa"] if language == "ur" else 0  # Urdu: Arabic letters
    if counts["ja"] * KANA_SHARE >= counts["zh"] and counts["ja"]:
        counts["zh"] = 0  # kanji are hanzi too: kana make it Japanese
    best = max(counts, key=lambda code: counts[code])
    if not counts[best]:
        return None
    if counts.get(language, 0) * 2 >= counts[best]:
        return language
    return best if counts[best] >= MIN_SCRIPT_LETTERS else None
