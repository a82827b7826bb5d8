"""Find the partner-country pairs of an article: countries that are parties to one cooperation.

    >>> extract_pairs("Poland buys tanks", ("Poland signed a deal with South Korea.",), "en",
    ...               ("PL", "KR")).value
    ('KR-PL',)

The rule, measured on the annotated real articles (benchmarks/score_cooperation.py):
1. the countries named together in the headline (two or three of them) are partners;
2. so are the two countries of a sentence that names exactly two and holds a cooperation word
   of the article's language (sign, agree, buy, sell, deliver, train, exercise, aid,
   memorandum, contract, joint production…, in data/cooperation.tsv); a sentence naming three
   or more is usually a list or a conflict ("Sweden's aid to Ukraine against Russia"), and
   pairing all of them cost more precision than it gained recall; a sentence holding a war
   word (data/conflict.tsv: war, invasion, against, sanctions…) pairs nobody;
3. when the headline names one country, a cooperation sentence naming one other country pairs
   it with the headline's ("Poland signs tank deals" … "contracts with South Korean industry");
4. an article that names exactly two countries and holds a cooperation word pairs them.
Only countries the country extractor kept count, so a capital used as a place stays out too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import combinations

from indexer.extract.countries import is_voided
from indexer.extract.equipment import word_regex
from indexer.extract.found import Found
from indexer.extract.gazetteer import Place, find_places, script_languages
from indexer.extract.tables import read_tsv
from indexer.regexfold import FoldedPattern, re_fold

HEADLINE_PARTIES = 3  # a headline naming more countries lists them rather than pairs them
ENGLISH = "en"
# Sentence ends: . ! ? and their CJK forms, and line breaks.
# (The spaces after a stop, the place after a CJK stop, or line breaks: the group that matched.
# Written without a look-behind first, so that the regex engine skips to the stops.)
_SENTENCE_END = re.compile(r"[.!?;…؟।](\s+)|[。！？]()|(\n+)")
# Languages whose words take prefixes (Arabic و/ال, Hebrew ו/ה): their terms match inside words.
PREFIXED = ("ar", "fa", "he")


@cache
def cooperation_words(language: str, table: str = "cooperation.tsv") -> FoldedPattern:
    """Return the cooperation-word (or war-word) regex of a language (English when unknown)."""
    rows = {lang: words for lang, words in read_tsv(table)}
    words = rows.get(language) or rows[ENGLISH]
    return word_regex(
        (w.strip() for w in words.split(";") if w.strip()), open_start=language in PREFIXED
    )


def sentences(text: str) -> list[tuple[int, int]]:
    """Return the character spans of a text's sentences."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        gap_start, gap_end = match.span(match.lastindex or 0)
        if gap_start > start:
            spans.append((start, gap_start))
        start = gap_end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _mentions(text: str, language: str, also: tuple[str, ...], kept: set[str]) -> list[tuple]:
    """Return (position, code) of each kept country named in a text."""
    found = []
    for match in find_places(text, language, also):
        place = match.term.payload
        assert isinstance(place, Place)
        codes = [code for code in place.codes if code in kept]
        if codes and not is_voided(match, place, text, language):
            found.extend((match.start, code) for code in codes)
    return found


def _ordered(codes: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(codes))


def pair_key(a: str, b: str) -> str:
    """Return the facet value of a pair: the two codes sorted and joined by a hyphen."""
    return "-".join(sorted((a.upper(), b.upper())))


def extract_pairs(
    headline: str | None,
    paragraphs: tuple[str, ...],
    language: str,
    countries: tuple[str, ...],
) -> Found[tuple[str, ...]]:
    """Return the sorted partner pairs ("KR-PL") of an article whose countries are known."""
    kept = set(countries)
    if len(kept) < 2:
        return Found(())
    also = script_languages("\n".join(paragraphs), language)
    words = cooperation_words(language)
    war = cooperation_words(language, "conflict.tsv")
    parties: list[tuple[tuple[str, ...], str]] = []
    lead: tuple[str, ...] = ()
    if headline and not war.search(headline):
        lead = _ordered(code for _, code in _mentions(headline, language, also, kept))
        if 2 <= len(lead) <= HEADLINE_PARTIES:
            parties.append((lead, "headline"))
    # a headline naming one country: its partner is the one country of a cooperation sentence
    host = lead[0] if len(lead) == 1 else None
    for paragraph in paragraphs:
        folded = re_fold(paragraph)  # once per paragraph, for the searches of its sentences
        if not words.pattern.search(folded):
            continue  # finding places is the costly part: only where a sentence could count
        mentions = _mentions(paragraph, language, also, kept)
        if len({code for _, code in mentions}) < (1 if host else 2):
            continue
        for start, end in sentences(paragraph):
            named = _ordered(code for at, code in mentions if start <= at < end)
            if host and len(named) == 1 and named[0] != host:
                named = (host, named[0])
            if len(named) != 2 or war.pattern.search(folded, start, end):
                continue
            if word := words.pattern.search(folded, start, end):
                parties.append((named, paragraph[word.start() : word.end()]))
    if not parties and len(kept) == 2 and any(words.search(p) for p in paragraphs):
        parties.append((countries, "the article's only two countries"))
    pairs = sorted({pair_key(a, b) for named, _ in parties for a, b in combinations(named, 2)})
    evidence = "; ".join(f"{'+'.join(named)} ({why})" for named, why in parties)
    return Found(tuple(pairs), evidence)
