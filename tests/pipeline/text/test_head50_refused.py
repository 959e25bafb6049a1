"""head50 (issue 21): shapes that are never a headline on a page whose title the scraper dropped — a time line, a
photo's credit alone, one word in capitals (a round-up's section label), a genre's word alone, a question put to
someone over the answer in quotation marks (pipeline.text.refused_titles). Invented pages of five sites; an ordinary page's first line is
still taken, a lede stays a lede, a real title below a refused line is still found."""

from __future__ import annotations

import pytest

from pipeline.document import Block
from pipeline.text.headline import choose_headline
from pipeline.text.refused_titles import CREDIT_LINE, refused_headline, refused_title, time_line
from tests.pipeline.text.site_helpers import BODY, LONGER, K, article, headline, joined, page

TITLE = "Gemeente Zwolle verkoopt oud raadhuis aan projectontwikkelaar"
ANSWER = "“Het was een mooi en persoonlijk gesprek. Soms ging het over het verhaal dat we samen hebben geschreven.”"


@pytest.mark.parametrize(
    "text",
    [
        joined("Ongeluk", "Vandaag, 14:56 - Update: 3 uur geleden", BODY, LONGER),  # a regional site's stamp
        joined("Gisteren om 09.12 uur", BODY, LONGER),  # a broadcaster's
        joined("nieuws", "Foto: Rick ten Cate - tencatefotografie.nl", BODY, LONGER),  # a local TV site's credit
        joined("SCHIETPARTIJEN", BODY, "STOEPTEGELS", LONGER, "KANAAL", BODY),  # a paper's "what you missed"
        joined("Jij mocht de schrijvers interviewen, wat viel je op?", ANSWER, LONGER),  # a broadcaster's interview
        joined("Opinie", BODY, LONGER),  # a paper's section label over a title dropped
        joined("Achtergrond", BODY, LONGER),  # a weekly's
    ],
)
def test_a_page_without_its_title_gets_none_not_a_stamp_credit_label_or_question(text: str) -> None:
    read = article(text)
    assert read.meta.headline is None
    assert any(b.kind is K.LEDE for b in read.blocks)


def test_the_title_under_a_refused_line_is_still_found() -> None:
    assert headline(joined("Vandaag, 14:56 - Update: 3 uur geleden", TITLE, BODY, LONGER)) == TITLE
    assert headline(joined("Foto: ANP", TITLE, BODY, LONGER)) == TITLE
    assert headline(page("Za 14 mrt 10:07", TITLE, BODY, LONGER)) == TITLE
    assert headline(joined("Essay", TITLE, BODY, LONGER)) == TITLE
    assert headline(joined("Kerstmarkt", BODY, LONGER)) == "Kerstmarkt"  # a title of one word: a noun of the story


def test_an_ordinary_first_line_is_taken_and_a_lede_stays_a_lede() -> None:
    read = article(joined(TITLE, BODY, LONGER))
    assert read.meta.headline == TITLE
    assert [b.kind for b in read.blocks][:2] == [K.HEADLINE, K.LEDE]
    # a title that is a question stays the title: no one addressed, or no answer in quotation marks under it
    for question in ("Wat betekent het nieuwe zwembad voor Zwolle?", "Wat betekent de stikstofregel voor u?"):
        assert headline(joined(question, BODY, LONGER)) == question
    # a title in capitals of more than one word, a title naming a photo, a date and a place in words
    for title in ("BREXIT GAAT DOOR", "Video: zware crash in Indycar-race", "Zwolle om 14.00 uur dicht"):
        assert headline(joined(title, BODY, LONGER)) == title


def test_the_shapes() -> None:
    assert time_line("25/07/2018 - 18:31") and time_line("Bijgewerkt: zaterdag 12 maart 2022 om 14.05")
    assert not time_line("Zwolle om 14.00 uur dicht") and not time_line("12 maart 2022")  # no clock: a date line's
    assert CREDIT_LINE.match("Beeld: Jan Smit / ANP") and not CREDIT_LINE.match("Video: zware crash in Indycar-race")
    blocks = [Block(K.SUBHEADING, "Kun je dit nog betalen?"), Block(K.PARAGRAPH, BODY)]
    assert refused_title(blocks, 0) is None  # a question over running text, not over a quoted answer
    blocks = [
        Block(K.SUBHEADING, "Ben jij ook bang voor de wolf?"),
        Block(K.LIVEBLOG, "", time="21.30"),
        Block(K.PARAGRAPH, ANSWER),
    ]
    assert refused_title(blocks, 0) is None  # a liveblog entry's time under it, its text blank: no quoted answer
    for label in ("Opinie", "Interview", "Essay", "SCHIETPARTIJEN"):  # a genre's word, a round-up's capitals: labels
        round_up = [Block(K.HEADLINE, label), Block(K.PARAGRAPH, BODY), Block(K.SUBHEADING, "STOEPTEGELS")]
        assert refused_title(round_up, 0) is K.SUBHEADING
    alone = [Block(K.HEADLINE, "BREXIT"), Block(K.PARAGRAPH, BODY)]
    assert refused_title(alone, 0) is None  # one capitals word alone over the text: a title (review50)
    for title in ("Kerstmarkt", "Interview met de burgemeester", "NAVO en EU"):  # a noun of the story, a title
        assert refused_title([Block(K.HEADLINE, title), Block(K.PARAGRAPH, BODY)], 0) is None
    assert [b.kind for b in refused_headline([Block(K.HEADLINE, "Opinie"), Block(K.LEDE, BODY)])] == [
        K.SUBHEADING,
        K.LEDE,
    ]


def test_a_given_title_of_a_refused_shape_stays_the_headline() -> None:
    # the page's metadata names it: a word in capitals, a question over a quoted answer (an interview's title)
    for given in ("BREXIT", "Ben jij ook bang voor de wolf?"):
        blocks = choose_headline(
            [Block(K.SUBHEADING, given), Block(K.PARAGRAPH, ANSWER), Block(K.PARAGRAPH, BODY)], given
        )
        assert [b.kind for b in blocks] == [K.HEADLINE, K.PARAGRAPH, K.PARAGRAPH]


ITEMS = page(
    "- Gouverneur Herman Reynders breidt het sproeiverbod in Limburg uit. Er komt een verspilverbod van regenwater.",
    "- Door de aanhoudende hitte blijven veel mensen naar afkoeling snakken. Enkele zwembaden blijven langer open.",
)


@pytest.mark.parametrize(
    ("stamp", "title"),
    [
        ("Nieuws 25/07/2018 - 18:31", "TVL Nieuws, 25 juli 2018"),  # a regional broadcaster's bulletin
        ("25-07-2018 18:31", "ROB-tv Journaal, 25 juli 2018"),
        ("woensdag 25 juli 2018", "Focus WTV Nieuws, 25 juli 2018"),
        ("25.07.2018", "Drenthe Vandaag, 25 juli 2018"),
        ("Gepubliceerd: 25/07/2018", "L1 Nieuws Middag, 25 juli 2018"),
    ],
)
def test_a_programmes_dated_title_under_the_pages_stamp_is_the_headline(stamp: str, title: str) -> None:
    assert headline(page(stamp, title, ITEMS)) == title


def test_a_places_dateline_stays_a_dateline() -> None:
    assert headline(page("25/07/2018 - 18:31", "Eindhoven, 25 juli 2018", ITEMS)) is None  # a place of one word
    assert headline(page("24/07/2018 - 18:31", "TVL Nieuws, 25 juli 2018", ITEMS)) is None  # another day's stamp
    read = article(joined(TITLE, "Den Haag, 25 juli 2018", BODY, LONGER))  # under a title: the article's dateline
    assert read.meta.headline == TITLE and read.meta.published == "Den Haag, 25 juli 2018"
