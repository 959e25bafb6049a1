"""Precision probes of the site-text rules added for issue 21 (review37): real article text of the same shape as a
rule's site text, each written for this test. A probe marked xfail (strict) is a defect left open: it fails because
the rule sets the article's text aside."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, joined, page


def _aside_texts(text: str) -> list[str]:
    return [t for _, t in aside(text)]


def test_a_consumer_tip_about_ad_blockers_addressed_to_the_reader_stays() -> None:
    # page_voice_rules "adblock": the reader addressed ("je") about an ad blocker, in a sentence that goes on
    tip = (
        "Als je een adblocker gebruikt, zie je niet alleen minder reclame maar laad je ook minder trackers van "
        "andere bedrijven."
    )
    text = joined(
        "Zo surf je veiliger op internet",
        "De Consumentenbond heeft tips voor wie veilig wil surfen. Veel mensen weten niet hoe ze hun gegevens "
        "beschermen.",
        LONGER,
        tip,
        MORE,
    )
    assert tip not in _aside_texts(text)


def test_an_articles_price_list_of_subscriptions_stays() -> None:
    # offer_boxes: prices alone on their lines with their term below, plan after plan, in a report on price rises
    lines = [
        "Netflix, Disney+ en Videoland verhogen hun prijzen per 1 januari. Dit gaan de abonnementen kosten:",
        "Netflix Standaard",
        "€ 13,99",
        "Disney+ Standaard",
        "€ 10,99",
    ]
    text = page(
        "Streamingdiensten weer duurder",
        lines[0],
        lines[1],
        lines[2],
        "per maand",
        lines[3],
        lines[4],
        "per maand",
        "Videoland Plus",
        "€ 9,99",
        "per maand",
        "Volgens de Consumentenbond betaalt een gemiddeld huishouden nu ruim dertig euro per maand aan streaming, "
        "bijna het dubbele van vijf jaar geleden.",
    )
    found = _aside_texts(text)
    assert not [line for line in lines if line in found]


def test_a_charitys_call_for_support_in_a_news_story_stays() -> None:
    call = "Wil jij Stichting Opkikker steunen? Doneren kan via de website van de stichting."
    text = joined("Zwolse scholieren lopen voor Stichting Opkikker", BODY, LONGER, call)
    assert not [t for t in _aside_texts(text) if "Opkikker" in t]


@pytest.mark.xfail(strict=True, reason="closing_shapes.stamped_cards: an article's own timeline, newest first")
def test_an_articles_own_timeline_newest_first_over_two_days_stays() -> None:
    entries = [
        "6 december 2026, 09:15",
        "Treinverkeer komt langzaam weer op gang",
        "NS laat vanaf negen uur weer treinen rijden op de meeste trajecten. Reizigers moeten wel rekening houden met "
        "vertragingen, omdat er nog bomen op het spoor liggen bij Amersfoort en Zwolle.",
        "5 december 2026, 22:30",
        "Code rood ingetrokken",
        "Het KNMI heeft code rood voor Noord-Holland ingetrokken. De wind neemt in de loop van de nacht af, al blijven "
        "er zware windstoten mogelijk langs de kust van Zeeland en Zuid-Holland.",
        "5 december 2026, 14:00",
        "Dakpannen van huizen geblazen",
        "In Haarlem waaiden van tientallen huizen dakpannen af. De brandweer rukte meer dan tweehonderd keer uit en "
        "vroeg bewoners binnen te blijven zolang de storm aanhoudt.",
    ]
    text = joined("Storm raast over het land: dit is er gebeurd", BODY, LONGER, *entries)
    assert not [t for t in _aside_texts(text) if t in entries]


def test_an_interviewees_first_person_account_under_the_byline_stays() -> None:
    account = (
        "Ik heb nooit iets anders willen doen. Mijn moeder was ook verpleegkundige, en ik zag hoe zij thuiskwam na "
        "een dienst. Ik blijf dit werk doen tot mijn pensioen."
    )
    text = joined(
        "Verpleegkundige Sanne werkt al twintig jaar op de ic",
        "Sanne Visser werkt sinds 2006 op de intensive care van het Isala in Zwolle. Tijdens de coronacrisis draaide "
        "ze extra diensten.",
        "Het ziekenhuis zoekt nog altijd meer verpleegkundigen voor de afdeling, maar de vacatures raken maar "
        "moeilijk vervuld.",
        "Tekst: Anna de Boer",
        account,
    )
    assert account not in _aside_texts(text)


def test_a_code_identifier_on_its_line_in_a_software_article_stays() -> None:
    text = page(
        "Nieuwe versie van Firefox blokkeert trackers",
        "Mozilla heeft een nieuwe versie van Firefox uitgebracht die websites minder laat zien over de gebruiker. "
        "Daarvoor past de browser onder meer een veelgebruikte eigenschap aan:",
        "navigator.userAgent",
        "Websites lezen daaruit welke browser en welk besturingssysteem een bezoeker gebruikt. Volgens Mozilla "
        "misbruiken advertentiebedrijven die gegevens om gebruikers te volgen.",
    )
    assert "navigator.userAgent" not in _aside_texts(text)


def test_logo_as_a_heading_in_an_article_about_a_new_logo_stays() -> None:
    text = joined(
        "Gemeente Zwolle krijgt nieuwe huisstijl",
        BODY,
        "Logo",
        "Het nieuwe logo toont een stilistische weergave van de Sassenpoort in blauw en groen, zegt de ontwerper.",
        LONGER,
    )
    assert "Logo" not in _aside_texts(text)


def test_the_articles_last_paragraph_after_a_disclosure_stays() -> None:
    last = (
        "De resultaten van het onderzoek worden in het voorjaar gepresenteerd in het provinciehuis in Assen. Daar "
        "kunnen inwoners ook zelf meepraten."
    )
    text = joined(
        "Jongeren over hun toekomst in Drenthe",
        BODY,
        LONGER,
        "Deze artikelreeks kwam tot stand dankzij een samenwerking met de Rijksuniversiteit Groningen.",
        last,
    )
    assert last not in _aside_texts(text)


def test_a_key_sentence_repeated_on_purpose_with_an_ellipsis_stays() -> None:
    key = (
        "Burgemeester Van Dam zei het nog eens, met nadruk: de brug is er voor iedereen, voor fietsers, voor "
        "wandelaars en voor wie hier woont..."
    )
    text = joined(TITLE, BODY, key, LONGER, key)
    assert key not in _aside_texts(text)


def test_the_authorities_advice_to_listen_to_the_regional_radio_stays() -> None:
    # page_voice_rules "link": a programme's pointer in the imperative, where to listen
    advice = "Luister naar de regionale radio voor het laatste nieuws."
    text = joined(
        "Grote brand in Moerdijk, NL-Alert verstuurd",
        "Bij een chemisch bedrijf in Moerdijk is dinsdagmiddag een grote brand uitgebroken. Er komt veel rook vrij.",
        LONGER,
        "Sluit ramen en deuren en zet de ventilatie uit.",
        advice,
        MORE,
    )
    assert advice not in _aside_texts(text)


def test_an_articles_programme_of_events_with_day_and_time_stays() -> None:
    events = [
        "Opening van de brug door de burgemeester za 30 apr, 14:00",
        "Lampionnenoptocht over de IJsselkade za 30 apr, 20:00",
        "Fietstocht langs de rivier zo 1 mei, 10:30",
    ]
    text = joined(
        "Zwolle viert weekend lang feest om nieuwe brug", BODY, LONGER, "Het programma van het weekend:", *events
    )
    assert not [t for t in _aside_texts(text) if t in events]


def test_an_articles_list_of_places_with_the_same_opening_hours_stays() -> None:
    hours = "Open van maandag tot en met zaterdag van 10.00 tot 18.00 uur."
    places = ["Bibliotheek Centrum", "Bibliotheek Stadshagen", "Bibliotheek Holtenbroek"]
    text = joined("Bibliotheken Zwolle weer open na verbouwing", BODY, LONGER, *(x for p in places for x in (p, hours)))
    assert not [t for t in _aside_texts(text) if t in places or t == hours]


def test_a_vox_pop_whose_quotes_trail_off_stays() -> None:
    quotes = [
        "Ik fiets er elke dag over naar mijn werk en het scheelt me echt een kwartier, maar in het begin was ik...",
        "Mooi ding hoor, maar waarom moest het zo lang duren voordat ze eindelijk eens...",
        "Eindelijk kan ik met mijn zusje naar de overkant zonder dat we helemaal om moeten rijden langs...",
    ]
    names = ["Marja (54)", "Kees (71)", "Fatima (23)"]
    text = joined("Inwoners reageren op nieuwe brug", BODY, LONGER, *(x for n, q in zip(names, quotes) for x in (n, q)))
    assert not [t for t in _aside_texts(text) if t in quotes]


def test_a_portraits_closing_paragraph_on_its_subject_named_above_stays() -> None:
    # byline_bios: a name's line above the text (a photo's caption), the last paragraph opening with that name
    closing = "Jan Bakker is ook voorzitter van de imkersvereniging in Zwolle en geeft les aan beginnende imkers."
    text = joined(
        "Zwolse imker wint landelijke prijs",
        "Jan Bakker",
        "De honing van een Zwolse imker is uitgeroepen tot de beste van Nederland. De jury prees de bloemige smaak.",
        "Bakker houdt al dertig jaar bijen in zijn achtertuin aan de rand van de stad. Hij verkoopt de honing aan "
        "huis en op de markt.",
        closing,
    )
    assert closing not in _aside_texts(text)


def test_a_portraits_subject_box_above_the_text_stays() -> None:
    # header_boxes.named_author_boxes: a name's line, then the name, a comma and roles, above the running text
    box = "Sanne Visser, 34, verpleegkundige, Zwolle"
    text = page(
        "Mijn werk: verpleegkundige op de ic",
        "Sanne Visser",
        box,
        "Sanne werkt al twaalf jaar op de intensive care van het Isala. De diensten zijn zwaar, maar ze zou niets "
        "anders willen doen, vertelt ze in de kantine van het ziekenhuis.",
        "Het ziekenhuis zoekt nog altijd meer verpleegkundigen voor de afdeling, maar de vacatures raken maar "
        "moeilijk vervuld.",
    )
    assert box not in _aside_texts(text)
