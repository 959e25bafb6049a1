"""The data that flows between the pipeline stages: frozen dataclasses, nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

FORMAT_VERSION = 1  # of the brief file: part of every cache key
FORMAT = f"dutch-brief/{FORMAT_VERSION}"


class BlockKind(StrEnum):
    """What a block of a news page is. Every input format (.txt, .md, HTML, feed item) yields these."""

    HEADLINE = "headline"
    LEDE = "lede"  # standfirst / intro
    SUBHEADING = "subheading"
    PARAGRAPH = "paragraph"
    LIST = "list"  # `items` holds the entries
    QUOTE = "quote"  # block quote, embedded post (a tweet with its footer)
    CAPTION = "caption"  # photo/video caption or credit
    BYLINE = "byline"
    DATELINE = "dateline"  # a date/time line, a liveblog timestamp standing alone
    LIVEBLOG = "liveblog"  # one liveblog entry: `time`, then its text
    TABLE = "table"  # a table-like line (ranking, score line)
    SITE_TEXT = "site_text"  # navigation, banners, promos, consent, teasers: set aside, never translated


@dataclass(frozen=True)
class Block:
    """One structural block of an article, as found in the source."""

    kind: BlockKind
    text: str  # the source text of the block (a list: its items, one per line)
    items: tuple[str, ...] = ()  # list entries (kind LIST)
    time: str | None = None  # the entry's time as written (kind LIVEBLOG), e.g. "21.30"
    reason: str | None = None  # why it was set aside (kind SITE_TEXT): navigation|promo|consent|teaser|…


@dataclass(frozen=True)
class Paragraph:
    """A blank-line-separated block of the source article."""

    index: int
    text: str
    is_heading: bool


@dataclass(frozen=True)
class SourceMeta:
    """Where a web article came from: page metadata (a fetched or saved page, or a feed entry)."""

    url: str | None = None
    headline: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601, with the time zone when the page gives one
    outlet: str | None = None  # site name
    language: str | None = None  # as the page declares it
    fetched_at: str | None = None  # ISO 8601 UTC; None for a saved page
    extractor: str = ""  # name + version, e.g. "trafilatura 2.3.1"
    extracted_from: str = "page"  # page | feed
    set_aside: tuple[str, ...] = ()  # site text left out of translation, "reason: text" each


@dataclass(frozen=True)
class Article:
    """Stage 1 (read): a decoded, normalised article split into paragraphs."""

    source_name: str
    text: str  # normalised text (NFC, LF line endings, no BOM, date marker removed)
    paragraphs: tuple[Paragraph, ...]
    source_date: str | None = None  # "YYYY-MM" from a leading ` date YYYY-MM ` marker
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    origin: SourceMeta | None = None  # web input: where it came from (None for a text file)


@dataclass(frozen=True)
class SegmentedParagraph:
    """Stage 2 (segment): a paragraph and its sentences (exact substrings, in order)."""

    index: int
    text: str
    is_heading: bool
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class SegmentedArticle:
    article: Article
    paragraphs: tuple[SegmentedParagraph, ...]

    @property
    def sentence_count(self) -> int:
        return sum(len(p.sentences) for p in self.paragraphs)


@dataclass(frozen=True)
class SentenceTranslation:
    """Stage 3 (translate): one source sentence and its English translation."""

    source: str
    text: str
    parts: int = 1  # how many pieces were translated (too long for the model, or halved on a retry)
    split: bool = False  # the sentence exceeded the model input and was translated in parts
    retried: bool = False  # degenerate output was detected and the sentence was translated again
    degenerate: bool = False  # output still looked degenerate after the retry


@dataclass(frozen=True)
class TranslatedParagraph:
    index: int
    is_heading: bool
    source_text: str
    sentences: tuple[SentenceTranslation, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences if s.text)


@dataclass(frozen=True)
class TranslationStats:
    sentences: int
    split_sentences: int  # sentences translated in parts (too long for one model input)
    retried_sentences: int  # degenerate outputs retried
    degenerate_sentences: int  # still degenerate after the retry


@dataclass(frozen=True)
class TranslatedArticle:
    paragraphs: tuple[TranslatedParagraph, ...]
    stats: TranslationStats


@dataclass(frozen=True)
class Summary:
    """Stage 4 (summarize)."""

    text: str
    input_tokens: int  # tokens of the English article as the summarizer counts them
    chunks: int = 1  # >1: map-reduce over this many first-level chunks
    rounds: int = 1  # reduce rounds (1 = direct summary)


@dataclass(frozen=True)
class ModelRef:
    """A model as the user named it: hub id (with pinned revision) or local directory."""

    name: str
    revision: str | None = None

    def describe(self) -> str:
        return f"{self.name}@{self.revision}" if self.revision else self.name


@dataclass(frozen=True)
class FidelityIssue:
    """A translated sentence whose English lacks numbers or names of its Dutch (pipeline.quality.fidelity)."""

    paragraph: int  # index of the paragraph (from 0)
    sentence: int  # index of the sentence within it (from 0)
    missing_numbers: tuple[str, ...] = ()  # as the Dutch writes them
    missing_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fidelity:
    numbers_checked: int = 0
    numbers_missing: int = 0
    names_checked: int = 0
    names_missing: int = 0
    issues: tuple[FidelityIssue, ...] = ()


@dataclass(frozen=True)
class Brief:
    """Everything the renderer needs."""

    article: Article
    paragraphs: tuple[TranslatedParagraph, ...]
    summary: Summary
    title_en: str
    cache_key: str
    content_hash: str
    translator: ModelRef
    summarizer: ModelRef
    settings: dict[str, object] = field(default_factory=dict)
    stats: TranslationStats | None = None
    created_at: str = ""
    fidelity: Fidelity | None = None


@dataclass(frozen=True)
class Plan:
    """What is known before any model work: the article, its key and where its brief goes."""

    source: Path | str  # a file, or a web page's URL
    article: Article
    content_hash: str
    key: str
    path: Path
    settings_summary: dict[str, object]


@dataclass(frozen=True)
class Prepared:
    """A planned, segmented article; `cached`: a complete brief for its key already exists."""

    plan: Plan
    segmented: SegmentedArticle
    cached: bool


@dataclass(frozen=True)
class WrittenBrief:
    """What the write stage reports: enough for a digest entry without re-reading the file."""

    path: Path
    title: str
    summary: str
    source_name: str
    key: str


@dataclass(frozen=True)
class DigestEntry:
    title: str
    summary: str
    brief: str  # the brief's file name, relative to the digest
    source_name: str
    key: str


@dataclass(frozen=True)
class DigestFailure:
    source_name: str
    message: str
