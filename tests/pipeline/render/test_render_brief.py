"""Stage 5: the brief renders as valid Markdown in which source text is inert."""

from __future__ import annotations

import time

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from pipeline.brief import english_title, segment_article
from pipeline.document import (
    Article,
    Block,
    BlockKind,
    Brief,
    ModelRef,
    Summary,
)
from pipeline.render.brief import LEFT_OUT_HEADING, render_brief
from pipeline.render.markdown import escape_markdown
from pipeline.translate import Translator
from tests.fakes import FakeEngine
from tests.pipeline.text.test_structure import FREE, LINES

HOSTILE = [
    "#Oekraïne is trending",
    "# Geen kop",
    "1. Eerste punt",
    "2) Tweede punt",
    "- lijstje",
    "+ plus",
    "* ster *nadruk*",
    "_onder_ __vet__",
    "a | b | c",
    "<script>alert(1)</script>",
    "[klik](javascript:alert(1))",
    "![beeld](http://x/y.png)",
    "---",
    "===",
    "> geciteerd",
    "`code` en ```fence```",
    "Kost $5 en $6 dollar",
    "AT&amp;T &copy; &#169;",
    "<http://voorbeeld.nl>",
    "~~doorgestreept~~",
    "regel met \\ backslash",
    "    ingesprongen code",
]

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
ALLOWED_BLOCKS = {
    "heading_open",
    "heading_close",
    "paragraph_open",
    "paragraph_close",
    "blockquote_open",
    "blockquote_close",
    "bullet_list_open",
    "bullet_list_close",
    "list_item_open",
    "list_item_close",
    "inline",
}
INLINE = {"text", "em_open", "em_close", "softbreak"}


def make_brief(
    paragraph_texts: list[str] | None = None,
    title: str = "Titel",
    summary: str = "Samenvatting.",
    blocks: list[Block] | None = None,
) -> Brief:
    """A brief of `blocks` (default: the first text a headline, the others paragraphs), translated
    by an engine that echoes its input, so English and Dutch read the same."""
    if blocks is None:
        texts = paragraph_texts or []
        blocks = [Block(BlockKind.HEADLINE if i == 0 else BlockKind.PARAGRAPH, t) for i, t in enumerate(texts)]
    article = Article(
        source_name="bron.txt",
        text="\n\n".join(b.text for b in blocks),
        blocks=tuple(blocks),
        source_date="2022-02",
    )
    echo = FakeEngine(max_input_tokens=512, transform=lambda text, options: text)
    translated, stats = Translator(echo).translate_article(segment_article(article))
    _, title_from = english_title(translated)
    return Brief(
        article=article,
        blocks=translated,
        summary=Summary(summary, 10),
        title_en=title,
        title_from=title_from,
        cache_key="k" * 64,
        content_hash="c" * 64,
        translator=ModelRef("tiny/marian", "abc"),
        summarizer=ModelRef("tiny/bart", None),
        settings={"translation": {"num_beams": None}},
        stats=stats,
        created_at="2026-01-01T00:00:00Z",
    )


def split_front_matter(markdown: str) -> tuple[dict, str]:
    assert markdown.startswith("---\n")
    head, body = markdown[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def assert_inert(body: str, texts: list[str]) -> None:
    tokens = PARSER.parse(body)
    assert {t.type for t in tokens} <= ALLOWED_BLOCKS, {t.type for t in tokens} - ALLOWED_BLOCKS
    rendered_text = []
    for token in tokens:
        if token.type == "inline":
            kinds = {child.type for child in token.children or []}
            assert kinds <= INLINE, kinds
            rendered_text.append("".join(c.content for c in token.children if c.type == "text"))
    joined = "\n".join(rendered_text)
    for text in texts:
        assert " ".join(text.split()) in joined


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_source_renders_as_text(text: str) -> None:
    markdown = render_brief(make_brief([text, text + " en meer", "Gewone zin."], title=text, summary=text))
    meta, body = split_front_matter(markdown)
    assert meta["title"] == text
    assert_inert(body, [text])


def test_front_matter_holds_the_metadata() -> None:
    meta, body = split_front_matter(render_brief(make_brief(["Kop", "Tekst."])))
    assert meta["format"] == "dutch-brief/5"
    assert meta["source_date"] == "2022-02" and meta["source_file"] == "bron.txt"
    assert meta["translator"] == {"model": "tiny/marian", "revision": "abc"}
    assert meta["sentences"] == 2 and meta["paragraphs"] == 2
    assert meta["cache_key"] == "k" * 64 and meta["content_hash"] == "sha256:" + "c" * 64
    assert body.lstrip().startswith("# Titel")


def test_layout_pairs_each_english_paragraph_with_its_dutch_source() -> None:
    markdown = render_brief(make_brief(["Kop", "Eerste alinea.", "Tweede alinea."]))
    _, body = split_front_matter(markdown)
    tokens = PARSER.parse(body)
    quotes = [i for i, t in enumerate(tokens) if t.type == "blockquote_open"]
    assert len(quotes) == 3
    for index in quotes[1:]:
        # the token before a quote closes the English paragraph above it
        assert tokens[index - 1].type == "paragraph_close"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=80))
def test_any_text_renders_inert(text: str) -> None:
    if not text.strip():
        return
    _, body = split_front_matter(render_brief(make_brief([text, "Zin."], title=text, summary=text)))
    tokens = PARSER.parse(body)
    assert {t.type for t in tokens} <= ALLOWED_BLOCKS
    for token in tokens:
        if token.type == "inline":
            assert {c.type for c in token.children or []} <= INLINE


def test_escape_keeps_plain_text_readable() -> None:
    assert escape_markdown("Het kabinet valt.") == "Het kabinet valt."
    assert escape_markdown("West-Oekraïne, 127.000 man") == "West-Oekraïne, 127.000 man"


def test_escape_takes_linear_time_on_a_long_dotted_token_and_still_escapes_addresses() -> None:
    # a regular expression searching for an e-mail address or a scheme tried every start of "a.a.a…" (quadratic)
    def seconds(size: int) -> float:
        text = "a." * (size // 2) + " a.b://c " + "b." * (size // 2) + "x@y.nl"
        start = time.perf_counter()
        escape_markdown(text)
        return time.perf_counter() - start

    small, big = min(seconds(100_000) for _ in range(3)), min(seconds(200_000) for _ in range(3))
    assert big < 4 * small + 0.05  # ~2x for 2x input; quadratic would be ~4x and seconds long
    assert escape_markdown("mail a.b@c.nl of zie http://x.nl") == "mail `a.b@c.nl` of zie http\\://x.nl"


# --- GitHub's renderer (cmark-gfm with its extensions): what readers of a brief on GitHub see ----

GITHUB_HOSTILE = HOSTILE + [
    "Lees meer op www.nos.nl of https://nos.nl/artikel/123",
    "Mail tips@nos.nl of bel",
    "Uitslag ronde #",
    "Kop met ## hekjes ##",
    "mailto:iemand@example.org",
    "| a | b |\n|---|---|\n| c | d |",
    "Tekst met \x7f en \x85 en \u2028 erin",
    ":fire: en :+1:",
]


def github_html(markdown: str) -> str:
    import cmarkgfm
    from cmarkgfm.cmark import Options

    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)


def visible_text(html: str) -> str:
    import html as html_lib
    import re

    return html_lib.unescape(re.sub(r"</?(p|code)>", "", html)).strip()


def assert_github_inert(text: str) -> None:
    import re

    html = github_html(escape_markdown(text))
    if not " ".join(text.split()):
        return
    assert re.fullmatch(r"<p>.*</p>\n", html, flags=re.S), html
    inner = html[3:-5]
    assert not re.search(r"<(?!/?code>)", inner), html  # no tag but code spans: no links, html, headings
    assert visible_text(html) == " ".join(text.split())


@pytest.mark.parametrize("text", GITHUB_HOSTILE, ids=range(len(GITHUB_HOSTILE)))
def test_github_renders_hostile_text_as_the_same_text(text: str) -> None:
    assert_github_inert(text)


@pytest.mark.parametrize("text", ["Uitslag ronde #", "Kop met ## hekjes ##", "# meer"])
def test_headings_keep_their_trailing_hashes(text: str) -> None:
    import re

    html = github_html("### " + escape_markdown(text))
    assert re.fullmatch(r"<h3>.*</h3>\n", html) and visible_text(re.sub(r"</?h3>", "", html)) == text


def test_a_byte_order_mark_opening_the_text_is_shown() -> None:
    # a renderer drops a BOM at the start of a document: the property test below found "\ufeff" rendered as nothing
    for text in ("\ufeff", "\ufeffTitel"):
        assert_github_inert(text)


def test_an_address_whose_domain_opens_with_a_dot_is_not_linked() -> None:
    # GitHub's autolink takes "0@.A" for an e-mail address; the property test below found it linked (stop 46)
    for text in ("0@.A", "schrijf naar redactie@.nl of bel", "a@.b.c"):
        assert_github_inert(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=80))
def test_any_text_survives_github_and_yaml(text: str) -> None:
    text = text.replace("\x00", "")  # CommonMark shows NUL as U+FFFD; the reader refuses NUL bytes anyway
    if not text.strip():
        return
    assert_github_inert(text)
    meta, _ = split_front_matter(render_brief(make_brief([text, "Zin."], title=text, summary=text)))
    assert meta["title"] == text


@pytest.mark.parametrize(
    "title",
    [
        "../../etc/passwd",
        "CON",
        "nul.txt",
        "a" * 500,
        "Één twee — drie!",
        "",
        "///",
        "COM1 AUX PRN",
        ". ..",
        "\u202eevil",
    ],
)
def test_output_file_names_are_safe(title: str, tmp_path) -> None:
    from pipeline.store.briefs import brief_path

    key = "ab" * 32
    path = brief_path(tmp_path, title, key)
    assert path.parent == tmp_path  # no traversal
    name = path.name
    assert name.endswith(f"-{key[:12]}.md") and len(name) <= 80
    assert all(ch.isascii() and (ch.isalnum() or ch in "-.") for ch in name)
    assert not name.startswith((".", "-"))


# --- structure: lists, captions, liveblog entries, quotes, bylines, set-aside site text ----------

STRUCTURED = [
    Block(BlockKind.HEADLINE, "Kabinet neemt maatregelen"),
    Block(BlockKind.BYLINE, "Door Jan de Vries"),
    Block(BlockKind.DATELINE, "01 maart 2019"),
    Block(BlockKind.LEDE, "Het kabinet grijpt in."),
    Block(BlockKind.CAPTION, "Minister Jansen (foto: ANP)"),
    Block(BlockKind.LIST, "- een\n- twee", items=("een maximumsnelheid;", "47. extra plekken")),
    Block(BlockKind.LIVEBLOG, "Premier spreekt", time="21.30"),
    Block(BlockKind.PARAGRAPH, "Hij zei iets."),
    Block(BlockKind.LIVEBLOG, "", time="21.45"),
    Block(BlockKind.QUOTE, "„Dit is onacceptabel.”"),
    Block(BlockKind.TABLE, "138. Gijs Brouwer - 450 punten"),
    Block(BlockKind.SITE_TEXT, "Meer uit Binnenland", reason="teaser"),
    Block(BlockKind.SITE_TEXT, "Wij gebruiken cookies.", reason="consent"),
]


def test_structure_renders_as_structure() -> None:
    meta, body = split_front_matter(render_brief(make_brief(blocks=STRUCTURED)))
    lines = body.splitlines()
    article = lines[lines.index("## Article") :]
    # the English list, then the Dutch list inside a block quote; a rank stays text
    english_list = article.index("- een maximumsnelheid;")
    assert article[english_list + 1] == "- 47\\. extra plekken"
    assert article[english_list + 3 : english_list + 5] == ["> - een maximumsnelheid;", "> - 47\\. extra plekken"]
    assert "*Minister Jansen (foto: ANP)*" in article and "> *Minister Jansen (foto: ANP)*" in article
    assert "### 21\\.30 — Premier spreekt" in article and "### 21\\.45" in article
    assert "> „Dit is onacceptabel.”" in article and "> > „Dit is onacceptabel.”" in article
    assert "138\\. Gijs Brouwer - 450 punten" in article
    # bylines and datelines in the byline line, not in the article
    byline = next(line for line in lines if line.startswith("_Door"))
    assert byline.startswith("_Door Jan de Vries · 01 maart 2019 · Machine-translated")
    assert not any("Jan de Vries" in line for line in article)
    # site text: listed last, never in the article or the summary input, and in the front matter
    left_out = lines.index(LEFT_OUT_HEADING)
    assert "Left out" in LEFT_OUT_HEADING and left_out > lines.index("## Article")
    assert lines[left_out:][-2:] == ["- Meer uit Binnenland _(teaser)_", "- Wij gebruiken cookies. _(consent)_"]
    assert not any("cookies" in line for line in lines[lines.index("## Article") : left_out])
    assert meta["set_aside"] == [
        {"text": "Meer uit Binnenland", "reason": "teaser"},
        {"text": "Wij gebruiken cookies.", "reason": "consent"},
    ]
    shown = [
        b for b in STRUCTURED if b.parts and b.kind not in (BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.SITE_TEXT)
    ]
    assert meta["paragraphs"] == len(shown)


def test_structure_renders_as_valid_inert_markdown() -> None:
    _, body = split_front_matter(render_brief(make_brief(blocks=STRUCTURED)))
    types = [t.type for t in PARSER.parse(body)]
    assert set(types) <= ALLOWED_BLOCKS
    assert types.count("bullet_list_open") == 3  # English list, Dutch list, the set-aside list


@pytest.mark.parametrize("kind", [k for k in BlockKind if k is not BlockKind.LIVEBLOG])
@pytest.mark.parametrize("text", HOSTILE[:12], ids=range(12))
def test_hostile_text_in_every_kind_of_block_stays_inert(kind: BlockKind, text: str) -> None:
    block = Block(kind, text, items=(text, text) if kind is BlockKind.LIST else (), reason="promo")
    _, body = split_front_matter(render_brief(make_brief(blocks=[Block(BlockKind.HEADLINE, "Kop"), block])))
    assert_inert(body, [text])


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(list(BlockKind)),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=60),
)
def test_any_text_in_any_block_renders_inert(kind: BlockKind, text: str) -> None:
    if not text.strip():
        return
    block = Block(kind, text, items=(text,) if kind is BlockKind.LIST else (), time=text, reason="promo")
    _, body = split_front_matter(render_brief(make_brief(blocks=[block])))
    tokens = PARSER.parse(body)
    assert {t.type for t in tokens} <= ALLOWED_BLOCKS
    for token in tokens:
        if token.type == "inline":
            assert {c.type for c in token.children or []} <= INLINE


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(LINES, FREE), min_size=1, max_size=10))
def test_every_block_of_any_line_structure_is_shown_or_listed(lines: list[str]) -> None:
    """Nothing lost, end to end: each block's Dutch is in the Article section, the byline line or
    the set-aside list (and the front matter)."""
    from pipeline.errors import InputError
    from pipeline.text.read import parse_article
    from tests.pipeline.test_brief import assert_shows_dutch, split_languages

    try:
        article = parse_article("\n".join(lines), source_name="a.txt")
    except InputError:
        return
    markdown = render_brief(make_brief(blocks=list(article.blocks)))
    meta, body = split_front_matter(markdown)
    parsed = []
    stack: list[str] = []
    for token in PARSER.parse(body):
        if token.type in ("blockquote_open", "heading_open"):
            stack.append("quote" if token.type == "blockquote_open" else token.tag)
        elif token.type in ("blockquote_close", "heading_close"):
            stack.pop()
        elif token.type == "inline":
            depth = stack.count("quote")
            kind = "quote" if depth == 1 else f"quote{depth}" if depth else (stack[-1] if stack else "p")
            parsed.append((kind, "".join(c.content for c in token.children if c.type == "text")))
    start = parsed.index(("h2", "Article")) + 2
    end = next((i for i, (k, t) in enumerate(parsed) if k == "h2" and "Left out" in t), len(parsed))
    _, dutch = split_languages(parsed[start:end])
    assert_shows_dutch(dutch, article, normalise=True)
    assert [a["text"] for a in meta["set_aside"]] == [b.text for b in article.set_aside]
    byline = next(text for kind, text in parsed if "Machine-translated" in text)
    for block in article.blocks:
        if block.kind in (BlockKind.BYLINE, BlockKind.DATELINE):
            assert " ".join(block.text.split()) in byline


def test_a_leading_byte_order_mark_reads_back_as_written() -> None:
    # final read, stop 46: the entity escape_markdown writes for a leading BOM must read back as the mark itself
    from pipeline.store.brief_files import unescape

    for text in ("\ufeffTitel", "\ufeff", "Titel &#xFEFF;", "a & b"):
        assert unescape(escape_markdown(text)) == text
