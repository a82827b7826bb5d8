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


def test_an_html_page_declaring_its_charset_is_read_in_it():
    # Slovak in ISO-8859-2 scores like Windows-1250; the page's own declaration settles it.
    text = "Minister obrany Robert Kaliňák podpísal memorandum. Ľudia, ťava, ôsmy, šesť."
    page = f'<html><head><meta charset="iso-8859-2"></head><body><p>{text}</p></body></html>'
    decoded, encoding = decode_bytes(page.encode("iso8859_2"), "page.html")
    assert text in decoded and encoding == "iso8859-2"


def test_a_false_charset_declaration_is_overruled():
    text = "Le ministre des Armées a signé à Paris un accord très célèbre."
    page = f'<meta http-equiv="Content-Type" content="text/html; charset=koi8-u"><p>{text}</p>'
    decoded, _ = decode_bytes(page.encode("cp1252"), "page.html")
    assert text in decoded
