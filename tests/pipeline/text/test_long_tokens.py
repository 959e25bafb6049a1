"""fix33c: a text that is (or holds) one long token of a repeating shape ("AbAb…") is read in linear time — the
structure pass's rules tried at every position of the token against the rest of it took minutes on 200 kB. Each
probe runs in a forked child (a regular expression holds the interpreter: no signal stops it), killed past a
bound that a linear pass keeps well within and the rule as it was exceeded more than tenfold."""

from __future__ import annotations

from pipeline.document import Block, BlockKind
from pipeline.text import patterns, web_tails
from pipeline.text.glued_edges import link_prompts
from pipeline.text.header_boxes import named_author_boxes
from pipeline.text.html_text import plain_or_html_blocks
from pipeline.text.inline_chrome import inline_spans
from pipeline.text.title_labels import labels_below_title
from tests.bounded import finishes

TOKEN = 200_000  # characters: the size of the finding (read_article ~55 s)
# seconds: the slowest linear probe takes ~0.9 s on this 2-core machine under load, the rules as they were 14 s to
# minutes (comments below); 1 s was once exceeded by a linear pass under load
BOUND = 5.0


def _token(unit: str) -> str:
    return (unit * (TOKEN // len(unit) + 1))[:TOKEN]


def test_a_line_of_one_long_token_of_glued_capitals_is_no_doubled_label_tried_at_each_capital() -> None:
    # interface_rules.SITE_LINES' doubled label: each capital of "AbAb…" a place the label may end, compared against
    # the rest of the line (~14 s on 200 kB); the glued doubled label itself still read as one
    assert finishes(lambda: patterns.site_line_reason(_token("Ab")), seconds=BOUND)
    assert patterns.site_line_reason("Vorige paginaVorige Pagina") == "interface"
    assert patterns.site_line_reason("ReagerenReageren") == "interface"


def test_an_embed_title_of_one_long_run_of_opening_quotation_marks_is_read_in_linear_time() -> None:
    # inline_chrome._embed_title took each quotation out of the text after an embed's pointer: each opening mark
    # with no closing one after it read the text to its end (40,000 marks ~22 s)
    words = " ".join(["woord"] * 160)  # a whole page's text on one line: the pointer may close it
    line = f"De gemeente {words}. Bekijk hier de video: x" + "‘" * TOKEN
    assert finishes(lambda: inline_spans(line), seconds=BOUND)
    quoted = f"De gemeente {words}. Bekijk hier de video: Zij zei ‘Nee.’ en ging"
    assert [reason for *_, reason in inline_spans(quoted)] == ["embed"]  # the sentence's end inside a quotation


def test_a_line_above_the_headline_of_one_long_run_of_tag_openings_is_read_in_linear_time() -> None:
    # title_labels._kicker_above took the tags out of the line above the headline: each "<" with no ">" after it
    # read the line to its end (~19 s on 200 kB); a region's name in tags is still the rubric
    para = Block(
        BlockKind.PARAGRAPH, "De gemeente heeft dinsdag besloten de oude brug te vernieuwen, zei de wethouder."
    )
    title = Block(BlockKind.HEADLINE, "Brug wordt vernieuwd")
    hostile = [Block(BlockKind.SUBHEADING, "x" + "<" * TOKEN), title, para]
    assert finishes(lambda: labels_below_title(hostile), seconds=BOUND)
    assert labels_below_title([Block(BlockKind.SUBHEADING, "<b>Utrecht</b>"), title, para])[0].reason == "rubric"


def test_an_html_chunk_of_one_long_run_of_comment_openings_is_read_in_linear_time() -> None:
    # html_text took each script, style sheet and comment out of an HTML chunk (to check its words were kept): each
    # "<!--" with no "-->" after it read the chunk to its end (~32 s on 200 kB)
    html = "<p>Brug wordt vernieuwd</p>\n<p>De gemeente heeft dinsdag besloten de brug te vernieuwen.</p><p>"
    assert finishes(lambda: plain_or_html_blocks(html + _token("<b><!--") + "</p>"), seconds=BOUND)
    found = plain_or_html_blocks(html + "</p><!-- verborgen --><script>var x;</script><p>Meer.</p>")
    assert [b.text for b in found if b.kind is not BlockKind.SITE_TEXT][-1] == "Meer."
    assert not any("verborgen" in b.text or "var" in b.text for b in found if b.kind is not BlockKind.SITE_TEXT)


def test_a_paragraph_of_one_long_token_of_pronouns_is_no_question_read_in_quadratic_time() -> None:
    # HERE_QUESTION (reader_pointers; was pointer_rules, edge_rules) read the rest of the sentence again after each
    # "je"/"u" ("u-u-u-…", one word: ~49 s on 200 kB); a question before a pointer to a link that is gone is still read
    # as one
    assert finishes(lambda: link_prompts([Block(BlockKind.PARAGRAPH, _token("u-"))]), seconds=BOUND)
    (found,) = link_prompts([Block(BlockKind.PARAGRAPH, "Fiets je mee? Hier vind je het overzicht.")])
    assert found.reason == "link"


def test_a_card_line_of_one_long_run_of_quoted_letters_is_read_in_linear_time() -> None:
    # web_rules.GLUED_TITLE (web_tails: a card's title glued to its teaser) read the run of lower-case letters and
    # quotation marks to its end from each letter after a "”" (20,000 characters ~3 s); the glued title still found
    assert finishes(lambda: web_tails.GLUED_TITLE.search(_token("”a")), seconds=BOUND)
    assert web_tails.GLUED_TITLE.search("Het college laat het asfalt verruwenRotonde krijgt nieuwe fietspaden")


def test_many_short_lines_above_the_running_text_are_no_author_box_judged_against_all_below_each_time() -> None:
    # header_boxes.named_author_boxes gathered the running text below each short line before the first paragraph
    # of running text, again for every line (1 MB of "Het is zo. Social Video" as one line: 1,154 s in the
    # structure benchmark); the running text is gathered once now
    lines = [Block(BlockKind.PARAGRAPH, "Social Video") for _ in range(20_000)]
    running = Block(BlockKind.PARAGRAPH, " ".join(["Dit is een zin van het artikel."] * 8))
    assert finishes(lambda: named_author_boxes([*lines, running]), seconds=BOUND)
