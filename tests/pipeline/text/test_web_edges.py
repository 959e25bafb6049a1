"""A web page's edges by shape (pipeline.text.web_edges): each rule on an example written here, and next to
it article text of a similar shape that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article
from tests.pipeline.text.site_helpers import joined as _text


def _kinds(text: str) -> list[tuple[K, str]]:
    return [(b.kind, b.text) for b in article(text).blocks]


def test_a_name_with_a_lower_case_role_under_it_is_the_byline_even_twice() -> None:
    found = _kinds(_text(TITLE, "Anna de Wit", "verslaggever in Zwolle", "Anna de Wit", "verslaggever in Zwolle", BODY))
    assert found[1:5] == [(K.BYLINE, "Anna de Wit"), (K.BYLINE, "verslaggever in Zwolle")] * 2
    assert article(_text(TITLE, "Anna de Wit", "verslaggever in Zwolle", BODY)).meta.byline == "Anna de Wit"


def test_a_name_above_running_text_or_a_sentence_is_not_an_authors_box() -> None:
    # the lower-case line ends a sentence: text, not a role
    found = _kinds(_text(TITLE, "Anna de Wit", "opende de brug zelf.", BODY, MORE))
    assert (K.BYLINE, "opende de brug zelf.") not in found
    # below the running text a name and a lower-case line are no author's box
    tail = _kinds(_text(TITLE, BODY, MORE, "Kees Bakker", "wethouder van verkeer"))
    assert (K.BYLINE, "wethouder van verkeer") not in tail


def test_an_embedded_posts_name_handle_time_and_date_are_set_aside_and_its_text_is_a_quote() -> None:
    post = "De nieuwe brug is open! Kom vanmiddag langs voor koffie bij het bruggenhoofd."
    text = _text(TITLE, BODY, "Gemeente Zwolle", "@gemeentezwolle", post, "14:05", "12 maart 2024", MORE)
    found = _kinds(text)
    for line in ("Gemeente Zwolle", "@gemeentezwolle", "14:05", "12 maart 2024"):
        assert (K.SITE_TEXT, line) in found
    assert (K.QUOTE, post) in found
    assert ("embed", "@gemeentezwolle") in [(b.reason, b.text) for b in article(text).blocks]


def test_a_handle_without_a_posts_time_and_date_stays() -> None:
    text = _text(TITLE, BODY, "Volg ons ook", "@gemeentezwolle", MORE, "Lees verder in de krant van morgen.")
    assert not [b for b in article(text).blocks if b.reason == "embed"]
    # a time and a date in running text are no embed's
    text = _text(TITLE, BODY, "Wethouder Bakker", "@kbakker", MORE, "De brug gaat om 14:05 open, op 12 maart 2024.")
    assert not [b for b in article(text).blocks if b.reason == "embed"]


def _reasons(text: str) -> list[tuple[str | None, str]]:
    return [(b.reason, b.text) for b in article(text).blocks if b.kind is K.SITE_TEXT]


def test_a_prompt_a_list_of_names_and_a_topic_box_at_the_tail_are_the_pages() -> None:
    text = _text(TITLE, BODY, MORE, "Tip? Mail ons!", "Ons team", "Sanne Kok", "Daan de Bruin", "Ilse van Dam")
    found = _reasons(text)
    assert ("prompt", "Tip? Mail ons!") in found
    assert [r for r in found if r[0] == "people"] == [
        ("people", "Ons team"),
        ("people", "Sanne Kok"),
        ("people", "Daan de Bruin"),
        ("people", "Ilse van Dam"),
    ]
    box = _reasons(_text(TITLE, BODY, MORE, "Bruggen in Overijssel", "27 artikelen"))
    assert box == [("dossier", "Bruggen in Overijssel"), ("dossier", "27 artikelen")]


def test_names_and_questions_of_the_article_stay() -> None:
    # names after a colon are the text's own list; a question and answer inside the text are the article's
    listed = _text(TITLE, BODY, MORE, "De prijzen gingen naar:", "Sanne Kok", "Daan de Bruin")
    assert not [r for r in _reasons(listed) if r[0] == "people"]
    asked = _text(TITLE, BODY, "Duur? Zeker!", MORE)
    assert not [r for r in _reasons(asked) if r[0] == "prompt"]
    # a count that is news, not a topic box's
    counted = _text(TITLE, BODY, MORE, "Slachtoffers", "12 gewonden")
    assert not [r for r in _reasons(counted) if r[0] == "dossier"]
    # a heading whose content is missing, above a box, is not made the page's tail by the box
    dangling = _text(TITLE, BODY, MORE, "Over de bouw", "Tip? Mail ons!")
    assert ("tail", "Over de bouw") not in _reasons(dangling)


def test_a_news_list_of_names_at_the_tail_stays_and_only_a_staff_heading_sets_names_aside() -> None:
    for heading in ("De slachtoffers", "Omgekomen", "De verwachte opstelling", "De jury"):
        listed = _text(TITLE, BODY, MORE, heading, "Sanne Kok", "Daan de Bruin", "Ilse van Dam")
        assert not [r for r in _reasons(listed) if r[0] == "people"], heading
    for heading in ("Presentatoren", "Presentatie", "Medewerkers aan dit artikel"):
        staff = _text(TITLE, BODY, MORE, heading, "Sanne Kok", "Daan de Bruin")
        assert [r[1] for r in _reasons(staff) if r[0] == "people"] == [heading, "Sanne Kok", "Daan de Bruin"]
