"""The fast langdetect detector gives langdetect's own answers, to the last bit."""

import pytest
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

from indexer.extract.language import SEED, _factory
from indexer.extract.ngramdetect import FastFactory

TEXTS = [
    "The two ministers agreed to build the new howitzers together from next spring.",
    "Die Verteidigungsminister vereinbarten eine engere Zusammenarbeit bei der Ausbildung.",
    "Ministrowie obrony podpisali umowę o wspólnej produkcji amunicji i dronów.",
    "Министры обороны договорились о совместных учениях на море летом.",
    "両国の防衛相は来年の共同訓練について協議した。",
    "양국 국방장관은 방산 협력을 확대하기로 합의했다.",
    "وقع وزيرا الدفاع مذكرة تفاهم للتعاون العسكري بين البلدين.",
    "Οι υπουργοί Άμυνας συμφώνησαν σε κοινές ασκήσεις.  NATO   AND  EU http://example.org",
    "Bộ trưởng Quốc phòng hai nước đã ký thỏa thuận hợp tác.",
    "ABC DEF GHI short CAPS words and mail@example.com",
    "  spaces first, NATO NATO Nato nato, the the the words again and again  ",
    "einzelwort",
]
PRIORS = [(), ("pl", "cs", "sk"), ("ru", "uk", "bg")]


@pytest.fixture(scope="module")
def stock() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(SEED)
    return factory


def _probabilities(factory: DetectorFactory, text: str, prior: tuple[str, ...]) -> list:
    detector = factory.create()
    detector.n_trial = 3
    if prior:
        detector.set_prior_map({lang: float(lang in prior) for lang in factory.get_lang_list()})
    detector.append(text)
    return [(found.lang, found.prob) for found in detector.get_probabilities()]


@pytest.mark.parametrize("prior", PRIORS)
@pytest.mark.parametrize("text", TEXTS)
def test_same_probabilities_as_langdetect(
    stock: DetectorFactory, text: str, prior: tuple[str, ...]
) -> None:
    fast = _factory()  # the extractor's own, loaded once
    assert isinstance(fast, FastFactory)
    assert _probabilities(fast, text, prior) == _probabilities(stock, text, prior)
