"""searchapp.facets and searchapp.histogram: chips, value records, the any/all switch, undated."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from werkzeug.datastructures import MultiDict

from indexer.extract.personkey import LETTERS
from searchapp.facets import FACET_BY_NAME, SEARCH_SEPARATOR, chips
from searchapp.histogram import histogram
from searchapp.labels import fold
from searchapp.request import SearchRequest, parse_search_request


def parse(query: str) -> SearchRequest:
    """Parse a query string (no escaping needed in these tests)."""
    return parse_search_request(MultiDict([tuple(p.split("=", 1)) for p in query.split("&") if p]))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=PL", ["Country: Poland"]),
        ("country=PL&country=KR", ["Country: Poland or South Korea"]),
        ("country=PL&country=KR&country_mode=all", ["Country: Poland and South Korea"]),
        ("country=PL&country_mode=all", ["Country: Poland"]),
        ("not_country=RU", ["Country: not Russia"]),
        ("not_country=RU&not_country=BY", ["Country: not Russia and not Belarus"]),
        (
            "country=PL&not_country=RU&topic=drones&topic=naval&topic_mode=all",
            ["Country: Poland", "Country: not Russia", "Topic: Drones and Naval"],
        ),
        ("year=undated", ["Year: undated"]),
        ("not_year=undated&from=2024", ["Year: not undated", "From: 2024"]),
        ("country_mode=all", []),  # a mode alone filters nothing
    ],
)
def test_chips_read_as_what_they_do(query: str, expected: list[str]) -> None:
    assert [chip.text for chip in chips(parse(query))] == expected


def test_each_chip_value_removes_only_itself() -> None:
    (chip,) = chips(parse("country=PL&country=KR&country_mode=all"))
    assert [part.remove_url for part in chip.parts] == [
        "/?country=KR&country_mode=all",
        "/?country=PL&country_mode=all",
    ]
    (excluded,) = chips(parse("not_country=RU&q=tanks"))
    assert excluded.parts[0].remove_url == "/?q=tanks"


def test_group_marks_selected_and_excluded_values() -> None:
    request = parse("country=PL&not_country=RU")
    group = FACET_BY_NAME["country"].group({"PL": 3, "UA": 2}, request)
    by_value = {v.value: v for v in group.values}
    assert (by_value["PL"].selected, by_value["PL"].excluded) == (True, False)
    assert (by_value["RU"].excluded, by_value["RU"].count) == (True, 0)  # shown though absent
    assert by_value["UA"].exclude_url == "/?country=PL&not_country=RU&not_country=UA"
    assert by_value["PL"].exclude_url == "/?not_country=RU&not_country=PL"
    assert by_value["RU"].toggle_url == "/?country=PL"
    assert by_value["RU"].exclude_label == "Stop excluding Russia"
    assert [v.value for v in group.top] == ["PL", "RU", "UA"]  # chosen ones pinned on top


@pytest.mark.parametrize(
    ("facet", "query", "expected"),
    [
        ("country", "", [("any of", "/", True), ("all of", "/?country_mode=all", False)]),
        (
            "topic",
            "topic=naval&topic_mode=all&page=2",
            [("any of", "/?topic=naval", False), ("all of", "/?topic=naval&topic_mode=all", True)],
        ),
        ("year", "", []),  # one year an article: no switch
        ("language", "", []),
    ],
)
def test_mode_switch(facet: str, query: str, expected: list[tuple[str, str, bool]]) -> None:
    links = FACET_BY_NAME[facet].mode_links(parse(query))
    assert [(link.label, link.url, link.current) for link in links] == expected


def test_undated_is_the_last_year() -> None:
    group = FACET_BY_NAME["year"].group({"2023": 1, "undated": 4, "2025": 2}, SearchRequest())
    assert [(v.label, v.count) for v in group.values] == [
        ("2025", 2),
        ("2023", 1),
        ("undated", 4),
    ]
    assert group.values[-1].toggle_url == "/?year=undated"


def test_histogram_has_an_undated_bar_apart_from_the_years() -> None:
    found = histogram({"2023": 1, "2025": 4, "undated": 2}, parse("not_year=undated"))
    assert found is not None
    assert [(bar.year, bar.count) for bar in found.bars] == [
        ("2023", 1),
        ("2024", 0),
        ("2025", 4),
        ("undated", 2),
    ]
    years, undated = found.bars[-2], found.bars[-1]
    assert undated.x - years.x > found.bar_width + 6  # set apart
    assert undated.url == "/?year=undated"  # selecting it drops its own exclusion
    assert found.bars[0].url == "/?year=2023&not_year=undated"
    assert found.width >= undated.x + found.bar_width
    assert undated.excluded and undated.description == "undated: 2 articles (excluded)"


def test_histogram_of_undated_articles_only() -> None:
    found = histogram({"undated": 3}, parse("year=undated"))
    assert found is not None and [bar.year for bar in found.bars] == ["undated"]
    assert found.bars[0].selected and found.bars[0].show_label


@pytest.mark.parametrize(
    ("code", "typed"),
    [
        ("TR", "turkey"),
        ("TR", "Türkiye"),
        ("TR", "turkiye"),
        ("CZ", "czech republic"),
        ("CZ", "Czechia"),
        ("PL", "PL"),
        ("PL", "pol"),
        ("KR", "south korea"),
        ("KR", "korea"),
        ("GB", "uk"),
        ("GB", "great britain"),
        ("US", "usa"),
        ("US", "united states"),
    ],
)
def test_country_filter_box_finds_english_names_codes_and_aliases(code: str, typed: str) -> None:
    group = FACET_BY_NAME["country"].group({code: 1}, SearchRequest())
    names = group.values[0].search.split(SEARCH_SEPARATOR)
    assert any(fold(typed) in name for name in names)


@pytest.mark.parametrize(
    ("facet", "value", "typed"),
    [
        ("topic", "air-defense", "air defense"),
        ("topic", "air-defense", "air-def"),
        ("language", "de", "german"),
        ("person", "Robert Kaliňák", "kalinak"),
        ("person", "Mariusz Błaszczak", "blaszczak"),
        ("person", "Recep Tayyip Erdoğan", "erdogan"),
        ("source", "Agência Lusa", "agencia"),
    ],
)
def test_filter_box_names_are_folded(facet: str, value: str, typed: str) -> None:
    group = FACET_BY_NAME[facet].group({value: 1}, SearchRequest())
    assert any(typed in name for name in group.values[0].search.split(SEARCH_SEPARATOR))


def test_filter_box_names_include_a_persons_other_spellings() -> None:
    aliases = {"Volodymyr Zelensky": ("Wolodymyr Selenskyj",)}
    group = FACET_BY_NAME["person"].group({"Volodymyr Zelensky": 2}, SearchRequest(), True, aliases)
    assert group.values[0].search == "volodymyr zelensky|wolodymyr selenskyj"


def test_the_api_form_leaves_the_filter_box_names_out() -> None:
    group = FACET_BY_NAME["country"].group({"TR": 1}, SearchRequest(), links=False)
    assert group.values[0].search == ""
    assert set(group.values[0].to_json()) == {"value", "label", "count", "selected"}


def test_the_scripts_letter_table_is_the_python_one() -> None:
    script = (Path(__file__).parents[1] / "static" / "app.js").read_text(encoding="utf-8")
    table = re.search(r"var LETTERS = (\{.*?\});", script)
    assert table is not None
    assert json.loads(table.group(1)) == {chr(k): v for k, v in LETTERS.items()}
