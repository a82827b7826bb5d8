"""Human labels for the codes and slugs the index stores (countries, languages, topics, pairs)."""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cache

from indexer.extract.personkey import LETTERS
from indexer.extract.tables import read_tsv

try:  # pycountry gives every ISO name; without it codes are shown as they are.
    import pycountry
except ImportError:  # pragma: no cover - pycountry is installed with the app
    pycountry = None

# Names people use in news, where ISO's official name reads oddly.
COUNTRY_NAMES: dict[str, str] = {
    "BO": "Bolivia",
    "CD": "DR Congo",
    "CZ": "Czechia",
    "GB": "United Kingdom",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "PS": "Palestine",
    "RU": "Russia",
    "SY": "Syria",
    "TR": "Türkiye",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "US": "United States",
    "VE": "Venezuela",
    "VN": "Vietnam",
    "XK": "Kosovo",  # not in ISO 3166-1, but the code everyone uses (the indexer too)
}
LANGUAGE_NAMES: dict[str, str] = {"und": "Unknown language"}
# Other names that `country:` accepts besides codes and the labels above.
COUNTRY_ALIASES: dict[str, str] = {
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "usa": "US",
    "america": "US",
    "czech republic": "CZ",
    "turkey": "TR",
    "korea": "KR",
    "holland": "NL",
}


def fold(text: str) -> str:
    """Return ``text`` lowercased with accents removed, for lenient comparisons.

    >>> fold(" Mariusz BŁASZCZAK ")
    'mariusz blaszczak'
    """
    if text.isascii():
        return text.lower().strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(LETTERS).strip()


@cache
def country_label(code: str) -> str:
    """Return the display name of an ISO 3166-1 alpha-2 code (the code when unknown)."""
    code = code.upper()
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code) if pycountry else None
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@cache
def _gazetteer_names() -> dict[str, tuple[str, ...]]:
    """Return the English names and aliases the indexer's country table gives each code."""
    found: dict[str, list[str]] = {}
    for row in read_tsv("countries.tsv"):
        if len(row) > 3 and row[2] == "en" and row[3] in ("name", "alias") and "*" not in row[1]:
            found.setdefault(row[0], []).append(row[1])
    return {code: tuple(names) for code, names in found.items()}


@cache
def _country_codes_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, known in _gazetteer_names().items():  # "Ivory Coast", "ROK", "the States"
        names.update({fold(name): code for name in known})
    if pycountry:
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    names[fold(value)] = country.alpha_2
    names.update({fold(name): code for code, name in COUNTRY_NAMES.items()})
    names.update(COUNTRY_ALIASES)
    return names


@cache
def country_names(code: str) -> tuple[str, ...]:
    """Return every name a country goes by here: label, ISO names and codes, aliases."""
    code = code.upper()
    names = [country_label(code), code]
    country = pycountry.countries.get(alpha_2=code) if pycountry else None
    if country is not None:
        names += [getattr(country, a, None) or "" for a in ("common_name", "name", "official_name")]
        names.append(country.alpha_3)
    names += [alias for alias, target in COUNTRY_ALIASES.items() if target == code]
    names += _gazetteer_names().get(code, ())
    return tuple(dict.fromkeys(name for name in names if name))


def country_code(value: str) -> str | None:
    """Return the alpha-2 code for a code or country name, or None when unknown (``ZZ``)."""
    value = value.strip()
    if len(value) == 2 and value.isalpha():
        code = value.upper()
        if pycountry is None or country_label(code) != code:
            return code
    return _country_codes_by_name().get(fold(value))  # "UK" is no ISO code but a name of GB


def closest_country(value: str) -> str | None:
    """Return the code of the country whose name is closest to a misspelt one ("Polnad")."""
    names = _country_codes_by_name()
    found = difflib.get_close_matches(fold(value), list(names), n=1, cutoff=0.75)
    return names[found[0]] if found else None


@cache
def _language_codes_by_name() -> dict[str, str]:
    codes: dict[str, str] = {}
    if pycountry:
        for language in pycountry.languages:
            code = getattr(language, "alpha_2", None)
            if code:
                codes[fold(language.name)] = code
    return codes


def language_known(code: str) -> bool:
    """Tell whether a language code is one ISO 639 knows (or "und", unknown)."""
    return pycountry is None or code in LANGUAGE_NAMES or language_label(code) != code


def language_code(name: str) -> str | None:
    """Return the ISO 639-1 code of a language named in English ("German" → "de"), or None."""
    if pycountry and len(name) == 3 and name.isalpha():  # ISO 639-2: "ger", "deu", "pol"
        found = pycountry.languages.get(alpha_3=name.lower()) or pycountry.languages.get(
            bibliographic=name.lower()
        )
        if found is not None and getattr(found, "alpha_2", None):
            return found.alpha_2
    codes = _language_codes_by_name()
    if fold(name) in codes:
        return codes[fold(name)]
    found = difflib.get_close_matches(fold(name), list(codes), n=1, cutoff=0.8)
    return codes[found[0]] if found else None


@cache
def language_label(code: str) -> str:
    """Return the display name of an ISO 639-1 code (the code when unknown)."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    language = None
    if pycountry:
        language = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    return language.name if language else code


def topic_label(slug: str) -> str:
    """Return the display name of a topic slug: ``air-defense`` → ``Air defense``."""
    return slug.replace("-", " ").capitalize()


def plain_label(value: str) -> str:
    """Return a value that needs no mapping (person, outlet, year) as its own label."""
    return value


PAIR_JOINER = " – "
_PAIR_SPLIT = re.compile(r"\s*[–—]\s*|\s+-\s+|(?<=^[A-Za-z]{2})\s*[-/,+]\s*(?=[A-Za-z]{2}$)")


def pair_label(value: str) -> str:
    """Return the display name of a pair value: ``KR-PL`` → ``Poland – South Korea``."""
    codes = value.split("-")
    if len(codes) != 2:
        return value
    return PAIR_JOINER.join(sorted(country_label(code) for code in codes))


def pair_value(value: str) -> str | None:
    """Return the pair value ("KR-PL") for two codes or names in any order, or None."""
    parts = _PAIR_SPLIT.split(value.strip())
    if len(parts) != 2:
        return None
    codes = [country_code(part) for part in parts]
    if None in codes or codes[0] == codes[1]:
        return None
    if any(country_label(code) == code for code in codes if code):
        return None  # two letters that are no country
    return "-".join(sorted(code for code in codes if code))
