"""One match told several times: the preview, the report, the reactions of its players and its summary.

A match day's items about one match share few words: "Wiegman blikt vooruit op eerste WK-duel", "Miedema: 'Het
was niet goed genoeg'", "Martens speelster van de wedstrijd" name other people in their headlines, and only their
lead sentences say which match they are about ("De reactie van Vivianne Miedema na de WK-wedstrijd van de
Oranjevrouwen tegen Nieuw-Zeeland"). The pair of sides (`sides.marks`) of the headline or the lead's first sentence
is the match's key: a mark `fixture:<side>|<side>`. An article that shares a key with a story seen within
`fixture_hours` is about that match (`same_match`): the headlines' other people are its players, no other event
(`actors`), and a score of `fixture_floor` joins it (`story_score.score`). Another match of one side (the next
opponent, another day) has another pair; one of another day, the same pair, is more than `fixture_hours` away.
A race's stage is its key too, with its day ("de negentiende etappe" on Friday: the stage's report, its crashes and
its riders' words), and so is a win with its day ("Quintana wint zware Alpenrit", "Quintana wint ondanks
Movistar"): a tournament's round is none (its matches are many), nor a stage a later sentence recalls.
A match the Dutch team plays is often written by its opponent only: "De reactie van Stefanie van der Gragt na de
halve finale tegen Zweden" is the key `nederland|zweden` (`_against_country`: a match word, then "tegen" and a
country, in the headline or the lead's first sentence, where no pair of sides there names another country), the key of the match's
report ("Nederland-Zweden (halve finale)"); "sancties tegen Iran" names no match.
A key names no competition: one day's fifth stage of the Tour de France and of the Giro Rosa, or one weekend's Grand
Prix of Spain in Formula 1 and in MotoGP, share it. Where both name their competition (`CONTESTS`, a mark
`contest:<name>`), none shared, they are two races (`same_match`, `key_of_both`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pipeline.stories import rounds, scoreline, sides
from pipeline.stories.demonyms import DEMONYMS
from pipeline.stories.lexicon import COUNTRIES
from pipeline.stories.mark_kinds import apart, of_kind
from pipeline.stories.quotes import lead_sentence

KIND = "fixture"
CONTEST = "contest"
# a competition whose stages or grands prix a key names, and how a headline or lead names it (lower case, from a
# word's start); one text naming two ("de Tour de France Femmes", "Tour de France") shares the one with the other
CONTESTS: dict[str, tuple[str, ...]] = {
    "tour de france": ("tour de france", "ronde van frankrijk"),
    "giro": ("giro d'italia", "ronde van italië"),
    "vuelta": ("vuelta", "ronde van spanje"),
    "giro rosa": ("giro rosa", "giro donne"),
    "avenir": ("tour de l'avenir", "ronde van de toekomst"),
    "formula 1": ("formule 1", "formule-1", "f1"),
    "motogp": ("motogp",),
    "moto2": ("moto2",),
    "moto3": ("moto3",),
}
_CONTEST = {c: re.compile("|".join(rf"\b{re.escape(n)}(?![\w'])" for n in names)) for c, names in CONTESTS.items()}
_UNITS = "etappe|rit"  # a stage of a race (not "ronde": a tournament's round holds many matches)
_ORDINAL = "|".join(sorted(rounds.ORDINALS, key=len, reverse=True))
STAGE = re.compile(
    rf"\b(?:({_ORDINAL})\s?(?:{_UNITS})|(\d{{1,2}})e\s?(?:{_UNITS})|(?:{_UNITS})\s(\d{{1,2}}))\b", re.IGNORECASE
)
# a grand prix by its country or place ("Grand Prix van Duitsland", "GP van Hongarije", "Grote Prijs van Isbergues"):
# one race weekend, its practice, qualifying, race and the words around them
_PRIX = re.compile(r"\b(?:Grand Prix|Grote Prijs|GP) van (?:de |het )?([A-Z][\w'-]+)")
# a grand prix named by its circuit's town ("de Grand Prix van Monza") is its country's ("van Italië"): one race
PRIX_HOSTS = {
    "monza": "italië",
    "zandvoort": "nederland",
    "silverstone": "groot-brittannië",
    "spa-francorchamps": "belgië",
    "francorchamps": "belgië",
    "hockenheim": "duitsland",
    "hungaroring": "hongarije",
    "suzuka": "japan",
    "interlagos": "brazilië",
}
_HYPHENATED = re.compile(r"\b[A-Z][\w']*(?:-[A-Z][\w']*){2,}")  # three capitalised parts at least
_DAY = re.compile(r"\|\d{4}-\d\d-\d\d$")  # a key's day: "stage 19|2019-07-26"
_PUNCTUATION = ".'’&"  # a side's name ends a sentence ("tegen Nieuw-Zeeland.") or a quote ("'Nederlandse' Hasset")


def marks(
    title: str, paragraphs: list[str], max_chars: int, events: Iterable[str] = (), day: date | None = None
) -> frozenset[str]:
    """`fixture:<side>|<side>` for each pair of sides the headline or the lead's first sentence sets against each
    other (the sides of `sides.marks`; its `match:` marks read the headline only); on `day`, for a stage of a race
    they name, `fixture:stage <n>|<day>` (`STAGE`: a stage is one race for all its riders, where a tournament's
    round holds many matches; a later sentence's stage is often background, another day's), and for a win the
    headline reports (`events`: the article's event marks, `outcome`), `fixture:win <subject>|<day>`; with any key, `contest:<name>` for each competition they name (`CONTESTS`)."""
    lead = lead_sentence(paragraphs, max_chars)
    found = of_kind(sides.marks(title, lead) | sides.marks(lead, title), "match")
    pairs = (sorted({side.strip(_PUNCTUATION) for side in pair.split("|")}) for pair in found)
    out = {f"{KIND}:{p[0]}|{p[1]}" for p in pairs if len(p) == 2 and all(p)}
    out |= {f"{KIND}:{a}|{b}" for a, b in _joined_countries(title + " " + lead)}
    named = {side for key in out for side in key[len(KIND) + 1 :].split("|") if side in COUNTRIES}
    # a side that is another people ("Denen ... tegen Zweden", "Belgische handballers") or a youth team ("Jong")
    other = any(s in _NOT_HOME for key in out for s in key[len(KIND) + 1 :].split("|"))
    against = set() if other else _against_country(title) | _against_country(lead)
    out |= {f"{KIND}:{a}|{b}" for a, b in against if {a, b} >= named}
    out |= {f"{KIND}:{a}|{b}" for a, b in scoreline.keys(title, lead)}  # a goal told by its two countries
    out |= {f"{KIND}:prix {PRIX_HOSTS.get(g.lower(), g.lower())}" for g in _PRIX.findall(title + " " + lead)}
    if day is not None:
        on = day.isoformat()
        out |= {f"{KIND}:stage {n}|{on}" for n in stages(title) | stages(lead)}
        out |= {f"{KIND}:{v.replace(':', ' ', 1)}|{on}" for v in of_kind(events, "outcome") if v.startswith("win:")}
    if out:  # (the competition of a key only)
        named = (title + " " + lead).lower()
        out |= {f"{CONTEST}:{c}" for c, pattern in _CONTEST.items() if pattern.search(named)}
    return frozenset(out)


def stages(text: str) -> set[int]:
    """The numbers of the race stages the text names ("de achttiende etappe", "19e rit", "etappe 5")."""
    return {
        rounds.ORDINALS[word.lower()] if word else int(digits or after) for word, digits, after in STAGE.findall(text)
    }


def same_match(article: Iterable[str], story: Iterable[str], gap_hours: float, max_hours: float) -> bool:
    """The article and the story name one pair of sides (`marks`), within `max_hours` of each other, and no two
    competitions (`CONTESTS`)."""
    shared = of_kind(article, KIND) & of_kind(story, KIND)
    return gap_hours <= max_hours and bool(shared) and not apart(article, story, CONTEST)


def key_of_both(article: Iterable[str], story: Iterable[str], other: Iterable[str]) -> bool:
    """A match key (`marks`) of the article that both stories hold: the article fits two stories of one match
    (none of them naming another competition than the article's)."""
    shared = of_kind(article, KIND) & of_kind(story, KIND) & of_kind(other, KIND)
    return bool(shared) and not apart(article, story, CONTEST) and not apart(article, other, CONTEST)


def _joined_countries(text: str) -> set[tuple[str, str]]:
    """Two countries a hyphen joins into one word where one of them holds a hyphen itself ("Nieuw-Zeeland-Nederland",
    "Noord-Korea-Japan": `sides` reads "Chili-Zweden"), sorted."""
    out = set()
    for word in _HYPHENATED.findall(text):
        parts = word.lower().split("-")
        for cut in range(1, len(parts)):
            a, b = "-".join(parts[:cut]), "-".join(parts[cut:])
            if a in COUNTRIES and b in COUNTRIES and "-" in a + b:
                out.add((min(a, b), max(a, b)))
    return out


# a match word ("kwartfinale", "WK-duel", "oefenwedstrijd"), at most four words, then "tegen" and a capitalised name: "na de halve finale op het WK tegen Zweden"
_AGAINST = re.compile(
    r"\b(?:\w+-)?\w*(?:finale|wedstrijd|duel|interland)s?\b(?:\s+\S+){0,4}?\s+tegen\s+"
    r"([A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)"
)
_NOT_HOME = (DEMONYMS - {"nederlands", "nederlandse", "nederlander", "nederlanders", "hollands", "hollandse"}) | {
    "jong"
}
HOME = "nederland"  # the side the Dutch press leaves unnamed: its own national team


def _against_country(text: str) -> set[tuple[str, str]]:
    """The match of the Dutch national team against a country that `text` names by the opponent only (`_AGAINST`:
    "na de halve finale tegen Zweden"), as a sorted pair with `HOME`."""
    out = set()
    for name in _AGAINST.findall(text):
        words = name.lower().strip(_PUNCTUATION).split()
        for side in (" ".join(words), words[0]):
            if side in COUNTRIES and side != HOME:
                out.add((min(side, HOME), max(side, HOME)))
                break
    return out


def another_day(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both name a race's stage or a win with its day (`marks`), none shared, and the article's days are none of the
    story's: another day of the competition ("Hodeg wint langste etappe" a day after "Wellens wint vierde etappe")."""
    mine, theirs = _dated(article), _dated(story)
    return bool(mine and theirs) and not mine & theirs and not {d for _, d in mine} & {d for _, d in theirs}


def _dated(marks: Iterable[str]) -> set[tuple[str, str]]:
    """The (key, day) of the match keys that hold a day: a stage's, a win's."""
    return {(v[:-11], v[-10:]) for v in of_kind(marks, KIND) if _DAY.search(v)}
