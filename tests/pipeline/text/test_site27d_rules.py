"""Site text by shape (issue 21, helper site27d): a poll's question, counters without their icons, a tag row with
capital-I separators, a request to report an error, a share appeal — each next to article text of the same shape
that stays. Examples written here."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept


def test_a_poll_line_is_set_aside() -> None:
    for line in ("Poll: Moet de brug ook 's nachts open blijven?", "PEILING: Te duur?"):
        assert ("poll", line) in aside(joined(TITLE, BODY, line, MORE)), line


def test_a_poll_in_the_news_or_a_question_stays() -> None:
    for line in (
        "Uit een poll van de gemeente blijkt dat de helft van de inwoners tegen de brug is.",
        "Moet de brug ook 's nachts open blijven?",
        "Poll: meerderheid wil nachtelijke openstelling",
    ):
        assert line in kept(joined(TITLE, BODY, line, MORE)), line


def test_counters_on_lines_of_their_own_are_set_aside() -> None:
    for line in ("14 claps", "0 bezoekers", "1.204 weergaven"):
        assert ("counter", line) in aside(joined(TITLE, BODY, line, MORE)), line


def test_counts_in_a_sentence_stay() -> None:
    line = "Het evenement trok 1.204 bezoekers, meer dan vorig jaar."
    assert line in kept(joined(TITLE, BODY, line, MORE))


def test_a_tag_row_with_capital_i_separators_is_set_aside() -> None:
    line = "TAGS  I  Zwolle  I  Kees Bakker  I  Zwembad"
    assert any(reason == "tags" for reason, _ in aside(joined(TITLE, BODY, MORE, line)))


def test_a_sentence_about_tags_stays() -> None:
    line = "Tags I gave the children were all lost, zei de Engelse bezoeker."
    assert "children" in kept(joined(TITLE, BODY, MORE, line))


def test_a_request_to_report_an_error_is_set_aside() -> None:
    line = "Typfout gezien? Mail de redactie."
    assert [reason for reason, _ in aside(joined(TITLE, BODY, MORE, line))] == ["correction", "tip"]


def test_a_question_about_a_mistake_in_the_news_stays() -> None:
    line = "Fout gezien bij de VAR? De bond zegt van niet en laat de uitslag staan."
    assert line in kept(joined(TITLE, BODY, line, MORE))


def test_a_share_appeal_is_set_aside() -> None:
    for line in (
        "Deel dit bericht met je vrienden!",
        "Laat dit verhaal viral gaan in Kampen, deel het met al je vrienden!",
    ):
        assert any(reason == "share" for reason, _ in aside(joined(TITLE, BODY, MORE, line))), line


def test_sharing_in_the_news_or_a_quoted_appeal_stays() -> None:
    for line in (
        "De winnaar deelde het prijzengeld met zijn vrienden uit de straat.",
        "'Deel het met je vrienden,' zei de burgemeester over de nieuwe app.",
    ):
        assert line in kept(joined(TITLE, BODY, line, MORE)), line


def test_links_to_more_local_news_and_to_the_source_and_a_follow_button_are_set_aside() -> None:
    for reason, line in (
        ("link", "Bekijk al het nieuws uit Kampen"),
        ("link", "Lees het hele bericht bij Voorbeeldkrant."),
        ("promo", "Ontvang updates voor Kampen"),
    ):
        assert (reason, line) in aside(joined(TITLE, BODY, MORE, line)), line


def test_news_about_updates_or_reading_stays() -> None:
    for line in (
        "Bewoners ontvangen updates over de werkzaamheden per brief.",
        "Lees het hele bericht bij de politie was het advies van de wijkagent, die niets kwijt wilde.",
        "Ontvang updates voor Kampen? Dat kan pas na de zomer, zegt de gemeente.",
    ):
        assert line in kept(joined(TITLE, BODY, line, MORE)), line


def test_a_paywall_slogan_and_its_offer_are_promo() -> None:
    slogan, offer = "Mis niks, word abonnee!", "Kies hier je abonnement."
    reasons = [reason for reason, _ in aside(joined(TITLE, BODY, MORE, slogan, offer))]
    assert reasons == ["promo", "promo"]


def test_a_missed_chance_in_the_news_stays() -> None:
    line = "Mis niks van de intocht, zegt de organisatie, en kom op tijd."
    assert line in kept(joined(TITLE, BODY, line, MORE))


def test_a_most_recent_heading_opens_a_story_list() -> None:
    teaser = "Kampen krijgt nieuwe brug over de IJssel"
    assert ("teaser", "Meest recent") in aside(joined(TITLE, BODY, MORE, "Meest recent", teaser))


def test_a_most_recent_figure_in_a_sentence_stays() -> None:
    line = "Meest recent zijn de cijfers van het CBS over 2023."
    assert line in kept(joined(TITLE, BODY, line, MORE))


def test_a_weather_widget_and_a_category_stamp_atop_the_page_are_set_aside() -> None:
    assert ("weather", "vrijdag 3 mei 14°C 20 km/u") in aside(joined(TITLE, BODY, MORE, "vrijdag 3 mei 14°C 20 km/u"))
    assert ("label", "verkeer 3 mrt 09:15") in aside(joined("verkeer 3 mrt 09:15", TITLE, BODY, MORE))


def test_a_forecast_day_a_weather_sentence_and_a_bare_stamp_stay() -> None:
    for line in ("Zaterdag 3 mei 14°C", "Vrijdag wordt het 14°C met een zwakke wind.", "Marktdag 3 mei 14:00"):
        assert line in kept(joined(TITLE, BODY, line, MORE)), line


def test_a_bare_byline_label_under_the_title_is_a_byline_not_site_text() -> None:
    blocks = article(joined(TITLE, "door", BODY, MORE)).blocks
    assert [b.kind for b in blocks if b.text == "door"] == [BlockKind.BYLINE]


def test_a_lower_case_tag_link_still_is_site_text() -> None:
    assert ("label", "zwembad") in aside(joined(TITLE, BODY, "zwembad", MORE))


def test_a_section_label_glued_after_the_title_and_echoed_below_it_is_cut_off() -> None:
    title = "Nieuwe brug over de IJssel geopend na jaren van vertraging"
    result = article(joined(f"{title} Regio\nRegio", title, BODY, MORE))
    assert result.meta.headline == title
    assert [b.text for b in result.blocks if b.kind is BlockKind.SITE_TEXT] == ["Regio", "Regio", title]


def test_a_title_ending_in_a_place_that_a_line_below_names_stays_whole() -> None:
    title = "Nieuwe brug geopend over de rivier bij Zwolle"
    result = article(joined(f"{title}\nZwolle", BODY, MORE))  # no copy of a shorter title follows
    assert result.meta.headline == title


def test_a_lower_case_day_and_its_stamp_atop_the_page_stay_a_dateline() -> None:
    text = joined(TITLE, "maandag 3 maart 2025 09:15", BODY, MORE)
    assert aside(text) == [("date_line", "maandag 3 maart 2025 09:15")]  # the page's date line (conv52)
    assert article(text).meta.published == "maandag 3 maart 2025 09:15"
