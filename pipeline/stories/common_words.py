"""Dutch common words and titles that a story's key names leave out (`keynames`): a reader who reads no Dutch wants
names, not "Jammer" (a quote's first word), "Veiligheid" (a word of "Justitie en Veiligheid") or the title glued
before a person ("Kamervoorzitter Anouchka van Miltenburg"). The common words are data
(`data/common_words_nl.txt.gz`, built by scripts/build_common_words.py from the OpenTaal word list: words it holds
only in lower case)."""

from __future__ import annotations

import gzip
import logging
import zlib
from functools import cache
from pathlib import Path

from pipeline.stories.lexicon import PARTICLES, TITLES

TABLE = Path(__file__).with_name("data") / "common_words_nl.txt.gz"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTIONS = _words(
    """
    hoogleraar lector onderzoeker woordvoerder woordvoerster directeur directrice topman topvrouw
    bestuursvoorzitter fractievoorzitter partijleider partijvoorzitter lijsttrekker ombudsman ombudsvrouw
    kamerlid kamerleden europarlementariër statenlid raadslid gemeenteraadslid commandant hoofdcommissaris
    korpschef officier advocaat advocaat-generaal procureur-generaal bondscoach trainer coach aanvoerder
    bisschop kardinaal rabbijn imam dokter professor prof dr ir mr drs ing foto illustratie beeld tekst
    """
)
"""Function titles and credits written before a person's name ("Hoogleraar", "Foto"), beyond `lexicon.TITLES`."""

PORTFOLIOS = _words(
    """
    algemene binnenlandse buitenlandse economische sociale zaken koninkrijksrelaties justitie veiligheid defensie
    financiën onderwijs cultuur wetenschap volksgezondheid welzijn sport infrastructuur waterstaat milieu verkeer
    landbouw natuur visserij voedselkwaliteit klimaat groene groei werkgelegenheid asiel migratie immigratie
    integratie vreemdelingenzaken volkshuisvesting ruimtelijke ordening ontwikkelingssamenwerking handel
    rechtsbescherming toeslagen douane preventie jeugd medische zorg armoedebeleid participatie pensioenen
    """
)
"""Words of a Dutch ministry's or a minister's portfolio ("Binnenlandse Zaken", "Justitie en Veiligheid"): before a
person's name they are a title ("Binnenlandse Zaken Ronald Plasterk"); alone, a word of a ministry's name."""

PLACES = _words(
    """
    leiden best hoorn bergen haren putten ede epe sluis goes weert kampen born gemert tiel wijk hattem laren
    blaricum bunnik baarn doorn lisse rijssen nunspeet zeist ommen horst venray boxmeer uden veghel oss
    """
)
"""Dutch towns whose names are common words too ("leiden" to lead, "best", "goes"): a name, never a common word."""

log = logging.getLogger(__name__)


@cache
def common_words() -> frozenset[str]:
    """The Dutch common words of the table (empty, logged once, when it cannot be read: no word left out)."""
    try:
        with gzip.open(TABLE, "rt", encoding="utf-8") as fh:
            return frozenset(line.strip() for line in fh if line.strip())
    except (OSError, EOFError, zlib.error) as error:
        log.warning("the common-words table %s cannot be read (%s): key names keep them", TABLE, type(error).__name__)
        return frozenset()


EVERYDAY_ALONE = 0.01  # a common word in this share of Dutch news articles is no name alone, lower case or not


def is_common(word: str) -> bool:
    """A Dutch word no name ("jammer", "veiligheid", "zaken"; not a town: `PLACES`); lower-cased."""
    return word not in PLACES and (word in common_words() or word in PORTFOLIOS)


def _function(word: str) -> bool:
    """A title or function ("kamervoorzitter", "oud-hoogleraar")."""
    return word in TITLES or word in FUNCTIONS or word.split("-")[-1] in FUNCTIONS


def _title_word(word: str) -> bool:
    return _function(word) or word in PORTFOLIOS


def without_function(name: str) -> str:
    """The person's name without the titles, portfolios and common words glued before it
    ("binnenlandse zaken ronald plasterk" -> "ronald plasterk", "kamervoorzitter anouchka van miltenburg" ->
    "anouchka van miltenburg"); "" for a function (`FUNCTIONS`) before common words only ("hoogleraar preventie"); else the name.
    The rest must be two words or more (one after functions only: "kamerlid hiddema" -> "hiddema"), not opening with
    a particle, not common words at both ends: a person's name ("Raad van State", "Minister van Justitie",
    "Premier League", "Burgemeester Som" stay)."""
    words = name.split()
    titled = len(words) > 1 and (words[0] in FUNCTIONS or words[0].split("-")[-1] in FUNCTIONS)
    if titled and all(_title_word(w) or is_common(w) for w in words):
        return ""
    start = 0  # after the last title word of a leading run of titles and common words
    for i, word in enumerate(words):
        if not (_title_word(word) or is_common(word)):
            break
        if _title_word(word):
            start = i + 1
    rest = words[start:]
    surname = len(rest) == 1 and all(w in FUNCTIONS for w in words[:start]) and not is_common(rest[0])
    if (
        start
        and (len(rest) >= 2 or surname)
        and rest[0] not in PARTICLES
        and not (is_common(rest[0]) and is_common(rest[-1]))
    ):
        return " ".join(rest)
    return name
