"""Review of rounds site28, site29a and site29b (issue 21, review28): for each new rule, article text or a headline
of a similar shape, written here, that must stay — article text wrongly set aside stays 0 on every set. Of 31 probes,
21 failed on the merged code (20 on these rounds' rules): those 20 pass after this review's narrowing; one stays xfail
(a closing list of street names, set aside by the older tail_lines rule)."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, headline, kept
from tests.pipeline.text.site_helpers import joined as _text
from tests.pipeline.text.site_helpers import page as _page

# a whole page's text run together on one line: over 150 words of running text (inline_rules.ONE_LINE_MIN_WORDS)
RUN = " ".join(
    [
        BODY,
        LONGER,
        MORE,
        "Tijdens de inspraakavond in het stadhuis kwamen ruim tweehonderd bewoners af op de plannen van het college.",
        "Veel van hen maakten zich zorgen over het verkeer in de smalle straten rond de nieuwe ingang van het bad.",
        "Een bewoonster van de Kerkstraat vertelde dat zij nu al nauwelijks haar auto kwijt kan op drukke dagen.",
        "De wethouder beloofde dat de gemeente een onderzoek laat doen naar een nieuwe parkeerplaats aan de rand.",
        "Ook de zwemclub was aanwezig en liet weten blij te zijn dat er na jaren eindelijk duidelijkheid is gekomen.",
        "De voorzitter van de club zei dat de leden de afgelopen winter in drie verschillende baden moesten trainen.",
    ]
)


# --- site28: tail_titles.other_items ---------------------------------------------------------------------------


def test_a_top_ten_closing_the_article_without_a_colon_stays() -> None:
    lead = (
        "Noah is opnieuw de populairste jongensnaam van het land, blijkt uit nieuwe cijfers van de Sociale "
        "Verzekeringsbank. Bij de meisjes staat Emma voor het derde jaar op de eerste plaats. Dit is de top tien."
    )
    names = ["1. Noah", "2. Luca", "3. Liam", "4. Lucas", "5. Sem", "6. Daan", "7. Finn", "8. Levi", "9. Milan"]
    text = _text("Noah en Emma weer de populairste babynamen", BODY, lead, *names)
    assert all(name in kept(text) for name in names)


def test_a_poem_closing_an_article_on_a_poet_stays() -> None:
    lead = (
        "De Zwolse stadsdichter Marieke Smit schreef voor de opening van de brug een gedicht, dat zij zaterdag "
        "voordroeg aan de oever van de rivier. Wij drukken het hier integraal af."
    )
    poem = [
        "Over het water",
        "een boog van staal",
        "waar eerst alleen",
        "de pont nog voer",
        "de stad reikt uit",
        "naar de overkant",
        "en wie hier fietst",
        "komt thuis.",
    ]
    text = _text(TITLE, BODY, lead, *poem)
    assert all(line in kept(text) for line in poem)


# --- site28: gallery ------------------------------------------------------------------------------------------


def test_the_ranks_of_a_listed_top_five_with_sentences_between_them_stay() -> None:
    text = _text(
        "Dit zijn de vijf drukste musea van Nederland",
        BODY,
        "1",
        "Het Rijksmuseum trok vorig jaar 2,7 miljoen bezoekers, meer dan ooit.",
        "2",
        "Het Van Gogh Museum volgt met 2,2 miljoen bezoekers.",
        "3",
        "Het Anne Frank Huis ontving 1,2 miljoen mensen.",
        "4",
        "Het Nemo Science Museum telde ruim 800.000 bezoekers.",
        "5",
        "Het Kröller-Müller Museum sluit de rij met 500.000 bezoekers.",
        MORE,
    )
    assert not [t for reason, t in aside(text) if reason == "gallery"]


# --- site28: "kopij" notices ----------------------------------------------------------------------------------


def test_a_news_sentence_on_a_village_paper_short_of_copy_stays() -> None:
    sentence = (
        "Het dorpsblad van Olst stopt na veertig jaar, omdat er steeds minder kopij binnenkwam en niemand meer "
        "stukken wilde insturen."
    )
    text = _text("Dorpsblad van Olst verschijnt niet meer", BODY, sentence, MORE)
    assert sentence in kept(text)


def test_a_ruling_on_who_answers_for_copy_stays() -> None:
    sentence = (
        "De uitgever blijft aansprakelijk voor kopij die de redactie zelf heeft ingekort, bepaalde het hof in "
        "Arnhem dinsdag."
    )
    text = _text("Hof: uitgever aansprakelijk voor ingekorte brief", BODY, sentence, MORE)
    assert sentence in kept(text)


# --- site28: attachments, archive section word, link compounds -------------------------------------------------


def test_a_letter_quoted_with_its_attachment_stays() -> None:
    sentence = "In de bijlage vindt u de nieuwe tarieven, schreef de gemeente vorige week aan de ondernemers."
    text = _text("Ondernemers boos over hogere marktgelden", BODY, sentence, MORE)
    assert sentence in kept(text)


def test_a_video_recording_in_a_news_sentence_stays() -> None:
    sentence = "Bekijk de video-opname van de vergadering en je ziet dat de wethouder gewoon zat te slapen."
    text = _text(TITLE, BODY, f"'{sentence}', zegt raadslid Jansen.", MORE)
    assert sentence in kept(text)


def test_the_headline_of_an_article_about_an_archive_stays() -> None:
    title = "Archief van de Zwolse Courant gaat naar de stad"
    assert headline(_text(title, BODY, MORE)) == title


# --- site29a: interface lines ---------------------------------------------------------------------------------


def test_a_headline_opening_with_the_word_logo_and_an_acronym_stays_whole() -> None:
    title = "Logo KLM krijgt na honderd jaar een nieuwe kroon"
    text = _text(title, BODY, MORE)
    assert headline(text) == title


def test_a_headline_opening_with_previous_or_next_stays() -> None:
    for title in ("Vorige week nog gewaarschuwd voor instorting", "Volgende kabinet moet woningnood aanpakken"):
        assert headline(_text(title, BODY, MORE)) == title


def test_an_interview_line_naming_the_comment_form_stays() -> None:
    line = "Plaats je reactie hier maar, zei de wethouder lachend tegen de boze bewoners."
    assert line in kept(_text(TITLE, BODY, line, MORE))


# --- site29a: speakers and title_dates -------------------------------------------------------------------------


def test_a_court_transcript_keeps_its_headline_and_speakers() -> None:
    title = "Verdachte van brandstichting zwijgt tijdens zitting"
    text = _page(
        title,
        "12 maart 2024",
        BODY,
        "De rechter",
        "Waarom was u die nacht bij de loods aan de Havenweg?",
        "De verdachte",
        "Daar wil ik niets over zeggen.",
        MORE,
    )
    assert headline(text) == title
    assert "De rechter" in kept(text) and "De verdachte" in kept(text)


def test_a_later_dated_update_in_a_saved_page_is_not_the_headline() -> None:
    text = _page(
        TITLE,
        "12 maart 2024 10:15",
        BODY,
        "13 maart 2024",
        "Eerste fietsers over de nieuwe brug",
        MORE,
    )
    assert headline(text) == TITLE


# --- site29a: title_copies.cut_card ----------------------------------------------------------------------------


def test_a_closing_sentence_ending_in_a_colon_after_an_ad_label_stays() -> None:
    last = "Wethouder Bakker reageerde dinsdagavond in een korte verklaring op het besluit van de provincie:"
    text = _text(TITLE, BODY, MORE, "Advertentie", last)
    assert last in kept(text)


# --- site29b: inline_chrome ------------------------------------------------------------------------------------


def test_a_quote_after_a_pointer_closing_a_one_line_page_stays() -> None:
    quote = "Lees hier wat de minister de Kamer schreef: 'Wij nemen onze verantwoordelijkheid.'"
    text = _text(TITLE, f"{RUN} {quote}")
    assert "Wij nemen onze verantwoordelijkheid" in kept(text)


def test_a_copyright_notice_described_in_a_sentence_stays() -> None:
    sentence = "Op elke verpakking staat © Walt Disney Company en dat mag de fabrikant niet weghalen."
    text = _text(TITLE, BODY, f"De rechter was duidelijk. {sentence} Het vonnis is definitief.", MORE)
    assert "© Walt Disney" in kept(text)


def test_the_last_sentence_of_a_one_line_page_that_lost_its_full_stop_stays() -> None:
    text = _text(TITLE, f"{RUN} De brug gaat maandagochtend open voor al het verkeer")
    assert "De brug gaat maandagochtend open voor al het verkeer" in kept(text)


def test_a_short_article_stays_whole() -> None:
    body = "De brug over de IJssel bij Zwolle is dicht na een aanvaring. Wanneer hij weer opengaat, is onbekend."
    text = _text("Brug over IJssel dicht na aanvaring", body)
    assert headline(text) == "Brug over IJssel dicht na aanvaring" and body in kept(text)


# --- site29b: page_header --------------------------------------------------------------------------------------


def test_a_first_sentence_opening_with_a_weekday_and_a_time_stays() -> None:
    first = "Zondag 14.30 speelt de club de eerste thuiswedstrijd van het seizoen tegen Go Ahead Eagles."
    text = _text("PEC begint seizoen tegen Go Ahead", first, MORE)
    assert first in kept(text)


def test_a_chant_opening_the_first_paragraph_stays() -> None:
    first = "Hup Holland Hup Holland klonk het zaterdagavond urenlang door de straten van de binnenstad."
    text = _text("Oranjefans vieren feest in binnenstad", first, MORE)
    assert first in kept(text)


# --- second batch ------------------------------------------------------------------------------------------------


def test_a_programmes_times_opening_its_first_lines_stay() -> None:
    rows = [
        "Vrijdag 19.30 Lampionnenoptocht vanaf het dorpshuis",
        "Zaterdag 10.00 Kindermarkt op het kerkplein",
        "Zaterdag 14.00 Volleybaltoernooi op het sportveld",
        "Zondag 11.00 Oecumenische dienst in de feesttent",
    ]
    text = _text("Programma dorpsfeest Olst bekend", *rows, BODY, MORE)
    assert all(row in kept(text) for row in rows)


def test_a_list_of_match_results_closing_a_sports_report_stays() -> None:
    lead = (
        "In de eerste klasse won koploper Olst ook zijn negende wedstrijd van het seizoen. De volledige uitslagen "
        "van de zaterdagamateurs staan hieronder."
    )
    results = [
        "Uitslagen eerste klasse",
        "Olst - Wijhe 3-1",
        "Raalte - Heino 0-0",
        "Dalfsen - Nieuwleusen 2-2",
        "Hattem - Epe 1-4",
        "Zwolle - Kampen 2-0",
        "Heerde - Wezep 1-1",
        "Ommen - Hardenberg 0-3",
        "Deventer - Bathmen 5-1",
    ]
    text = _text("Olst blijft ongeslagen in eerste klasse", BODY, lead, *results)
    assert all(line in kept(text) for line in results[1:])


def test_an_archive_intertitle_inside_an_article_on_the_city_archive_stays() -> None:
    text = _text(
        "Zwolle krijgt een nieuw stadskantoor",
        BODY,
        "Archief",
        "Ook het stadsarchief verhuist mee: ruim vier kilometer aan dossiers gaat naar de kelder van het nieuwe pand.",
        MORE,
    )
    assert "Ook het stadsarchief verhuist mee" in kept(text)


def test_an_english_film_title_as_an_intertitle_does_not_close_the_article() -> None:
    text = _text(
        "Filmhuis Zwolle eert Chantal Akerman",
        BODY,
        "News from Home",
        "Op zondag draait de documentaire over haar moeder in New York.",
        "Kaarten kosten negen euro.",
    )
    assert "Op zondag draait de documentaire" in kept(text)


def test_a_closing_attribution_of_a_one_line_page_that_lost_its_full_stop_stays() -> None:
    text = _text(TITLE, f"{RUN} Aldus burgemeester Peter Snijders van Zwolle tijdens de opening")
    assert "Aldus burgemeester Peter Snijders" in kept(text)


# --- third batch -------------------------------------------------------------------------------------------------


def test_the_headline_of_an_article_on_a_paper_asking_for_copy_stays() -> None:
    title = "Dorpsblad zoekt kopij: stuur je verhaal over de oorlog in"
    assert headline(_text(title, BODY, MORE)) == title


def test_an_address_in_a_news_sentence_stays() -> None:
    sentence = "Het nieuwe zwembad komt aan de Stationsweg 12 in Zwolle, naast het oude postkantoor."
    assert sentence in kept(_text(TITLE, BODY, sentence, MORE))


def test_a_list_of_prize_winners_closing_the_article_stays() -> None:
    lead = (
        "Ruim vierhonderd lezers stuurden dit jaar een oplossing van de kerstpuzzel in. Uit de goede inzendingen "
        "zijn acht winnaars geloot, die een boekenbon van twintig euro krijgen. Dit zijn de prijswinnaars."
    )
    winners = [
        "Anneke de Vries",
        "Gerrit Jansen",
        "Marloes Bakker",
        "Henk Smit",
        "Fatima el Amrani",
        "Joost van Dijk",
        "Ria Mulder",
        "Kees de Boer",
    ]
    text = _text("Winnaars kerstpuzzel bekend", BODY, lead, *winners)
    assert all(name in kept(text) for name in winners)


# --- fourth batch ------------------------------------------------------------------------------------------------


def test_an_announcements_first_line_opening_with_a_weekday_and_a_time_stays() -> None:
    first = "Zaterdag 10.00 Opening van de vernieuwde markt door burgemeester Snijders."
    text = _text("Markt in Olst weer open", first, BODY, MORE)
    assert first in kept(text) and headline(text) == "Markt in Olst weer open"


@pytest.mark.xfail(
    strict=True,
    reason="an older rule (the page's closing lines, 'tail'; fails on 6caff2a before site28 too) sets aside a closing list of street names",
)
def test_a_list_of_closed_streets_closing_the_article_stays() -> None:
    lead = (
        "Vanaf maandag legt de gemeente in het centrum nieuwe riolering aan. De werkzaamheden duren naar "
        "verwachting tot de zomer. In deze straten kunt u niet parkeren."
    )
    streets = [
        "Kerkstraat",
        "Molenweg",
        "Bergstraat",
        "Achterstraat",
        "Nieuwstraat",
        "Dorpsweg",
        "Kruisstraat",
        "Marktplein",
    ]
    text = _text("Riolering vervangen in centrum Olst", BODY, lead, *streets)
    assert all(street in kept(text) for street in streets)


def test_a_poem_with_capitalised_lines_closing_the_article_stays() -> None:
    lead = (
        "Bij de herdenking op de Dam las een leerling van het Zwolse gymnasium een gedicht voor dat zij zelf "
        "schreef. Het werd na afloop door veel bezoekers geprezen."
    )
    poem = [
        "Wij staan hier stil,",
        "Twee minuten lang,",
        "Voor wie niet meer",
        "Naar huis kon gaan,",
        "Voor wie hier viel",
        "In mei, in de regen,",
        "En wie wij noemen",
        "Met ieder jaar.",
    ]
    text = _text("Duizenden bij herdenking op de Dam", BODY, lead, *poem)
    assert all(line in kept(text) for line in poem)
