"""One desk, one town, two events: an article whose likeness to a small story of its own outlet is one name's.

A regional desk writes several items a day on one town ("Gemeente Zwartewoud verhoogt de hondenbelasting",
"Brand in loods in Zwartewoud"): each names the town in its headline, its dateline and its lead, often enough for
the cosine and the name's bonus to pass the threshold, yet nothing of what happened is shared. A follow-up of one
event shares what happened too ("Loods in Zwartewoud afgebrand, eigenaar ontzet"). So when the story is small
(`desk_size` articles at most), all of one outlet and that the article's, the headline terms of the article the story
holds are all words of one one-word name they share (no country: `evidence.place_word`; not a word of a longer name
they share too, such as "Kamer" of "Eerste Kamer"), and the cosine without that name's terms is under `desk_rest`,
the score says another event (`story_score.score`: `desk_clash`, and no plain look).
"""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.stories.evidence import place_word
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.places import held
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryState
from pipeline.stories.terms import PART_MIN, PREFIX_FROM, PREFIX_LETTERS, term_of


def name_terms(name: str) -> frozenset[str]:
    """The story terms a one-word name gives (`terms`): its own, its first letters' and its parts' when hyphenated
    ("etten-leur", "~etten", "etten", "leur")."""
    out = {term_of(name)}
    if name[:1].isalpha() and len(name) >= PREFIX_FROM:
        out.add("~" + name[:PREFIX_LETTERS])
    out.update(term_of(part) for part in name.split("-") if len(part) >= PART_MIN)
    return frozenset(t for t in out if t)


def one_desk_one_name(
    features: ArticleFeatures,
    vec: Mapping[str, float],
    names: Mapping[str, float],
    story: StoryState,
    settings: ClusterSettings,
) -> bool:
    """The article's likeness to the story is one shared one-word name's alone, the story is small and all the
    article's outlet's (see the module)."""
    if not settings.desk_size or story.size > settings.desk_size or story.outlets != (features.outlet,):
        return False
    if not story.norm:
        return False
    headline = {t for t in features.title_terms if held(t, story.centroid)}
    cosine = sum(w * story.centroid.get(t, 0.0) for t, w in vec.items()) / story.norm
    longer = [n.split() for n in names if " " in n and n in story.names]
    for name in names:
        if " " in name or name not in story.names or place_word(name):
            continue
        if any(name in words for words in longer):
            continue  # part of a longer name they share ("Kamer" of "Eerste Kamer"): more than one word's likeness
        terms = name_terms(name)
        if not headline <= terms:
            continue
        rest = cosine - sum(vec[t] * story.centroid.get(t, 0.0) for t in terms if t in vec) / story.norm
        if rest < settings.desk_rest:
            return True
    return False
