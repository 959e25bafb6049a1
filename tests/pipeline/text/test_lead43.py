"""Stop 43, the lead's audit of the stop's rules on texts that are all article (scripts.structure_precision over the
development story sets): a subheading right under "Bekijk de video:" was set aside as a broadcast's title — an article
whose video the feed dropped ("Bekijk de video:", then the next part's heading) lost that heading."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, aside, joined, kept


def test_a_subheading_under_a_pointer_at_a_video_stays() -> None:
    text = joined(TITLE, BODY, "Bekijk de video:", "Baas boos", LONGER)
    assert "Baas boos" in kept(text)
    assert not any(text == "Baas boos" for _, text in aside(text))


def test_thousands_of_short_blocks_pass_the_programme_promo_rule_in_linear_time() -> None:
    import time

    from pipeline.text.read import parse_article

    unit = "Het is zo. Social Video "  # benchmarks/structure.py's 'embed placeholders': one short block each
    text = (unit * (300_000 // len(unit) + 1))[:300_000]
    started = time.perf_counter()
    parse_article(text, source_name="hostile")
    assert time.perf_counter() - started < 20.0  # each block looked at every later block: 60 s and more
