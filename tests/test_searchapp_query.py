"""searchapp.query: the user's query syntax and its limits."""

from __future__ import annotations

import pytest

from searchapp.errors import InvalidRequest
from searchapp.query import Group, Not, Term, leaves, parse_query, positive_words


def show(node: object) -> str:
    """Return a compact form of a parsed query for comparisons."""
    if node is None:
        return ""
    if isinstance(node, Term):
        field = f"{node.field}:" if node.field else ""
        return {
            "word": f"{field}{node.text}",
            "phrase": f'{field}"{node.text}"',
            "prefix": f"{field}{node.text}*",
        }[node.kind]
    if isinstance(node, Not):
        return f"-{show(node.child)}"
    assert isinstance(node, Group)
    return f"{node.op}({' '.join(show(c) for c in node.children)})"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ammunition", "ammunition"),
        ("poland ammunition", "and(poland ammunition)"),
        ("a OR b c", "and(or(a b) c)"),
        ("a || b", "or(a b)"),
        ("a AND b", "and(a b)"),
        ('"air defense" drones', 'and("air defense" drones)'),
        ("-poland tanks", "and(-poland tanks)"),
        ("NOT poland tanks", "and(-poland tanks)"),
        ("-(a b) c", "and(-and(a b) c)"),
        ("ammun*", "ammun*"),
        ("country:PL", "country:PL"),
        ("Country:pl", "country:pl"),
        ("countries:PL", "country:PL"),
        ('person:"Robert Kaliňák"', 'person:"Robert Kaliňák"'),
        ("outlet:Reuters", "source:Reuters"),
        ("tanks?", "tanks?"),
        ("F-16", "F-16"),
        ("https://example.org/x", "https://example.org/x"),
        ("((a))", "a"),
        ("()", ""),
        ("a OR", "a"),
        ("+a", "a"),
    ],
)
def test_parse(text: str, expected: str) -> None:
    assert show(parse_query(text)) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("*a*", "may only end a word"),
        ("*", "needs at least 2 letters"),
        ("a*", "needs at least 2 letters"),
        ("a*b", "may only end a word"),
        ("abcdefg~9", "fuzzy"),
        ('"a b"~2', "fuzzy"),
        ("/ab+c/", "regular expressions"),
        ('"open', "closing quote"),
        ("(a", "never closed"),
        ("a)", "no matching"),
        ("colour:red", "unknown field"),
        ("country:(PL)", "needs a value"),
        ("x" * 501, "at most 500"),
        (" ".join(["w"] * 51), "at most 50"),
        ("(" * 9 + "a" + ")" * 9, "nested too deeply"),
        ("a " * 1000, "at most 500"),
    ],
)
def test_rejects(text: str, message: str) -> None:
    with pytest.raises(InvalidRequest) as error:
        parse_query(text)
    assert message in error.value.reason and error.value.param == "q"


def test_spans_and_spelling_candidates() -> None:
    text = 'amunition country:PL -drones "air defense" OR tnks'
    node = parse_query(text)
    assert [t.text for t in leaves(node)] == ["amunition", "PL", "drones", "air defense", "tnks"]
    words = positive_words(node)
    assert [text[t.start : t.end] for t in words] == ["amunition", "tnks"]
