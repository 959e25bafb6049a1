"""Site text glued inside one long line by a scraper that joined a news page's elements with spaces (issue 21,
round site29b): each rule on an example written here, and next to it article text of a similar shape that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, headline, kept
from tests.pipeline.text.site_helpers import joined as _text


def test_a_page_header_with_a_relative_day_glued_before_the_first_words_is_set_aside() -> None:
    for header in (
        "Omroep Oost • gisteren, 09:12 • Bijgewerkt gisteren, 11:40",
        "Stadskrant | vandaag, 14:05",
        "zaterdag, 21:47",
    ):
        text = _text(TITLE, f"{header} {BODY} {MORE}")  # the scraper's one line
        assert ("header", header) in aside(text)
        assert headline(text) == TITLE
        assert BODY in kept(text)
    # a timeline's entry opening a paragraph stays: the time is the entry's ("Zaterdag, 14.30 uur: …")
    timeline = _text(TITLE, BODY, "Zaterdag, 14.30 uur: de eerste bezoekers lopen over de brug.", MORE)
    assert not [t for r, t in aside(timeline) if r == "header"]


def test_the_title_repeated_right_after_the_glued_header_is_set_aside() -> None:
    text = _text(TITLE, f"Omroep Oost • vandaag, 08:30 {TITLE}\n{BODY} {MORE}")
    assert ("title_copy", TITLE) in aside(text)
    assert BODY in kept(text)
    # the title's words opening a sentence without a header before them stay
    own = _text(TITLE, f"{TITLE} na twee jaar bouwen. {BODY}", MORE)
    assert f"{TITLE} na twee jaar bouwen." in kept(own)


def test_an_author_block_rendered_twice_keeps_one_copy_as_the_byline() -> None:
    author = "Sanne de Groot verslaggever Binnenland"
    text = _text(TITLE, f"Stadskrant • woensdag, 10:20 {author} {author} {BODY} {MORE}")
    blocks = article(text).blocks
    assert ("repeated", author) in aside(text)
    assert [b.text for b in blocks if b.kind is K.BYLINE] == [author]
    assert BODY in kept(text)
    # a sentence's words repeated for effect are no author block ("Nooit meer. Nooit meer.")
    echo = _text(TITLE, f"Nooit meer, nooit meer oorlog. {BODY}", MORE)
    assert not [t for r, t in aside(echo) if r == "repeated"]


def test_a_slideshows_buttons_glued_between_two_sentences_are_set_aside() -> None:
    text = _text(TITLE, f"{BODY} Previous slide Next slide {MORE}")
    assert ("interface", "Previous slide Next slide") in aside(text)
    assert BODY in kept(text) and MORE in kept(text)
    # the words inside a sentence stay: "de volgende dia" is what a speaker shows
    own = "De spreker klikte naar de volgende dia en zweeg even."
    assert own in kept(_text(TITLE, f"{BODY} {own} {MORE}"))


def test_a_pointer_ending_in_a_colon_at_an_embed_the_text_lacks_is_set_aside() -> None:
    # the embed's buttons right after it
    pointer = "Bekijk hier welke straten worden afgesloten:"
    text = _text(TITLE, f"{BODY} {pointer} Previous slide Next slide {MORE}")
    assert ("embed", f"{pointer} Previous slide Next slide") in aside(text)
    assert BODY in kept(text) and MORE in kept(text)
    # closing a whole page's text run together on one line, with the short question that leads to it
    page = " ".join([BODY, MORE] * 6)
    closing = "Waarom duurde de bouw zo lang? In onze tijdlijn laten we het je zien:"
    assert ("embed", closing) in aside(_text(TITLE, f"{page} {closing}"))
    # … or with only the video's title after it
    video = "Kijk hier het gesprek met de wethouder terug: Wethouder over de brug: 'Eindelijk klaar'"
    assert ("embed", video) in aside(_text(TITLE, f"{page} {video}"))
    # a paragraph of its own ending on the lead-in stays (its embed may be the next line)
    assert "Kijk hier het gesprek met de wethouder terug:" in kept(_text(TITLE, BODY, f"{MORE} {video}"))
    # a lead-in followed by the article's own sentences stays: what it announces is in the text
    told = "Bekijk hier wat de wethouder zei: de brug is veilig en klaar voor gebruik."
    assert "Bekijk hier wat de wethouder zei:" in kept(_text(TITLE, f"{BODY} {told} {MORE}"))
    listed = f"{BODY} Lees hier de drie wijzigingen: De brug krijgt een fietspad. De weg wordt smaller. {MORE}"
    assert "Lees hier de drie wijzigingen:" in kept(_text(TITLE, listed))


def test_a_copyright_credit_glued_between_a_caption_and_the_next_sentence_is_set_aside() -> None:
    caption = "De nieuwe brug bij zonsopgang."
    text = _text(TITLE, f"{BODY} {caption} © Dagblad Oost Fietsers kunnen er vanaf maandag over. {MORE}")
    assert ("credit", "© Dagblad Oost") in aside(text)
    assert caption in kept(text) and "Fietsers kunnen er vanaf maandag over." in kept(text)
    # closing a page's text on one line, an agency's photographer after a slash
    page = " ".join([BODY, MORE] * 6)
    closing = _text(TITLE, f"{page} {caption} © Persbureau Noord / Anna Smit")
    assert ("credit", "© Persbureau Noord / Anna Smit") in aside(closing)


def test_a_title_closing_a_whole_pages_text_on_one_line_is_an_embeds_and_set_aside() -> None:
    page = " ".join([BODY, MORE] * 6)
    title = "Nieuwe brug trekt duizenden fietsers naar de stad"
    assert ("teaser", title) in aside(_text(TITLE, f"{page} {title}"))
    # a caption's short sentence before the words (they are the caption's), a clause with commas, a short paragraph
    assert "Arme Jan. Ook al afgegleden tot brugwachter" in kept(
        _text(TITLE, f"{page} Arme Jan. Ook al afgegleden tot brugwachter")
    )
    clause = "Zoon van de wethouder, tevens raadslid, is daar heel blij mee"
    assert clause in kept(_text(TITLE, f"{page} {clause}"))
    assert title in kept(_text(TITLE, BODY, f"{MORE} {title}"))
