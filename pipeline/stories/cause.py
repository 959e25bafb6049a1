"""An item that says in its lead it tells a consequence of a story's event (`caused`): "RTV Utrecht sprak met een
schilder op Utrecht CS, waar het ongekend rustig is vanwege de ov-staking", "Vanwege de ov-staking is de IJtunnel
vandaag open voor fietsers". Its headline names other people and places (a painter at the station, a tunnel) and
shares few words with the story; its lead names the story's event as the cause.

The cause is a word after "vanwege", "wegens", "door", "tijdens" or "ondanks" and its article, if any ("door
ov-staking", "vanwege het noodweer"; one word may stand between: "vanwege de grote staking") in the first paragraph, that is one of the story's own words (`OWN_TERMS` of
its heaviest: what its articles tell over and over), no word common in the news (`told.RARE_SHARE`: "politie",
"storm" tell many events) and no name; within `hours` of the story (`rescue_hours`) and for a story of
`MIN_SIZE` articles or more (its own words are its own, not one article's). `story_score.score` lets such an item join
as it lets a match's reactions join (`fixture`): its headline's other people and names are no other event, where
no event mark, date or place says another event.
"""

from __future__ import annotations

from pipeline.stories.features import ArticleFeatures
from pipeline.stories.participles import participle
from pipeline.stories.rarity import share
from pipeline.stories.store import StoryState
from pipeline.stories.terms import stem
from pipeline.stories.told import RARE_SHARE, name_words
from pipeline.stories.vectors import top_terms

CAUSE_WORDS = frozenset(("vanwege", "wegens", "door", "tijdens", "ondanks"))
OWN_TERMS = 8  # the story's heaviest terms that are its own words
MIN_SIZE = 2
ARTICLES = frozenset(("de", "het"))


def causes(features: ArticleFeatures) -> frozenset[str]:
    """The stems of the words the article's first paragraph names as a cause ("vanwege de ov-staking"), not a word
    of its names nor one common in the news; not a cause it denies ("niet door de staking") nor an indefinite one
    ("door een staking van de Franse luchtverkeersleiders": another strike)."""
    if not features.paragraphs:
        return frozenset()
    words = features.paragraphs[0]
    found = set()
    for i, word in enumerate(words[:-1]):
        if word in CAUSE_WORDS and (i == 0 or words[i - 1] != "niet") and words[i + 1] != "een":
            at = i + 2 if words[i + 1] in ARTICLES else i + 1
            after = words[at + 1 : at + 2]  # a word after the noun, not a passive's verb (`participles`); after an
            # adjective it is the noun ("vanwege het nieuwe verbod", "door het urenlange verkeersinfarct")
            if not _adjective(words[at]):
                after = [w for w in after if not participle(w)]
            found.update(stem(w) for w in (*words[at : at + 1], *after))
    names = name_words(features.names)
    return frozenset(t for t in found if t not in names and share(t) < RARE_SHARE)


def _adjective(word: str) -> bool:
    """An attributive adjective's inflected form ("nieuwe", "urenlange", "tweede"), not a noun's -ie or -ee
    ("politie", "gemeente" in "door de politie aangehouden")."""
    return word.endswith("e") and not word.endswith(("ie", "ee"))


def caused(features: ArticleFeatures, story: StoryState, gap_hours: float, hours: float) -> bool:
    """The article's lead names one of the story's own words as its cause (see the module), within `hours`."""
    if story.size < MIN_SIZE or gap_hours > hours:
        return False
    found = causes(features)
    return bool(found) and bool(found.intersection(top_terms(story.centroid, OWN_TERMS)))
