"""The pure parts of a story's own brief: its central article (whose English title is the story's),
the summarizer's input (de-duplicated English lead sentences within the model's input limit, what
was left out listed), its key names counted across articles (`keynames`), its outlets and its timeline.

A single-article story stays light: its article's own title, no story summary input. A copy group counts once,
by the text it shows: its original, or a copy much fuller than it that stays on the original's subject (a feed's
excerpt first, the full text after it: the full text; a "kort nieuws" page opening with a flash and going on with
other items: the flash, `shown_copies`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.stories.features import ArticleFeatures
from pipeline.stories.keynames import key_names
from pipeline.stories.rank import StoryArticle
from pipeline.stories.terms import term_of

SAME_SENTENCE = 0.7  # word-set Jaccard above which two English lead sentences say the same
FULLER = 1.5  # a copy with this many times its original's words is the text its copy group shows (`shown_copies`)
ON_SUBJECT = 0.5  # the share of a fuller copy's own paragraphs that must name its original's terms (`stays_on_subject`)
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class EnglishLead:
    """What the story brief reads of an article's bilingual brief: its English title and lead sentences."""

    title: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class SummarizerInput:
    text: str  # the sentences joined, one per line
    sentences: tuple[tuple[str, str], ...]  # (article id, sentence) in the order given
    left_out: tuple[tuple[str, str], ...]  # (article id, sentence) that did not fit: listed, never lost
    tokens: int


@dataclass(frozen=True)
class TimelineEntry:
    article_id: str
    outlet: str
    published: str  # ISO 8601
    duplicate_of: str | None  # "also published by": a copy of this article


@dataclass(frozen=True)
class StoryBrief:
    story_id: int
    title: str
    central_article: str
    single: bool  # a one-article story: its article's own title and summary stand
    summary_input: SummarizerInput | None
    key_names: tuple[tuple[str, int], ...]  # (name as written, articles naming it)
    outlets: tuple[str, ...]
    timeline: tuple[TimelineEntry, ...]
    numbers: frozenset[str]  # every number its articles print: a story summary's numbers are checked against these


def _vector(features: ArticleFeatures) -> dict[str, float]:
    vec = {t: 1.0 + math.log(w) for t, w in features.terms if not t.startswith("~")}
    length = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / length for t, v in vec.items()}


def text_words(features: ArticleFeatures) -> int:
    """How long the article's text is: the words of its paragraphs."""
    return sum(len(p) for p in features.paragraphs)


def stays_on_subject(original: ArticleFeatures, copy: ArticleFeatures) -> bool:
    """The copy's text beyond its original's is about the original's subject: ON_SUBJECT of the copy's paragraphs
    that are not the original's name one of the original's terms (its headline's and text's stems, the parts of its
    names). A wire text's later paragraphs go on about the dike, the pool, the village; a regional "kort nieuws"
    page that opens with a flash word for word goes on with other items, each its own names and places."""
    own = set(original.paragraphs)
    later = [p for p in copy.paragraphs if p not in own]
    if not later:
        return True
    telling = {t for t, _ in original.terms if not t.startswith("~")}
    telling.update(t for name in original.names for w in name.split() if (t := term_of(w)))
    sharing = sum(1 for p in later if any(term_of(w) in telling for w in p if w))
    return sharing >= ON_SUBJECT * len(later)


def copy_root(copies: Mapping[str, str | None], article: str) -> str:
    """The original `article` leads back to along its copy links (a loop ends where it would repeat)."""
    root, seen = article, {article}
    while (original := copies.get(root)) and original not in seen:
        seen.add(original)
        root = original
    return root


def shown_copies(
    copies: Mapping[str, str | None],
    words: Mapping[str, int],
    features: Mapping[str, ArticleFeatures] | None = None,
) -> dict[str, str | None]:
    """The copy links (article -> the article it copies) redrawn around the text each copy group shows. A group is
    an original and the articles that copy it (through copy chains); it shows its original, unless a copy has FULLER
    times its words and, where `features` has both, stays on its subject (`stays_on_subject`): then such a copy with
    the most words (the earliest of equals) heads the group and the others, the original too, point to it. A feed's
    excerpt published before the full wire text is the original, but the reader gets the full text once, the
    excerpt's outlet under "also published by". Which articles are copies does not change. A group whose original
    is not in `copies`, or whose words are not known, stays as it is."""
    shown = dict(copies)
    groups: dict[str, list[str]] = {}
    for article in copies:
        root = copy_root(copies, article)
        if root in copies and not copies[root]:  # a chain that loops or leaves the story is left alone
            groups.setdefault(root, []).append(article)
    feats = features or {}
    for root, members in groups.items():
        if root not in words:
            continue
        fuller = [
            m
            for m in members
            if m in words
            and words[m] > words[root]  # never a tie (0 words each)
            and words[m] >= FULLER * words[root]
            and (root not in feats or m not in feats or stays_on_subject(feats[root], feats[m]))
        ]
        if fuller:
            fullest = max(fuller, key=lambda m: words[m])  # the earliest of equals: `copies` is in publication order
            shown.update({m: (None if m == fullest else fullest) for m in members})
    return shown


def central_article(features: Sequence[ArticleFeatures], copies: Mapping[str, str | None]) -> str:
    """The article most like the others (mean cosine of term vectors); `copies` are the copy links as shown
    (`shown_copies`: of a copy group only the text it shows, the original or a copy much fuller than it on its
    subject, is a candidate). Ties: the earliest, then the lowest id."""
    originals = [f for f in features if not copies.get(f.article_id)] or list(features)
    if len(originals) == 1:
        return originals[0].article_id
    vectors = {f.article_id: _vector(f) for f in features}

    def centrality(f: ArticleFeatures) -> float:
        mine = vectors[f.article_id]
        others = [vectors[g.article_id] for g in features if g.article_id != f.article_id]
        return sum(sum(v * o.get(t, 0.0) for t, v in mine.items()) for o in others) / len(others)

    return min(originals, key=lambda f: (-round(centrality(f), 9), f.published, f.article_id)).article_id


def _words(sentence: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(sentence))


def summarizer_input(
    order: Sequence[str],
    leads: Mapping[str, EnglishLead],
    limit: int,
    count_tokens: Callable[[str], int],
) -> SummarizerInput:
    """Lead sentences of the articles in `order` (central article first), taken round by round: every
    article's first sentence, then every second one...; a sentence that repeats one taken (word-set
    Jaccard >= SAME_SENTENCE) is dropped, a sentence that does not fit in `limit` tokens is left out
    (and listed)."""
    taken: list[tuple[str, str]] = []
    left_out: list[tuple[str, str]] = []
    seen: list[frozenset[str]] = []
    used = 0
    depth = max((len(leads[a].sentences) for a in order if a in leads), default=0)
    for round_ in range(depth):
        for article_id in order:
            lead = leads.get(article_id)
            if lead is None or round_ >= len(lead.sentences):
                continue
            sentence = lead.sentences[round_].strip()
            if not sentence:
                continue
            words = _words(sentence)
            if any(len(words & s) / max(1, len(words | s)) >= SAME_SENTENCE for s in seen):
                continue
            cost = count_tokens(sentence)
            if used + cost > limit:
                left_out.append((article_id, sentence))
                continue
            taken.append((article_id, sentence))
            seen.append(words)
            used += cost
    return SummarizerInput("\n".join(s for _, s in taken), tuple(taken), tuple(left_out), used)


def story_brief(
    story_id: int,
    articles: Sequence[StoryArticle],
    features: Mapping[str, ArticleFeatures],
    leads: Mapping[str, EnglishLead],
    limit: int,
    count_tokens: Callable[[str], int],
) -> StoryBrief:
    """The story's brief, but for the summary itself (the summarizer writes it from `summary_input`)."""
    ordered = sorted(articles, key=lambda a: (a.published, a.article_id))
    feats = [features[a.article_id] for a in ordered]
    # each copy group once, by the text it shows: a full text's sentences, not its excerpt's
    copies = shown_copies(
        {a.article_id: a.duplicate_of for a in ordered},
        {f.article_id: text_words(f) for f in feats},
        {f.article_id: f for f in feats},
    )
    central = central_article(feats, copies)
    single = sum(1 for a in ordered if not copies[a.article_id]) <= 1
    summary = None
    if not single:
        order = [central] + [a.article_id for a in ordered if a.article_id != central and not copies[a.article_id]]
        summary = summarizer_input(order, leads, limit, count_tokens)
    lead = leads.get(central)
    return StoryBrief(
        story_id=story_id,
        title=lead.title if lead else "",
        central_article=central,
        single=single,
        summary_input=summary,
        key_names=key_names(feats, copies),
        outlets=tuple(sorted({a.outlet for a in ordered})),
        timeline=tuple(TimelineEntry(a.article_id, a.outlet, a.published.isoformat(), a.duplicate_of) for a in ordered),
        numbers=frozenset().union(*(f.numbers for f in feats)) if feats else frozenset(),
    )
