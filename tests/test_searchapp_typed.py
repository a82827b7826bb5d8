"""searchapp.typed: field terms typed in the box become the filters they mean, and nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.datastructures import MultiDict

from indexer.store import open_live
from searchapp.engine import Engine
from searchapp.filters import Selection
from searchapp.query import parse_query
from searchapp.request import parse_search_request
from searchapp.typed import lift

PEOPLE = {"jan kowalski": "Jan Kowalski", "vistula post": "Vistula Post"}


def resolve(name: str, value: str) -> str | None:
    """Stand in for the index: two stored spellings."""
    return PEOPLE.get(value.lower())


def pc(name: str, *values: str) -> dict[str, tuple[str, ...]]:
    return {name: values}


@pytest.mark.parametrize(
    ("q", "given", "left", "lifted"),
    [
        ("country:PL", Selection(), "", Selection(pc("country", "PL"))),
        ("drones country:poland", Selection(), "drones", Selection(pc("country", "PL"))),
        (  # two typed countries: both must hold, so "all of"
            "country:PL country:KR",
            Selection(),
            "",
            Selection(pc("country", "PL", "KR"), {"country": "all"}),
        ),
        ("-country:RU drones", Selection(), "drones", Selection(excluded=pc("country", "RU"))),
        ("drones NOT topic:tanks", Selection(), "drones", Selection(excluded=pc("topic", "tanks"))),
        ("drones AND year:2024", Selection(), "drones", Selection(pc("year", "2024"))),
        ("year:2024 AND drones", Selection(), "drones", Selection(pc("year", "2024"))),
        ("year:undated", Selection(), "", Selection(pc("year", "undated"))),
        ("country:PL OR", Selection(), "", Selection(pc("country", "PL"))),  # a dangling OR
        ("drones country:PL AND", Selection(), "drones", Selection(pc("country", "PL"))),
        ("(language:PL) tanks", Selection(), "tanks", Selection(pc("language", "pl"))),
        ('person:"jan kowalski"', Selection(), "", Selection(pc("person", "Jan Kowalski"))),
        ("source:vistula", Selection(), "source:vistula", Selection()),  # not a stored outlet
        ('"air defense" country:PL', Selection(), '"air defense"', Selection(pc("country", "PL"))),
        # Left typed: OR, prefixes, nesting, unknown values.
        ("country:PL OR country:KR", Selection(), "country:PL OR country:KR", Selection()),
        ("topic:dr*", Selection(), "topic:dr*", Selection()),
        ("(country:PL drones) OR tanks", Selection(), "(country:PL drones) OR tanks", Selection()),
        ("country:Narnia", Selection(), "country:Narnia", Selection()),
        ("title:tanks", Selection(), "title:tanks", Selection()),
        # With ticked values: AND-ed into one selection when one mode can say it.
        (
            "country:KR",
            Selection(pc("country", "PL")),
            "",
            Selection(pc("country", "PL", "KR"), {"country": "all"}),
        ),
        (
            "country:KR",
            Selection(pc("country", "PL", "SK"), {"country": "all"}),
            "",
            Selection(pc("country", "PL", "SK", "KR"), {"country": "all"}),
        ),
        (  # (PL or SK) and KR is no single mode: stays typed
            "country:KR",
            Selection(pc("country", "PL", "SK")),
            "country:KR",
            Selection(pc("country", "PL", "SK")),
        ),
        ("year:2024", Selection(pc("year", "2024")), "", Selection(pc("year", "2024"))),
        ("year:2025", Selection(pc("year", "2024")), "year:2025", Selection(pc("year", "2024"))),
        (  # selected and excluded at once: stays typed (and matches nothing, as typed)
            "-country:PL",
            Selection(pc("country", "PL")),
            "-country:PL",
            Selection(pc("country", "PL")),
        ),
        (
            "tanks -country:UA",
            Selection(excluded=pc("country", "RU")),
            "tanks",
            Selection(excluded=pc("country", "RU", "UA")),
        ),
    ],
)
def test_lift(q: str, given: Selection, left: str, lifted: Selection) -> None:
    assert lift(q, given, resolve) == (left, lifted)


def test_people_stay_typed_without_a_resolver() -> None:
    assert lift('person:"jan kowalski"', Selection()) == ('person:"jan kowalski"', Selection())


@pytest.fixture(scope="module")
def engine(index_dir: Path) -> Iterator[Engine]:
    found = Engine(open_live(index_dir).searcher())
    yield found
    found.close()


@pytest.mark.parametrize(
    ("q", "params"),
    [
        ("country:PL", []),
        ("country:PL country:KR", []),
        ("country:PL country:SK topic:ammunition", []),
        ("ammunition -country:SK", []),
        ("NOT country:UA", []),
        ("ammunition AND year:2025", []),
        ("year:undated", []),
        ("-year:undated training", []),
        ('person:"robert kalinak"', []),
        ("person:kalinak", []),  # a surname alone is not a stored person: stays typed
        ("source:reuters tanks", []),
        ("language:sk", []),
        ("country:KR", [("country", "PL")]),
        ("country:PL", [("country", "SK"), ("country", "CZ")]),
        ("country:UA", [("country", "CZ"), ("country", "LV"), ("country_mode", "all")]),
        ("-country:PL ammunition", [("not_country", "CZ")]),
        ("topic:training", [("topic", "landmines"), ("not_country", "JP")]),
    ],
)
def test_typed_terms_find_what_they_found_before(
    engine: Engine, q: str, params: list[tuple[str, str]]
) -> None:
    lifted = parse_search_request(MultiDict([("q", q), *params]), 100, engine.stored_value)
    typed = parse_search_request(MultiDict(params), 100).with_changes(q=q, query=parse_query(q))
    found = {hit.article.id for hit in engine.search(lifted).hits}
    assert found == {hit.article.id for hit in engine.search(typed).hits}
    assert engine.search(lifted).total == len(found)
