"""Stop 38 (issue 21, tests/data/STRUCTURE_CONVENTIONS.md): a paragraph printed twice in a row, or an intro repeated at
the start of the first paragraph — the first copy is article text, the second site text ("repeated"), only the copy
where it runs into new words (pipeline.text.paragraph_repeats). Each rule on an example written here, and article text
that repeats on purpose and must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, kinds
from tests.pipeline.text.site_helpers import joined as _text

INTRO = "De nieuwe brug over de IJssel bij Zwolle is vrijdagmiddag na drie jaar bouwen officieel geopend."
NEW = "Honderden fietsers reden als eersten over de brug, die ruim twaalf miljoen euro kostte."
TWO = (
    "Het college wil de oude brug laten staan als monument. De raad praat daar in het voorjaar over, "
    "nadat bewoners hun mening hebben kunnen geven."
)


def _aside_and_kept(text: str) -> tuple[list[tuple[str | None, str]], list[str]]:
    found = kinds(text)
    return aside(text), [t for kind, t in found if kind in (K.PARAGRAPH, K.LEDE)]


# --- the intro repeated at the start of the first paragraph --------------------------------------------------------


def test_an_intro_the_first_paragraph_opens_with_is_set_aside_there_and_the_new_words_stay() -> None:
    found, kept = _aside_and_kept(_text(TITLE, INTRO, f"{INTRO} {NEW}", BODY, MORE))
    assert found == [("repeated", INTRO)]
    assert kept[:2] == [INTRO, NEW]


def test_an_intro_repeated_with_other_case_and_white_space_is_set_aside() -> None:
    copy = INTRO.upper().replace(" ", "  ", 3)
    found, kept = _aside_and_kept(_text(TITLE, INTRO, f"{copy} {NEW}", BODY, MORE))
    assert [(reason, " ".join(text.split())) for reason, text in found] == [("repeated", INTRO.upper())]
    assert NEW in kept


def test_an_intro_with_a_place_label_glued_before_it_is_compared_after_the_label() -> None:
    intro = f"ZWOLLE - {INTRO}"
    found, kept = _aside_and_kept(_text(TITLE, f"Stadsblad - {intro}", f"{intro} {NEW}", BODY, MORE))
    assert ("repeated", intro) in found
    assert NEW in kept


# --- a paragraph printed twice in a row ----------------------------------------------------------------------------


def test_a_paragraph_printed_twice_in_a_row_keeps_its_first_copy() -> None:
    found, kept = _aside_and_kept(_text(TITLE, INTRO, NEW, TWO, TWO, MORE))
    assert found == [("repeated", TWO)]
    assert kept.count(TWO) == 1


def test_a_paragraph_repeated_at_the_start_of_the_next_one_keeps_only_the_new_words() -> None:
    found, kept = _aside_and_kept(_text(TITLE, INTRO, NEW, TWO, f"{TWO} {MORE}", BODY))
    assert found == [("repeated", TWO)]
    assert kept[-2:] == [MORE, BODY]


# --- look-alikes that stay -----------------------------------------------------------------------------------------


def test_a_short_line_printed_twice_is_not_this_rule() -> None:
    # a stock line or a short intro under REPEAT_MIN_WORDS words is left to the other rules
    assert aside(_text(TITLE, "De brug gaat dicht.", "De brug gaat dicht. Dat meldt de gemeente.", BODY, MORE)) == []


def test_a_refrain_quoted_twice_in_a_song_text_stays() -> None:
    # its lines joined by the reader into one block of short clauses
    refrain = "Wij gaan nog niet naar huis,\nnog lange niet, nog lange niet.\nWij blijven hier tot morgenvroeg, dat weet je wel."
    assert aside(_text(TITLE, INTRO, NEW, refrain, refrain, MORE)) == []
    assert aside(_text(TITLE, INTRO, NEW, refrain, f"{refrain} Dan zingt de hele zaal mee.", MORE)) == []


def test_a_question_put_again_in_an_interview_stays() -> None:
    question = "Waarom heeft u er toen zelf eigenlijk voor gekozen om in Zwolle te blijven wonen?"
    answer = f"{question} Omdat mijn kinderen hier naar school gingen, en dat wilde ik ze niet afnemen."
    assert aside(_text(TITLE, INTRO, NEW, question, answer, MORE)) == []


def test_a_pull_quote_over_the_paragraph_that_opens_with_it_stays() -> None:
    quoted = "“Wij hebben hier als buurt meer dan tien jaar op gewacht, en nu is het eindelijk zover.”"
    assert aside(_text(TITLE, INTRO, NEW, quoted, f"{quoted} Dat zegt bewoner Els de Vries.", MORE)) == []
    plain = "Wij hebben hier als buurt meer dan tien jaar op gewacht, en nu is het eindelijk zover."
    assert aside(_text(TITLE, INTRO, NEW, plain, f"{plain} Dat zegt bewoner Els de Vries.", MORE)) == []


def test_a_one_sentence_paragraph_said_twice_in_the_middle_stays() -> None:
    line = "Nooit meer een brug die elke winter dicht moet omdat het ijs de pijlers aantast."
    assert aside(_text(TITLE, INTRO, NEW, line, line, MORE)) == []


def test_an_item_repeated_in_two_lists_stays() -> None:
    item = "De brug is open voor fietsers en voetgangers vanaf maandag zes uur in de ochtend."
    lists = [f"Wat verandert er:\n\n- {item}\n- Auto's rijden om.", f"Samengevat:\n\n- {item}\n- De pont stopt."]
    assert aside(_text(TITLE, INTRO, NEW, *lists, MORE)) == []


def test_a_paragraph_repeated_after_a_subheading_stays() -> None:
    # not in a row: a new section may open by quoting the paragraph it goes on from
    assert aside(_text(TITLE, INTRO, TWO, "Monument", f"{TWO} {MORE}", BODY)) == []
