"""Site text by shape, round 9 of issue 21 (pipeline.text.title_rules): lists of other stories (stamped with their
age or a date, under a marker, after "Lees ook"), a menu's items, a page's menus above its breadcrumb, a widget's
lead and close, a programme's pointers, print and wire notices, interface stamps. Examples written here, next
to lines of a similar shape that stay the article's (the title line: test_site25_titles)."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, MORE, article, aside, joined


def test_a_programmes_pointer_to_listen_here_and_its_request_to_subscribe_are_set_aside() -> None:
    promo = (
        "De hele aflevering van Stadsgesprek kun je hier terugluisteren. Goed bevallen? Vergeet dan niet te abonneren!"
    )
    text = joined("Nieuwe brug over de IJssel geopend", BODY, promo)
    assert "Goed bevallen?" in " ".join(t for _, t in aside(text))
    assert {"link", "promo"} <= {r for r, _ in aside(text)}
    assert BODY.split(". ")[0] in " ".join(b.text for b in article(text).blocks if b.kind is not BlockKind.SITE_TEXT)


def test_a_place_to_watch_in_the_news_or_a_quoted_pointer_stays() -> None:
    for sentence in (
        "Bezoekers kunnen de tentoonstelling hier bekijken tot half maart.",  # no reader addressed
        "'Je kunt de beelden hier terugkijken', zegt de woordvoerder van de gemeente.",  # quoted
        "Vergeet niet dat de brug twaalf miljoen euro kostte, zegt de wethouder.",  # reported, nothing to subscribe
    ):
        text = joined("Nieuwe brug over de IJssel geopend", BODY, sentence)
        assert not aside(text), sentence


def test_a_long_or_questioning_title_after_read_also_is_a_teaser_and_the_heading_after_it_the_articles() -> None:
    more = "Onder de brug komt een fietstunnel. Die is in het voorjaar klaar, verwacht de provincie."
    for title in (
        "Waarom de nieuwe brug over de IJssel zoveel later klaar is dan gepland?",
        "Zo bouw je een brug over een rivier: ‘Wij hebben tien jaar gerekend aan elke pijler’",
    ):
        text = joined("Nieuwe brug over de IJssel geopend", BODY, f"Lees ook:\n{title}", "Fietstunnel", more)
        assert ("teaser", title) in aside(text), title
        assert "Fietstunnel" not in [t for _, t in aside(text)]  # a section's heading over running text
    # a sentence closed by a full stop after "Lees ook" is the article going on
    sentence = "De provincie betaalde het grootste deel van de rekening van de nieuwe brug."
    text = joined("Nieuwe brug over de IJssel geopend", BODY, f"Lees ook\n{sentence}")
    assert sentence not in [t for _, t in aside(text)]


def test_a_story_card_whose_title_is_a_question_is_set_aside_with_its_label() -> None:
    card = "Zwolle Nog geen kaartje voor het concert? Dan kun je er morgen een winnen bij de gemeente vr 12 mei 14:05"
    line = f"{BODY} {card} De brug kostte ruim twaalf miljoen euro en werd later opgeleverd dan gepland."
    assert ("teaser", card) in aside(joined("Nieuwe brug over de IJssel geopend", line))
    # an article's own question before a card: only the card is set aside
    question = "Wat vindt de wethouder van het besluit?"
    card = "Dan kun je er morgen een winnen bij de gemeente vr 12 mei 14:05"
    line = f"{BODY} {question} {card} De brug kostte ruim twaalf miljoen euro."
    found = aside(joined("Nieuwe brug over de IJssel geopend", line))
    assert ("teaser", card) in found and not [t for _, t in found if question in t]


def test_a_relative_time_after_the_articles_last_paragraph_is_an_interface_stamp_above_it_the_date() -> None:
    for stamp in ("2 hours ago", "De Krant · 12 min geleden", "Bron: Stadsblad · 2h", "Updated 3 hours ago"):
        text = joined("Nieuwe brug over de IJssel geopend", BODY, MORE, stamp)
        assert ("interface", stamp) in aside(text), stamp
    top = joined("Nieuwe brug over de IJssel geopend", "3 uur geleden", BODY)
    assert aside(top) == [("date_line", "3 uur geleden")]  # the page's date line (conv52), its date still read
    assert article(top).meta.published == "3 uur geleden"
    # a sentence closing with a time ago is the article's
    closing = joined("Nieuwe brug over de IJssel geopend", BODY, "De vorige brug sloot 40 jaar geleden")
    assert not aside(closing)


def test_a_web_address_on_its_own_line_inside_an_open_sentence_is_the_sentences() -> None:
    text = joined(
        "Nieuwe brug over de IJssel geopend",
        f"{BODY}\nDe provincie opende voor vragen de website\nbrugzwolle.nl\n, waar ook de planning staat.",
    )
    assert not aside(text)
    # on its own between two sentences it is a link line
    text = joined("Nieuwe brug over de IJssel geopend", f"{BODY}\nbrugzwolle.nl\nDe brug kostte twaalf miljoen.")
    assert "brugzwolle.nl" in [t for _, t in aside(text)]


def test_a_repeated_line_is_a_sections_heading_above_running_text_and_furniture_as_a_tag() -> None:
    section = "De provincie betaalde het grootste deel van de rekening, de gemeente Zwolle de rest van het bedrag."
    text = joined("Nieuwe brug over de IJssel geopend", BODY, f"Fietstunnel\n{section}", "Lees meer over:\nFietstunnel")
    found = aside(text)
    assert ("repeated", "Fietstunnel") in found  # the tag's copy
    kept_blocks = [b for b in article(text).blocks if b.kind is BlockKind.SUBHEADING]
    assert [b.text for b in kept_blocks] == ["Fietstunnel"]  # the heading's copy


def test_a_list_of_stories_stamped_with_their_age_is_set_aside_as_a_whole() -> None:
    items = [
        "1.\neen uur geleden Regio Fietstunnel onder de IJssel is klaar De tunnel kostte vier miljoen euro.",
        "2.\n3 uur geleden Regio Raad wil meer groen in de binnenstad Een motie daarvoor kreeg een meerderheid.",
        "3.\n1 dag, 2 uur geleden Sport Zwolle wint van Ajax De thuisploeg won met 2-1.",
    ]
    text = joined("Nieuwe brug over de IJssel geopend", BODY, "\n".join(items))
    found = " ".join(t for r, t in aside(text) if r == "teaser")
    assert "Fietstunnel onder de IJssel" in found and "Zwolle wint van Ajax" in found
    # a story's own mention of how long ago something happened stays
    story = "De brug sloot 3 weken geleden, de sloop begon 2 weken geleden en 1 week geleden begon de bouw."
    assert not aside(joined("Nieuwe brug over de IJssel geopend", BODY, story))


def test_story_items_each_opening_with_their_age_are_teasers_with_their_numbers_and_the_lists_name() -> None:
    items = "\n".join(
        [
            "Eerder in Zwolle",
            "1. Regio",
            "2 dagen geleden Fietstunnel onder de IJssel is klaar De tunnel kostte vier miljoen euro en is breed.",
            "2. Sport",
            "3 dagen geleden Zwolle wint van Ajax De thuisploeg won met 2-1 na een doelpunt in de laatste minuut.",
            "3. Regio",
            "1 week geleden Raad wil meer groen De gemeenteraad wil meer bomen in de binnenstad van Zwolle.",
        ]
    )
    text = joined("Nieuwe brug over de IJssel geopend", BODY, items)
    found = [t for r, t in aside(text) if r == "teaser"]
    assert found[:3] == ["Eerder in Zwolle", "1. Regio", items.split("\n")[2]] and len(found) == 7
    # two such paragraphs are no list
    two = joined("Nieuwe brug over de IJssel geopend", BODY, "\n".join(items.split("\n")[:5]))
    assert not [r for r, _ in aside(two) if r == "teaser"]


def test_stamped_and_ranked_titles_under_a_teaser_marker_are_teasers_with_their_times() -> None:
    stamped = "Net binnen\n13:59 Fietstunnel onder de IJssel is klaar\n13:41 Raad wil meer groen in de binnenstad"
    ranked = "Meest gelezen\n1. Zwolle wint van Ajax na late goal\n2. Fietser (25) gewond bij de nieuwe brug"
    text = joined("Nieuwe brug over de IJssel geopend", BODY, MORE, stamped, ranked)
    found = [t for r, t in aside(text) if r == "teaser"]
    for piece in ("13:59", "Fietstunnel onder de IJssel is klaar", "2. Fietser (25) gewond bij de nieuwe brug"):
        assert piece in found, piece
    # a ranking with figures, or ranked lines under no marker, are the article's
    for table in ("Klassement\n1. Anna de Vries - 120 punten", "Meest gelezen\n1. Anna de Vries - 120 punten"):
        found = aside(joined("Nieuwe brug over de IJssel geopend", BODY, table, MORE))
        assert not [t for _, t in found if "punten" in t], table


def test_titles_and_dates_in_turn_are_a_list_of_other_stories() -> None:
    related = "\n".join(
        [
            "Meer over de brug",
            "Fietstunnel onder de IJssel is klaar",
            "Vandaag, 14:02",
            "Raad wil meer groen in de binnenstad",
            "Gisteren, 09:15",
            "Zwolle wint van Ajax na late goal",
            "3 maart 2026",
        ]
    )
    text = joined("Nieuwe brug over de IJssel geopend\n3 maart 2026", BODY, MORE, related)
    found = [t for r, t in aside(text) if r == "teaser"]
    assert "Raad wil meer groen in de binnenstad" in found and "Gisteren, 09:15" in found
    read = article(text)
    assert read.meta.headline == "Nieuwe brug over de IJssel geopend"  # the article's own title and date stay
    assert ("date_line", "3 maart 2026") in aside(text) and read.meta.published == "3 maart 2026"  # conv52
    # two pairs are no list
    two = "\n".join(related.split("\n")[1:5])
    assert not [r for r, _ in aside(joined("Nieuwe brug over de IJssel geopend", BODY, MORE, two)) if r == "teaser"]


def test_short_lines_between_a_menus_lines_are_its_items_but_a_label_above_the_title_is_not() -> None:
    menu = "\n".join(["Nieuws", "Binnenland", "Koningshuis", "Stadsgids", "Tech", "Sport", "Hockey", "Zeilen", "Weer"])
    text = joined(menu, "Nieuwe brug over de IJssel geopend", BODY)
    found = [t for r, t in aside(text) if r == "navigation"]
    assert {"Koningshuis", "Stadsgids", "Hockey", "Zeilen"} <= set(found)
    read = article(joined("Binnenland\nReportage\nNieuwe brug over de IJssel geopend", BODY))
    # the genre's label right above the title is set aside as a label (conventions37), not as a menu's item
    found = aside(joined("Binnenland\nReportage\nNieuwe brug over de IJssel geopend", BODY))
    assert ("navigation", "Reportage") not in found and ("label", "Reportage") in found
    assert read.meta.headline == "Nieuwe brug over de IJssel geopend"


def test_a_widgets_lead_question_to_the_reader_and_its_closing_exclamation_are_the_widgets() -> None:
    widget = "Wil je niets missen van het nieuws uit Zwolle?\nVolg ons dan op Facebook.\nDat is zo gebeurd!"
    text = joined("Nieuwe brug over de IJssel geopend", BODY, MORE, widget)
    found = [t for _, t in aside(text)]
    assert {"Wil je niets missen van het nieuws uit Zwolle?", "Dat is zo gebeurd!"} <= set(found)
    # a question in the article above a quote, or an exclamation after article text, stays
    story = "Wat vindt de wethouder ervan?\nHij is blij met de brug.\nEindelijk!"
    assert not aside(joined("Nieuwe brug over de IJssel geopend", BODY, story))


def test_a_title_between_two_menu_lines_is_no_menu_item_but_a_list_of_titles_is() -> None:
    text = joined("Nieuws\nNieuwe brug over de IJssel geopend\nSport", BODY)
    assert "Nieuwe brug over de IJssel geopend" not in [t for _, t in aside(text)]
    titles = "Fietstunnel onder de IJssel klaar\nRaad wil meer groen\nZwolle wint van Ajax"
    text = joined(f"Nieuws\n{titles}\nSport\nWeer", "Nieuwe brug over de IJssel geopend", BODY, MORE)
    assert set(titles.split("\n")) <= {t for r, t in aside(text) if r == "navigation"}
    assert article(text).meta.headline == "Nieuwe brug over de IJssel geopend"


def test_a_topic_page_promo_and_print_notices_at_the_top_are_set_aside() -> None:
    promo = "Meer over dit onderwerp? Bekijk ons dossier Stadsbruggen."
    found = aside(joined("Nieuwe brug over de IJssel geopend", BODY, MORE, promo))
    assert " ".join(t for _, t in found) == promo
    for notice in (
        "Dit is een artikel uit de papieren krant.",
        "Dit artikel is gedrukt in de krant van 12 maart.",
        "Uit de krant",
    ):
        found = aside(joined("Nieuwe brug over de IJssel geopend", notice, BODY))
        assert [r for r, _ in found] == ["print"], notice
    # the news about a paper, or a pointer in someone's words, stays
    for sentence in (
        "Dit artikel uit de krant leidde tot vragen in de gemeenteraad.",
        "'Bekijk ons dossier', zei de wethouder tegen de raad.",
    ):
        assert not aside(joined("Nieuwe brug over de IJssel geopend", BODY, sentence)), sentence


def test_a_pages_menus_above_its_breadcrumb_are_set_aside_when_the_article_follows_it() -> None:
    menu = "\n".join(
        ["Abonneren", "Stadsgids", "Vacatures", "Opinie", "Reportage", "Puzzels"]
        + ["Fietstunnel onder de IJssel klaar", "Raad wil meer groen", "Zwolle wint van Ajax", "Markt gaat open"]
    )
    page = joined(menu, "Home » Regio\nNieuwe brug over de IJssel geopend\n3 maart 2026", BODY, MORE)
    found = [t for r, t in aside(page) if r == "navigation"]
    assert {"Abonneren", "Zwolle wint van Ajax", "Markt gaat open"} <= set(found)
    assert article(page).meta.headline == "Nieuwe brug over de IJssel geopend"
    # the article's own text above a breadcrumb: nothing above it is a menu
    own = joined(f"Kort\n{menu}", f"{BODY} {MORE} {BODY}", "Home » Regio\nNieuwe brug over de IJssel geopend", BODY)
    assert "Zwolle wint van Ajax" not in [t for _, t in aside(own)]


def test_skip_links_in_dutch_and_english_are_navigation() -> None:
    for link in ("Skip to main content", "Ga naar het hoofdmenu", "Jump to navigation"):
        assert ("navigation", link) in aside(joined(link, "Nieuwe brug over de IJssel geopend", BODY)), link
    title = "Skip to de brug: Zwolle viert de opening"  # goes on after the words: a headline
    assert article(joined(title, BODY)).meta.headline == title


def test_paragraph_elements_one_a_line_are_html_and_a_wires_replace_notice_is_set_aside() -> None:
    body = (
        "<p>N i e u w bericht, vervangt: Brug over de IJssel later open</p>\n"
        f"<p>Zwolle (ANP) - {BODY}</p>\n<p>{MORE}</p>\n"
    )
    text = joined("Nieuwe brug over de IJssel geopend", body)
    read = article(text)
    assert ("syndication", "N i e u w bericht, vervangt: Brug over de IJssel later open") in aside(text)
    assert not any("<p>" in b.text for b in read.blocks)
    assert [b.text for b in read.blocks if b.kind is BlockKind.LEDE] == [f"Zwolle (ANP) - {BODY}"]
    # a sentence that names the tag is text
    talk = joined("Nieuwe brug over de IJssel geopend", "De site zet elke alinea tussen <p> en </p>, zegt de maker.")
    assert "<p>" in " ".join(b.text for b in article(talk).blocks)


def test_a_comment_button_and_a_gallery_link_with_their_counts_are_set_aside() -> None:
    for line, reason in (("Comments (12)", "comments"), ("Reacties (3)", "comments"), ("Foto's bekijken (8)", "link")):
        assert (reason, line) in aside(joined("Nieuwe brug over de IJssel geopend", BODY, MORE, line)), line
    sentence = "Foto's bekijken (8) kon alleen in het stadhuis, zegt de gemeente."
    assert not aside(joined("Nieuwe brug over de IJssel geopend", BODY, sentence))


def test_a_pointer_that_introduces_the_video_shown_in_place_is_the_articles() -> None:
    for sentence in (
        "Je kunt hier zien hoe de brug werd gebouwd.",
        "In deze video kun je hier bekijken wat er gebeurde:",
    ):
        assert not aside(joined("Nieuwe brug over de IJssel geopend", BODY, sentence)), sentence


def test_a_line_of_capitalised_menu_words_between_menu_lines_is_the_menus() -> None:
    text = joined(
        "Nieuws\nGeld Ondernemen Beurs Huizen & Hypotheek Pensioen\nSport", "Nieuwe brug over de IJssel geopend", BODY
    )
    assert ("navigation", "Geld Ondernemen Beurs Huizen & Hypotheek Pensioen") in aside(text)
    assert article(text).meta.headline == "Nieuwe brug over de IJssel geopend"
