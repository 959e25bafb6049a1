"""One rare word of what happened, told within hours (`shares_rare_word`): the second look's (`rescue`) test for
an article that shares no rare name with a story and tells too few of its what-happened words (`told`).

A word of what happened that Dutch news hardly ever writes ("stroomstoot", "autobrand", "ov-staking": a compound
coined for one event, `rescue_rare` of the news or less in `rarity`'s table) says the event itself where the
follow-up names nobody the story names: "Buren zamelen geld in voor buurvrouw die slachtoffer werd van autobrand"
beside "Autobranden in Gouda: termijn voor fouilleren verlengd". A word common in the news ("brand", "akkoord",
"buur"; "zege", in 0.26% of it: every match's; "kantel", in 0.085%: lorries overturned on two roads one morning)
is a setting, which two events share; so is a place, a name or a number (`told.happened_words` leaves them out). Only for a short lead (a longer text writes many words: one rare one
may be chance), within `rescue_hours` of the story (`rescue`), where the guards of the second look hold, and never
when the table cannot be read (then every word would look rare)."""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.stories import rarity
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.told import happened_words


def shares_rare_word(features: ArticleFeatures, centroid: Mapping[str, float], most: float) -> bool:
    """The article's headline (or the lead under a quote headline) tells a what-happened word the story holds
    that at most the share `most` of Dutch news articles holds (`rarity.share`; 0: never)."""
    if most <= 0 or not rarity.available():
        return False
    return any(rarity.share(t) <= most for t in happened_words(features) if t in centroid)
