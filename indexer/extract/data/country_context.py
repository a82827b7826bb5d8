"""Contexts in which a country word does not name the country (regular expressions)."""

from __future__ import annotations

# flag (from countries.tsv) -> (text just before, text just after); either match voids it.
FLAG_CONTEXT: dict[str, tuple[str, str]] = {
    "state": (
        r"(?:\b(?:Atlanta|Savannah|Augusta|Macon|Columbus|Athens|Albany|Valdosta|Fort\s+\w+)"
        r"|\b(?:Marietta|Warner\s+Robins|Kings\s+Bay|Dobbins)|\b[Ss]tate\s+of|\bU\.?S\.?\s+state\s+of)\W{0,3}$",
        r"^(?:,?\s*(?:USA|U\.S\.A?\.?|US)\b|['’]s\s+(?:governor|Governor|senator|Senator)\b"
        r"|\s+(?:state|State|Senate|senator|Senator|governor|Governor|Tech|Bulldogs|Republican"
        r"|Democrat|Power|Department|National\s+Guard|Southern|Ports)\b)",
    ),
    # Also a pronoun, capitalized only where a sentence starts (Vietnamese "Anh" is the UK and "he").
    "initial": (r"(?:^\s*|[.!?:…»”\"]\s+)$", r"(?!)"),
    "bird": (
        r"(?i)\b(?:thanksgiving|roast(?:ed)?|wild|christmas|stuffed|smoked|sliced)\s+$",
        r"(?i)^\s+(?:dinner|sandwich|breast|meat|legs?|hunt|burger|bacon|stuffing|feathers?|day)\b",
    ),
}

# A country adjective used as the name of a language ("Slovak-language", "subtitles in Korean").
LANGUAGE_AFTER = (
    r"(?i)^(?:-|\s)(?:language|languages|speaking|speakers?|translations?|version|subtitles"
    r"|dubbed|alphabet|script|lessons|classes|dictionary|grammar|literature|teacher|teachers)\b"
)
LANGUAGE_BEFORE = (
    r"(?i)\b(?:in|into|from|speak|speaks|spoke|speaking|learn|learning|study|studying|taught"
    r"|teach|fluent|translated|written)\s+$"
)
LANGUAGE_BEFORE_END = r"^\s*(?:[.,;:)!?]|$|and\b|or\b)"

# For "given" flags: the word before or after that shows a personal name.
NAME_NEIGHBOUR_BEFORE = r"(?:^|[^\w.])([A-ZÀ-Ý][\w'’-]+)\s+$"
NAME_NEIGHBOUR_AFTER = r"^\s+([A-ZÀ-Ý][\w'’-]+)"

# A capital named only as a place: a dateline in capitals ("MADRID - "), "near London",
# "signed in Prague" (but "officials in Riga" speaks for the government).
CAPITAL_PLACE_BEFORE = r"(?i)\b(?:in|at|near|outside|around|suburbs? of|outskirts of)\s+$"
CAPITAL_GOVERNMENT_BEFORE = (
    r"(?i)\b(?:officials|authorities|government|leaders|leadership|diplomats|regime|politicians"
    r"|policymakers|lawmakers|ministry|ministries)\s+in\s+$"
)

# A capital that opens a paragraph and is followed by a date, an agency or a dash is a dateline
# ("Київ, 5 листопада", "서울=연합뉴스", "Warszawa (PAP) -").
DATELINE_AFTER = r"^\s*(?:[=/(]|[,—–-]\s*(?:\d|\w+\.?\s+\d)|[—–-]\s)"

# Outside English an inflected capital is a place ("в Лондоне", "Madridba"); these endings and
# proclitics leave it the government: Korean subject and possessive particles; Arabic and Hebrew
# prefixes other than "in", "to", "from".
CAPITAL_SUBJECT_ENDINGS = frozenset({"은", "는", "이", "가", "의", "측", "도", "과", "와", "s"})
CAPITAL_PLACE_PREFIXES = frozenset({"ب", "ل", "وب", "ول", "فب", "ב", "ל", "מ", "וב", "ול", "ומ"})
