"""A .txt file whose chunk is an HTML fragment (pipeline.text.html_text): read as HTML, every word kept; plain
text that mentions "<" or a tag stays plain text. Examples written here."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import TITLE, K, article

FRAGMENT = (
    "De brug is dinsdag geopend door de burgemeester.<span> Dat meldt de gemeente "
    '(<a href="https://example.org/brug" target="_blank">Zwolle</a>) op haar site.</span>'
    "&nbsp;De bouw duurde <strong>drie jaar</strong> en kostte twaalf miljoen euro."
)


def test_an_html_fragment_in_a_txt_file_is_read_as_html_and_keeps_every_word() -> None:
    read = article(f"{TITLE}\n\n{FRAGMENT}\n")
    assert read.meta.headline == TITLE
    text = " ".join(b.text for b in read.blocks)
    assert "<" not in text and "&nbsp;" not in text
    for words in ("Dat meldt de gemeente (Zwolle) op haar site.", "De bouw duurde drie jaar en kostte twaalf miljoen"):
        assert words in text


def test_plain_text_that_mentions_a_tag_or_a_less_than_sign_stays_plain() -> None:
    body = (
        "Een alinea in HTML begint met <p> en de prijs bleef < 5 euro, zei de webbouwer. "
        "Voor vet schrijf je <b>, zegt ze erbij."
    )
    read = article(f"{TITLE}\n\n{body}\n")
    assert [b.text for b in read.blocks if b.kind is K.LEDE] == [body]


def _aside(text: str) -> list[tuple[str | None, str]]:
    return [(b.reason, b.text) for b in article(text).blocks if b.kind is K.SITE_TEXT]


def test_a_small_print_credit_and_a_closing_run_of_links_are_set_aside() -> None:
    chart = "<small><span>Zie de grafiek voor de cijfers. Bron: gemeente Zwolle - (c)Stadskrant</span></small>"
    links = 'Meer:&nbsp;<a href="https://example.org/1">Alles over de brug</a> | <a href="https://example.org/2">Verkeer in Zwolle</a>'
    found = _aside(f"{TITLE}\n\n{FRAGMENT}{chart}<span>De brug is vier meter breed.</span>{links}\n")
    assert ("credit", "Zie de grafiek voor de cijfers. Bron: gemeente Zwolle - (c)Stadskrant") in found
    assert ("link", "Meer: Alles over de brug | Verkeer in Zwolle") in found


def test_small_print_without_a_credit_and_links_inside_the_text_stay() -> None:
    small = "<small>Het bedrag is exclusief btw.</small>"
    inline = 'Lees het <a href="https://example.org/1">besluit</a> of het <a href="https://example.org/2">advies</a> van de raad zelf.'
    read = article(f"{TITLE}\n\n{FRAGMENT}{small}{inline}\n")
    assert not [b for b in read.blocks if b.kind is K.SITE_TEXT]
    assert "Het bedrag is exclusief btw." in " ".join(b.text for b in read.blocks)
