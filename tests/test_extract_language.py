"""Language: decided by the script where it decides, else by a seeded langdetect; "und" if unsure."""

import pytest

from indexer.extract.language import extract_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers agreed to expand cooperation between their armed forces next year.", "en"),
        ("Ministrowie uzgodnili rozszerzenie współpracy między siłami zbrojnymi obu państw.", "pl"),
        ("Die Minister vereinbarten, die Zusammenarbeit ihrer Streitkräfte auszubauen.", "de"),
        ("Les ministres ont convenu d'élargir la coopération entre leurs forces armées.", "fr"),
        ("Los ministros acordaron ampliar la cooperación entre sus fuerzas armadas.", "es"),
        ("Министры договорились расширить военное сотрудничество двух стран в этом году.", "ru"),
        ("Міністри домовилися розширити військову співпрацю двох країн цього року.", "uk"),
        ("وزيرا الدفاع اتفقا على توسيع التعاون العسكري بين البلدين خلال العام المقبل", "ar"),
        ("وزیران دفاع دو کشور توافق کردند که همکاری نظامی خود را در سال آینده گسترش دهند", "fa"),
    ],
)
def test_language_by_langdetect(text, expected):
    assert extract_language(None, (text,)).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("양국 국방장관은 내년 연합훈련을 확대하기로 합의했다.", "ko"),
        ("両国の防衛相は来年の共同訓練を拡大することで合意した。", "ja"),
        ("兩國國防部長同意明年擴大聯合軍演。", "zh"),  # Traditional Chinese, never Korean
        ("两国国防部长同意明年扩大联合军演。", "zh"),
        ("รัฐมนตรีกลาโหมทั้งสองประเทศตกลงขยายการฝึกร่วม", "th"),
        ("שרי הביטחון סיכמו להרחיב את שיתוף הפעולה", "he"),
        ("Οι υπουργοί άμυνας συμφώνησαν σε κοινές ασκήσεις", "el"),
        ("रक्षा मंत्रियों ने सहयोग बढ़ाने पर सहमति जताई", "hi"),
        ("تعاون دفاعی", "ar"),  # Arabic script, too short for langdetect: the script's default
        ("দুই দেশের প্রতিরক্ষা মন্ত্রী চুক্তিতে সই করেছেন", "bn"),
        ("ਦੋਵਾਂ ਦੇਸ਼ਾਂ ਦੇ ਰੱਖਿਆ ਮੰਤਰੀਆਂ ਨੇ ਸਮਝੌਤਾ ਕੀਤਾ", "pa"),
        ("બંને દેશોના સંરક્ષણ મંત્રીઓએ કરાર કર્યો", "gu"),
        ("இரு நாடுகளின் பாதுகாப்பு அமைச்சர்கள் ஒப்பந்தம் செய்தனர்", "ta"),
        ("రెండు దేశాల రక్షణ మంత్రులు ఒప్పందం చేసుకున్నారు", "te"),
        ("ಎರಡು ದೇಶಗಳ ರಕ್ಷಣಾ ಸಚಿವರು ಒಪ್ಪಂದ ಮಾಡಿಕೊಂಡರು", "kn"),
        ("ഇരു രാജ്യങ്ങളുടെയും പ്രതിരോധ മന്ത്രിമാർ കരാർ ഒപ്പുവച്ചു", "ml"),
        ("ორი ქვეყნის თავდაცვის მინისტრებმა ხელშეკრულება გააფორმეს", "ka"),
        ("Երկու երկրների պաշտպանության նախարարները համաձայնագիր են ստորագրել", "hy"),
        ("ລັດຖະມົນຕີປ້ອງກັນປະເທດ ທັງສອງ ໄດ້ລົງນາມ", "lo"),
        ("ក្រសួងការពារជាតិ បានចុះហត្ថលេខា", "km"),
        ("ကာကွယ်ရေးဝန်ကြီး နှစ်ဦး သဘောတူညီချက် လက်မှတ်ရေးထိုး", "my"),
        ("ආරක්ෂක ඇමතිවරු ගිවිසුමක් අත්සන් කළහ", "si"),
    ],
)
def test_script_decides(text, expected):
    assert extract_language(None, (text,)).value == expected


@pytest.mark.parametrize(
    "text",
    [
        "Poland buys Korean tanks",  # too short to tell among Latin-script languages
        "Новые танки",
        "OK",
        "",
        "12 345 678 — 2024-05-01",
    ],
)
def test_too_little_text_is_undetermined(text):
    assert extract_language(None, (text,)).value == "und"


def test_title_and_body_are_read_together():
    found = extract_language("Poland buys Korean tanks", ("The contract covers 180 tanks.",))
    assert found.value == "en"


def test_same_answer_every_time():
    text = ("Defence cooperation talks ended today after two days in the capital city.",)
    assert {extract_language(None, text).value for _ in range(5)} == {"en"}
