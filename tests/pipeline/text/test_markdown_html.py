"""Raw HTML blocks in a Markdown article (review 23, #4 and #5): inline tags inside a wrapper, text
between elements and the tail of a top-level element are article text; no word of a block is lost
without being kept or set aside."""

from __future__ import annotations

import re

import pytest

from pipeline.document import BlockKind
from pipeline.text.markdown_source import html_pieces
from pipeline.text.read import parse_article

K = BlockKind
HEAD = "# Kop van het stuk\n\n"
CLOSE = "\n\nDit is de laatste gewone alinea van het artikel.\n"


def blocks(html: str) -> list[tuple[BlockKind, str | None, str]]:
    doc = parse_article(HEAD + html + CLOSE, source_name="a.md", source_format="md")
    return [(b.kind, b.reason, b.text) for b in doc.blocks]


def texts(html: str) -> list[str]:
    return [text for kind, _, text in blocks(html) if kind is not K.SITE_TEXT]


@pytest.mark.parametrize(
    ("html", "sentence"),
    [
        (
            '<div>De burgemeester van <a href="/x">Rotterdam</a> is dinsdag afgetreden na een lang debat.</div>',
            "De burgemeester van Rotterdam is dinsdag afgetreden na een lang debat.",
        ),
        (
            "<section>Het kabinet <em>moet</em> ingrijpen, zegt de Raad van State in een advies.</section>",
            "Het kabinet moet ingrijpen, zegt de Raad van State in een advies.",
        ),
        (
            "<div class='intro'><strong>AMSTERDAM</strong> - De politie heeft dinsdag een man aangehouden.</div>",
            "AMSTERDAM - De politie heeft dinsdag een man aangehouden.",
        ),
        (
            "<article>Het <span class='x'>water</span> <b>steeg</b> tot <i>twee</i> meter,<br>zei de"
            " <abbr title='t'>KNMI</abbr>-woordvoerder <time>dinsdag</time>.</article>",
            "Het water steeg tot twee meter, zei de KNMI-woordvoerder dinsdag.",
        ),
    ],
)
def test_a_wrapper_of_inline_text_is_one_paragraph(html: str, sentence: str) -> None:
    found = blocks(html)
    assert sentence in [text for kind, _, text in found if kind is not K.SITE_TEXT]
    assert not any(reason == "html" for _, reason, _ in found)  # no inline tag is set aside


def test_a_wrapper_with_block_children_keeps_its_own_text_and_the_tails() -> None:
    html = (
        "<div>Eerst de eigen tekst van het kader met een <em>woord</em> erin.\n"
        "<p>Dan een gewone alinea van het verhaal.</p>\n"
        "En daarna de staart van de <a href='/y'>alinea</a> zelf.\n"
        "<h3>Een tussenkop</h3>Tekst na de tussenkop gaat hier verder.</div>"
    )
    assert texts(html)[1:6] == [
        "Eerst de eigen tekst van het kader met een woord erin.",
        "Dan een gewone alinea van het verhaal.",
        "En daarna de staart van de alinea zelf.",
        "Een tussenkop",
        "Tekst na de tussenkop gaat hier verder.",
    ]


def test_the_tail_of_a_top_level_element_is_article_text() -> None:
    html = (
        "<p>De gemeente Utrecht wil meer woningen bouwen.</p>\n"
        "De wethouder zegt dat er 5000 huizen bij komen in de komende tien jaar."
    )
    assert texts(html)[1:3] == [
        "De gemeente Utrecht wil meer woningen bouwen.",
        "De wethouder zegt dat er 5000 huizen bij komen in de komende tien jaar.",
    ]


def test_what_worked_stays_images_scripts_and_empty_paragraphs() -> None:
    html = "<p><img src='a.jpg'></p>\n<p> </p>\n<script>trackPageView();</script>\n<p>Een zin van het stuk.</p>"
    image, script, paragraph = html_pieces(html)  # the empty paragraph is nothing
    assert (image.kind, image.reason, image.text) == (K.SITE_TEXT, "html", '<p><img src="a.jpg"></p>')
    assert (script.kind, script.reason, script.text) == (K.SITE_TEXT, "html", "<script>trackPageView();</script>")
    assert paragraph == ["Een zin van het stuk."]
    assert [reason for _, reason, _ in blocks(html)].count("html") == 2
    kinds = {
        kind for kind, _, _ in blocks("<h2>Tussenkop</h2>\n<blockquote>Een citaat.</blockquote>\n<ul><li>a</li></ul>")
    }
    assert {K.SUBHEADING, K.QUOTE, K.LIST} <= kinds


HTML_BLOCKS = [
    "<div><div class='a'>Buiten <div>binnen <p>diep in de boom</p> na de alinea</div> staart één</div>"
    " staart twee</div>\nen een regel na de wrapper",
    "<p>Zin met <a href='/z'>link</a>, <em>nadruk</em> en <strong>vet</strong>.</p> losse staart",
    "<ul><li>eerste punt</li><li>tweede <b>punt</b></li></ul>\nna de lijst\n<ol><li>genummerd item</li></ol>",
    "<ul>los in de lijst<li>punt een</li> tussen de punten <li>punt twee</li>einde lijst</ul>",
    "<h2>Kop twee</h2>tekst onder kop\n<h4>Kop vier</h4>\n<blockquote>citaat van iemand</blockquote> na citaat",
    "<div>voor het script <script>var geheim = 'scriptwoord';</script> na het script"
    " <style>.stijlwoord { color: red }</style> na de stijl</div>",
    "<p>Alinea met <script>inlinescript()</script> midden in de zin.</p>",
    "<p><img src='foto.jpg' alt='alttekst'></p>\nonderschrift na het plaatje",
    "<section><figure><img src='x.jpg'><figcaption>bijschrift bij de foto</figcaption></figure>"
    " en verder <table><tr><td>celwoord</td></tr></table> slot</section>",
    "losse tekst vooraf <span>in een span</span><br>na de breuk <div>blokwoord</div> achteraf",
]


@pytest.mark.parametrize("html", HTML_BLOCKS)
def test_every_word_of_an_html_block_is_kept_or_set_aside(html: str) -> None:
    words = set(re.findall(r"\w+", re.sub(r"<[^>]*>", " ", html)))
    output = " ".join(text for _, _, text in blocks(html))
    assert sorted(w for w in words if not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", output)) == []


def test_a_script_inside_a_paragraph_is_listed_as_html() -> None:
    found = blocks("<p>Alinea met <script>inlinescript()</script> midden in de zin.</p>")
    assert (K.SITE_TEXT, "html", "<script>inlinescript()</script>") in found
    assert any(text == "Alinea met midden in de zin." for _, _, text in found)


def test_indented_html_of_a_cms_export_is_read_as_html_not_as_code() -> None:
    html = "    <p>De officier van Justitie was <em>duidelijk</em> over de uitspraak.</p>"
    assert "De officier van Justitie was duidelijk over de uitspraak." in texts(html)
    assert "if x < 3: y = 1" in texts("    if x < 3:\n        y = 1")  # code stays text as it was
