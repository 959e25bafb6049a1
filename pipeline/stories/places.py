"""Places an article is set in, to tell two events in one town apart.

Two reports from one village ("Zeehond Snuffie ontsnapt uit opvang Pieterburen", "Brand verwoest
boerderij in Pieterburen") share its rare name, its municipality and the local words of the news
there ("politiezone", "parket" in Flanders) — enough for their cosine, and a rare place name is
telling — yet the headlines say two events: the only headline word of the article the story holds
is where it happened. A follow-up of one event shares what happened ("Nog geen spoor van Snuffie").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from pipeline.stories.features import ArticleFeatures
from pipeline.stories.terms import stem

_BEFORE_A_PLACE = frozenset(["in", "uit", "nabij"])  # "in Pieterburen", "uit Lier" (not "te": "te koop")
_PLACE_ARTICLES = frozenset(["de", "den", "het"])  # "Den Haag", "Den Helder", "Het Gooi"


def place_terms(features: ArticleFeatures) -> frozenset[str]:
    """The story terms of the places the article is set in: the one-word names its text writes as a place (right
    after "in", "uit" or "nabij") and its dateline's place (`_dateline`). The one reading of an article's places."""
    return _after_a_preposition(features) | _dateline(features)


def set_in_names(features: ArticleFeatures, places: frozenset[str]) -> frozenset[str]:
    """The article's one-word names that are places it is set in (`place_terms` given as `places`): where it
    happened, not whom it is about. Two incidents in one town share the town's telling name, and its bonus
    (`story_score.score`) would join them; two reports of one incident share what happened too (`told`)."""
    return frozenset(n for n in features.names if " " not in n and stem(n) in places)


def bonus_weights(
    names: Mapping[str, float],
    story_names: Collection[str],
    centroid: Mapping[str, float],
    set_in: tuple[frozenset[str], frozenset[str]],
    factor: float,
) -> list[float]:
    """The weights of the names the article shares with the story, heaviest first, for the name bonus: a place it
    is set in (`set_in`: `set_in_names`, and its headline's what-happened words, `told`) counts `factor` times its
    weight, unless the story holds one of those words (two reports of one incident tell what happened)."""
    places, happened = set_in
    if any(held(t, centroid) for t in happened):
        places = frozenset()
    return sorted((w * factor if n in places else w for n, w in names.items() if n in story_names), reverse=True)


def _after_a_preposition(features: ArticleFeatures) -> frozenset[str]:
    """One-word places after "in", "uit", "nabij", and the last word of a place whose name opens with its article
    ("in Den Haag": the name finder keeps "den haag" whole, and "haag" of it)."""
    out = set()
    for words in features.paragraphs:
        for i, (before, word) in enumerate(zip(words, words[1:])):
            if before not in _BEFORE_A_PLACE:
                continue
            if word in features.names:
                out.add(stem(word))
            elif word in _PLACE_ARTICLES and i + 2 < len(words) and f"{word} {words[i + 2]}" in features.names:
                out.add(stem(words[i + 2]))
    return frozenset(out)


def _dateline(features: ArticleFeatures) -> frozenset[str]:
    """The place of the text's dateline ("VLISSINGEN - Tussen Goes en ..."): its first word, a name written in
    capitals."""
    first = next((p[0] for p in features.paragraphs if p), None)
    written = dict(features.name_forms).get(first or "", "")
    return frozenset([stem(written.lower())]) if written.isupper() and " " not in written else frozenset()


def headline_shares_only_places(
    title_terms: Iterable[str], centroid: Mapping[str, float], places: frozenset[str]
) -> bool:
    """The story holds headline terms of the article, and all of them are places the article names. A headline
    compound the story holds both parts of ("Kerkbrand in Hengelo" beside "Grote brand kerk in Hengelo") is held."""
    shared = {t for t in title_terms if held(t, centroid)}
    return bool(shared) and shared <= places


COMPOUND_PART = 4  # letters each part of a compound needs at least ("kerk" + "brand")


def held(term: str, centroid: Mapping[str, float]) -> bool:
    """Does the story hold the term, or both parts of it as a compound?"""
    return term in centroid or any(
        term[:i] in centroid and term[i:] in centroid for i in range(COMPOUND_PART, len(term) - COMPOUND_PART + 1)
    )
