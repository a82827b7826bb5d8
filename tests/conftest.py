"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from indexer.article import Article
from indexer.store import IndexStore

# --- search app fixtures (searchapp/, tests/test_app_*.py, tests/browser/) ------------------

XSS = '<script>alert(1)</script> "onmouseover="alert(1) javascript:alert(1)'


def _article(
    id: str,
    title: str,
    text: str,
    day: date | None,
    countries: tuple[str, ...] = (),
    people: tuple[str, ...] = (),
    topics: tuple[str, ...] = (),
    language: str = "en",
    outlet: str | None = "Defense News",
    authors: tuple[str, ...] = (),
    url: str | None = None,
) -> Article:
    """Return one fixture article."""
    return Article(
        id=id,
        source=f"fixtures/{id}.txt",
        title=title,
        text=text,
        date=day,
        language=language,
        countries=countries,
        people=people,
        authors=authors,
        topics=topics,
        outlet=outlet,
        url=url if url is not None else f"https://example.org/{id}",
        content_hash=f"hash-{id}",
        source_text=f"Home > Defence\n\n{title}\n\n{text}\n\n© Fixture Wire\n",
    )


FIXTURE_ARTICLES: tuple[Article, ...] = (
    _article(
        "a01",
        "Poland and Slovakia sign ammunition deal",
        "Poland and Slovakia signed an agreement on artillery ammunition production.\n\n"
        "Defence minister Robert Kaliňák said the shells would be made in Slovakia.\n\n"
        "The deal covers 155 mm rounds for howitzers.",
        date(2025, 2, 24),
        countries=("PL", "SK"),
        people=("Robert Kaliňák", "Władysław Kosiniak-Kamysz"),
        topics=("ammunition", "defense-industry"),
        authors=("Anna Nowak",),
    ),
    _article(
        "a02",
        "South Korea delivers K2 tanks to Poland",
        "The first K2 tanks arrived in Gdynia. South Korea and Poland expand their "
        "defence industrial partnership with more tanks and howitzers.",
        date(2024, 11, 5),
        countries=("KR", "PL"),
        people=("Władysław Kosiniak-Kamysz",),
        topics=("tanks", "procurement"),
        outlet="Reuters",
    ),
    _article(
        "a03",
        "Czech ammunition initiative reaches Ukraine",
        "Shells bought under the Czech initiative reached Ukraine. Ammunition deliveries "
        "continue through 2025, officials in Prague said.",
        date(2024, 6, 12),
        countries=("CZ", "UA"),
        people=("Petr Pavel",),
        topics=("ammunition", "military-aid"),
        outlet="Reuters",
    ),
    _article(
        "a04",
        "Drones for Ukraine: Latvia leads coalition",
        "Latvia leads the drone coalition for Ukraine. Thousands of drones will be "
        "delivered, including interceptor drones.",
        date(2024, 3, 1),
        countries=("LV", "UA"),
        topics=("drones", "military-aid"),
    ),
    _article(
        "a05",
        "Slovakia debates air defense purchase",
        "The Slovak parliament debated buying an air defense system. Robert Kaliňák "
        "defended the procurement plan.",
        date(2023, 9, 18),
        countries=("SK",),
        people=("Robert Kaliňák",),
        topics=("air-defense", "procurement"),
        outlet="TASR",
    ),
    _article(
        "a06",
        "Polska kupuje amunicję",
        "Polska podpisała umowę na dostawy amunicji artyleryjskiej. Minister obrony "
        "Władysław Kosiniak-Kamysz ogłosił zakup.",
        date(2025, 1, 15),
        countries=("PL",),
        people=("Władysław Kosiniak-Kamysz",),
        topics=("ammunition", "procurement"),
        language="pl",
        outlet="PAP",
    ),
    _article(
        "a07",
        "Naval exercise in the Baltic Sea",
        "Ships from Poland, Lithuania and Germany trained together in a joint naval "
        "exercise in the Baltic Sea.",
        date(2023, 6, 2),
        countries=("PL", "LT", "DE"),
        topics=("naval", "joint-exercises"),
    ),
    _article(
        "a08",
        "Undated note on demining cooperation",
        "Croatia and Ukraine discussed demining cooperation and landmines clearance training.",
        None,
        countries=("HR", "UA"),
        topics=("demining", "landmines", "training"),
        outlet=None,
    ),
    _article(
        "a09",
        f"Cyber defence pact {XSS}",
        f"Estonia and Finland agreed a cybersecurity pact. {XSS}\n\nSecond paragraph {XSS}.",
        date(2022, 5, 9),
        countries=("EE", "FI"),
        topics=("cybersecurity",),
        url="javascript:alert(1)",
    ),
    _article(
        "a10",
        "Germany and France plan joint tank",
        "Germany and France revived their joint main battle tank programme. Ammunition "
        "compatibility is part of the plan.",
        date(2022, 12, 1),
        countries=("DE", "FR"),
        topics=("tanks", "defense-industry"),
        outlet="Reuters",
    ),
    _article(
        "a11",
        "Japan and Philippines sign access agreement",
        "Japan and the Philippines signed a reciprocal access agreement to allow joint "
        "exercises and training.",
        date(2024, 7, 8),
        countries=("JP", "PH"),
        topics=("joint-exercises", "training"),
        language="en",
        outlet="Nikkei",
    ),
    _article(
        "a12",
        "Slovensko a Poľsko podpísali dohodu o muníci",
        "Robert Kaliňák a poľský minister podpísali dohodu o výrobe munície.",
        date(2025, 2, 25),
        countries=("SK", "PL"),
        people=("Robert Kaliňák",),
        topics=("ammunition",),
        language="sk",
        outlet="TASR",
    ),
)


def build_fixture_index(directory: Path) -> Path:
    """Build the fixture index in ``directory`` and return it."""
    with IndexStore(directory) as store, store.batch() as batch:
        for article in FIXTURE_ARTICLES:
            batch.put(article, article.source, "fixtures")
    return directory


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return an index directory built once from FIXTURE_ARTICLES."""
    return build_fixture_index(tmp_path_factory.mktemp("index"))


@pytest.fixture(scope="session")
def index_builder() -> Callable[[Path], Path]:
    """Return the function that builds the fixture index in a directory."""
    return build_fixture_index


@pytest.fixture(scope="session")
def articles() -> tuple[Article, ...]:
    """Return the fixture articles the index was built from."""
    return FIXTURE_ARTICLES


@pytest.fixture(scope="session")
def app(index_dir: Path) -> Iterator[Flask]:
    """Return the search app serving the fixture index (its searcher closed at the end)."""
    from searchapp import create_app

    flask_app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    yield flask_app
    flask_app.extensions["entente_index"].close()


@pytest.fixture()
def client(app: Flask) -> Iterator[FlaskClient]:
    """Return a test client for the search app."""
    with app.test_client() as test_client:
        yield test_client


# --- end of search app fixtures -------------------------------------------------------------
