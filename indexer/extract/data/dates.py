"""Date patterns: which strings may be a date, and how their numbers are ordered."""

from __future__ import annotations

# Years a publication date may have, Gregorian (19xx, 20xx) and Persian solar (13xx, 14xx).
YEAR = r"(?:19|20)\d\d"
JALALI_YEAR = r"1[34]\d\d"
BUDDHIST_YEAR = r"25\d\d"
# Languages whose numeric dates with a 13xx/14xx year are Persian solar dates.
JALALI_LANGUAGES: frozenset[str] = frozenset({"fa", "ps"})
# Languages that count years from the Buddha (2567 is 2024): the years to take off.
BUDDHIST_OFFSET: dict[str, int] = {"th": 543}
BUDDHIST_FROM = 2500  # a year from here on is a Buddhist-era year in those languages
# Japanese eras: the Gregorian year before each era's first ("令和7年" is 2025); 元 is year 1.
ERAS: dict[str, int] = {"令和": 2018, "平成": 1988}

# Each pattern finds one candidate; named groups y/m/d (or a/b for an ambiguous pair) give its
# parts. order: "ymd" and "dmy" are certain; "pair" is day/month or month/day, decided later.
# Digits of every script are read as ASCII digits before these run.
NUMERIC_PATTERNS: tuple[tuple[str, str], ...] = (
    ("ymd", rf"(?<![\d.])(?P<y>{YEAR}|{JALALI_YEAR})\s*[-./]\s*(?P<m>\d{{1,2}})\s*[-./]\s*(?P<d>\d{{1,2}})(?![\d])"),
    ("ymd", rf"(?<![\d.])(?P<y>{YEAR}) (?P<m>0[1-9]|1[0-2]) (?P<d>0[1-9]|[12]\d|3[01])(?![\d])"),
    ("era", r"(?P<era>令和|平成)\s*(?P<y>\d{1,2}|元)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    ("ymd", rf"(?P<y>{YEAR})\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월]\s*(?P<d>\d{{1,2}})\s*[日일]"),
    ("dmy", rf"(?<![\d.])(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>{YEAR}|{JALALI_YEAR}|\d\d)(?![\d]|\.\d)"),
    ("dmy", rf"(?<![\d-])(?P<d>\d{{1,2}})-(?P<m>\d{{1,2}})-(?P<y>{YEAR}|{JALALI_YEAR})(?![\d])"),
    # eight digits standing alone between dashes or spaces: "177102 – 02122025 – Text"
    ("dmy", r"(?:^|(?<=[\s–—-]))(?P<d>0[1-9]|[12]\d|3[01])(?P<m>0[1-9]|1[0-2])(?P<y>20\d\d)(?=\s+[–—-]\s|\s*$)"),
    # Vietnamese "ngày 14 tháng 11 năm 2025", "14 tháng 11, 2025"
    ("dmy", rf"(?<!\d)(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?:\s+năm|,)\s*(?P<y>{YEAR})(?!\d)"),
    # "08/08/2024", also spaced as some ministries print it: "08 / 08 / 2024"
    ("pair", rf"(?<![\d/])(?P<a>\d{{1,2}})(?P<_s> ?)/(?P=_s)(?P<b>\d{{1,2}})(?P=_s)/(?P=_s)(?P<y>{YEAR}|{BUDDHIST_YEAR}|\d\d)(?![\d/])"),
)

# A day, a month name (one or two words, looked up in monthnames) and a year, in the orders
# languages write them: "14 November 2025", "5th, November 2024", "17 de junio de 2019",
# "November 14, 2025", "2025. november 14.", "2025 m. lapkričio 14 d.", "2025. gada 14. novembris".
_DAY = r"(?P<d>\d{1,2})"
# Combining marks that \w leaves out (Devanagari, Thai, Arabic, Hebrew vowel signs) and ZWNJ.
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0d57"
    "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200c"
)
_WORD = rf"[^\W\d_](?:[^\W\d_'’]|[{MARKS}])*"
# The month slot: one word, then (for "كانون الثاني", "tháng mười một") two or three words.
MONTH_SLOTS: tuple[str, ...] = (
    rf"(?P<mon>{_WORD}\.?)",
    rf"(?P<mon>(?:{_WORD}\.){{2,3}})",  # Thai "พ.ค."
    rf"(?P<mon>{_WORD}(?:\s{_WORD}){{1,2}})",
)
_YEAR = rf"(?P<y>{YEAR}|{JALALI_YEAR}|{BUDDHIST_YEAR})"
_ORDINAL = r"(?:st|nd|rd|th|er|eme|ème|e|º|°|ª|\.|-?(?:го|е|я|ого))?"
TEXT_PATTERNS: tuple[str, ...] = (
    rf"(?<![\d.])(?<!\d\.){_DAY}{_ORDINAL},?\s*(?:de\s+|of\s+|-)?{{month}},?[\s-]*(?:de\s+|del\s+)?{_YEAR}(?!\d)",
    rf"(?:(?<![^\W\d_])|(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])){{month}}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d)",
    rf"(?<!\d){_YEAR}\.?(?:\s*m\.|\s*г\.|,)?\s+{{month}}\s+{_DAY}(?:\.|\s*d\.|-?(?:án|én|jén|ján|a|e|i))?(?![\d.]\d)",
    rf"(?<!\d){_YEAR}\.\s*gada\s+{_DAY}\.\s*{{month}}",
)

# Month names dateparser's tables lack, January first, per language and calendar: the Persian
# solar months, the Latvian locative ("14. novembrī"), and the genitives of Serbian ("14.
# новембра 2025", both scripts, also read in Bosnian, Macedonian and Croatian texts),
# Slovenian ("14. januarja") and Albanian ("14 nëntorit").
_SERBIAN = (
    "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра "
    "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra"
)
EXTRA_MONTH_NAMES: dict[str, dict[str, str]] = {
    "fa": {"jalali": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند"},
    "lv": {
        "gregorian": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī "
        "oktobrī novembrī decembrī"
    },
    "sr": {"gregorian": _SERBIAN},
    "bs": {"gregorian": _SERBIAN},
    "mk": {"gregorian": _SERBIAN},
    "hr": {"gregorian": _SERBIAN},
    "sl": {
        "gregorian": "januarja februarja marca aprila maja junija julija avgusta septembra "
        "oktobra novembra decembra"
    },
    "sq": {
        "gregorian": "janarit shkurtit marsit prillit majit qershorit korrikut gushtit "
        "shtatorit tetorit nëntorit dhjetorit"
    },
}
# The same as (name, month number) pairs; a list longer than twelve starts again at January.
EXTRA_MONTHS: dict[str, dict[str, tuple[tuple[str, int], ...]]] = {
    language: {
        calendar: tuple((name, index % 12 + 1) for index, name in enumerate(names.split()))
        for calendar, names in calendars.items()
    }
    for language, calendars in EXTRA_MONTH_NAMES.items()
}
# Our language codes whose dateparser table has another name.
LANGUAGE_TABLES: dict[str, str] = {"no": "nb"}

# Clues, found on the same line, for a numeric day/month pair.
MONTH_FIRST_CLUES: tuple[str, ...] = (r"\b[AP]\.?M\.?\b", r"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b")
DAY_FIRST_CLUES: tuple[str, ...] = (
    r"\b(?:GMT|UTC)\s*\+\s*\d",
    r"\b(?:CET|CEST|BST|EET|EEST|MSK|IST|ICT|KST|JST|WIB|SGT|AEST|AEDT)\b",
    r"\d{1,2}[.:]\d\d\s*(?:h|Uhr)\b",
)
# Languages whose writers put the month first in a numeric date.
MONTH_FIRST_LANGUAGES: frozenset[str] = frozenset()
# For English, neither order is safe without a clue (US and British writers differ).
UNSURE_ORDER_LANGUAGES: frozenset[str] = frozenset({"en", "und"})

# Two-digit years: 24 -> 2024; a year more than this many years ahead belongs to the 1900s.
TWO_DIGIT_YEAR_LEAD = 1
EARLIEST_YEAR = 1990
# A header line is a date line when, the date taken out, at most this many words are left.
DATE_LINE_WORDS = 6
# A short line among the first body lines that is only a place and a date, nothing after it ("Buenos Aires, 16 de
# abril de 2024") dates the article when a standfirst pushed it out of the header.
TOP_BODY_LINES = 3
# The page's top bar: its first lines, where a weather reading (and a town) may stand over the
# today's-date widget: "20.9 C", "-3 °C", "72°F".
WEATHER = r"^[-+−]?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]$|^[-+−]?\d{1,3}(?:[.,]\d)?\s*°"
TOP_BAR_LINES = 4
TOP_BAR_WORDS = 3
# A line that is nothing but a date may stand a little lower, under a caption, byline and desk.
TOP_DATE_ONLY_LINES = 6
TOP_DATE_LINE_CHARS = 60
# The first body paragraph may open with a dateline: a place, the date and a dash.
DATELINE_PREFIX = (
    r"^[\s(]*(?:\([^)]{1,40}\)\s*)?"
    # up to four capitalized words (a place, an outlet: "iDnes" is capitalized on its second
    # letter), apart by spaces, commas, slashes or a spaced dash ("Outlet - Desk 3.2.2024")
    r"(?:(?:[A-ZÀ-ÝΑ-ΩА-ЯЁЄІЇҐЂ-Џ]|[a-z][A-Z])[\w.'’-]*(?:\s[-–—|]\s|[\s,/])+){0,4}"
    # Arabic and Indic scripts have no capitals: a place there is any word ("ঢাকা,", "لاہور،")
    r"(?:[\u0600-\u06ff\u0900-\u0dff]+(?:\s[-–—|]\s|[\s,/،])+){0,2}"
    r"(?:[\u4e00-\u9fff]{2,12})?"  # "新华社北京2025年11月14日电"
    r"(?:(?:le|el|il|am|den|dnia|on|วันที่)\s*)?"  # "Paris, le 18 juin 2024 –"
    r"(?:\d{3,8}\s[-–—]\s)?"  # a release's number before its date: "177102 – 02122025 –"
)
# after the date: a dash, a Chinese dispatch (电), or a Thai report opening ("วันที่ 16 พ.ค.2567 ผู้สื่อข่าวรายงานว่า")
DATELINE_AFTER = (
    # "ঃ": the Bengali visarga, which Bengali pages print as a colon after a dateline; the
    # period of Serbian and Croatian years ("14. novembar 2024. –")
    r"^\.?(?:\s*(?:\([^)]{1,40}\))?\s*\.?(?:[-–—:|/(ঃ]|$|ผู้สื่อข่าว|电|電)|(?=[^\W\d_])|\s+(?=[\u0e00-\u0e7f])"
    r"|,?\s+(?:[01]?\d|2[0-3]):[0-5]\d\s)"
)
# A clock time right after a date in the first paragraph's opening: "… Outlet 20.01.2025 18:38 Text".
CLOCK_AFTER = r"^,?\s+(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:.,]\d)"
# ... or a word glued to the date, as scraped feeds run a date into its byline ("2025.07.24竹内 修"),
# or a clock time after it ("3.2.2024 21:31 Text"): a time stamp, not an event's date.
# A site's own name with its web address ("Example.mk – News, business"): the masthead. A date
# printed above it, on the page's first line, is the top bar's clock, not the post's date.
SITE_NAME = r"(?<![\w.@/])[^\W\d_][\w-]{2,}(?:\.[\w-]+)*\.[a-z]{2,6}(?![\w.])"
