"""Furniture glued to a flattened page's text (issue 21, round 6: pipeline.text.glued_edges and the spans of
pipeline.text.spans): each rule on an example written here, and next to it article text of a similar shape
that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, kept
from tests.pipeline.text.site_helpers import joined as _text


def test_an_aggregators_source_credit_with_its_date_becomes_the_dateline() -> None:
    body = "Zwolle - De nieuwe brug over de IJssel is vrijdag geopend. Fietsers kunnen er vanaf maandag over."
    found = article(_text(TITLE, "Bron: Dagblad Oost | Zwolle 3 maart 2024, 09:15 " + body))
    # the page's date line: set aside, the brief's date still read from it (conv52)
    assert [(b.reason, b.text) for b in found.blocks if b.kind is K.SITE_TEXT] == [
        ("date_line", "Bron: Dagblad Oost | Zwolle 3 maart 2024, 09:15")
    ]
    assert found.meta.published == "Bron: Dagblad Oost | Zwolle 3 maart 2024, 09:15"
    assert found.blocks[-1].text == body  # the lede no longer opens with the credit
    assert kept(_text(TITLE, "Bron: Dagblad Oost | Zwolle 3 maart 2024, 09:15 " + body)).endswith(body)


def test_a_source_named_in_a_sentence_or_without_a_date_stays_in_the_text() -> None:
    # "Bron:" inside running text, with a date further on: no credit opening the block
    sentence = "Volgens de gemeente is de brug veilig. Bron: een rapport van 3 maart 2024, dat de raad kreeg."
    assert not [b for b in article(_text(TITLE, BODY, sentence)).blocks if b.kind is K.DATELINE]
    # a credit without a date is not this rule's
    assert not [b for b in article(_text(TITLE, "Bron: Dagblad Oost " + BODY)).blocks if b.kind is K.DATELINE]


def test_a_players_loading_placeholder_is_set_aside_inside_a_line() -> None:
    line = f"{BODY} Bekijk de beelden van de opening: Video laden... De wethouder knipte het lint door."
    assert ("embed", "Video laden...") in aside(_text(TITLE, line))
    assert "De wethouder knipte het lint door." in kept(_text(TITLE, line))


def test_loading_as_a_word_of_the_article_stays() -> None:
    line = f"{BODY} Het schip bleef urenlang laden... en lossen, tot de haven sloot. De kade is nu leeg."
    assert not [r for r, _ in aside(_text(TITLE, line)) if r == "embed"]
    line = f"{BODY} Vrachtwagens laden... Daarna vertrekken ze naar Duitsland met het staal van de brug."
    assert not [r for r, _ in aside(_text(TITLE, line)) if r == "embed"]


APPEAL = (
    "Nu u hier toch bent... De Brugkrant wil meer eigen onderzoek doen. Maar wij krijgen geen subsidie. "
    "Wij draaien op uw steun. Help ons daarom met een donatie, dan kunnen we doorgaan. Dank u zeer!"
)


def test_an_appeal_that_closes_the_text_is_set_aside_as_a_whole() -> None:
    found = aside(_text(TITLE, BODY, APPEAL))
    assert found == [("donation", APPEAL)]
    # also when the last paragraph is the rest of one long line, after an embed's placeholder
    found = aside(_text(TITLE, BODY + " De brug gaat maandag open. Social " + APPEAL))
    assert ("donation", APPEAL) in found


def test_a_reported_appeal_or_one_in_the_middle_stays() -> None:
    reported = (
        "Nu u hier toch bent... De voedselbank wil meer gezinnen helpen. "
        "Wij draaien op uw steun, zei voorzitter Jansen vrijdag. De bank zoekt ook vrijwilligers."
    )
    assert "De bank zoekt ook vrijwilligers." in kept(_text(TITLE, BODY, reported))
    # the appeal's opener is site text, the article paragraph after it is not part of an appeal
    middle = "Nu u hier toch bent... De brug is 240 meter lang. De bouw duurde drie jaar en kostte twaalf miljoen."
    assert "De bouw duurde drie jaar en kostte twaalf miljoen." in kept(_text(TITLE, BODY, middle))


FEED_BODY = (
    "De brug over de IJssel is vrijdag geopend. Fietsers kunnen er vanaf maandag over, de bussen vanaf… [+1830 chars]"
)


def test_a_news_apis_source_name_after_the_title_is_set_aside() -> None:
    found = article(_text("Nieuwe brug over de IJssel geopend - Dagblad Oost", FEED_BODY))
    assert found.meta.headline == "Nieuwe brug over de IJssel geopend"
    assert ("site_name", "- Dagblad Oost") in [(b.reason, b.text) for b in found.blocks]
    # only the last part: a dash inside the title stays in it
    found = article(_text("Column: Zwolle - Kampen - Radio 3 op 4", FEED_BODY))
    assert found.meta.headline == "Column: Zwolle - Kampen"


def test_a_dash_in_a_title_without_a_news_apis_cut_marker_or_before_a_clause_stays() -> None:
    # no cut marker: not an API's title, the tail is not this rule's
    plain = "Nieuwe brug over de IJssel geopend - Fietsers blij"
    assert article(_text(plain, BODY)).meta.headline == plain
    # with the marker, a tail in lower case is the title's own clause
    clause = "Nieuwe brug over de IJssel geopend - en de fietsers zijn er blij mee"
    assert article(_text(clause, FEED_BODY)).meta.headline == clause


def test_an_agencys_credit_glued_after_a_sentence_is_cut_out() -> None:
    text = _text(TITLE, f"{BODY} (ABC) Tussenkop over de brug {MORE}", f"{MORE} XYZ")
    found = aside(text)
    assert found == [("credit", "(ABC)"), ("credit", "XYZ")]
    assert "Tussenkop over de brug" in kept(text) and kept(text).endswith("vanaf maandag over.")


def test_a_party_after_a_name_or_capitals_inside_a_sentence_stay() -> None:
    # the party stands before the full stop; capitals inside the sentence are words of it
    text = _text(TITLE, f"{BODY} Dat zei wethouder Kees Bakker (ABC). De raad van de FNV en de KNVB zweeg.")
    assert not [r for r, _ in aside(text) if r == "credit"]
    assert kept(text).endswith("De raad van de FNV en de KNVB zweeg.")
    # a short heading ending in an abbreviation after a full stop is not running text
    assert not [r for r, _ in aside(_text(TITLE, BODY, "Nr. 3. KNVB")) if r == "credit"]


def test_a_readers_question_put_as_a_condition_with_an_address_closes_the_text() -> None:
    note = "Heeft u ook een vraag over bruggen, dan kunt u die sturen naar bruggen@krant.example"
    found = aside(_text(TITLE, BODY, MORE, note))
    assert found == [("contact", note)]


def test_what_others_could_send_to_an_address_stays() -> None:
    reported = "Bewoners die een vraag hadden, konden die sturen naar bruggen@gemeente.example, meldt de gemeente."
    assert reported in kept(_text(TITLE, BODY, MORE, reported))
    quoted = '"Heeft u een vraag, dan kunt u die sturen naar bruggen@gemeente.example", zegt de wethouder.'
    assert quoted in kept(_text(TITLE, BODY, MORE, quoted))


def test_a_paragraph_that_only_points_the_reader_here_is_a_link_prompt() -> None:
    prompt = "Fiets je mee? Hier vind je de omleidingen rond de brug en de brugtijden zie je hier."
    assert aside(_text(TITLE, BODY, prompt, MORE)) == [("link", prompt)]


def test_here_in_running_text_or_over_what_follows_stays() -> None:
    # a sentence of the article around it
    mixed = "Hier vind je de oude pont nog terug. Die vaart sinds 1931 tussen de twee oevers."
    assert mixed in kept(_text(TITLE, BODY, mixed, MORE))
    # a colon introduces what follows: the article's
    intro = "Hoe de brug werd ingevaren zie je hier:"
    assert intro in kept(_text(TITLE, BODY, intro, MORE))
    # a question alone is no prompt
    question = "Ga je over de brug?"
    assert question in kept(_text(TITLE, BODY, question, MORE))
