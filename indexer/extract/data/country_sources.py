"""Where the generated country names come from: CLDR locales, time zone cities, countrynames."""

from __future__ import annotations

# langdetect code -> the CLDR locales whose territory names apply (first: the language's own).
# Close languages that detection confuses, or that write each other's names, share locales.
LOCALES: dict[str, tuple[str, ...]] = {
    "zh": ("zh", "zh_Hant"),
    "ru": ("ru", "uk", "be"),
    "uk": ("uk", "ru", "be"),
    "no": ("nb", "nn", "da"),
    "da": ("da", "nb"),
    "tl": ("fil",),
    "hr": ("hr", "bs", "sr_Latn"),
    "sl": ("sl", "hr"),
    "mk": ("mk", "sr_Cyrl", "bg"),
    "bg": ("bg", "mk"),
    "cs": ("cs", "sk"),
    "sk": ("sk", "cs"),
    "ms": ("ms", "id"),
    "id": ("id", "ms"),
    # Serbian writes both scripts; Bosnian reads its neighbours' names (close_languages.tsv).
    "sr": ("sr", "sr_Latn", "hr", "bs"),
    "bs": ("bs", "hr", "sr_Latn", "sr"),
}

# Codes with an ISO 3166-1 entry that articles name as places, not countries: overseas
# territories and islands, bases among them ("Guam", "Diego Garcia"). Their names never count.
NOT_COUNTRIES = frozenset(
    "AS AI AQ AX BL BM BQ BV CC CK CX FK GF GG GI GP GS GU HM IM IO JE KY MF MP MQ MS NC NF NU"
    " PF PM PN RE SH SJ TC TF TK UM VG VI WF YT".split()
)

# CLDR exemplar cities (time zone names) that are capitals: a capital stands for its government.
CAPITAL_ZONES: dict[str, str] = {
    "Europe/Moscow": "RU", "Europe/Kiev": "UA", "Europe/Kyiv": "UA", "Europe/Warsaw": "PL",
    "Europe/Berlin": "DE", "Europe/Paris": "FR", "Europe/London": "GB", "Europe/Rome": "IT",
    "Europe/Madrid": "ES", "Europe/Lisbon": "PT", "Europe/Amsterdam": "NL", "Europe/Brussels": "BE",
    "Europe/Vienna": "AT", "Europe/Prague": "CZ", "Europe/Bratislava": "SK", "Europe/Budapest": "HU",
    "Europe/Bucharest": "RO", "Europe/Sofia": "BG", "Europe/Athens": "GR", "Europe/Belgrade": "RS",
    "Europe/Zagreb": "HR", "Europe/Ljubljana": "SI", "Europe/Skopje": "MK", "Europe/Tirane": "AL",
    "Europe/Sarajevo": "BA", "Europe/Podgorica": "ME", "Europe/Chisinau": "MD", "Europe/Minsk": "BY",
    "Europe/Vilnius": "LT", "Europe/Riga": "LV", "Europe/Tallinn": "EE", "Europe/Helsinki": "FI",
    "Europe/Stockholm": "SE", "Europe/Oslo": "NO", "Europe/Copenhagen": "DK", "Europe/Dublin": "IE",
    "Atlantic/Reykjavik": "IS", "Asia/Tbilisi": "GE", "Asia/Yerevan": "AM", "Asia/Baku": "AZ",
    "Asia/Tokyo": "JP", "Asia/Seoul": "KR", "Asia/Pyongyang": "KP", "Asia/Taipei": "TW",
    "Asia/Tehran": "IR", "Asia/Baghdad": "IQ", "Asia/Damascus": "SY", "Asia/Amman": "JO",
    "Asia/Beirut": "LB", "Asia/Riyadh": "SA", "Asia/Kabul": "AF", "Asia/Manila": "PH",
    "Asia/Bangkok": "TH", "Asia/Jakarta": "ID", "Asia/Kuala_Lumpur": "MY", "Asia/Singapore": "SG",
    "Asia/Dhaka": "BD", "Asia/Kathmandu": "NP", "Asia/Tashkent": "UZ", "Asia/Ulaanbaatar": "MN",
    "Asia/Doha": "QA", "Asia/Kuwait": "KW", "Asia/Muscat": "OM", "Africa/Cairo": "EG",
    "Africa/Nairobi": "KE", "Africa/Addis_Ababa": "ET", "America/Mexico_City": "MX",
    "America/Bogota": "CO", "America/Lima": "PE", "America/Santiago": "CL", "America/Caracas": "VE",
    "America/Havana": "CU", "America/Buenos_Aires": "AR",
}  # fmt: skip

# Languages whose city names are too often part of other words to match as substrings (Thai
# "ริกา", Riga, is the end of "อเมริกา", America).
NO_CAPITALS = frozenset({"th"})

# countrynames aliases carry no language: only those in the article's own non-Latin script are
# used, with at least this many letters (shorter ones are common words somewhere).
COUNTRYNAMES_MIN_LETTERS = 4

# Generated forms that are ordinary words too often to stand for a country, per language
# ("*" for every language). They also switch off the English rows of countries.tsv for that
# language (Turkish "Mali" is "financial"); the language's own curated rows still apply.
SKIP_FORMS: dict[str, frozenset[str]] = {
    "*": frozenset({"Man", "Jersey", "Guernsey", "Réunion", "Maurice", "Christmas", "Norfolk"}),
    "ru": frozenset({"Того"}),
    "uk": frozenset({"Того"}),
    "bg": frozenset({"Того"}),
    "mk": frozenset({"Того"}),
    "ko": frozenset({"말리", "수단", "오만", "피지", "부탄"}),  # "means", "arrogance", "sebum", "butane"
    "ja": frozenset({"マリ"}),
    "tr": frozenset({"Mali"}),  # "financial"
    "es": frozenset({"Granada"}),  # the Spanish city, far more often than Grenada
    # Chinese two-character names that end or start common words ("沿海地区", "增加纳入", "调查德国").
    "zh": frozenset({"海地", "加纳", "加蓬", "多哥", "马里", "馬利", "查德", "东加", "東加", "多米尼克", "尼日"}),
    "hi": frozenset({"माली", "गिनी"}),  # "gardener", "counted"
    "mr": frozenset({"माली"}),
    "ne": frozenset({"माली"}),
    "ar": frozenset({"مالي", "بنين"}),  # "financial", "boys"
    "fa": frozenset({"مالی", "چک"}),  # "financial", "cheque"
    "ur": frozenset({"مالی", "شام"}),  # "financial", "evening"
    "he": frozenset({"פרו"}),  # "pro-"
    "th": frozenset({"มาลี", "เช็ก"}),  # "jasmine", "cheque"
}

# Flags for generated forms (see countries.tsv): "given" - also a given name, ignored inside a
# person's name ("Nguyễn Văn Đức"); "initial" - also a pronoun, ignored where a sentence starts;
# "bound" - also a common noun, counted only before the endings
# in country_cjk.BOUND_ENDINGS (Korean "인도" is India and "delivery").
FORM_FLAGS: dict[str, dict[str, str]] = {
    "*": {"Chad": "given", "Jordan": "given", "Georgia": "given", "Israel": "given",
          "Mali": "given", "Niger": "given", "Jordania": "given"},
    "vi": {"Anh": "given,initial", "Đức": "given", "Nga": "given", "Mỹ": "given", "Lào": "given",
           "Pháp": "given"},
    "ko": {"인도": "bound"},
}  # fmt: skip

# Scripts whose letters, when an article holds enough of them and its detected language is
# written otherwise, bring that script's names in too (a Taiwanese page detected as Korean).
SCRIPT_LANGUAGES: dict[str, tuple[str, str]] = {
    "ja": ("CJK", r"[\u3040-\u30ff]"),
    "zh": ("CJK", r"[\u4e00-\u9fff]"),
    "ko": ("HANGUL", r"[\uac00-\ud7a3]"),
    "ar": ("ARABIC", r"[\u0620-\u064a]"),
    "he": ("HEBREW", r"[\u05d0-\u05ea]"),
    "hi": ("DEVANAGARI", r"[\u0900-\u097f]"),
    "el": ("GREEK", r"[\u0370-\u03ff]"),
    "th": ("THAI", r"[\u0e00-\u0e7f]"),
    "ru": ("CYRILLIC", r"[\u0400-\u04ff]"),
    "bn": ("BENGALI", r"[\u0980-\u09ff]"),
    "pa": ("GURMUKHI", r"[\u0a00-\u0a7f]"),
    "gu": ("GUJARATI", r"[\u0a80-\u0aff]"),
    "ta": ("TAMIL", r"[\u0b80-\u0bff]"),
    "te": ("TELUGU", r"[\u0c00-\u0c7f]"),
    "kn": ("KANNADA", r"[\u0c80-\u0cff]"),
    "ml": ("MALAYALAM", r"[\u0d00-\u0d7f]"),
}
MIN_SCRIPT_LETTERS = 40

# Adjectives derived from one-word CLDR names where the rule is regular: (proclitics to drop,
# endings to drop, suffix to add unless the word already ends with it). Arabic nisba: "روسيا"
# gives "روسي" (Russian), "الهند" gives "هندي". (Hindi, Hebrew and Persian adjectives are too
# irregular for one rule: their common ones are curated in countries.tsv.)
ADJECTIVE_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "ar": (("ال",), ("ا", "ة"), "ي"),
}

# Spelling variants news use beside CLDR's: Thai writes "-sia" both "เซีย" and "เชีย"
# (อินโดนีเซีย, อินโดนีเชีย). Each generated name gets its variant too.
SPELLING_VARIANTS: dict[str, tuple[tuple[str, str], ...]] = {
    "th": (("เซีย", "เชีย"),),
}
