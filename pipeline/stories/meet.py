"""Two stories of the window that grew side by side about one event: merged when they meet.

A short lead joins the story whose words it shares most, so one event's coverage can grow as two
stories that never take each other's articles (the police's search for an escaped patient beside the
clinic's word on him; one storm night's damage beside its weather warnings). `merge_met` looks, when a
story grows, at the other stories its new article scored with: two that each hold `meet_size`
articles or more, seen within `meet_hours` of each other, whose centroids are `meet_similarity` alike
(a story's centroid averages its articles, so two sizable ones alike tell one event, where two single
articles alike may share only their kind) and whose cores share a telling name (`merge.core`: the
names half of each story's articles give; not a country), not each a telling one of its own beside it
(`merge.own_names`: two addresses in one city), are merged — unless their event marks or a
roundup say otherwise (two matches, two trials, a day's overview), or an end of either story is a date
without a time (a printed paper's: its hours say nothing).
Deterministic: the best-scoring such story merges (ties: lower id); at most one merge an article.
"""

from __future__ import annotations

from typing import Protocol

from pipeline.stories import events
from pipeline.stories.evidence import PriorSettings, distinct, name_weigher, shared_entities
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.lexicon import PARTICLES
from pipeline.stories.merge import ROUNDUP, core, merge_two, own_names
from pipeline.stories.store import StoryMerge, StoryState, StoryStore
from pipeline.stories.vectors import centroid_cosine


class MeetSettings(PriorSettings, Protocol):
    """The `settings.ClusterSettings` fields `merge_met` reads."""

    @property
    def meet_similarity(self) -> float: ...
    @property
    def meet_hours(self) -> float: ...
    @property
    def meet_size(self) -> int: ...
    @property
    def meet_key(self) -> float: ...
    @property
    def meet_score(self) -> float: ...
    @property
    def meet_entities(self) -> int: ...
    @property
    def meet_single(self) -> float: ...
    @property
    def name_min_docs(self) -> int: ...


def merge_met(
    grown: StoryState,
    scored: list[tuple[float, int]],
    features: ArticleFeatures,
    store: StoryStore,
    settings: MeetSettings,
) -> tuple[StoryMerge, ...]:
    """Merge the story that grew with the first story of `scored` (the article's candidates, best first)
    it met (see the module)."""
    if not settings.meet_similarity or grown.size < settings.meet_size or not grown.norm:
        return ()
    if ROUNDUP in grown.marks or store.document_count() < settings.name_min_docs:
        return ()
    for value, other_id in scored:
        if value < settings.meet_score:
            break
        if other_id == grown.story_id:
            continue
        other = store.story(other_id)
        if other is None or other.size < settings.meet_size or not other.norm or ROUNDUP in other.marks:
            continue
        if _dated(grown) or _dated(other) or _hours_apart(grown, other) > settings.meet_hours:
            continue
        similarity = centroid_cosine(grown, other)
        if similarity < settings.meet_similarity:
            continue
        shared, weights = _shared_keys(grown, other, store, settings)
        if settings.meet_key and (not shared or similarity < _needed(shared, weights, settings)):
            continue
        if settings.meet_key and own_names(grown, other, name_weigher(store, settings), settings.meet_key):
            continue
        if events.clash(_marks(grown, shared), _marks(other, shared)):
            continue
        return (merge_two(grown, other, features, store, value),)
    return ()


def _dated(story: StoryState) -> bool:
    """An end of the story's span is a date without a time (a printed paper's): its hours say nothing, and
    a day's stories of a print archive would all stand within hours of each other."""
    return story.first_dated or story.last_dated


def _hours_apart(a: StoryState, b: StoryState) -> float:
    """Hours between the spans of two stories (0 when they overlap)."""
    gap = max(a.first_seen - b.last_seen, b.first_seen - a.last_seen)
    return max(0.0, gap.total_seconds() / 3600)


def _shared_keys(
    a: StoryState, b: StoryState, store: StoryStore, settings: MeetSettings
) -> tuple[list[str], dict[str, float]]:
    """The telling names both stories' cores give (`evidence.shared_entities`; none asked: empty), and
    how telling each name of `a`'s core is."""
    if not settings.meet_key:
        return [], {}
    weigh = name_weigher(store, settings)
    weights = {n: weigh(n) for n in core(a)}
    return shared_entities(weights, core(b), settings.meet_key), weights


def _needed(shared: list[str], weights: dict[str, float], settings: MeetSettings) -> float:
    """The centroid similarity two stories sharing these entities need: `meet_similarity` when they
    share `meet_entities` distinct ones (the patient, his sister and the clinic's village; the towns a
    storm hit), `meet_single` when one (a president in the news for two things the same day)."""
    several = distinct(shared, weights) >= settings.meet_entities
    return settings.meet_similarity if several else settings.meet_single


def _marks(story: StoryState, shared: list[str]) -> frozenset[str]:
    """The story's event marks as the clash reads them: when both stories' cores give the name of one
    person the press writes by first name and initial (`_initialled`: "Peter M.", the patient or suspect
    a case is about), the ages are of the people around him (the sister's "(49)" beside the patient's
    "(43)"), not of two cases, and are left out; scores, rounds and sets still tell two matches. A name
    written in full stands in many cases of a day (a lawyer, a prosecutor, the "Openbaar Ministerie"):
    there the ages still tell two cases."""
    if any(_initialled(n) for n in shared):
        return frozenset(m for m in story.marks if not m.startswith("age:"))
    return frozenset(story.marks)


def _initialled(name: str) -> bool:
    """A person's name as the press writes a suspect's or patient's: first name(s), then an initial
    ("peter m", "ricardo de v"; the first word no particle as in "Den Dolder")."""
    words = name.split(" ")
    return len(words) > 1 and words[0] not in PARTICLES and len(words[-1]) == 1 and words[-1].isalpha()
