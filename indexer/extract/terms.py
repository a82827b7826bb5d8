"""Find multi-word terms from a table in tokenized text: longest match first, stems allowed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

# Words, and dotted abbreviations such as "U.S." kept whole.
WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+")
STEM_MARK = "*"
GAP_MARK = "~"  # "~3" in a term: up to three words of any kind may stand there
MIN_STEM = 3


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

    def candidates(self, word: str) -> list[Term]:
        """Return terms whose first word can match this word, longest and exact first."""
        found = list(self.exact.get(word, ()))
        size = len(word)
        for length in self.stem_lengths:
            if length <= size and (more := self.stem.get(word[:length])):
                found.extend(more)
        if len(found) > 1:
            found.sort(key=lambda t: self.rank[id(t)])
        return found

    def find(self, text: str, tokens: Sequence[Token] | None = None) -> list[Match]:
        """Return non-overlapping matches in text, scanning left to right, longest first."""
        tokens = tokenize(text) if tokens is None else tokens
        return scan(len(tokens), lambda index: self._match_at(text, tokens, index))

    def _match_at(self, text: str, tokens: Sequence[Token], index: int) -> Match | None:
        """Return the best term starting at token index, or None."""
        for term in self.candidates(tokens[index].folded):
            last = _fit(term.words, tokens, index)
            if last is None:
                continue
            span = tokens[index:last]
            if not _joined(text, span, term) or not _case_fits(term.case, span[0].text):
                continue
            start, end = span[0].start, span[-1].end
            return Match(term, index, last, start, end, text[start:end])
        return None


def _fit(words: Sequence[str], tokens: Sequence[Token], index: int) -> int | None:
    """Return the token index just past a match of words starting at index, or None."""
    if not words:
        return index
    head, rest = words[0], words[1:]
    if head.startswith(GAP_MARK):
        for skip in range(int(head[1:]) + 1):
            if (last := _fit(rest, tokens, index + skip)) is not None:
                return last
        return None
    if index < len(tokens) and _word_fits(head, tokens[index].folded):
        return _fit(rest, tokens, index + 1)
    return None


def _word_fits(word: str, folded: str) -> bool:
    """Tell whether a table word (maybe a stem) matches a text word."""
    if word.endswith(STEM_MARK):
        return folded.startswith(word[:-1]) and len(word) - 1 >= MIN_STEM
    return word == folded


def _joined(text: str, span: Sequence[Token], term: Term) -> bool:
    """Tell whether the words of a span follow each other with only spaces or joiners between."""
    if any(word.startswith(GAP_MARK) for word in term.words):
        return not re.search(r"[.;:!?]\s", text[span[0].start : span[-1].end])
    return all(
        len(text[a.end : b.start]) <= 3 and not re.search(r"[,;:()\"“”]", text[a.end : b.start])
        for a, b in itertools.pairwise(span)
    )


def _case_fits(case: str, written: str) -> bool:
    """Tell whether the first word's case satisfies the term's case rule."""
    if case == "upper":
        return written.replace(".", "").isupper()
    if case == "title":
        return written[:1].isupper()
    return True


def scan(count: int, match_at: Callable[[int], Match | None]) -> list[Match]:
    """Return the matches found token by token: after one, go on at the token where it ends."""
    matches: list[Match] = []
    index = 0
    while index < count:
        match = match_at(index)
        if match is None:
            index += 1
            continue
        matches.append(match)
        index = match.last
    return matches


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
