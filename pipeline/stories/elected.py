"""Which body an election is for: the European elections' results and the Senate's election by the provincial
councillors the next day share every word of an election ("partijen", "zetels", "stemmen", "verkiezingen", the
parties' names), yet are two events. What is elected tells them apart.

Where the headline or the lead's first sentence speaks of an election (`ELECTION`: a word with "verkiez" or
"zetel" in it, "gekozen", "kiezers", "stembus" ...), each body it names (`BODIES`: "Eerste Kamer", "Europees
Parlement", "EU-verkiezingen", "gemeenteraad" ...) gives a mark `elected:<body>`. Two election reports with
bodies, none shared, are two elections (`clash`); a story of the European elections whose articles name the
Dutch parliament too holds both. A vote in a body ("De Klimaatwet is door de Eerste Kamer gekomen") is no
election: no mark."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.mark_kinds import apart
from pipeline.text.dutch_rules import LETTER_WORD

# words of an election: a word holding one of these ("statenverkiezingen", "restzetels", "verkiezingsuitslag") ...
ELECTION_PARTS = ("verkiez", "zetel", "stembus")
# ... or one of these whole
ELECTION_WORDS = frozenset(
    ["gekozen", "verkozen", "kiezen", "kiest", "koos", "kozen", "kiezer", "kiezers", "uitslag", "uitslagen"]
)
# an elected body and how a text names it (lower case, from a word's start: "eerste kamer" holds "Eerste Kamerleden")
BODIES: dict[str, tuple[str, ...]] = {
    "senate": ("eerste kamer", "senaat", "senator"),
    "house": ("tweede kamer", "tweede-kamer"),
    "europe": (
        "europees parlement",
        "europese parlement",
        "europarlement",
        "europese verkiezing",
        "europese parlementsverkiezing",
        "eu-verkiezing",
        "europese zetel",
    ),
    "province": ("provinciale staten", "statenverkiezing", "provinciale verkiezing"),
    "council": ("gemeenteraad",),
    "water": ("waterschap",),
}
_BODY = {body: re.compile("|".join(r"\b" + re.escape(n) for n in names)) for body, names in BODIES.items()}
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s")


def _election(text: str) -> bool:
    return any(w in ELECTION_WORDS or any(p in w for p in ELECTION_PARTS) for w in LETTER_WORD.findall(text))


def marks(title: str, lead: str) -> frozenset[str]:
    """`elected:<body>` for each body the headline and the lead's first sentence name, where they speak of an
    election."""
    text = " ".join((title + " " + _FIRST_SENTENCE.split(lead.strip(), maxsplit=1)[0]).lower().split())
    if not _election(text):
        return frozenset()
    return frozenset(f"elected:{body}" for body, pattern in _BODY.items() if pattern.search(text))


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both report an election of bodies, none shared."""
    return apart(article, story, "elected")
