"""HTML to a `Page`: trafilatura finds the article (and its metadata, dates via htmldate); its XML
output becomes blocks. Page chrome that survives extraction ("Lees ook", share prompts) is set aside
as site text by the rule table every input format shares (pipeline.text.site_rules; a caption is a
caption in a page as in a .txt). Pages that are not an article are refused with a one-line reason
(InputError): consent walls, JavaScript-only shells, pages without article text.
"""

from __future__ import annotations

import functools
import re

from pipeline.document import Block, BlockKind, SourceMeta
from pipeline.errors import InputError
from pipeline.text import patterns, sentence_reasons
from pipeline.text.caption_credits import caption_credits
from pipeline.text.segment import split_sentences
from pipeline.web.dates import published_time
from pipeline.web.htmlscan import Scan, scan_html
from pipeline.web.page import HEADING_KINDS, Page

ELEMENT_CHROME_MAX_WORDS = 25  # a page element this short that opens with site text is chrome as a whole
FALLBACK_MAX_TAGS = 20_000  # above this, trafilatura's fallback extractors (justext: quadratic) are skipped
MIN_ARTICLE_WORDS = 25  # below this, what trafilatura found is a caption or a teaser, not an article
_CONSENT_MARKERS = (
    "privacy gate",
    "privacy-gate",
    "myprivacy.dpgmedia",
    "cookiewall",
    "cookie wall",
    "consent.talpanetwork",
    "toestemming voor cookies",
)
CONSENT_MAX_WORDS = 150  # a consent wall says little; an article page with a consent script says more
_CONSENT_TITLE = re.compile(r"privacy gate|cookiewall|cookie wall|toestemming|cookies? (accepteren|instellingen)", re.I)


@functools.lru_cache(maxsize=1)
def extractor_name() -> str:
    from importlib.metadata import version

    return f"trafilatura {version('trafilatura')}"


def extract_page(
    html: str,
    *,
    name: str,
    url: str | None = None,
    fetched_at: str | None = None,
    encoding: str = "utf-8",
    warnings: tuple[str, ...] = (),
) -> Page:
    """Extract the article of one HTML page. Raises InputError when the page holds no article."""
    scan = refuse_non_article(html, name, saved=fetched_at is None)
    try:
        return _extract(html, scan, name, url, fetched_at, encoding, warnings)
    except RecursionError:
        raise InputError(f"{name}: HTML nested too deeply to read — not an article page") from None


def _extract(html, scan: Scan, name, url, fetched_at, encoding, warnings) -> Page:
    xml = article_xml(html, url, fast=scan.tags > FALLBACK_MAX_TAGS)
    if xml is None:
        raise InputError(f"{name}: no article text found on the page — nothing to brief")
    from lxml import etree

    doc = etree.fromstring(xml.encode("utf-8"))
    tree = _html_tree(html)
    visible = _visible_text(tree)
    headline = _clean(doc.get("title")) or None
    meta = SourceMeta(
        url=url or _clean(doc.get("url")) or None,
        headline=headline,
        author=re.sub(r"^(door|by)\s+", "", _clean(doc.get("author")), flags=re.I) or None,
        published=published_time(tree, visible) or _clean(doc.get("date")) or None,
        outlet=_clean(doc.get("sitename")) or _clean(doc.get("hostname")) or None,
        language=_page_language(tree),
        fetched_at=fetched_at,
        extractor=extractor_name(),
    )
    blocks = blocks_from_xml(doc, headline, _clean(doc.get("description")))
    blocks = with_lede(blocks, _clean(doc.get("description")), visible)
    page = Page(meta, blocks, name, encoding, warnings)
    if (words := page.word_count()) < MIN_ARTICLE_WORDS:
        raise InputError(
            f"{name}: only {words} word{'' if words == 1 else 's'} of article text found (a teaser, a video or a page "
            "that loads its text by JavaScript) — nothing to brief"
        )
    return page


def article_xml(html: str, url: str | None, *, fast: bool) -> str | None:
    """trafilatura's XML of the article and its metadata: what trafilatura.extract(output_format="xml",
    with_metadata=True, favor_precision=True, no comments, images or links) returns, without the simhash
    fingerprint extract adds to it — nothing reads it, and it cost seconds on a page of 300,000 words (one
    64-item list per word: tests.hostile_web_corpus' many-words-one-line)."""
    from trafilatura import bare_extraction
    from trafilatura.core import determine_returnstring
    from trafilatura.settings import Document, Extractor

    options = Extractor(
        output_format="xml", url=url, with_metadata=True, comments=False, tables=True, images=False, links=False,
        precision=True, fast=fast,
    )  # fmt: skip
    document = bare_extraction(html, options=options, as_dict=False)
    return determine_returnstring(document, options) if isinstance(document, Document) else None


def refuse_non_article(html: str, name: str, *, saved: bool = False) -> Scan:
    """Consent walls and JavaScript-only shells, recognised before any extraction (one linear scan,
    pipeline.web.htmlscan). A consent marker alone is not enough (article pages load consent scripts
    too): the page must also be short of text, or say in its title that it is a consent page.
    `saved`: the page is a file saved from a browser, whose advice is to save it again once the
    article shows (a fetched page's: to save it from a browser)."""
    scan = scan_html(html)
    advice = "— save the article from a browser and brief the .html file"
    if saved:
        advice = "— open the article in a browser, let it show (accept or close the dialog) and save it again"
    consent_title = bool(_CONSENT_TITLE.search(scan.title))
    if consent_title or (scan.words < CONSENT_MAX_WORDS and any(m in html.lower() for m in _CONSENT_MARKERS)):
        raise InputError(f"{name}: a cookie/consent wall (e.g. DPG Media's Privacy Gate), not the article {advice}")
    if scan.js_shell and scan.words < MIN_ARTICLE_WORDS:
        if saved:  # no dialog to close: the page's script writes the article once the browser has run it
            advice = "— open the article in a browser, wait until its text shows and save it again"
        raise InputError(f"{name}: a JavaScript-only page (no article text in its HTML) {advice}")
    return scan


def blocks_from_xml(doc, headline: str | None, description: str) -> tuple[Block, ...]:
    """trafilatura's <main> as blocks: head → subheading, p → paragraph (the first one a lede when
    it is the page's description), list → list, quote → quote, table → table rows; chrome set aside."""
    blocks: list[Block] = [Block(BlockKind.HEADLINE, headline)] if headline else []
    main = doc.find("main")
    in_navigation = False
    for element in main if main is not None else ():
        text = _clean("".join(element.itertext()))
        if not text or (headline and text == headline):
            continue
        if element.tag == "head":
            in_navigation = patterns.is_teaser_marker(text)
        items = tuple(t for t in (_clean("".join(i.itertext())) for i in element.iter("item")) if t)
        if in_navigation:
            blocks.append(Block(BlockKind.SITE_TEXT, " / ".join(items) or text, reason="teaser"))
            continue
        if element.tag == "list":
            blocks.append(Block(BlockKind.LIST, "\n".join(items), items=items))
            continue
        if element.tag == "table":
            rows = [" | ".join(_clean("".join(c.itertext())) for c in row.iter("cell")) for row in element.iter("row")]
            blocks += [Block(BlockKind.TABLE, row) for row in rows if row.strip(" |")]
            continue
        blocks.append(_classified(element.tag, text, description, first=not _has_body(blocks)))
    return tuple(caption_credits(blocks))  # a caption's credit as in a .txt (conventions37)


def with_lede(blocks: tuple[Block, ...], description: str, visible: str) -> tuple[Block, ...]:
    """Put back an intro the extractor missed: the page's description, when the page shows it as
    text (not only in a meta tag), it is whole (no "…") and the body does not already contain it."""
    if not description or description.endswith(("...", "…")) or description not in visible:
        return blocks
    body = " ".join(b.text for b in blocks if b.kind is not BlockKind.SITE_TEXT)
    if description in body or any(_same_start(b.text, description) for b in blocks):
        return blocks
    at = 1 if blocks and blocks[0].kind is BlockKind.HEADLINE else 0
    return (*blocks[:at], Block(BlockKind.LEDE, description), *blocks[at:])


def _visible_text(tree) -> str:
    if tree is None:
        return ""
    return _clean(" ".join(_visible_texts()(tree)))


@functools.cache
def _visible_texts():
    """The body's text nodes outside scripts and styles, as plain strings (lxml's default "smart" strings each
    keep a link to their element: 100,000 of them on a page of 100,000 tags)."""
    from lxml import etree

    return etree.XPath("//body//text()[not(ancestor::script) and not(ancestor::style)]", smart_strings=False)


def _classified(tag: str, text: str, description: str, *, first: bool) -> Block:
    """A block by its tag; captions and credits by the text rules every format shares (site text is
    set aside afterwards by pipeline.text.article, with the same rule table as for .txt and .md)."""
    if reason := _site_reason(text):
        return Block(BlockKind.SITE_TEXT, text, reason=reason)
    if patterns.is_caption(text):
        return Block(BlockKind.CAPTION, text)
    if tag == "head":
        return Block(BlockKind.SUBHEADING, text)
    if tag == "quote":
        return Block(BlockKind.QUOTE, text)
    if first and description and _same_start(text, description):
        return Block(BlockKind.LEDE, text)
    return Block(BlockKind.PARAGRAPH, text)


def _site_reason(text: str) -> str | None:
    """Why a page element is site text, by the rule table every format shares: the element as a line,
    or — a short element being one piece of page chrome — the first of its sentences."""
    if reason := patterns.site_line_reason(text):
        return reason
    if patterns.word_count(text) > ELEMENT_CHROME_MAX_WORDS:
        return None
    first = split_sentences(text)[:1]
    return sentence_reasons.site_sentence_reason(first[0]) if first else None


def _has_body(blocks: list[Block]) -> bool:
    return any(b.kind not in HEADING_KINDS and b.kind is not BlockKind.SITE_TEXT for b in blocks)


def _same_start(text: str, description: str) -> bool:
    a, b = text.lower().split()[:8], description.lower().split()[:8]
    return bool(a) and a == b


def _clean(value: str | None) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


def _html_tree(html: str):
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):  # lxml's ParserError is a SyntaxError
        return None


def _page_language(tree) -> str | None:
    if tree is None:
        return None
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for meta in tree.iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language" or meta.get("property") == "og:locale":
                lang = meta.get("content")
                break
    return lang.strip().replace("_", "-") if lang else None
