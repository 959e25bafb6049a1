"""A headline's first word as a name: sentence-opening capitals are not read as names (`features`), so a
surname that opens a short text's headline ("Koeman looft Van de Beek") would be lost — unless the window's
other articles write that word as a name."""

from __future__ import annotations

from dataclasses import replace

from pipeline.stories.evidence import NAME_PREFIX
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.store import StoryStore
from pipeline.stories.terms import stem

OPENER_NAMED = 2  # a headline's first word is a name when the window's articles holding it name it, 1 in this
# many of those holding the word at all (at least half)


def with_opener(features: ArticleFeatures, store: StoryStore) -> ArticleFeatures:
    """The article with its headline's first word among its names (and its lead's) when the window's
    other articles name it, at least half of those that hold the word (`OPENER_NAMED`: "Koeman looft Van
    de Beek" beside "bondscoach Ronald Koeman"; not "Politie zoekt ..." beside one "Politie Oost-Brabant"
    among many "de politie"): a surname that opens a short text's headline is its subject, though the
    text never writes it again (`features.opener`)."""
    opener = features.opener
    named = store.document_frequency(NAME_PREFIX + opener) if opener else 0
    if not opener or not named or named * OPENER_NAMED < store.document_frequency(stem(opener)):
        return features
    lead = features.lead_names | {opener} if features.lead_names is not None else None
    return replace(features, names=features.names | {opener}, lead_names=lead)
