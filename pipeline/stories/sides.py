"""The two sides of a match a headline names: "Ajax wint van Juventus", "Ajax speelt in de halve finale
tegen Tottenham Hotspur", "ManCity - Tottenham", "RKC ten koste van zwak NEC door". Two matches of one
evening, or one club's matches against two opponents, share the competition, the club and most words;
the pair of sides tells them apart.

A mark `match:<side>|<side>` (sorted) names each side by its first word, lowercased, after a club's
prefix ("SC Cambuur" is "cambuur", "Tottenham Hotspur" is "tottenham"). Two headlines naming matches,
no pair shared, are two events (`clash`); "Heracles verliest van Twente" and "Twente wint van Heracles"
name one pair. The words that join two sides are data (`JOINS`); a side is a capitalised name of at most
`MAX_SIDE` words, written right before and after the join (a dash written with spaces, or an en dash),
or the headline's opening name before a join further on ("Ajax speelt ... tegen Tottenham"); not in a clause
of a complaint, a case, a protest or a vote (`NOT_A_MATCH`: "Otten doet aangifte tegen Baudet")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.common_words import is_common
from pipeline.stories.lexicon import COUNTRIES, PARTICLES, STOPWORDS
from pipeline.stories.mark_kinds import apart, of_kind

# the words between two sides: "X tegen Y", "X wint van Y", "X verslaat Y", "X ten koste van Y"
JOINS = (
    "tegen",
    "wint van",
    "won van",
    "verliest van",
    "verloor van",
    "verslaat",
    "versloeg",
    "klopt",
    "wint ook van",
    "ten koste van",
    "te sterk voor",
    "onderuit tegen",
    "langs",
)
# a clause with one of these words sets no match's sides against each other but a complaint, a case, a protest or
# a vote against someone ("Otten doet aangifte tegen Baudet", "Kamer stemt tegen Rutte", "Boeren in actie tegen ...")
NOT_A_MATCH = frozenset([
    "aangifte", "klacht", "klachten", "rechtszaak", "zaak", "proces", "dagvaarding", "beroep", "bezwaar", "protest",
    "protesteert", "protesteren", "demonstratie", "demonstreren", "actie", "acties", "staking", "verzet", "stemt",
    "stemmen", "stemde", "stemden", "sancties", "maatregelen",
])  # fmt: skip
# a national team by its nickname is its country's side: "Oranje" plays for "Nederland" ("Nieuw-Zeeland - Nederland"
# and "Hasset klaar voor duel tegen Oranje" share a side)
SIDE_ALIASES = {
    "oranje": "nederland",
    "oranjevrouwen": "nederland",
    "oranjeleeuwinnen": "nederland",
    "leeuwinnen": "nederland",
    "rode duivels": "belgië",
    "duivels": "belgië",
}
# a verb of seeing, saying or expecting right after the headline's opening name makes that name a speaker, not a side:
# "Trainer Smit ziet tegen Polen een sterker elftal", "Bakker verwacht tegen Italië meer ruimte" (the coach or a
# player speaks of his team's match; the other side is named, his own is not): no such verb between the two; "wil" is
# a side's own wish ("Ajax wil tegen PSV revanche", review53): no speaker
SPEAKER_VERBS = (
    "ziet", "zag", "zegt", "zei", "verwacht", "verwachtte", "vreest", "vreesde", "hoopt", "hoopte", "denkt", "dacht",
    "gelooft", "geloofde", "waarschuwt", "waarschuwde", "noemt", "noemde", "voorspelt", "voorspelde",
)  # fmt: skip
CLUB_PREFIXES = frozenset(["fc", "sc", "afc", "ac", "as", "sv", "vv", "cf", "rc", "ssc", "ss"])
# a clause capitalises its first word: a Dutch word there (`common_words.is_common`) is no name, and a name it opens
# is no sure side ("Alleen de muziek hield stand tegen Erdogan", "Excuses Pochettino voor schoppartij tegen ...":
# no match); these Dutch words name a team there too ("Jong Ajax", its reserves)
TEAM_WORDS = frozenset(["jong", "excelsior"])
ADJECTIVES = r"(?:zwak|zwakke|sterk|sterke|matig|matige|slordig|slordige|machteloos|machteloze)"  # "van zwak NEC"
MAX_SIDE = 3
MAX_BETWEEN = 6  # words between the opening name and its join ("speelt in de halve finale tegen")

_WORDS = rf"[A-Z][\w.'&]*(?: [A-Z][\w.'&]*){{0,{MAX_SIDE - 1}}}"  # a name of capitalised words, no hyphen
_NAME = rf"[A-Z][\w.'&]*(?:-[A-Z][\w.'&]*)*(?: [A-Z][\w.'&]*(?:-[A-Z][\w.'&]*)*){{0,{MAX_SIDE - 1}}}"  # "Nieuw-Zeeland"
_JOIN = "|".join(j.replace(" ", r"\s+") for j in JOINS)
_DASH = re.compile(rf"(?<![\w-])({_NAME})(?: [-–] ?| ?– ?)({_NAME})(?![\w-])")
# two countries joined by a hyphen without spaces: "Chili-Zweden", "Thailand-Verenigde Staten" (`_countries`)
_TIGHT = re.compile(rf"(?<![\w-])({_WORDS})-({_WORDS})(?![\w-])")
_JOINED = re.compile(rf"(?<![\w-])({_NAME})\s+(?:{_JOIN})\s+(?:{ADJECTIVES}\s+)?({_NAME})")
_SPEAKER = "|".join(SPEAKER_VERBS)
_OPENING = re.compile(
    rf"^\W*({_NAME})\s+(?:(?!(?:{_SPEAKER})\b)[\w'-]+\s+){{0,{MAX_BETWEEN}}}?(?:{_JOIN})\s+(?:{ADJECTIVES}\s+)?({_NAME})"
)
_WORD = re.compile(r"\b[a-z][\w'-]*")  # a word written in lower case
_CLAUSE = re.compile(r"[:;,.!?]\s")
_OPENING_MARKS = " \t'\"‘’“”„(«"  # quotes and spaces before a clause's first word


def marks(title: str, lead: str = "") -> frozenset[str]:
    """The headline's match marks, `match:<side>|<side>`, per clause. A side the headline or `lead` (the
    first paragraph) writes in lower case too is a word, no name ("Tennissters tegen Wit-Rusland")."""
    out = set()
    lower = set(_WORD.findall(title + " " + lead))
    for clause in _CLAUSE.split(title):
        if NOT_A_MATCH.intersection(_WORD.findall(clause.lower())):
            continue
        for a, b in [*_DASH.findall(clause), *_JOINED.findall(clause), *_OPENING.findall(clause), *_countries(clause)]:
            if _opened_by_a_word(a, clause):
                continue
            sides = sorted({_side(a, lower), _side(b, lower)} - {""})
            if len(sides) == 2:
                out.add(f"match:{sides[0]}|{sides[1]}")
    return frozenset(out)


def _opened_by_a_word(name: str, clause: str) -> bool:
    """`name` opens `clause` and its first word is a Dutch word, no team's (`TEAM_WORDS`, `SIDE_ALIASES`) nor a
    country's ("Polen", "Verenigde Staten"): "Alleen", "Mocht Ajax", "Excuses Pochettino" are no sure side."""
    words = name.lower().split()
    if not clause.lstrip(_OPENING_MARKS).startswith(name) or words[0] in TEAM_WORDS or words[0] in SIDE_ALIASES:
        return False
    return is_common(words[0]) and not any(" ".join(words[:n]) in COUNTRIES for n in range(1, len(words) + 1))


def _countries(clause: str) -> list[tuple[str, str]]:
    """Two sides a hyphen joins without spaces ("Chili-Zweden"), when both are countries (`COUNTRIES`) and the
    whole is none ("Noord-Korea", "Nieuw-Zeeland", "Wit-Rusland" are one country, "Frans-Duitse" no name). The
    capitalised words before the first side are no part of it ("Samenvatting Schotland-Rusland": a label's word
    heading the headline), and a side may be a country written with a space for its hyphen ("Wit Rusland", either
    side: "Zuid Korea-Duitsland" is no match of Korea's)."""
    out = []
    for a, b in _TIGHT.findall(clause):
        words = a.split()
        first = next((i for i, w in enumerate(words) if w.lower() in COUNTRIES), None)
        if first is None:
            continue
        if first and f"{words[first - 1]}-{words[first]}".lower() in COUNTRIES:
            first -= 1  # a country written with a space for its hyphen ("Wit Rusland"), not the other ("Rusland")
        a = " ".join(words[first:])
        whole = f"{a}-{b}".lower()
        if whole not in COUNTRIES and (b.lower().split()[0] in COUNTRIES or b.lower().replace(" ", "-") in COUNTRIES):
            out.append((a, b))
    return out


def _side(name: str, lower: set[str]) -> str:
    """A side by its first word, lowercased, after a club's prefix or a particle ("De Jong" is "jong"), or the
    country a national team's nickname plays for (`SIDE_ALIASES`); "" for a stopword ("De", "Ook")."""
    words = name.lower().split()
    while words and (words[0] in CLUB_PREFIXES or words[0] in PARTICLES):
        words = words[1:]
    if not words or words[0] in STOPWORDS or words[0] in lower:
        return ""
    return SIDE_ALIASES.get(" ".join(words[:2]), SIDE_ALIASES.get(words[0], words[0]))


def clash(article: Iterable[str], story: Iterable[str], later: bool = False) -> bool:
    """Both headlines name matches, and no pair of sides is shared: two matches, when no side is shared
    either (two matches of one evening) or the story was last seen on another day (`later`: a club's next
    opponent). A side shared the same day may be one story: who a club meets, decided by another match
    ("ManCity - Tottenham" and "Ajax speelt tegen Tottenham" of one morning)."""
    if not apart(article, story, "match"):
        return False
    if later:
        return True
    mine = {side for pair in of_kind(article, "match") for side in pair.split("|")}
    return not any(side in mine for pair in of_kind(story, "match") for side in pair.split("|"))
