"""Byline rules in every language: the words that introduce an author, and those that do not."""

from __future__ import annotations

# Words that introduce the author's name, per language ("By", "Автор:", "كتب", "מאת", "记者").
# Those marked ":" need a colon after them; the others may be followed by the name directly.
AUTHOR_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("by", "author:", "authors:", "written by", "compiled by", "reporter:", "words:", "text:"),
    "de": ("von", "autor:", "autorin:", "text:"),
    "fr": ("par", "auteur:", "texte:"),
    "es": ("por", "autor:", "escrito por", "texto:"),
    "pt": ("por", "autor:", "texto:"),
    "it": ("di", "autore:", "testo:"),
    "nl": ("door", "auteur:", "tekst:"),
    "sv": ("av", "text:", "skribent:", "reporter:"),
    "da": ("af", "tekst:", "skribent:"),
    "no": ("av", "tekst:", "journalist:"),
    "fi": ("teksti:", "kirjoittaja:", "toimittaja:"),
    "et": ("autor:", "tekst:"),
    "lv": ("autors:", "teksts:"),
    "lt": ("autorius:", "autorė:", "tekstas:"),
    "pl": ("autor:", "autorka:", "tekst:"),
    "cs": ("autor:", "autorka:", "text:", "napsal", "napsala"),
    "sk": ("autor:", "autorka:", "text:", "napísal", "napísala"),
    "sl": ("avtor:", "avtorica:", "piše:", "besedilo:"),
    "hr": ("autor:", "autorica:", "piše:", "piše"),
    "sr": ("autor:", "piše:", "аутор:", "пише:"),
    "bs": ("autor:", "piše:"),
    "mk": ("автор:", "пишува:", "текст:"),
    "bg": ("автор:", "текст:"),
    "ru": ("автор:", "текст:", "автор материала:", "автор текста:"),
    "uk": ("автор:", "авторка:", "текст:", "автор матеріалу:"),
    "be": ("аўтар:", "тэкст:"),
    "hu": ("szerző:", "írta:", "szöveg:"),
    "ro": ("autor:", "de", "text:", "scris de"),
    "tr": ("yazar:", "haber:", "muhabir:", "kaynak:", "haberi yazan:"),
    "el": ("του", "της", "γράφει:", "γράφει ο", "γράφει η", "συντάκτης:", "κείμενο:"),
    "ar": ("كتب:", "كتب", "كتبت:", "كتبت", "بقلم:", "بقلم", "إعداد:", "تقرير:"),
    "fa": ("نویسنده:", "گزارش:", "خبرنگار:"),
    "he": ("מאת:", "מאת", "כתב:", "כתבה:"),
    "hi": ("लेखक:", "रिपोर्ट:", "रिपोर्टर:", "संवाददाता:", "लेखिका:"),
    "id": ("oleh:", "oleh", "penulis:", "reporter:"),
    "ms": ("oleh:", "oleh", "penulis:", "wartawan:"),
    "tl": ("ni", "ulat ni", "isinulat ni"),
    "ca": ("per", "autor:", "autora:", "text:"),
    "sq": ("nga", "autor:", "shkruan:"),
    "vi": ("tác giả:", "bài:"),
    "th": ("ข่าว:", "ผู้เขียน:", "เรื่อง:", "ภาพ/ข่าว:", "ข่าว/ภาพ:"),
    "ko": ("글:", "취재:"),
    "ja": ("文:", "記者:", "筆者:"),
    "zh": ("作者:", "记者:", "記者:", "文:", "文/", "文|", "撰文:", "本报记者", "记者"),
}
# Credit words before names that are not the article's authors: photos, editing, translation.
OTHER_CREDITS: tuple[str, ...] = (
    "photo", "photos", "foto", "fotos", "fot.", "bild", "image", "editor", "edited by",
    "editing by", "redakce", "redakcja", "redaktor", "редактор", "фото", "світлина", "φωτο",
    "φωτογραφία", "صورة", "تصوير", "צילום", "फोटो", "사진", "편집", "写真", "撮影", "编辑",
    "责任编辑", "責任編輯", "校对", "审核", "摄影", "ภาพ:", "translated by", "translation",
    "tłumaczenie", "übersetzung", "переклад", "перевод",
)  # fmt: skip
# Words after a name that make it a byline, per language: "홍길동 기자", "山田太郎記者",
# "राम शर्मा संवाददाता". (Chinese writes 记者 before the name: a label above.)
REPORTER_AFTER: dict[str, tuple[str, ...]] = {
    "ko": ("선임기자", "수석기자", "전문기자", "객원기자", "기자", "특파원"),
    "ja": ("記者", "特派員", "編集委員", "ジャーナリスト"),
    "hi": ("संवाददाता",),
}
# What a name before the reporter word looks like, per language.
NAME_BEFORE_REPORTER: dict[str, str] = {
    "ko": "[가-힣]{2,4}",
    "ja": "[\u4e00-\u9fff\u3005\u3040-\u30ff]{1,4} ?[\u4e00-\u9fff\u3005\u3040-\u30ff]{1,4}",
    "hi": "[\u0900-\u097f]+(?: [\u0900-\u097f]+){1,2},?",
}
# Labels whose first credit is an agency, the reporter coming after a slash.
AGENCY_FIRST_LABELS: frozenset[str] = frozenset({"kaynak", "source", "fuente", "quelle"})
# Words that stand before 기자/記者 but are not names ("사진 기자" is a photographer).
NOT_NAMES_BEFORE_REPORTER: frozenset[str] = frozenset(
    "사진 영상 취재 담당 현장 수습 인턴 외신 방송 신문 보도 출입 일선 국방 정치 경제 사회 "
    "국제 전문 선임 수석 객원 본지 본사 본보 한국 해당 여러 다수 일부 모든 관련 종군 "
    "本报 本報 本台 新华社 中新社 特约 攝影 摄影 文字 実習 同行 日本 中国".split()
)
# News agencies: credited like authors but not people (a one-word Latin name is dropped anyway).
AGENCIES: frozenset[str] = frozenset(
    name.casefold()
    for name in (
        "Associated Press", "Agence France-Presse", "Agence France Presse", "Anadolu Agency",
        "Anadolu Ajansı", "Yonhap News", "Yonhap News Agency", "연합뉴스", "뉴시스", "뉴스1",
        "Kyodo News", "共同通信", "時事通信", "新华社", "新華社", "中新社", "中新網", "РИА Новости",
        "ТАСС", "Интерфакс", "Укрінформ", "УНН", "Укрінформ", "ЧТК", "БТА", "МИА", "Sputnik",
        "Press Association", "Deutsche Presse-Agentur", "Bloomberg News", "Dow Jones",
        "Xinhua News Agency", "Jiji Press", "Kyodo", "Bernama", "Antara", "Lusa", "Agerpres",
        "Tanjug", "HINA", "LETA", "BNS", "ELTA", "Ukrinform", "Interfax", "RIA Novosti",
        "Interfax-Ukraine", "Інтерфакс-Україна", "Europa Press", "Efe", "ANSA", "AGI",
        "Adnkronos", "Nova", "PAP", "ČTK", "TASR", "MTI", "STA", "BTA", "Hürriyet", "AA", "DHA",
        "İHA", "WAM", "SPA", "KUNA", "QNA", "IRNA", "ISNA", "Tasnim", "Mehr", "Fars", "ANI",
        "PTI", "IANS", "Reuters", "AFP", "AP", "dpa", "APA", "Belga", "ANP", "NTB", "TT",
        "Ritzau", "STT", "ERR", "Staff", "Redaktion", "Rédaction", "Redacción", "Redazione",
        "Redakcja", "Redakce", "Редакция", "Редакція", "Agencies", "Agencja",
    )
)  # fmt: skip
# Words that make a credit a newsroom or an agency, not a person ("Reuters Staff", "AFP Desk").
NOT_PERSON_WORDS: frozenset[str] = frozenset(
    "staff desk team newsroom editors wire wires agencies agency reporters correspondents "
    "bureau redaktion rédaction redacción redazione redakcja redakce редакция редакція "
    "reuters afp ap yonhap xinhua tass тасс dpa pap čtk tasr mti bta ansa efe kyodo bernama "
    "anadolu ukrinform укрінформ interfax интерфакс "
    # agency, news, source and article words of chrome lines that read like a name
    "ajansı ajans agencja agentura агентство агенція agence agencia agenzia agentschap byrå "
    "haber haberleri news nachrichten новости новини вести wiadomości zprávy správy noticias "
    "notizie nieuws nyheter uutiset uudised ziņas naujienos hírek știri ειδήσεις berita "
    "source quelle źródło zdroj fuente fonte источник джерело izvor kaynak πηγή sumber "
    "article artikel artykuł článek artículo articolo статья стаття άρθρου άρθρο makale "
    "šaltinis avots allikas lähde forrás sursa kilde källa".split()
)
# Words for a source or credit label that a page may glue to the name before it
# ("Jane DoeSource: Agency"): the name ends where the label starts.
SOURCE_LABELS: frozenset[str] = frozenset(
    "source sources quelle quellen źródło zdroj zdroje fuente fonte fonti bron kilde källa "
    "lähde allikas avots šaltinis forrás sursa izvor vir πηγή kaynak sumber источник джерело "
    "foto photo nuotr".split()
)
# A reporter word after the name and a comma, before the date: "Jane Doe, Journalist-Monday, …".
REPORTER_WORDS: frozenset[str] = frozenset(
    "journalist reporter correspondent jurnalis wartawan wartawati koresponden pewarta "
    "periodista journaliste giornalista jornalista dziennikarz dziennikarka novinář novinářka "
    "novinár toimittaja ajakirjanik žurnālists žurnalistas újságíró muhabir".split()
)
# How many characters of a caseless script a name may have, per script.
HAN_NAME = (2, 4)
KANA_HAN_NAME = (2, 6)
HANGUL_NAME = (2, 4)
WORDS_NAME = (1, 4)  # Thai, Arabic, Hebrew, Devanagari names: words
