"""Event marks: what tells one event from another of the same kind, read from the headline and lead.

Two articles about Ajax, a storm or a trial can share most of their words and still be about
different events. Marks catch some of that from the Dutch text, as plain strings:

- `age:38` — an age in brackets, "Man (38) opgepakt", or of an unnamed person, "een 38-jarige man"
  (`lexicon.AGE_NOUNS`): different people are different cases (ages a year apart, `AGE_SLACK`, can be one
  person: outlets disagree, or one counts a birthday of this week); not the age of a person the text names
  in full ("Neal Gray (35)", "vindt Verhoek (19)" after "Victor Verhoek": `_named_ages`), an interviewee of a
  reportage, whose name tells the person apart;
- `score:2-1` — a match score, "Ajax wint met 2-1": a later score of one match only grows
  (1-0 can become 2-1, never 3-0), so scores that cannot follow each other are two matches;
- `round:3` — a round or stage of a tournament or tour ("derde ronde", "tweederondepartij",
  "negentiende etappe", "etappe 5"; `rounds`): two rounds are two matches, two stages two races;
- `roundup` — the headline is a roundup of several stories (a morning briefing, "De sport van
  donderdag", "De uitzending van 4 juli", "Dit was de week", a programme's name and date, "Met het Oog op Morgen
  12-05-2019", a podcast, but not an episode whose headline gives its
  one subject after a colon, "Podcast De Dag: Hoe een IS-wees weer kind wordt", not a list of them, "Podcast De
  Dag: dijk Zaltbommel verzakt en buschauffeurs Keolis staken"; a blog of all the news of
  a kind, also when only its lead says so: "In dit transferblog houden we je op de hoogte van al
  het nieuws"; two items a pipe joins, `piped` — a liveblog of one match or verdict is that event's): no article joins it, or every story
  it mentions would gather through it; it joins, by its score alone, a story its headline names an item of,
  listed there without its other items' words, names and days (`grow.listed`);
- `sets:6-4/3-6/7-6` — a tennis result, two or more set scores in a row ("met 4-6, 6-3 en 6-4"),
  read a little further into the text (`opening`): one match reported twice gives the same sets
  (from either player's side), two matches of one player other sets;
- `again` — the headline says it happened again ("Weer boot met migranten", "Magneetvissers vinden
  opnieuw granaten"): a new event of a kind already told, not the next part of the same one;
- `outcome:win:fc twente`, `weather:ice`, `when:maandag` — a headline's club that won or lost
  (`outcome`), the kind of weather a warning is for (`weather`), the weekday and part of the day of
  the lead's first sentence, telling only for an article marked `again` (`again`);
- `squad:hockey:women` — a headline's plural that may name a team, of women or of men ("hockeysters",
  "hockeyers"; `squads`): one sport's women's and men's teams play two matches;
- `road:a28` — each road a headline names (`roads`): two roads, two crashes;
- `at:zwolle` — each place a headline opens on before a dash (`datelines`: "Zwolle - Gezocht - ..."): two towns'
  police appeals are two cases;
- `release:calibre` — a headline of a program's name and version (`releases`): two programs, two updates;
- `burned:farm` — the kind of thing a fire report says burned (`burned`): a barn and a garage box are two fires;
- `elected:senate:election` — a body and what it did, elected or passed a named bill (`elected`): the European
  elections and the Senate's are two events, and so are the Senate's election and its vote on the Klimaatwet;
- `day:dinsdag` — each weekday of the lead's first sentence, with a part of the day or without (`again.day_marks`),
  and
- `said:winnen` — each word of a quote headline's quote (`quotes.said_words`): read only by the wire-copy check
  (`copy_checks`: a copy names its original's day; one outlet's two headlines quoting apart are two interviews under
  one series intro), and
- `episode:nieuwsuur|25-07-2019 22:00` — a programme's broadcast, a column's or a podcast's instalment: a
  headline the same as another's but for a date, time or episode number is another episode (`episodes`);
- `column` — the lead says the item is a column of short news ("In de rubriek Sport Kort ..."): its first item
  may be a story's, the items below it are other events (the second look refuses a column alone: `rescue`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories import (
    again,
    burned,
    datelines,
    elected,
    episodes,
    markets,
    outcome,
    piped,
    releases,
    roads,
    rounds,
    sides,
    squads,
    two_fixtures,
    weather,
)
from pipeline.stories.lexicon import AGE_NOUNS, NAME_STOPWORDS, WEEKDAYS
from pipeline.stories.mark_kinds import of_kind
from pipeline.stories.quotes import said_words
from pipeline.text.dutch_rules import LETTER_WORD, NAME_PARTICLE_GROUP

AGE_SLACK = 1  # ages this many years apart can be one person's (outlets disagree, a birthday between)
_AGE = re.compile(r"\((\d{1,3})\)")
# a full name: a capitalised word after another, "Neal Gray", "Jan de Vries" (not an initial: "Sjonny W.")
_FULL_NAME = re.compile(rf"\b([A-Z][\w'-]*)[ \t]+(?:{NAME_PARTICLE_GROUP}[ \t]+)*(?=([A-Z][\w'-]*[a-z])\b(?!\.))")
# an age in brackets after a capitalised word: "Verhoek (19)", "Gray (35)"
_NAME_AGE = re.compile(r"\b([A-Z][\w'-]*[a-z]) ?\((\d{1,3})\)")
# "een 45-jarige man": the age of an unnamed person (lexicon.AGE_NOUNS), as "Man (45)" is
_AGED = re.compile(r"\b(\d{1,3})-jarige\s+([^\W\d_]+)", re.IGNORECASE)
# a score ends its sentence or clause ("werd het 0-2.", "1-1, Heracles ..."); not a decimal or date ("2-2.5")
_SCORE = re.compile(r"(?<![\d.,:/-])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\d:/-])(?![.,]\d)")
_AGAIN = frozenset(
    ["wéér", "alweer", "opnieuw", "wederom", "nogmaals"]
)  # "weer" only heads a headline (also "weather")
_DAYS = "|".join([*WEEKDAYS, "vandaag", "de dag", "de week"])
# a podcast's one subject after its colon: no list ("A, B en C") and no day ("maandag 2 maart") of an episode
_SUBJECT = rf"(?![^:]*:(?![^:]*(,|\sen\s))(?!\s*(\d|({_DAYS})\b))\s*\S)"
_ROUNDUP = re.compile(
    rf"^\W*(wekdienst|de kranten\b|podcast\b{_SUBJECT}|nieuwsoverzicht|(ochtend|avond|week|dag)overzicht"
    rf"|de sport van ({_DAYS})\b|het nieuws van ({_DAYS})\b|de uitzending van\b|dit was de (week|dag)\W*$)",
    re.IGNORECASE,
)
# a programme's episode: its name and the date it was broadcast, nothing else ("Met het Oog op Morgen 12-05-2019")
_EPISODE = re.compile(
    r"^\W*[^\W\d][^\d:]{2,40}?(?<!\btot)(?<!\bop)(?<!\bper)(?<!\bvanaf)(?<!\bsinds)(?<!\bvoor)(?<!\bna)(?<!\bt/m)"
    r"(?<!\btot en met)(?<!\buiterlijk)"
    r"\s+\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})\W*$",
    re.IGNORECASE,
)
_BLOG = re.compile(r"\b(?:transfer|nieuws)blog\b|op de hoogte van al het nieuws", re.IGNORECASE)
# not one story told in a rubric: its newsroom speaking with someone (review52: "In de rubriek Achter het Nieuws
# spreekt Omroep Oost met de familie van ...": an interview, no items)
_COLUMN = re.compile(
    r"^\W*in de rubriek\b(?![^.\n]{0,60}\b(spreekt|spreken|sprak|spraken|praat|praten|interviewt|interviewen)\b)",
    re.IGNORECASE,
)
COLUMN = "column"
ROUNDUP = "roundup"  # the event mark of a roundup headline (`roundup` above)


def lists_items(marks: frozenset[str]) -> bool:
    """A roundup (`ROUNDUP`) or a column of short news (`COLUMN`): the clusterer joins it
    only to a story its headline names (`grow.names_lead_item`), by the score alone, and it lends that story none of
    its other items' words, names or days (`grow.listed`), nor merges stories (`cluster.assign`)."""
    return ROUNDUP in marks or COLUMN in marks


_SET = r"(?:6 ?[-–] ?[0-4]|[0-4] ?[-–] ?6|7 ?[-–] ?[56]|[56] ?[-–] ?7)"  # a tennis set: 6-0 to 6-4, 7-5, 7-6
_TIEBREAK = r"\s*\(\d{1,2}(?:\s?[-–]\s?\d{1,2})?\)"  # "7-6 (4)", "7-6 (7-4)"
_SETS = re.compile(rf"(?<![\d.,:/-]){_SET}(?:(?:{_TIEBREAK})?(?:\s*,\s*|\s+en\s+|\s+){_SET})+(?![\d:/-]|[.,]\d)")
# a set's tiebreak, wherever the set stands ("7-6 (5) 6-4", "6-4 7-6 (5)", "won de eerste set met 7-6 (4)"):
# tiebreak points, not an age nor a match score
_SET_TIEBREAK = re.compile(rf"(?<![\d.,:/-])({_SET}){_TIEBREAK}")


def marks(title: str, lead: str, opening: str = "") -> frozenset[str]:
    """The event marks of an article from its headline and first paragraph (`opening`: the first
    paragraphs, for tennis sets)."""
    text = _SET_TIEBREAK.sub(r"\1", title + "\n" + lead)
    ages = _bracket_ages(text) + [a for a, noun in _AGED.findall(text) if noun.lower() in AGE_NOUNS]
    out = {f"age:{int(a)}" for a in ages if 0 < int(a) < 120}
    out |= {f"score:{int(a)}-{int(b)}" for a, b in _SCORE.findall(text) if int(a) <= 15 and int(b) <= 15}
    out |= rounds.marks(title, lead)
    out |= {f"sets:{sets}" for sets in tennis_sets(title + "\n" + (opening or lead))}
    words = LETTER_WORD.findall(title.lower())
    if any(w in _AGAIN for w in words) or words[:1] == ["weer"]:
        out.add("again")
    out |= (
        outcome.marks(title)
        | sides.marks(title, lead)
        | weather.marks(title, lead)
        | again.marks(lead)
        | burned.marks(title, lead)
        | elected.marks(title, lead)
        | episodes.marks(title)
        | squads.marks(title)
        | roads.marks(title)
        | datelines.marks(title)
        | releases.marks(title)
    )
    out |= again.day_marks(lead)
    out |= {f"said:{w}" for w in said_words(title)}
    if _ROUNDUP.search(title.strip()) or _EPISODE.search(title) or _BLOG.search(lead[:300]) or piped.two_items(title):
        out.add(ROUNDUP)
    if _COLUMN.search(lead):
        out.add(COLUMN)
    return frozenset(out)


def _bracket_ages(text: str) -> list[str]:
    """The ages in brackets ("Man (38)"), but not those after the surname of a name the text writes in full
    (`_named_ages`)."""
    ages = _AGE.findall(text)
    named = _named_ages(text)
    for age in named:
        ages.remove(age)
    return ages


def _named_ages(text: str) -> list[str]:
    """The ages in brackets after a surname the text writes after a first name ("Neal Gray (35)", "Victor Verhoek
    ... vindt Verhoek (19)"): people a reportage or a profile names and asks, told apart by their names (the name
    clash), not by the age — two vox pops of one event give other ages. "Man (38)" and "Sjonny W. (45)" (an
    initial) stay the marks of a case, and so does "De Amsterdammer (38)" (a capitalised article, `NAME_STOPWORDS`)."""
    surnames = {last for first, last in _FULL_NAME.findall(text) if first.lower() not in NAME_STOPWORDS}
    return [age for word, age in _NAME_AGE.findall(text) if word in surnames]


def tennis_sets(text: str) -> set[str]:
    """Runs of two or more set scores (6-0 to 6-4, 7-5 or 7-6, either side first; a tiebreak in
    brackets is skipped), each as the player named first would not know: the run and its mirror
    ("3-6/4-6" and "6-3/6-4") read alike — oriented by the first set, so a run that grows keeps its
    beginning ("4-6/6-3" of a match stopped after two sets, "4-6/6-3/5-7" when it is finished)."""
    out = set()
    for run in _SETS.finditer(text):
        plain = re.sub(_TIEBREAK, " ", run.group())
        sets = [tuple(int(x) for x in re.findall(r"\d", s)) for s in re.findall(_SET, plain)]
        mirror = [(b, a) for a, b in sets]
        out.add("/".join(f"{a}-{b}" for a, b in min(sets, mirror)))
    return out


def _follows(a: str, b: str) -> bool:
    """Score `b` can come later in the same match as score `a`, or earlier (either team named first:
    "1-0" and "0-1" can be one match seen from either side)."""
    (a1, a2), (b1, b2) = (tuple(int(x) for x in s.split("-")) for s in (a, b))
    return any((a1 <= x and a2 <= y) or (x <= a1 and y <= a2) for x, y in ((b1, b2), (b2, b1)))


def _one_match(a: str, b: str) -> bool:
    """Two runs of sets can be one match: the same, or one the beginning of the other (a match
    stopped by rain and its result when resumed)."""
    x, y = a.split("/"), b.split("/")
    return x[: len(y)] == y[: len(x)]


def one_result(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both give a tennis result of two sets or more (`sets` marks), and one of the article's is one of the story's
    matches (the same run, or one the beginning of the other): the article reports that match."""
    return any(_one_match(a, b) for a in of_kind(article, "sets") for b in of_kind(story, "sets"))


def _other_ages(ages: set[str], story_ages: set[str]) -> bool:
    """Both give ages and none is the other's or a year from it: two people. A year apart is one person
    told by two outlets (one counts the birthday of this week, one copies last year's report)."""
    years = {int(a) for a in ages}
    return bool(ages and story_ages) and not any(abs(int(b) - a) <= AGE_SLACK for b in story_ages for a in years)


def clash(article: Iterable[str], story: Iterable[str], later: bool = False) -> bool:
    """The marks say two events: ages or rounds, both give and none shared, or tennis results or
    scores of two matches (none can be the other's beginning or later state), or the sides of two
    matches (`sides`; `later`: the story was last seen on another day), or the keys of two grands prix or two
    club matches of one day (`two_fixtures`)."""
    article, story = set(article), set(story)
    if _other_ages(of_kind(article, "age"), of_kind(story, "age")):
        return True
    if rounds.clash(article, story):
        return True
    sets, story_sets = of_kind(article, "sets"), of_kind(story, "sets")
    if sets and story_sets and not any(_one_match(a, b) for a in sets for b in story_sets):
        return True
    if any(
        kind.clash(article, story)
        for kind in (
            *(outcome, weather, markets, again, burned, elected, episodes, squads, roads, releases, two_fixtures),
            datelines,
        )
    ) or sides.clash(article, story, later):
        return True
    scores, story_scores = of_kind(article, "score"), of_kind(story, "score")
    return bool(scores and story_scores) and not any(_follows(a, b) for a in scores for b in story_scores)
