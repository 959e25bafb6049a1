"""The outlets an article cites as its source ("meldde de zender Sky News", "aldus persbureau Reuters"): a
name written right after a word for a news medium (`MEDIA`) is who reported, not who or what the event is
about; two reports of other events both citing Sky News share no entity by it (the second look, `rescue`)."""

from __future__ import annotations

from pipeline.stories.features import ArticleFeatures

# words for a news medium that stand right before its name ("de zender Sky News", "persbureau AP")
MEDIA = frozenset(
    (
        "zender",
        "nieuwszender",
        "tv-zender",
        "televisiezender",
        "radiozender",
        "omroep",
        "krant",
        "dagblad",
        "weekblad",
        "zakenkrant",
        "tijdschrift",
        "persbureau",
        "nieuwsbureau",
        "nieuwsdienst",
        "nieuwsagentschap",
        "persagentschap",
        "nieuwssite",
        "nieuwswebsite",
    )
)


def cited_media(features: ArticleFeatures) -> frozenset[str]:
    """The article's names it writes right after a word of `MEDIA` somewhere (lowercased, as `names`)."""
    after: set[tuple[str, ...]] = set()
    for words in features.paragraphs:
        for i, word in enumerate(words[:-1]):
            if word in MEDIA:
                after.add(tuple(words[i + 1 : i + 4]))
    if not after:
        return frozenset()
    out = set()
    for name in features.names:
        parts = tuple(name.split(" "))
        if any(follow[: len(parts)] == parts for follow in after):
            out.add(name)
    return frozenset(out)
