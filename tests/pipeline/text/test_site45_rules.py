"""Round site45 (issue 21, blind36 as development set): each rule with an example written here that it must
handle, and text of the same shape on the other side of the rule that must stay as it was."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import (
    BODY,
    LONG,
    LONGER,
    MORE,
    TITLE,
    K,
    aside,
    headline,
    joined,
    kept,
    kinds,
    page,
)

# --- interface_rules: a credit or label in lower case glued to its copy ("foto: Jan Smitfoto: Jan Smit") ------


def test_a_lower_case_credit_glued_to_its_copy_is_set_aside() -> None:
    assert aside(joined(TITLE, "beeld: Karin de Boerbeeld: Karin de Boer", BODY, MORE)) == [
        ("interface", "beeld: Karin de Boerbeeld: Karin de Boer")
    ]


def test_a_line_repeating_a_word_inside_a_sentence_stays_article_text() -> None:
    line = "proost en proost riepen de gasten"
    assert aside(joined(TITLE, BODY, line, MORE)) == []


# --- site_rules: an embed's placeholder, blocked until the reader consents --------------------------------------


def test_an_embeds_placeholder_is_set_aside_and_the_heading_below_it_stays() -> None:
    placeholder = "Om deze video te bekijken moet je eerst de cookies van YouTube accepteren."
    found = kinds(joined(TITLE, BODY, placeholder, "Reactie van de wethouder", LONGER))
    assert (K.SITE_TEXT, placeholder) in found
    assert (K.SUBHEADING, "Reactie van de wethouder") in found


def test_a_sentence_about_consent_for_cookies_stays_article_text() -> None:
    sentence = "Om die reden moet je volgens de toezichthouder toestemming geven voor tracking cookies."
    assert aside(joined(TITLE, BODY, sentence, MORE)) == []


# --- print_edges.next_articles: the next article of a printed page whose datelines have no dash -----------------

FIRST = (
    "De provincie trekt dit jaar twee miljoen euro uit voor het opknappen van fietspaden rond Ermelo. Het geld komt "
    "uit een meevaller op de begroting."
)
SECOND = (
    "Volgens de gedeputeerde zijn vooral de paden langs de provinciale weg aan vervanging toe. De eerste werkzaamheden "
    "beginnen na de zomervakantie."
)
MASTHEAD = ("Veluwse Courant", "3 maart 2021", "Veluwse Courant 3 maart 2021")  # an e-paper's page
NEXT = (
    "Kinderboerderij viert feest",
    "Foto: Henk Visser",
    "HARDERWIJK Met een open dag viert de kinderboerderij zaterdag haar veertigste verjaardag. Er zijn spelletjes "
    "en een markt.",
)


def test_a_next_article_under_its_photo_credit_is_set_aside_when_the_paper_prints_datelines_without_a_dash() -> None:
    found = aside(joined(*MASTHEAD, TITLE, f"ERMELO {FIRST}", SECOND, *NEXT, MORE))
    assert [text for reason, text in found if reason == "next_article"] == [*NEXT, MORE]


def test_a_paragraph_opening_with_an_abbreviation_in_capitals_stays_in_an_article_printed_with_dashes() -> None:
    # the paper prints its datelines with a dash: a later paragraph opening with a party's name is the article's
    party = "VVD Ermelo Wil dat het college ook naar de paden in het bos kijkt, zegt fractievoorzitter Anna de Wit."
    found = aside(joined(*MASTHEAD, TITLE, f"ERMELO - {FIRST}", SECOND, "Ook het bos", party, MORE))
    assert [reason for reason, _ in found] == ["masthead"] * len(MASTHEAD)


# --- closing_cards.cut_blurb_cards: its label, a standfirst cut after its full stop, the last card cut off --------

CARDS = (
    "Ook in de omgeving",
    "Dorpshuis Wapenveld krijgt zonnepanelen",
    "Wapenveld - Het dorpshuis legt deze zomer zestig zonnepanelen op het dak. Dat meldt het bestuur....",
    "Ijsbaan Heerde gaat weer open",
    "Heerde - Na twee zachte winters hoopt de ijsclub dit jaar weer te kunnen schaatsen op de...",
    "Nieuwe eigenaar voor bakkerij in Epe",
    "Epe - De bakkerij aan de Hoofdstraat heeft een nieuwe eigenaar gevonden. De zaak blijft tot...",
    "Fietsbrug over Apeldoorns Kanaal klaar",
    "Vaassen - De nieuwe fietsbrug over het kanaal is",  # the text ends here, inside the last card
)


def test_cards_under_their_label_to_a_text_cut_off_inside_the_last_one_are_set_aside() -> None:
    found = aside(joined(TITLE, BODY, LONGER, *CARDS))
    assert [text for reason, text in found if reason == "teaser"] == list(CARDS)


def test_an_article_cut_off_by_the_text_end_under_its_last_heading_stays() -> None:
    cut = "De bewoners aan de dijk zijn blij met het plan. De voorzitter van de buurtvereniging wil wel dat de"
    text = joined(TITLE, BODY, "Nieuwe plannen", LONGER, "Blije bewoners", cut)
    assert aside(text) == []


# --- page_sections.comment_sections: counted comments over the comment form, no reply buttons ---------------------

COMMENTS = (
    "Reacties (2 reacties geplaatst)",
    "Eindelijk, daar hebben we jaren op gewacht in de wijk.",
    "Mooi plan, maar wie gaat dat allemaal betalen?",
    "Schrijf een reactie",
    "Wij lezen alle reacties voordat ze online komen. Houd het netjes.",
)


def test_counted_comments_over_the_comment_form_and_its_notes_are_set_aside() -> None:
    found = aside(joined(TITLE, BODY, LONGER, *COMMENTS))
    assert [text for _, text in found] == list(COMMENTS)
    assert {reason for reason, _ in found} == {"comments"}


def test_a_heading_counting_reactions_over_the_articles_text_stays() -> None:
    # no comment form under it: the article's own section about the reactions it quotes
    text = joined(TITLE, BODY, "Reacties (2 reacties geplaatst)", LONGER, MORE)
    assert aside(text) == []


# --- title_line: an update stamp closing the title; a lower-case word after capitals and a dash goes on with them ---


def test_an_update_stamp_closing_the_title_is_set_aside_and_the_title_is_the_headline() -> None:
    text = joined(f"{TITLE} update 4 maart", BODY, MORE)
    assert headline(text) == TITLE
    assert aside(text) == [("stamp", "update 4 maart")]


def test_a_title_closed_by_an_events_date_keeps_it() -> None:
    title = "Nieuwe brug over de IJssel open op 4 maart"
    assert headline(joined(title, BODY, MORE)) == title


def test_a_rubrics_name_in_capitals_with_its_edition_in_lower_case_is_one_headline() -> None:
    title = "WEEKOVERZICHT – editie 12 van het clubnieuws"
    assert headline(joined(title, BODY, MORE)) == title


def test_a_kicker_in_capitals_over_a_capitalised_title_stays_in_the_headline() -> None:
    # headline38 (STRUCTURE_CONVENTIONS.md): a kicker glued into the headline's line stays in the headline
    text = joined(f"ANALYSE – {TITLE}", BODY, MORE)
    assert headline(text) == f"ANALYSE – {TITLE}"


# --- web_tails: a run of short questions right before the tip request -------------------------------------------

QUESTIONS = "Een mooie foto van de wijk? Een verslag van de wedstrijd? Een jubileum? Een gouden bruiloft?"


def test_a_run_of_questions_before_the_tip_request_on_its_own_line_is_set_aside() -> None:
    text = page(TITLE, f"{BODY} {QUESTIONS}", "Mail het naar tips@wijkkrant.nl", "", LONGER)
    assert ("tip", QUESTIONS) in aside(text)
    assert BODY in kept(text)


def test_a_run_of_questions_before_the_tip_request_in_its_paragraph_is_set_aside() -> None:
    text = joined(TITLE, BODY, f"{LONG} {QUESTIONS} Meld het aan de redactie.", MORE)
    assert aside(text) == [("tip", f"{QUESTIONS} Meld het aan de redactie.")]


def test_questions_in_the_articles_text_stay() -> None:
    questions = "Wie betaalt de rekening? Wanneer begint de bouw? En hoe lang duurt het?"
    assert aside(joined(TITLE, BODY, f"{questions} De gemeente zegt het nog niet te weten.", MORE)) == []


# --- title_rules.NAME_DATE_BYLINE: the author's name, a bar, the date ------------------------------------------------


def test_a_name_a_bar_and_a_date_under_a_short_title_is_the_byline_not_the_headline() -> None:
    text = joined("Uit de synode", "Karin de Boer | 12 maart 2024", BODY, MORE)
    assert headline(text) == "Uit de synode"
    assert (K.BYLINE, "Karin de Boer | 12 maart 2024") in kinds(text)


def test_a_title_with_a_bar_before_a_date_in_running_words_stays_the_headline() -> None:
    title = "Brand in Kampen | politie zoekt getuigen van 12 maart"
    assert headline(joined(title, BODY, MORE)) == title


# --- crumb_lists.tail_crumbs: the numbered breadcrumb under the title ------------------------------------------


def test_a_numbered_breadcrumb_under_the_title_is_set_aside() -> None:
    crumbs = ("1. Regiochevron right", f"2. {TITLE}")
    found = aside(page("Sport en meer", TITLE, "", *crumbs, "", BODY, "", MORE))
    assert [(reason, text) for reason, text in found if reason == "breadcrumb"] == [("breadcrumb", t) for t in crumbs]


def test_a_numbered_list_under_the_title_that_does_not_close_with_it_stays() -> None:
    steps = ("1. Aanmelden", "2. Betalen bij de kassa van het zwembad")
    found = kinds(page(TITLE, "", *steps, "", BODY, "", MORE))
    assert not [text for kind, text in found if kind is K.SITE_TEXT]


# --- print_edges._title_tags: category tags repeating the title; title_shapes.signed_title ---------------------

SECTION = "• Nieuws\n• Kerkelijk Leven"


def test_a_list_of_tags_repeating_the_short_title_is_set_aside_and_the_title_over_the_byline_stays_the_headline() -> (
    None
):
    text = joined("Kerkelijk leven", "Karin de Boer | 12 maart 2024", SECTION, "Nieuwe predikant beroepen", BODY, MORE)
    assert aside(text) == [("tags", SECTION)]
    assert headline(text) == "Kerkelijk leven"


def test_a_list_of_short_points_under_the_title_stays() -> None:
    points = "• Zwembad\n• Sporthal"
    assert aside(joined(TITLE, points, BODY, MORE)) == []


def test_a_kickers_word_over_the_byline_stays_a_label() -> None:
    text = joined("Column", "Door Anna de Vries", TITLE, BODY, MORE)
    assert headline(text) == TITLE


# --- meta_line_rules: a posting stamp whose poster is the site's domain ---------------------------------------------


def test_a_posting_stamp_by_the_sites_domain_is_set_aside() -> None:
    stamp = "Geplaatst door Wijkkrant.nl op 3-5-2024 10:12 - Gewijzigd op 3-5-2024 11:40"
    assert aside(joined(TITLE, stamp, BODY, MORE)) == [("stamp", stamp)]


def test_a_posting_stamp_by_a_person_stays() -> None:
    assert aside(joined(TITLE, "Geplaatst door Anna de Vries op 3-5-2024 10:12", BODY, MORE)) == []


# --- page_voice_rules: the page's own place for the reader, what it collects -------------------------------------


def test_the_pages_intro_of_what_it_collects_is_set_aside() -> None:
    intro = "Op deze pagina voor je op een rij: de belangrijkste sportberichten uit de regio."
    assert aside(joined(TITLE, f"{intro} {BODY}", MORE)) == [("rubric", intro)]


def test_a_sentence_about_a_place_in_the_news_stays() -> None:
    sentence = "Op deze plek verzameld de fanfare zich elk jaar voor de optocht met nieuwsgierige bezoekers."
    assert aside(joined(TITLE, f"{BODY} {sentence}", MORE)) == []
