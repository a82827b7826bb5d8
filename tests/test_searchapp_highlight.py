"""Highlighting: the query's words marked in any case, accent or inflection, text escaped."""

from __future__ import annotations

import pytest

from indexer.store.schema import text_analyzer
from searchapp.highlight import Highlighter

ANALYZER = text_analyzer()


def tokens(text: str) -> list[str]:
    """Return the indexed forms of the words in ``text``."""
    return [token.text for token in ANALYZER(text, mode="query")]


def marker(query: str) -> Highlighter:
    """Return the highlighter of a query's words."""
    return Highlighter(frozenset(tokens(query)), tokens)


@pytest.mark.parametrize(
    ("query", "text", "marked"),
    [
        ("tank", "Two Tanks arrived.", ["Tanks"]),
        ("hoping", "She hopes and was hoping.", ["hopes", "hoping"]),
        ("kalinak", "Minister Kaliňák spoke.", ["Kaliňák"]),
        ("Kaliňák", "KALINAK and kalinak.", ["KALINAK", "kalinak"]),
        ("defense", "Defenses, defensive lines and defenders.", ["Defenses", "defensive"]),
        ("tank", "A tanker is not a tank.", ["tank"]),
        ("radar", "No match here.", []),
        ("błaszczak", "Mariusz Błaszczak and Blaszczak.", ["Błaszczak", "Blaszczak"]),
    ],
)
def test_marks_the_words_the_index_would_match(query: str, text: str, marked: list[str]) -> None:
    found = [text[a:b] for a, b in marker(query).spans(text)]
    assert found == marked


@pytest.mark.parametrize(
    ("query", "text", "marked"),
    [
        ("F-16", "Two F-16 jets and an F-16C landed.", ["F-16"]),  # not F-16C: another code
        ("F-16", "The F‑16 (non-breaking hyphen) and F/A-18.", ["F‑16"]),
        ("Su-35", "A Su-35 and a MiG-29.", ["Su-35"]),  # one mark, not "Su" and "35"
        ("PAC-3", "Patriot PAC-3 batteries.", ["PAC-3"]),  # "3" is too short to be indexed
        ("F/A-18", "An F/A-18 Super Hornet.", ["F/A-18"]),
        ("K2 HIMARS", "K2 tanks, HIMARS launchers and K2-era plans.", ["K2", "HIMARS", "K2"]),
        ("COVID-19", "COVID-19 slowed deliveries.", ["COVID-19"]),
        ("F-35", "An F-16 is not an F-35.", ["F-35"]),
        ("2024", "The 2023-2024 budget and 2024.", ["2024", "2024"]),  # a range is no code
        ("art", "A state-of-the-art radar.", ["art"]),  # no digit: words stay words
    ],
)
def test_codes_the_query_wrote_are_marked_whole(query: str, text: str, marked: list[str]) -> None:
    found = [text[a:b] for a, b in marker(query).spans(text)]
    assert found == marked


def test_a_marked_code_stays_escaped() -> None:
    assert marker("F-16").snippet("<F-16>") == "&lt;<mark>F-16</mark>&gt;"


def test_snippet_escapes_text_and_marks_matches() -> None:
    snippet = marker("tank").snippet("<b>Tanks</b> & more")
    assert snippet == "&lt;b&gt;<mark>Tanks</mark>&lt;/b&gt; &amp; more"


def test_snippet_without_a_match_is_the_start_of_the_text() -> None:
    assert marker("radar").snippet("Two tanks arrived.") == "Two tanks arrived."


@pytest.mark.parametrize(
    ("before", "after", "starts", "ends"),
    [(0, 0, False, False), (200, 0, True, False), (0, 200, False, True), (200, 200, True, True)],
)
def test_snippet_shows_ellipses_where_the_text_goes_on(
    before: int, after: int, starts: bool, ends: bool
) -> None:
    text = "word " * (before // 5) + "the tank rolled" + " word" * (after // 5)
    snippet = marker("tank").snippet(text)
    assert "<mark>tank</mark>" in snippet
    assert snippet.startswith("… ") is starts and snippet.endswith(" …") is ends
    assert len(snippet) < 300


def test_snippet_prefers_the_fragment_with_more_query_words() -> None:
    filler = "filler " * 40
    text = f"A tank alone. {filler}The tank and a drone. {filler}A drone, then tanks. {filler}"
    snippet = marker("tank drone").snippet(text)
    assert snippet.count("<mark>drone</mark>") == 2 and "alone" not in snippet


def test_paragraphs_mark_every_match_and_keep_paragraphs() -> None:
    found = marker("tank").paragraphs("A tank.\n\nNo match.\n\nTanks & <more>.")
    assert found == ["A <mark>tank</mark>.", "No match.", "<mark>Tanks</mark> &amp; &lt;more&gt;."]
