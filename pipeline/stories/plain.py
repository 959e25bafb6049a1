"""The plain look: the article's whole text against a story's whole texts, as a plain TF-IDF clusterer
sees them.

The score (`story_score.score`) compares an article's heaviest terms of its opening (`features.LEAD_WORDS`
and `MORE_WORDS`) with a story's: precise, but two long reports of one event (a commentary on a
tax plan and the plan's news, two interviews on one transfer) may open on other things and meet
only further on. `plain_vector` is the article's TF-IDF vector over all the terms of its headline
and whole text; a story keeps the sum of its articles' (`StoryState.plain`). An article that scores
`plain_floor` or more with a story (below the threshold), where no clash said another event (names,
marks, headline actors, places: see `story_score.score`; the name clash guards this look even while the
window is too small for it to lower a score), joins it when the two plain vectors are `plain_cosine`
alike (and the threshold asks no more): the evidence a plain TF-IDF clusterer joins on. When both name days and none
agree, the likeness counts `plain_days` times (a little closer texts are needed: the day is no
clash of its own here, as a commentary names the day it writes on, but one event's reports mostly
name its day). The article's opening (its headline and first `OPENING_PARAGRAPHS` paragraphs) must be
`plain_opening` alike the story's sum too: a report that meets a story only in its tail (a section on
another event under an intertitle at its end: the Easter traffic's report closing on a lorry's lost load)
is about something else.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from pipeline.stories import rarity
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.mark_kinds import of_kind
from pipeline.stories.rescue import term_count
from pipeline.stories.store import StoryState, StoryStore
from pipeline.stories.terms import stem, term_of
from pipeline.stories.vectors import dot, top_terms

TITLE_WEIGHT = 2.0  # a headline term counts as twice the word in the body (as in `features.extract`)
STORY_TERMS = 1000  # a story keeps the sum's this many heaviest terms (its state, stored at each join, stays small)
OPENING_PARAGRAPHS = 2  # the plain look's opening: the headline and this many paragraphs (a column's first is short)


def text_terms(features: ArticleFeatures, paragraphs: Sequence[Sequence[str]] | None = None) -> Counter[str]:
    """The terms of the article's headline (each `TITLE_WEIGHT`) and whole text (or `paragraphs` of it), counted."""
    counts: Counter[str] = Counter()
    for term in features.title_terms:
        counts[term] += TITLE_WEIGHT
    for words in features.paragraphs if paragraphs is None else paragraphs:
        counts.update(t for t in map(term_of, words) if t)
    return counts


def plain_vector(
    features: ArticleFeatures,
    store: StoryStore,
    prior_docs: float,
    size: int,
    own: Sequence[Sequence[str]],
) -> dict[str, float]:
    """The article's unit TF-IDF vector over the terms of its headline and `own` paragraphs (its whole text
    without its outlet's boilerplate, `duplicates.own_paragraphs`: a tip line under every article is no story),
    sublinear tf, idf of the window as `vectors.tfidf`, its `size` heaviest terms kept (0: all)."""
    counts = text_terms(features, own)
    n_docs = store.document_count()
    vec: dict[str, float] = {}
    for term, count in counts.items():
        n, df = rarity.frequencies(n_docs, store.document_frequency(term), term, prior_docs)
        vec[term] = (1.0 + math.log(count)) * (math.log((n + 1) / (df + 1)) + 1.0)
    if size:
        vec = {t: vec[t] for t in top_terms(vec, size)}
    length = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / length for t, v in vec.items()} if length else {}


def short_lead(features: ArticleFeatures, max_terms: int) -> bool:
    """A text of at most `max_terms` terms that ends within its opening (`features.LEAD_WORDS`): its whole
    text is what the score read, and the plain look would only lower the bar (its own look is `rescue`)."""
    return not features.more_terms and term_count(features) <= max_terms


def cosine(vec: Mapping[str, float], story: StoryState) -> float:
    """The cosine of an article's plain vector with the story's sum of them (0 for a story without)."""
    return dot(vec, story.plain) / story.plain_norm if story.plain_norm else 0.0


def added(plain: Mapping[str, float], vec: Mapping[str, float]) -> dict[str, float]:
    """A story's plain vector with an article's (or another story's) added: its `STORY_TERMS` heaviest terms."""
    total = dict(plain)
    for term, weight in vec.items():
        total[term] = total.get(term, 0.0) + weight
    return total if len(total) <= STORY_TERMS else {t: total[t] for t in top_terms(total, STORY_TERMS)}


class WholeText:
    """The article's whole-text vector (`plain_vector`), made once an article, when first asked (a
    story's sum needs it when the article joins or opens one); `opening`, its opening's, when the plain look asks."""

    def __init__(
        self, features: ArticleFeatures, store: StoryStore, prior_docs: float, size: int, own: Sequence[Sequence[str]]
    ) -> None:
        self.features, self.store, self.prior_docs, self.size = features, store, prior_docs, size
        self.own = own  # its own paragraphs (`duplicates.own_paragraphs`), read once by `cluster.assign`
        self.vec: dict[str, float] | None = None
        self.opening_vec: dict[str, float] | None = None

    def __call__(self) -> dict[str, float]:
        if self.vec is None:
            self.vec = plain_vector(self.features, self.store, self.prior_docs, self.size, self.own)
        return self.vec

    def opening(self) -> dict[str, float]:
        """The vector of the article's headline and first `OPENING_PARAGRAPHS` own paragraphs."""
        if self.opening_vec is None:
            opening = self.own[:OPENING_PARAGRAPHS]
            self.opening_vec = plain_vector(self.features, self.store, self.prior_docs, 0, opening)
        return self.opening_vec


def sides_unnamed(story: Iterable[str], title_terms: Iterable[str]) -> bool:
    """The story's headlines name a match and the article's headline (its terms) names none of its sides:
    a report of another match of that evening ("Cambuur verder in nacompetitie" beside "RKC ten koste
    van NEC door"), though its text tells the other result too. The plain look asks it: it
    joins by whole texts alone (`sides`)."""
    named = {stem(side) for pair in of_kind(story, "match") for side in pair.split("|")}
    return bool(named) and not named.intersection(title_terms)
