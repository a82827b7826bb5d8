"""Close languages langdetect cannot name (Malay, Serbian, Bosnian), told apart by features."""

import pytest

from indexer.extract.closelanguages import refine
from indexer.extract.language import extract_language

MALAY = (
    "Kerajaan Malaysia berkata kapal baharu itu ialah sebahagian daripada rancangan tentera "
    "laut, dan kenyataan rasmi menyebut bahawa latihan bersama akan diadakan pada bulan Ogos."
)
INDONESIAN = (
    "Pemerintah Indonesia mengatakan bahwa kapal baru itu adalah bagian dari rencana tentara "
    "laut, dan pernyataan resmi menyebut latihan bersama akan digelar pada bulan Agustus."
)
SERBIAN_LATIN = (
    "Ministar odbrane rekao je da će dve vojske pre kraja godine održati zajedničke vežbe, a "
    "predsednik je najavio saradnju u oblasti bezbednosti i posetu delegacije u septembru."
)
CROATIAN = (
    "Ministar obrane rekao je da će dvije vojske prije kraja godine održati zajedničke vježbe, a "
    "predsjednik je najavio suradnju u području sigurnosti i posjet izaslanstva u rujnu."
)
BOSNIAN = (
    "Ministar odbrane rekao je da će dvije vojske prije kraja godine održati zajedničke vježbe, "
    "a predsjednik je najavio saradnju tokom historijske posjete i hiljadu novih vojnika."
)
SERBIAN_CYRILLIC = (
    "Министар одбране рекао је да ће две војске до краја године одржати заједничке вежбе, а "
    "председник је најавио сарадњу у области безбедности и посету делегације у Београду."
)
MACEDONIAN = (
    "Министерот за одбрана изјави дека двете војски ќе одржат заеднички вежби до крајот на "
    "годината, а претседателот ја најави соработката во областа на безбедноста."
)
BULGARIAN = (
    "Министърът на отбраната заяви, че двете армии ще проведат съвместни учения до края на "
    "годината, а президентът обяви сътрудничество в областта на сигурността."
)


@pytest.mark.parametrize(
    ("detected", "text", "expected"),
    [
        ("id", MALAY, "ms"),
        ("id", INDONESIAN, None),
        ("hr", SERBIAN_LATIN, "sr"),
        ("hr", CROATIAN, None),
        ("hr", BOSNIAN, "bs"),
        ("mk", SERBIAN_CYRILLIC, "sr"),
        ("mk", MACEDONIAN, None),
        ("bg", BULGARIAN, None),
        ("bg", SERBIAN_CYRILLIC, "sr"),
        ("en", MALAY, None),  # no group for English: nothing to refine
    ],
)
def test_refine(detected, text, expected):
    found = refine(detected, text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MALAY, "ms"),
        (INDONESIAN, "id"),
        (SERBIAN_LATIN, "sr"),
        (CROATIAN, "hr"),
        (SERBIAN_CYRILLIC, "sr"),
        (MACEDONIAN, "mk"),
        (BULGARIAN, "bg"),
    ],
)
def test_extract_language_names_close_languages(text, expected):
    assert extract_language(None, (text,)).value == expected


def test_few_features_keep_the_detected_language():
    # one Malay word in an Indonesian sentence is a quotation, not the article's language
    text = "Pemerintah mengatakan bahwa kerjasama itu penting karena situasi kerajaan tetangga."
    assert refine("id", text) is None
