"""Language check (py3langid, offline): a brief is made of Dutch articles only.

Detected on the whole document, so a Dutch article quoting an English tweet is Dutch, and Flemish
is Dutch. Very short texts are not judged (one or two words say little about a language).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from pipeline.errors import InputError

DUTCH = "nl"
MIN_LETTERS = 40  # below this the detector is guessing
MIN_CONFIDENCE = 0.5

LANGUAGE_NAMES = {
    "nl": "Dutch",
    "en": "English",
    "de": "German",
    "af": "Afrikaans",
    "fy": "Frisian",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "da": "Danish",
    "sv": "Swedish",
    "no": "Norwegian",
    "pl": "Polish",
    "tr": "Turkish",
    "ar": "Arabic",
    "ru": "Russian",
    "uk": "Ukrainian",
    "lb": "Luxembourgish",
}


@dataclass(frozen=True)
class Detection:
    language: str
    confidence: float
    judged: bool  # False when the text was too short to judge

    @property
    def name(self) -> str:
        return LANGUAGE_NAMES.get(self.language, self.language)


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# (an address or a figure tried at a word's start only — it fails inside a word when it failed at its start: linear)
_NOT_LANGUAGE = re.compile(r"https?://\S+|www\.\S+|(?<!\S)\S+@\S+|(?<!\S)\S*\d\S*")


def detect_language(text: str) -> Detection:
    """The language of the words in `text` (numbers, URLs and e-mail addresses left out)."""
    words = _NOT_LANGUAGE.sub(" ", text)
    letters = sum(1 for _ in itertools.islice(filter(str.isalpha, words), MIN_LETTERS))  # counted up to the bound
    if letters < MIN_LETTERS:
        return Detection(DUTCH, 0.0, judged=False)
    language, confidence = _identifier().classify(words)
    if language == "zxx":  # "no linguistic content"
        return Detection(DUTCH, 0.0, judged=False)
    return Detection(str(language), float(confidence), judged=True)


def require_dutch(text: str, *, name: str) -> Detection:
    """Raise InputError naming the detected language unless `text` is Dutch (or too short to tell)."""
    detection = detect_language(text)
    if detection.judged and detection.language != DUTCH and detection.confidence >= MIN_CONFIDENCE:
        raise InputError(
            f"{name}: looks like {detection.name}, not Dutch ({detection.confidence:.0%} sure) "
            "— brief only Dutch articles, or pass --force to brief it anyway"
        )
    return detection
