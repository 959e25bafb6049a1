"""Two independent signs of one event on the second look (`kin`; issue 19, stop 50: a fresh day's big stories
left in parts).

A longer text shares many words with its story but names many things, so one shared rare name may be chance (a
legionella item and a swimming pool's story share the pool's town), and so may one rare word. Words of what
happened that general Dutch news hardly ever writes, several of them in the article's opening, together with two
telling names, are not chance: an article scoring `kin_floor` or more (below the threshold) with a story seen within
`rescue_hours` joins it when

* its opening (headline, the lead under a quote headline, first paragraph: `theme.opening`) holds `kin_words` words
  the story holds that at most `kin_rare` of general Dutch news writes (`rarity.share`: "vliegramp", "gedenkplaat";
  no word of one of its names, no place it is set in, no number: `told`'s what-happened words, read in the opening),
* and it shares `kin_entities` distinct telling names (at least `rescue_key`, `evidence.shared_entities`) with the
  story (one shared name may be another event of its town or firm: blind12/16 of CHECK lost precision with one),

where the second look's guards hold: the event marks say no other event of the kind (`events.clash`, the next race
day), it is set in no place only it names (`apart.elsewhere`) and the headlines name no other people
(`rescue.other_actors`, read last: a catalog query). Neither sign depends on one day's words: the rare words come from
`rarity`'s table of general Dutch news (never read when the table is missing), the names' weights from the window and
the prior. Cheap: read for at most `rescue_stories` candidates of an article the first look refused.
"""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.stories import evidence, rarity, theme, told
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.rescue import other_actors
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryStore


def rare_opening_words(features: ArticleFeatures, centroid: Mapping[str, float], most: float) -> frozenset[str]:
    """The words of the article's opening the story holds that at most the share `most` of Dutch news holds, no word
    of one of its names, no place it is set in, no number and no compound's first letters (`told.happened`; `most`
    below its `RARE_SHARE`)."""
    if most <= 0 or not rarity.available():
        return frozenset()
    return frozenset(
        t for t in told.happened(theme.opening(features), features) if t in centroid and rarity.share(t) <= most
    )


def kin(
    features: ArticleFeatures,
    names: dict[str, float],
    pair: tuple[float, int],
    store: StoryStore,
    settings: ClusterSettings,
) -> bool:
    """The article joins the story of `pair` (its score, the story's id) by rare words and a telling name."""
    if not settings.kin_words:
        return False
    story = theme.in_band(store, pair, settings.kin_floor, settings)
    if story is None:
        return False
    if theme.set_apart(features, story, settings):
        return False
    if len(rare_opening_words(features, story.centroid, settings.kin_rare)) < settings.kin_words:
        return False
    entities = evidence.shared_entities(names, story.names, settings.rescue_key)
    if evidence.distinct(entities, names) < settings.kin_entities:
        return False
    return not other_actors(features, names, story, store, settings)
