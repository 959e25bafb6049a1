"""What an elected body did: the European elections' results and the Senate's election by the provincial
councillors the next day share every word of an election ("partijen", "zetels", "stemmen", "verkiezingen", the
parties' names), yet are two events; so are the Senate's election and, the next day, its vote on a bill ("De
Klimaatwet is door de Eerste Kamer gekomen"), which share the Senate, its parties and their seats.

Where the headline or the lead's first sentence names a body (`BODIES`: "Eerste Kamer", "Europees Parlement",
"EU-verkiezingen", "gemeenteraad" ...) and speaks of an election (`ELECTION_PARTS`, `ELECTION_WORDS`: a word with
"verkiez" or "zetel" in it, "gekozen", "kiezers" ...) or of a bill by its name (a compound ending in "wet":
"Klimaatwet"), it gives a mark `elected:<body>:election` or `elected:<body>:bill <name>` for each body it names. Two
reports with such marks, none shared, are two events (`clash`): two bodies' elections, one body's election and its
vote on a bill, or its votes on two bills; a story of the European elections whose articles name the Dutch
parliament's too holds both."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.mark_kinds import apart, of_kind
from pipeline.text.dutch_rules import LETTER_WORD

# words of an election: a word holding one of these ("statenverkiezingen", "restzetels", "verkiezingsuitslag") ...
ELECTION_PARTS = ("verkiez", "zetel", "stembus")
# ... or one of these whole
ELECTION_WORDS = frozenset(
    ["gekozen", "verkozen", "kiezen", "kiest", "koos", "kozen", "kiezer", "kiezers", "uitslag", "uitslagen"]
)
# a bill by its name: a compound ending in "wet" ("Klimaatwet", "Omgevingswet"); "een wetsvoorstel" in general is
# none (departing senators on how a bill should be weighed speak of their election's aftermath)
BILL_END = "wet"
BILL_MIN = 7  # ... of at least this many letters (not "wet" itself)
# an elected body and how a text names it (lower case, from a word's start: "eerste kamer" holds "Eerste Kamerleden")
BODIES: dict[str, tuple[str, ...]] = {
    "senate": ("eerste kamer", "senaat", "senator"),
    "house": ("tweede kamer", "tweede-kamer", "kamerverkiezing"),
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
# bodies elected by one ballot: the Senate is chosen by the provincial councils and the water boards are elected
# on the provincial elections' day, so an election of either within days is the provincial one too (`ballot`)
ONE_BALLOT = {"senate": "province", "water": "province"}
_BODY = {body: re.compile("|".join(r"\b" + re.escape(n) for n in names)) for body, names in BODIES.items()}
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s")


def _acts(words: list[str], head: list[str]) -> list[str]:
    """What the words say a body did: "election", "bill <name>" for each bill they name, both or neither; beside a
    bill, an election only the lead (not the headline `head`) names is its time ("de laatste vergadering voor de
    verkiezingen"), not what the body did."""
    bills = sorted({f"bill {w}" for w in words if w.endswith(BILL_END) and len(w) >= BILL_MIN})
    told = head if bills else words
    election = any(w in ELECTION_WORDS or any(p in w for p in ELECTION_PARTS) for w in told)
    return ["election"] * election + bills


def marks(title: str, lead: str) -> frozenset[str]:
    """`elected:<body>:<act>` for each body the headline and the lead's first sentence name and each act they
    speak of (an election, a bill)."""
    text = " ".join((title + " " + _FIRST_SENTENCE.split(lead.strip(), maxsplit=1)[0]).lower().split())
    acts = _acts(LETTER_WORD.findall(text), LETTER_WORD.findall(title.lower()))
    if not acts:
        return frozenset()
    bodies = {body for body, pattern in _BODY.items() if pattern.search(text)}
    out = {f"elected:{body}:{act}" for body in bodies for act in acts}
    if "election" in acts:
        out |= {f"elected:{ONE_BALLOT[body]}:election" for body in bodies if body in ONE_BALLOT}
    return frozenset(out)


def same(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both report one body's act (an election, a named bill)."""
    return bool(of_kind(article, "elected") & of_kind(story, "elected"))


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both report what bodies did, and share no body's act."""
    return apart(article, story, "elected")
