"""The clusterer's settings (`ClusterSettings`): thresholds, factors and limits of `cluster.assign`,
its second look (`rescue`) and its merges (`merge`). Each setting's comment says what it does."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from pipeline.stories.duplicates import DuplicateSettings


@dataclass(frozen=True)
class ClusterSettings:
    window: timedelta = timedelta(days=4)  # stories last seen earlier are not candidates
    threshold: float = 0.25  # score needed to join a story
    name_weight: float = 0.05  # bonus for a shared name, times how telling it is (0..1; `max_names` count)
    max_names: int = 1
    place_bonus: float = 0.5  # ... a place the article is set in counts this much, where the story holds no `told` word
    decay_days: float = 10.0  # the score halves after this many days since the story was last seen
    grace_hours: float = 12.0  # no decay within this time of the story's last article
    date_agree: float = 0.05  # bonus when the texts name a common day
    date_clash: float = 0.75  # factor when both name days and none agree nor neighbours one (`dates.days_agree`)
    later_factor: float = 1.0  # factor for a story last seen more than `grace_hours` ago (another day's event)
    founder_weight: float = 0.0  # ... and then the founding article counts this much beside the centroid
    key_name: float = 0.55  # a name this telling (see `name_weights`) is a key name ...
    name_clash: float = 0.25  # ... factor when the article has key names and shares none with the story
    name_min_docs: int = 50  # ... once the window holds this many articles (idf says little before)
    prior_clash_docs: int = 0  # ... or this many, where the prior (`rarity`) tells a telling name (50: as without)
    prior_docs: float = 50.0  # idf and name weights count this many pseudo-articles of general Dutch (`rarity`) ...
    prior_fade: float = 100.0  # ... fewer as the window fills, none once it holds this many articles (0: never fade)
    lead_clash: bool = True  # ... counting the article's names of its headline and first sentence only
    event_clash: float = 0.25  # factor when the event marks say two events (two ages, two match scores)
    actor_clash: float = 0.5  # factor when the headlines name other people (key names; see `actors`)
    fixture_hours: float = 24.0  # an article naming a story's match (`fixture`) within this time of it ...
    fixture_floor: float = 0.05  # ... joins it scoring this, its headline's other people no clash
    ballot_floor: float = 0.08  # an article sharing a story's election (`ballot`) joins it scoring this
    place_clash: float = 0.75  # factor when the article's headline terms the story holds are all places (`places`)
    again_factor: float = 0.5  # `later_factor` for an article whose headline says it happened again
    merge_threshold: float = 0.25  # an article scoring this with two stories (the threshold: it fits both) ...
    merge_similarity: float = 0.42  # ... whose centroids are this alike merges them ...
    merge_key: float = 0.55  # ... when they share a name this telling (see `merge`)
    meet_similarity: float = 0.35  # two stories whose centroids are this alike (0: never) ...
    meet_entities: int = 2  # ... whose cores share this many distinct entities ...
    meet_single: float = 0.45  # ... (or this alike, sharing one) ...
    meet_key: float = 0.55  # ... names this telling (0: none needed; see `meet`) ...
    meet_size: int = 2  # ... each of at least this many articles ...
    meet_hours: float = 12.0  # ... seen within this time of each other ...
    meet_score: float = 0.1  # ... merge when one grows by an article scoring this with the other (speed)
    member_weight: float = 0.9  # the closest of its latest articles counts, times this, when above the centroid
    member_floor: float = 0.08  # ... looked at only when the centroid scores this (speed)
    rescue_floor: float = 0.15  # an article scoring this (below `threshold`) with its best story still joins ...
    rescue_stories: int = 3  # ... (or with one of its this many best stories: the best that passes) ...
    rescue_entities: int = 1  # ... when they share this many telling names (entities, see `evidence`) ...
    rescue_hours: float = 12.0  # ... within this time of the story's latest article ...
    rescue_late_hours: float = 36.0  # ... (or within this time, the next day's paper, sharing ...
    rescue_late_entities: int = 2  # ... this many distinct entities at least) ...
    rescue_key: float = 0.85  # ... names at least this telling (see `name_weights`) ...
    rescue_title: int = 1  # ... and the story holds this many of its headline terms ...
    rescue_max_terms: int = 40  # ... for an article of at most this many terms (a short lead) ...
    rescue_long_entities: int = 3  # ... or a longer one sharing this many distinct entities (0: none)
    rescue_told: int = 4  # ... or, within `rescue_hours`, that tells this many what-happened words of it (`told`)
    rescue_rare: float = 0.0005  # ... or one this share of news holds at most (`rare_told`; 0, rescue_told 0: never)
    core_size: int = 3  # ... a headline actor of both that half of a story of this many articles name counts (0: not)
    core_headline_names: bool = True  # ... and so does any name of the article's headline (a place: "Zandvoort")
    rescue_name_terms: bool = False  # false: a shared name (no person's) is no headline term beside an own name
    rescue_common: float = 0.02  # ... and beside one shared name, no word general Dutch news writes this often (`weak`)
    plain_cosine: float = 0.25  # an article whose whole text is this alike a story's (`plain`; 0: never) ...
    plain_days: float = 0.98  # ... (its likeness times this when both name days and none agree) ...
    plain_floor: float = 0.08  # ... joins it (a bar of its own) when it scores this and no clash says another event
    plain_opening: float = 0.1  # ... and its opening (headline, first paragraphs) is this alike the story's sum too
    plain_terms: int = 200  # ... compared by this many heaviest terms of each whole text (memory; 0: all)
    lead_vector: bool = True  # a text longer than LEAD_WORDS scores with its opening's vector too (the best counts)
    score_terms: int = 60  # an article is compared, and joins a story, by its heaviest terms (speed, memory)
    lookup_terms: int = 15  # ... and finds its candidate stories by this many of them another article holds
    copy_members: int = 20  # the latest articles of the best story are wire-copy candidates too (see `duplicates`)
    max_candidates: int = 60
    duplicates: DuplicateSettings = field(default_factory=DuplicateSettings)
