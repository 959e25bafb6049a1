"""Blocks + metadata to an `Article`, the same for every input format (.txt, .md, HTML, feeds).

site text   line level (a block that is navigation, a banner, a promo…), span level (a menu,
            a story list, an embed's placeholder inside a line whose breaks a scraper lost:
            pipeline.text.spans), sentence level (a cookie notice glued to the last paragraph),
            the teasers after "Meer uit …", short lines repeated on the page, lines found by their place
            on the page (pipeline.text.page_edges: the first line, the tail), and — given a
            `templates` step — the outlet's own template lines; set aside with a reason, never
            dropped (`keep_all`: nothing is set aside)
headline,   chosen after the site text is set aside: pipeline.text.headline
lede, metadata
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.document import Article, ArticleMeta, Block, BlockKind
from pipeline.errors import InputError
from pipeline.text import gate_tails, patterns
from pipeline.text.announced import announced_lines
from pipeline.text.attachments import attachment_headers
from pipeline.text.byline_bios import byline_bios
from pipeline.text.closing_cards import cut_blurb_cards, stamped_titles
from pipeline.text.closing_shapes import cookie_dialogs, first_person_bios, stamped_cards
from pipeline.text.crumb_lists import listed_crumbs, tail_crumbs
from pipeline.text.date_lines import set_aside_date_lines
from pipeline.text.dated_cards import aged_cards, dated_cards, timed_cards
from pipeline.text.dialogs import consent_dialogs
from pipeline.text.disclosure_tails import disclosure_tails
from pipeline.text.doubled_cards import doubled_boxes, doubled_titles
from pipeline.text.export_edges import export_furniture
from pipeline.text.feed_echo import feed_echoes
from pipeline.text.flat_title import flat_title
from pipeline.text.foreign_boxes import foreign_boxes
from pipeline.text.gallery import gallery_numbers
from pipeline.text.glued_edges import (
    agency_credits,
    glued_cards,
    link_prompts,
    row_dates,
    source_stamps,
)
from pipeline.text.glued_labels import bracket_tags
from pipeline.text.header_boxes import crumb_headers, menu_heads, named_author_boxes
from pipeline.text.headline import choose_headline
from pipeline.text.icon_names import article_items
from pipeline.text.index_pages import index_items
from pipeline.text.lede_meta import article_meta, mark_lede
from pipeline.text.liveblog_pointers import liveblog_pointers
from pipeline.text.offer_boxes import offer_boxes
from pipeline.text.opening_stamps import stamp_before_text
from pipeline.text.outlet_notes import outlet_notes
from pipeline.text.page_body import echoed_intertitle
from pipeline.text.page_dump import page_furniture
from pipeline.text.page_edges import (
    above_breadcrumb,
    cut_spans,
    edge_labels,
    menu_items,
    opening_label,
    tail_lines,
    tail_stamps,
    widget_leads,
    widget_titles,
)
from pipeline.text.page_header import page_headers
from pipeline.text.page_lines import inline_addresses, subject_addresses
from pipeline.text.page_sections import (
    bylined_stories,
    comment_sections,
    posted_items,
    schedules,
    stamped_comments,
    stamped_stories,
)
from pipeline.text.paragraph_copies import paragraph_copies
from pipeline.text.press_exports import press_exports
from pipeline.text.print_edges import contact_notes, print_furniture
from pipeline.text.print_next import next_articles
from pipeline.text.prose_guard import kept_prose
from pipeline.text.reference_lines import closing_pointer, continued_tail, header_widgets, one_line_lists, print_titles
from pipeline.text.repeated_cards import repeated_cards, repeated_endings
from pipeline.text.repeated_lines import (
    credited_copies,
    credited_titles,
    cut_title_copies,
    repeated_lines,
    section_headings,
)
from pipeline.text.signatures import initials_bylines
from pipeline.text.site_directory import boxed_openings, site_directory
from pipeline.text.site_name_tails import site_name_tail
from pipeline.text.site_sentences import split_site_sentences
from pipeline.text.spans import site_spans
from pipeline.text.tail_titles import other_items
from pipeline.text.teasers import aged_items, dated_titles, picture_cards, teaser_prefixes, teasers
from pipeline.text.title_copies import running_heads, tail_cards, title_copies
from pipeline.text.title_labels import labels_below_title
from pipeline.text.title_line import split_title_line
from pipeline.text.truncated_lists import truncated_lists
from pipeline.text.unrelated import unrelated_above
from pipeline.text.web_edges import author_bios, author_boxes, embedded_posts, tail_boxes, verb_bios
from pipeline.text.web_tails import date_menus, question_leads, split_widgets, web_chrome

_SITE_CHECKED = {BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.HEADLINE, BlockKind.LEDE, BlockKind.CAPTION}


def article_from_blocks(
    blocks: Sequence[Block],
    *,
    source_name: str,
    text: str,
    meta: ArticleMeta | None = None,
    source_date: str | None = None,
    encoding: str = "utf-8",
    warnings: tuple[str, ...] = (),
    source_format: str = "txt",
    keep_all: bool = False,
    label: str | None = None,
    templates: Callable[[list[Block]], list[Block]] | None = None,
) -> Article:
    """The article of `blocks` (in reading order). Raises InputError when there is no text. `templates`: sets aside
    the outlet's template lines (pipeline.text.templates, e.g. `functools.partial(detector.set_aside, outlet=…,
    article=…, day=…)`), after the rules and before the headline is chosen; not called with `keep_all`."""
    patterns.forget_lines()  # the line caches hold one article's lines at a time: memory bounded by one article
    found = [b for b in blocks if b.text.strip() or b.time]
    if not found:
        raise InputError(f"{label or source_name}: the file has no text — pass a non-empty article")
    meta = meta or ArticleMeta()
    if meta.headline and not keep_all and (tail := site_name_tail(meta.headline.strip(), meta.outlet)):
        meta = replace(meta, headline=meta.headline.strip()[: -len(tail)].strip())  # a page title's "… - NU.nl"
    found = [_kept(b) for b in found] if keep_all else split_title_line(set_aside_site_text(found, text), meta.outlet)
    if templates is not None and not keep_all:
        found = templates(found)
    if not keep_all:
        found, guarded = kept_prose(found, label or source_name)
        warnings = (*warnings, *guarded)
    found = choose_headline(found if meta.headline else flat_title(found), meta.headline)
    found = mark_lede(found if keep_all else unrelated_above(labels_below_title(stamp_before_text(found), text)))
    found = found if keep_all else set_aside_date_lines(found, text)  # after every rule that reads a date line
    return Article(
        source_name=source_name,
        text=text,
        blocks=tuple(found),
        meta=article_meta(meta, found),
        source_date=source_date,
        encoding=encoding,
        warnings=warnings,
        source_format=source_format,
    )


def with_templates(article: Article, templates: Callable[[list[Block]], list[Block]]) -> Article:
    """An article read already, with its outlet's template lines set aside (pipeline.text.templates):
    the headline and lede chosen again if one of them was."""
    blocks = templates(list(article.blocks))
    if blocks == list(article.blocks):
        return article
    blocks, guarded = kept_prose(blocks, article.source_name)
    blocks = mark_lede(unrelated_above(labels_below_title(stamp_before_text(choose_headline(blocks)))))
    warnings = (*article.warnings, *guarded)
    return replace(article, blocks=tuple(blocks), meta=article_meta(article.meta, blocks), warnings=warnings)


def _kept(block: Block) -> Block:
    """`keep_all`: site text is read as article text."""
    if block.kind is not BlockKind.SITE_TEXT:
        return block
    kind = BlockKind.SUBHEADING if patterns.is_heading(block.text) else BlockKind.PARAGRAPH
    return Block(kind, block.text)


# -- site text -------------------------------------------------------------------------------


def set_aside_site_text(blocks: Sequence[Block], source: str) -> list[Block]:
    blocks = export_furniture(glued_cards(agency_credits(press_exports(blocks))), source)
    blocks = contact_notes(author_bios(tail_boxes(embedded_posts(page_headers(author_boxes(blocks))))))
    out: list[Block] = []
    texts = [i for i, b in enumerate(blocks) if b.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)]
    edges = {texts[0], texts[-1]} if texts else set()
    opening = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT), None)
    for index, block in enumerate(blocks):
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        for piece in opening_label(block, below) if index == opening else edge_labels(block):
            out.extend([piece] if echoed_intertitle(blocks, index) else _site_split(piece, edge=index in edges))
    # initials under the text: before the tail rules take the short line
    out = question_leads(initials_bylines(bracket_tags(out)))
    out = section_headings(
        dated_cards(
            dated_titles(aged_items(picture_cards(teasers(widget_leads(widget_titles(inline_addresses(out)))))))
        )
    )
    out = truncated_lists(
        date_menus(tail_cards(tail_crumbs(listed_crumbs(title_copies(running_heads(split_widgets(out)))))))
    )
    out = above_breadcrumb(menu_items(verb_bios(tail_lines(tail_stamps(consent_dialogs(repeated_lines(out)))))))
    out = cut_title_copies(credited_titles(credited_copies(out)))
    out = feed_echoes(
        page_furniture(
            link_prompts(source_stamps(row_dates(next_articles(print_furniture(doubled_boxes(out)))))), source
        )
    )
    out = stamped_comments(bylined_stories(posted_items(stamped_stories(comment_sections(liveblog_pointers(out))))))
    out = web_chrome(schedules(out))
    out = site_directory(subject_addresses(foreign_boxes(attachment_headers(other_items(gallery_numbers(out))))))
    out = one_line_lists(
        closing_pointer(continued_tail(print_titles(announced_lines(boxed_openings(aged_cards(timed_cards(out)))))))
    )
    out = repeated_cards(repeated_endings(cookie_dialogs(stamped_cards(first_person_bios(header_widgets(out))))))
    out = byline_bios(
        teaser_prefixes(paragraph_copies(offer_boxes(doubled_titles(stamped_titles(cut_blurb_cards(out))))))
    )
    out = article_items(outlet_notes(disclosure_tails(named_author_boxes(menu_heads(crumb_headers(out))))))
    return gate_tails.closing_boxes(index_items(out))  # index pages' later posts (site52), a paywall's boxes (site37)


def _site_split(block: Block, *, spans: bool = True, edge: bool = False) -> list[Block]:
    if block.kind not in _SITE_CHECKED:
        return [block]
    reason = patterns.site_line_reason(block.text)
    if reason:
        return [Block(BlockKind.SITE_TEXT, block.text, reason=reason)]
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING):
        return [block]
    if spans and (found := site_spans(block.text)):
        pieces = cut_spans(block, found)
        texts = [i for i, p in enumerate(pieces) if p.kind is not BlockKind.SITE_TEXT]
        ends = {texts[0], texts[-1]} if edge and texts else set()  # the edge paragraph's first and last pieces
        return [out for i, piece in enumerate(pieces) for out in _site_split(piece, spans=False, edge=i in ends)]
    return split_site_sentences(block, edge=edge)
