"""Language check (py3langid, offline): a brief is made of Dutch articles only.

Detected on the whole document, so a Dutch article quoting an English tweet is Dutch, and Flemish
is Dutch. Very short texts are not judged (one or two words say little about a language), but a text
without a word (figures, symbols) is no article. A text the detector does not call Dutch is Dutch
only when its Dutch passages carry a fair share of its words (a Dutch introduction to an English
release note, a column quoting Afrikaans); a guess the detector is unsure of is not Dutch
(/etc/passwd came out "Central Bikol, 10 %" and was briefed).
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


# (an address, a bare domain such as toosenhenk.nl or facebook.com/x, or a figure; tried at a word's start only —
# it fails inside a word when it failed at its start: linear)
_NOT_LANGUAGE = re.compile(
    r"https?://\S+|www\.\S+|(?<!\S)\S+@\S+|(?<!\S)\S*\d\S*|(?<!\S)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?(?!\S)"
)


def detect_language(text: str) -> Detection:
    """The language of the words in `text` (numbers, URLs and e-mail addresses left out)."""
    return _detect(_NOT_LANGUAGE.sub(" ", text))


def _detect(words: str) -> Detection:
    """`detect_language` of a text whose addresses and figures are already left out (`_NOT_LANGUAGE`)."""
    if _letters(words, MIN_LETTERS) < MIN_LETTERS:
        return Detection(DUTCH, 0.0, judged=False)
    language, confidence = _identifier().classify(words)
    if language == "zxx":  # "no linguistic content"
        return Detection(DUTCH, 0.0, judged=False)
    return Detection(str(language), float(confidence), judged=True)


def _letters(text: str, bound: int) -> int:
    """The letters of `text`, counted up to `bound`."""
    return sum(1 for _ in itertools.islice(filter(str.isalpha, text), bound))


def require_dutch(text: str, *, name: str) -> Detection:
    """Raise InputError naming what was found unless `text` is Dutch (or too short to tell)."""
    words = _NOT_LANGUAGE.sub(" ", text)  # left out once, for every judgement below
    detection = _detect(words)
    if not detection.judged and not any(map(str.isalpha, words)):
        raise InputError(f"{name}: has no words, only figures or symbols — brief a Dutch article, {_OVERRIDE}")
    if not detection.judged or detection.language == DUTCH or _dutch_runner_up(words, detection):
        return detection
    if _dutch_share(words) >= MIN_DUTCH_SHARE:
        return detection
    found = (
        f"looks like {detection.name}, not Dutch ({detection.confidence:.0%} sure)"
        if detection.confidence >= MIN_CONFIDENCE
        else "does not read as Dutch (no language recognised with confidence)"
    )
    raise InputError(f"{name}: {found} — brief only Dutch articles, {_OVERRIDE}")


_OVERRIDE = "or pass --force to brief it anyway"
DUTCH_RANK = 2  # an unsure guess passes when Dutch is among the detector's first this many (review49) ...
RUNNER_UP_MAX_LETTERS = 5000  # ... in a text of fewer letters (the detector's confidence sinks as a text grows)


def _dutch_runner_up(words: str, detection: Detection) -> bool:
    """The detector unsure (under MIN_CONFIDENCE) and Dutch among its first `DUTCH_RANK` guesses: a list of mostly
    names ("Club Brugge - Standard 2-0 …", "Stand: 1. Club Brugge 45 …" guessed Luxembourgish, Dutch second) is
    Dutch; /etc/passwd (Central Bikol 10 %, Dutch 2 %, far down) stays refused. `words`: addresses and figures
    left out."""
    if detection.confidence >= MIN_CONFIDENCE or _letters(words, RUNNER_UP_MAX_LETTERS) >= RUNNER_UP_MAX_LETTERS:
        return False
    ranked = _identifier().rank(words)[:DUTCH_RANK]
    return any(language == DUTCH for language, _ in ranked)


MIN_DUTCH_SHARE = 0.1  # of the letters of the passages judged; measured: tests/pipeline/text/test_user49_language.py
_PASSAGES = re.compile(r"\n+|(?<=[.!?…])\s+")


def dutch_share(text: str) -> float:
    """The share of the letters of `text`'s judged passages (lines and sentences of MIN_LETTERS letters or more,
    runs of shorter ones joined) that the detector calls Dutch: 0.0 when no passage can be judged."""
    return _dutch_share(_NOT_LANGUAGE.sub(" ", text))


def _dutch_share(words: str) -> float:
    """`dutch_share` of a text whose addresses and figures are already left out."""
    dutch = judged = 0
    for passage, letters in _passages(words):
        judged += letters
        dutch += letters if _identifier().classify(passage)[0] == DUTCH else 0
    return dutch / judged if judged else 0.0


def _passages(words: str) -> list[tuple[str, int]]:
    """The passages (and their letters) of `words`: each piece joined to the run before it until the run holds
    MIN_LETTERS letters. Letters are counted once per piece: linear in the text (a run of 20,000 lines without
    letters took 39 s when the run was counted again at every piece)."""
    passages: list[tuple[str, int]] = []
    run: list[str] = []
    letters = 0
    for piece in _PASSAGES.split(words):
        if not piece.strip():
            continue
        run.append(piece.rstrip() if run else piece.strip())
        letters += sum(map(str.isalpha, piece))
        if letters >= MIN_LETTERS:
            passages.append((" ".join(run), letters))
            run, letters = [], 0
    return passages
