"""Cards of a list whose standfirst is the same on every card (issue 21, site35): a programme's or a column's list
of episodes shows each under its own title with one fixed blurb ("Journaal 23 april" / "Elke werkdag het laatste
nieuws …", "Journaal 22 april" / "Elke werkdag het laatste nieuws …"). A paragraph printed word for word
REPEATED_CARD_MIN_COPIES times or more, each copy right under a title-shaped line of its own (or a line set aside
already), is that blurb: every copy is set aside as "repeated" and the title above it as "teaser". An article does not print a paragraph three
times; a song's refrain quoted three times sits under its verses, not under three different titles. The copies make a
list: between the first and the last only the cards' titles, blurbs and lines set aside already. The titles are
episodes': each names its date or number ("Journaal 23 april") — an article's list of places that share one sentence
("Bibliotheek Centrum" / "Open van maandag tot en met zaterdag …", three times) names no figure in its headings.

A page's cards with no blurb at all (site46, `repeated_endings`): in the text, after its running text began,
ENDING_RUN_MIN_LINES headings or more in a row with no text under any of them, that close on the same label after a
separator (":", "|", a dash; ENDING_MAX_WORDS words at most: "FC Twente-Willem II: samenvatting en reacties" /
"Feyenoord-VVV: samenvatting en reacties" / …), are the titles of a page's video or link cards, set aside as
"teaser"; the heading after them that closes otherwise heads the text below it and stays. An article's headings each
head their own text; a run of headings with nothing under them is no section, and one label joined to each is a
template's, not a writer's. Not such a run: a scorers' list ("Jan Sels (1 goal)": no separator before the shared
words), a playlist's or a bibliography's lines sharing a name ("… – Queen": a label opening with a capital, not all in
capitals, is a name), headings each with text under them, a run under a heading of its own (`_headed`: "Maandag:
zonnig" × 3 under "Het weer deze week").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns, text_ends
from pipeline.text.page_edges import title_shaped

REPEATED_CARD_MIN_COPIES = 3
REPEATED_CARD_MIN_WORDS = 8  # a blurb, not a label ("Lees meer", a rubric's name: pipeline.text.repeated_lines)
_BLURB_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
_TITLE_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.LEDE)
_FIGURE = re.compile(r"\d")  # an episode's date or number in its title
ENDING_RUN_MIN_LINES = 3
ENDING_MAX_WORDS = 4  # the label a template joins to each card's title
ENDING_SEPARATORS = (": ", " | ", " - ", " – ", " — ")
ENDING_SEPARATOR_CHARACTERS = "".join(dict.fromkeys("".join(ENDING_SEPARATORS)))  # ":|-–— " as written once


def repeated_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the blurbs shown on REPEATED_CARD_MIN_COPIES cards or more, and the cards' titles above them (the
    titles of cards with no blurb: `repeated_endings`, the pass before it)."""
    out = list(blocks)
    copies: defaultdict[str, list[int]] = defaultdict(list)
    for index, block in enumerate(out):
        text = " ".join(block.text.split())
        if block.kind in _BLURB_KINDS and patterns.word_count(text) >= REPEATED_CARD_MIN_WORDS:
            copies[text].append(index)
    repeated = {text for text, found in copies.items() if len(found) >= REPEATED_CARD_MIN_COPIES}
    for text in sorted(repeated, key=lambda t: copies[t][0]):  # in reading order
        found = copies[text]
        titles = [i - 1 for i in found if i > 0 and _card_title(blocks[i - 1])]  # as found before this rule
        between = out[found[0] : found[-1]]
        if len(titles) < len(found) or not all(_card_part(b, repeated) for b in between):
            continue
        if not all(out[i].kind is BlockKind.SITE_TEXT or _FIGURE.search(out[i].text) for i in titles):
            continue  # headings that name no date or number: the article's own list
        for title, blurb in zip(titles, found):
            if out[title].kind is not BlockKind.SITE_TEXT:
                out[title] = Block(BlockKind.SITE_TEXT, out[title].text, reason="teaser")
            out[blurb] = Block(BlockKind.SITE_TEXT, out[blurb].text, reason="repeated")
    return out


def _card_part(block: Block, repeated: set[str]) -> bool:
    """A block of the list: set aside already, a card's title or one of the blurbs shown on three cards or more — not
    the article's own text (its sections may each open with the same paragraph, never only that)."""
    return block.kind is BlockKind.SITE_TEXT or _title(block) or " ".join(block.text.split()) in repeated


def _card_title(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT or _title(block)


def _title(block: Block) -> bool:
    """A card's title: a title-shaped line, not a sentence, no other blurb."""
    return block.kind in _TITLE_KINDS and title_shaped(block.text) and not patterns.ends_sentence(block.text)


def repeated_endings(blocks: Sequence[Block]) -> list[Block]:
    """Set aside, after the running text began, each run of ENDING_RUN_MIN_LINES headings or more in a row (no text
    under them) that close on the same label after a separator (see the module docstring)."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if text_ends.running_text(b)), len(out))
    run: list[int] = []
    for index in range(begun + 1, len(out) + 1):
        block = out[index] if index < len(out) else None
        ending = _ending(block) if block is not None and block.kind is BlockKind.SUBHEADING else None
        if run and ending is not None and ending == _ending(out[run[-1]]):
            run.append(index)
            continue
        if len(run) >= ENDING_RUN_MIN_LINES and not _headed(out, run[0]):
            for line in run:
                out[line] = Block(BlockKind.SITE_TEXT, out[line].text, reason="teaser")
        run = [index] if ending is not None else []
    return out


def _headed(blocks: Sequence[Block], first: int) -> bool:
    """A heading of its own heads the run: the article's list ("Afgelastingen zaterdag" over "Staphorst - SVI:
    afgelast", "Genemuiden - Urk: afgelast", …; review46), not a page's cards, which follow the text they close."""
    before = next((b for b in reversed(blocks[:first]) if b.kind is not BlockKind.SITE_TEXT), None)
    return before is not None and before.kind is BlockKind.SUBHEADING


def _ending(block: Block) -> str | None:
    """A card title's label after its last separator, in lower case ("… : samenvatting en reacties", "… | video"):
    ENDING_MAX_WORDS words at most, the title's own words before it (None: a sentence, or no such label)."""
    text = " ".join(block.text.split())
    if patterns.ends_sentence(text) or not title_shaped(text):
        return None
    cut = max(text.rfind(separator) for separator in ENDING_SEPARATORS)
    if cut <= 0:
        return None
    ending = text[cut:].lstrip(ENDING_SEPARATOR_CHARACTERS)
    if not 1 <= patterns.word_count(ending) <= ENDING_MAX_WORDS or _named(ending):
        return None
    return ending.casefold()


def _named(label: str) -> bool:
    """A label opening with a capital, not all in capitals: a name the lines share ("… – Queen", "… – Herman Koch":
    a playlist's artist, a bibliography's author), the article's own list — a card's label is words in lower case
    ("samenvatting en reacties", "video") or in capitals ("VIDEO")."""
    return label[:1].isupper() and not label.isupper()
