"""Kinds of people found on real articles, each shown on sentences written for the test."""

import pytest

from indexer.extract.people import extract_people


def people(*paragraphs: str, language: str = "en") -> tuple[str, ...]:
    return extract_people(paragraphs, language).value


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a plural role before a list gives each name its role, in any language
        (
            "Міністри оборони Польщі та Литви Анна Ковальська та Ігор Петренко підписали угоду.",
            "uk",
            ("Анна Ковальська", "Ігор Петренко"),
        ),
        (
            "Министрите на отбраната на Гърция и на Кипър Петър Иванов и Мария Петрова подписаха писмо.",
            "bg",
            ("Петър Иванов", "Мария Петрова"),
        ),
        (
            "Il a rencontré les présidents malien, Paul Dembélé, et nigérien, Ali Maïga.",
            "fr",
            ("Paul Dembélé",),
        ),
        (
            "Protokol Bakanlar Ahmet Kaya ve Ali Demir tarafından imzalandı.",
            "tr",
            ("Ahmet Kaya", "Ali Demir"),
        ),
        # a plural role at a distance is not the role of a lone name
        ("Minister Ada Holm met envoys at Naval Base Kelso Point on Friday.", "en", ("Ada Holm",)),
    ],
)
def test_plural_roles_before_a_list(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            ("'Radimo zajedno', naglasio je Horvat.", "'To je važno', kazao je Horvat."),
            "hr",
            ("Horvat",),
        ),
        (("Le ministre, M. Koné Ibrahim, a signé l'accord.",), "fr", ("Koné Ibrahim",)),
    ],
)
def test_verb_auxiliary_name_and_honorific_initials(paragraphs, language, expected):
    assert people(*paragraphs, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El comandante del Comando Norte de Estados Unidos encabezó la reunión.", "es"),
        ("O chefe do Comando Sul dos Estados Unidos assinou o acordo.", "pt"),
    ],
)
def test_a_run_holding_a_country_name_is_not_a_person(text, language):
    assert people(text, language=language) == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Hebrew gershayim written as ״, an aside in brackets, a name behind an institution
        (
            "בטקס נכחו הרמטכ״ל רב אלוף דני לוי ומנכ״ל המשרד האלוף (במיל׳) רון כהן.",
            "he",
            ("דני לוי", "רון כהן"),
        ),
        ("בפגישה נכח ראש האגף המדיני במשרד הביטחון עמית בר.", "he", ("עמית בר",)),
        # a surname named in full before is not a new name with the verb after it
        ("שר הביטחון, אבי שרון, נפגש עם עמיתו. השר שרון סקר את המצב.", "he", ("אבי שרון",)),
        # Arabic: "and the …" closes a role's qualifiers; a counterpart is a role; ranks qualify
        (
            "التقى الفريق أول سامي حداد وزير الدفاع والإنتاج الحربي بنظيره الأردني خالد يوسف.",
            "ar",
            ("سامي حداد", "خالد يوسف"),
        ),
        # Japanese: a reading in brackets, a country after the name, a role before 同席
        ("山田太郎(やまだ・たろう)防衛大臣は会見を行った。", "ja", ("山田太郎",)),
        ("サンチェス・スペイン国防大臣同席の下、会談した。", "ja", ("サンチェス",)),
        # Chinese: a name taken whole up to punctuation; a service and rank after the name
        ("国防部长王立和。", "zh", ("王立和",)),
        ("据海军新闻发言人张明海军大校介绍，演习顺利。", "zh", ("张明",)),
    ],
)
def test_names_in_scripts_without_capitals(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        # Slovak roles in every case fix the case of the name after them
        (("Slová ministra obrany Mareka Hudáka zazneli v Bratislave.",), "sk", ("Marek Hudák",)),
        (
            ("Rokoval s českou ministerkou obrany Evou Novákovou o muníciu.",),
            "sk",
            ("Eva Nováková",),
        ),
        # a sentence opener is not a given name
        (("Ako Hudák uviedol, dohoda platí.", "Minister Hudák to potvrdil."), "sk", ("Hudák",)),
        # Estonian: "X sõnul" is genitive; the comitative -iga after a consonant stem
        (
            ("Mihkelsoni sõnul jätkub koostöö.", "Mihkelson ütles, et abi jätkub."),
            "et",
            ("Mihkelson",),
        ),
        (("Kaitseminister kohtus ministri Rustem Kovaleviga.",), "et", ("Rustem Kovalev",)),
    ],
)
def test_inflected_names_become_nominative(paragraphs, language, expected):
    assert people(*paragraphs, language=language) == expected


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        # an initial and a surname are the person named in full
        (
            (
                "Aizsardzības ministrs Jānis Bērziņš apmeklēs Rīgu.",
                "Vizītes laikā J. Bērziņš tiksies ar kolēģi.",
            ),
            "lv",
            ("Jānis Bērziņš",),
        ),
        # a digraph initial; a speech verb before the name
        (("„Darbs turpinās”, uzsver Dž. Ozols.",), "lv", ("Dž. Ozols",)),
        # ministries' names between the role and the name are not the name
        (
            ("Volgens minister van Buitenlandse Zaken Els Peeters is de steun nodig.",),
            "nl",
            ("Els Peeters",),
        ),
        (
            ("Demokratų lyderis Tomas Petraitis ragina sudaryti sutartis.",),
            "lt",
            ("Tomas Petraitis",),
        ),
    ],
)
def test_initials_and_ministries(paragraphs, language, expected):
    assert people(*paragraphs, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La riunione è stata presieduta da Carla Ferri in mattinata.", "it", ("Carla Ferri",)),
        ("Acordul a fost semnat în prezența premierului Ion Popescu.", "ro", ("Ion Popescu",)),
        ("Kiss Péter vezérezredes megnyitotta a gyakorlatot.", "hu", ("Kiss Péter",)),
        ("रक्षामंत्री अमित वर्मा ने समझौते पर हस्ताक्षर किए।", "hi", ("अमित वर्मा",)),
        ("นายกรัฐมนตรีต้อนรับ น.ส.มาลี ใจดี ที่ทำเนียบ", "th", ("มาลี ใจดี",)),
    ],
)
def test_roles_and_relations_in_more_forms(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an abbreviated rank with its period opens the name
        ("He met the chair of the committee, Adm. Ola Berg, on Monday.", "en", ("Ola Berg",)),
        ("Присъства посланикът Н. Пр. Иван Колев.", "bg", ("Иван Колев",)),
        # a country's name the run begins inside is not a person
        ("He met the minister of state of the United Arab Emirates, officials said.", "en", ()),
        # a treaty's chapter is not a person
        ("The council acted under Chapter VII, the envoy said.", "en", ()),
        # Indonesian "di" is "at", not a particle of the name
        (
            "“Kapal itu tiba,” kata Menteri Budi Santoso di Kompleks Parlemen.",
            "id",
            ("Budi Santoso",),
        ),
    ],
)
def test_abbreviated_ranks_places_and_particles(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La Comisión de Ana Ruiz Gil presentó el plan, dijo la ministra.", "es", ()),
        ("Luitenant-kolonel Jan de Boer voert het bevel over de eenheid.", "nl", ("Jan de Boer",)),
        (
            "Datuk Seri Ahmad Faizal Osman met the envoy. Faizal said the talks went well.",
            "en",
            ("Ahmad Faizal Osman",),
        ),
    ],
)
def test_institutions_and_hyphenated_ranks(text, language, expected):
    assert people(text, language=language) == expected
