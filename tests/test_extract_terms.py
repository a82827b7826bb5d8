"""The term matcher: longest match first, stems, gaps and case rules."""

import re

import pytest

from indexer.extract.terms import TermIndex, make_term, trie_pattern


def found(terms: list[str], text: str) -> list[str]:
    index = TermIndex([make_term(t, t) for t in terms])
    return [m.term.payload for m in index.find(text)]


@pytest.mark.parametrize(
    ("terms", "text", "expected"),
    [
        (["Korea", "South Korea"], "South Korea and Korea", ["South Korea", "Korea"]),
        (["Ukrain*"], "wsparcie dla Ukrainy", ["Ukrain*"]),
        (["US"], "let us go to the US", ["US"]),
        (["Chile"], "chile peppers from Chile", ["Chile"]),
        (["secur* ~3 border*"], "security of their shared borders", ["secur* ~3 border*"]),
        (["secur* ~3 border*"], "security. Their borders", []),
        (["air defense"], "air, defense", []),
        (["U.S."], "the U.S. Army", ["U.S."]),
    ],
)
def test_find(terms, text, expected):
    assert found(terms, text) == expected


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (["ab", "abc", "b"], "abcb", ["abc", "b"]),
        (["防空", "防空导弹"], "防空导弹和防空", ["防空导弹", "防空"]),
        (["방산 협력"], "방산협력과 방산 협력", ["방산협력", "방산 협력"]),
        (["a.b"], "axb a.b", ["a.b"]),
    ],
)
def test_trie_pattern(words, text, expected):
    assert re.findall(trie_pattern(words), text) == expected


@pytest.mark.parametrize(
    ("terms", "text", "expected"),
    [
        (["air defense"], "air_air defense, Air  Defense", ["air defense", "Air  Defense"]),
        (["U.S."], "the U.S. and the U.S.", ["U.S.", "U.S."]),
        (["drone*"], "dronedrone drones", ["dronedrone", "drones"]),
        (["secur* ~3 border*"], "Security of the border; security", ["Security of the border"]),
    ],
)
def test_match_spans(terms, text, expected):
    index = TermIndex([make_term(t, t) for t in terms])
    assert [m.text for m in index.find(text)] == expected
    assert all(text[m.start : m.end] == m.text for m in index.find(text))
