"""Review of round site39 (issue 21): article text of the shape of each new site-text rule, written here, that must
stay article text — and the headline found."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, kept, kinds
from tests.pipeline.text.site_helpers import joined as _text

# --- line_kind_rules.BYLINES: a bracketed remark or reference opening with "Door"/"Tekst:" is no byline (a byline
# is not translated: the remark would be lost) ---------------------------------------------------------------------


def test_a_bracketed_remark_with_a_lower_case_word_after_door_is_no_byline() -> None:
    remark = "(Door Corona verplaatst)"
    assert (K.BYLINE, remark) not in kinds(_text(TITLE, BODY, remark, LONGER))


def test_a_bracketed_reference_to_a_text_is_no_byline() -> None:
    reference = "(Tekst: Psalm 23)"
    assert (K.BYLINE, reference) not in kinds(_text(TITLE, BODY, reference, LONGER))


# --- page_sections.posted_items: a liveblog's own updates, stamped later than its title, are the article's --------


def test_a_liveblogs_update_stamped_after_its_title_stays() -> None:
    title = "Raad debatteert over begroting Geplaatst op: 12-11-2024 19:30"
    update = "Wethouder reageert op kritiek Geplaatst op: 12-11-2024 21:05"
    said = (
        "De wethouder zei dat de bezuinigingen nodig zijn om de begroting sluitend te krijgen, en dat de raad "
        "de keuzes zelf moet maken."
    )
    text = _text(title, BODY, LONGER, update, said, MORE)
    assert "Wethouder reageert op kritiek" in kept(text)
    assert said in kept(text) and MORE in kept(text)


@pytest.mark.xfail(strict=True, reason="an earlier post cited with its stamp, older than the title, reads as the feed")
def test_an_earlier_post_cited_with_its_stamp_and_the_text_after_it_stay() -> None:
    title = "Raad stemt in met plan Geplaatst op: 12-11-2024 19:30"
    cited = "Eerder bericht: Raad stelt besluit uit Geplaatst op: 05-11-2024 20:00"
    assert LONGER in kept(_text(title, BODY, cited, LONGER))


# --- site_sentence_rules "tip": news that readers may send something somewhere ---------------------------------


def test_a_call_for_photos_going_on_after_the_address_stays() -> None:
    news = (
        "Iedereen kan foto's van het oude dorp opsturen naar erfgoed@zwolle.nl; de mooiste komen in de expositie "
        "van het museum."
    )
    assert news in kept(_text(TITLE, BODY, news, LONGER))


def test_a_call_for_votes_going_on_with_and_after_the_address_stays() -> None:
    news = "Je kunt je stem tot vrijdag opsturen naar stemmen@omroep.nl en de winnaar wordt zaterdag bekend."
    assert news in kept(_text(TITLE, BODY, news, LONGER))


@pytest.mark.xfail(strict=True, reason="a council notice's own instruction has the shape of the site's tip")
def test_a_council_notices_own_address_for_objections_stays() -> None:
    notice = "U kunt uw zienswijze tot 1 mei opsturen naar: zienswijze@zwolle.nl"
    assert notice in kept(_text(TITLE, BODY, notice, LONGER))


# --- site_sentence_rules "promo": the outlet's notes quoted in a report ------------------------------------------


def test_a_quoted_subscription_note_stays() -> None:
    news = (
        'De uitgever schreef aan de lezers: "Heeft u vragen over uw abonnement, neem dan contact op met onze '
        'klantenservice."'
    )
    assert news in kept(_text(TITLE, BODY, news, LONGER))


def test_a_quoted_advertising_pitch_stays() -> None:
    news = '"Uw advertentie op onze website trekt meer klanten", zegt de ondernemersvereniging tegen haar leden.'
    assert news in kept(_text(TITLE, BODY, news, LONGER))


# --- title_labels tag trail: a route of four towns under a cycling report's headline -----------------------------


@pytest.mark.xfail(strict=True, reason="a route of place names has the tag trail's shape; no shape tells them apart")
def test_a_route_of_four_towns_under_the_headline_stays() -> None:
    route = "Zwolle - Kampen - Deventer - Apeldoorn"
    assert route in kept(_text("Ronde van Overijssel gaat over vier steden", route, BODY, LONGER))


@pytest.mark.xfail(strict=True, reason="a programme of four events has the tag trail's shape too")
def test_a_programme_of_four_events_under_the_headline_stays() -> None:
    programme = "Optocht - Kermis - Braderie - Vuurwerk"
    assert programme in kept(_text("Dit is het programma van het dorpsfeest", programme, BODY, LONGER))


# --- print_edges: a phone number that is the article's news, under its headline ---------------------------------


def test_a_phone_number_under_the_headline_stays() -> None:
    title, line = "Nieuw nummer voor de huisartsenpost", "Tel. 0900 1234 567"
    text = _text(title, line, BODY, LONGER)
    assert line in kept(text)
    assert (K.HEADLINE, title) in kinds(text)


# --- reference_lines.header_widgets slogan: lower-case words under the headline -----------------------------------


def test_a_campaigns_slogan_under_the_headline_stays() -> None:
    slogan = "vrij / veilig / samen"
    assert slogan in kept(_text("Gemeente lanceert campagne met drie woorden", slogan, BODY, LONGER))


# --- title_position.header_card: an interview's fact lines between the title and its copy -------------------------

QUOTE_TITLE = "'Ik wilde altijd al bakker worden'"


def test_an_interviews_labelled_fact_lines_between_the_title_copies_stay() -> None:
    facts = ("Naam: Els Peeters", "Leeftijd: 34", "Woonplaats: Gent")
    text = _text(QUOTE_TITLE, *facts, QUOTE_TITLE, BODY, LONGER)
    assert all(fact in kept(text) for fact in facts)
    assert (K.HEADLINE, QUOTE_TITLE) in kinds(text)


@pytest.mark.xfail(strict=True, reason="unlabelled fact lines have the header card's very shape")
def test_an_interviews_unlabelled_fact_lines_between_the_title_copies_stay() -> None:
    facts = ("Els Peeters", "34 jaar", "bakker in Gent")
    text = _text(QUOTE_TITLE, *facts, QUOTE_TITLE, BODY, LONGER)
    assert all(fact in kept(text) for fact in facts)


# --- meta_line_rules.TAGLINE: a headline about a paper, two adjectives before it ----------------------------------


def test_a_headline_about_a_new_paper_stays_the_headline() -> None:
    title = "Nieuwe digitale krant voor de Kempen van start"
    assert (K.HEADLINE, title) in kinds(_text(title, BODY, LONGER))


# --- reference_lines.header_widgets social posts: tweets quoted right under the headline --------------------------


def test_quoted_tweets_under_the_headline_stay() -> None:
    tweets = (
        "• De burgemeester tweette: we gaan door twitter.com/burgemeester/status/123\n"
        "• De wethouder antwoordde twitter.com/wethouder/status/456"
    )
    assert "De burgemeester tweette" in kept(_text(TITLE, tweets, BODY, LONGER))
    assert not [t for _, t in aside(_text(TITLE, tweets, BODY, LONGER)) if "tweette" in t]
