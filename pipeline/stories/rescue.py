"""The second look at an article that scores just below the threshold with its best story
(`rescued`), and the test that the headlines of an article and a story name other people
(`other_actors`, which also lowers the score: see `story_score.score`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.stories import actors, apart, elected, events, evidence, told, weak
from pipeline.stories.dates import gap_hours
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.lexicon import NOT_PERSONAL, OFFICES
from pipeline.stories.places import place_terms
from pipeline.stories.rare_told import shares_rare_word
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.sides import CLUB_PREFIXES
from pipeline.stories.sources import cited_media
from pipeline.stories.store import StoryState, StoryStore
from pipeline.stories.subject import not_set_in, unnamed_subject
from pipeline.stories.terms import stem

# the words after a surname that make another person of the same name: the son or the father
GENERATIONS = frozenset(("jr", "sr", "junior"))
_OFFICES = frozenset(stem(word) for word in OFFICES)


def term_count(features: ArticleFeatures) -> int:
    return sum(1 for term, _ in features.terms if not term.startswith("~"))


@dataclass(frozen=True)
class LeadSide:
    """What the second look reads of the article alone, the same for each story it looks at: computed once
    for the candidates of one article (`cluster._second_look`), not once a candidate."""

    terms: int  # its terms (`term_count`): more than `rescue_max_terms` is a longer text
    cited: frozenset[str]  # the words of the outlets it cites as its source (`sources.cited_media`)


def lead_side(features: ArticleFeatures) -> LeadSide:
    return LeadSide(term_count(features), frozenset(w for n in cited_media(features) for w in n.split(" ")))


def rescued(
    features: ArticleFeatures,
    names: dict[str, float],
    best: tuple[float, int],
    store: StoryStore,
    settings: ClusterSettings,
    lead: LeadSide | None = None,
) -> bool:
    """A second look at the best story when it scores below the threshold: a short lead (at most
    `rescue_max_terms` terms) names the rare person, place or organisation its story names, and the
    story holds a headline term of it that says what happened, not that name again (`_name_words`), where
    the event marks say no other case (another age, `events.clash`, which the score's factor may leave
    above `rescue_floor` for two leads of one template). A longer text names many things, so one shared name may be
    chance: it needs `rescue_long_entities` distinct ones (three rare places or people are not), an outlet it
    cites as its source ("meldde de zender Sky News", `sources`) not among them.
    A story's own actor grows common in the window as the story grows (every article about Tom
    Dumoulin's move names him): a headline actor of the article that is a headline actor of a story
    of `core_size` articles or more, named by half of them, counts as an entity however common; so
    does a name of the article's headline that half of them name (`core_headline_names`: the circuit's
    town, "Zandvoort", in every article on the race), where the place guard below still holds, but not a word the
    article writes in a longer name of another bearer (`_another_bearer`: "Kamer" of the Tweede Kamer). Beside a
    telling name of the article's own headline, a core name that is no headline actor of the story is the setting,
    not a headline term of what happened (`_setting_names`: the minister of another case).
    Beside such a telling name of its own, no shared name but a person's is a headline term of what happened either
    (`rescue_name_terms` off): a club has many events a day ("RKC huurt spits X van Feyenoord" beside
    Feyenoord's match), a coach's surname says whose news it is ("Koeman looft Van de Beek", `_a_person`).
    Not a story of one column of short news (`events.COLUMN`): its items below the first are other events.
    Short or long, a text whose headline tells what happened in `rescue_told` of the story's words (no names,
    places or numbers: `told`) joins it within `rescue_hours` without a shared name, where the guards hold and it is
    set in no place only it names (`apart.elsewhere`), and so does a short lead whose headline tells one such word that
    Dutch news hardly ever writes (`rare_told`: "autobrand"); so does, within `rescue_hours`, one that reports the act of an
    elected body the story reports (`elected.same`: "Hoe worden senatoren gekozen?" beside the Senate's election).
    Only close in time (a later day's look-alike event must pass the threshold; a next day's print follow-up,
    within `rescue_late_hours`, needs `rescue_late_entities` distinct shared entities) and only once the
    window holds enough articles to tell a rare name. `lead`: the article's side, when the caller read it once."""
    lead = lead or lead_side(features)
    need = settings.rescue_entities
    if lead.terms > settings.rescue_max_terms:
        if not settings.rescue_long_entities:
            return False  # a longer text had its chance on its words ...
        need = settings.rescue_long_entities  # ... unless it shares several rare entities
    story = store.story(best[1])
    if story is None or best[0] < settings.rescue_floor or store.document_count() < settings.name_min_docs:
        return False
    gap = gap_hours(features.published, story.first_seen, story.last_seen)
    if gap > settings.rescue_hours:
        if gap > settings.rescue_late_hours:
            return False
        need = max(need, settings.rescue_late_entities)  # the next day's paper: one shared name may be chance
    if story.size == 1 and events.COLUMN in story.marks:
        return False  # a column of short news alone: the name it shares may be another item's (`events`)
    if other_actors(features, names, story, store, settings):
        return False  # the headlines say other people: what the words share is the setting
    own = _own_name(features, names, story, settings.key_name)  # a telling name of its own in its headline
    if (
        own
        and unnamed_subject(features, story, settings.subject_share, settings.subject_size)
        and _own_name(features, not_set_in(names, features), story, settings.key_name)  # not where it is set
    ):
        return False  # never names whom the story is about: the topic's setting, another event of it (`subject`)
    if told.another_event(features, story, settings):
        return False  # the marks say another event of the kind (another age, another score, the next race day)
    alike = settings.rescue_told
    close = alike and gap <= settings.rescue_hours
    elsewhere = close and apart.elsewhere(features, story.centroid)
    if close and told.told_alike(features, story.centroid) >= alike and not elsewhere:
        return True  # the headline tells what happened in the story's words, whoever it names, where it is (`told`)
    short = lead.terms <= settings.rescue_max_terms  # a longer text writes many words: one rare one may be chance
    if close and short and shares_rare_word(features, story.centroid, settings.rescue_rare) and not elsewhere:
        return True  # a short lead's word of what happened that the news hardly ever writes (`rare_told`)
    if close and elected.same(features.marks, story.marks):
        return True  # one body's election (or its vote on one bill), told in other words (`elected`)
    entities = [  # an outlet the article cites as its source is who reported, not the event (`sources`)
        n
        for n in evidence.shared_entities(names, story.names, settings.rescue_key)
        if not lead.cited.issuperset(n.split(" "))
    ]
    core: list[str] = []
    if settings.core_size and story.size >= settings.core_size:
        heads = (features.actors or frozenset()) & story.actors
        if settings.core_headline_names:
            heads |= _headline_names(features, names)
        core = [n for n in heads if 2 * story.names.get(n, 0) >= story.size and not _another_bearer(n, names, story)]
    said = _OFFICES | _name_words([n for n in entities if n not in core], names)
    said |= _setting_names(story, core, own)
    if not settings.rescue_name_terms and own:
        said |= _no_persons([*entities, *core], names, story)
    headline = tuple(t for t in _headline_terms(features, settings, need) if t not in said)
    shared = evidence.distinct(sorted(set(entities) | set(core)), names)
    if need == 1 and shared == 1:  # one shared name: a word all news writes is no sign of one event (`weak`)
        headline = weak.uncommon(headline, settings.rescue_common, [*entities, *core])
    return shared >= need and evidence.title_overlap(headline, story.centroid) >= settings.rescue_title


def _setting_names(story: StoryState, core: list[str], own: bool) -> frozenset[str]:
    """The stems of the core names that are no headline actor of the story (a name half its articles give, not
    whom their headlines are about) when the article's headline names a telling name of its own (`own`, `_own_name`)
    that the story never gives: the headline is about that one, and the shared name is the setting, not a term of what
    happened ("Had Grapperhaus die IS-kinderen teruggehaald" beside a story of another case the minister handles).
    A core name that is the story's headline actor stays a headline term ("Koeman looft Van de Beek"), and so does
    the word of a body or an event (`lexicon.NOT_PERSONAL`: "Kamer" of the Eerste Kamer the story is about)."""
    if not own:
        return frozenset()
    setting = [n for n in core if n not in story.actors and n not in NOT_PERSONAL]
    return frozenset(stem(w) for n in setting for w in n.split(" "))


def _own_name(features: ArticleFeatures, names: dict[str, float], story: StoryState, key: float) -> bool:
    """The article's headline gives a telling name (`key`) of its own, one the story never gives, nor a country."""
    title = set(features.title_terms)
    return any(
        weight >= key
        and name not in story.names
        and not evidence.place_word(name)
        and all(stem(w) in title for w in name.split(" "))
        for name, weight in names.items()
    )


def _no_persons(shared: list[str], names: dict[str, float], story: StoryState) -> frozenset[str]:
    """The stems of the `shared` names that are no person's: a club's ("PSV", "Feyenoord": many events a day), not the
    surname of a full name the article writes or two of the story's articles write (`_a_person`), nor the word of a
    body or an event (`lexicon.NOT_PERSONAL`: "Kamer" of the Eerste Kamer the story is about, as `_setting_names`)."""
    full = (*names, *(n for n, count in story.names.items() if count > 1))  # one headline's "Zege Feyenoord" is none
    return frozenset(stem(w) for n in shared if n not in NOT_PERSONAL and not _a_person(n, full) for w in n.split(" "))


def _a_person(name: str, full: Iterable[str]) -> bool:
    """`name` is the surname of a person's name among `full` (`actors.full_name`: "Koeman" of "Ronald Koeman")."""
    return " " not in name and any(actors.full_name(n, name) for n in full)


def _another_bearer(word: str, names: dict[str, float], story: StoryState) -> bool:
    """The article writes the one-word name `word` in a longer name that half the story's articles do not give,
    and half of them give it in a longer name the article never writes: another bearer of the word ("Kamer" of the
    Tweede Kamer in a headline beside a story of the Eerste Kamer), not the story's core name."""
    if " " in word:
        return False
    need = (story.size + 1) // 2
    theirs = [n for n, c in story.names.items() if c >= need and " " in n and word in n.split(" ")]
    ours = [n for n in names if " " in n and word in n.split(" ")]
    return (
        bool(theirs and ours)
        and not any(n in names for n in theirs)
        and not any(story.names.get(n, 0) >= need for n in ours)
    )


def _name_words(entities: list[str], names: dict[str, float]) -> frozenset[str]:
    """The stems of the words of the shared `entities`, when they are one entity, and of the article's longer
    names holding one ("Ferd Grapperhaus" for "ferd"). A headline term among them, or a title of office
    ("Premier", `lexicon.OFFICES`: its holder), says the one shared name again: two items on one town or one
    minister share it in their headlines ("Noordwijk pakt verhuur aan", "Van Noordwijk kan je niet winnen"), and
    the second look needs a headline term of what happened. Not so when they share two entities (a spokeswoman
    and her bridge), nor for a core name of the story (a headline actor half its articles name: the event's)."""
    if evidence.distinct(entities, names) != 1:
        return frozenset()  # two rare names shared (a spokeswoman and her bridge) are no chance
    words = {w for n in entities for w in n.split(" ")}
    longer = [n for n in names if " " in n and words.intersection(n.split(" "))]
    return frozenset(stem(w) for n in (*entities, *longer) for w in n.split(" "))


def _headline_names(features: ArticleFeatures, names: dict[str, float]) -> frozenset[str]:
    """The article's one-word names its headline gives (a place, an organisation, a person), not a
    country or its adjective (`evidence.place_word`), nor a thing of a name ("WK-finale", "PSV-trainer":
    a hyphenated word in lower case at its end, as `terms.add_name_parts` reads it)."""
    title = set(features.title_terms)
    written = dict(features.name_forms)
    opening = _opening_longer_names(names, title)
    return frozenset(
        n
        for n in names
        if " " not in n
        and not evidence.place_word(n)
        and stem(n) in title
        and not _a_thing(written.get(n, n))
        and n not in opening
    )


def _opening_longer_names(names: dict[str, float], title: set[str]) -> frozenset[str]:
    """The first words of the article's longer names its headline gives whole: there the headline
    names the longer name ("Rutte III", the cabinet; "Trump jr.", the son), not the first word's
    bearer, who stands last in a person's name ("Mark Rutte")."""
    return frozenset(n.split(" ", 1)[0] for n in names if " " in n and all(stem(w) in title for w in n.split(" ")))


def _a_thing(name: str) -> bool:
    return "-" in name and not name.rsplit("-", 1)[1][:1].isupper()


def _headline_terms(features: ArticleFeatures, settings: ClusterSettings, need: int) -> tuple[str, ...]:
    """The article's headline terms the second look counts: on one shared entity, not the places the
    article is set in (two events in one town share the town: `places`, as the score's `place_clash`);
    several distinct rare entities shared (a longer report) are no chance, and its place counts. A
    headline that is a quote says what someone said: the terms of the lead sentence under it
    (`features.quote_lead`) count as headline terms too. A club's prefix ("FC" of "FC Twente") is no term of what
    happened: every other club's name holds it ("Emmen-FC Groningen")."""
    terms = tuple(t for t in features.title_terms + features.quote_lead if t not in CLUB_PREFIXES)
    if settings.place_clash >= 1.0 or need > 1:
        return terms
    places = place_terms(features)
    return tuple(t for t in terms if t not in places)


def other_actors(
    features: ArticleFeatures, names: dict[str, float], story: StoryState, store: StoryStore, settings: ClusterSettings
) -> bool:
    """The headlines of the article and the story are about other people (`actors.clash`; a news item must
    name the story's headline actor in its opening, `_opening`), or the article's headline writes the story's
    headline actor as the son or father (`another_generation`)."""
    if settings.actor_clash >= 1.0:
        return False
    if another_generation(features, story):
        return True
    weigh = evidence.name_weigher(store, settings)
    return actors.clash(features.actors, names, story.actors, story.names, weigh, settings.key_name, _opening(features))


def _opening(features: ArticleFeatures) -> frozenset[str] | None:
    """The names of the headline and first sentence and the words of the first paragraph of a news item (a text
    that ends within its opening, `features.LEAD_WORDS`), where a follow-up names its event's actor. None for a
    longer text, which may open on a scene (a feature about the story's actor under a nickname): its whole text
    counts, as it does for a text without paragraphs."""
    if not features.paragraphs or features.more_terms:
        return None
    return (features.lead_names or frozenset()) | frozenset(features.paragraphs[0])


def another_generation(features: ArticleFeatures, story: StoryState) -> bool:
    """The article's headline writes a headline actor of the story with a generation after it
    ("Donald Trump jr.", `GENERATIONS`), and the story never writes one: the son is not the
    president a story of that morning is about, though both headlines say "Trump"."""
    title = features.title_terms
    if not story.actors or not GENERATIONS.intersection(title):
        return False
    actors = {stem(a) for a in story.actors}
    return any(
        word in GENERATIONS and before in actors and word not in story.centroid
        for before, word in zip(title, title[1:])
    )


def shared_count(names: dict[str, float], story: StoryState | None) -> int:
    """How many distinct entities of the article the story names (`evidence.distinct`): the second look does not
    take a story sharing fewer than a better-scoring one it refused (blind20's Tour stage winner congratulating Van
    Vleuten shares the stage's story's rider and race, and her name alone with the Giro Rosa's)."""
    return evidence.distinct(sorted(n for n in names if story is not None and n in story.names), names)


def name_weights(features: ArticleFeatures, store: StoryStore, prior_docs: float = 0.0) -> dict[str, float]:
    """How telling each of the article's names is (`evidence.name_weight`; the article is counted)."""
    return {name: evidence.name_weight(name, store, prior_docs) for name in features.names}
