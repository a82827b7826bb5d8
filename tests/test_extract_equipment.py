"""Equipment extraction (indexer/extract/equipment.py): aliases, word boundaries, ambiguity."""

from __future__ import annotations

import pytest

from indexer.extract.equipment import (
    TYPES,
    canonical_equipment,
    equipment_table,
    equipment_type,
    extract_equipment,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: model numbers written with or without hyphens and spaces
        (
            "The army will buy 180 K2 tanks and 212 K9 howitzers.",
            ("K2 Black Panther", "K9 Thunder"),
        ),
        ("Pilots will train on the F16 and later the F 35A.", ("F-16", "F-35")),
        ("A Patriot battery and two NASAMS units arrived.", ("Patriot", "NASAMS")),
        ("Deliveries of HIMARS launchers start in spring.", ("M142 HIMARS",)),
        # Polish: inflected names and the Polish variants
        ("Wojsko odebrało kolejne czołgi K2PL i haubice K9PL.", ("K2 Black Panther", "K9 Thunder")),
        ("Na poligon wyjechały Abramsy i Rosomaki.", ("M1 Abrams", "Rosomak")),
        # German, French, Spanish
        ("Die Bundeswehr bestellt weitere Leopard 2A8.", ("Leopard 2",)),
        ("La Grèce commande des Rafale supplémentaires.", ("Rafale",)),
        ("El ejército recibirá obuses CAESAR este año.", ("CAESAR",)),
        # Korean particles attach without a space; Japanese and Chinese have no spaces at all
        ("흑표 전차와 K9자주포를 수출한다.", ("K2 Black Panther", "K9 Thunder")),
        ("K2는 새로운 전차이다.", ("K2 Black Panther",)),
        ("防衛省はパトリオットを追加配備する。", ("Patriot",)),
        ("该国采购了爱国者导弹系统。", ("Patriot",)),
        # Russian, Ukrainian, Arabic
        ("Россия перебросила С-400 и Искандеры к границе.", ("S-400", "Iskander")),
        ("Україна отримала нові Петріоти.", ("Patriot",)),
        ("وصلت بطاريات باتريوت وطائرات إف-16 إلى القاعدة.", ("Patriot", "F-16")),
    ],
)
def test_finds_systems_by_alias(text: str, expected: tuple[str, ...]) -> None:
    assert extract_equipment(None, (text,)).value == expected


@pytest.mark.parametrize(
    "text",
    [
        "He carried an AK-200 rifle on the march.",  # "K-200" inside a longer model number
        "The climbers reached the summit of K2 in July.",  # ambiguous K2 without a tank word
        "Patriotic songs were sung at the parade.",  # not the Patriot system
        "A leopard was seen near the village.",  # the animal, lower case
        "The French word rafale means a gust of wind.",  # cased alias: only "Rafale"
        "The tanks and howitzers were shown at the fair.",  # categories are topics, not equipment
    ],
)
def test_leaves_out_what_is_not_a_system(text: str) -> None:
    assert extract_equipment(None, (text,)).value == ()


def test_ambiguous_alias_counts_when_the_system_is_named_unambiguously_elsewhere() -> None:
    found = extract_equipment(
        "Poland signs K2 Black Panther deal", ("The first K2 arrive in May.",)
    )
    assert found.value == ("K2 Black Panther",)


def test_headline_counts_and_order_is_first_mention() -> None:
    found = extract_equipment("Gripen for Colombia", ("Colombia also looked at the F-16.",))
    assert found.value == ("Gripen", "F-16")
    assert "Gripen=Gripen" in found.evidence


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("K2 Black Panther", "K2 Black Panther"),
        ("k2 black panther", "K2 Black Panther"),
        ("K2PL", "K2 Black Panther"),
        ("흑표", "K2 Black Panther"),
        ("PAC-3", "Patriot"),
        ("f16", "F-16"),
        ("no such thing", None),
    ],
)
def test_canonical_equipment(written: str, canonical: str | None) -> None:
    assert canonical_equipment(written) == canonical


def test_table_is_large_typed_and_unique() -> None:
    table = equipment_table()
    assert len(table.systems) >= 150
    assert {system.kind for system in table.systems.values()} == set(TYPES)
    assert equipment_type("K9 Thunder") == "artillery"
    assert equipment_type("unknown") is None
