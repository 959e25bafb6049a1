"""Site text at a text's end found by its shape (issue 21, site35; pipeline.text.article calls these last):

first_person_bios   after the article's running text and its closing byline, the author's own bio in the first
                    person singular ("Redactie X / Jan Jansen" / "Ik schrijf sinds 2010 over … Ik studeerde …"):
                    a news text reports in the third person, so first-person paragraphs below its signature are the
                    author box's — unless the article speaks in the first person itself (a column, a diary), or
                    the first-person text is longer than a box (a column under an editor's intro), or it tells
                    nothing of the writer's trade or training (an interviewee's account under a credit line).
stamped_cards       cards of the outlet's other stories to the text's end, each a date-and-time stamp line on its
                    own, a title, and its standfirst ("3 mei '24 (09:15)" / "<titel>" / "<standfirst>"), stamped on
                    two days or more, newest first: a list of stories under the article, not its own dated entries
                    (a liveblog stamps times of one day; an article's timeline runs oldest first and stamps dates
                    without a time of day).
cookie_dialogs      a consent dialog under its own heading after the article, its notices set aside already: the
                    heading and all below it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.dutch_rules import MONTHS, WEEKDAYS
from pipeline.text.page_edges import running_text, title_shaped
from pipeline.text.segment import split_sentences

# -- the author's first-person bio under the byline -------------------------------------------------------------

BIO_ARTICLE_MIN_PARAGRAPHS = 2  # paragraphs of running text above the byline: an article, not a profile page
BIO_FIRST_PERSON_SHARE = 0.5  # of the bio's sentences, at least this share in the first person singular
ARTICLE_FIRST_PERSON_MAX_SHARE = 0.1  # of the article's sentences (quotes removed): more is a column in its voice
BIO_MAX_WORDS = 200  # a bio is a box, and shorter than the article above it: longer is a column under an intro
_FIRST_PERSON = re.compile(r"\b(ik|mij|mijn|me)\b", re.IGNORECASE)
_OPENS_FIRST_PERSON = re.compile(r"^\s*(ik|mijn)\b", re.IGNORECASE)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^”“]*[”“]|‘[^’]*’(?!\w)|'[^']*'(?!\w)|«[^»]*»")
_BIO_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING)
# what an author's bio tells of the writer's trade or training ("Ik schrijf sinds …", "Ik studeerde …", "Ik heb mij
# gespecialiseerd in …"): an interviewee's account in the first person under a credit line tells none (review37)
_WRITERS_WORDS = re.compile(
    r"\b(schrijf|schreef|studeerde|gespecialiseerd|journalist\w*|redacteur|redactie|columnist|auteur|blogger"
    r"|blog|nieuws|ervaring|werk(te)? (ik )?(als|bij))\b",
    re.IGNORECASE,
)


def first_person_bios(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the first-person paragraphs below the article's closing byline, to the text's end, as "author"."""
    out = list(blocks)
    byline = next((i for i in range(len(out) - 1, -1, -1) if out[i].kind is BlockKind.BYLINE), None)
    if byline is None:
        return out
    bio = [i for i in range(byline + 1, len(out)) if out[i].kind is not BlockKind.SITE_TEXT]
    if not bio or any(out[i].kind not in _BIO_KINDS for i in bio):
        return out
    if not _OPENS_FIRST_PERSON.match(out[bio[0]].text) or not any(_WRITERS_WORDS.search(out[i].text) for i in bio):
        return out
    above = [b for b in out[:byline] if running_text(b)]
    words = sum(patterns.word_count(out[i].text) for i in bio)
    if len(above) < BIO_ARTICLE_MIN_PARAGRAPHS or words > min(BIO_MAX_WORDS, sum(_words(b) for b in above)):
        return out
    sentences = [s for i in bio for s in split_sentences(out[i].text)]
    if _first_person_share(sentences, unquoted=False) < BIO_FIRST_PERSON_SHARE:
        return out
    article = [s for b in above for s in split_sentences(b.text)]
    if _first_person_share(article, unquoted=True) > ARTICLE_FIRST_PERSON_MAX_SHARE:
        return out
    for i in bio:
        out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="author")
    return out


def _words(block: Block) -> int:
    return patterns.word_count(block.text)


def _first_person_share(sentences: Sequence[str], *, unquoted: bool) -> float:
    """The share of the sentences with a first-person-singular pronoun (outside quotes when `unquoted`)."""
    if not sentences:
        return 0.0
    found = sum(1 for s in sentences if _FIRST_PERSON.search(_QUOTED.sub(" ", s) if unquoted else s))
    return found / len(sentences)


# -- other stories' cards, each under its date-and-time stamp ----------------------------------------------------

STAMPED_CARD_MIN_ITEMS = 2
STAMPED_CARD_MIN_DAYS = 2  # the stamps name this many different days at least
STAMP_ARTICLE_MIN_PARAGRAPHS = 2  # paragraphs of running text above the first card: the article
_STAMP = re.compile(
    rf"^\s*(?:(?:{'|'.join(WEEKDAYS)})\s*,?\s*)?(?P<day>\d{{1,2}})\s+(?P<month>{'|'.join(MONTHS)})\s*"
    r"(?:'\d{2}|\d{4})?\s*[,·|-]?\s*\(?\s*\d{1,2}[:.]\d{2}\s*(?:uur)?\s*\)?\s*$",
    re.IGNORECASE,
)
_STAMP_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.DATELINE, BlockKind.LEDE)
_TITLE_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.LEDE)
_STANDFIRST_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING)


def stamped_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside, as "teaser", a run of stamped cards that fills the text's end (see the module's docstring)."""
    out = list(blocks)
    end = len(out)
    while end and out[end - 1].kind is BlockKind.SITE_TEXT:
        end -= 1
    if any(b.kind is BlockKind.LIVEBLOG for b in out):
        return out
    for first in (i for i in range(end) if _stamp(out[i])):
        if sum(1 for b in out[:first] if running_text(b)) < STAMP_ARTICLE_MIN_PARAGRAPHS:
            continue
        days = _card_days(out, first, end)
        if days is not None and len(days) >= STAMPED_CARD_MIN_DAYS:
            return out[:first] + [b if b.kind is BlockKind.SITE_TEXT else _teaser(b) for b in out[first:]]
    return out


def _card_days(blocks: Sequence[Block], first: int, end: int) -> set[tuple[int, int]] | None:
    """The days (month, day) stamped on the cards that fill blocks[first:end], at least STAMPED_CARD_MIN_ITEMS of
    them, newest first (an article's own timeline runs oldest first); None if they do not."""
    days: list[tuple[int, int]] = []
    index = first
    while index < end:
        match = _STAMP.match(blocks[index].text) if _stamp(blocks[index]) else None
        if match is None or index + 1 >= end or not _title(blocks[index + 1]):
            return None
        days.append((MONTHS.index(match["month"].casefold()), int(match["day"])))
        index += 2
        if index < end and not _stamp(blocks[index]) and blocks[index].kind in _STANDFIRST_KINDS:
            index += 1  # its standfirst (the last one may be cut off mid-sentence)
    newest_first = all(a >= b for a, b in zip(days, days[1:]))
    return set(days) if len(days) >= STAMPED_CARD_MIN_ITEMS and newest_first else None


def _stamp(block: Block) -> bool:
    return block.kind in _STAMP_KINDS and bool(_STAMP.match(block.text))


def _title(block: Block) -> bool:
    return block.kind in _TITLE_KINDS and title_shaped(block.text)


def _teaser(block: Block) -> Block:
    return Block(BlockKind.SITE_TEXT, block.text, reason="teaser")


# -- a consent dialog at the text's end, under its own heading ---------------------------------------------------

DIALOG_MIN_CONSENT_BLOCKS = 2  # blocks under the heading set aside as "consent" already (the dialog's notices)
DIALOG_ARTICLE_MIN_PARAGRAPHS = 2  # running text above the heading: the article the dialog is shown over
DIALOG_HEADING_MAX_WORDS = 8
# the dialog's heading: the site says it uses cookies ("<Site> maakt gebruik van cookies", "Wij gebruiken cookies"),
# or the dialog's name alone ("Cookie-instellingen", "Privacyvoorkeuren")
_DIALOG_HEADING = re.compile(
    r"^((\S+ ){0,3}(maakt|maken) (ook )?gebruik van (\w+ ){0,2}cookies|(\S+ ){0,3}(gebruikt|gebruiken|plaatst|plaatsen)"
    r" (\w+ ){0,2}cookies|(cookie|privacy)-?(instellingen|voorkeuren|melding))\s*[.!]?$",
    re.IGNORECASE,
)
# what a dialog's own paragraphs speak of (the rest under the heading is set aside as "consent" already)
_DIALOG_WORDS = re.compile(
    r"\b(cookies?|advertenties?|adverteerders?|toestemming|gegevens|data|privacy|tracking|derde partijen|instellingen)\b",
    re.IGNORECASE,
)


def cookie_dialogs(blocks: Sequence[Block]) -> list[Block]:
    """A consent dialog's heading after the article, and everything below it to the text's end, when at least
    DIALOG_MIN_CONSENT_BLOCKS of its blocks are consent notices set aside already and each other paragraph of it
    speaks of cookies, ads, data or consent: the dialog whole, as "consent" (its notices alone were set aside)."""
    out = list(blocks)
    heading = next((i for i in range(len(out) - 1, -1, -1) if _dialog_heading(out[i])), None)
    if heading is None or sum(1 for b in out[:heading] if running_text(b)) < DIALOG_ARTICLE_MIN_PARAGRAPHS:
        return out
    below = out[heading + 1 :]
    if sum(1 for b in below if b.kind is BlockKind.SITE_TEXT and b.reason == "consent") < DIALOG_MIN_CONSENT_BLOCKS:
        return out
    kept = [b for b in below if b.kind is not BlockKind.SITE_TEXT]
    if any(b.kind not in _BIO_KINDS or not (_DIALOG_WORDS.search(b.text) or _short(b)) for b in kept):
        return out
    return out[:heading] + [b if b.kind is BlockKind.SITE_TEXT else _consent(b) for b in out[heading:]]


def _dialog_heading(block: Block) -> bool:
    """The dialog's heading, kept or set aside as "consent" already."""
    kind = block.kind in _BIO_KINDS or (block.kind is BlockKind.SITE_TEXT and block.reason == "consent")
    text = block.text.strip()
    return (
        kind
        and len(text.split(maxsplit=DIALOG_HEADING_MAX_WORDS)) <= DIALOG_HEADING_MAX_WORDS
        and bool(_DIALOG_HEADING.match(text))
    )


def _short(block: Block) -> bool:
    """A heading of the dialog (a purpose's name: "Functioneel", "Relevantere advertenties"), no sentence."""
    return (
        block.kind is BlockKind.SUBHEADING
        and len(block.text.split(maxsplit=DIALOG_HEADING_MAX_WORDS)) <= DIALOG_HEADING_MAX_WORDS
    )


def _consent(block: Block) -> Block:
    return Block(BlockKind.SITE_TEXT, block.text, reason="consent")
