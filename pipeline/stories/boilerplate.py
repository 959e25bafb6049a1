"""The article's terms without its outlet's boilerplate, for the score's term vectors.

A regional outlet closes every item with the same tip line ("Heb jij meer informatie? Mail de redactie"), or
opens a series with the same intro. `duplicates.own_paragraphs` tells such a paragraph (its outlet printed it
under `DuplicateSettings.boilerplate_after` earlier articles) and the plain look (`plain`) and the wire-copy
signature leave it out; the score's vectors (`cluster.assign`) must too, or two short items of one outlet
about other events meet on the tip line's words alone. A word the article's own text (or headline) also
gives stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.stories.features import ArticleFeatures
from pipeline.stories.plain import text_terms


def without_boilerplate(features: ArticleFeatures, own: Sequence[tuple[str, ...]]) -> ArticleFeatures:
    """The article's features with the terms that only its boilerplate paragraphs give (those not among
    `own`, its own paragraphs: `duplicates.own_paragraphs`) left out of `terms` and `more_terms` (the features
    unchanged when it has none, or when all of its text is: a repost)."""
    if len(own) == len(features.paragraphs):
        return features
    kept = set(own)
    said = text_terms(features, own)
    boiler = {t for t in text_terms(features, [p for p in features.paragraphs if p not in kept]) if t not in said}
    if not boiler:
        return features
    return replace(
        features,
        terms=tuple(tw for tw in features.terms if tw[0] not in boiler),
        more_terms=tuple(tw for tw in features.more_terms if tw[0] not in boiler),
    )
