""" "Did you mean": misspelt and hyphenated words fixed, written as the articles write them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.datastructures import MultiDict

from indexer.article import Article
from indexer.store import IndexStore, open_live
from searchapp.engine import Engine
from searchapp.request import parse_search_request


def article(number: int, title: str, text: str, people: tuple[str, ...] = ()) -> Article:
    """Return one invented English article."""
    return Article(
        id=f"s{number:02}",
        source=f"suggest/{number}.txt",
        title=title,
        text=text,
        language="en",
        people=people,
        content_hash=f"hash-s{number}",
    )


ARTICLES = (
    *(
        article(
            n,
            f"Navy report {n}",
            f"The frigate Tallow sailed north with captain Halvorsen aboard. Frigates guard "
            f"the strait, said Ingrid Olszewska-Brandt, the fleet's spokeswoman ({n}).",
            ("Ingrid Olszewska-Brandt",),
        )
        for n in range(12)
    ),
    article(20, "Harbour news", "A new frigatte was seen in the harbour on Monday."),
    *(article(n, f"Corvette {n}", "The corvette Ash left port.") for n in range(30, 33)),
    article(40, "Misprint", "A corvete was sold."),
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Return an engine over the invented articles."""
    directory = tmp_path_factory.mktemp("suggest")
    with IndexStore(directory) as store, store.batch() as batch:
        for item in ARTICLES:
            batch.put(item, item.source, "suggest")
    found = Engine(open_live(Path(directory)).searcher())
    yield found
    found.close()


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("frigatte", "frigate"),  # one article has the typo, twelve the word
        ("Olszewska-Brand", "Olszewska-Brandt"),  # one word of a hyphenated name
        ("olszewska-brand", "Olszewska-Brandt"),  # written as the articles write the name
        ("halvorsem", "Halvorsen"),
        ("strait halvorsem", "strait Halvorsen"),
        ("frigate", None),
        ("Olszewska-Brandt", None),
        ("harbour", None),  # a word of few articles, with no far more frequent neighbour
        ("corvete", None),  # the fix is in three articles, not ten times as many
        ("zzzzqqq", None),
        ("2024", None),
    ],
)
def test_suggests_a_fix_written_as_stored(
    engine: Engine, typed: str, suggested: str | None
) -> None:
    request = parse_search_request(MultiDict([("q", typed)]))
    assert engine.search(request).suggestion == suggested


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("frigatte OR harbour", "frigate OR harbour"), ("frigatte OR corvette", None)],
)
def test_a_fix_must_find_ten_times_as_many(
    engine: Engine, typed: str, suggested: str | None
) -> None:
    request = parse_search_request(MultiDict([("q", typed)]))
    assert engine.search(request).suggestion == suggested
