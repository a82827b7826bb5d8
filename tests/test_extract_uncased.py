"""Names next to roles in scripts without capitals: the kinds of error each rule keeps out."""

import pytest

from indexer.extract.uncased import find_script_people


def names(paragraph: str, language: str) -> list[str]:
    """Return the names found in one paragraph."""
    return list(dict.fromkeys(m.name for m in find_script_people(paragraph, language)))


@pytest.mark.parametrize(
    ("language", "paragraph", "expected"),
    [
        # a connector "بن" is part of the name, never a prefixed word that ends it
        ("ar", "استقبل الأمير سعيد بن راشد بن حمدان ضيوفه", ["سعيد بن راشد بن حمدان"]),
        # "and the delegation" after a name does not make the name an institution's
        ("ar", "التقى بنظيره المغربي كريم سالم عادل والوفد المرافق له", ["كريم سالم عادل"]),
        # an adjective with the article after a long role phrase is no given name
        (
            "ar",
            "قال وزير الشؤون الخارجية والتعاون الإقليمي والمواطنين المقيمين بالخارج سامي",
            [],
        ),
        # a prefixed role look-alike ("מדובר": "it is about") shows no person
        ("he", "מדובר בצעד חשוב לשני הצדדים", []),
        # a spaced dash ends the phrase after a role
        ("he", "בלשכת ראש הממשלה – פרשה שעוררה סערה", []),
        # a prefixed modifier ("בצה\"ל") is no name word
        ("he", 'ראש אגף תכנון בצה"ל נפגש עם הכתבים', []),
        # a time word and a phone call after a speech verb are no name
        ("he", "אמר אמש בשיחת טלפון עם עמיתו", []),
        # a given name that opens like the article, closed by a comma
        ("he", 'נכחו גם האלוף הרצל הכהן, מנכ"ל המשרד', ["הרצל הכהן"]),
        # an institution and an adjective after a role, with no comma, are no name
        ("he", "נשיא המדינה החדש הגיע לבסיס", []),
        # an adverb ("also") and a verbal noun ("meeting and talks") are no name words
        ("fa", "سردار سرتیپ کریم رضایی همچنین در این سفر دیدار وگفتگو کرد", ["کریم رضایی"]),
        # Persian also writes the name before the post
        ("fa", "سخنان کریم رضایی وزیر دفاع", ["کریم رضایی"]),
        # but not across a comma
        ("fa", "بر اساس گزارش منتشرشده، وزیر دفاع", []),
        # Arabic names a person before a post in apposition, after a comma
        ("ar", "استقبله كل من عبد الكريم سالم، الوزير المنتدب", ["عبد الكريم سالم"]),
        # an ambassador "to" a country, then the name
        ("ar", "أعلن السفير المغربي لدى فرنسا، سامي نور، أن", ["سامي نور"]),
        # a long role phrase, a name and a comma written apart from it
        (
            "ar",
            "استقبل وزير الشؤون الخارجية والتعاون الإقليمي والمواطنين المقيمين بالخارج سامي نور ، امس",
            ["سامي نور"],
        ),
        # a noun and its adjective before a comma and a role are no name
        ("ar", "وفي ختام زيارته الرسمية، الرئيس الفرنسي", []),
        # "informed sources" after a speech verb are no name
        ("ar", "أكدت مصادر مطلعة أن الاجتماع انتهى", []),
        # an outlet's name before a post is no person
        ("fa", "به گزارش خبرگزاری مهر رئیس ستاد کل گفت", []),
        # a service's name after a post is no person
        ("fa", "پس از پایان مراسم فرمانده نیروی دریایی", []),
        # "to sign a memorandum of understanding" after a role is an event
        ("ar", "وصل وزير الدفاع الإسباني لتوقيع مذكرة تفاهم", []),
    ],
)
def test_right_to_left_role_phrases(language: str, paragraph: str, expected: list[str]) -> None:
    """Names after roles in Arabic and Hebrew, and phrases that only look like names."""
    assert names(paragraph, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraph", "expected"),
    [
        # a three-character name whose last character is also a word ("和" "and")
        ("zh", "国防部长张立和今天会见了代表团", ["张立和"]),
        # but a particle after a two-character name is not part of it
        ("zh", "外交部长李明在会上表示", ["李明"]),
        # a role of several people: "the defence ministers of both countries agreed"
        ("zh", "两国防长一致认为合作很重要", []),
        # a role word inside a compound ("director-level working meeting")
        ("zh", "双方商定举办局长级工作会议", []),
        # the Korean title "长官" is one role, not "部长" and a name starting with "官"
        ("zh", "韩国国防部长官金成浩今天表示", ["金成浩"]),
        # a reading in kanji between a katakana name and its role
        ("ja", "韓国のキム・ソンホ(金成浩)国防相と会談した", ["キム・ソンホ"]),
        # a surname before a title and an event noun ("cabinet meeting")
        ("ja", "山川防衛大臣閣議後会見", ["山川"]),
    ],
)
def test_unspaced_role_phrases(language: str, paragraph: str, expected: list[str]) -> None:
    """Names next to roles in Chinese and Japanese, and role words that show no name."""
    assert names(paragraph, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a gloss in parentheses and "겸" ("and also") between a double-barrelled name and its role
        (
            "이날 안나 노박-코발스카(Anna Nowak-Kowalska) 체코 부총리 겸 국방장관과 만났다",
            ["안나 노박-코발스카"],
        ),
        # a rank in parentheses, and a noun of time before the name
        ("방문 기간 제임스 브라운(소장) 캐나다 육군참모총장을 만나", ["제임스 브라운"]),
        # a post ending in "관리관"
        ("김민호 국방부 정책관리관과 회의했다", ["김민호"]),
    ],
)
def test_korean_role_phrases(paragraph: str, expected: list[str]) -> None:
    """Names before roles in Korean, with what may stand between them."""
    assert names(paragraph, "ko") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a long transliterated name runs on to the post written after it
        (
            "ต้อนรับ นายอะห์มัด อับดุลลอฮ์ ซาลิม ฮาซัน ออท.ประจำประเทศไทย",
            ["อะห์มัด อับดุลลอฮ์ ซาลิม ฮาซัน"],
        ),
        # a Thai name is a given name and a surname before the post
        ("พล.อ.สมชาย ใจดี รมช.กลาโหม ต้อนรับคณะ", ["สมชาย ใจดี"]),
        # a post before another post is not part of the name
        ("นายสมชาย ใจดี ที่ปรึกษา รมว.กลาโหม", ["สมชาย ใจดี"]),
        # a naval rank before a name in Latin letters
        ("พล.ร.จ. John Smith รักษาการ", ["John Smith"]),
    ],
)
def test_thai_names(paragraph: str, expected: list[str]) -> None:
    """Names after Thai ranks and titles, as long as the text writes them."""
    assert names(paragraph, "th") == expected
