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
_OPENERS = frozenset(".!?:;“”\"‘’'«»([—–-")  # a word after one of these (and spaces) may start a sentence
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
    "zaken": "affairs|foreign|state", "defensie": "defence|defense", "justitie": "justice", "financiën": "financ",
    "ministerie": "ministry", "kabinet": "cabinet|government", "regering": "government",
    "koning": "king", "koningin": "queen", "premier": "prime minister|premier", "spelen": "games",
    "wereldoorlog": "world war", "derde": "third", "beeld": "image|photo|picture", "westen": "west",
    "oosten": "east", "oost": "east", "west": "west", "noord": "north", "zuid": "south",
    "oost-europa": "eastern europe|east europe|central europe", "west-europa": "western europe",
    "warschaupact": "warsaw pact", "amerikaan": "american", "nederlander": "dutch", "rus": "russian",
    "oekraïner": "ukrainian", "brit": "brit", "fransman": "french", "duitser": "german", "zuiden": "south", "noorden": "north", "staatssecretaris": "state secretary|secretary",
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
        if _starts_sentence(dutch, match.start()):
            continue
        parts = word.split("-")
        if not word[0].isupper() and not any(_is_name(part) for part in parts[1:]):
            continue
        if word.lower() in _ENGLISH:
            names.append(word)
        elif not _is_adjective(parts[-1]):  # "Oost-Europese", "West-Oekraïense" are adjectives
            names.extend(part for part in parts if _is_name(part))
    return names


def _starts_sentence(text: str, start: int) -> bool:
    """Does the word at `start` open the text, a sentence or a quote (only spaces after one of
    `_OPENERS`)? Read backwards over the spaces before it: linear in the text over all its words,
    not a search of everything before each word."""
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before == 0 or text[before - 1] in _OPENERS


def _is_name(word: str) -> bool:
    if len(word) < 2 or not word[0].isupper() or word.lower() in _FUNCTION_WORDS:
        return False
    return not _is_adjective(word)


def _is_adjective(word: str) -> bool:
    return word.lower().endswith(("se", "sche")) and not word.isupper()


def missing_names(names: Iterable[str], english: str) -> list[str]:
    """The names of `names` that `english` does not keep."""
    text = fold(english)
    return [name for name in names if not _kept(name, text)]


def english_forms(name: str) -> list[str]:
    """The forms (folded) any of which keeps `name` in an English text: itself, its usual English form."""
    stems = [name, name[:-1]] if name.endswith("s") and len(name) > 3 else [name]  # Bidens -> Biden('s)
    forms = [fold(stem) for stem in stems]
    forms += [form for stem in stems if stem.lower() in _ENGLISH for form in _ENGLISH[stem.lower()].split("|")]
    return [form for form in forms if form]


def _kept(name: str, english: str) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(form), english) for form in english_forms(name))
