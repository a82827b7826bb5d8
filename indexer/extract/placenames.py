"""Gather a language's country words: curated rows, CLDR names and capitals, aliases, CJK forms."""

from __future__ import annotations

import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import permutations

from indexer.extract.data import country_cjk as cjk
from indexer.extract.data import country_sources as sources
from indexer.extract.scripts import fold
from indexer.extract.tables import read_tsv

VOID = "--"
UNIVERSAL = "en"
CURATED = "curated"


@dataclass(frozen=True)
class Entry:
    """One written form of a country: its code(s), kind, flags and where it comes from."""

    code: str  # an ISO code, several separated by spaces, or VOID
    form: str
    language: str
    kind: str
    flags: frozenset[str] = frozenset()
    source: str = CURATED


def locales(language: str) -> tuple[str, ...]:
    """Return the CLDR locales whose names apply to an article in a language."""
    return sources.LOCALES.get(language, (language,))


@cache
def valid_codes() -> frozenset[str]:
    """Return the ISO 3166-1 alpha-2 codes of countries (overseas territories left out)."""
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries) - sources.NOT_COUNTRIES


@cache
def entries(language: str, curated_languages: tuple[str, ...]) -> tuple[Entry, ...]:
    """Return the curated entries, then generated ones that are unambiguous and not curated."""
    skip = {fold(form) for form in sources.SKIP_FORMS.get(language, ())}
    curated = [
        e
        for e in curated_entries()
        if e.language in curated_languages
        and not (e.language == UNIVERSAL and fold(e.form) in skip)
        and not set(e.code.split()) & sources.NOT_COUNTRIES
    ]
    taken = {fold(e.form.rstrip("*")) for e in curated}
    generated: dict[str, list[Entry]] = defaultdict(list)
    own = () if language == "und" else (language,)
    for lang in dict.fromkeys((*own, UNIVERSAL)):
        found = (*cldr_entries(lang), *derived_entries(lang), *countrynames_entries(lang))
        for entry in (*found, *cjk_entries(lang)):
            if (key := fold(entry.form)) not in skip:
                generated[key].append(entry)
    kept = [
        group[0]
        for key, group in generated.items()
        if key not in taken and len({e.code for e in group}) == 1
    ]
    return (*curated, *kept)


@cache
def curated_entries() -> tuple[Entry, ...]:
    """Return the hand-checked rows of countries.tsv."""
    rows = []
    for row in read_tsv("countries.tsv"):
        code, term, lang, kind = row[:4]
        flags = frozenset(row[4].split(",")) if len(row) > 4 and row[4] else frozenset()
        rows.append(Entry(code.replace(",", " "), term, lang, kind, flags))
    return tuple(rows)


@cache
def cldr_entries(language: str) -> tuple[Entry, ...]:
    """Return CLDR territory names and capital cities in a language's locales (via Babel)."""
    from babel import Locale, UnknownLocaleError

    found = []
    skip = sources.SKIP_FORMS.get("*", frozenset()) | sources.SKIP_FORMS.get(language, frozenset())
    flagged = sources.FORM_FLAGS.get("*", {}) | sources.FORM_FLAGS.get(language, {})
    for name in locales(language):
        try:
            locale = Locale.parse(name)
        except (UnknownLocaleError, ValueError):
            continue
        named = [(code, text, "name") for code, text in locale.territories.items()]
        for zone, code in sources.CAPITAL_ZONES.items():
            city = locale.time_zones.get(zone, {}).get("city")
            if city and language not in sources.NO_CAPITALS:
                named.append((code, city, "capital"))
        for code, text, kind in named:
            if code not in valid_codes():
                continue
            for form in _clean(text):
                if form not in skip:
                    flags = frozenset(flagged.get(form, "").split(",")) - {""}
                    found.append(Entry(code, form, language, kind, flags, "cldr"))
    for written, variant in sources.SPELLING_VARIANTS.get(language, ()):
        found += [
            replace(e, form=e.form.replace(written, variant)) for e in found if written in e.form
        ]
    return tuple(found)


@cache
def derived_entries(language: str) -> tuple[Entry, ...]:
    """Return adjectives derived from one-word CLDR names by the language's regular rule."""
    rule = sources.ADJECTIVE_RULES.get(language)
    if rule is None:
        return ()
    proclitics, endings, suffix = rule
    found = []
    for entry in cldr_entries(language):
        if entry.kind != "name" or " " in entry.form:
            continue
        word = entry.form
        for proclitic in proclitics:
            word = word.removeprefix(proclitic)
        for ending in endings:
            word = word.removesuffix(ending)
        if not word.endswith(suffix):
            word += suffix
        found.append(replace(entry, form=word, kind="adjective", source="derived"))
    return tuple(found)


def _clean(name: str) -> Iterator[str]:
    """Yield the usable forms of a CLDR name: "Myanmar (Burma)" gives both, "Congo - X" the first."""
    name = name.split(" - ")[0].split(" – ")[0]
    if "(" in name and name.endswith(")"):
        head, _, tail = name[:-1].partition("(")
        yield from (part.strip() for part in (head, tail) if part.strip())
    elif "," not in name:
        yield name.strip()


def script(text: str) -> str:
    """Return the script of a text's first letter (CJK for Han and kana)."""
    for char in text:
        if char.isalpha():
            head = unicodedata.name(char, "UNKNOWN").split()[0]
            return "CJK" if head in {"HIRAGANA", "KATAKANA", "HALFWIDTH"} else head
    return "UNKNOWN"


@cache
def language_scripts(language: str) -> frozenset[str]:
    """Return the scripts a language's CLDR names are written in."""
    return frozenset(script(e.form) for e in cldr_entries(language) if e.language == language)


@cache
def countrynames_entries(language: str) -> tuple[Entry, ...]:
    """Return countrynames aliases in the language's own non-Latin script."""
    scripts = language_scripts(language) - {"LATIN"}
    if language == UNIVERSAL or not scripts:
        return ()
    try:
        from countrynames.data import DATA
    except ImportError:
        return ()
    found = []
    for code, aliases in DATA.items():
        if code not in valid_codes():
            continue
        ordered = sorted(set(aliases))
        # A truncated form ("Армен" of "Армения") is a personal name or a stem, not a name.
        truncated = {a for a, b in itertools.pairwise(ordered) if b.startswith(a)}
        for alias in ordered:
            if alias in truncated:
                continue
            letters = sum(c.isalpha() for c in alias)
            if (
                letters >= sources.COUNTRYNAMES_MIN_LETTERS
                and script(alias) in scripts
                and not any(c.isdigit() or c in ",()/;" for c in alias)
                and "  " not in alias
            ):
                found.append(Entry(code, alias.strip(), language, "alias", source="countrynames"))
    return tuple(found)


@cache
def cjk_entries(language: str) -> tuple[Entry, ...]:
    """Return the abbreviation compounds and void phrases of Chinese, Japanese and Korean."""
    found = [
        Entry(VOID, form, language, "void", source="cjk") for form in cjk.VOID.get(language, ())
    ]
    if language == "ko":
        found += [Entry(c, f, language, "alias", source="cjk") for f, c in cjk.KOREAN.items()]
        follow = frozenset({"follow"})
        found += [
            Entry(c, f, language, "alias", follow, "cjk") for f, c in cjk.KOREAN_ALONE.items()
        ]
    abbreviations = cjk.ABBREVIATIONS.get(language, {})
    if not abbreviations:
        return tuple(found)
    chained = cjk.CHAINED[language]
    pair = frozenset({"pair"})
    chains = [c for size in (2, 3) for c in permutations(chained, size)]
    chains += permutations(chained[: cjk.QUAD_MEMBERS], cjk.MAX_CHAIN)
    for chain in chains:
        codes = " ".join(dict.fromkeys(abbreviations[c] for c in chain))
        flags = pair if len(chain) == 2 else frozenset()  # three or more are never other words
        found.append(Entry(codes, "".join(chain), language, "alias", flags, "cjk"))
    for char, code in abbreviations.items():
        if char not in cjk.NO_NOUNS[language]:
            found += [
                Entry(code, char + noun, language, "alias", source="cjk")
                for noun in cjk.NOUNS[language]
            ]
        if char in cjk.PREFIXED[language]:
            found += [
                Entry(code, prefix + char, language, "alias", source="cjk")
                for prefix in cjk.PREFIXES[language]
            ]
    if language == "zh":
        found += [
            replace(entry, form=traditional)
            for entry in found
            if (traditional := entry.form.translate(cjk.TRADITIONAL)) != entry.form
        ]
    return tuple(found)
