"""People are full names shown to be people by a role or a verb; one entry per person."""

import pytest

from indexer.extract.people import extract_people


def people(
    *paragraphs: str, language: str = "en", exclude: tuple[str, ...] = ()
) -> tuple[str, ...]:
    return extract_people(paragraphs, language, exclude).value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Defence Minister Anna Kowalska met her hosts.", ("Anna Kowalska",)),
        ("Deputy Prime Minister Jan Nowak spoke first.", ("Jan Nowak",)),
        ("The talks were led by General Piotr Zieliński of the army.", ("Piotr Zieliński",)),
        ("They met Tomas Berg, the Director of the agency, on Monday.", ("Tomas Berg",)),
        ("Ola Nordmann, Acme's CEO, disagreed with the plan.", ("Ola Nordmann",)),
        ("Deputy Minister of Defence of Estonia, Kalle Tamm, visited.", ("Kalle Tamm",)),
        ("Mr. Nguyen Van Binh welcomed the guests.", ("Nguyen Van Binh",)),
        ("Defence Minister Kim Dae-ho arrived; Minister Kim later left.", ("Kim Dae-ho",)),
        ("Minister Tore O. Lund spoke.", ("Tore O. Lund",)),
        ("President Abdel Fattah al-Sisi attended.", ("Abdel Fattah al-Sisi",)),
        ("Commissioner Ursula von der Leyen agreed.", ("Ursula von der Leyen",)),
        ("Maria Lopez said the deal was done.", ("Maria Lopez",)),
    ],
)
def test_names_from_roles_appositions_and_verbs(text, expected):
    assert people(text) == expected


def test_surname_mention_merges_into_the_full_name():
    found = people(
        "The ministers welcomed Rudolf Kovač at the ceremony.",
        "Kovač said the agreement was historic.",
        "Later Kovač left.",
    )
    assert found == ("Rudolf Kovač",)


def test_one_entry_per_person_diacritics_kept():
    found = people("Minister Rudolf Kovač spoke.", "Minister Rudolf Kovac spoke again.")
    assert found == ("Rudolf Kovač",)


@pytest.mark.parametrize(
    "text",
    [
        "The Minister praised the K9 Thunder howitzer.",
        "Officials said the Rosomak vehicle performs well.",
        "The Defense Ministry said the Czech Republic agreed.",
        "The minister said the East Shield plan continues.",
        "Since the Cold War, the minister said, things changed.",
        "The President reviewed the Guard of Honour.",
        "The Landmine and Cluster Munitions Monitor noted the trend.",
        "Withdrawal From Treaty And Production Outlook",
        "Der Rüstungskonzern Rheinmetall sagte, die Produktion steige.",
    ],
)
def test_things_organisations_and_places_are_not_people(text):
    assert people(text) == ()


def test_authors_are_not_people():
    assert people("Reporter Anna Berg said hello.", exclude=("Anna Berg",)) == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Spotkał się z nim minister obrony narodowej Adam Wiśniak.", "pl", ("Adam Wiśniak",)),
        ("Verteidigungsminister Klaus Berger reiste nach Kiew.", "de", ("Klaus Berger",)),
        ("le ministre des Armées Paul Durand a signé le contrat.", "fr", ("Paul Durand",)),
        ("La ministra de Defensa Ana Ruiz visitó la base.", "es", ("Ana Ruiz",)),
        ("Le contrat a été conclu par l'ambassadeur Luc Berthier hier.", "fr", ("Luc Berthier",)),
    ],
)
def test_roles_in_other_languages(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Hugo Marchal a présenté jeudi le nouveau plan.", "fr", ("Hugo Marchal",)),
        ("Irene Salas ha visitado la fábrica de Sevilla.", "es", ("Irene Salas",)),
        ("Dieter Hahn erklärte, die Lieferung sei pünktlich.", "de", ("Dieter Hahn",)),
        ("Tomáš Brabec oznámil nákup nových radarů.", "cs", ("Tomáš Brabec",)),
        ("Lucia Ferri ha detto che il piano è pronto.", "it", ("Lucia Ferri",)),
        ("Joost de Wit zei dat de levering doorgaat.", "nl", ("Joost de Wit",)),
    ],
)
def test_verbs_in_other_languages(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lt Gen Ryu Seung-ho said the drill went well.", ("Ryu Seung-ho",)),
        ("Army Chief Gen. Ryu Seung-ho said the drill went well.", ("Ryu Seung-ho",)),
    ],
)
def test_rank_abbreviation_is_not_part_of_the_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday Eva Lind of Sweden, Mart Kask of Estonia and Jonas Rimas of Lithuania "
            "said the corridor stays open.",
            ("Eva Lind", "Mart Kask", "Jonas Rimas"),
        ),
        (
            "Olga Berg, Ivan Petrov and Sara Holm said they agreed.",
            ("Olga Berg", "Ivan Petrov", "Sara Holm"),
        ),
        (
            "Tara Quinn and Omar Haddad told reporters the talks went well.",
            ("Tara Quinn", "Omar Haddad"),
        ),
        ("Pia Lund from the Netherlands said the order was signed.", ("Pia Lund",)),
    ],
)
def test_a_verb_after_a_list_of_names_speaks_for_all(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assistant Secretary for Acquisition Nora Vance spoke first.", ("Nora Vance",)),
        ("The deputy secretary for Sustainment Nora Vance spoke.", ("Nora Vance",)),
        ("A senior official Grace Lord answered questions.", ("Grace Lord",)),
        ("Grace Lord, the agency's chief buyer, briefed reporters.", ("Grace Lord",)),
        ("Lord Harlan Moss, a former envoy, arrived.", ("Harlan Moss",)),
    ],
)
def test_role_phrases_with_complements_and_role_surnames(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed by the president of Borlan Vostek on Monday.",
        "The head of Kestrel Marrow attended.",
    ],
)
def test_what_a_role_is_of_is_not_a_person(text):
    assert people(text) == ()


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Umowę podpisano w obecności prezydenta Tomasza Wrony.",), ("Tomasz Wrona",)),
        (("Rozmawiał z ministrem Pawłem Kowalczykiem.",), ("Paweł Kowalczyk",)),
        (("Wizyta premiera Donalda Tuska potrwa dwa dni.",), ("Donalda Tuska",)),
        (("Wizyta prezydenta Joe Bidena.",), ("Joe Biden",)),
        (("Spotkanie z ministrem Janem Zawadzkim trwało godzinę.",), ("Jan Zawadzki",)),
        (
            (
                "Minister Marek Kaczor podpisał umowę.",
                "Według ministra Marka Kaczora umowa jest ważna.",
            ),
            ("Marek Kaczor",),
        ),
        (("W imieniu wicepremiera Adama Sowy przemawiał Kaczor.",), ("Adam Sowa",)),
        (("Wystąpiła posłanka Ewa Nowakowska.", "Nowakowskiej nie było."), ("Ewa Nowakowska",)),
    ],
)
def test_polish_names_in_other_cases_become_nominative(paragraphs, expected):
    assert people(*paragraphs, language="pl") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("President Oscar Delgado Jr. opened the base.", "en", ("Oscar Delgado Jr.",)),
        (
            "Minister Ada Holm met envoys at Naval Base Kelso Point on Friday.",
            "en",
            ("Ada Holm",),
        ),
        ("Le PDG du groupe, Luc Morel, a signé.", "fr", ("Luc Morel",)),
        ("Die Verteidigungspolitikerin Anke Roth widersprach.", "de", ("Anke Roth",)),
        ("Obecni byli Prezes Rady Ministrów Jan Wrona i goście.", "pl", ("Jan Wrona",)),
        ("Zakłady należą do firmy General Dynamics, w Alcali Wielkiej.", "pl", ()),
        ("Dokument przekazano ambasadorowi Kanady Paulowi R. Bakerowi.", "pl", ("Paul R. Baker",)),
    ],
)
def test_role_phrases_and_name_edges(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Jan Nowak of Poland, Tomas Berg of Lithuania and Karlis Ozols of Latvia signed "
            "a joint statement on Friday.",
            "en",
            ("Jan Nowak", "Tomas Berg", "Karlis Ozols"),
        ),
        ("Jan Nowak visited the shipyard on Monday.", "en", ("Jan Nowak",)),
        ("Karlis Ozols has met his hosts in the capital.", "en", ("Karlis Ozols",)),
        ("Il ministro della Difesa Guido Ferri ha firmato l'accordo.", "it", ("Guido Ferri",)),
        (
            "La presidente del Consiglio Giulia Conti ha dichiarato che il piano è pronto.",
            "it",
            ("Giulia Conti",),
        ),
        (
            "O presidente Luiz Carlos da Silva assinou o acordo em Brasília.",
            "pt",
            ("Luiz Carlos da Silva",),
        ),
        ("Brigadegeneral Christoph Huber übernahm das Kommando.", "de", ("Christoph Huber",)),
        (
            "Robles se reunió con su homólogo danés, Troels Berg Nielsen, en la capital.",
            "es",
            ("Troels Berg Nielsen",),
        ),
        (
            "Le contrat a été signé lors de la visite du président Éric Moreau à Belgrade.",
            "fr",
            ("Éric Moreau",),
        ),
        (
            "L'accord a été salué par le chef de l'État Éric Moreau et les ministres.",
            "fr",
            ("Éric Moreau",),
        ),
    ],
)
def test_action_verbs_and_roles_in_more_languages(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Felipe VI attended the ceremony in the capital.", ("Felipe VI",)),
        (
            "The plan was welcomed by business leaders and Prime Minister Rishi Sunak, who spoke "
            "after the chancellor Olaf Brandt arrived for talks.",
            ("Rishi Sunak", "Olaf Brandt"),
        ),
        (
            "H. Lawrence Culp Jr., chief executive of the engine maker, said output would rise.",
            ("H. Lawrence Culp Jr.",),
        ),
    ],
)
def test_regnal_numbers_initials_and_suffixes(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hyundai Rotem signed the contract with the armament agency.",
        "Hanwha Aerospace agreed to build a plant near the border.",
        "The K2 Black Panther arrived in the port on Tuesday.",
        "The talks took place at Naval Base Point Loma, attended by senior officers.",
        "Kongsberg Gruppen said deliveries would start next year.",
    ],
)
def test_makers_weapons_and_places_acting_are_not_people(text):
    assert people(text) == ()


def test_a_name_after_a_relative_pronoun_is_not_a_german_noun():
    paragraphs = [
        "An der Feier nahmen Verteidigungsminister Boris Pistorius und Gäste teil.",
        "Die Entscheidung, die Pistorius 2023 vereinbart hatte, gilt weiter.",
    ]
    assert extract_people(paragraphs, "de").value == ("Boris Pistorius",)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("She replaced her predecessor Mark Ellison in May.", "en", ("Mark Ellison",)),
        ("His successor Ruth Calder took office in June.", "en", ("Ruth Calder",)),
        ("He met his Danish counterpart, Jonas Berg, in Oslo.", "en", ("Jonas Berg",)),
        ("Se reunió con su homólogo danés, Jonas Berg, en Oslo.", "es", ("Jonas Berg",)),
        ("Se reunió con su par danés Jonas Berg en Oslo.", "es", ("Jonas Berg",)),
        ("Il a rencontré son homologue Jonas Berg à Oslo.", "fr", ("Jonas Berg",)),
        ("Er traf seinen Amtskollegen Jonas Berg in Oslo.", "de", ("Jonas Berg",)),
        ("Spotkał się ze swoim odpowiednikiem Janem Bergiem.", "pl", ("Jan Berg",)),
        ("The delegation was led by Harriet Vale of the ministry.", "en", ("Harriet Vale",)),
        ("The panel, headed by Harriet Vale, met twice.", "en", ("Harriet Vale",)),
        ("The navy grew under Harriet Vale in the 1990s.", "en", ("Harriet Vale",)),
        ("Komisja, na której czele stoi Jan Wrona, zebrała się.", "pl", ("Jan Wrona",)),
        ("Obrady pod przewodnictwem Jana Wrony trwały dwa dni.", "pl", ("Jan Wrona",)),
        ("Die Delegation wurde angeführt von Jonas Berg aus Oslo.", "de", ("Jonas Berg",)),
        ("El equipo dirigido por Ana Ruiz ganó el concurso.", "es", ("Ana Ruiz",)),
        ("The government of Harriet Vale fell in May.", "en", ("Harriet Vale",)),
        ("O governo de Rui Tavares aprovou a compra.", "pt", ("Rui Tavares",)),
        ("El gobierno de Pedro Sánchez aprobó la compra.", "es", ("Pedro Sánchez",)),
        ("Plan przyjął rząd Jana Wrony w marcu.", "pl", ("Jan Wrona",)),
        ("The administration of Harriet Vale ended the program.", "en", ("Harriet Vale",)),
        ("Harriet Vale's administration ended the program.", "en", ("Harriet Vale",)),
        ("Former president Harriet Vale returned.", "en", ("Harriet Vale",)),
    ],
)
def test_people_named_by_a_relation(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The navy grew under Vale in the 1990s.", "en"),
        ("The program was led by Lockheed Martin in Texas.", "en"),
        ("The consortium was headed by Naval Group last year.", "en"),
        ("The fleet was led by HMS Queen Elizabeth in the drill.", "en"),
        ("The strike was led by Patriot Advanced Capability batteries.", "en"),
        ("The government of South Korea agreed.", "en"),
        ("Podpisał umowę z rządem Stanów Zjednoczonych.", "pl"),
        ("El gobierno de Corea del Sur aprobó la compra.", "es"),
    ],
)
def test_relations_keep_firms_places_ships_and_weapons_out(text, language):
    assert people(text, language=language) == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("박민수 국방부 장관은 회의에서 계획을 설명했다.", "ko", ("박민수",)),
        ("한지원 본부장과 최동훈 대사가 함께 참석했다.", "ko", ("한지원", "최동훈")),
        ("마르코 벨리니 국방장관은 협력을 약속했다.", "ko", ("마르코 벨리니",)),
        ("한미 국방장관은 합의문에 서명했다.", "ko", ()),
        ("佐藤健一防衛相は会見で説明した。", "ja", ("佐藤健一",)),
        ("マルコ・ベリーニ国防相と会談した。", "ja", ("マルコ・ベリーニ",)),
        ("佐藤健一防衛相が出席した。佐藤氏は説明した。", "ja", ("佐藤健一",)),
        ("国防部长王立明表示，双方将加强合作。", "zh", ("王立明",)),
        ("外交部发言人表示，双方将加强合作。", "zh", ()),
        ("وقال وزير الدفاع سامي الحداد إن التعاون مستمر.", "ar", ("سامي الحداد",)),
        ("وزير الدفاع قال إن التعاون مستمر.", "ar", ()),
        ('שר הביטחון, אורי כ"ץ, אמר כי ההסכם נחתם.', "he", ('אורי כ"ץ',)),
        ("रक्षा मंत्री अजय वर्मा ने कहा कि समझौता हुआ।", "hi", ("अजय वर्मा",)),
        ("امیر سرتیپ «کاوه رحیمی» وزیر دفاع گفت", "fa", ("کاوه رحیمی",)),
        ("พลเอก สมชาย ใจดี ปลัดกระทรวง กล่าวว่า", "th", ("สมชาย ใจดี",)),
        ("พล.อ.วิชัย มั่นคง และ นาย John Carter เดินทางมา", "th", ("วิชัย มั่นคง", "John Carter")),
    ],
)
def test_names_in_scripts_without_capitals(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Министр обороны Иван Петров заявил о поставках.", "ru", ("Иван Петров",)),
        ("Встреча с министром Иваном Петровым прошла в Москве.", "ru", ("Иван Петров",)),
        ("Міністр оборони Олена Коваль повідомила про угоду.", "uk", ("Олена Коваль",)),
        ("Президент Румунії Богдан Стан заявив про угоду.", "uk", ("Богдан Стан",)),
        ("Министърът на отбраната Иван Георгиев заяви, че", "bg", ("Иван Георгиев",)),
        ("Ο υπουργός Εθνικής Άμυνας Νίκος Παππάς δήλωσε ότι", "el", ("Νίκος Παππάς",)),
        ("Συνάντηση με τον Στρατηγό Γιώργο Μαυρίδη είχε ο Παππάς.", "el", ("Γιώργος Μαυρίδης",)),
        ("Bakan Ahmet Yılmaz’ın açıklaması geldi, dedi Yılmaz.", "tr", ("Ahmet Yılmaz",)),
        ("puolustusministeri Matti Virtanen sanoo tiedotteessa.", "fi", ("Matti Virtanen",)),
    ],
)
def test_names_in_cyrillic_greek_and_more_languages(text, language, expected):
    assert people(text, language=language) == expected


def test_lone_surname_needs_two_close_mentions():
    twice = ("Ministr Horák podepsal dohodu.", "Podle ministra řekl Horák, že to platí.")
    assert people(*twice, language="cs") == ("Horák",)
    assert people("Ministr Horák podepsal dohodu.", language="cs") == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "外交部長陳志明表示歡迎，雙方將繼續合作並加強交流，共同推動區域和平穩定發展。" * 2,
            "ko",
            ("陳志明",),
        ),
        (
            "佐藤健一防衛相は会見で、両国の協力を一層深めていく考えを示した。" * 2,
            "zh",
            ("佐藤健一",),
        ),
    ],
)
def test_script_decides_the_rules_when_detection_is_wrong(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Jednal s ministryní Petrou Horákovou.", "cs", ("Petra Horáková",)),
        ("Minister privítal Zuzanu Kováčovú na úrade.", "sk", ("Zuzana Kováčová",)),
        ("Susitiko su gynybos ministru Jonu Kazlausku.", "lt", ("Jonas Kazlauskas",)),
        ("Se srbským kolegou Milanem Jovanovićem podepsal dohodu.", "cs", ("Milan Jovanović",)),
        ("Menteri Pertahanan (Menhan) Budi Santoso menerima tamu.", "id", ("Budi Santoso",)),
        ("Ezt Kovács Anna honvédelmi miniszter jelentette be.", "hu", ("Kovács Anna",)),
        ("Puolustusministeri Matti Virtasen mukaan sopimus on valmis.", "fi", ("Matti Virtanen",)),
        ("Puolustusministeri Lars Hansen sanoi, että sopimus on valmis.", "fi", ("Lars Hansen",)),
        ("O ministro da Defesa, Rui Costa e Silva, afirmou que sim.", "pt", ("Rui Costa e Silva",)),
        ("A ministra Ana Lopes e Rui Costa chegaram.", "pt", ("Ana Lopes",)),
    ],
)
def test_inflected_and_ordered_names_in_more_languages(text, language, expected):
    assert people(text, language=language) == expected


def test_a_capital_that_speaks_twice_is_not_a_person():
    found = people("Washington says the plan works.", "Later Washington said it again.")
    assert found == ()
