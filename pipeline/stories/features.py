"""An article's story features, from its DUTCH source text (never the English a model wrote).

Terms are Snowball stems of the words that carry content (headline words count twice; each part of a
name made of names, "Jumbo-Visma", counts on its own too, and so does the head of a hyphenated compound,
"mestplan" of "BBB-mestplan": see `terms`), names are capitalised word runs ("Raad van State", "Fanil Sarvarov"), numbers are normalised ("1.200" and
"1200" agree), dates are the days the text names (a day and month, a weekday or "gisteren",
resolved against the publication date). Paragraph words are kept for wire-copy shingles. All are read from
the headline without its rubric label ("Column Nynke de Jong": `rubrics`) and the text up to where it turns
to another matter ("In een andere zaak ...": `items`).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from pipeline.stories import ballot, fixture, letters, markets, piped, rounds, weather
from pipeline.stories.actors import headline_actors
from pipeline.stories.dates import named_days
from pipeline.stories.events import marks as event_marks
from pipeline.stories.items import first_item
from pipeline.stories.names import TOKEN as _TOKEN
from pipeline.stories.names import capitalised as _capitalised
from pipeline.stories.names import headline_opener
from pipeline.stories.names import names_of as _names
from pipeline.stories.names import sentences as _sentences
from pipeline.stories.names import strip_genitive as _strip_genitive
from pipeline.stories.quotes import lead_sentence, quoted_headline
from pipeline.stories.rubrics import without_labels, without_rubric
from pipeline.stories.spelled import spelled_out
from pipeline.stories.terms import add_head, add_name_parts, add_prefix, normalise_number, term_of

MAX_TEXT_CHARS = 200_000  # an article longer than this is cut for features (the wire-copy check reads as much)
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM
_INVISIBLE = str.maketrans("", "", INVISIBLE)
LEAD_CHARS = 600  # event marks (ages, scores, rounds) come from the headline and the lead
OPENING_CHARS = 1500  # ... tennis sets from the first paragraphs
LEAD_TEXT_CHARS = 20_000  # names, dates and their spellings from the headline and the text up to here
LEAD_WORDS = 350  # story terms come from the headline and the first words: a news article's event is up front
MORE_WORDS = 500  # ... and a longer text's terms read this far too (`more_terms`; see `cluster`)


@dataclass(frozen=True)
class ArticleText:
    """What the story stage reads of an article: its id, outlet, publication time and Dutch text."""

    article_id: str
    outlet: str
    published: datetime  # aware; an article without a date counts as published when it was briefed
    title: str
    body: str  # paragraphs separated by blank lines (or single newlines)
    timed: bool = True  # the source gave a time of day (False: a date only, as a printed paper's; see `dates`)


@dataclass(frozen=True)
class ArticleFeatures:
    """The features of one article. Plain values only, so the catalog can keep them as JSON."""

    article_id: str
    outlet: str
    published: datetime
    terms: tuple[tuple[str, float], ...]  # (stem, weight) sorted by stem
    title_terms: tuple[str, ...]
    names: frozenset[str]  # lowercased
    numbers: frozenset[str]
    dates: frozenset[date]
    paragraphs: tuple[tuple[str, ...], ...]  # the words of each paragraph, lowercased (wire-copy shingles)
    name_forms: tuple[tuple[str, str], ...] = ()  # (name, as first written), sorted: for display
    marks: frozenset[str] = frozenset()  # event marks (ages, scores, "again"): see `events`
    lead_names: frozenset[str] | None = None  # the names of the headline and first sentence (None: not kept)
    actors: frozenset[str] | None = None  # the headline's people and teams (see `actors`; None: not kept)
    more_terms: tuple[tuple[str, float], ...] = ()  # the terms of words LEAD_WORDS..MORE_WORDS, sorted
    timed: bool = True  # `ArticleText.timed`
    opener: str | None = None  # the headline's first word when written as a name but not among `names`
    quote_lead: tuple[str, ...] = ()  # a quote headline's lead sentence terms (`quotes`; the second look reads them)
    lowered: frozenset[str] = frozenset()  # one-word names the text writes in lower case too ("mensen"): `keynames`

    def all_terms(self) -> tuple[tuple[str, float], ...]:
        """`terms` and `more_terms` together (a term in both adds up)."""
        if not self.more_terms:
            return self.terms
        total = Counter(dict(self.terms))
        total.update(dict(self.more_terms))
        return tuple(sorted(total.items()))

    @property
    def day(self) -> date:
        return self.published.date()  # the day as the outlet dates it (its own time zone)

    def paragraph_keys(self) -> tuple[str, ...]:
        """A short hash per paragraph: the same paragraph (boilerplate) has the same key anywhere."""
        return tuple(hashlib.blake2b(" ".join(p).encode(), digest_size=8).hexdigest() for p in self.paragraphs)

    def to_json(self) -> dict:
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "published": self.published.isoformat(),
            "terms": [list(t) for t in self.terms],
            "title_terms": list(self.title_terms),
            "names": sorted(self.names),
            "numbers": sorted(self.numbers),
            "dates": sorted(d.isoformat() for d in self.dates),
            "paragraphs": [list(p) for p in self.paragraphs],
            "name_forms": [list(n) for n in self.name_forms],
            "marks": sorted(self.marks),
            "lead_names": None if self.lead_names is None else sorted(self.lead_names),
            "actors": None if self.actors is None else sorted(self.actors),
            "more_terms": [list(t) for t in self.more_terms],
            "timed": self.timed,
            "opener": self.opener,
            "quote_lead": list(self.quote_lead),
            "lowered": sorted(self.lowered),
        }

    @classmethod
    def from_json(cls, data: dict) -> ArticleFeatures:
        return cls(
            article_id=data["article_id"],
            outlet=data["outlet"],
            published=datetime.fromisoformat(data["published"]),
            terms=tuple((t, float(w)) for t, w in data["terms"]),
            title_terms=tuple(data["title_terms"]),
            names=frozenset(data["names"]),
            numbers=frozenset(data["numbers"]),
            dates=frozenset(date.fromisoformat(d) for d in data["dates"]),
            paragraphs=tuple(tuple(p) for p in data["paragraphs"]),
            name_forms=tuple((a, b) for a, b in data.get("name_forms", ())),
            marks=frozenset(data.get("marks", ())),
            lead_names=None if data.get("lead_names") is None else frozenset(data["lead_names"]),
            actors=None if data.get("actors") is None else frozenset(data["actors"]),
            more_terms=tuple((t, float(w)) for t, w in data.get("more_terms", ())),
            timed=bool(data.get("timed", True)),
            opener=data.get("opener"),
            quote_lead=tuple(data.get("quote_lead", ())),
            lowered=frozenset(data.get("lowered", ())),
        )


def _paragraphs(body: str) -> list[str]:
    parts = re.split(r"\n\s*\n", body) if "\n\n" in body else body.split("\n")
    return [p.strip() for p in parts if p.strip()]


def extract(article: ArticleText) -> ArticleFeatures:
    """The features of one article. Pure: the same text gives the same features."""
    if article.published.tzinfo is None:
        raise ValueError(f"article {article.article_id}: publication time has no time zone")
    title = _unbroken(article.title).strip()[:1000]
    body = first_item(_unbroken(article.body[:MAX_TEXT_CHARS]))  # a second item on another matter is left out
    paragraphs = _paragraphs(body)
    # a headline repeated as the body's first line is read once
    if paragraphs and paragraphs[0].strip().lower() == title.lower():
        paragraphs = paragraphs[1:]
    title = without_rubric(title)  # "Freek. Column Nynke de Jong": the columnist is no actor of the event

    counts: Counter[str] = Counter()
    title_terms: list[str] = []
    for tok in _TOKEN.findall(title):
        term = term_of(tok)
        if term:
            counts[term] += 2.0
            title_terms.append(term)
            add_prefix(counts, tok, 2.0)
            add_name_parts(counts, tok, 2.0)
            add_head(counts, tok, 2.0)
    if piped.two_items(title):  # a round-up of items a pipe joins: its headline names its lead item by the first
        title_terms = [term for tok in _TOKEN.findall(piped.lead_item(title)) if (term := term_of(tok))]
    seen = 0
    numbers: set[str] = set()
    more: Counter[str] = Counter()
    for para in paragraphs:
        for tok in _TOKEN.findall(para):
            if tok[0].isdigit():
                numbers.add(normalise_number(tok))
            if seen < MORE_WORDS:
                term = term_of(tok)
                if term:
                    into = counts if seen < LEAD_WORDS else more
                    into[term] += 1.0
                    add_prefix(into, tok, 1.0)
                    add_name_parts(into, tok, 1.0)
                    add_head(into, tok, 1.0)
            seen += 1
    for tok in _TOKEN.findall(title):
        if tok[0].isdigit():
            numbers.add(normalise_number(tok))

    lead_text = (title + ".\n" + "\n".join(paragraphs))[:LEAD_TEXT_CHARS]
    sentences = _sentences(lead_text)
    published_day = article.published.date()
    openers: list[str] = []
    written = _capitalised(sentences)
    names = spelled_out(lead_text, _names(sentences, openers, written))  # "... Milieu (RIVM)" whole
    running = " ".join(paragraphs)
    lead = running[:LEAD_CHARS]
    marks = event_marks(title, lead, running[:OPENING_CHARS])
    return ArticleFeatures(
        article_id=article.article_id,
        outlet=article.outlet,
        published=article.published,
        terms=tuple(sorted(counts.items())),
        title_terms=tuple(title_terms),
        names=frozenset(names),
        numbers=frozenset(numbers),
        dates=named_days(lead_text, published_day),
        paragraphs=tuple(tuple(w.lower() for w in _TOKEN.findall(p)) for p in paragraphs),
        name_forms=tuple(sorted(names.items())),
        marks=marks
        | rounds.raced(marks, published_day)
        | weather.forecast(title, lead, published_day)
        | markets.marks(title, lead, published_day)
        | fixture.marks(title, paragraphs, LEAD_CHARS, marks, published_day)
        | ballot.marks(without_labels(title), lead)  # a page label: no day
        | letters.marks(title, article.outlet),  # a numbered readers' letter
        lead_names=frozenset(
            names.keys() & _names(sentences[:2], written=written).keys()
        ),  # the headline and the first sentence
        more_terms=tuple(sorted(more.items())),
        timed=article.timed,
        opener=headline_opener(title, names),
        quote_lead=_quote_lead(title, paragraphs),
        lowered=frozenset(t for t in _TOKEN.findall(lead_text) if t.islower() and t in names),
        actors=headline_actors(
            [_strip_genitive(t) for t in _TOKEN.findall(title)],
            names.keys() | {o for o in openers if o.rsplit(" ", 1)[-1] in names},
        ),
    )


def _quote_lead(title: str, paragraphs: list[str]) -> tuple[str, ...]:
    """The terms of the lead sentence under a headline that is a quote (`quotes`), else none."""
    if not quoted_headline(title):
        return ()
    terms = (term_of(tok) for tok in _TOKEN.findall(lead_sentence(paragraphs, LEAD_CHARS)))
    return tuple(t for t in terms if t)


def _unbroken(text: str) -> str:
    """The text without invisible break hints (a soft hyphen, a zero-width space or joiner: `INVISIBLE`),
    which web pages put inside long words ("Speelsche\u00adma"): they would cut a word in two."""
    return text.translate(_INVISIBLE) if any(c in text for c in INVISIBLE) else text
