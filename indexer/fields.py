"""Names of the index fields, shared by the indexer and the search app (no Whoosh here)."""

from __future__ import annotations

ID = "id"
SOURCE_PATH = "path"
ROOT = "root"
HASH = "hash"
EXTRACTOR = "extractor"
TITLE = "title"
BODY = "body"
DATE = "date"
DATE_NUM = "date_num"
YEAR = "year"
LANGUAGE = "language"
COUNTRIES = "countries"
PEOPLE = "people"
PEOPLE_TEXT = "people_text"
# "<person key>\t<name as written>" per person (personkey.keyed_name): the person facet.
PERSON_NAMES = "person_names"
AUTHORS = "authors"
TOPICS = "topics"
PAIRS = "pairs"
EQUIPMENT = "equipment"
OUTLET = "outlet"
URL = "url"
SOURCE_TEXT = "source_text"
EVIDENCE = "evidence"  # JSON: facet -> value -> where in the body (or what text) decided it

# URL parameter -> index field, for every facet the site offers (DESIGN.md section 4).
FACET_FIELDS: dict[str, str] = {
    "country": COUNTRIES,
    "year": YEAR,
    "person": PEOPLE,
    "topic": TOPICS,
    "language": LANGUAGE,
    "source": OUTLET,
    "pair": PAIRS,  # partner-country pairs, "KR-PL"
    "equipment": EQUIPMENT,  # canonical names of weapon systems
}

# Multi-valued facet fields are stored comma-joined.
LIST_FIELDS = (COUNTRIES, PEOPLE, AUTHORS, TOPICS, PAIRS, EQUIPMENT)

TOPIC_SLUGS: tuple[str, ...] = (
    "air-defense",
    "ammunition",
    "armored-vehicles",
    "tanks",
    "artillery",
    "missiles",
    "drones",
    "naval",
    "aircraft",
    "landmines",
    "demining",
    "cybersecurity",
    "training",
    "joint-exercises",
    "defense-industry",
    "procurement",
    "military-aid",
    "peacekeeping",
    "border-security",
    "arms-control",
    "intelligence",
    "space",
)
