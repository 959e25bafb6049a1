"""Rules of round site53 (structure_blind83, by shape across outlets): each on an example written here, with an
article-text look-alike beside it that stays the article's."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept

# --- rubric_frame_rules "roundup": a standing rubric's introduction in the outlet's voice -----------------------------

RUBRIC = "In deze wekelijkse rubriek zetten we de mooiste foto's van onze lezers op een rij."
NAMED_RUBRIC = "Iedere vrijdag bundelt Omroep Zuid de opvallendste berichten van de week."


def test_a_standing_rubric_introduced_in_the_outlets_voice_is_site_text() -> None:
    text = joined(TITLE, f"{RUBRIC} {BODY}", MORE)
    assert ("roundup", RUBRIC) in aside(text)
    assert BODY in kept(text)
    assert ("roundup", NAMED_RUBRIC) in aside(joined(TITLE, NAMED_RUBRIC, BODY, MORE))
    always = "Het is weer maandag en dan zetten we altijd de vijf meest gelezen verhalen van de week op een rij."
    assert ("roundup", always) in aside(joined(TITLE, f"{always} {BODY}", MORE))


def test_an_articles_own_list_or_a_one_off_selection_stays_the_articles() -> None:
    own_list = "Wij zetten de belangrijkste maatregelen van het kabinet op een rij."  # no routine: the article's list
    one_off = "Omroep Zuid heeft de leukste uitjes voor het weekend op een rij gezet."  # no routine either
    for sentence in (own_list, one_off):
        assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE))


# --- rubric_frame_rules PAIRED_TRAILS: the edition's first item announced right after the rubric's introduction -------

TODAY_IN = "Vandaag in Rondje Zuid onder andere: een verdwaalde koe op de ringweg."
ITEM_HEADING = "Koe op de ringweg"
ITEM = "Automobilisten moesten dinsdagochtend uitwijken voor een koe die over de ringweg liep. De boer haalde haar op."


def test_the_editions_first_item_after_a_rubrics_introduction_is_the_rubrics_and_no_item_is_the_headline() -> None:
    text = joined(f"{NAMED_RUBRIC} {TODAY_IN}", ITEM_HEADING, ITEM, MORE)
    assert ("roundup", f"{NAMED_RUBRIC} {TODAY_IN}") in aside(text)
    assert article(text).meta.headline is None  # the frame opens the text: the headings below are the items'
    alone = "Vandaag in Tilburg onder andere: de raad vergadert over de nieuwe begroting."
    assert alone in kept(joined(TITLE, f"{BODY} {alone}", MORE))  # no rubric before it: news


# --- rubric_frame_rules "promo": the outlet's product named as the way to be up to date on the news -------------------

NEWS = "Vandaag staken de buschauffeurs in de hele provincie. Ook de veerpont vaart niet."
UP_TO_DATE = "Met de Ochtendpost ben je weer helemaal op de hoogte van het laatste nieuws uit de regio."


def test_the_outlets_product_named_as_the_way_to_be_up_to_date_is_site_text() -> None:
    text = joined(TITLE, f"{NEWS} {UP_TO_DATE}", MORE)
    assert ("promo", UP_TO_DATE) in aside(text)
    rules = "Met de nieuwe regels blijf je als ondernemer op de hoogte van het nieuws over subsidies."
    assert rules in kept(joined(TITLE, f"{BODY} {rules}", MORE))  # no outlet's product named


# --- site41_rules _STAMP: a bar between a stamp line's date and its time ------------------------------------------


def test_a_stamp_line_with_a_bar_between_date_and_time_is_site_text() -> None:
    stamp = "maandag 3 maart 2025 | 08:15 Laatst bijgewerkt: 3-3-2025 | 09:40"
    assert ("stamp", stamp) in aside(joined(stamp, TITLE, BODY, MORE))
    programme = "maandag 3 maart 2025 | 08:15 Opening van de nieuwe brug"  # no update stamp after it
    assert "Opening van de nieuwe brug" in kept(joined(programme, TITLE, BODY, MORE))


# --- rubric_frame_rules SITE_SENTENCES "comments": the outlet's own comment platform described in its voice -----------

PLATFORM = "Op ons reactieplatform Praatmee kunnen lezers over het nieuws discussiëren en de redactie vragen stellen."


def test_the_outlets_comment_platform_described_before_its_rubric_is_site_text() -> None:
    middle = "Er komen veel reacties binnen."  # short, between two site sentences: theirs
    text = joined(TITLE, f"{PLATFORM} {middle} {RUBRIC}", BODY, MORE)
    found = " ".join(t for _, t in aside(text))
    assert PLATFORM in found and middle in found and RUBRIC in found
    assert BODY in kept(text)


def test_a_platform_without_the_news_or_with_its_speaker_stays_the_articles() -> None:
    founder = "Op ons platform kunnen gebruikers spullen ruilen en over duurzaamheid discussiëren."
    said = "Op ons platform kunnen lezers over het nieuws discussiëren, zegt hoofdredacteur Jansen."
    for sentence in (founder, said):
        assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE))


# --- review53: article sentences the rules took for the outlet's frame ----------------------------------------------


def test_an_institutions_routine_report_is_no_rubric() -> None:
    # a capitalised name beside the verb of gathering that is no outlet's: news about an institution's routine
    for sentence in (
        "Iedere maand verzamelt Rijkswaterstaat de hoogste waterstanden van de grote rivieren.",
        "Het RIVM verzamelt elke week de nieuwste cijfers over besmettingen in verpleeghuizen.",
    ):
        assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE))


def test_a_platform_described_by_its_founder_reported_stays_the_articles() -> None:
    for sentence in (
        "Volgens de oprichter kunnen gebruikers op ons platform over het nieuws discussiëren.",
        "Op ons platform kunnen gebruikers met elkaar discussiëren over het nieuws, legt oprichter Jansen uit.",
    ):
        assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE))


def test_a_named_service_for_news_on_one_subject_is_no_promo() -> None:
    for sentence in (
        "Met de Buienradar app blijf je op de hoogte van het laatste nieuws over het weer.",
        "Via de Rijksoverheid blijf je op de hoogte van het nieuws over de maatregelen.",
    ):
        assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE))
