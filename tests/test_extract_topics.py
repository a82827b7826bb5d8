"""Topics come from weighted term rules with a threshold; the headline counts double."""

import pytest

from indexer.extract.topics import extract_topics
from indexer.fields import TOPIC_SLUGS


def topics(headline: str | None, body: str, language: str = "en") -> set[str]:
    return set(extract_topics(headline, (body,), language).value)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The army ordered new howitzers.", {"artillery"}),
        ("Soldiers will clear unexploded ordnance from the fields.", {"demining"}),
        ("The plan includes anti-personnel mines along the frontier.", {"landmines"}),
        ("The ministry warned of a cyberattack on its networks.", {"cybersecurity"}),
        ("Both navies sent frigates to the drills at sea.", {"naval"}),
        ("A new satellite will watch the region from orbit.", {"space"}),
        ("Troops joined a UN peacekeeping mission.", {"peacekeeping"}),
        ("The K2 tank will be built locally.", {"tanks"}),
        ("The think tank published a report.", set()),
    ],
)
def test_single_strong_terms(body, expected):
    assert topics(None, body) == expected


def test_one_weak_mention_does_not_tag_but_two_do():
    assert "border-security" not in topics(None, "The talks touched on the border.")
    assert "border-security" in topics(None, "The border was closed. A second border post opened.")


def test_headline_counts_double():
    assert "border-security" in topics("Border talks", "Officials met.")


def test_gap_terms_within_a_sentence():
    assert "border-security" in topics(None, "They discussed the security of their shared borders.")
    assert "border-security" not in topics(None, "Security matters. Borders were not discussed.")


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Polska kupi nowe czołgi i haubice.", "pl", {"tanks", "artillery"}),
        ("Deutschland liefert Kampfpanzer und Munition.", "de", {"tanks", "ammunition"}),
        ("La France livre des frégates.", "fr", {"naval"}),
        ("España enviará drones y misiles.", "es", {"drones", "missiles"}),
    ],
)
def test_other_languages(body, language, expected):
    assert topics(None, body, language) == expected


def test_slugs_come_from_the_taxonomy_in_its_order():
    found = extract_topics(None, ("Drones, tanks and howitzers.",), "en").value
    assert set(found) <= set(TOPIC_SLUGS)
    assert list(found) == [s for s in TOPIC_SLUGS if s in found]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("The package covers spare parts, training and logistics.", "en", set()),
        ("Instructors ran a military training course for recruits.", "en", {"training"}),
        ("A rocket put the satellite into orbit.", "en", {"space"}),
        ("Coast guard ships met in the South China Sea.", "en", {"naval"}),
        ("Die Kaserne hat neue Übungsplätze bekommen.", "de", set()),
        ("El envío de armamento seguirá en primavera.", "es", {"military-aid"}),
        ("Armáda dostane novou munici a tanky.", "cs", {"ammunition", "tanks"}),
    ],
)
def test_passing_words_and_other_languages(body, language, expected):
    assert topics(None, body, language) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("The deal includes licensed production and technology transfer.", "en", True),
        ("Hanwha Aerospace will co-produce the howitzers at a new plant.", "en", True),
        ("Rheinmetall and KNDS announced a joint venture.", "en", True),
        ("KAI signed the export deal as the aircraft maker grows.", "en", True),
        ("The jets are made by Lockheed Martin. Lockheed Martin delivers them.", "en", False),
        ("Kai Wegner met Leonardo.", "en", False),
        ("Umowa obejmuje offset i transfer technologii.", "pl", True),
        ("Die Lizenzfertigung beginnt im Munitionswerk.", "de", True),
        ("Une coopération industrielle et la montée en cadence de Nexter.", "fr", True),
        ("Incluye transferencia de tecnología y producción local.", "es", True),
        ("Accordo di cooperazione industriale e produzione su licenza.", "it", True),
        ("O acordo prevê transferência de tecnologia e produção local.", "pt", True),
        ("Smlouva zahrnuje licenční výrobu a transfer technologií.", "cs", True),
        ("Polska kupi czołgi K2.", "pl", False),
    ],
)
def test_defense_industry_terms_and_arms_makers(body, language, expected):
    assert ("defense-industry" in topics(None, body, language)) is expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Министерство обороны закупит зенитные комплексы.", "ru", {"procurement", "air-defense"}),
        ("Україна отримала нові безпілотники та гаубиці.", "uk", {"drones", "artillery"}),
        ("Армията получи нови изтребители и хеликоптери.", "bg", {"aircraft"}),
        ("Hrvatska nabavlja borbene avione.", "hr", {"procurement", "aircraft"}),
        ("Slovensko kúpi nové obrnené vozidlá.", "sk", {"procurement", "armored-vehicles"}),
        ("Οι φρεγάτες του Πολεμικού Ναυτικού απέπλευσαν.", "el", {"naval"}),
        ("Türkiye ve Azerbaycan ortak tatbikat düzenledi.", "tr", {"joint-exercises"}),
        (
            "Suomi hankkii uusia hävittäjiä ja ohjuksia.",
            "fi",
            {"procurement", "aircraft", "missiles"},
        ),
        ("Eesti ostab laskemoona.", "et", {"procurement", "ammunition"}),
        (
            "Latvija iegādāsies pretgaisa aizsardzības sistēmas.",
            "lv",
            {"procurement", "air-defense"},
        ),
        ("Lietuva įsigis naujų haubicų.", "lt", {"procurement", "artillery"}),
        ("Magyarország harckocsikat vásárol.", "hu", {"tanks", "procurement"}),
        ("România cumpără avioane şi rachete.", "ro", {"procurement", "aircraft", "missiles"}),
        ("O Brasil vai comprar fragatas.", "pt", {"procurement", "naval"}),
        ("L'Italia acquista nuovi carri armati.", "it", {"procurement", "tanks"}),
        ("Nederland koopt extra gevechtsvliegtuigen.", "nl", {"procurement", "aircraft"}),
        ("Sverige skickar stridsvagnar och ammunition.", "sv", {"tanks", "ammunition"}),
        ("Indonesia membeli kapal selam dari Prancis.", "id", {"procurement", "naval"}),
        ("Hải quân hai nước tổ chức diễn tập chung.", "vi", {"naval", "joint-exercises"}),
    ],
)
def test_word_languages(body, language, expected):
    assert topics(None, body, language) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("한국은 방산협력을 강화하고 전차를 수출한다.", "ko", {"defense-industry", "tanks"}),
        ("両国は共同訓練を行い、護衛艦が参加した。", "ja", {"joint-exercises", "naval"}),
        ("两国海军举行联合演习。", "zh", {"naval", "joint-exercises"}),
        ("兩國簽署軍售協議。", "zh", {"procurement"}),
        ("กองทัพเรือไทยจัดซื้อเรือดำน้ำ", "th", {"naval", "procurement"}),
        ("وقعت الدولتان صفقة لشراء دبابات", "ar", {"procurement", "tanks"}),
        ("המדינה תקבל מערכות הגנה אווירית חדשות", "he", {"air-defense"}),
        ("دو کشور رزمايش مشترک برگزار کردند", "fa", {"joint-exercises"}),
        ("दोनों देशों की नौसेना ने संयुक्त अभ्यास किया", "hi", {"naval", "joint-exercises"}),
    ],
)
def test_substring_languages(body, language, expected):
    assert topics(None, body, language) == expected


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("양국은 교육 분야에서 협력한다.", "ko"),
        ("两国讨论了边境问题。", "zh"),
        ("Стороны обсудили помощь и торговлю.", "ru"),
        ("Ученики посетили музей.", "ru"),
        ("Apulaispuolustusministeri vieraili Tallinnassa.", "fi"),
        ("Танкер прибыл в порт.", "ru"),
        ("Havanın sıcaklığı arttı.", "tr"),
        ("Piirkonna elanikud kogunesid.", "et"),
        ("Учени откриха нов вид.", "bg"),
        ("Η άσκηση πιέσεων συνεχίστηκε.", "el"),
        ("הממשלה מטילה מס חדש", "he"),
        ("انطلقت مسيرة في المدينة", "ar"),
    ],
)
def test_one_weak_word_tags_nothing(body, language):
    assert topics(None, body, language) == set()


def test_a_greek_capitals_headline_without_accents():
    assert topics("ΝΕΑ ΦΡΕΓΑΤΑ", "Η κυβέρνηση ανακοίνωσε.", "el") == {"naval"}
