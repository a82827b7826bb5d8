"""Find multi-word terms from a table in tokenized text: longest match first, stems allowed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

# Words, and dotted abbreviations such as "U.S." kept whole. Written to begin with one class
# (the same matches as "(?:[^\W\d_]\.){2,}|[^\W_]+") so that re skips to word starts quickly.
WORD_RE = re.compile(r"[^\W_](?:(?<=[^\W\d_])\.(?:[^\W\d_]\.)+|[^\W_]*)")
STEM_MARK = "*"
GAP_MARK = "~"  # "~3" in a term: up to three words of any kind may stand there
MIN_STEM = 3
GAP_BREAK_RE = re.compile(r"[.;:!?]\s")  # a sentence ends inside a gapped term
JOIN_BREAK_RE = re.compile(r"[,;:()\"“”]")  # punctuation between two words of a term
CACHE_LIMIT = 50_000  # words whose candidates are kept; cleared when full


@dataclass(frozen=True)
class Token:
    """One word of a text, with its place."""

    text: str
    start: int
    end: int

    @property
    def folded(self) -> str:
        """Return the case-folded word."""
        return self.text.casefold()


@dataclass(frozen=True)
class Term:
    """A table entry: its words (a trailing * matches any ending), case rule and payload."""

    words: tuple[str, ...]
    payload: object
    case: str = "any"  # "any", "title" (first letter upper) or "upper" (all caps)

    @cached_property
    def gapped(self) -> bool:
        """Tell whether the term has a gap of any words ("~3")."""
        return any(word.startswith(GAP_MARK) for word in self.words)

    @cached_property
    def stemmed(self) -> bool:
        """Tell whether a word of the term matches as a prefix."""
        return any(self.stems)

    @property
    def stems(self) -> tuple[bool, ...]:
        """Return, per word, whether it matches as a prefix."""
        return tuple(word.endswith(STEM_MARK) for word in self.words)


@dataclass(frozen=True)
class Match:
    """A term found in a text: token span and character span."""

    term: Term
    first: int
    last: int  # exclusive token index
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Split text into word tokens."""
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def case_rule(term: str) -> str:
    """Return the case rule implied by how a term is written."""
    head = term.split()[0].rstrip(STEM_MARK).replace(".", "")
    if len(head) > 1 and head.isupper():
        return "upper"
    return "title" if head[:1].isupper() else "any"


def make_term(text: str, payload: object) -> Term:
    """Build a Term from its written form, tokenized like the texts it will be found in."""
    words: list[str] = []
    for raw in text.split():
        if re.fullmatch(GAP_MARK + r"\d", raw):
            words.append(raw)
            continue
        parts = [token.folded for token in tokenize(raw)]
        if raw.endswith(STEM_MARK) and parts:
            parts[-1] += STEM_MARK
        words.extend(parts)
    return Term(tuple(words), payload, case_rule(text))


class TermIndex:
    """An index of terms by their first word, for a left-to-right longest-match scan."""

    def __init__(self, terms: Iterable[Term]) -> None:
        """Index terms by their first word (exact) or its stem."""
        self.exact: dict[str, list[Term]] = {}
        self.stem: dict[str, list[Term]] = {}
        for term in terms:
            head = term.words[0]
            if head.endswith(STEM_MARK):
                self.stem.setdefault(head[:-1], []).append(term)
            else:
                self.exact.setdefault(head, []).append(term)
        # longest first, then exact before stems; ranked once here rather than per token
        self.rank = {id(t): (-len(t.words), any(t.stems)) for ts in self.exact.values() for t in ts}
        self.rank |= {id(t): (-len(t.words), True) for ts in self.stem.values() for t in ts}
        for table in (self.exact, self.stem):
            for terms_ in table.values():
                terms_.sort(key=lambda t: self.rank[id(t)])
        self.stem_lengths = sorted({len(key) for key in self.stem}, reverse=True)
        self._candidates: dict[str, tuple[Term, ...]] = {}

    def candidates(self, word: str) -> tuple[Term, ...]:
        """Return terms whose first word can match this word, longest and exact first."""
        found = self._candidates.get(word)
        if found is None:
            if len(self._candidates) >= CACHE_LIMIT:
                self._candidates.clear()
            found = self._candidates[word] = tuple(self._lookup(word))
        return found

    def _lookup(self, word: str) -> list[Term]:
        """Return the candidates of a word from the tables."""
        found = list(self.exact.get(word, ()))
        size = len(word)
        for length in self.stem_lengths:
            if length <= size and (more := self.stem.get(word[:length])):
                found.extend(more)
        if len(found) > 1:
            found.sort(key=lambda t: self.rank[id(t)])
        return found

    def find(self, text: str, tokens: Sequence[Token] | None = None) -> list[Match]:
        """Return non-overlapping matches in text, scanning left to right, longest first.

        The words are looked up first; where they stand is worked out only for a text in
        which some word can start a term."""
        if tokens is None:
            written = WORD_RE.findall(text)
            # casefold maps each character alone: one call over the joined words splits back
            words = tuple("\n".join(written).casefold().split("\n")) if written else ()
        else:
            words = tuple(token.text.casefold() for token in tokens)
        cached = self._candidates
        starts = []
        for index, word in enumerate(words):
            terms = cached.get(word)
            if terms is None:
                terms = self.candidates(word)
            if terms:
                starts.append((index, terms))
        if not starts:
            return []
        if tokens is None:
            found = _places(text, written)
        else:
            found = [(token.text, token.start, token.end) for token in tokens]
        matches: list[Match] = []
        free = 0  # after a match, the scan goes on where it ends
        for index, terms in starts:
            if index < free:
                continue
            match = self._match_at(text, found, words, index, terms)
            if match is not None:
                matches.append(match)
                free = match.last
        return matches

    def _match_at(
        self,
        text: str,
        found: list[tuple[str, int, int]],
        words: tuple[str, ...],
        index: int,
        terms: tuple[Term, ...],
    ) -> Match | None:
        """Return the best of the candidate terms starting at token index, or None."""
        for term in terms:
            if term.gapped:
                last = _fit(term.words, words, index)
            elif not term.stemmed:  # whole words: one comparison of tuples
                last = index + len(term.words)
                last = last if words[index:last] == term.words else None
            else:
                last = _fit_plain(term.words, words, index)
            if last is None:
                continue
            if not _joined(text, found[index:last], term) or not _case_fits(
                term.case, found[index][0]
            ):
                continue
            start, end = found[index][1], found[last - 1][2]
            return Match(term, index, last, start, end, text[start:end])
        return None


def _places(text: str, written: list[str]) -> list[tuple[str, int, int]]:
    """Return each word of WORD_RE.findall(text) with its start and end in text.

    A word begins with a letter or digit and none stands between two words, so the next
    occurrence of a word after the end of the one before is where it was found."""
    found = []
    end = 0
    find = text.find
    for word in written:
        start = find(word, end)
        end = start + len(word)
        found.append((word, start, end))
    return found


def _fit_plain(words: Sequence[str], folded: Sequence[str], index: int) -> int | None:
    """Return the token index just past a match of gapless words starting at index, or None."""
    last = index + len(words)
    if last > len(folded):
        return None
    for offset, word in enumerate(words):
        if not _word_fits(word, folded[index + offset]):
            return None
    return last


def _fit(words: Sequence[str], folded: Sequence[str], index: int) -> int | None:
    """Return the token index just past a match of words starting at index, or None."""
    if not words:
        return index
    head, rest = words[0], words[1:]
    if head.startswith(GAP_MARK):
        for skip in range(int(head[1:]) + 1):
            if (last := _fit(rest, folded, index + skip)) is not None:
                return last
        return None
    if index < len(folded) and _word_fits(head, folded[index]):
        return _fit(rest, folded, index + 1)
    return None


def _word_fits(word: str, folded: str) -> bool:
    """Tell whether a table word (maybe a stem) matches a text word."""
    if word.endswith(STEM_MARK):
        return folded.startswith(word[:-1]) and len(word) - 1 >= MIN_STEM
    return word == folded


def _joined(text: str, span: Sequence[tuple[str, int, int]], term: Term) -> bool:
    """Tell whether the words of a span follow each other with only spaces or joiners between."""
    if len(span) == 1:
        return True
    if term.gapped:
        return not GAP_BREAK_RE.search(text[span[0][1] : span[-1][2]])
    return all(
        len(text[a[2] : b[1]]) <= 3 and not JOIN_BREAK_RE.search(text[a[2] : b[1]])
        for a, b in itertools.pairwise(span)
    )


def _case_fits(case: str, written: str) -> bool:
    """Tell whether the first word's case satisfies the term's case rule."""
    if case == "upper":
        return written.replace(".", "").isupper()
    if case == "title":
        return written[:1].isupper()
    return True


def trie_pattern(words: Iterable[str]) -> str:
    """Return one regex alternation matching any of words, longest first, built as a prefix trie.

    A space in a word matches one optional space, so "방산 협력" also finds "방산협력".
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    """Return the regex for one trie node: its branches, optional when a word ends here."""
    branches = [
        (" ?" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
