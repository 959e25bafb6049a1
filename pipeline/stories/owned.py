"""An item whose headline or first sentence names the name a big story owns (`owns`): the day's verdict told by four
outlets in twenty items ("Holleeder krijgt levenslang"), then "Publiek blijft weg bij uitspraak Holleeder", "Dit
schrijft Willem Holleeder aan de rechter". Such an item shares few words with the story's centroid (the public
gallery, a letter) and names other people, yet the name it leads with is the story's: nearly every article of the
window naming it is one of the story's.

A story owns a name when it holds `owned_size` articles or more from `owned_outlets` outlets or more (a day's big story,
not one outlet's series), its articles give the name often (`_named`: half of them, `merge.core`; or `owned_named` and
an `NAMED_SHARE` of them, the story's own growing vocabulary: the city of a day's attacks that a fifth of its fifty
items name, "Colombo", beside the country all name), the name is no country (`evidence.place_word`) nor a word common
in the news (`told.RARE_SHARE`: "Team" of "Team Ineos"), and of the window's other articles naming it at least
`owned_share` are the story's (a president, a club or a city named in many stories of the day is no story's own; on a
fresh day an institution five of a school's report's seventeen items name, "Inspectie van het Onderwijs", and one
other article too, is no story's own either: the next item naming it is as likely the other's). The item shares a word
with the story besides the name (`_more_than`): a singer Ciara's concert beside storm Ciara is another event. Within
`rescue_hours` of the story's last article. `story_score.score` lets such an item join as it lets a match's
reactions join (`fixture`): its headline's other people are no other event, where no event mark, date or place says
another event.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.stories import cause
from pipeline.stories.evidence import NAME_PREFIX, place_word
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.merge import half
from pipeline.stories.rarity import share
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryState
from pipeline.stories.told import PREFIX_MARK, RARE_SHARE

NAMED_SHARE = 1 / 8


def owns(
    features: ArticleFeatures,
    story: StoryState,
    gap_hours: float,
    settings: ClusterSettings,
    frequency: Callable[[str], int],
) -> bool:
    """The article's headline or first sentence names a name the story owns (see the module), within `rescue_hours`.
    `frequency`: how many of the window's articles, this one among them, hold a term (`store.document_frequency`)."""
    if story.size < settings.owned_size or len(story.outlets) < settings.owned_outlets:
        return False
    if gap_hours > settings.rescue_hours:
        return False
    lead = features.lead_names if features.lead_names is not None else features.names
    for name, count in _named(story, settings.owned_named).items():
        if name not in lead or place_word(name) or share(NAME_PREFIX + name) >= RARE_SHARE:
            continue
        others = frequency(NAME_PREFIX + name) - 1
        if others > 0 and count / others >= settings.owned_share and _more_than(name, features, story):
            return True
    return False


def _named(story: StoryState, least: int) -> dict[str, int]:
    """The names the story's articles give often: half of them (`merge.core`), or `least` and `NAMED_SHARE` of
    them (a big story's own words beside its core: whether the story owns one, `owns` asks the window)."""
    need = min(max(least, round(story.size * NAMED_SHARE)), half(story.size))
    return {n: c for n, c in story.names.items() if c >= need}


def _more_than(name: str, features: ArticleFeatures, story: StoryState) -> bool:
    """The article shares a term with the story besides the name's own words (and their prefixes): the gallery's
    "uitspraak", not only "Ciara" of a singer's concert beside storm Ciara, "Boeing" of a strike beside a crash."""
    words = name.split()
    for term, _ in features.all_terms():
        if term not in story.centroid:
            continue
        bare = term.removeprefix(PREFIX_MARK)
        if not any(word == bare or (term != bare and word.startswith(bare)) for word in words):
            return True
    return False


def follows(
    features: ArticleFeatures,
    story: StoryState,
    gap_hours: float,
    settings: ClusterSettings,
    frequency: Callable[[str], int] | None,
) -> bool:
    """The item tells a consequence of the story's event (`cause.caused`, within `rescue_hours`) or names a name the
    story owns (`owns`; `frequency` None: not looked at): it joins as a match's reactions join (`story_score.score`)."""
    if cause.caused(features, story, gap_hours, settings.rescue_hours):
        return True
    return frequency is not None and owns(features, story, gap_hours, settings, frequency)
