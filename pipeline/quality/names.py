"""Names the English should keep: capitalised words of the Dutch that do not start a sentence.

A name is kept when the English has it (accents and case aside; "Voronez" is kept by "Voronezh",
"Bidens" by "Biden's") or its usual English form (Oekraïne → Ukraine, Poetin → Putin, Navo →
NATO). Capitalised adjectives (Amerikaanse, Russische) and Dutch function words after a quote
are not names: they are translated.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_TOKEN = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?:;“”\"‘’'«»(\[—–-])\s*$")
_FUNCTION_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "maar",
        "in",
        "op",
        "aan",
        "van",
        "voor",
        "met",
        "bij",
        "naar",
        "om",
        "uit",
        "over",
        "tot",
        "door",
        "als",
        "dat",
        "die",
        "dit",
        "deze",
        "er",
        "ik",
        "je",
        "jij",
        "u",
        "hij",
        "zij",
        "ze",
        "wij",
        "we",
        "jullie",
        "men",
        "wat",
        "wie",
        "waar",
        "hoe",
        "waarom",
        "wanneer",
        "ook",
        "nog",
        "al",
        "niet",
        "geen",
        "zo",
        "daar",
        "hier",
        "dan",
        "toen",
        "want",
        "omdat",
        "terwijl",
        "volgens",
        "na",
        "onder",
        "tegen",
        "tussen",
        "sinds",
        "lees",
        "zie",
    ]
)
_ENGLISH = {  # Dutch (lower case) -> English forms, any of which keeps the name
    "oekraïne": "ukrain", "rusland": "russia", "wit-rusland": "belarus", "duitsland": "germany",
    "frankrijk": "france", "belgië": "belgium", "nederland": "netherlands|holland|dutch", "polen": "poland",
    "italië": "italy", "spanje": "spain", "zwitserland": "switzerland", "oostenrijk": "austria",
    "zweden": "sweden", "noorwegen": "norway", "denemarken": "denmark", "griekenland": "greece",
    "turkije": "turkey|türkiye", "engeland": "england", "schotland": "scotland", "ierland": "ireland",
    "hongarije": "hungary", "roemenië": "romania", "bulgarije": "bulgaria", "tsjechië": "czech",
    "slowakije": "slovakia", "kroatië": "croatia", "servië": "serbia", "litouwen": "lithuania",
    "letland": "latvia", "estland": "estonia", "moldavië": "moldova", "georgië": "georgia",
    "amerika": "america", "afrika": "africa", "azië": "asia", "europa": "europe", "egypte": "egypt",
    "marokko": "morocco", "syrië": "syria", "irak": "iraq", "israël": "israel", "libanon": "lebanon",
    "krim": "crimea", "zwarte": "black", "zee": "sea", "noordzee": "north sea", "verenigde": "united",
    "verenigd": "united", "staten": "states", "koninkrijk": "kingdom", "kiev": "kyiv|kiev",
    "moskou": "moscow", "peking": "beijing", "berlijn": "berlin", "parijs": "paris", "londen": "london",
    "brussel": "brussels", "haag": "hague", "den": "the", "wenen": "vienna", "genève": "geneva",
    "warschau": "warsaw", "praag": "prague", "lissabon": "lisbon", "athene": "athens",
    "kopenhagen": "copenhagen", "boekarest": "bucharest", "odessa": "odesa|odessa", "charkov": "kharkiv",
    "poetin": "putin", "zelensky": "zelensk", "nederlanders": "dutch|netherlands", "amerikanen": "american",
    "russen": "russian", "oekraïners": "ukrainian", "britten": "brit", "fransen": "french",
    "duitsers": "german", "europeanen": "european", "chinezen": "chinese", "belgen": "belgian",
    "navo": "nato", "vs": "us|u.s.|united states|america", "vn": "un|u.n.|united nations",
    "witte": "white", "huis": "house", "kamer": "house|chamber|parliament", "tweede": "second|house",
    "eerste": "first|senate", "commissie": "commission", "raad": "council", "parlement": "parliament",
    "zaken": "affairs", "defensie": "defence|defense", "justitie": "justice", "financiën": "financ",
    "ministerie": "ministry", "kabinet": "cabinet|government", "regering": "government",
    "koning": "king", "koningin": "queen", "premier": "prime minister|premier", "spelen": "games",
    "wereldoorlog": "world war", "derde": "third", "beeld": "image|photo|picture", "westen": "west",
    "oosten": "east", "zuiden": "south", "noorden": "north", "staatssecretaris": "state secretary|secretary",
}  # fmt: skip


def fold(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def name_mentions(dutch: str) -> list[str]:
    """The capitalised words of `dutch` that do not start a sentence (or a quote), hyphenated
    parts included ("Navo-lidstaten" -> "Navo"), adjectives and function words left out."""
    names: list[str] = []
    for match in _TOKEN.finditer(dutch):
        word = match.group(0)
        if _STARTS_SENTENCE.search(dutch[: match.start()]):
            continue
        if word.lower() in _ENGLISH:
            names.append(word)
            continue
        names.extend(part for part in word.split("-") if _is_name(part))
    return names


def _is_name(word: str) -> bool:
    if len(word) < 2 or not word[0].isupper() or word.lower() in _FUNCTION_WORDS:
        return False
    lower = word.lower()
    adjective = lower.endswith(("se", "sche")) and not word.isupper()
    return not adjective


def missing_names(names: Iterable[str], english: str) -> list[str]:
    """The names of `names` that `english` does not keep."""
    text = fold(english)
    return [name for name in names if not _kept(name, text)]


def _kept(name: str, english: str) -> bool:
    forms = _ENGLISH.get(name.lower(), "").split("|") if name.lower() in _ENGLISH else []
    forms.append(fold(name))
    if name.endswith("s") and len(name) > 3:
        forms.append(fold(name[:-1]))  # Bidens -> Biden('s)
    return any(re.search(r"(?<!\w)" + re.escape(fold(form)), english) for form in forms if form)
