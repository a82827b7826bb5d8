"""The country gazetteer: names, aliases, adjectives and capitals mapped to ISO codes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from indexer.extract.data import country_cjk as cjk
from indexer.extract.data import country_sources as sources
from indexer.extract.placematch import Inflection, PlaceIndex, merge
from indexer.extract.placenames import UNIVERSAL, VOID, entries, language_scripts
from indexer.extract.scripts import TOKEN_RE, fold
from indexer.extract.tables import read_tsv
from indexer.extract.terms import Match, Term, case_rule

__all__ = ["UNIVERSAL", "VOID", "Place", "find_places", "gazetteer", "is_place_word"]

# Close languages that language detection confuses share their curated terms.
KIN: dict[str, tuple[str, ...]] = {
    "cs": ("sk",),
    "sk": ("cs",),
    "ru": ("uk",),
    "uk": ("ru",),
    "bg": ("mk",),
    "mk": ("bg",),
    "hr": ("sr", "bs"),
    "sr": ("hr", "bs"),
    "bs": ("hr", "sr"),
    "ms": ("id",),
    "no": ("nb", "da"),
    "da": ("no",),
}


SCRIPTS = {
    language: (name, re.compile(letters))
    for language, (name, letters) in sources.SCRIPT_LANGUAGES.items()
}


@dataclass(frozen=True)
class Place:
    """What a gazetteer term stands for."""

    code: str  # one ISO code, several separated by spaces ("KR US"), or VOID
    kind: str
    flags: frozenset[str]
    language: str

    @property
    def codes(self) -> tuple[str, ...]:
        """Return the ISO codes the term names (none for a void phrase)."""
        return () if self.code == VOID else tuple(self.code.split())


def languages(language: str) -> tuple[str, ...]:
    """Return the languages whose curated terms apply to an article in this language."""
    return (UNIVERSAL, language, *KIN.get(language, ()))


def make_term(form: str, payload: Place) -> Term:
    """Build a Term from a written form, split into words as texts are."""
    words: list[str] = []
    for chunk in form.split():
        parts = TOKEN_RE.findall(chunk)
        if chunk.endswith("*") and parts:
            parts[-1] += "*"
        words.extend(parts)
    return Term(tuple(words) or (form,), payload, case_rule(form))


@cache
def inflection(language: str) -> Inflection:
    """Return how country words inflect in a language (country_endings.tsv)."""
    for row in read_tsv("country_endings.tsv"):
        if row[0] == language:
            prefixes = row[5].split() if len(row) > 5 else []
            return Inflection(
                endings=frozenset(fold(e) for e in row[4].split()),
                prefixes=tuple(sorted({fold(p) for p in prefixes}, key=len, reverse=True)),
                strip=row[1] == "yes",
                append=row[2] == "yes",
                min_stem=int(row[3]),
            )
    return Inflection()


@cache
def gazetteer(language: str) -> PlaceIndex:
    """Return the matcher for articles in a language (English and generated terms included)."""
    curated = languages(language)
    if language == "und":
        curated = tuple({e[2] for e in read_tsv("countries.tsv")})
    own = set(languages(language)) - {UNIVERSAL} if language != UNIVERSAL else {UNIVERSAL}
    strip = inflection(language).strip
    # Only names lose their ending: an adjective is listed as a stem ("polsk*") or takes endings.
    items = [
        (
            e.form,
            make_term(e.form, Place(e.code, e.kind, e.flags, e.language)),
            strip and e.language in own and e.kind != "adjective",
        )
        for e in entries(language, curated)
    ]
    return PlaceIndex.build(items, inflection(language), guard=_guard(language))


def _guard(language: str) -> Callable[[str, int, int, Term], bool]:
    """Return the check for abbreviations that count only before certain words."""
    chain = cjk.CHAIN_FOLLOW.get(language, ()) + tuple(cjk.CHAINED.get(language, ""))
    chain_re = re.compile("|".join(map(re.escape, chain))) if chain else None
    follow_re = re.compile(r"\s*(?:" + "|".join(map(re.escape, cjk.KOREAN_FOLLOW)) + ")")
    bound_re = re.compile(r"\s+(?:" + "|".join(map(re.escape, cjk.BOUND_NOUNS)) + ")")

    def guard(text: str, start: int, end: int, term: Term) -> bool:
        """Tell whether the words after an abbreviation let it stand for a country."""
        flags = term.payload.flags if isinstance(term.payload, Place) else frozenset()
        if "pair" in flags:
            return bool(chain_re and chain_re.match(text, end))
        if "follow" in flags:
            return bool(follow_re.match(text, end))
        if "bound" in flags:
            written, base = fold(text[start:end]), fold(term.words[0])
            rest = written[len(base) :] if written.startswith(base) else None
            return rest in cjk.BOUND_ENDINGS or (rest == "" and bool(bound_re.match(text, end)))
        return True

    return guard


def find_places(text: str, language: str, also: tuple[str, ...] = ()) -> list[Match]:
    """Return gazetteer matches in a text, void phrases included (payload code "--")."""
    return list(_find_places(text, language, also))


@lru_cache(maxsize=4096)
def _find_places(text: str, language: str, also: tuple[str, ...]) -> tuple[Match, ...]:
    # Countries, people (is this word a place?) and pairs all look up the same paragraphs.
    matches = gazetteer(language).find(text)
    for other in also:
        matches = merge(matches, gazetteer(other).find(text))
    return tuple(matches)


def script_languages(text: str, language: str) -> tuple[str, ...]:
    """Return the languages of other scripts a text holds enough of (beyond its own)."""
    others, letters_re = _other_scripts(language)
    # one pass over the text for the letters of every other script; each is counted in those
    foreign = "".join(letters_re.findall(text))
    if len(foreign) < sources.MIN_SCRIPT_LETTERS:
        return ()
    found = []
    for other in others:
        if other == "zh" and "ja" in found:
            continue
        if len(SCRIPTS[other][1].findall(foreign)) >= sources.MIN_SCRIPT_LETTERS:
            found.append(other)
    return tuple(found)


@cache
def _other_scripts(language: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """Return the languages of scripts other than a language's own, and one regex for them."""
    own = language_scripts(language)
    others = tuple(
        other for other, (name, _) in SCRIPTS.items() if other != language and name not in own
    )
    ranges = "".join(sources.SCRIPT_LANGUAGES[other][1][1:-1] for other in others)
    return others, re.compile(f"[{ranges}]" if ranges else "(?!)")


@cache
def place_words(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Return the single-word terms that are never a personal name, and the stems among them."""
    words, stems = set(), []
    for row in read_tsv("countries.tsv"):
        code, term, lang = row[:3]
        flags = row[4] if len(row) > 4 else ""
        if code == VOID or " " in term or "given" in flags or lang not in languages(language):
            continue
        if term.endswith("*"):
            stems.append(term[:-1].casefold())
        else:
            words.add(term.casefold())
    return frozenset(words), tuple(stems)


def is_place_word(word: str, language: str) -> bool:
    """Tell whether a single word is a country name, adjective, demonym or capital."""
    folded = word.casefold()
    words, stems = place_words(language)
    return folded in words or any(folded.startswith(stem) for stem in stems)
