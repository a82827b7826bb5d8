"""Dates and countries in the languages and scripts added last: Indic, Serbian, Malay, Balkan."""

from datetime import date

import pytest

from indexer.extract.countries import extract_countries
from indexer.extract.dates import extract_date
from indexer.extract.pairs import extract_pairs
from indexer.extract.people import extract_people
from indexer.extract.topics import extract_topics
from indexer.parse import parse_document

TODAY = date(2026, 1, 1)
BODY = " Officials said the first deliveries would follow within a year, and training soon after."


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        ("ঢাকা, ০৭ মার্চ ২০২৪ ঃ দুই দেশের নৌবাহিনী যৌথ মহড়া শুরু করেছে।", "bn", date(2024, 3, 7)),
        ("চট্টগ্রাম, ১২ ফেব্রুয়ারি ২০২৩ - দুই দেশের সেনাপ্রধান বৈঠক করেন।", "bn", date(2023, 2, 12)),
        ("لاہور، 14 مارچ 2024: دونوں ممالک نے معاہدے پر دستخط کیے۔", "ur", date(2024, 3, 14)),
        ("Београд, 14. новембар 2024. – Министри су потписали споразум.", "sr", date(2024, 11, 14)),
        ("Beograd, 3. februara 2025. – Ministri su potpisali sporazum.", "sr", date(2025, 2, 3)),
        ("Kuala Lumpur, 15 Mac 2024 – Kedua-dua negara menandatangani.", "ms", date(2024, 3, 15)),
        ("சென்னை, மார்ச் 12, 2024 – இரு நாடுகளும் ஒப்பந்தம் செய்தன.", "ta", date(2024, 3, 12)),
        ("ਚੰਡੀਗੜ੍ਹ, 12 ਮਾਰਚ 2024 - ਦੋਵਾਂ ਦੇਸ਼ਾਂ ਨੇ ਸਮਝੌਤਾ ਕੀਤਾ।", "pa", date(2024, 3, 12)),
        ("Tiranë, 12 mars 2024 – Dy vendet nënshkruan marrëveshjen.", "sq", date(2024, 3, 12)),
    ],
)
def test_datelines(paragraph, language, expected):
    text = f"Two armies sign a pact\n\n{paragraph}{BODY}"
    found = extract_date(parse_document(text), language, TODAY)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ভারতের সঙ্গে বাংলাদেশের যৌথ মহড়া হবে, জাপানকে আমন্ত্রণ জানানো হয়েছে।", "bn", {"IN", "BD", "JP"}),
        (
            "Ministar je razgovarao sa kolegom iz Mađarske o saradnji sa Srbijom.",
            "sr",
            {"HU", "RS"},
        ),
        ("Министар је разговарао са колегом из Мађарске о сарадњи са Србијом.", "sr", {"HU", "RS"}),
        ("Delegacija iz BiH je posjetila vojarnu.", "bs", {"BA"}),
        ("Ministrica se je sestala s kolegom s Cipra.", "sl", {"CY"}),
        ("Kosova dhe Mali i Zi nënshkruan marrëveshje me ushtrinë amerikane.", "sq", {"ME", "US"}),
        ("El ministre rus i el seu homòleg ucraïnès es van reunir.", "ca", {"RU", "UA"}),
        (
            "Kapal itu belayar di Laut China Selatan bersama tentera laut Amerika Syarikat.",
            "ms",
            {"US"},
        ),
        ("இந்தியாவும் பிரான்ஸும் அமெரிக்காவுடன் ஒப்பந்தம் செய்தன.", "ta", {"IN", "FR", "US"}),
        ("ഇന്ത്യയും ഫ്രാൻസും റഷ്യയുമായി ചർച്ച നടത്തി.", "ml", {"IN", "FR", "RU"}),
        ("భారత్ మరియు జపాన్ ఆస్ట్రేలియాతో చర్చించాయి.", "te", {"IN", "JP", "AU"}),
        (
            "The page quoted: ভারতের সঙ্গে বাংলাদেশের যৌথ মহড়া হবে, জাপানকে আমন্ত্রণ জানানো হয়েছে।",
            "en",
            {"IN", "BD", "JP"},
        ),
    ],
)
def test_countries(text, language, expected):
    assert set(extract_countries((text,), language).value) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ঢাকায় প্রতিরক্ষামন্ত্রী তাকেশি ইয়ামাদা বলেন, চুক্তিটি গুরুত্বপূর্ণ।", "bn", {"তাকেশি ইয়ামাদা"}),
        ("وزیر دفاع خالد محمود نے کہا کہ دونوں ممالک مشقیں کریں گے۔", "ur", {"خالد محمود"}),
        (
            "Ministri i Mbrojtjes Arben Hoxha tha se marrëveshja është e rëndësishme.",
            "sq",
            {"Arben Hoxha"},
        ),
        (
            "La ministra de Defensa, Marta Soler, va dir que l'acord és important.",
            "ca",
            {"Marta Soler"},
        ),
        ("Sinabi ni Kalihim Jose Santos na mahalaga ang kasunduan.", "tl", {"Jose Santos"}),
        (
            "Menteri Pertahanan, Datuk Seri Hasan Ismail berkata, latihan itu penting.",
            "ms",
            {"Hasan Ismail"},
        ),
        (
            "Министар се састао са министром одбране Томиславом Ђурићем у Београду.",
            "sr",
            {"Томислав Ђурић"},
        ),
        ("Ministar odbrane Adnan Hodžić je rekao da je saradnja važna.", "bs", {"Adnan Hodžić"}),
    ],
)
def test_people(text, language, expected):
    assert set(extract_people((text,), language).value) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("বাংলাদেশকে সামরিক সহায়তা দেবে দেশটি। সেনাদের প্রশিক্ষণ হবে।", "bn", {"military-aid", "training"}),
        (
            "Dve vojske održaće zajedničke vežbe i obuku pilota.",
            "sr",
            {"training", "joint-exercises"},
        ),
        ("Tentera laut akan menerima kapal peronda baharu.", "ms", {"naval"}),
        ("Norge sender luftvern og ammunisjon til landet.", "no", {"air-defense", "ammunition"}),
    ],
)
def test_topics(text, language, expected):
    assert set(extract_topics(None, (text,), language).value) == expected


def test_serbian_pairs_read_cyrillic_cooperation_words():
    text = ("Србија и Грчка потписале су споразум о сарадњи у области одбране.",)
    assert extract_pairs(None, text, "sr", ("RS", "GR")).value == ("GR-RS",)
