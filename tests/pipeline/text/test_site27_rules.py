"""Site text by shape (issue 21, helper site27): a rubric's label below the headline — each next to article text of
the same shape that stays. Examples written here."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept


def test_an_article_and_a_noun_below_the_headline_is_the_rubrics_label() -> None:
    text = joined(TITLE, "De achtergrond", BODY, MORE)
    assert ("rubric", "De achtergrond") in aside(text)
    assert article(text).meta.headline == TITLE


def test_one_word_below_the_headline_is_a_label_only_with_the_authors_name_under_it() -> None:
    text = joined(TITLE, "Rechtszaak", "Anna de Vries", BODY, MORE)
    assert ("rubric", "Rechtszaak") in aside(text)
    assert "Anna de Vries" in kept(text)
    place = joined(TITLE, "Deventer", BODY, MORE)  # a place over the text: the article's dateline
    assert "Deventer" in kept(place)


def test_a_first_section_heading_or_a_name_or_a_word_in_capitals_below_the_headline_stays() -> None:
    sections = joined(TITLE, "De aanleiding", BODY, "De kosten", MORE)  # a text of short section headings
    assert "De aanleiding" in kept(sections)
    for line in ("ZWOLLE", "Anna de Vries", "De Bilt", "Het kabinet valt"):
        text = joined(TITLE, line, "Kees Bakker", BODY, MORE)
        assert line in kept(text), line
    no_text = joined(TITLE, "De achtergrond", "Kees Bakker")  # no running text after it
    assert "De achtergrond" in kept(no_text)


def test_an_authors_bio_without_its_subject_after_the_name_at_the_end_is_the_sites() -> None:
    bio = "Fietst elke week door de provincie op zoek naar nieuwe bruggen. Schrijft daarnaast over erfgoed."
    signup = "Schrijf je in voor de nieuwsbrief en ontvang elke vrijdag het laatste nieuws."
    blocks = article(joined(TITLE, BODY, MORE, "Anna de Vries", bio, signup)).blocks
    assert ("author", bio) in [(b.reason, b.text) for b in blocks if b.kind is BlockKind.SITE_TEXT]
    assert [b.text for b in blocks if b.kind is BlockKind.BYLINE] == ["Anna de Vries"]


def test_sentences_with_their_subject_or_one_verb_first_sentence_after_a_name_stay() -> None:
    said = "Zij fietst elke week door de provincie. Ze schrijft daarnaast over erfgoed."
    assert said in kept(joined(TITLE, BODY, MORE, "Anna de Vries", said))
    question = "Heeft de gemeente te veel betaald? Wordt de brug ooit afgemaakt?"  # questions, no bio
    assert question in kept(joined(TITLE, BODY, MORE, "Anna de Vries", question))
    one = "Daarnaast opent de wethouder zaterdag het nieuwe fietspad."  # an adverb, one sentence
    assert one in kept(joined(TITLE, BODY, MORE, "Anna de Vries", one))
    country = "Nederland bouwt meer bruggen dan ooit. Duitsland volgt."
    assert country in kept(joined(TITLE, BODY, MORE, "Anna de Vries", country))


def test_a_promo_for_the_outlets_own_shop_with_a_link_goes_and_a_quoted_shop_owner_stays() -> None:
    promo = "De mok met de kop van de wethouder ligt inmiddels in onze webshop (klik op de foto)."
    assert ("promo", promo) in aside(joined(TITLE, BODY, promo, MORE))
    order = "Bestel de poster van de nieuwe brug in onze webwinkel."
    assert ("promo", order) in aside(joined(TITLE, BODY, MORE, order))
    quoted = "„Bestellingen komen vooral binnen via onze webshop, klik en klaar”, zegt eigenaar Bakker."
    assert quoted in kept(joined(TITLE, BODY, quoted, MORE))
    reported = "De bakker verkoopt de taart ook in zijn webwinkel; bestellen kan tot vrijdag."
    assert reported in kept(joined(TITLE, BODY, reported, MORE))


def test_a_pointer_to_the_liveblog_on_a_subject_goes_and_a_liveblogs_own_line_stays() -> None:
    for pointer in (
        "Volg alle ontwikkelingen over de nieuwe brug in ons liveblog.",
        "Lees alles over de gemeenteraadsverkiezingen in dit dossier.",
    ):
        assert ("promo", pointer) in aside(joined(TITLE, f"{BODY} {pointer}", MORE)), pointer
    own = "Volg alle reacties en uitslagen in ons liveblog."  # the liveblog's own introduction: site text (conv52)
    assert ("liveblog", own) in aside(joined("LIVE", TITLE, f"{BODY} {own}", MORE))
    news = "Bewoners volgen alles over de brug in een appgroep."
    assert news in kept(joined(TITLE, f"{BODY} {news}", MORE))


def test_a_layout_note_between_paragraphs_goes_and_a_sentence_about_text_going_on_stays() -> None:
    note = "(Het interview loopt verder onder de video.)"
    assert ("interface", note) in aside(joined(TITLE, f"{BODY} {note}", MORE))
    assert ("interface", "Het verhaal loopt door onder de kaart.") in aside(
        joined(TITLE, BODY, "Het verhaal loopt door onder de kaart.", MORE)
    )
    news = "De tekst van het akkoord gaat verder dan de wethouder had gehoopt."
    assert news in kept(joined(TITLE, f"{BODY} {news}", MORE))


def test_a_liveblogs_frame_glued_to_its_summary_goes_and_news_of_keeping_posted_stays() -> None:
    for frame in (
        "Volg hieronder het laatste nieuws over de opening van de brug.",
        "Hier lees je het liveblog van de opening terug.",
        "De redactie staat bij de brug en houdt u via dit liveblog op de hoogte.",
    ):
        assert ("liveblog", frame) in aside(joined(TITLE, f"{BODY} {frame}", MORE)), frame
    news = "De gemeente houdt bewoners op de hoogte via een blog op haar website."
    assert news in kept(joined(TITLE, f"{BODY} {news}", MORE))


def test_a_pointer_to_the_outlets_special_takes_its_question_and_a_sentence_naming_a_special_stays() -> None:
    teaser = "Wat betekent de brug voor de binnenstad? Lees het in de bruggenspecial."
    assert [r for r, _ in aside(joined(TITLE, f"{BODY} {teaser}", MORE))] == ["link"]
    assert BODY in kept(joined(TITLE, f"{BODY} {teaser}", MORE))
    news = "De omroep maakte een special over de brug, die zaterdag wordt uitgezonden."
    assert news in kept(joined(TITLE, f"{BODY} {news}", MORE))


def test_a_print_digests_page_pointer_goes_and_a_sentence_naming_a_page_stays() -> None:
    digest = "De gemeente opent volgende week een nieuwe brug over de IJssel. Pagina 7"
    assert ("page", "Pagina 7") in aside(joined(TITLE, BODY, digest, MORE))
    news = "Het besluit staat op pagina 7 van het raadsvoorstel."
    assert news in kept(joined(TITLE, f"{BODY} {news}", MORE))


def test_consent_by_carrying_on_goes_and_a_reported_agreement_stays() -> None:
    notice = "Door gebruik te maken van deze website, geef je toestemming voor cookies."
    assert ("consent", notice) in aside(joined(TITLE, BODY, f"{MORE} {notice}"))
    news = "Door verder te gaan met de bouw, gaat de gemeente akkoord met hogere kosten."
    assert news in kept(joined(TITLE, BODY, f"{MORE} {news}"))


def test_a_request_for_tips_on_this_story_goes_and_a_tip_in_the_news_stays() -> None:
    request = "Tips over dit artikel? a.devries"
    assert ("tip", request) in aside(joined(TITLE, BODY, f"{MORE} {request}"))
    news = "Een tip over dit verhaal bracht de politie op het spoor van de dader."
    assert news in kept(joined(TITLE, BODY, f"{MORE} {news}"))


def test_a_pointer_to_the_liveblog_closing_a_summary_goes_and_on_the_liveblog_too() -> None:
    pointer = "Volg de opening van de brug in ons liveblog."
    summary = joined(TITLE, f"{BODY} {pointer}")
    assert ("liveblog", pointer) in aside(summary)
    assert BODY in kept(summary)
    own_page = joined("LIVE", TITLE, f"{BODY} {pointer}", MORE)  # the liveblog's own introduction: site text too
    assert ("liveblog", pointer) in aside(own_page) and BODY in kept(own_page)  # (conv52, stop 51's convention)
    quoted = "„Volg de opening van de brug in ons liveblog”, zegt de presentator."
    assert quoted in kept(joined(TITLE, f"{BODY} {quoted}"))


def test_the_pages_widgets_and_notices_to_the_reader_go() -> None:
    for line, reason in (
        ("Ontvang een melding bij nieuwe artikelen over de brug", "promo"),
        ("Zet meldingen aan voor het laatste nieuws uit Zwolle.", "promo"),
        ("Volg dit onderwerp", "promo"),
        ("Leestijd: 4 minuten", "interface"),
        ("Zag je een fout in dit artikel? Laat het de redactie weten.", "tip"),
        ("Deze inhoud kan niet worden weergegeven omdat je de cookies hebt geweigerd.", "consent"),
        ("Log in om het hele artikel te lezen.", "promo"),
        ("Dit artikel is alleen voor abonnees.", "promo"),
        ("Dit artikel is automatisch vertaald.", "notice"),
        ("Deze tekst is gemaakt met behulp van AI.", "notice"),
        ("Dit artikel is tot stand gekomen in samenwerking met de provincie.", "banner"),
        ("Brieven van maximaal 200 woorden richten aan brieven@voorbeeldkrant.nl", "comments"),
    ):
        found = aside(joined(TITLE, BODY, line, MORE))
        assert found and {r for r, _ in found} == {reason}, line


def test_news_in_the_same_words_stays() -> None:
    for sentence in (
        "Inwoners ontvangen een melding via NL-Alert als de brug dichtgaat.",
        "Wie de app installeert, krijgt voortaan een melding als de brug opengaat.",
        "„Dit artikel is alleen voor abonnees”, zegt de uitgever over de nieuwe betaalmuur.",
        "De provincie en de gemeente hebben de brug in samenwerking met de bouwer ontworpen.",
        "De wethouder vond een fout in de begroting en meldde die aan de raad.",
        "Brieven van bewoners over de brug gingen naar de gemeenteraad.",
    ):
        assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE)), sentence
    notice_last = joined(TITLE, BODY, f"{MORE} Dit artikel is automatisch vertaald.")
    assert MORE in kept(notice_last)  # a notice takes no neighbour at the text's end


def test_more_of_the_pages_furniture_goes() -> None:
    for line, reason in (
        ("Het hele verhaal lees je op onze website.", "link"),
        ("Abonneer je op ons YouTube-kanaal", "promo"),
        ("Eerder verschenen in deze serie:", "rubric"),
        ("Dit is deel 2 van een serie over oude bruggen.", "rubric"),
        ("Je leest nu: Nieuwe brug over de IJssel geopend", "interface"),
        ("Dit artikel bevat affiliate links.", "banner"),
        ("We krijgen een kleine vergoeding als je via een link iets bestelt.", "banner"),
        ("Een vraag over je abonnement? Neem contact op met onze klantenservice.", "promo"),
        ("Reageren is niet meer mogelijk.", "comments"),
        ("Privacy policy", "interface"),
        ("Sign up for our newsletter", "interface"),
    ):
        found = aside(joined(TITLE, BODY, line, MORE))
        assert found and {r for r, _ in found} == {reason}, line


def test_news_with_the_furniture_words_stays() -> None:
    for sentence in (
        "Het volledige rapport over de brug verschijnt volgende week.",
        "Dit is deel 2 van de bouw, zegt de aannemer.",
        "Reageren is niet meer mogelijk voor bezwaarmakers, aldus de gemeente.",
        "De provincie ontvangt een vergoeding van het Rijk voor de brug.",
    ):
        assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE)), sentence
    assert "US Open" in kept(joined(TITLE, BODY, "US Open", MORE))  # a tournament, not an English "us"


def test_a_buttons_label_between_paragraphs_goes_and_a_heading_or_sentence_with_its_words_stays() -> None:
    for line in (
        "Toon meer",
        "Laad meer reacties",
        "Artikel opslaan",
        "Link kopiëren",
        "Pagina 2 van 5",
        "View original",
    ):
        assert ("interface", line) in aside(joined(TITLE, BODY, line, MORE)), line
    for text in ("Meer opslaan voor de winter", "Toon meer respect voor fietsers, vraagt de wethouder."):
        assert text in kept(joined(TITLE, BODY, text, MORE)), text


def test_a_consent_dialogs_lines_and_buttons_go_and_news_about_cookies_stays() -> None:
    for line in (
        "Deze cookies zijn nodig om de site te laten werken.",
        "Alles accepteren",
        "Alleen noodzakelijke cookies",
        "Voorkeuren aanpassen",
        "Klik op het informatie-icoon voor meer uitleg.",
        "Hier kun je per doeleinde je toestemming geven of intrekken.",
    ):
        assert ("consent", line) in aside(joined(TITLE, BODY, MORE, line)), line
    news = "De toezichthouder onderzoekt of websites zonder toestemming cookies plaatsen."
    assert news in kept(joined(TITLE, f"{BODY} {news}", MORE))


def test_a_copyright_line_goes_mid_page_and_a_photos_credit_goes_as_its_credit() -> None:
    line = "Alle rechten voorbehouden © 2024 Voorbeeldkrant"
    assert ("copyright", line) in aside(joined(TITLE, BODY, line, MORE))
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): a caption's credit is site text (it stayed), its words stay
    assert ("credit", "© ANP") in aside(joined(TITLE, BODY, "De nieuwe brug bij avond. © ANP", MORE))
    assert "De nieuwe brug bij avond." in kept(joined(TITLE, BODY, "De nieuwe brug bij avond. © ANP", MORE))


def test_a_print_pages_pointer_to_another_sections_page_goes() -> None:
    line = "Interview met de wethouder >Regio, 5"
    assert ("page", line) in aside(joined(TITLE, BODY, line, MORE))
    news = "De wethouder noemde de kosten > 5 miljoen, 12 procent meer dan gepland."
    assert news in kept(joined(TITLE, f"{BODY} {news}", MORE))


def test_a_box_about_someone_the_text_named_is_no_authors_bio() -> None:
    about = "Woont al veertig jaar naast de brug. Werkt als sluiswachter bij de provincie."
    text = joined(TITLE, f"{BODY} Ook buurvrouw Anna de Vries was erbij.", MORE, "Anna de Vries", about)
    assert about in kept(text)


def test_keep_all_sets_no_label_below_the_headline_aside() -> None:
    text = joined(TITLE, "De achtergrond", BODY, f"{MORE} Volg de opening van de brug in ons liveblog.")
    assert not [b for b in article(text, keep_all=True).blocks if b.kind is BlockKind.SITE_TEXT]
