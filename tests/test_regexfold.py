"""Folding text as IGNORECASE compares it, and gating searches on the words a match needs."""

import re

import pytest

from indexer.regexfold import FoldedPattern, Gate, re_fold, required_literals

TEXTS = [
    "We use COOKIES on this site",
    "İSTANBUL'da toplantı",
    "ΤΕΛΙΚΟΣ ΛΟΓΟΣ και τελικός λόγος",
    "Straße, STRASSE, ſtrasse",
    "plain ascii text with nothing special",
    "Тестовый ТЕКСТ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_re_fold_keeps_length(text):
    assert len(re_fold(text)) == len(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [("İ", "i"), ("ς", "σ"), ("Σ", "ς"), ("ſ", "S"), ("K", "k"), ("µ", "Μ"), ("É", "é")],
)
def test_re_fold_joins_what_ignorecase_joins(a, b):
    assert re.fullmatch(re.escape(a), b, re.IGNORECASE)
    assert re_fold(a) == re_fold(b)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bwe\b.{0,30}\bcookies?\b", {"cookie"}),
        (r"(copyright|©|all rights reserved)", {"copyright", "©", "all rights reserved"}),
        (r"^(?:photo|foto)\s*:", {"photo", "foto"}),
        (r"(?:ab)+c", {"ab"}),
        (r"a?b*", None),
        (r"(?:x|)yz", {"yz"}),
        (r"(?:ЗАЯВИЛ|сказал)", {"заявил", "сказал"}),
    ],
)
def test_required_literals(pattern, expected):
    found = required_literals(pattern, re.IGNORECASE)
    assert (set(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(we|our site)\b.{0,30}\b(use|uses)\b.{0,50}\bcookies?\b",
        r"(copyright|©|\(c\)\s*\d{4})",
        r"\b(?=[at])(accept|agree|tamam)\b",
        r"τελικ[οό]ς",
        r"istanbul",
    ],
)
@pytest.mark.parametrize("text", [*TEXTS, "(C) 2024 Example", "I agree", "Our site uses cookies"])
def test_gate_never_skips_a_match(pattern, text):
    compiled = re.compile(pattern, re.IGNORECASE)
    gate = Gate.of(compiled)
    assert bool(gate.search(text, re_fold(text))) == bool(compiled.search(text))


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["tank", "leopard"], "Two LEOPARD tanks and a Tank."),
        (["ıslak", "straße"], "ISLAK STRASSE Straße"),
        (["λόγος"], "ΛΟΓΟΣ λόγος λόγοσ"),
        (["k9"], "The K9 and k9 howitzers"),
    ],
)
def test_folded_pattern_matches_as_ignorecase(words, text):
    source = "|".join(re.escape(w) for w in words)
    folded = FoldedPattern("|".join(re.escape(re_fold(w)) for w in words))
    expected = [m.span() for m in re.finditer(source, text, re.IGNORECASE)]
    assert [m.span() for m in folded.finditer(text)] == expected
