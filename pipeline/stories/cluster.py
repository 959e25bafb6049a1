"""The online story clusterer: `assign(features, store) -> Assignment`.

A new article is compared with the stories of the recent window only (candidates from an inverted index of the stories'
terms), never re-clustering the week. Its score against a story is the cosine of its TF-IDF vector with the story's
centroid plus a bonus for shared names, times a decay with the time since the story was last seen (`dates.gap_hours`; a
day less between two sources that gave dates only, printed papers: `dates.day_gap_hours`; idf and how telling a name is
come from the window's document frequencies; while the window holds few articles, from pseudo-articles of general Dutch
word rarity too: `rarity`); days the texts name pull together when they agree and apart when they differ, neighbouring
days neither, the publication day alone little (`dates.days_agree`, `today`; two matches of one club, two storms, two
trials on different days are different events); event marks tell two events of a kind apart (`events`: two matches'
sides, `sides`; two days' market reports, `markets`); headlines about other people (two riders' news of one tour, two
finals of one tournament: `actors`) pull apart, and such a pair gets no second look; so do one desk's items on one
town whose likeness is the town's name alone (`desk`). A short lead that scores a little below the threshold with one of
its best stories still joins it when both name the same rare person, place or organisation and the story holds a
headline term of it, within hours (`rescue`, the second look: the best story that passes, not only the best-scoring
one). A longer text is scored by its first LEAD_WORDS words and by its first
MORE_WORDS (the better counts: see `features.more_terms`); one that meets a story only further on joins it by its whole
text where no clash says another event, at the plain look's own bar (`plain`). A wire copy joins the story of the
article it copies. The term vectors leave out the outlet's boilerplate (`boilerplate`: a tip line under every item is no
story). When an article fits two stories well and those stories are alike, they are merged (`merge`), and so are two
sizable stories of the window that grew side by side about one event, when one grows (`meet`): the larger keeps its id
(ties: the older) and the merge is recorded. An item naming the name a big story owns joins it (`owned`), a lone article
the story grown after it (`look_back`). A roundup (or a column of short news: `events.lists_items`) joins only a story
its headline names an item of, by the score alone, and lends it none of its other items' words (`grow.listed`). Same
order, same stories: ties break on story id."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline.stories import apart, headline_core, kin, look_back, plain, rarity, theme, told
from pipeline.stories.boilerplate import without_boilerplate
from pipeline.stories.clash import StoryKeys
from pipeline.stories.copy_checks import names_its_own, not_a_copy
from pipeline.stories.dates import earlier
from pipeline.stories.duplicates import find_original, own_paragraphs, remember, signature_of
from pipeline.stories.events import lists_items
from pipeline.stories.evidence import NAME_PREFIX
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.grow import grown, listed
from pipeline.stories.letter_pages import merge_page
from pipeline.stories.meet import merge_met
from pipeline.stories.merge import merge_if_one
from pipeline.stories.opener import with_opener
from pipeline.stories.person import headline_shares_only_one_name
from pipeline.stories.places import headline_shares_only_places, place_terms, set_in_names
from pipeline.stories.rescue import lead_side, name_weights, other_actors, rescued, shared_count
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryMerge, StoryState, StoryStore
from pipeline.stories.story_score import score
from pipeline.stories.vectors import tfidf, top_terms

LOOKUP_SCALE = 1_000_000  # a lookup term's weight in whole millionths (see `lookup_weights`)


@dataclass(frozen=True)
class Assignment:
    article_id: str
    story_id: int
    created: bool  # the article opened a new story
    duplicate_of: str | None  # the article it copies (wire copy), if any
    score: float  # its score with the story it joined (1.0 for a wire copy; 0.0 for a new story)
    merges: tuple[StoryMerge, ...] = ()


def assign(features: ArticleFeatures, store: StoryStore, settings: ClusterSettings | None = None) -> Assignment:
    """Put one article into a story (an existing one of the window, or a new one).

    The window follows the publication times of the stream: the store forgets what lies more than
    `settings.window` before this article. So `published` must not be later than when the article
    was briefed (the caller clamps a date in the future), or one bad date would empty the window."""
    settings = settings or ClusterSettings()
    store.evict(earlier(features.published, settings.window))
    features = with_opener(features, store)

    paragraphs = own_paragraphs(features, store, settings.duplicates)  # read once: each a lookup in the store
    signature = signature_of(features, store, settings.duplicates, paragraphs)
    store.add_document([t for t, _ in features.all_terms()] + [NAME_PREFIX + n for n in features.names], features.day)
    prior = rarity.pseudo_docs(store.document_count(), settings.prior_docs, settings.prior_fade)
    own = without_boilerplate(features, paragraphs)  # no tip line
    vec = tfidf(own, store, longer=True, prior_docs=prior)
    names = name_weights(features, store, prior)

    heavy = dict((t, vec[t]) for t in top_terms(vec, settings.score_terms))
    whole = plain.WholeText(features, store, prior, settings.plain_terms, paragraphs)
    if store.document_count() < rarity.clash_docs(settings.name_min_docs, settings.prior_clash_docs, prior):  # no clash
        settings = replace(settings, name_clash=1.0)
    seen: dict[int, tuple[StoryState, bool, bool]] = {}  # a candidate's state and clashes, read once for both vectors
    scored = _scored_candidates(features, heavy, names, store, settings, seen, whole)
    if features.more_terms and settings.lead_vector:  # a longer text: its opening alone may fit better
        lead = tfidf(own, store, prior_docs=prior)
        lead_scored = _scored_candidates(
            features, {t: lead[t] for t in top_terms(lead, settings.score_terms)}, names, store, settings, seen, whole
        )
        scored = _best_of(scored, lead_scored)
    copy = find_original(signature, store, settings.duplicates, _members(scored, store, settings))
    same = copy is not None and copy.similarity >= settings.duplicates.same_text
    if copy and not copy.at_once and not_a_copy(features, store, copy.original, same):  # rule 6a: one text
        copy = None
    if copy and copy.edited and names_its_own(features, names, store, copy.original, settings.key_name):
        copy = None  # an agency's template filled in again, not a cut
    duplicate_of = copy.original if copy else None
    original_story = store.article_story(copy.original) if copy else None
    merges: tuple[StoryMerge, ...] = ()
    roundup = lists_items(features.marks)  # a roundup, or a column of short news (`events.COLUMN`)
    if original_story is not None and store.story(original_story) is not None:
        story_id, score, created = original_story, 1.0, False
    elif scored and scored[0][0] >= settings.threshold:
        score, story_id, created = scored[0][0], scored[0][1], False
    elif not roundup and (second := _second_look(features, names, apart.akin(scored, seen, features), store, settings)):
        (score, story_id), created = second, False
    else:
        story_id, score, created = store.next_story_id(), 0.0, True

    if roundup and not created:  # listed in the story: its other items' words, names and days stay out
        state = grown(store.story(story_id), story_id, listed(features), {}, {})
    else:
        state = grown(store.story(story_id), story_id, features, heavy, whole())
    store.save_story(state)
    store.set_article_story(features.article_id, story_id, features.day)
    remember(features, signature, store, settings.duplicates)
    if not roundup:  # a roundup merges no stories: what it lists are other events
        met = (state, scored, features, store, settings)
        merges = merge_if_one(*met) if not created else ()
        merges = merges or merge_page(*met) or merge_met(*met)  # a letters page's stories before two that met
        merges += look_back.after_join(features, story_id, created, scored, store, settings)  # lone early articles
    story_id = (store.article_story(features.article_id) or story_id) if merges else story_id  # merged since
    return Assignment(features.article_id, story_id, created, duplicate_of, score, merges)


def _second_look(
    features: ArticleFeatures,
    names: dict[str, float],
    scored: list[tuple[float, int]],
    store: StoryStore,
    settings: ClusterSettings,
) -> tuple[float, int] | None:
    """The best story the second look (`rescue`, `theme`, `kin`, `headline_core`; from their floors) lets
    it join, not only the best (it may share only common words), never one sharing fewer entities than one refused."""
    lead = None  # the article's side of the look, the same for each story: read once, when a story is looked at
    better = 0  # the most entities a better-scoring story it refused shares with it (`rescue.shared_count`)
    for pair in scored[: settings.rescue_stories]:
        if pair[0] < min(settings.rescue_floor, settings.theme_floor, settings.kin_floor, settings.core_floor):
            break
        look = (features, names, pair, store, settings)
        shared = shared_count(names, store.story(pair[1]))
        if (
            rescued(*look, lead := lead or lead_side(features))
            or theme.joins(*look)
            or kin.kin(*look)
            or headline_core.joins(*look)
        ):
            return pair if shared >= better else None
        better = max(better, shared)
    return None


def _best_of(*lists: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Each story's best score of several lists of (score, story id), best first (ties: lower id)."""
    best: dict[int, float] = {}
    for score_, story_id in (pair for scored in lists for pair in scored):
        best[story_id] = max(best.get(story_id, 0.0), score_)
    return sorted(((v, k) for k, v in best.items()), key=lambda sc: (-sc[0], sc[1]))


def _members(scored: list[tuple[float, int]], store: StoryStore, settings: ClusterSettings) -> tuple[str, ...]:
    """The latest articles of the story the article fits best: wire-copy candidates beside the LSH's."""
    story = store.story(scored[0][1]) if scored and settings.copy_members else None
    return story.article_ids[-settings.copy_members :] if story else ()


def _scored_candidates(
    features: ArticleFeatures,
    vec: dict[str, float],
    names: dict[str, float],
    store: StoryStore,
    settings: ClusterSettings,
    seen: dict[int, tuple[StoryState, bool, bool]],
    whole: plain.WholeText | None = None,
) -> list[tuple[float, int]]:
    """(score, story id) of the window's candidate stories, best first (ties: lower id). `seen` keeps each
    candidate's state, actor clash and shared places across the calls for one article (its two vectors)."""
    if not vec:
        return []
    out: list[tuple[float, int]] = []
    here = place_terms(features)  # the places the article is set in, read once for all its candidates
    places = here if min(settings.place_clash, settings.place_bonus) < 1 else frozenset()
    keyed = StoryKeys(features, names, store, settings, places)
    set_in = (set_in_names(features, places), told.happened_words(features)) if settings.place_bonus < 1 else None
    lookup, freq = lookup_weights(vec, settings.lookup_terms, store), store.document_frequency
    for story_id in store.candidates(lookup, earlier(features.published, settings.window), settings.max_candidates):
        if story_id not in seen:
            story = store.story(story_id)
            if story is None:
                continue
            other = other_actors(features, names, story, store, settings)
            only_places = bool(places) and headline_shares_only_places(features.title_terms, story.centroid, places)
            only_places = only_places or headline_shares_only_one_name(features, story.centroid)
            only_places = only_places or apart.set_elsewhere(features, story, here)
            seen[story_id] = (story, other, only_places)
        story, other, only_places = seen[story_id]
        opening = whole.opening if whole else None
        value = score(features, vec, names, story, settings, other, only_places, keyed, whole, opening, set_in, freq)
        out.append((value, story_id))
    out.sort(key=lambda sc: (-sc[0], sc[1]))
    return out


def lookup_weights(vec: dict[str, float], count: int, store: StoryStore) -> dict[str, int]:
    """The article's `count` heaviest terms that another article of the window holds, with their weights
    in whole parts of LOOKUP_SCALE, by which the store ranks its stories: a story is found by the weight of
    the terms it shares, not by how many (a short lead's heaviest terms are often its own, which no story
    holds; common words are light). The article is counted in the window (`add_document`)."""
    shared = {t: w for t, w in vec.items() if store.document_frequency(t) > 1}
    return {t: round(shared[t] * LOOKUP_SCALE) for t in top_terms(shared, count)}
