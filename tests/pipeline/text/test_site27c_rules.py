"""Site text by shape (issue 21, helper site27c): a regional outlet's related list, title copies, map buttons,
image file names, newsletter consent boxes, an emergency section's number — each next to article text of the
same shape that stays. Examples written here."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept

LONG_TITLE = (
    "Buurtbewoners protesteren tegen komst van windmolens langs de dijk bij Kampen: "
    '"Niemand heeft ons iets gevraagd, en nu staan ze er gewoon"'
)  # a linked title of more than twenty words
SHORT_TITLE = 'Wethouder over de nieuwe brug: "We zijn trots op het resultaat"'


def test_a_bulleted_list_of_linked_titles_under_a_related_news_heading_is_set_aside() -> None:
    text = joined(
        TITLE, BODY, MORE, "Gerelateerd nieuws", f"• {LONG_TITLE}", LONG_TITLE, f"• {SHORT_TITLE}", SHORT_TITLE
    )
    blocks = article(text).blocks
    assert not any(b.kind is BlockKind.LIST for b in blocks)
    assert MORE in kept(text)
    assert "windmolens" not in kept(text) and "trots" not in kept(text)


def test_a_list_of_sentences_after_a_related_heading_or_a_list_in_the_text_stays() -> None:
    steps = ("• Zet de kraan dicht en wacht een uur. Controleer dan de meter.", "• Bel daarna de storingsdienst.")
    text = joined(TITLE, BODY, "Gerelateerd nieuws", "\n".join(steps), MORE)
    assert "Zet de kraan dicht" in kept(text)
    in_text = joined(TITLE, BODY, f"• {SHORT_TITLE}", f"• {LONG_TITLE}", MORE)  # no related heading above
    assert "windmolens" in kept(in_text) and "trots" in kept(in_text)


def test_copies_of_the_title_right_after_it_are_set_aside_and_the_first_is_the_headline() -> None:
    title = "Brand in loods op bedrijventerrein Zwolle, omwonenden moeten ramen dichthouden"
    result = article(joined(title, title, title, BODY, MORE))
    assert result.meta.headline == title
    assert [b.reason for b in result.blocks if b.kind is BlockKind.SITE_TEXT] == ["repeated", "repeated"]


def test_a_sentence_repeated_later_or_a_short_repeated_opening_is_not_a_title_copy() -> None:
    said = "De brandweer was snel ter plaatse."  # a sentence, repeated: both stay
    assert kept(joined(said, said, BODY, MORE)).count(said) == 2
    quote = "Wethouder Bakker: dit is een mooie dag"
    text = joined(TITLE, BODY, quote, MORE, quote)  # not at the opening
    assert kept(text).count(quote) == 2


def test_a_map_button_and_an_image_file_name_are_interface_lines() -> None:
    for line in ("Locatie op de kaart", "Bekijk op de kaart", "Aanrijding02", "IMG_4521", "brand-zwolle.jpg"):
        assert ("interface", line) in aside(joined(TITLE, BODY, line, MORE)), line


def test_headings_about_maps_or_with_figures_stay() -> None:
    for line in ("De kaart van Zwolle", "Covid19", "Route 01", "Locatie van de nieuwe school", "A28"):
        assert line in kept(joined(TITLE, BODY, line, MORE)), line


def test_more_news_of_a_section_and_latest_videos_are_teaser_headings() -> None:
    for line in (
        "Meer 112 nieuws uit Zwolle en omgeving",
        "Meer 112-nieuws",
        "Meer regionieuws",
        "Laatste nieuwsvideo's",
    ):
        assert ("teaser", line) in aside(joined(TITLE, BODY, MORE, line)), line
    assert "Meer dan 112 mensen" in kept(joined(TITLE, BODY, "Meer dan 112 mensen meldden zich.", MORE))


def test_a_newsletter_consent_box_and_its_unsubscribe_promise_are_set_aside() -> None:
    box = "Ja, ik wil graag elke week de nieuwsbrief van Dagblad Zwolle ontvangen met het laatste nieuws en acties van partners."
    signup = "Meld je aan om elke week onze nieuwsbrief te ontvangen. Je kunt je altijd weer afmelden."
    reasons = aside(joined(TITLE, BODY, MORE, box, signup))
    assert ("newsletter", box) in reasons
    assert "afmelden" not in kept(joined(TITLE, BODY, MORE, box, signup))


def test_a_person_wanting_a_newsletter_or_leaving_a_club_in_the_text_stays() -> None:
    said = '"Ik wil de nieuwsbrief van de gemeente gewoon op papier", zegt bewoonster Anna de Vries.'
    assert said in kept(joined(TITLE, BODY, said, MORE))
    club = "Leden kunnen zich altijd afmelden bij het bestuur, zegt de voorzitter."
    assert club in kept(joined(TITLE, BODY, club, MORE))


def test_an_emergency_sections_number_as_the_first_line_is_its_header() -> None:
    for line in ("112", "112 Nieuws"):
        result = article(joined(line, TITLE, BODY, MORE))
        assert ("label", line) in [(b.reason, b.text) for b in result.blocks if b.kind is BlockKind.SITE_TEXT], line
        assert result.meta.headline == TITLE
    figure = "112 gewonden bij botsing op A28"  # a title opening with a figure stays the title
    assert article(joined(figure, BODY, MORE)).meta.headline == figure


def test_a_cms_added_stamp_is_the_dateline_and_a_sentence_opening_with_added_stays_text() -> None:
    read = article(joined(TITLE, "Toegevoegd: 3-5-2024, 9.45 uur", BODY, MORE))
    assert [(b.reason, b.text) for b in read.blocks if b.kind is BlockKind.SITE_TEXT] == [
        ("date_line", "Toegevoegd: 3-5-2024, 9.45 uur")  # the page's date line, set aside (conv52)
    ]
    assert read.meta.published == "Toegevoegd: 3-5-2024, 9.45 uur"
    for line in ("Toegevoegd aan de lijst zijn twee nieuwe namen", "Toegevoegd: een extra rijstrook"):
        blocks = article(joined(TITLE, line, BODY, MORE)).blocks
        assert line in [
            b.text for b in blocks if b.kind is not BlockKind.DATELINE and b.kind is not BlockKind.SITE_TEXT
        ]


ONE_LINE = (
    "De brandweer rukte zaterdagavond uit voor een brand in een loods aan de Industrieweg in Zwolle. "
    "Omwonenden moesten hun ramen en deuren sluiten vanwege de rook. Niemand raakte gewond. "
    "De oorzaak van de brand is nog onbekend, meldt een woordvoerder van de veiligheidsregio. "
    "Lees ook: Eerdere brand in Zwolle: ‘We hoorden een enorme knal’ De politie doet onderzoek naar de toedracht "
    "en vraagt getuigen zich te melden. In de loods stonden tractoren, hooibalen en een oude vrachtwagen. "
    "Het bedrijf was al jaren eigendom van een familie uit de buurt, die ter plaatse door slachtofferhulp werd "
    "opgevangen. De Industrieweg was de hele avond afgesloten voor het verkeer. Ook het fietspad ernaast bleef "
    "dicht tot na middernacht. ANP Beeld: Fotopersbureau Zwolle"
)


def test_a_read_also_link_glued_between_sentences_is_cut_out_and_the_article_around_it_stays() -> None:
    text = joined(TITLE, ONE_LINE)
    assert ("teaser", "Lees ook: Eerdere brand in Zwolle: ‘We hoorden een enorme knal’") in aside(text)
    assert "De politie doet onderzoek naar de toedracht en vraagt getuigen zich te melden." in kept(text)
    assert "De oorzaak van de brand is nog onbekend" in kept(text)


def test_read_also_inside_a_sentence_stays() -> None:
    inside = (
        "In de folder van de gemeente staat onder het kopje Lees ook: ‘Meer groen in de wijk’ De bewoners lazen "
        "het kopje pas later."
    )  # no sentence ends before the marker: the sentence's own words
    assert "Meer groen in de wijk" in kept(joined(TITLE, BODY, inside, MORE))


def test_a_whole_article_on_one_line_ending_in_a_photo_credit_is_running_text_with_its_credit() -> None:
    blocks = article(joined(TITLE, ONE_LINE)).blocks
    assert not any(b.kind is BlockKind.CAPTION and "loods" in b.text for b in blocks)
    assert "ANP Beeld: Fotopersbureau Zwolle" in kept(joined(TITLE, ONE_LINE))  # the credit is no brand name


def test_a_photo_caption_stays_a_caption_and_its_credit_goes() -> None:
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): the credit closing a caption is site text (it stayed in it)
    caption = "Brandweerlieden blussen de loods aan de Industrieweg. Foto: Fotopersbureau Zwolle"
    blocks = article(joined(TITLE, BODY, caption, MORE)).blocks
    assert [b.text for b in blocks if b.kind is BlockKind.CAPTION] == [
        "Brandweerlieden blussen de loods aan de Industrieweg."
    ]
    assert (BlockKind.SITE_TEXT, "Foto: Fotopersbureau Zwolle") in [(b.kind, b.text) for b in blocks]


def test_a_photo_caption_glued_after_the_title_is_cut_off_as_a_caption() -> None:
    line = "Brand in loods Zwolle snel onder controle Brand in loods aan de Industrieweg (foto Jan Jansen/ANP)"
    result = article(joined(line, BODY, MORE))
    assert result.meta.headline == "Brand in loods Zwolle snel onder controle"
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): the caption's credit is site text (it stayed in it)
    assert [b.text for b in result.blocks if b.kind is BlockKind.CAPTION] == ["Brand in loods aan de Industrieweg"]
    assert ("credit", "(foto Jan Jansen/ANP)") in [(b.reason, b.text) for b in result.set_aside]


def test_a_title_with_a_bracket_or_its_first_word_again_but_no_credit_stays_whole() -> None:
    for line in (
        "Brand in loods Zwolle: Brand weer opgelaaid (update)",  # a bracket, no photo credit
        "Zwolle wint van Zwolle-Zuid in derby (foto's)",  # the first word again, but joined: no caption's start
    ):
        result = article(joined(line, BODY, MORE))
        assert line.startswith(result.meta.headline or "-") and patterns_words(result.meta.headline) >= 6, line
        assert not any(b.kind is BlockKind.CAPTION for b in result.blocks), line


def patterns_words(text: str | None) -> int:
    return len((text or "").split())


def test_a_date_and_author_or_a_place_date_and_source_are_bylines_above_the_headline() -> None:
    for line in ("3-5-2024, Anna de Vries NwsZ.", "Zwolle - 3 mei 2024 14:05 | Persbureau Oost"):
        result = article(joined(line, TITLE, BODY, MORE))
        assert [b.text for b in result.blocks if b.kind is BlockKind.BYLINE] == [line], line
        assert result.meta.headline == TITLE, line


def test_a_date_before_a_sentence_or_a_bar_before_lower_case_words_is_no_byline() -> None:
    for line in ("3-5-2024, Zwolle en Kampen doen mee aan de proef", "Zwolle - 3 mei 2024 | de uitslagen per wijk"):
        blocks = article(joined(TITLE, BODY, line, MORE)).blocks
        assert line not in [b.text for b in blocks if b.kind is BlockKind.BYLINE], line


def test_a_timed_title_copy_keeps_its_time_when_set_aside() -> None:
    # a liveblog entry's time stays on the copy set aside: no character of the text is lost (found by
    # test_structure's property test on the merged rules)
    doc = article("\n".join(["18:46 Politie zet gebied af", "18:46 Politie zet gebied af", BODY, MORE]))
    copies = [b for b in doc.blocks if b.kind is BlockKind.SITE_TEXT and b.reason == "repeated"]
    assert "18:46" in " ".join((b.time or "") + b.text for b in copies)  # the copy's time is set aside with it
    assert "".join((b.time or "") + b.text for b in doc.blocks).count("18:46") == 2
