"""Query words marked in article text: a snippet per hit and whole paragraphs on the article page.

Whoosh's highlighter runs the analyzer over every word of every hit; here one regex per query
finds the few words that could be query terms (those starting like a term's stem, in any case
and with any accents) and only those are analysed, once per query. Fragments are chosen as
Whoosh's ContextFragmenter does: around the matches, the richest two shown in text order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from markupsafe import Markup, escape
from whoosh.support.charset import accent_map

from searchapp.results import SNIPPET_CHARS, plain_snippet, split_paragraphs

SURROUND = 60  # characters of context before the first and after the last match of a fragment
TOP_FRAGMENTS = 2
BETWEEN = " … "
# A stem may differ from its words in its last letters ("hope" from "hoping"), so candidates
# are the words that start with all but the last STEM_SLACK letters of a stem.
STEM_SLACK = 2
MAX_VERDICTS = 20_000  # words remembered per query


LETTERS_WITH_ACCENTS = frozenset(folded.lower() for folded in accent_map.values())
Span = tuple[int, int]
# A code written with joiners (F-16, Su-35, PAC-3, F/A-18): the analyzer splits it at the
# joiner and drops one-letter parts ("F"), so the index holds only "16". A match inside such a
# code marks the whole code when every indexed form of the code is a query term.
CODE_JOINERS = "-‐‑/"  # hyphen-minus, hyphen, non-breaking hyphen, slash


@cache
def _letter(char: str) -> str:
    """Return a regex for a folded letter: itself in either case, or any non-ASCII character.

    A class of every accented form (ł, ľ, ĺ, …) of each letter made a query's regex take
    milliseconds to compile; the analyzer confirms every candidate word anyway.
    """
    cases = re.escape(char) if char.upper() == char else f"[{re.escape(char + char.upper())}]"
    return f"(?:{cases}|[^\\x00-\\x7f])" if char in LETTERS_WITH_ACCENTS else cases


@dataclass
class Highlighter:
    """Find one query's terms in texts: candidates by regex, confirmed by the analyzer."""

    terms: frozenset[str]
    analyze: Callable[[str], list[str]]  # a word → its indexed forms

    def __post_init__(self) -> None:
        prefixes = {term[: max(len(term) - STEM_SLACK, 2)] for term in self.terms if term}
        alternatives = "|".join(
            "".join(map(_letter, prefix)) for prefix in sorted(prefixes, key=len, reverse=True)
        )
        self.pattern = (
            re.compile(rf"(?<!\w)(?:{alternatives})\w*(?:\.\w+)*") if alternatives else None
        )
        self.verdicts: dict[str, bool] = {}
        self.codes: dict[str, bool] = {}  # a joined code → whether the query wrote all of it

    def spans(self, text: str) -> list[Span]:
        """Return where the text holds the query's terms, in order."""
        if self.pattern is None:
            return []
        found, verdicts = [], self.verdicts
        for match in self.pattern.finditer(text):
            word = match.group()
            verdict = verdicts.get(word)
            if verdict is None:
                verdict = any(form in self.terms for form in self.analyze(word))
                if len(verdicts) >= MAX_VERDICTS:
                    verdicts.clear()
                verdicts[word] = verdict
            if verdict:
                found.append(match.span())
        return self._whole_codes(text, found) if found else found

    def _whole_codes(self, text: str, spans: list[Span]) -> list[Span]:
        """Return the spans with each match inside a code the query wrote widened to the code."""
        widened: list[Span] = []
        for span in spans:
            start, end = _code_around(text, *span)
            if (start, end) != span and self._is_query_code(text[start:end]):
                span = (start, end)
            if widened and span[0] < widened[-1][1]:  # a second part of the same code
                widened[-1] = (widened[-1][0], max(widened[-1][1], span[1]))
            else:
                widened.append(span)
        return widened

    def _is_query_code(self, code: str) -> bool:
        """Tell whether a code holds a digit and the query has every indexed form of it."""
        verdict = self.codes.get(code)
        if verdict is None:
            forms = self.analyze(code)
            verdict = any(c.isdigit() for c in code) and bool(forms)
            verdict = verdict and all(form in self.terms for form in forms)
            if len(self.codes) >= MAX_VERDICTS:
                self.codes.clear()
            self.codes[code] = verdict
        return verdict

    def snippet(self, text: str) -> Markup:
        """Return the best fragments of ``text`` with the terms marked (else its start)."""
        spans = self.spans(text) if text else []
        if not spans:
            return plain_snippet(text)
        fragments = _fragments(text, spans)
        best = sorted(fragments, key=lambda f: (-_score(text, f[2]), f[0]))[:TOP_FRAGMENTS]
        best.sort()
        marked = Markup(BETWEEN).join(_marked(text, start, end, hits) for start, end, hits in best)
        if any(c.isalnum() for c in text[: best[0][0]]):
            marked = Markup("… ") + marked
        if any(c.isalnum() for c in text[best[-1][1] :]):
            marked += Markup(" …")
        return Markup(" ".join(marked.split()))

    def paragraphs(self, text: str) -> list[Markup]:
        """Return the text's paragraphs, escaped, with every term marked."""
        spans = self.spans(text)
        if not spans:
            return [escape(p) for p in split_paragraphs(text)]
        return [Markup(p) for p in split_paragraphs(_marked(text, 0, len(text), spans))]


Fragment = tuple[int, int, list[Span]]


def _code_around(text: str, start: int, end: int) -> Span:
    """Return the joined code ("F-16") a word of ``text`` is part of (the word when none)."""
    while start > 1 and text[start - 1] in CODE_JOINERS and text[start - 2].isalnum():
        start -= 1
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
    while end + 1 < len(text) and text[end] in CODE_JOINERS and text[end + 1].isalnum():
        end += 1
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
    return start, end


def _fragments(text: str, spans: list[Span]) -> list[Fragment]:
    """Group matches into fragments of at most SNIPPET_CHARS, with context at both ends."""
    found: list[Fragment] = []
    group: list[Span] = []
    for span in spans:
        if group and (
            span[0] - group[-1][1] > SURROUND or span[1] - _start(text, group) > SNIPPET_CHARS
        ):
            found.append(_fragment(text, group))
            group = []
        group.append(span)
    found.append(_fragment(text, group))
    return found


def _start(text: str, group: list[Span]) -> int:
    """Return where a fragment begins: up to SURROUND characters before, at a word start."""
    first = group[0][0]
    at = max(0, first - SURROUND)
    while 0 < at < first and text[at - 1].isalnum() and text[at].isalnum():
        at += 1
    while 0 < at < first and not text[at].isalnum():
        at += 1
    return at


def _fragment(text: str, group: list[Span]) -> Fragment:
    """Return a fragment around a group of matches, ending after a whole word."""
    start, last = _start(text, group), group[-1][1]
    end = min(len(text), max(last, min(last + SURROUND, start + SNIPPET_CHARS)))
    while last < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end -= 1
    return start, end, group


def _score(text: str, spans: list[Span]) -> int:
    """Score a fragment as Whoosh does: its matches times 100 per different word matched."""
    return len(spans) * 100 * len({text[a:b].lower() for a, b in spans})


def _marked(text: str, start: int, end: int, spans: list[Span]) -> Markup:
    """Return text[start:end], escaped, with each span wrapped in <mark>."""
    parts, at = [], start
    for a, b in spans:
        parts.append(f"{escape(text[at:a])}<mark>{escape(text[a:b])}</mark>")
        at = b
    parts.append(str(escape(text[at:end])))
    return Markup("".join(parts))
