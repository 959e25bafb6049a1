"""Another event of the same kind, on another day, somewhere else: a storm in Friesland on Thursday
told in the words of Monday's storm in Zeeland ("Storm raast over ...: daken van huizen gewaaid").
The words of a kind of report outweigh the days' clash (`ClusterSettings.date_clash`); where the
later article also sets itself only in places the story never names ("in Friesland", "In
Leeuwarden"), it reports another event, not the next part of the story's: a follow-up of one event
goes back to where it happened (the arrest "uit Nijverdal" for the fire in Nijverdal)."""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.stories.features import ArticleFeatures
from pipeline.stories.places import place_terms


def elsewhere(features: ArticleFeatures, centroid: Mapping[str, float]) -> bool:
    """The article names places it is set in (`places.place_terms`) and the story holds none of them."""
    places = place_terms(features)
    return bool(places) and not any(p in centroid for p in places)
