"""Round 7 (issue 21: pipeline.text.html_text's HTML body after a plain title, graphic rows and credit lines;
pipeline.text.pointer_sentences' link and widget pointers): each rule on an example written here, and next to
it article text of a similar shape that stays."""

from __future__ import annotations

import time

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, kept
from tests.pipeline.text.site_helpers import joined as _text

INTRO = "De nieuwe brug over de IJssel bij Zwolle is vrijdagmiddag officieel geopend door de burgemeester."


def test_a_body_of_wrapped_paragraphs_after_a_plain_title_is_read_as_html() -> None:
    found = article(_text(TITLE, INTRO, f"<p>{BODY}</p>", "<p><b>Verkeer</b></p>", f"<p>{BODY}</p>"))
    texts = [b.text for b in found.blocks]
    assert BODY in texts and "<p>" not in " ".join(texts)
    assert (K.SUBHEADING, "Verkeer") in [(b.kind, b.text) for b in found.blocks]


def test_one_wrapped_chunk_or_a_mention_of_a_tag_stays_plain_text() -> None:
    line = "Wie <p> typt in een bericht, ziet het als tekst."  # not wrapped, no closing tag
    assert line in kept(_text(TITLE, INTRO, line))
    single = f"<p>{BODY}</p>"  # one wrapped chunk and no fragment: too little to call the body HTML
    assert single in kept(_text(TITLE, INTRO, single))


def test_an_emphasised_credit_line_is_set_aside_and_the_paragraph_after_it_kept() -> None:
    chunk = f"<p><em>Foto: Anna de Vries, Stadsfoto</em><br />\n<br />\n{BODY}<br />\n<br />\n{BODY}</p>"
    found = aside(_text(TITLE, INTRO, chunk, f"<p>{BODY}</p>"))
    assert ("credit", "Foto: Anna de Vries, Stadsfoto") in found
    assert BODY in kept(_text(TITLE, INTRO, chunk, f"<p>{BODY}</p>"))


def test_an_emphasised_caption_or_sentence_stays() -> None:
    caption = "Foto: de oude houten brug in 1950, toen er nog een tolhuis aan de oever stond en veerboten voeren"
    chunk = f"<p><em>{caption}</em><br />\n<br />\n{BODY}</p>"
    assert not [a for a in aside(_text(TITLE, INTRO, chunk, f"<p>{BODY}</p>")) if a[0] == "credit"]
    label = f"<p><i>Update<br />\n{BODY}</i><br />\n<br />\n{BODY}</p>"  # a label inside the element stays
    assert "Update" in kept(_text(TITLE, INTRO, label, f"<p>{BODY}</p>"))


def test_a_row_of_private_use_glyphs_is_set_aside_as_graphic() -> None:
    row = '<span class="c">' + "&#xF02c;" * 30 + "</span>"
    chunk = f'<span class="t"> {TITLE} </span>\n{row}\n<span class="b"> {BODY} </span>'
    found = article(chunk)
    assert [(b.reason, len(b.text)) for b in found.blocks if b.kind is K.SITE_TEXT] == [("graphic", 30)]
    assert BODY in kept(chunk)


def test_a_line_with_a_private_use_glyph_among_words_stays() -> None:
    chunk = f'<span class="t"> {TITLE} </span>\n<span class="b"> \uf02c {BODY} </span>\n<span>{BODY}</span>'
    assert not [b for b in article(chunk).blocks if b.reason == "graphic"]


def test_sentences_that_point_at_a_lost_link_are_set_aside_with_their_question() -> None:
    line = (
        f"{BODY} Wil de provincie ook meebetalen? Dat is nog niet duidelijk. Benieuwd naar de plannen voor de oever? "
        "Dat kan je in dit artikel ontdekken. De brug kostte 12 miljoen euro. "
        "Lees meer over de oude veerpont in dit artikel. Het verkeer rijdt vanaf maandag over de brug."
    )
    found = aside(_text(TITLE, INTRO, line))
    assert ("link", "Benieuwd naar de plannen voor de oever? Dat kan je in dit artikel ontdekken.") in found
    assert ("link", "Lees meer over de oude veerpont in dit artikel.") in found
    assert "Wil de provincie ook meebetalen? Dat is nog niet duidelijk." in kept(_text(TITLE, INTRO, line))


def test_article_sentences_about_an_article_or_here_stay() -> None:
    line = (
        f"{BODY} De krant schreef in dit artikel over de brug. Jij bent hier welkom, zegt de burgemeester. "
        "In dit artikel lees je hoe de brug werd gebouwd, en waarom het zo lang duurde voor de eerste auto "
        "erover reed. 'Lees het maar in dit artikel', zei de wethouder. Bewoners kunnen hier terecht."
    )
    assert not aside(_text(TITLE, INTRO, line))


def test_a_closing_pointer_at_the_pages_contact_widgets_is_set_aside() -> None:
    last = (
        "Heeft u iets gezien of gehoord? Dan komen wij graag in contact met u via een van de onderstaande "
        "mogelijkheden."
    )
    found = aside(_text(TITLE, INTRO, BODY, last))
    assert found == [("contact", "Dan komen wij graag in contact met u via een van de onderstaande mogelijkheden.")]
    assert "Heeft u iets gezien of gehoord?" in kept(_text(TITLE, INTRO, BODY, last))  # the appeal is news


def test_a_generic_question_goes_with_the_widget_pointer() -> None:
    last = "Weet u meer? Dan komen we graag in contact met u via de onderstaande mogelijkheden."
    assert aside(_text(TITLE, INTRO, BODY, last)) == [("contact", last)]


def test_a_widget_pointer_with_a_phone_number_or_in_the_middle_stays() -> None:
    last = "Heeft u iets gezien? Neem dan contact op via 0900-1234 of laat uw gegevens achter onder dit formulier."
    assert not [a for a in aside(_text(TITLE, INTRO, BODY, last)) if a[0] == "contact"]
    middle = "Bewoners konden reageren via het onderstaande formulier van de gemeente, en dat deden er veel."
    assert not aside(_text(TITLE, INTRO, middle, BODY, MORE))


def test_the_new_rules_stay_linear_on_big_inputs() -> None:
    started = time.perf_counter()
    article(_text(TITLE, INTRO, "Lees meer in dit artikel. " * 4000))
    article(_text(TITLE, INTRO, "<p><em>Foto: A</em><br /><br />" * 4000 + "</p>", f"<p>{BODY}</p>"))
    article(_text(TITLE, INTRO, ("<span>" + "&#xF02c;" * 20 + "</span>\n<span>woord</span>\n") * 3000))
    assert time.perf_counter() - started < 60


def test_a_short_masthead_over_a_graphic_row_is_set_aside_and_the_title_found() -> None:
    row = "<span>" + "&#xF02c;" * 30 + "</span>"
    page = _text(
        f'<span class="g"> Stadskrant</span><span> <a href="#7">7</a> </span>\n{row}\n<span class="t"> {TITLE} </span>',
        f"<span> {BODY} </span>\n<span> {BODY} </span>",
    )
    found = article(page)
    assert ("masthead", "Stadskrant 7") in [(b.reason, b.text) for b in found.blocks]
    assert found.meta.headline == TITLE


def test_a_first_line_of_running_text_over_a_graphic_row_stays() -> None:
    row = "<span>" + "&#xF02c;" * 30 + "</span>"
    page = _text(f"<span> {BODY} </span>\n{row}\n<span> {TITLE} </span>", f"<span> {BODY} </span>")
    assert not [b for b in article(page).blocks if b.reason == "masthead"]
    title_only = _text(f"<span> {TITLE} </span>\n{row}", f"<span> {BODY} </span>\n<span>{BODY}</span>")
    assert not [b for b in article(title_only).blocks if b.reason == "masthead"]


def test_an_imperative_ending_on_a_bare_address_is_a_link() -> None:
    pointer = "Kijk voor meer informatie over de nieuwe brug op https://www.example.org/brug"
    assert ("link", pointer) in aside(_text(TITLE, INTRO, BODY, pointer, BODY))


def test_an_imperative_ending_on_a_host_and_path_is_a_link_even_at_a_paragraphs_end() -> None:
    pointer = "Bekijk het hele programma van de opening op stadskrant.nl/brug."
    assert ("link", pointer) in aside(_text(TITLE, INTRO, BODY, pointer, BODY))
    paragraph = f"{BODY} {pointer}"  # the pointer closing a paragraph is cut off it; the paragraph stays
    assert ("link", pointer) in aside(_text(TITLE, INTRO, paragraph, BODY))
    assert BODY in kept(_text(TITLE, INTRO, paragraph, BODY))


def test_a_bare_host_where_the_reader_is_sent_to_it_is_a_link_and_a_company_named_by_it_stays() -> None:
    for pointer in (
        "Kijk voor de dienstregeling tijdens de werkzaamheden op Stadskrant.nl.",
        "Lees het hele programma van de opening via stadskrant.nl.",
        "Ga voor de omleidingen naar stadskrant.nl.",
        "Zie ook stadskrant.nl.",
    ):
        assert ("link", pointer) in aside(_text(TITLE, INTRO, BODY, pointer, BODY)), pointer
    for line in ("Kijk maar naar de winst van Stadskrant.nl.", "Bezoek van de koning aan stadskrant.nl."):
        assert line in kept(_text(TITLE, INTRO, BODY, line, BODY)), line


def test_a_host_in_a_report_or_a_word_with_a_dot_stays() -> None:
    reported = "De gemeente zet het hele programma van de opening op stadskrant.nl/brug."
    no_host = "Zie de tekening van de brug op blz. 3."
    for line in (reported, no_host):
        assert not [a for a in aside(_text(TITLE, INTRO, BODY, line, BODY)) if a[0] == "link"], line


def test_an_address_in_a_report_or_a_quote_stays() -> None:
    reported = "De gemeente zet de plannen voor de brug op https://www.example.org/brug"
    quoted = "'Kijk maar op www.example.org', zegt de wethouder."
    middle = "Kijk voor de plannen op https://www.example.org/brug en kom naar de inloopavond in het stadhuis."
    for line in (reported, quoted, middle):
        assert not [a for a in aside(_text(TITLE, INTRO, BODY, line, BODY)) if a[0] == "link"], line


def test_a_photo_credit_glued_to_a_paragraphs_end_is_set_aside() -> None:
    # running text of a paragraph's length (read as a caption because of its credit) loses the credit
    paragraph = f"{BODY} {BODY} De brug werd vrijdag door honderden fietsers in gebruik genomen. Foto: Stadskrant"
    assert ("credit", "Foto: Stadskrant") in aside(_text(TITLE, INTRO, paragraph, BODY))
    assert BODY in kept(_text(TITLE, INTRO, paragraph, BODY))


def test_a_captions_own_credit_goes_and_a_photo_sentence_stays() -> None:
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): a short caption's credit is site text too, its words stay
    caption = "De wethouder bij de nieuwe brug. Foto: Stadskrant"
    assert ("credit", "Foto: Stadskrant") in aside(_text(TITLE, INTRO, BODY, caption, BODY))
    assert "De wethouder bij de nieuwe brug." in kept(_text(TITLE, INTRO, BODY, caption, BODY))
    sentence = f"{BODY} Foto: de oude brug in 1950."  # lower case: a caption's text, not a name
    assert not [a for a in aside(_text(TITLE, INTRO, BODY, sentence, BODY)) if a[0] == "credit"], sentence


def test_a_related_articles_card_glued_between_sentences_is_a_teaser() -> None:
    card = 'Stadsradio Bruggen Dorp reageert lauwtjes op de plannen: "Wij willen geen tol betalen" 13:31'
    line = f"{BODY} Veel bewoners zijn tegen de tol. {card} De wethouder wil de tol toch invoeren. {BODY}"
    assert ("teaser", card) in aside(_text(TITLE, INTRO, line))
    assert "De wethouder wil de tol toch invoeren." in kept(_text(TITLE, INTRO, line))


def test_times_in_article_sentences_and_timestamped_streams_stay() -> None:
    sentences = (
        f"{BODY} De eerste auto reed over de brug om 13:31 Nederlandse tijd. Het was 13:31 Daarna volgde de rest. "
        "Volgens de dienstregeling vertrekt de laatste bus naar Zwolle vandaag 23:12 Daarna rijden er taxi's."
    )
    assert not aside(_text(TITLE, INTRO, sentences))
    stream = " ".join(
        f'Nieuws uit de stad: "Bericht nummer {n} over de brug" 12:{n:02d} Volgend bericht.' for n in range(9)
    )
    assert not [a for a in aside(_text(TITLE, INTRO, BODY, stream)) if a[0] == "teaser"]


def test_glued_cards_stay_linear_on_big_inputs() -> None:
    started = time.perf_counter()
    article(
        _text(TITLE, INTRO, ('Zin hier. Label Titel: "Kop" 13:31 Volgende zin loopt door. ' + "woord " * 80) * 2000)
    )
    article(_text(TITLE, INTRO, "12:30 Aa " * 50_000))
    assert time.perf_counter() - started < 60


def test_here_in_a_sentence_of_the_article_or_a_place_in_this_article_stays() -> None:
    line = (
        f"{BODY} Kom je als fietser uitgerekend hier terecht. De foto's van de opening zie je onderaan dit artikel. "
        "Dan kan u hier terecht."
    )
    assert aside(_text(TITLE, INTRO, line)) == [("link", "Dan kan u hier terecht.")]


def test_a_here_pointer_between_two_article_sentences_stays_and_one_closing_its_paragraph_is_set_aside() -> None:
    # blind40: the pointer inside the paragraph belongs to the text around it; at the paragraph's end it is the
    # page's link (page_voice_rules.HERE_YOU_CAN)
    inside = (
        "De fietsersbond diende vorige week een bezwaarschrift in. U kunt het bezwaarschrift hier nalezen. "
        "De gemeente moet binnen zes weken antwoorden."
    )
    assert "U kunt het bezwaarschrift hier nalezen." in kept(_text(TITLE, INTRO, inside, MORE))
    closing = "De burgemeester sprak bij de opening. Je kunt haar toespraak hier terugkijken."
    assert ("link", "Je kunt haar toespraak hier terugkijken.") in aside(_text(TITLE, INTRO, closing, MORE))
