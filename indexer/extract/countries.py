"""Find the countries an article names, as ISO 3166-1 alpha-2 codes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from indexer.extract.data import country_context as rules
from indexer.extract.found import Found
from indexer.extract.gazetteer import UNIVERSAL, Place, find_places, script_languages
from indexer.extract.scripts import fold
from indexer.extract.tables import nonname_words, read_words
from indexer.extract.terms import Match

FLAG_CONTEXT = {
    flag: (re.compile(before), re.compile(after))
    for flag, (before, after) in rules.FLAG_CONTEXT.items()
}
LANGUAGE_AFTER = re.compile(rules.LANGUAGE_AFTER)
LANGUAGE_BEFORE = re.compile(rules.LANGUAGE_BEFORE)
LANGUAGE_BEFORE_END = re.compile(rules.LANGUAGE_BEFORE_END)
NAME_BEFORE = re.compile(rules.NAME_NEIGHBOUR_BEFORE)
NAME_AFTER = re.compile(rules.NAME_NEIGHBOUR_AFTER)
CAPITAL_PLACE_BEFORE = re.compile(rules.CAPITAL_PLACE_BEFORE)
CAPITAL_GOVERNMENT_BEFORE = re.compile(rules.CAPITAL_GOVERNMENT_BEFORE)
DATELINE_AFTER = re.compile(rules.DATELINE_AFTER)
CONTEXT = 40


def extract_countries(paragraphs: Iterable[str], language: str) -> Found[tuple[str, ...]]:
    """Return the codes of the countries named in the paragraphs, in order of first mention."""
    codes: list[str] = []
    evidence: list[str] = []
    paragraphs = tuple(paragraphs)
    also = script_languages("\n".join(paragraphs), language)
    for paragraph in paragraphs:
        for match in find_places(paragraph, language, also):
            place = match.term.payload
            assert isinstance(place, Place)
            new = [code for code in place.codes if code not in codes]
            if not new or is_voided(match, place, paragraph, language):
                continue
            codes.extend(new)
            evidence.append(f"{match.text}={'+'.join(new)}")
    return Found(tuple(codes), ", ".join(evidence))


def is_voided(match: Match, place: Place, text: str, language: str) -> bool:
    """Tell whether the context shows the word does not name the country here."""
    before = text[max(0, match.start - CONTEXT) : match.start]
    after = text[match.end : match.end + CONTEXT]
    for flag in place.flags:
        if flag in FLAG_CONTEXT:
            before_re, after_re = FLAG_CONTEXT[flag]
            if before_re.search(before) or after_re.search(after):
                return True
    if "given" in place.flags and is_in_name(before, after):
        return True
    if place.kind == "capital" and is_place_use(match, before, after):
        return True
    if place.kind == "capital" and language != UNIVERSAL and is_inflected(match):
        return True
    return place.kind == "adjective" and is_language_use(before, after)


def is_language_use(before: str, after: str) -> bool:
    """Tell whether an adjective stands for a language ("Slovak-language", "in Korean.")."""
    if LANGUAGE_AFTER.match(after):
        return True
    return bool(LANGUAGE_BEFORE.search(before) and LANGUAGE_BEFORE_END.match(after))


def is_place_use(match: Match, before: str, after: str) -> bool:
    """Tell whether a capital is only where something happened (a dateline, "near London")."""
    dateline = not before.strip() and (
        (match.text.isupper() and len(match.text) > 3) or bool(DATELINE_AFTER.match(after))
    )
    if dateline or CAPITAL_GOVERNMENT_BEFORE.search(before):
        return dateline
    return bool(CAPITAL_PLACE_BEFORE.search(before))


def is_inflected(match: Match) -> bool:
    """Tell whether a capital carries a case ending or a place proclitic ("в Лондоне", "Madridba").

    Outside English a capital counts as its government only as written in its dictionary form
    (or before a Korean subject particle): inflected, it is mostly where something happens.
    """
    written, base = fold(match.text.split()[-1]), fold(match.term.words[-1])
    if written == base:
        return False
    if written.startswith(base):
        return written[len(base) :] not in rules.CAPITAL_SUBJECT_ENDINGS
    if written.endswith(base):
        return written[: -len(base)] in rules.CAPITAL_PLACE_PREFIXES
    return True


def is_in_name(before: str, after: str) -> bool:
    """Tell whether a word that is also a first or last name stands inside a person's name."""
    plain = nonname_words() | read_words("roles.tsv")
    for pattern, text in ((NAME_BEFORE, before), (NAME_AFTER, after)):
        found = pattern.search(text)
        if found and found.group(1).casefold() not in plain:
            return True
    return False
