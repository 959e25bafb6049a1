"""The headline, chosen from blocks whose site text is set aside already (pipeline.text.article).

headline    the given one, else the first heading of the text that is not a caption, credit,
            dateline, site text or a kicker ("In het kort:"; a "| <caption>." line above it is a caption,
            pipeline.text.bar_captions) — or a tagline naming nothing of the text, a
            series' label (pipeline.text.title_words) — with a real headline after it; none below the
            text's own introduction (a round-up's frame: its headings are the items', pipeline.text.lede_openings);
            never a logo, a menu, a button, the site's promo, a place line ("Genk/Bilzen") or a liveblog's latest
            entry under its signature (pipeline.text.entry_titles), and none in a round-up of photo items
            (pipeline.text.untitled_shapes: a scraper that dropped the title gives no headline, not a wrong one)
            nor in a questionnaire's answers under topic headings (pipeline.text.answered_items);
            a byline run into its line is cut from it (pipeline.text.signed_titles)
lede,       chosen after the headline: pipeline.text.lede_meta
metadata
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import card_rules, line_kind_rules, opening_rules, patterns, title_rules
from pipeline.text.alt_copies import alt_text_above
from pipeline.text.answered_items import answered_items
from pipeline.text.bar_captions import bar_caption
from pipeline.text.bulletin_items import bulletin_items
from pipeline.text.caption_titles import caption_title
from pipeline.text.card_titles import card_titles
from pipeline.text.credited_captions import credited_captions
from pipeline.text.date_lines import programme_title
from pipeline.text.entry_titles import (
    entry_header,
    entry_on_top,
    place_datelines,
    places_aside,
    signed_entries,
)
from pipeline.text.excerpt_titles import excerpt_title
from pipeline.text.headline_like import headline_like
from pipeline.text.lead_in_titles import lead_in_title
from pipeline.text.lede_openings import intro_first
from pipeline.text.letter_titles import glyph_cut, letter_title
from pipeline.text.letters_pages import letters_page
from pipeline.text.opening_titles import opening_title
from pipeline.text.page_edges import running_text
from pipeline.text.page_order_titles import announced_title, echoed_title, print_title, sidebar_title
from pipeline.text.quoted_titles import capitals_title, dated_labels, genre_label, quoted_title
from pipeline.text.refused_titles import refused_headline, refused_title
from pipeline.text.signed_titles import signed_headline
from pipeline.text.title_frames import framed_headline
from pipeline.text.title_line import tagged
from pipeline.text.title_shapes import (
    PASSED_OVER,
    affixed_copy,
    doubled_caption,
    echoed_by_lede,
    lone_item,
    name_above,
    names_outlet,
    printed_twice,
    signed_title,
    title_above_echo,
    title_after_opening,
    title_below_text,
)
from pipeline.text.title_words import label_above, lower_not_title, named_over_short
from pipeline.text.untitled_lines import untitled_line
from pipeline.text.untitled_marks import salutation
from pipeline.text.untitled_shapes import (
    caps_items,
    crumb_label,
    date_strip,
    dated_title,
    logo_header,
    menu_list,
    not_a_title,
    photo_roundup,
)

HEADLINE_MAX_WORDS = opening_rules.HEADLINE_MAX_WORDS
BREADCRUMB = re.compile(title_rules.BREADCRUMB)
DATE_OPENING = re.compile(title_rules.DATE_OPENING, re.IGNORECASE)
DATE_LINE = re.compile(title_rules.DATE_LINE, re.IGNORECASE)
STAR_RATED = re.compile(card_rules.STAR_RATED)
GENRE_WORD = re.compile(line_kind_rules.GENRE_KICKER, re.IGNORECASE)  # 'Liveblog', 'Column', 'Video' …
KICKER_MAX_WORDS = 2  # a line this short above another heading is its label


def choose_headline(blocks: Sequence[Block], given: str | None = None) -> list[Block]:
    """Promote the headline (see the module docstring; a given one not in the text put first; title_frames)."""
    if not given:  # "| <caption>.", "… (foto: X)": captions; "Hasselt -": the lede's dateline (entry_titles)
        blocks = place_datelines(credited_captions(bar_caption(card_titles(alt_text_above(blocks)))))
    chosen = places_aside(_promoted(list(blocks), given))  # "Genk/Bilzen": a paper's filing label (entry_titles)
    return chosen if given else refused_headline(signed_headline(framed_headline(caption_title(chosen))))  # glued


def _promoted(blocks: list[Block], given: str | None) -> list[Block]:
    if any(b.kind is BlockKind.HEADLINE for b in blocks):
        return blocks
    if not given and (title := programme_title(blocks)) is not None:  # "Omroep Zuid Nieuws, 11 juli 2024"
        blocks[title] = Block(BlockKind.HEADLINE, blocks[title].text)  # a programme's title holding its date
        return blocks
    if not given and blocks and blocks[0].reason == "untitled":
        return blocks  # an archive's placeholder for a page without a title (pipeline.text.export_edges)
    if not given and intro_first(blocks):
        return blocks  # the article's own introduction first: the headings below are its items' (lede_openings)
    if not given and (
        photo_roundup(blocks) or bulletin_items(blocks) or answered_items(blocks) or letters_page(blocks)
    ):
        return blocks  # a round-up of photo items (untitled_shapes), a bulletin's (site40), answers, letters
    chosen = _chosen(blocks, given)
    if (
        given
        or any(b.kind is BlockKind.HEADLINE for b in chosen)
        or (title := lead_in_title(blocks)) is None
        or untitled_line(blocks, title)
        or entry_header(blocks, title)  # a liveblog's latest entry (entry_titles)
    ):
        return chosen
    chosen[title] = Block(BlockKind.HEADLINE, blocks[title].text)  # under a page's lead-in (lead_in_titles)
    return chosen


def _chosen(blocks: list[Block], given: str | None) -> list[Block]:
    if not given and (title := print_title(blocks)) is not None:
        blocks[title] = Block(BlockKind.HEADLINE, blocks[title].text)
        name = next(i for i in range(title + 1, len(blocks)) if blocks[i].kind is not BlockKind.SITE_TEXT)
        blocks[name] = Block(BlockKind.BYLINE, blocks[name].text)  # the author's name under it
        return blocks
    if not given and (title := sidebar_title(blocks)) is not None:  # under other stories' teasers, over its date
        blocks[title] = Block(BlockKind.HEADLINE, blocks[title].text)
        return blocks
    if not given and (echoed := echoed_title(blocks)) is not None:  # below a page's cards, its crumb repeating it
        index, tag, title = echoed
        label = [Block(BlockKind.SUBHEADING, f"{tag} |")] if tag else []  # "Amigoe |": the outlet's tag
        blocks[index : index + 1] = [*label, Block(BlockKind.HEADLINE, title)]
        return blocks
    candidates = _headline_candidates(blocks)
    if not given and not candidates and announced_title(blocks):
        blocks[0] = Block(BlockKind.HEADLINE, blocks[0].text)
        return blocks
    if not given and not candidates:
        if (title := title_below_text(blocks)) is None:  # a page whose body came before its header
            title = title_after_opening(blocks)  # below a page's slogan or promo lines
        if title is None:
            title = excerpt_title(blocks)  # an aggregator's post: one sentence over a quoted excerpt (excerpt_titles)
        if title is None and (title := letter_title(blocks)) is not None:
            return glyph_cut(blocks, title)  # a letter's title over its salutation (letter_titles)
        if title is not None:
            blocks[title] = Block(BlockKind.HEADLINE, blocks[title].text)
            return blocks
    crumb = _breadcrumb_candidates(blocks)
    if not given and crumb and (not candidates or candidates[0] < crumb[0]):
        candidates = crumb  # a page's menus above: the title is below its breadcrumb
    if not given:  # a logo, a glued menu, the site's promo: none is the title (untitled_shapes)
        candidates = [i for i in candidates if not (not_a_title(blocks, i) or untitled_line(blocks, i))]
        if (copy := affixed_copy(blocks, candidates)) is not None:  # "Tertio 1045 - Met ambitie" over its title
            for label in candidates[: candidates.index(copy)]:
                blocks[label] = Block(BlockKind.SUBHEADING, blocks[label].text)
            candidates = candidates[candidates.index(copy) :]
        if (dated := dated_title(blocks, candidates)) is not None:  # labels above it; an author's name under it
            candidates = dated_labels(blocks, candidates, dated)
        if (entry := entry_on_top(blocks, candidates, _kicker)) is not None:
            return signed_entries(blocks, entry)  # a liveblog's latest entry under its signature (entry_titles)
    if given:
        if (match := next((i for i in candidates if patterns.same_line(blocks[i].text, given)), None)) is None:
            return [Block(BlockKind.HEADLINE, given), *blocks]
        candidates = [match]
    elif (title := _title_below_menu(blocks, candidates)) is not None:
        blocks[title : title + 1] = tagged(BlockKind.HEADLINE, blocks[title].text)  # "… (gesloten)": a status tag
        return blocks
    for position, index in enumerate(candidates):
        following = blocks[candidates[position + 1]].text if position + 1 < len(candidates) else None
        text = blocks[index].text
        if following is not None and (
            (_kicker(text) or genre_label(text))
            and not following[:1].islower()  # a title over its subtitle in lower case ("Apache" / "in gesprek met …")
            and not (position == 0 and printed_twice(blocks, index))  # its copy right under it: the page's title
            and not caps_items(blocks, index)  # a digest's title over its items' headings in capitals
            and not signed_title(blocks, index, candidates[position + 1])  # its byline under it: the title
            and not (position == 0 and lower_not_title(blocks, index, candidates[1]))  # a rubric's word, a quote
            and not (position == 0 and named_over_short(blocks, index, candidates[1]))  # one word over a deck
            or crumb_label(text)
            or name_above(text, following)
            or names_outlet(text)
            or echoed_by_lede(blocks, candidates[-1])
            and not title_above_echo(text, blocks[candidates[-1]].text)
            or label_above(blocks, candidates, position)
        ):
            blocks[index] = Block(BlockKind.SUBHEADING, blocks[index].text)  # a label above the real headline
            continue
        if not given and following is None and GENRE_WORD.match(text.strip()) and patterns.word_count(text) == 1:
            # a genre's word alone, no title under it: a label (conv52)
            blocks[index] = Block(BlockKind.SUBHEADING, text)
            continue
        if not given and (refused := refused_title(blocks, index)):  # a given title is the page's own (metadata)
            blocks[index] = Block(refused, text)  # a stamp, a credit, a label, a question: no title (refused_titles)
            continue
        if following is not None and position == 0 and doubled_caption(blocks, index, candidates[1]):
            blocks[index] = Block(BlockKind.CAPTION, text)  # a photo's alt text and caption above the title
            continue
        opened = position == 0 and opening_title(blocks, index)
        stopped = opened or quoted_title(blocks, index, candidates[:position], _kicker)
        if blocks[index].kind is BlockKind.PARAGRAPH and not (headline_like(blocks[index]) or stopped):
            break  # a kicker-like paragraph with no headline after it is text
        blocks[index] = Block(BlockKind.HEADLINE, blocks[index].text)
        break
    return blocks


def _title_below_menu(blocks: Sequence[Block], candidates: Sequence[int]) -> int | None:
    """A whole page's run of headings before the text (a menu, a breadcrumb, then the title): the title is the
    run's last heading of a title's length that the page shows twice (a breadcrumb's copy above it) — or, shown
    once, its last heading of a title's length; the menu's lines set aside already count to the run, and without
    any of them a run of headings is no menu (a title over a summary of points); the items of a list a heading
    announces ("Afgesloten wegen:") are no title. A shorter run: only a heading shown twice (else None: the first
    heading is the title)."""
    titled = [
        i
        for i in candidates
        if patterns.word_count(blocks[i].text) >= title_rules.MENU_TITLE_MIN_WORDS
        and blocks[i].text[:1] not in title_rules.MENU_SEPARATORS
        and (blocks[i].kind is not BlockKind.PARAGRAPH or headline_like(blocks[i]))
    ]
    listed = [i for i in candidates if blocks[i].text.rstrip().endswith(":")]  # "Afgesloten wegen:" over its items
    if listed and sum(1 for i in candidates if i > listed[0]) >= title_rules.ANNOUNCED_LIST_MIN_ITEMS:
        titled = [i for i in titled if i < listed[0]]
    seen = [" ".join(blocks[i].text.casefold().split()) for i in titled]
    twice = [i for n, i in enumerate(titled) if seen[n] in seen[:n]]
    if not candidates:
        return None
    menu = sum(1 for b in blocks[: candidates[-1]] if b.kind is BlockKind.SITE_TEXT and b.reason == "navigation")
    if twice or menu and len(candidates) + menu >= title_rules.MENU_RUN_MIN_HEADINGS:  # its lines set aside count
        return (twice or titled or [None])[-1]
    return None


def _breadcrumb_candidates(blocks: Sequence[Block]) -> list[int]:
    """The headings right below a page's breadcrumb ("Home » Buitenland") when running text follows them: the
    first breadcrumb that has a title and the article's text below it."""
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.SITE_TEXT or not BREADCRUMB.search(block.text):
            continue
        below = [index + 1 + i for i in _headline_candidates(blocks[index + 1 :])]
        after = next((b for b in blocks[below[-1] + 1 :] if b.kind not in PASSED_OVER), None) if below else None
        if after is not None and running_text(after):
            return below
    return []


def _kicker(text: str) -> bool:
    """A label above a headline: a kicker pattern, or a line of one or two words (not a review's title closed by
    its star rating, card_rules.STAR_RATED)."""
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]  # "Cultuur & Media": two words
    return patterns.is_kicker(text) or (len(words) <= KICKER_MAX_WORDS and not STAR_RATED.search(text.rstrip()))


def _headline_candidates(blocks: Sequence[Block]) -> list[int]:
    """Indexes of the headings before the running text starts."""
    found: list[int] = []
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.SITE_TEXT and salutation(block.text):
            break  # "Beste dorpsgenoten,", "Beste lezer": a letter's salutation, running text starts here
        if not found and block.kind is BlockKind.CAPTION and opening_title(blocks, index):
            found.append(index)  # "Video: zware crash in Indycar-race": a title label read as a caption
            continue
        if found and capitals_title(blocks, index, found, _kicker):
            found.append(index)  # "KABINET EN TATA STEEL TEKENEN …" set aside under a label (quoted_titles)
            continue
        if block.kind in PASSED_OVER or DATE_OPENING.match(block.text) and not patterns.ends_sentence(block.text):
            continue  # "maandag 21 augustus 2023 Kinepolis Antwerpen": a date with a place or a name, no title
        if DATE_LINE.match(block.text.strip()):
            continue  # "Uitgave vrijdag 12 augustus": an edition's date stamp
        if block.kind is BlockKind.LIST and found and index - 1 == found[-1] and _kicker(blocks[found[-1]].text):
            continue  # a kicker's box: "In het kort:" and its points, above the headline
        if not found and (menu_list(block) or date_strip(block) or lone_item(block)) or logo_header(blocks, index):
            continue  # "• Sport • Cultuur", "• zaterdag 7 maart 2026 • …", "Logo Joop": a menu, a date, a logo; a lone item (a caption)
        if (
            block.kind is BlockKind.SUBHEADING
            or headline_like(block)
            or block.kind is BlockKind.PARAGRAPH
            and patterns.is_kicker(block.text)
            or not found
            and opening_title(blocks, index)
            or found
            and quoted_title(blocks, index, found, _kicker)  # ‘…’ under a label: a quotation as the title
        ):
            found.append(index)
        else:
            break
    return found
