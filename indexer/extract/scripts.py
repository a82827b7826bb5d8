"""Text helpers for every script: word tokens, comparison keys, unspaced scripts, regex tries."""

from __future__ import annotations

import re
import unicodedata

# Combining marks that belong to a word (Devanagari and other Indic vowel signs, Arabic and
# Hebrew points, Thai, Lao, Myanmar and Khmer vowels), so that a word is not cut at its vowel signs.
MARKS = (
    "\u0300-\u036f\u0483-\u0487\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0d57\u0e31-\u0e4e\u200c"
    # Sinhala, Lao, Myanmar and Khmer vowel signs
    "\u0d81-\u0d83\u0dca-\u0df3\u0eb1-\u0ecd\u102b-\u103e\u1056-\u1059\u17b4-\u17d3"
)
# Hebrew abbreviations keep their gershayim inside the word (ארה"ב, the United States).
TOKEN_RE = re.compile(
    rf"[\u05d0-\u05ea]+[\"״][\u05d0-\u05ea]+|(?:[^\W\d_]\.){{2,}}|[^\W_](?:[^\W_]+|[{MARKS}]+)*"
)
FOLD_TABLE = str.maketrans(
    {
        "ё": "е",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        "ـ": None,
        "\u200c": None,
        "’": "'",
        "״": '"',
        # Romanian s and t with a comma are often typed with a cedilla ("Franţa", "Franța")
        "ş": "ș",
        "ţ": "ț",
    }
)
# Letters whose marks spelling may leave out: Greek accents, Turkish dotted İ, vowel points,
# the Devanagari nukta.
FOLDABLE_RE = re.compile(
    r"[\u0370-\u03ff\u1f00-\u1fff\u0307\u0591-\u05c7\u0610-\u0652\u093c\u0958-\u095f]"
)
NUKTA = 0x093C  # Hindi writes "ज़" and "ज" for the same sound: "मोज़ांबिक", "मोजांबिक"
# Thai, Lao, Myanmar, Khmer, kana and Han: scripts written without spaces between words.
UNSPACED_RE = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
)
# Katakana letters and the length mark, not the middle dot that separates words ("ロシア・ウクライナ").
KATAKANA_RE = re.compile(r"[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]")


def fold(word: str) -> str:
    """Return a comparison key: case folded; Greek accents, Arabic and Hebrew points off."""
    word = word.casefold().translate(FOLD_TABLE)
    if word.isascii() or not FOLDABLE_RE.search(word):
        return word
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", word):
        point = ord(char)
        greek = bool(kept) and "\u0370" <= kept[-1] <= "\u03ff"
        if point == NUKTA or (
            unicodedata.combining(char) and (greek or point == 0x0307 or 0x0591 <= point <= 0x0652)
        ):
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def is_unspaced(form: str) -> bool:
    """Tell whether a form is written in a script without spaces between words (CJK, Thai)."""
    return bool(UNSPACED_RE.search(form))


def katakana_cut(text: str, start: int, end: int) -> bool:
    """Tell whether a katakana form is only part of a longer katakana word."""
    if not KATAKANA_RE.match(text[start]):
        return False
    before = start > 0 and KATAKANA_RE.match(text[start - 1])
    after = end < len(text) and KATAKANA_RE.match(text[end])
    return bool(before or (after and KATAKANA_RE.match(text[end - 1])))
