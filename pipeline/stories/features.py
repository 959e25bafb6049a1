"""An article's story features, from its DUTCH source text (never the English a model wrote).

Terms are Snowball stems of the words that carry content (headline words count twice), names are
capitalised word runs ("Raad van State", "Fanil Sarvarov"), numbers are normalised ("1.200" and
"1200" agree), dates are the days the text names (a day and month, a weekday or "gisteren",
resolved against the publication date). Paragraph words are kept for wire-copy shingles.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from pipeline.stories.actors import headline_actors
from pipeline.stories.dates import named_days
from pipeline.stories.events import marks as event_marks
from pipeline.stories.lexicon import FIRST_NAMES_IN_STOPWORDS, NAME_STOPWORDS, PARTICLES, STOPWORDS

MAX_TEXT_CHARS = 200_000  # an article longer than this is cut for features (the wire-copy check reads as much)
PREFIX_LETTERS = 5
PREFIX_FROM = 6  # words of at least this many letters give a prefix term
PREFIX_WEIGHT = 0.7
LEAD_CHARS = 600  # event marks (ages, scores, rounds) come from the headline and the lead
OPENING_CHARS = 1500  # ... tennis sets from the first paragraphs
LEAD_WORDS = 350  # story terms come from the headline and the first words: a news article's event is up front
MORE_WORDS = 500  # ... and a longer text's terms read this far too (`more_terms`; see `cluster`)

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’`-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$")
_NOT_A_NAME = STOPWORDS | NAME_STOPWORDS | PARTICLES


@dataclass(frozen=True)
class ArticleText:
    """What the story stage reads of an article: its id, outlet, publication time and Dutch text."""

    article_id: str
    outlet: str
    published: datetime  # aware; an article without a date counts as published when it was briefed
    title: str
    body: str  # paragraphs separated by blank lines (or single newlines)


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
        )


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer  # small, pure Python; only the story stage needs it

    return snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def _strip_genitive(word: str) -> str:
    for suffix in ("'s", "’s", "`s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def normalise_number(token: str) -> str:
    """'1.200' and '1200' agree; '2,5' becomes '2.5'."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        return token.replace(".", "")
    return token.replace(",", ".")


def _paragraphs(body: str) -> list[str]:
    parts = re.split(r"\n\s*\n", body) if "\n\n" in body else body.split("\n")
    return [p.strip() for p in parts if p.strip()]


def _sentences(text: str) -> list[list[tuple[str, bool]]]:
    """Tokens per sentence, each with whether only a space separates it from the one before (a name
    never runs over punctuation: "Femke Wiersma (BBB)" is not one name)."""
    out: list[list[tuple[str, bool]]] = []
    for chunk in re.split(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z0-9À-Ý])|\n+", text):
        toks: list[tuple[str, bool]] = []
        end = None
        for m in _TOKEN.finditer(chunk):
            joined = end is not None and chunk[end : m.start()] in (" ", "\u00a0")
            toks.append((m.group(), joined))
            end = m.end()
        if toks:
            out.append(toks)
    return out


def _is_capitalised(tok: str) -> bool:
    return (tok[0].isupper() and not tok.isupper()) or (tok.isupper() and len(tok) > 1 and tok.isalpha())


def _names(sentences: list[list[tuple[str, bool]]], openers: list[str] | None = None) -> dict[str, str]:
    """Runs of capitalised words (particles allowed inside), lowercased, and each of their words. The
    first word of a sentence counts only if the text also capitalises it elsewhere ("Landbouwminister
    Femke Wiersma" gives "femke wiersma", "femke", "wiersma"); a run of 2-3 words that lost it that
    way ("Bram Verhoeven zegt ...") is added to `openers`, lowercased, whole (for `actors`)."""
    inner: set[str] = set()
    runs: list[tuple[list[str], bool, bool]] = []  # (words, opens its sentence, is the whole sentence)
    for toks in sentences:
        i = 0
        while i < len(toks):
            tok = toks[i][0]
            if not _is_capitalised(tok):
                i += 1
                continue
            run = [tok]
            j = i + 1
            while j < len(toks) and toks[j][1]:
                nxt = toks[j][0]
                if nxt[0].isupper() and nxt.isalpha():
                    run.append(nxt)
                    j += 1
                    continue
                k = _particles_end(toks, j)  # "von der Leyen", "van den Bosch", "de la Rúa"
                if k == j:
                    break
                run.extend(t for t, _ in toks[j:k])
                j = k
            runs.append((run, i == 0, i == 0 and j == len(toks)))
            if i > 0:
                inner.update(w.lower() for w in run)
            i = j
    names: dict[str, str] = {}
    for run, at_start, whole in runs:
        words = [_strip_genitive(w) for w in run]
        if at_start and words[0].lower() not in inner and not (whole and _full_name(words)):
            first = words[0].lower()  # a person's first name may be a stopword ("Ben Hermans zegt ...")
            if (
                openers is not None
                and 1 < len(words) <= 3
                and (first not in _NOT_A_NAME or first in FIRST_NAMES_IN_STOPWORDS)
            ):
                openers.append(" ".join(words).lower())
            words = words[1:]
        # a lower-case particle left in front goes ("van" of "Inwoners van Den Haag"); a capitalised one
        # is the name's own ("Den Haag", "De Bilt", "Van der Laan")
        while words and (words[0].lower() in NAME_STOPWORDS or (words[0].islower() and words[0] in PARTICLES)):
            words = words[1:]
        while words and words[-1].lower() in PARTICLES:
            words = words[:-1]
        if not words:
            continue
        for w in words:
            if len(w) >= 3 and w.lower() not in _NOT_A_NAME:
                names.setdefault(w.lower(), w)
        if len(words) > 1:
            names.setdefault(" ".join(words).lower(), " ".join(words))
    return names


def _full_name(words: list[str]) -> bool:
    """A sentence that is only a first word, a name particle and a capitalised word is a full name
    ("Hans van Manen" as a headline over an obituary). Only the whole sentence: where a sentence goes on,
    its capitalised first word is as often a group of people of a place ("Inwoners van Den Haag
    protesteren …", "Fans van Ajax …") — that name then counts when the text capitalises it elsewhere."""
    first = words[0].lower()
    return len(words) > 2 and words[1].lower() in PARTICLES and first not in _NOT_A_NAME


def _particles_end(toks: list[tuple[str, bool]], j: int) -> int:
    """Where a run of up to three name particles starting at `j` ends, when a capitalised word
    joined by spaces follows it (so the particles belong inside a name); else `j`."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k][1] and toks[k][0].lower() in PARTICLES:
        k += 1
    if k > j and k < len(toks) and toks[k][1] and toks[k][0][0].isupper():
        return k
    return j


def extract(article: ArticleText) -> ArticleFeatures:
    """The features of one article. Pure: the same text gives the same features."""
    if article.published.tzinfo is None:
        raise ValueError(f"article {article.article_id}: publication time has no time zone")
    title = article.title.strip()[:1000]
    body = article.body[:MAX_TEXT_CHARS]
    paragraphs = _paragraphs(body)
    # a headline repeated as the body's first line is read once
    if paragraphs and paragraphs[0].strip().lower() == title.lower():
        paragraphs = paragraphs[1:]

    counts: Counter[str] = Counter()
    title_terms: list[str] = []
    for tok in _TOKEN.findall(title):
        term = _term(tok)
        if term:
            counts[term] += 2.0
            title_terms.append(term)
            _add_prefix(counts, tok, 2.0)
    seen = 0
    numbers: set[str] = set()
    more: Counter[str] = Counter()
    for para in paragraphs:
        for tok in _TOKEN.findall(para):
            if tok[0].isdigit():
                numbers.add(normalise_number(tok))
            if seen < MORE_WORDS:
                term = _term(tok)
                if term:
                    into = counts if seen < LEAD_WORDS else more
                    into[term] += 1.0
                    _add_prefix(into, tok, 1.0)
            seen += 1
    for tok in _TOKEN.findall(title):
        if tok[0].isdigit():
            numbers.add(normalise_number(tok))

    lead_text = title + ".\n" + "\n".join(paragraphs)
    sentences = _sentences(lead_text[:20_000])
    published_day = article.published.date()
    openers: list[str] = []
    names = _names(sentences, openers)
    return ArticleFeatures(
        article_id=article.article_id,
        outlet=article.outlet,
        published=article.published,
        terms=tuple(sorted(counts.items())),
        title_terms=tuple(title_terms),
        names=frozenset(names),
        numbers=frozenset(numbers),
        dates=named_days(lead_text[:20_000], published_day),
        paragraphs=tuple(tuple(w.lower() for w in _TOKEN.findall(p)) for p in paragraphs),
        name_forms=tuple(sorted(names.items())),
        marks=event_marks(title, " ".join(paragraphs)[:LEAD_CHARS], " ".join(paragraphs)[:OPENING_CHARS]),
        lead_names=frozenset(names.keys() & _names(sentences[:2]).keys()),  # the headline and the first sentence
        more_terms=tuple(sorted(more.items())),
        actors=headline_actors(
            [_strip_genitive(t) for t in _TOKEN.findall(title)],
            names.keys() | {o for o in openers if o.rsplit(" ", 1)[-1] in names},
        ),
    )


def _add_prefix(counts: Counter[str], token: str, weight: float) -> None:
    """Dutch writes compounds as one word ("embryowet", "kamermeerderheid", "stikstofdoelen"): the
    first letters of a long word are a term of their own, at lower weight, so "embryo" meets
    "embryowet" and "Kamer" meets "Kamermeerderheid"."""
    if token[0].isalpha() and len(token) >= PREFIX_FROM:
        counts["~" + token[:PREFIX_LETTERS].lower()] += weight * PREFIX_WEIGHT


def _term(token: str) -> str | None:
    """The story term of a token: a stem, a number ('#2500'), or nothing for a stopword."""
    if token[0].isdigit():
        number = normalise_number(token)
        return "#" + number if len(number) >= 2 else None
    word = _strip_genitive(token).lower()
    if len(word) < 2 or word in STOPWORDS:
        return None
    return stem(word)
