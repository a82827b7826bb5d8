"""Decode article bytes to text: UTF-8, UTF-16 with a BOM, then a detected legacy encoding."""

from __future__ import annotations

import codecs
import re
from itertools import pairwise

from charset_normalizer import from_bytes

from indexer.errors import SkipFile
from indexer.textcheck import checked_text

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Single-byte encodings tried when bytes are not UTF-8, first wins a tie. Statistical detectors
# (charset-normalizer) cannot tell these apart on a short article, so each decoding is scored by
# how well its non-ASCII characters fit the alphabet of one European language group.
LEGACY_ENCODINGS: tuple[str, ...] = (
    "cp1252",
    "cp1250",
    "iso8859_2",
    "iso8859_15",
    "cp1257",
    "cp1251",
    # KOI8-U is KOI8-R plus the Ukrainian letters (є і ї ґ) where KOI8-R has box drawing.
    "koi8_u",
)


def _both_cases(letters: str) -> frozenset[str]:
    return frozenset(letters + letters.upper())


ALPHABETS: tuple[frozenset[str], ...] = tuple(
    _both_cases(letters)
    for letters in (
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýžľĺôä",  # Czech, Slovak
        "äöüß",  # German
        "àâæçéèêëîïôœùûüÿ",  # French
        "áéíñóúü¿¡ãõâêôàç",  # Spanish, Portuguese
        "åæøäöé",  # Nordic
        "áéíóöőúüű",  # Hungarian
        "ăâîșțşţ",  # Romanian
        "ąčęėįšųūžāēģīķļņõäöü",  # Baltic
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",  # Cyrillic
    )
)
DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
MIXED_WORD = re.compile(r"[A-Za-z]+[\u0370-\u04ff]|[\u0370-\u04ff]+[A-Za-z]")
TYPOGRAPHY = frozenset("„“”‘’‚«»–—…•€°§©®×·\u00a0")


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of ``path``; raise SkipFile when impossible."""
    if not data.strip():
        raise SkipFile(path, "empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), path), encoding
            except UnicodeDecodeError as error:
                raise SkipFile(path, "undecodable", f"{encoding} BOM but {error.reason}") from None
    if b"\x00" in data:
        raise SkipFile(path, "binary", "NUL bytes and no UTF-16 byte-order mark")
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError as error:
        # Mostly valid UTF-8 with a few bad bytes is damaged UTF-8, not a legacy code page:
        # read as one, every valid letter would come out as mojibake.
        if (damage := _utf8_damage(data)) is not None:
            detail = f"damaged UTF-8 at byte {error.start}: {damage}"
            raise SkipFile(path, "undecodable", detail) from None
    text, encoding = _best_single_byte(data, _declared_charset(data))
    if text is None:
        best = from_bytes(data).best()
        if best is None:
            raise SkipFile(path, "undecodable", "not UTF-8 and no legacy encoding fits")
        text, encoding = str(best), best.encoding
    return _checked(text, path), encoding


def _utf8_damage(data: bytes) -> str | None:
    """Describe the damage when bytes are mostly valid UTF-8; None when they look legacy."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if good and good >= bad:
        return f"{bad} invalid sequences among {good} valid non-ASCII characters"
    return None


def _declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in its head, if Python knows it."""
    match = DECLARED_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _plausibility(text: str) -> int:
    """Score how well the text's non-ASCII characters fit one alphabet (higher is better)."""
    letters = [ch for ch in text if ord(ch) > 127 and ch not in TYPOGRAPHY]
    if not letters:
        return 1
    # A Latin word with a non-Latin letter inside is a wrong guess, whatever alphabet fits.
    mixed = len(MIXED_WORD.findall(text))
    fit = max(sum(1 if ch in alphabet else -2 for ch in letters) for alphabet in ALPHABETS)
    return fit - 3 * mixed - 3 * _case_flips(text)


def _case_flips(text: str) -> int:
    """Count lower-to-upper case changes inside words that involve a non-ASCII letter.

    A Cyrillic text read in the wrong Cyrillic code page (KOI8 as Windows-1251) has the right
    alphabet but flipped case: "хЛТБ" instead of "Хлтб".
    """
    return sum(
        1
        for a, b in pairwise(text)
        if a.islower() and b.isupper() and (ord(a) > 127 or ord(b) > 127)
    )


def _best_single_byte(data: bytes, declared: str | None) -> tuple[str | None, str]:
    """Return the most plausible single-byte decoding (a declared one wins ties), or None."""
    best: tuple[int, str | None, str] = (0, None, "")
    candidates = [declared] if declared else []
    for encoding in candidates + [e for e in LEGACY_ENCODINGS if e != declared]:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if score > best[0]:
            best = (score, text, encoding)
    return best[1], best[2]


def _checked(text: str, path: str) -> str:
    text = checked_text(text, path)
    if not text.strip():
        raise SkipFile(path, "empty")
    return text
