"""Find place names in text: inflected words in spaced scripts, substrings in unspaced ones."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from indexer.extract.scripts import (
    TOKEN_RE,
    UNSPACED_RE,
    fold,
    is_unspaced,
    katakana_cut,
)
from indexer.extract.terms import Match, Term, trie_pattern

__all__ = ["Inflection", "PlaceIndex", "merge"]

MAX_GAP = 3  # characters (spaces, hyphens) allowed between the words of a name
GAP_BREAK_RE = re.compile(r"[,;:()\"“”«»]")
CACHE_LIMIT = 50_000
WHOLE = "="  # marks a key that is a whole word, not a stem left once an ending is off


@dataclass(frozen=True)
class Inflection:
    """How words of a language change around a name: case endings, particles, proclitics."""

    endings: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    strip: bool = False  # a name may lose its own ending ("Polska" -> "Polsk|i")
    append: bool = True  # a whole name may take an ending ("Иран" -> "Иран|а"; not Greek "Κατάρ")
    min_stem: int = 3

    @cached_property
    def lengths(self) -> tuple[int, ...]:
        """Return the lengths of the endings, longest first."""
        return tuple(sorted({len(e) for e in self.endings}, reverse=True))


@dataclass(frozen=True)
class _Pattern:
    """A term prepared for matching: per word, the keys it may take, or a prefix stem."""

    term: Term
    words: tuple[frozenset[str] | str, ...]
    order: int  # place in the table: curated rows come first and win ties

    @property
    def rank(self) -> tuple[int, int, int]:
        """Return the sort key that tries more words, then exact words and longer stems, first."""
        weight = sum(len(w) if isinstance(w, str) else 100 for w in self.words)
        return (-len(self.words), -weight, self.order)


@dataclass
class PlaceIndex:
    """Match terms in one language's text: token keys for spaced scripts, a trie for the rest."""

    inflection: Inflection
    first: dict[str, list[_Pattern]] = field(default_factory=dict)
    prefix3: dict[str, list[_Pattern]] = field(default_factory=dict)
    unspaced: dict[str, Term] = field(default_factory=dict)
    unspaced_re: re.Pattern[str] | None = None
    guard: Callable[[str, int, int, Term], bool] | None = None
    _keys: dict[str, frozenset[str]] = field(default_factory=dict)
    _heads: dict[str, tuple[_Pattern, ...]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        terms: Iterable[tuple[str, Term, bool]],
        inflection: Inflection,
        guard: Callable[[str, int, int, Term], bool] | None = None,
    ) -> PlaceIndex:
        """Index (written form, term, may lose its ending) triples; unspaced forms go to a trie."""
        index = cls(inflection, guard=guard)
        for order, (form, term, strip) in enumerate(terms):
            if is_unspaced(form):
                index.unspaced.setdefault(fold(form), term)
                continue
            words = tuple(index._term_word(w, strip) for w in term.words)
            pattern = _Pattern(term, words, order)
            head = pattern.words[0]
            if isinstance(head, str):
                index.prefix3.setdefault(head[:3], []).append(pattern)
            else:
                for key in head:
                    index.first.setdefault(key, []).append(pattern)
        for table in (index.first, index.prefix3):
            for patterns in table.values():
                patterns.sort(key=lambda p: p.rank)
        if index.unspaced:
            index.unspaced_re = re.compile(trie_pattern(index.unspaced))
        return index

    def _term_word(self, word: str, strip: bool) -> frozenset[str] | str:
        """Return the keys a table word matches ("=" marks a whole word), or a '*' stem."""
        if word.endswith("*"):
            return fold(word[:-1])
        folded = fold(word)
        if not strip:
            return frozenset({WHOLE + folded})
        return frozenset({WHOLE + folded, *self._stems(folded)})

    def _stems(self, word: str) -> list[str]:
        """Return the word without each case ending it may carry."""
        inflection = self.inflection
        return [
            word[:-n]
            for n in inflection.lengths
            if len(word) - n >= inflection.min_stem and word[-n:] in inflection.endings
        ]

    def keys(self, token: str) -> frozenset[str]:
        """Return the keys of a text word: itself, without a proclitic, without an ending."""
        found = self._keys.get(token)
        if found is not None:
            return found
        folded = fold(token)
        bases = [folded] + [
            folded[len(p) :]
            for p in self.inflection.prefixes
            if folded.startswith(p) and len(folded) - len(p) >= 2
        ]
        keys = {WHOLE + base for base in bases}
        for base in bases:
            stems = self._stems(base)
            keys.update(stems)
            if self.inflection.append:
                keys.update(WHOLE + stem for stem in stems)
        if len(self._keys) > CACHE_LIMIT:
            self._keys.clear()
        found = self._keys[token] = frozenset(keys)
        return found

    def find(self, text: str) -> list[Match]:
        """Return non-overlapping matches, left to right, longest first."""
        matches = self._find_spaced(text) if self.first or self.prefix3 else []
        if self.unspaced_re is not None and UNSPACED_RE.search(text):
            matches = merge(matches, self._find_unspaced(text))
        return matches

    def _find_spaced(self, text: str) -> list[Match]:
        """Match terms word by word: where a word can start a term, the longest that fits."""
        tokens = list(TOKEN_RE.finditer(text))
        heads = self._heads
        matches: list[Match] = []
        free = 0  # after a match, the scan goes on where it ends
        for index, token in enumerate(tokens):
            written = token.group()
            patterns = heads.get(written)
            if patterns is None:
                if len(heads) > CACHE_LIMIT:
                    heads.clear()
                patterns = heads[written] = tuple(self._candidates(written))
            if patterns and index >= free:
                match = self._match_at(text, tokens, index, patterns)
                if match is not None:
                    matches.append(match)
                    free = match.last
        return matches

    def _candidates(self, token: str) -> list[_Pattern]:
        """Return the patterns whose first word can match a token: longest, then as written."""
        keys = self.keys(token)
        found: list[_Pattern] = []
        for key in keys:
            found.extend(self.first.get(key, ()))
            if not key.startswith(WHOLE):
                continue
            for pattern in self.prefix3.get(key[1:4], ()):
                head = pattern.words[0]
                if isinstance(head, str) and key.startswith(head, 1):
                    found.append(pattern)
        if len(found) > 1:
            unique = {id(pattern): pattern for pattern in found}
            found = sorted(unique.values(), key=lambda p: _best_first(p, keys, fold(token)))
        return found

    def _match_at(
        self,
        text: str,
        tokens: Sequence[re.Match[str]],
        index: int,
        patterns: Iterable[_Pattern],
    ) -> Match | None:
        """Return the longest of the candidate terms that starts at a token, or None."""
        following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
        for pattern in patterns:
            words = pattern.words
            last = index + len(words)
            if last > len(tokens):
                continue
            if len(words) > 1 and not self._word_fits(words[1], following):
                continue  # the cheapest test first: most terms fail on their second word
            if not _case_fits(pattern.term.case, tokens[index].group()):
                continue
            span = tokens[index:last]
            if all(
                self._word_fits(word, token.group())
                for word, token in zip(pattern.words[1:], span[1:], strict=True)
            ) and all(_joined(text, a.end(), b.start()) for a, b in itertools.pairwise(span)):
                start, end = span[0].start(), span[-1].end()
                if self.guard and not self.guard(text, start, end, pattern.term):
                    continue
                return Match(pattern.term, index, last, start, end, text[start:end])
        return None

    def _word_fits(self, word: frozenset[str] | str, token: str) -> bool:
        """Tell whether a later word of a term matches a token."""
        keys = self.keys(token)
        if isinstance(word, str):
            return any(key.startswith(word, 1) for key in keys if key.startswith(WHOLE))
        return not word.isdisjoint(keys)

    def _find_unspaced(self, text: str) -> list[Match]:
        """Match CJK and Thai forms as substrings, with katakana word edges respected."""
        assert self.unspaced_re is not None
        matches: list[Match] = []
        position = 0
        while found := self.unspaced_re.search(text, position):
            start, end = found.span()
            term = self.unspaced[found.group()]
            if katakana_cut(text, start, end) or (
                self.guard and not self.guard(text, start, end, term)
            ):
                position = start + 1
                continue
            matches.append(Match(term, -1, -1, start, end, found.group()))
            position = end
        return matches


def _best_first(pattern: _Pattern, keys: frozenset[str], folded: str) -> tuple[int, ...]:
    """Return a sort key: more words, then the longest part of the word matched ("Нигерии" is
    Nigeria, not Niger + ending), then a form listed as written, then by rank."""
    words, weight, order = pattern.rank
    head = pattern.words[0]
    if isinstance(head, str):
        return (words, -len(head), 1, weight, order)
    matched = max((len(key.lstrip(WHOLE)) for key in head & keys), default=0)
    return (words, -matched, (WHOLE + folded) not in head, weight, order)


def _joined(text: str, end: int, start: int) -> bool:
    """Tell whether two words follow each other with only spaces or joiners between."""
    gap = text[end:start]
    return len(gap) <= MAX_GAP and not GAP_BREAK_RE.search(gap)


def _case_fits(case: str, written: str) -> bool:
    """Tell whether a word's case satisfies a term's case rule (caseless scripts always do)."""
    head = written[:1]
    if case == "title":
        return head.isupper() or not head.islower()
    if case == "upper":
        letters = written.replace(".", "")
        return letters.isupper() or not any(c.isupper() or c.islower() for c in letters)
    return True


def merge(spaced: list[Match], unspaced: list[Match]) -> list[Match]:
    """Merge two match lists by position, keeping the longer of two overlapping matches."""
    merged: list[Match] = []
    for match in sorted(spaced + unspaced, key=lambda m: (m.start, -(m.end - m.start))):
        if merged and match.start < merged[-1].end:
            continue
        merged.append(match)
    return merged
