"""A web page briefed again: a version of its earlier brief, or another article at the same address.

A version is the same page within a window (`VersionSettings.window`) whose text is recognisably the same article: `same_text` of the smaller text's word shingles
lie inside the other's (the copy modules' shingles, counted exactly: both sets are at hand). A front page, a "live" or
"latest news" address, or a URL an outlet recycles carries another article under it, shares next to none, and goes
through the clusterer like any article (`is_version`).

Measured (scripts' stories sets, same-outlet pairs, share of the smaller text's shingles inside the other's): an
outlet's text posted again (labelled its copy) 0.65–1.00 (stories_dev 4 pairs, stories_dev5 3, stories_blind4 3);
another story of the outlet at most 0.58 (stories_dev, 1 pair ≥ 0.5 of 19,590), 0.04 (dev5), 0.40 (blind3), 0.07
(blind4); the same story's follow-ups at most 0.11 but for one pair each ≥ 0.5 in stories_dev and blind3. The sets
keep page addresses for 289 of 11,210 articles, none twice: they say nothing of how long a page's updates run, but
one outlet's articles of one story (its updates' bound) span at most 9.9 days (TUNE sets with stories: p90 2.0, p95
2.1; CHECK: p90 2.0, max 4.0). The window is not the clusterer's (4 days): joining a version to its page's story
is for the brief that window has let go (it would start a story of its own and the page be shown twice); 10 days
holds the longest span, and a page briefed weeks later (a recycled address) is another article.

A version grows its story as a joined article does (`grow_story`: `stories.grow.grown`, what `cluster.assign` saves
for an article it joins — its terms, names, days and last-seen time), but counts its page once: it takes its earlier
briefs' place among the story's articles, counts no second document in the window's frequencies nor its paragraphs
again (the page's own paragraphs would read as its outlet's boilerplate by the third version). Its time is when the page
changed (`changed_at`): the date the page gives if later than its earlier brief's, else when it was briefed — most
pages keep their first publication date when they are updated, and the story was still news then."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection

from pipeline.catalog.schema import articles
from pipeline.stories import rarity
from pipeline.stories.boilerplate import without_boilerplate
from pipeline.stories.duplicates import own_paragraphs, signature_of
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.grow import grown
from pipeline.stories.plain import WholeText
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.shingles import shingles
from pipeline.stories.vectors import tfidf, top_terms
from pipeline.storydesk.store import CatalogStoryStore, as_utc


@dataclass(frozen=True)
class VersionSettings:
    window: timedelta = timedelta(days=10)  # the page's briefs published this far apart at most ...
    same_text: float = 0.5  # ... and this share of the smaller text's shingles inside the other's: one article
    news_shingles: int = 5  # a version dated when briefed adds this many word shingles (one word changes at most 4)


def shared_share(earlier: ArticleFeatures, later: ArticleFeatures) -> float:
    """The share of the smaller text's word shingles inside the other's (0 when either has none)."""
    a, b = shingles(earlier.paragraphs), shingles(later.paragraphs)
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def is_version(
    earlier: ArticleFeatures | None, earlier_at: datetime | None, later: ArticleFeatures, settings: VersionSettings
) -> bool:
    """Is `later`, briefed from the address of the brief `earlier` (published, as its story reads it, `earlier_at`),
    that brief's page changed? None: nothing kept of it to compare (a catalog from before features were kept)."""
    if earlier is None or earlier_at is None:
        return False
    if abs(as_utc(later.published) - as_utc(earlier_at)) > settings.window:
        return False
    return shared_share(earlier, later) >= settings.same_text


def earlier_features(connection: Connection, row_id: int) -> tuple[ArticleFeatures | None, datetime | None]:
    """The features and story time of the brief of row `row_id`, as its join recorded them."""
    found = connection.execute(
        select(articles.c.features, articles.c.story_published).where(articles.c.id == row_id)
    ).one_or_none()
    if found is None:
        return None, None
    data, at = found
    try:
        features = ArticleFeatures.from_json(data) if data else None
    except (KeyError, TypeError, ValueError):
        features = None
    return features, (as_utc(at) if at is not None else None)


def changed_at(
    features: ArticleFeatures,
    briefed: datetime,
    earlier: ArticleFeatures,
    earlier_at: datetime,
    settings: VersionSettings,
) -> ArticleFeatures:
    """The version `features` (briefed at `briefed`) as its story counts it: published when the page says, if that is
    later than its earlier brief's time `earlier_at`; else when it was briefed — the page changed then, though it
    keeps its first publication date (the page reader takes no modified date) — if that is news: briefed within
    `window` of `earlier_at` (a page from years ago corrected today starts no "developing" story of years) and adding
    `news_shingles` word shingles its earlier text lacks (more than one word re-phrased). Else its first time."""
    if as_utc(features.published) > earlier_at:
        return features
    if not as_utc(features.published) < as_utc(briefed) <= earlier_at + settings.window:
        return features
    if len(shingles(features.paragraphs) - shingles(earlier.paragraphs)) < settings.news_shingles:
        return features
    return replace(features, published=as_utc(briefed).astimezone(features.published.tzinfo))


def grow_story(connection: Connection, features: ArticleFeatures, story_id: int, page: str) -> None:
    """Grow the story `story_id` by the version `features` of `page` as `cluster.assign` grows a story it joins an
    article to (its heaviest terms, whole-text vector, names, days, last-seen time: `grown`), its page counted once:
    it stands in its earlier briefs' place among the story's articles. Its signature is kept (another outlet's copy of
    the new text finds it); its paragraphs and terms are not counted in the window again."""
    store = CatalogStoryStore(connection)
    story = store.story(story_id)
    if story is None:  # absorbed by a merge before (its rows moved on), or a catalog without the story's state
        return
    settings = ClusterSettings()
    paragraphs = own_paragraphs(features, store, settings.duplicates)
    prior = rarity.pseudo_docs(store.document_count(), settings.prior_docs, settings.prior_fade)
    vec = tfidf(without_boilerplate(features, paragraphs), store, longer=True, prior_docs=prior)
    heavy = {t: vec[t] for t in top_terms(vec, settings.score_terms)}
    whole = WholeText(features, store, prior, settings.plain_terms, paragraphs)()
    earlier = set(connection.execute(select(articles.c.brief_key).where(articles.c.page == page)).scalars())
    state = grown(story, story_id, features, heavy, whole)
    kept = tuple(a for a in story.article_ids if a not in earlier and a != features.article_id)
    store.save_story(replace(state, article_ids=kept + (features.article_id,)))
    signature = signature_of(features, store, settings.duplicates, paragraphs)
    if signature.shingles >= settings.duplicates.min_shingles:
        store.add_signature(signature)
