"""An article's score with one story of the window (`cluster.assign` asks for each candidate story): the cosine
with the story's centroid plus the shared names' bonus, raised or lowered by what the two say of days, events,
people and places, decayed with the time since the story was last seen; the plain look (`plain`) may lift a score
below the threshold to it (see `cluster` for the whole of the clusterer)."""

from __future__ import annotations

import math
from collections.abc import Callable

from pipeline.stories import apart, ballot, desk, elected, events, fixture, owned, plain, told
from pipeline.stories.clash import names_clash
from pipeline.stories.copy_checks import ROUNDUP
from pipeline.stories.dates import day_gap_hours, days_agree
from pipeline.stories.events import lists_items
from pipeline.stories.evidence import title_overlap
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.grow import names_lead_item
from pipeline.stories.places import bonus_weights
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryState
from pipeline.stories.today import agree_bonus
from pipeline.stories.together import at_midnight
from pipeline.stories.vectors import dot


def score(
    features: ArticleFeatures,
    vec: dict[str, float],
    names: dict[str, float],
    story: StoryState,
    settings: ClusterSettings,
    other_actors: bool = False,
    only_places: bool = False,
    story_keyed: Callable[[StoryState], bool] | None = None,
    whole: Callable[[], dict[str, float]] | None = None,
    opening: Callable[[], dict[str, float]] | None = None,
    set_in: tuple[frozenset[str], frozenset[str]] | None = None,
    frequency: Callable[[str], int] | None = None,
) -> float:
    """The article's score with a story; `other_actors`: the headlines say other people (`actors.clash`);
    `only_places`: the only headline terms of the article the story holds are places (`places`) or a name's (`person`);
    `story_keyed`: the story names a key name (None: taken as yes; see `clash.names_clash`); `whole`: the
    article's whole-text vector, asked only where the plain look (`plain`) can decide a join; `opening`: its
    opening's vector, asked when the whole text is alike (None: not read); `set_in`: see `places.bonus_weights`."""
    if ROUNDUP in story.marks:
        return 0.0  # a roundup of several stories opened a story of its own: no other joins it
    roundup = lists_items(features.marks)  # ... one (or a column) joins its lead item's story by the score alone
    if roundup and not names_lead_item(features, story.centroid):
        return 0.0
    gap = day_gap_hours(
        features.published, story.first_seen, story.last_seen, not features.timed, story.first_dated, story.last_dated
    )  # the second look (`rescue`) measures the gap as the times say
    later = gap > settings.grace_hours  # a later day: the story must be met as a whole, not by one member
    cosine = dot(vec, story.centroid) / story.norm if story.norm else 0.0
    if later:
        if story.founder and settings.founder_weight:
            cosine = (1 - settings.founder_weight) * cosine + settings.founder_weight * dot(vec, story.founder)
    elif story.recent and settings.member_weight and cosine >= settings.member_floor:
        cosine = max(cosine, settings.member_weight * max(dot(vec, v) for v in story.recent))
    shared = sorted((w for n, w in names.items() if n in story.names), reverse=True)
    bonus = bonus_weights(names, story.names, story.centroid, set_in, settings.place_bonus) if set_in else shared
    value = cosine + settings.name_weight * sum(bonus[: settings.max_names])
    # key names are looked up (a catalog query each) only where the clash can decide a join (later factors lower)
    if value + settings.date_agree < min(settings.threshold, settings.rescue_floor):
        story_keyed = None
    one_match = fixture.same_match(features.marks, story.marks, gap, settings.fixture_hours)  # (its players' names)
    one_match = one_match or owned.follows(features, story, gap, settings, frequency)  # `cause`, `owned`
    one_ballot = ballot.same(features.marks, story.marks)  # (each party's people: `ballot`)
    clashed = (
        not one_match
        and (settings.name_clash < 1.0 or settings.plain_cosine > 0)
        and names_clash(names, shared, story, settings, features.lead_names, story_keyed, features.paragraphs)
        and not (one_ballot or elected.same(features.marks, story.marks))  # a party new to the election is its news
    )  # (the plain look's guard)
    if clashed:
        value *= settings.name_clash
    other_days = (agree := days_agree(features.dates, story.dates)) is False  # None: no day, or neighbouring days
    if agree is not None:
        value = value + agree_bonus(features, story, settings) if agree else value * settings.date_clash
        if later and other_days and apart.elsewhere(features, story.centroid):
            value *= settings.place_clash  # another day, another place: another event of the kind (`apart`)
            clashed = True
    if settings.event_clash < 1.0 and (
        events.clash(features.marks, story.marks, later)
        or apart.again_elsewhere(features, names, story.names, settings.key_name)
        or told.another_race_day(features, story.marks, story.centroid)
        or fixture.another_day(features.marks, story.marks)
    ):
        value *= settings.event_clash
        clashed = True
    if other_actors and not one_match and not one_ballot:  # a match's players are no other event (`fixture`)
        value *= settings.actor_clash
    if only_places:
        value *= settings.place_clash
    if settings.desk_clash < 1.0 and desk.one_desk_one_name(features, vec, names, story, settings):
        value *= settings.desk_clash  # one desk's items on one town: only its name shared (`desk`)
        clashed = True
    if later:
        value *= settings.again_factor if "again" in features.marks else settings.later_factor
        if not (one_match or one_ballot) and _thin_later(features, story, gap, settings):
            value *= settings.later_thin  # a next day's item sharing a word or a name of it, no match nor election
    gap_days = max(0.0, gap - settings.grace_hours) / 24
    value *= math.pow(0.5, gap_days / settings.decay_days)
    floor = settings.fixture_floor if one_match else settings.ballot_floor if one_ballot else math.inf
    if not clashed and floor <= value < settings.threshold:
        return settings.threshold  # one match told again (`fixture`), one election's news (`ballot`): at the bar
    if roundup or clashed or other_actors or only_places or whole is None or not settings.plain_cosine:
        return value
    if plain.short_lead(features, settings.rescue_max_terms):  # its whole text is the opening the score read
        return value
    if plain.sides_unnamed(story.marks, features.title_terms):  # the story's match, not named in the headline
        return value
    if settings.plain_floor <= value < settings.threshold:  # the whole texts may say one story (`plain`) ...
        alike = plain.cosine(whole(), story) * (settings.plain_days if other_days else 1.0)  # ... on other days less
        if alike < settings.plain_cosine:
            return value
        if opening is not None and plain.cosine(opening(), story) < settings.plain_opening:
            return value  # the story's words only further on (a tail section on another event)
        return max(value, settings.threshold)  # joins: `plain_cosine` is the bar, not the threshold
    return value


def _thin_later(features: ArticleFeatures, story: StoryState, gap: float, settings: ClusterSettings) -> bool:
    """An article `later_hours` or more after a story's latest article whose headline the story holds at most
    `later_title` terms of, none a word of what happened (`told.told_alike`): a next day's item that shares a name or
    a word of the setting ("Netflix", "Vuelta") is another event of it. Both must give a time of day: a day's print
    paper (a date only, or midnight) follows the day before's news in few words of its headline ("Verstandig. Bert
    Wagendorp column")."""
    if gap < settings.later_hours or not features.timed or story.last_dated:
        return False
    if at_midnight(features.published) or at_midnight(story.last_seen):
        return False
    if title_overlap(features.title_terms, story.centroid) > settings.later_title:
        return False
    return not told.told_alike(features, story.centroid)
