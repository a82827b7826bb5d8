"""Map spelling variants of one person's name to one key, for merging facet values.

    >>> person_key("Volodymyr Zelenskyy") == person_key("Wolodymyr Selenskyj")
    True

The key folds case and diacritics (Błaszczak, Blaszczak), Latin letters that have no
decomposition (ł, ø, ß, đ), and the usual ways to transliterate one Slavic sound (y/yy/iy/ij/i,
sh/sch/sz/š, ch/tsch/cz, z/s at the start of a word, w/v, j/y before a vowel). It keeps the word
order and every word, so "Kim Jong-un" and "Jong-un Kim" stay apart.

Limits: keys of different people can collide when their names differ only in those letters
(Zelenski the footballer and Zelensky); names in other scripts keep their script (Зеленський and
Zelensky get different keys: transliteration between scripts is not attempted); a surname alone
("Zelensky") is not merged with the full name here, that needs the article's other mentions.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Latin letters Unicode does not decompose into a base letter and a mark.
LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "þ": "th"}
)
SIBILANT_RE = re.compile(r"(?<!t)sch|sz|sh")  # Schmyhal, Szmyhal, Shmyhal
# Spellings of one sound, rewritten longest first; each pair is (pattern, replacement).
SOUNDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"tsch|tch|cz|ch", "c"),  # Tschernow, Czernow, Chernov (after "sch" below)
        (r"zh|ž", "z"),
        (r"kh", "h"),  # Kharkiv, Charkiw
        (r"w", "v"),  # Wolodymyr, Volodymyr
        (r"\bj(?=[aeiou])", "y"),  # Jurij, Yuriy
        (r"[iy]j\b", "i"),  # Selenskyj, Jurij
        (r"y(?![aeiou])", "i"),  # Zelenskyy, Denys
        (r"\bz", "s"),  # Selenskyj, Zelensky
        (r"(.)\1", r"\1"),  # doubled letters: Zelenskii, Zelenski
    )
)


@lru_cache(maxsize=65_536)  # the same people recur from article to article
def person_key(name: str) -> str:
    """Return one key for the spelling variants of a person's name ("Zelenskyy", "Selenskyj")."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(LETTERS)
    text = re.sub(r"[’'`.]", "", text)
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", text)
    if not words:
        return " ".join(name.split()).casefold()
    key = " ".join(words)
    if not key.isascii():
        return key  # another script: folded, not transliterated
    key = SIBILANT_RE.sub("s", key)
    for pattern, replacement in SOUNDS:
        key = pattern.sub(replacement, key)
    return key


# The index stores each person of an article as one term "<key>\t<name as written>": the key
# groups spellings, the name gives the labels. A key never holds a tab (it is words and spaces).
KEY_SEPARATOR = "\t"


def keyed_name(name: str) -> str:
    """Return the index term of a person's name: its key, a tab, the name as written."""
    written = " ".join(name.split())
    return f"{person_key(written)}{KEY_SEPARATOR}{written}"


def split_keyed(term: str) -> tuple[str, str]:
    """Return (key, name as written) of an index term made by keyed_name."""
    key, _, written = term.partition(KEY_SEPARATOR)
    return key, written
