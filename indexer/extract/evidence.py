"""Per-value evidence: where in the stored text each country, person and the date is stated.

>>> value_evidence("Poland buys tanks. Seoul agrees.", "", {"countries": Found(("PL",), "Poland=PL")})
{'country': {'PL': [0, 18]}}

A value maps to ``[start, end]``, the sentence of ``text`` that names it, or to a quote
(at most MAX_CHARS) when the deciding text is not in ``text`` (a header line, the headline).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date

from indexer.extract.found import Found
from indexer.regexfold import re_fold

MAX_CHARS = 300
# Where a sentence ends: terminal punctuation (and closing quotes) before a space, or a line break.
SENTENCE_END = re.compile(r"[.!?。！？؟।]+[\"'”’»)\]]*(?=\s)|[。！？]|\n")
SURNAME_STEM = 4  # an inflected surname ("Kosiniaka") still starts with this much of the name

Where = list[int] | str
Surfaces = Callable[[Found[object]], Iterator[tuple[str, tuple[str, ...]]]]


def country_surfaces(found: Found[object]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Yield each code with the words that named it, read from "Slovakia=SK, Czech=CZ+SK"."""
    for item in found.evidence.split(", "):
        written, equals, codes = item.rpartition("=")
        if equals:
            for code in codes.split("+"):
                yield code, (written,)


def equipment_surfaces(found: Found[object]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Yield each system with the words that named it, read from "K2PL=K2 Black Panther, …"."""
    for item in found.evidence.split(", "):
        written, equals, name = item.partition("=")
        if equals:
            yield name, (written,)


def person_surfaces(found: Found[object]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Yield each name with what to look for: the name, its last word, that word's stem."""
    for name in found.value if isinstance(found.value, tuple) else ():
        last = name.split()[-1] if name.split() else name
        stem = last[: max(SURNAME_STEM, len(last) - 2)]
        yield name, (name, last, stem)


def date_surfaces(found: Found[object]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Yield the ISO date with the line that stated it."""
    if isinstance(found.value, date):
        yield found.value.isoformat(), (found.evidence,)


# Facet name → (extractor field, how to read its values' surfaces, whether the first surface is
# a line worth quoting when the text does not hold it: a date line above the headline is).
FIELDS: dict[str, tuple[str, Surfaces, bool]] = {
    "country": ("countries", country_surfaces, False),
    "person": ("people", person_surfaces, False),
    "date": ("date", date_surfaces, True),
    "equipment": ("equipment", equipment_surfaces, False),
}


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the sentence around ``text[start:end]``, at most MAX_CHARS long."""
    reach = max(0, start - MAX_CHARS)
    left = reach
    for match in SENTENCE_END.finditer(text, reach, start):
        left = match.end()
    found = SENTENCE_END.search(text, end, end + MAX_CHARS)
    right = found.end() if found else min(len(text), end + MAX_CHARS)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    if right - left > MAX_CHARS:  # a run-on sentence: a window around the mention
        left = max(left, start - (MAX_CHARS - (end - start)) // 2)
        right = min(right, left + MAX_CHARS)
    return left, right


def find_mention(
    text: str, surfaces: tuple[str, ...], folded: str | None = None
) -> tuple[int, int] | None:
    """Return where the first surface that occurs in ``text`` stands: at a word's start in
    the same case, then in any case, then anywhere (scripts written without spaces).

    ``folded`` is ``re_fold(text)`` when the caller has it already."""
    for ignore_case in (False, True):
        if ignore_case and folded is None:
            folded = re_fold(text)
        for surface in surfaces:
            if surface:
                needle = re_fold(surface) if ignore_case else surface
                at = _word_start(folded if ignore_case else text, needle)  # type: ignore[arg-type]
                if at >= 0:
                    return at, at + len(surface)
    for surface in surfaces:
        if surface and (at := text.find(surface)) >= 0:
            return at, at + len(surface)
    return None


def _word_start(text: str, needle: str) -> int:
    """Return the first place needle stands in text at a word's start (no letter before), or -1."""
    at = text.find(needle)
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
        at = text.find(needle, at + 1)
    return at


def locate(
    text: str, title: str, surfaces: tuple[str, ...], quote_line: bool, folded: str | None = None
) -> Where | None:
    """Return the sentence of ``text`` naming a surface, else a quote of the title or the line."""
    if (span := find_mention(text, surfaces, folded)) is not None:
        return list(sentence_span(text, *span))
    if title and find_mention(title, surfaces):
        return title[:MAX_CHARS]
    line = surfaces[0] if surfaces and quote_line else ""
    return line[:MAX_CHARS] if line else None


def value_evidence(
    text: str, title: str, found: Mapping[str, Found[object] | None]
) -> dict[str, dict[str, Where]]:
    """Return facet → value → its evidence, for the facets in FIELDS."""
    evidence: dict[str, dict[str, Where]] = {}
    folded = re_fold(text)
    for facet, (field, surfaces_of, quote_line) in FIELDS.items():
        result = found.get(field)
        if result is None:
            continue
        for value, surfaces in surfaces_of(result):
            where = locate(text, title, surfaces, quote_line, folded)
            if where is not None:
                evidence.setdefault(facet, {}).setdefault(value, where)
    return evidence
