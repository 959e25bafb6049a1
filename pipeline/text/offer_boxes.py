"""A paywall's offer of subscriptions left in the text (issue 21, site36; pipeline.text.article calls this): the
page lists its plans, each a price alone on its line with its term on a line below it ("Doorlopend abonnement" /
"€ 9,00" / "per maand", "3 maanden" / "€ 27,00" / "per kwartaal"). OFFER_MIN_PRICES such price lines or more make
the box: from the first to the last, with the plans' short lines between them, and beyond them the box's sentences
about subscribing or logging in ("Maak hieronder je keuze voor het gewenste abonnement:", "Log hieronder in om dit
bericht volledig te lezen.") and the lines set aside already around it, all set aside as "promo". An article states a
price in a sentence or a list's item ("Basis: € 7,99 per maand"), not a price alone on a line and its term alone on
the next, plan after plan. Beyond the plans the box takes only short lines about subscribing: the reader addressed,
or a plan's terms in one short sentence, never the article's paragraph about a subscription's price; and it has a prompt to the reader to subscribe or log in (or
the paywall's notice set aside already): an article's price list introduced in its own voice has none (review37)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_lists import aside

OFFER_MIN_PRICES = 2
BOX_TEXT_MAX_WORDS = 30  # the box's sentences: an appeal, a login prompt
PLAN_TERMS_MAX_WORDS = 15  # a plan's terms in one sentence ("Het abonnement wordt elke maand verlengd.")
_BOX_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING)
_TO_READER = re.compile(r"\b(je|jij|jouw|u|uw|hieronder)\b", re.IGNORECASE)
OFFER_LINE_MAX_WORDS = 6  # a plan's name, its term, a tag ("Geen gedoe", "Maandelijks opzegbaar")
TERM_MAX_DISTANCE = 2
PLAN_HEAD_MAX_LINES = (
    2  # the first plan's name and its tag above its price  # the price's term right under it, or one line further
)
# a price alone: "€ 9,00", "€9", "9,95 euro", "EUR 108,00", "€ 4,50 per maand"
_PRICE = r"(?:(?:€|eur\b)\s*\d{1,4}(?:[.,](?:\d{2}|-))?|\d{1,4}(?:[.,](?:\d{2}|-))?\s*(?:€|euro|eur)\b)"
_TERM = r"(?:per|p\.|/)\s*(?:maand|mnd|kwartaal|jaar|week|jr|editie|nummer|m)\b\.?"
_PRICE_LINE = re.compile(rf"^\s*{_PRICE}\s*$", re.IGNORECASE)
_TERM_LINE = re.compile(rf"^\s*{_TERM}\s*$", re.IGNORECASE)
# a sentence of the box: about the subscription, the login or the payment
_OFFER_WORDS = re.compile(
    r"\b(\w*abonne\w*|inloggen|log (hieronder |hier |je |nu )?in|login|ingelogd|account|betaling"
    r"|betalen|proefperiode|lidmaatschap|word (nu )?lid)\b",
    re.IGNORECASE,
)


def offer_boxes(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a paywall's offer of plans with its prices and the box's sentences around them, as "promo"."""
    out = list(blocks)
    prices = [i for i, b in enumerate(out) if _price(b)]
    termed = [i for i in prices if _termed(out, i)]
    if len(termed) < OFFER_MIN_PRICES:
        return out
    first, last = prices[0], prices[-1]
    if not all(_plan_line(b) for b in out[first : last + 1]):
        return out
    head = first
    while head > 0 and first - head < PLAN_HEAD_MAX_LINES and _plan_head(out[head - 1]):
        head -= 1  # the first plan's name and tag above its price
    first = head
    while first > 0 and _box_line(out[first - 1]):
        first -= 1
    while last + 1 < len(out) and (_box_line(out[last + 1]) or _term_line(out[last + 1])):
        last += 1
    if not any(_prompt(b) for b in out[first : last + 1]):
        return out  # an article's list of prices: no prompt to subscribe or log in (review37)
    return out[:first] + [aside(b, "promo") for b in out[first : last + 1]] + out[last + 1 :]


def _prompt(block: Block) -> bool:
    """The box's prompt: about subscribing or logging in, to the reader ("Maak hieronder je keuze voor het gewenste
    abonnement:") or set aside already (the paywall's notice); an article's "Dit gaan de abonnementen kosten:" is none."""
    offer = bool(_OFFER_WORDS.search(block.text))
    return offer and (block.kind is BlockKind.SITE_TEXT or bool(_TO_READER.search(block.text)))


def _price(block: Block) -> bool:
    return block.kind is not BlockKind.SITE_TEXT and bool(_PRICE_LINE.match(block.text))


def _termed(blocks: Sequence[Block], index: int) -> bool:
    """The price's term on its own line right under it, or one line further ("€ 9,00" / "per maand")."""
    return any(_term_line(b) for b in blocks[index + 1 : index + 1 + TERM_MAX_DISTANCE])


def _term_line(block: Block) -> bool:
    return block.kind is not BlockKind.HEADLINE and bool(_TERM_LINE.match(block.text))


def _plan_line(block: Block) -> bool:
    """A line of the plans between the prices: short, or one of the box's, not the headline."""
    short = block.kind is not BlockKind.HEADLINE and patterns.word_count(block.text) <= OFFER_LINE_MAX_WORDS
    return short or _box_line(block)


def _plan_head(block: Block) -> bool:
    """A plan's name or tag above its price: a short line, no sentence ("Doorlopend abonnement", "Geen gedoe")."""
    short = patterns.word_count(block.text) <= OFFER_LINE_MAX_WORDS and not patterns.ends_sentence(block.text)
    return block.kind in _BOX_KINDS and short


def _box_line(block: Block) -> bool:
    """A line of the box around the plans: set aside already, or a short text about subscribing or logging in — to
    the reader ("je", "u", "hieronder") or a plan's terms in one short sentence — not the article's paragraph."""
    if block.kind is BlockKind.SITE_TEXT:
        return True
    words = patterns.word_count(block.text)
    if block.kind not in _BOX_KINDS or words > BOX_TEXT_MAX_WORDS or not _OFFER_WORDS.search(block.text):
        return False
    return words <= PLAN_TERMS_MAX_WORDS or bool(_TO_READER.search(block.text))
