"""What keeps a short line closing the text from the page's tail (pipeline.text.page_edges.tail_lines): the line is
what the paragraph above announces with its colon (a song's verse, a list — every line of the run under it, older38),
or a numbered name completing the line above, or a sentence of the article written without its full stop ("Aanmelden
kan bij de imkerij", older38)."""

from __future__ import annotations

import re

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text import shape_rules as rules

# a sentence without its full stop: a subject of one word, then its finite verb ("Toegang is gratis", "Aanmelden kan
# bij de imkerij"), or of two words in a line of SAID_MIN_WORDS words ("De toegang is voor iedereen gratis"; a teaser's
# title cut off by the page is shorter: "Hertenkamp Lochem kan ver"); none naming the page ("Reacties zijn gesloten")
SAID_MIN_WORDS = 5
_SAID = re.compile(
    r"^(?-i:[A-ZÀ-Ý])[\w'-]*(?P<second> [\w'-]+)? (is|zijn|was|waren|wordt|worden|werd|werden|kan|kunnen|kon|konden|mag|mogen"
    r"|moet|moeten|heeft|hebben|had|hadden|gaat|gaan|ging|gingen|komt|komen|kwam|kwamen|staat|staan|stond|blijft"
    r"|blijven|bleef|begint|beginnen|duurt|kost|kosten|zal|zullen|wil|willen|zegt|zeggen|zei)\b",
    re.IGNORECASE,
)
_PAGE_WORDS = re.compile(
    r"\b(artikel|artikelen|bericht|reactie|reacties|reageren|video|pagina|site|website|nieuwsbrief|cookies?|advertentie"
    r"|gesponsord|partner|sponsor\w*|account|abonnement|lees|meer)\b",
    re.IGNORECASE,
)


def said(text: str) -> bool:
    """A sentence of the article closing the text without its full stop."""
    line = text.strip()
    said = _SAID.match(line)
    if said is None or names_the_page(line):
        return False
    words = patterns.word_count(line)
    return words >= 3 and (said.group("second") is None or words >= SAID_MIN_WORDS)


def names_the_page(text: str) -> bool:
    """The line names the page or its furniture ("Video niet langer beschikbaar", "Lees het hele artikel")."""
    return bool(_PAGE_WORDS.search(text))


def goes_on(block: Block) -> bool:
    """A line the number under it completes or answers: no sentence's end, a colon, a short question (review36)."""
    text = block.text.rstrip()
    asks = text.endswith("?") and patterns.word_count(text) <= rules.ANSWERED_QUESTION_MAX_WORDS
    return block.kind is not BlockKind.SITE_TEXT and (not patterns.ends_sentence(text) or text[-1:] == ":" or asks)


def announces(block: Block) -> bool:
    """An article paragraph ending in a colon, long enough to be a sentence: the line under it is what it announces."""
    text = block.text.rstrip()
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        and text.endswith(":")
        and patterns.word_count(text) >= rules.ANNOUNCING_MIN_WORDS
    )
