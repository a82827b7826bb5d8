"""Make case-insensitive regexes cheap: fold text as `re` compares it, and gate costly searches.

Python's `re` gives up its fast skip to a pattern's first letters when IGNORECASE is on, so a
big alternation tries every branch at every place of the text. Two ways around it, both exact:

* ``re_fold(text)`` lowercases text letter for letter the way IGNORECASE compares letters
  (offsets stay valid), so a table of folded words can be matched case-sensitively;
* ``Gate(pattern)`` finds literal words that any match of a pattern must contain, so a search
  is skipped when none of them is in the folded text ("cookie" for a cookie notice rule).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from re import _casefix as casefix  # type: ignore[attr-defined]  # re's own case table
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

# Letters IGNORECASE holds equal though lowercasing keeps them apart (ſ and s, ς and σ).
ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


@cache
def _variants() -> tuple[dict[int, str], re.Pattern[str]]:
    """Return the table mapping each odd case variant to its plain letter, and a regex for them."""
    table: dict[int, str] = {}
    for point, others in casefix._EXTRA_CASES.items():
        group = {point, *others}
        plain = [p for p in group if len(chr(p).upper()) == 1 and ord(chr(p).upper().lower()) == p]
        target = min(plain) if plain else min(group)
        table.update({p: chr(target) for p in group if p != target})
    table[0x130] = "i"  # "İ".lower() is two letters; IGNORECASE compares it as "i"
    chars = "".join(re.escape(chr(p)) for p in sorted(table))
    return table, re.compile(f"[{chars}]")


def re_fold(text: str) -> str:
    """Return text lowercased letter for letter as IGNORECASE compares letters; same length."""
    table, odd = _variants()
    if "İ" in text:
        text = text.replace("İ", "i")
    lowered = text.lower()
    return lowered.translate(table) if odd.search(lowered) else lowered


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Return words one of which every match of pattern contains (folded), or None if unknown."""
    needs = required_sets(pattern, flags)
    return max(needs, key=lambda words: min(map(len, words)), default=None)


def required_sets(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Return sets of words (folded): every match of pattern holds a word of each set."""
    try:
        parsed = parser.parse(pattern, flags)
    except re.error:
        return ()
    found = {frozenset(re_fold(word) for word in words) for words in _needs(list(parsed))}
    return tuple(sorted(found, key=lambda words: (len(words), sorted(words))))


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Tell whether a pattern can only match at the start of the text."""
    items = list(parser.parse(pattern.pattern, pattern.flags))
    return bool(items) and items[0] == (sre.AT, sre.AT_BEGINNING)


def _needs(items: list[tuple[object, object]]) -> list[set[str]]:
    """Return the literal sets a sequence of regex items requires, one word of each."""
    needs: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if op in ZERO_WIDTH:
            continue  # takes no letters: the literals on both sides stay adjacent
        if run:
            needs.append({"".join(run)})
            run = []
        needs.extend(_item(op, av))
    if run:
        needs.append({"".join(run)})
    return needs


def _best(items: list[tuple[object, object]]) -> set[str] | None:
    """Return the most selective literal set a sequence requires (longest shortest word)."""
    return max(_needs(items), key=lambda words: min(map(len, words)), default=None)


def _item(op: object, av: object) -> list[set[str]]:
    """Return the literal sets one regex item requires."""
    if op is sre.SUBPATTERN:
        return _needs(list(av[3]))  # type: ignore[index]
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            words = _best(list(branch))
            if not words:
                return []
            union |= words
        return [union]
    if op in REPEATS and av[0] >= 1:  # type: ignore[index]
        return _needs(list(av[2]))  # type: ignore[index]
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):  # type: ignore[attr-defined]
        return [{chr(value) for _, value in av}]  # type: ignore[attr-defined]
    return []


MAX_RANGE = 512  # a character class wider than this tells nothing about a first letter


def first_letters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Return the folded characters a match can begin with, or None when any may begin it."""
    try:
        found, empty = _first(list(parser.parse(pattern, flags)))
    except re.error:
        return None
    return None if found is None or empty else frozenset(re_fold(char) for char in found)


def _first(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """Return the first characters of a sequence and whether it can match nothing."""
    found: set[str] = set()
    for op, av in items:
        if op in ZERO_WIDTH:
            continue
        chars, empty = _first_of(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of(op: object, av: object) -> tuple[set[str] | None, bool]:
    """Return the first characters of one item and whether it can match nothing."""
    if op is sre.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < MAX_RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a negation, a category (\w, \s): anything may come
                return None, False
        return chars, False
    if op is sre.SUBPATTERN:
        return _first(list(av[3]))  # type: ignore[index]
    if op is sre.BRANCH:
        union: set[str] = set()
        empty = False
        for branch in av[1]:  # type: ignore[index]
            chars_, branch_empty = _first(list(branch))
            if chars_ is None:
                return None, False
            union |= chars_
            empty = empty or branch_empty
        return union, empty
    if op in REPEATS:
        chars_, empty = _first(list(av[2]))  # type: ignore[index]
        return chars_, empty or av[0] == 0  # type: ignore[index]
    return None, False


@dataclass(frozen=True)
class Gate:
    """A compiled pattern and the words its matches need: search only when one is present."""

    pattern: re.Pattern[str]
    needs: tuple[frozenset[str], ...]  # a word of each set must be in the folded text
    anchored: bool = False  # matches only at the start: tried at one place, already cheap

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Gate:
        """Return the gate of a compiled pattern, noting whether it is anchored at the start."""
        needs = required_sets(pattern.pattern, pattern.flags)
        return cls(pattern, needs, anchored=_anchored(pattern))

    def search(self, text: str, folded: str) -> re.Match[str] | None:
        """Search text, unless its re_fold form (folded) lacks a word a match needs."""
        contains = folded.__contains__
        for words in self.needs:
            if not any(map(contains, words)):
                return None
        return self.pattern.search(text)


class FoldedPattern:
    """A case-insensitive pattern run case-sensitively on folded text: same matches, faster.

    Build it from a pattern whose literal letters are already folded (``re_fold``); matches
    are found in the folded copy of the text, so their spans hold for the text itself.
    """

    def __init__(self, folded_pattern: str) -> None:
        """Compile a pattern written in folded letters, without IGNORECASE."""
        self.pattern = re.compile(folded_pattern)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Return the first match in text (its group is the folded text), or None."""
        return self.pattern.search(re_fold(text), pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the matches in text (their groups hold the folded text)."""
        return self.pattern.finditer(re_fold(text))
