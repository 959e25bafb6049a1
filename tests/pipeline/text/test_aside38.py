"""Rules narrowed in aside38 (issue 21: no article text set aside, on every set): each on an example written here —
the article-text look-alike that must stay — beside the site text the rule exists for, which must still go."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, joined, kept, kinds, page

# --- line_groups.doubled_caption: a caption printed twice in a row, the first copy the caption --------------------

CAPTION = "De burgemeester knipt het lint door bij de nieuwe bibliotheek aan de Markt."
CREDITED = "Fietsers op de nieuwe brug bij Hattem op de eerste zaterdag na de opening. Foto: Anne Smit"


def test_a_caption_printed_twice_above_the_title_is_the_caption_then_its_copy() -> None:
    found = kinds(joined(page(CAPTION, CAPTION), TITLE, BODY, MORE))
    assert found[:3] == [(K.CAPTION, CAPTION), (K.SITE_TEXT, CAPTION), (K.HEADLINE, TITLE)]
    assert ("repeated", CAPTION) in aside(joined(page(CAPTION, CAPTION), TITLE, BODY, MORE))


def test_a_credited_caption_printed_twice_is_the_caption_its_credit_then_its_copy() -> None:
    found = kinds(joined(TITLE, BODY, page(CREDITED, CREDITED), MORE))
    caption = CREDITED.split(" Foto:")[0]
    assert (K.CAPTION, caption) in found
    assert found.index((K.CAPTION, caption)) < found.index((K.SITE_TEXT, CREDITED))
    # printed once it is the caption, no copy set aside
    assert ("repeated", CREDITED) not in aside(joined(TITLE, BODY, CREDITED, MORE))


# --- web_tails.tip_questions: the article's offer to the reader, answered by an instruction to mail "dan" -------

OFFER = "Wil je deze website graag nu al uitproberen? Stuur dan een e-mail met je gegevens naar info@voorbeeldvzw.be."
JOIN = "Wilt u ook meelopen met de wandeltocht? Mail dan naar aanmelden@wandelclub-zwolle.nl."


def test_an_instruction_to_mail_answering_the_articles_offer_stays() -> None:
    for offer in (OFFER, JOIN):
        text = joined(TITLE, f"{BODY} {offer}", MORE)
        assert not aside(text), offer
        assert offer.split("? ")[1] in kept(text)


def test_a_tip_request_answering_a_question_for_news_or_naming_the_newsroom_still_goes() -> None:
    for request in (
        "Heb je een tip? Stuur dan een e-mail naar info@stadskrant.nl.",  # the question is the tip line's own
        "Wil je ook je nieuws in de krant? Mail dan naar info@stadskrant.nl.",  # a question for news
        "Wil je meedoen aan de enquête? Stuur dan een e-mail naar redactie@stadskrant.nl.",  # the newsroom
        "Stuur een e-mail met je tip naar info@stadskrant.nl.",  # no question: the instruction alone
    ):
        text = joined(TITLE, f"{BODY} {request}", MORE)
        assert any(reason == "tip" for reason, _ in aside(text)), request


# --- text_ends._cut_phrase: a sentence's opening cut off in a word the text also has whole ----------------------

IMKERS = (
    "De imkers van Hattem zijn blij met de nieuwe bijenstal aan de rand van het dorp. Elke imker krijgt er een "
    "eigen plek voor zijn kasten, en de imkerij van de vereniging verhuist er in het voorjaar naartoe."
)


def test_a_clause_cut_off_in_a_word_the_text_also_has_whole_is_the_articles() -> None:
    for cut in ("Sinds maart hebben de imker", "Omdat er voor de imker"):
        text = joined(TITLE, BODY, IMKERS, cut)
        assert cut in kept(text), cut
        assert not aside(text), cut


def test_a_short_closing_line_ending_in_such_a_word_is_still_the_pages_tail() -> None:
    # no sentence's opening (a label's words), or too short for one: the page's closing line
    for line in ("Andere verhalen over de imker", "Via de imker"):
        assert ("tail", line) in aside(joined(TITLE, BODY, IMKERS, line)), line
