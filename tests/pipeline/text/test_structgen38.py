"""Site text by shape, helper structgen38 (issue 21): rules kept only where they also set aside gold site text of
structure sets their author scored in aggregate alone. Examples written for these tests, each with an article
look-alike that stays."""

from __future__ import annotations

from pipeline.document import Block, BlockKind
from pipeline.text import feed_echo, patterns
from tests.bounded import finishes
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, joined


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in article(text).blocks]


# -- a news API's cut marker takes the ellipsis glued before it (STRUCTURE_CONVENTIONS.md: the marker's tail) ---------


def test_the_ellipsis_glued_before_a_cut_marker_is_the_markers() -> None:
    for cut, stub, marker in (
        ("De brug is vrijdag geopend en de bussen volgen vanaf… [+1830 chars]", "vanaf", "… [+1830 chars]"),
        ("De brug is vrijdag geopend en de bussen volgen vanaf... [622 chars]", "vanaf", "... [622 chars]"),
    ):
        blocks = _blocks(joined(TITLE, BODY, cut))
        assert ("site_text", marker) in blocks
        kept = [text for kind, text in blocks if kind != "site_text"]
        assert kept[-1].endswith(stub)  # the cut text stays, without the ellipsis
        assert "…" not in kept[-1] and "..." not in kept[-1]


def test_an_ellipsis_with_no_cut_marker_after_it_stays() -> None:
    text = joined(TITLE, BODY, "De wethouder aarzelde even… en zei toen ja.", MORE)
    assert all(kind != "site_text" for kind, _ in _blocks(text))
    # a paragraph closed by an ellipsis of its own, the marker further down: only the marker's own line is moved
    blocks = _blocks(joined(TITLE, BODY, "Het besluit volgt later…", MORE + "… [+120 chars]"))
    assert ("paragraph", "Het besluit volgt later…") in blocks


def test_the_moved_ellipsis_leaves_the_marker_no_stale_sentences_and_a_run_of_spaces_stays_linear() -> None:
    # lastread38: the marker's sentences as found ("[+1830 chars]") no longer cover its text once the ellipsis joins it
    cut = Block(BlockKind.PARAGRAPH, "De brug is vrijdag geopend en de bussen volgen vanaf…")
    marker = Block(BlockKind.SITE_TEXT, "[+1830 chars]", reason="feed", sentences=("[+1830 chars]",))
    out = feed_echo.feed_echoes([Block(BlockKind.PARAGRAPH, BODY), cut, marker])
    assert (out[-1].text, out[-1].sentences) == ("… [+1830 chars]", None)
    spaced = "De brug" + " " * 50_000 + "x"  # no ellipsis: each start in the run of spaces was tried to its end
    assert finishes(lambda: feed_echo.CUT_ELLIPSIS.search(spaced), seconds=2)


# -- a line that is one phrase printed twice or more (shape38_rules.SITE_LINES) --------------------------------------


def test_a_phrase_printed_twice_or_more_on_its_line_is_set_aside() -> None:
    for line in (
        "JAARVERGADERING HARMONIE SINT-CECILIAJAARVERGADERING HARMONIE SINT-CECILIA",
        "foto: Kees de Wit / Stadskrantfoto: Kees de Wit / Stadskrant",
        "banner beeld banner beeld banner beeld banner beeld",
    ):
        assert patterns.site_line_reason(line) == "repeated"
        blocks = _blocks(joined(TITLE, line, BODY, MORE))
        assert ("site_text", line) in blocks
        assert article(joined(TITLE, line, BODY, MORE)).meta.headline == TITLE


def test_a_repeated_sentence_or_a_short_word_stays() -> None:
    for line in (
        "Hup Holland hup! Hup Holland hup!",  # a chant: a sentence's mark closes the phrase
        "Nee nee nee",  # a phrase shorter than a label
        "De brug is open, de brug is open voor iedereen",  # a phrase said again, then more
        "Weg ermee. Weg ermee.",
    ):
        assert patterns.site_line_reason(line) is None
        text = joined(TITLE, BODY, line, MORE)
        assert all(kind != "site_text" for kind, _ in _blocks(text))
    assert patterns.site_line_reason("Kampen, Zwolle, Deventer, Kampen, Zwolle, Deventer,") is None  # a list's


def test_a_long_line_of_one_letter_is_read_in_time() -> None:
    for line in ("a" * 399 + "b", ("ab " * 130).strip(), "ab" * 199 + "c"):
        assert finishes(lambda line=line: patterns.site_line_reason(line), seconds=2)


def test_kinds_of_the_example_are_the_articles() -> None:
    blocks = article(joined(TITLE, BODY, MORE)).blocks
    assert [b.kind for b in blocks] == [K.HEADLINE, K.LEDE, K.PARAGRAPH]
