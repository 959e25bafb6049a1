"""Review 23's findings in the structure rules: outside input that crashed (a run of thousands of
lower-case lines) or took quadratic time (a page's tail), a hard-wrapped line set aside as a label, and
first-line rules that took (part of) a headline — next to the site text those rules are for."""

from __future__ import annotations

import itertools
import time

from pipeline.document import Block
from pipeline.text.page_edges import tail_lines
from tests.pipeline.text.site_helpers import BODY, MORE, K, article, aside

SENTENCE = "Dit is een lange alinea met genoeg woorden om als lopende tekst te gelden in het artikel."


def test_thousands_of_lower_case_lines_parse_without_recursion() -> None:
    text = "Titel van het stuk\n\n" + "\n".join(["apache"] * 5000) + f"\n\n{SENTENCE}\n"
    start = time.perf_counter()
    found = article(text)
    # a bound against a hang, not a speed target: 1.5 s alone on this machine (linear: 3 s for 10,000 lines); over
    # 5 s once with six other sessions running, so the bound is 15 s
    assert time.perf_counter() - start < 15.0
    assert SENTENCE in " ".join(b.text for b in found.blocks if b.kind is not K.SITE_TEXT)


def test_a_long_tail_on_both_sides_of_one_paragraph_is_linear() -> None:
    words = ["rood", "blauw", "groen", "geel", "zwart", "wit", "paars", "oranje", "grijs", "bruin"]
    combos = [" ".join(c) for c in itertools.product(words, repeat=4)][:8000]
    head = [Block(K.PARAGRAPH, f"Kleur {c}") for c in combos]
    tail = [Block(K.PARAGRAPH, f"Tint {c}") for c in combos]
    start = time.perf_counter()
    out = tail_lines([*head, Block(K.PARAGRAPH, SENTENCE), *tail])
    assert time.perf_counter() - start < 2.0  # quadratic: 6 s for 4000 + 4000 blocks
    assert [b.reason for b in out] == [None] * 8001 + ["tail"] * 8000
    text = "Titel\n\n" + "\n\n".join(b.text for b in head[:200]) + f"\n\n{SENTENCE}\n\n"
    text += "\n\n".join(b.text for b in tail[:200])
    found = [b.text for b in article(text).blocks if b.reason == "tail"]
    assert found == [b.text for b in tail[:200]]  # through parse_article: the tail, nothing before it


def test_tail_lines_need_running_text_before_them() -> None:
    blocks = [Block(K.PARAGRAPH, "Onze partners"), Block(K.PARAGRAPH, "Vacatures")]
    assert all(b.kind is K.PARAGRAPH for b in tail_lines(blocks))
    with_text = [Block(K.PARAGRAPH, SENTENCE), *blocks]
    assert [b.reason for b in tail_lines(with_text)] == [None, "tail", "tail"]


def test_a_hard_wrapped_line_in_the_middle_of_a_sentence_is_no_label() -> None:
    wrapped = (
        "Tekort bij de gemeente\n\n"
        "Volgens de wethouder ligt de oorzaak van het tekort bij de gemeente\n"
        "ook bij de provincie\n"
        "Noord-Holland, die het budget vorig jaar fors heeft verlaagd.\n\n"
        f"{BODY}\n"
    )
    assert aside(wrapped) == []
    assert "gemeente ook bij de provincie Noord-Holland" in " ".join(b.text for b in article(wrapped).blocks)
    tag = BODY.split(". ")[0] + ".\n\nJan de Vries\nzwembaden\nHet bad opent in mei.\n"
    assert ("label", "zwembaden") in aside(tag)  # under a name, not under a cut-off sentence


def test_headlines_that_look_like_a_section_header_or_open_with_a_particle_are_kept() -> None:
    for headline in ("Goed nieuws", "Nieuws over de formatie", "van der Poel wint Ronde van Vlaanderen"):
        text = f"{headline}\n\n{BODY}\n\n{MORE}\n"  # two paragraphs (the first twice in a row is a page's copy, site41)
        assert aside(text) == [], headline
        assert article(text).meta.headline == headline


def test_section_headers_and_a_lower_case_label_on_the_first_line_are_still_set_aside() -> None:
    for header in ("Regionaal nieuws", "Politiek nieuws", "Stadsnieuws", "Nieuws uit Almelo"):
        text = f"{header}\n\nZwembad in Zwolle gaat er na jaren toch komen\n\n{BODY}\n"
        assert aside(text) == [("label", header)], header
    glued = f"van de hoofdredactie Zwembad in Zwolle gaat er na jaren toch komen\n\n{BODY}\n"
    assert aside(glued) == [("label", "van de hoofdredactie")]
