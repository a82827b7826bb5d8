"""Decoding article bytes: UTF-8, BOMs, legacy encodings, and the files that cannot be text."""

import pytest

from indexer.decode import decode_bytes
from indexer.errors import SkipFile

POLISH = "Minister Obrony Narodowej podpisał umowę na dostawę czołgów. Żołnierze ćwiczą przy granicy, gęś źle śpiewa."
CZECH = (
    "Ministr obrany podepsal smlouvu o nákupu tanků. Česká armáda získá nové vozidly, řekl mluvčí."
)
FRENCH = "Le ministre des Armées a signé à Paris un accord très célèbre sur la défense aérienne."
GERMAN = "Der Verteidigungsminister hat in München über die Lieferung größerer Übungsmunition gesprochen."
RUSSIAN = "Министр обороны заявил о поставках боеприпасов на следующей неделе."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (POLISH, "utf-8"),
        (POLISH, "utf-8-sig"),
        (POLISH, "utf-16"),
        (POLISH, "cp1250"),
        (POLISH, "iso8859_2"),
        (CZECH, "cp1250"),
        (FRENCH, "cp1252"),
        (FRENCH, "latin-1"),
        (GERMAN, "cp1252"),
        (RUSSIAN, "cp1251"),
    ],
)
def test_decodes_to_the_original_letters(text, encoding):
    decoded, _ = decode_bytes(text.encode(encoding), "a.txt")
    assert decoded == text
    assert "\ufffd" not in decoded


def test_line_endings_are_normalised():
    decoded, _ = decode_bytes(b"Title\r\n\r\nBody line\rnext", "a.txt")
    assert decoded == "Title\n\nBody line\nnext"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"text with a \x00 NUL byte", "binary"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20 + b"abc", "binary"),
        ("replacement \ufffd inside".encode(), "undecodable"),
    ],
)
def test_unusable_bytes_are_skipped_with_a_reason(data, reason):
    with pytest.raises(SkipFile) as caught:
        decode_bytes(data, "bad.txt")
    assert caught.value.reason == reason
    assert caught.value.path == "bad.txt"
