"""searchapp.errorpage and the validation behind it: plain messages, retry and did-you-mean links."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest
from flask.testing import FlaskClient
from werkzeug.datastructures import MultiDict

from searchapp.errorpage import error_page
from searchapp.errors import InvalidRequest
from searchapp.filters import closest_topic
from searchapp.labels import closest_country, country_code, language_code
from searchapp.request import parse_search_request


def args(query: str) -> MultiDict[str, str]:
    """Return request arguments for a query string (values already decoded)."""
    return MultiDict(parse_qsl(query, keep_blank_values=True))


def refusal(query: str) -> InvalidRequest:
    """Return the error a query string is refused with."""
    with pytest.raises(InvalidRequest) as caught:
        parse_search_request(args(query))
    return caught.value


@pytest.mark.parametrize(
    ("query", "message", "suggestion", "retry", "chips"),
    [
        (
            "q=topic:drone&country=PL",
            "'drone' is not a topic.",
            ("topic:drones", "/?q=topic%3Adrones&country=PL"),
            ("Search without topic:drone", "/?country=PL"),
            ["Country: Poland"],
        ),
        (
            "q=frigates language:german&year=2024",
            "'german' is not a language code;",
            ("language:de", "/?q=frigates+language%3Ade&year=2024"),
            ("Search without language:german", "/?q=frigates&year=2024"),
            ["Year: 2024"],
        ),
        (
            "country=ZZ&topic=naval",
            "Filter Country: there is no country with the code ZZ;",
            None,
            ("Search without the filter Country: ZZ", "/?topic=naval"),
            ["Topic: Naval"],
        ),
        (
            "country=Polnad&country=DE",
            "Filter Country: 'Polnad' is not a country we know;",
            ("Poland", "/?country=DE&country=PL"),
            ("Search without the filter Country: Polnad", "/?country=DE"),
            ["Country: Germany"],
        ),
        ("q=country:", "'country:' needs a value right after the colon", None, None, []),
        (
            "q=radar country: PL&page=x",
            "'country:' needs a value right after the colon",
            None,
            ("Search without country:", "/?q=radar+PL"),  # the bad page number dropped too
            [],
        ),
        ("q=country:XX", "There is no country with the code XX;", None, None, []),
        (
            "page=0&year=2023",
            "Page: 0 is out of range;",
            None,
            ("Go to the first page", "/?year=2023"),
            ["Year: 2023"],
        ),
    ],
)
def test_error_page_says_what_to_change_and_keeps_the_rest(
    query: str,
    message: str,
    suggestion: tuple[str, str] | None,
    retry: tuple[str, str] | None,
    chips: list[str],
) -> None:
    page = error_page(refusal(query), args(query))
    assert page.message.startswith(message) and "Invalid parameter" not in page.message
    assert ((page.suggestion.label, page.suggestion.url) if page.suggestion else None) == suggestion
    assert ((page.retry.label, page.retry.url) if page.retry else None) == retry
    assert [chip.text for chip in page.chips] == chips
    assert page.form_q == args(query).get("q", "")  # the box holds what was typed, whole


@pytest.mark.parametrize(
    ("query", "retry", "removes"),
    [
        ("country=ZZ&topic=naval", "/cooperation?topic=naval", ["/cooperation"]),
        (
            "country=ZZ&topic=naval&year=2024&focus=PL",
            "/cooperation?year=2024&topic=naval&focus=PL",
            ["/cooperation?topic=naval&focus=PL", "/cooperation?year=2024&focus=PL"],
        ),
        ("q=topic:drone&country=KR", "/cooperation?country=KR", ["/cooperation"]),
    ],
)
def test_error_page_links_stay_on_the_cooperation_map(
    query: str, retry: str, removes: list[str]
) -> None:
    page = error_page(refusal(query), args(query), "/cooperation")
    assert page.retry is not None and page.retry.url == retry
    assert [part.remove_url for chip in page.chips for part in chip.parts] == removes
    assert page.start_url == "/cooperation"


def test_error_page_chips_on_the_search_page_stay_there() -> None:
    query = "country=ZZ&topic=naval&year=2024"
    page = error_page(refusal(query), args(query))
    assert [part.remove_url for chip in page.chips for part in chip.parts] == [
        "/?topic=naval",
        "/?year=2024",
    ]
    assert page.start_url == "/"


def test_too_many_words_says_what_to_do_as_the_box_does() -> None:
    query = "q=" + " ".join(f"word{i}" for i in range(60))
    page = error_page(refusal(query), args(query))
    # The same sentence as the search box's live counter (static/app.js).
    assert page.message == (
        "Your search has 60 words and at most 50 fit; "
        "drop some, or move countries, topics and years into the filters."
    )
    assert "terms" not in page.message


def test_long_query_is_refused_with_the_limit() -> None:
    error = refusal("q=" + "frigate " * 80)
    assert error.user_message.startswith("Your search is 639 characters long and at most 500 fit")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("PL", "PL"),
        ("pl", "PL"),
        ("XK", "XK"),
        ("ZZ", None),
        ("XX", None),
        ("turkey", "TR"),
        ("UK", "GB"),  # a name, not an ISO code
        ("Ivory Coast", "CI"),  # from the indexer's country table
        ("ROK", "KR"),
    ],
)
def test_country_code_refuses_unknown_codes(given: str, expected: str | None) -> None:
    assert country_code(given) == expected


@pytest.mark.parametrize(
    ("find", "given", "expected"),
    [
        (closest_topic, "drone", "drones"),
        (closest_topic, "tank", "tanks"),
        (closest_topic, "cyber", "cybersecurity"),
        (closest_topic, "zzz", None),
        (closest_country, "Polnad", "PL"),
        (closest_country, "Germnay", "DE"),
        (closest_country, "Atlantis", None),
        (language_code, "german", "de"),
        (language_code, "Polish", "pl"),
        (language_code, "ger", "de"),
        (language_code, "Klingonese", None),
    ],
)
def test_did_you_mean_finders(find: object, given: str, expected: str | None) -> None:
    assert find(given) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("query", "suggestion", "first_choice"),
    [
        ("q=topic:drone", "topic:drones", ("Air defense", "/?q=topic%3Aair-defense")),
        ("topic=drone&year=2024", "Drones", ("Air defense", "/?topic=air-defense&year=2024")),
        ("q=topic:zzz", None, ("Air defense", "/?q=topic%3Aair-defense")),
    ],
)
def test_topic_error_puts_the_suggestion_first_and_folds_the_list(
    query: str, suggestion: str | None, first_choice: tuple[str, str]
) -> None:
    error = refusal(query)
    page = error_page(error, args(query))
    assert "use one of" not in page.message and "air-defense" not in page.message
    assert (page.suggestion.label if page.suggestion else None) == suggestion
    assert page.choices_title == "All 22 topics" and len(page.choices) == 22
    assert (page.choices[0].label, page.choices[0].url) == first_choice
    assert "use one of air-defense, " in error.message  # API clients still get the list


def test_topic_error_page_folds_the_list_only_with_a_suggestion(client: FlaskClient) -> None:
    folded = client.get("/?q=topic:drone").data.decode()
    assert '<details class="error-choices">' in folded
    assert folded.index("Did you mean") < folded.index("error-choices")
    unfolded = client.get("/?q=topic:zzz").data.decode()
    assert '<details class="error-choices" open>' in unfolded
