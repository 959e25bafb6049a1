"""One label convention for photo credits, genre labels and source lines (issue 21, conventions37;
tests/data/STRUCTURE_CONVENTIONS.md): examples written for these tests, each with an article look-alike that stays."""

from __future__ import annotations

from pipeline.document import Block, BlockKind
from pipeline.text.caption_credits import caption_credits
from tests.bounded import finishes
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, headline, joined, kinds


def _cut(kind: BlockKind, text: str) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in caption_credits([Block(kind, text)])]


def test_a_credit_closing_a_caption_is_cut_off_and_the_caption_stays() -> None:
    for caption, credit in (
        ("De fanfare trekt door de Dorpsstraat.", "Foto: Kees de Wit"),
        ("Het koor bij de eerste repetitie in maart", "(foto: Kees de Wit)"),
        ("De oude molen aan de dijk", "(foto Kees de Wit/Persbureau Zuid)"),
        ("Leden van de club bij het jubileum.", "© Persbureau Zuid"),
        ("De wethouder op de markt.", "(c) Belga"),
        ("De burgemeester opent de brug.", "Beeld Kees de Wit"),
        ("De spelers vieren de titel.", "Foto: Kees de Wit voor de Stadskrant"),
        ("De veerboot in de haven van Breskens", "| Kees de Wit"),
        ("De fanfare in de Dorpsstraat.", "ANP KEES DE WIT"),
        ("De fanfare in de Dorpsstraat", "(foto: Kees de Wit) (foto: Stadskrant)"),
    ):
        assert _cut(BlockKind.CAPTION, f"{caption} {credit}") == [("caption", caption), ("site_text", credit)]
    assert _cut(BlockKind.CAPTION, "Kees de Wit\nFoto: Persbureau Zuid") == [
        ("caption", "Kees de Wit"),
        ("site_text", "Foto: Persbureau Zuid"),
    ]


def test_a_captions_own_words_that_look_like_a_credit_stay() -> None:
    for text in (
        "De tentoonstelling opent zaterdag. Foto: een zelfportret van de schilder.",  # lower case: no name
        "Video: Beelden van de ondergelopen straten in Valkenburg",  # a label's colon over the caption's own words
        "Foto: van links naar rechts Jan, Piet en Kees",
        "Het station van Utrecht (archief)",
        "Copyright © 2024 Stadskrant",  # one word of its own: a copyright line, no caption and its credit
    ):
        assert _cut(BlockKind.CAPTION, text) == [("caption", text)]
    # a name after a bar closes a caption only: under a heading it is the heading's
    assert _cut(BlockKind.SUBHEADING, "Interview | Kees de Wit") == [("subheading", "Interview | Kees de Wit")]
    # a paragraph's credit is the paragraph rules' (glued_edges.agency_credits), not this pass's
    assert _cut(BlockKind.PARAGRAPH, "De fanfare trekt door de Dorpsstraat. (foto: Kees de Wit)") == [
        ("paragraph", "De fanfare trekt door de Dorpsstraat. (foto: Kees de Wit)")
    ]


def test_a_credit_alone_on_its_line_is_site_text() -> None:
    for line in ("Foto: Kees de Wit", "Foto Persbureau Zuid", "© Belga", "(c) Kees de Wit", "ANP/Kees de Wit"):
        assert ("credit", line) in aside(joined(TITLE, BODY, line, MORE)), line
    # an agency's name alone under a caption is its credit; under the headline it is the byline's place
    assert _cut(BlockKind.CAPTION, "De fanfare in de Dorpsstraat.") + [
        p for p in caption_credits([Block(K.CAPTION, "De fanfare in de Dorpsstraat."), Block(K.CAPTION, "REUTERS")])
    ][1:] == [("caption", "De fanfare in de Dorpsstraat."), Block(K.SITE_TEXT, "REUTERS", reason="credit")]
    assert _cut(BlockKind.CAPTION, "REUTERS") == [("caption", "REUTERS")]


def test_a_genre_label_alone_above_or_below_the_headline_is_site_text() -> None:
    for label in ("Interview", "Column", "Opinie", "Liveblog", "Voetbalblog", "Video", "Update"):
        text = joined(label, TITLE, BODY, MORE)
        assert label in [t for _, t in aside(text)], label  # "Video" was a menu's item ("navigation") already
        assert headline(text) == TITLE
    assert ("label", "Analyse") in aside(joined(TITLE, "Analyse", BODY, MORE))


def test_a_genre_word_as_the_headlines_kicker_or_a_heading_further_down_stays() -> None:
    glued = "Column: De brug die niemand wilde"
    assert headline(joined(glued, BODY, MORE)) == glued  # glued into the headline's line: its kicker
    inside = joined(TITLE, BODY, "Analyse", MORE)
    assert (K.SUBHEADING, "Analyse") in kinds(inside)  # a heading of the article, not next to its title


def test_a_source_line_alone_is_site_text_and_a_sentence_about_sources_stays() -> None:
    for line in ("Bron: Omroep West", "(bron: gemeente Zwolle)"):
        assert ("source", line) in aside(joined(TITLE, BODY, MORE, line)), line
    sentence = "Bronnen in Den Haag melden dat het kabinet de brug wil betalen."
    assert not aside(joined(TITLE, BODY, sentence, MORE))


def test_a_caption_of_long_runs_of_white_space_is_read_in_linear_time() -> None:
    """lastread37: the credit's white space was given back space by space (66 s for 40,000 characters)."""
    texts = ("De haven." + " \n" * 20_000 + "x", "De haven" + " " * 40_000 + "x", "De haven." + " \t" * 20_000 + "(x")
    assert finishes(lambda: [_cut(BlockKind.CAPTION, text) for text in texts], 2.0)  # linear: milliseconds
    for text in texts:
        assert _cut(BlockKind.CAPTION, text) == [("caption", text)]
    assert _cut(BlockKind.CAPTION, "De veerboot in de haven.  \n  Foto: Kees de Wit") == [
        ("caption", "De veerboot in de haven."),
        ("site_text", "Foto: Kees de Wit"),
    ]
