"""Countries are found by name, alias, adjective, demonym and capital, in every script."""

import pytest

from indexer.extract.countries import extract_countries


def codes(text: str, language: str = "en") -> set[str]:
    return set(extract_countries([text], language).value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between Chile and Peru", {"CL", "PE"}),
        ("the ROK and the Republic of Korea", {"KR"}),
        ("a S. Korean firm and South Korea", {"KR"}),
        ("Czechia, the Czech Republic and Czech troops", {"CZ"}),
        ("the UK, Britain and British ships", {"GB"}),
        ("the US, the U.S. and American jets", {"US"}),
        ("North Korean missiles and the DPRK", {"KP"}),
        ("a Polish-Korean tank", {"PL", "KR"}),
        ("Dutch and Danish pilots", {"NL", "DK"}),
        ("Filipino sailors and Swiss bankers", {"PH", "CH"}),
        ("Hanoi and Seoul agreed", {"VN", "KR"}),
        ("officials in Riga said", {"LV"}),
        ("Moscow warned Kyiv", {"RU", "UA"}),
        ("the Russian enclave of Kaliningrad", {"RU"}),
        ("Türkiye and Turkey", {"TR"}),
        ("Kiev, Burma and the Ivory Coast", {"UA", "MM", "CI"}),
        ("Côte d'Ivoire, Holland and Czechia", {"CI", "NL", "CZ"}),
    ],
)
def test_names_aliases_adjectives_capitals(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a Thanksgiving turkey for dinner",
        "born in Atlanta, Georgia",
        "Jordan Smith scored twice",
        "Chad Miller said so",
        "Slovak-language courses",
        "subtitles in Korean.",
        "NATO, the EU and the UN met",
        "the Ottawa Convention bans mines",
        "exports to Latin America",
        "tensions on the Korean Peninsula",
        "a deal worth 300 million US dollars",
        "leaders meeting near London",
        "MADRID - The alliance met",
        "the Indian Ocean",
    ],
)
def test_not_a_country_here(text):
    assert codes(text) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Polska i Słowacja podpisały umowę w Niemczech", "pl", {"PL", "SK", "DE"}),
        ("wsparcie dla Ukrainy i polskie wojsko", "pl", {"UA", "PL"}),
        ("Die polnische Armee und Deutschlands Regierung", "de", {"PL", "DE"}),
        ("la France et l'armée polonaise", "fr", {"FR", "PL"}),
        ("España y el gobierno ucraniano", "es", {"ES", "UA"}),
        ("el caza chino-paquistaní", "es", {"CN", "PK"}),
        ("Česká republika posílá Ukrajině munici", "cs", {"CZ", "UA"}),
        ("ruské útoky a nizozemská ministryně", "cs", {"RU", "NL"}),
        ("jednání se Švédskem, Polskem a Německem", "cs", {"SE", "PL", "DE"}),
        ("francouzský prezident a Spojené státy", "cs", {"FR", "US"}),
        ("Velká Británie a jihokorejský výrobce", "cs", {"GB", "KR"}),
        ("vietnamská delegace přiletěla do Prahy", "cs", {"VN", "CZ"}),
        ("Slovensko a Maďarsko podpísali dohodu", "sk", {"SK", "HU"}),
        ("poľské a nemecké jednotky", "sk", {"PL", "DE"}),
        ("Spojených štátov a Talianska", "sk", {"US", "IT"}),
        ("l'Italia e il governo tedesco", "it", {"IT", "DE"}),
        ("Mosca e Pechino contro gli Stati Uniti", "it", {"RU", "CN", "US"}),
        ("o Brasil e a Alemanha", "pt", {"BR", "DE"}),
        ("tropas ucranianas e o exército polaco", "pt", {"UA", "PL"}),
        ("Nederland en de Duitse regering", "nl", {"NL", "DE"}),
        ("Oekraïense piloten in Zuid-Korea", "nl", {"UA", "KR"}),
    ],
)
def test_other_languages(text, language, expected):
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("bývalé Československo", "cs"),
        ("oprava a korekce textu", "cs"),
        ("Jižní Amerika a Blízký východ", "cs"),
        ("tenista Jan Němec vyhrál", "cs"),
        ("America Latina e Medio Oriente", "it"),
        ("Latijns-Amerika en het Midden-Oosten", "nl"),
    ],
)
def test_not_a_country_in_other_languages(text, language):
    assert codes(text, language) == set()


def test_unsupported_language_gets_english_names_and_capitals():
    assert codes("Ukraine og Polen; Kyiv og Warsaw", "da") == {"UA", "PL"}


def test_order_of_first_mention_and_evidence():
    found = extract_countries(["Estonia and Finland, then Estonia again"], "en")
    assert found.value == ("EE", "FI")
    assert "Estonia=EE" in found.evidence


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Россия и Украина подписали протокол", "ru", {"RU", "UA"}),
        ("учения в Польше и Германии", "ru", {"PL", "DE"}),
        ("послы Соединённых Штатов и КНДР", "ru", {"US", "KP"}),
        ("российские и американские военные", "ru", {"RU", "US"}),
        ("Москва заявила протест", "ru", {"RU"}),
        ("Україна та Польща домовилися", "uk", {"UA", "PL"}),
        ("українські військові і ЗСУ", "uk", {"UA"}),
        ("Съединените щати и САЩ", "bg", {"US"}),
        ("폴란드와 한국은 방산 협력을 논의했다", "ko", {"PL", "KR"}),
        ("한미 연합훈련이 시작됐다", "ko", {"KR", "US"}),
        ("인도 정부는 전투기를 샀다", "ko", {"IN"}),
        ("미 국방부는 발표했다", "ko", {"US"}),
        ("ポーランドの国防相が来日した", "ja", {"PL", "JP"}),
        ("日米首脳会談が開かれた", "ja", {"JP", "US"}),
        ("インドネシア海軍の艦艇", "ja", {"ID"}),
        ("露軍の攻撃が続く", "ja", {"RU"}),
        ("中美关系紧张", "zh", {"CN", "US"}),
        ("其中美国代表发言", "zh", {"US"}),
        ("俄罗斯和乌克兰", "zh", {"RU", "UA"}),
        ("美國與台灣", "zh", {"US", "TW"}),
        ("美方表示欢迎", "zh", {"US"}),
        ("والولايات المتحدة وروسيا", "ar", {"US", "RU"}),
        ("الجيش الأمريكي والقوات الروسية", "ar", {"US", "RU"}),
        ("الوفد البرازيلي والسفير الكندي", "ar", {"BR", "CA"}),
        ('בישראל ובארה"ב', "he", {"IL", "US"}),
        ("החיילים הסורים והרוסים", "he", {"SY", "RU"}),
        ("اللاجئون السوريون", "ar", {"SY"}),
        ("צבא רוסיה והצבא האמריקאי", "he", {"RU", "US"}),
        ("भारत और रूस के बीच समझौता", "hi", {"IN", "RU"}),
        ("अमेरिकी सेना", "hi", {"US"}),
        ("मोजांबिक के मंत्री", "hi", {"MZ"}),
        ("της Ρωσίας και της Ουκρανίας", "el", {"RU", "UA"}),
        ("οι ΗΠΑ και η Ελλάδα", "el", {"US", "GR"}),
        ("Oroszországgal és Ukrajnának", "hu", {"RU", "UA"}),
        ("a német–magyar együttműködés", "hu", {"DE", "HU"}),
        ("Lietuvos ir Lenkijos kariai", "lt", {"LT", "PL"}),
        ("Suomessa ja Ruotsissa", "fi", {"FI", "SE"}),
        ("Yhdysvaltojen ja Venäjän suhteet", "fi", {"US", "RU"}),
        ("Türkiye'nin ve Rusya'nın tutumu", "tr", {"TR", "RU"}),
        ("ABD ve İngiltere", "tr", {"US", "GB"}),
        ("României și Ucrainei, SUA", "ro", {"RO", "UA", "US"}),
        ("amerikanska och svenska soldater", "sv", {"US", "SE"}),
        ("รัสเซียและยูเครน", "th", {"RU", "UA"}),
        ("ทูตอินโดนีเชียและมาเลเซีย", "th", {"ID", "MY"}),
        ("Việt Nam và Hàn Quốc", "vi", {"VN", "KR"}),
        ("Bộ Quốc phòng Anh thông báo", "vi", {"GB"}),
        ("Нигерии и Ирана", "ru", {"NG", "IR"}),
        ("ロシア・ウクライナ戦争", "ja", {"RU", "UA"}),
    ],
)
def test_every_script(text, language, expected):
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("w Rosji i na Ukrainie, z Japonią", "pl", {"RU", "UA", "JP"}),
        ("s Ruskem a v Japonsku", "cs", {"RU", "JP"}),
        ("na Slovensku a v Maďarsku", "sk", {"SK", "HU"}),
        ("Latvijoje ir Estijoje", "lt", {"LV", "EE"}),
        ("Lietuvā un Igaunijā, Krievijas", "lv", {"LT", "EE", "RU"}),
        ("Virossa ja Latviassa, Saksan", "fi", {"EE", "LV", "DE"}),
        ("Romániában és Lengyelországba", "hu", {"RO", "PL"}),
        ("Rusya ile Japonya arasında, Almanya’dan", "tr", {"RU", "JP", "DE"}),
        ("Rusiji i Ukrajini, Njemačkoj", "hr", {"RU", "UA", "DE"}),
        ("Rusijo in Ukrajino", "sl", {"RU", "UA"}),
        ("Rusisë dhe Ukrainës", "sq", {"RU", "UA"}),
        ("Rumeenias ja Soomes", "et", {"RO", "FI"}),
        ("Германии и Франции, Японией", "ru", {"DE", "FR", "JP"}),
        ("Німеччині та Франції, Японією", "uk", {"DE", "FR", "JP"}),
        ("στη Γερμανία και στην Ιαπωνία", "el", {"DE", "JP"}),
        ("일본과 독일은", "ko", {"JP", "DE"}),
    ],
)
def test_case_endings_and_particles(text, language, expected):
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ООН и НАТО провели встречу", "ru"),
        ("встреча прошла в Лондоне", "ru"),
        ("в Японском море", "ru"),
        ("인도태평양 전략을 발표했다", "ko"),
        ("전차 인도식이 열렸다", "ko"),
        ("한국어 자막", "ko"),
        ("インド太平洋の安全保障", "ja"),
        ("南シナ海で演習", "ja"),
        ("アメリカンフットボール", "ja"),
        ("日中は暑い", "ja"),
        ("印度洋和中东局势", "zh"),
        ("المحيط الهندي", "ar"),
        ("हिंद महासागर", "hi"),
        ("μια Κατάρα για όλους", "el"),
        ("Madridban ülésezett", "hu"),
        ("Taip, sakė ministras", "lt"),
        ("ศาลาว่าการกลาโหม", "th"),
        ("Nguyễn Văn Đức phát biểu", "vi"),
        ("Ciudad de Granada", "es"),
        ("Askeri ve Mali İşbirliği Anlaşması", "tr"),
        ("La réunion a eu lieu mardi", "fr"),
        ("a roma közösség képviselői", "hu"),
        ("Puoli vuotta myöhemmin", "fi"),
        ("الدعم المالي للجيش", "ar"),
        ("the base on Guam", "en"),
        ("Anh cho biết như vậy.", "vi"),
        ("그리스도의 사랑", "ko"),
        ("执法官员和法制建设", "zh"),
        ("単独首脳会談", "ja"),
        ("منطقة المحيطين الهندي والهادئ", "ar"),
        ("قرأ سورة قصيرة", "ar"),
        ("האזור ההודו-פסיפי", "he"),
        ("στον Ινδο-Ειρηνικό", "el"),
        ("dans l'océan Indien", "fr"),
        ("Biển Đông và Ấn Độ Dương", "vi"),
    ],
)
def test_not_a_country_in_any_script(text, language):
    assert codes(text, language) == set()


def test_other_scripts_count_when_language_detection_misses_them():
    text = "美國國務院批准對台灣出售零件，美方表示支持台灣的自我防衛能力。" * 3
    assert codes(text, "ko") >= {"US", "TW"}


def test_abbreviation_chain_names_every_country():
    found = extract_countries(["日米豪印の首脳会談"], "ja")
    assert set(found.value) == {"JP", "US", "AU", "IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # s and t typed with a cedilla instead of a comma below
        ("Militari din Franţa şi Germania au sosit la poligon.", {"FR", "DE"}),
        # demonyms in -ian and -ean change their vowel in the plural
        ("Au participat militari italieni, belgieni și macedoneni.", {"IT", "BE", "MK"}),
        ("Soldații portughezi au tras primii.", {"PT"}),
    ],
)
def test_romanian_spellings_and_plural_demonyms(text, expected):
    assert codes(text, "ro") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name ending in a consonant takes its genitive stem's -i before the case ending
        ("Ta teenis kaks aastat Liibanonis ja Afganistanis.", {"LB", "AF"}),
        ("Delegatsioon saabus Iraanist ja sõitis Jaapanisse.", {"IR", "JP"}),
    ],
)
def test_estonian_case_endings_after_the_stem_vowel(text, expected):
    assert codes(text, "et") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # case postpositions glued to the name
        ("भारतने रूसकी कंपनी से समझौता किया", {"IN", "RU"}),
        ("अमेरिकासे आए अधिकारी", {"US"}),
        # common spellings beside CLDR's
        ("ग्रीस और आस्ट्रेलिया के मंत्री", {"GR", "AU"}),
        # pronouns with the same endings are no country
        ("किसने इसकी जानकारी दी", set()),
    ],
)
def test_hindi_glued_postpositions_and_spellings(text, expected):
    assert codes(text, "hi") == expected
