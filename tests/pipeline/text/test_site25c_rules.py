"""Site text by shape on aggregator items and pages (issue 21, helper site25c): article text that must stay (a
product named after a medium inside a sentence, an author's role under a byline) next to the site text of the
same shape that goes. Examples written here."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept


def test_a_media_name_inside_a_sentence_naming_a_product_stays_and_a_standalone_one_goes() -> None:
    sentence = "De dienst wordt vanaf maart vervangen door YouTube Music. Gebruikers krijgen daarover een mail."
    text = joined(TITLE, BODY, sentence)
    assert not aside(text)
    standalone = "Fietsers kunnen er vanaf maandag over. YouTube Goedemorgen allemaal, de brug is open."
    assert ("embed", "YouTube") in aside(joined(TITLE, BODY, standalone))
    before_a_title = "De brug is open, hoera Social Videotip: zo fiets je eroverheen."  # a colon: an embed's title
    assert ("embed", "Social") in aside(joined(TITLE, BODY, before_a_title))


def test_an_authors_role_alone_under_a_byline_is_the_byline() -> None:
    page = "\n".join(
        [
            "Nieuws",
            "Reviews",
            "Forum",
            "Inloggen",
            TITLE,
            "28-07-2023 11:18",
            BODY,
            MORE,
            "Door Anna de Vries",
            "Sportredacteur",
            "Delen",
        ]
    )
    blocks = article(page).blocks
    bylines = [b.text for b in blocks if b.kind is BlockKind.BYLINE]
    assert "Sportredacteur" in bylines
    assert "Delen" not in bylines


def _title_blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in article(text).blocks]


def test_a_rubric_before_a_bar_stays_in_the_headline() -> None:
    # headline38 (STRUCTURE_CONVENTIONS.md): a kicker glued into the headline's line stays in the headline
    blocks = _title_blocks(joined(f"Verkeersupdate | {TITLE}", BODY))
    assert ("subheading", "Verkeersupdate") not in blocks
    assert article(joined(f"Verkeersupdate | {TITLE}", BODY)).meta.headline == f"Verkeersupdate | {TITLE}"
    long_label = "De gemeente Zwolle en de provincie | Nieuwe brug over de IJssel"  # five words: no rubric
    assert article(joined(long_label, BODY)).meta.headline == long_label


def test_a_topic_pages_name_after_a_bar_before_the_site_name_is_set_aside() -> None:
    text = joined(f"{TITLE} | Bruggen in Overijssel - NU.nl", BODY)
    assert ("rubric", "| Bruggen in Overijssel") in aside(text)
    assert article(text).meta.headline == TITLE
    sentence = f"{TITLE} | Wethouder Kees Bakker noemt het besluit een opluchting - NU.nl"  # a headline's second part
    assert not [t for r, t in aside(joined(sentence, BODY)) if r == "rubric"]


def test_a_regional_broadcasters_name_after_the_title_is_set_aside() -> None:
    text = joined(f"{TITLE} - RTV Noord", BODY)
    assert ("site_name", "- RTV Noord") in aside(text)


def test_a_request_to_accept_cookies_to_see_the_content_is_consent_text_and_news_about_cookies_stays() -> None:
    notice = "Aanvaard de cookies om deze inhoud te bekijken."
    assert any(r == "consent" for r, _ in aside(joined(TITLE, BODY, notice)))
    news = "Accepteer niet zomaar alle cookies, adviseert de toezichthouder consumenten."
    assert not aside(joined(TITLE, BODY, news))


def test_a_pages_stamp_with_its_reading_time_or_relative_update_is_set_aside() -> None:
    for stamp in ("Gisteren, 09:15 4 minuten leestijd", "3 mei 2024 om 08:02 Update: 2 uur geleden"):
        assert ("interface", stamp) in aside(joined(TITLE, BODY, stamp)), stamp
    news = "Om 09:15 was de brug weer open, twee uur later dan gepland."  # a time in a sentence of the news
    assert not aside(joined(TITLE, BODY, news))


def test_a_news_apis_cut_content_repeating_the_description_is_set_aside_and_new_cut_text_stays() -> None:
    echo = BODY[:120] + "… [+1834 chars]"
    text = joined(TITLE, BODY, echo)
    assert ("repeated", BODY[:120] + "…") in aside(text)
    assert BODY in [b.text for b in article(text).blocks]  # the description stays
    new = MORE[:100] + "… [+1834 chars]"  # cut, but words of its own
    assert MORE[:60] in kept(joined(TITLE, BODY, new))  # kept, not only listed among the set-aside blocks
    assert not [t for r, t in aside(joined(TITLE, BODY, new)) if r == "repeated"]


def test_a_cut_repeat_with_a_glued_label_or_a_cut_date_after_it_is_set_aside() -> None:
    glued = "uitgelichtDe gemeenteraad van Zwolle stemde dinsdagavond in met het plan voor een nieuw zw… [+950 chars]"
    assert any(r == "repeated" for r, _ in aside(joined(TITLE, BODY, glued)))
    dated = joined(TITLE, BODY, f"{BODY}\n12 ja… [+20 chars]")
    assert [r for r, _ in aside(dated)].count("repeated") == 2
    more = joined(TITLE, BODY, f"{BODY} De brug kostte ruim twaalf miljoen eu… [+300 chars]")  # new words: stay
    # stop 38: the description the content opens with is its copy (paragraph_repeats), the new words the article's
    assert [t for r, t in aside(more) if r == "repeated"] == [BODY]
    assert "De brug kostte ruim twaalf miljoen eu" in kept(more)


def test_a_lower_case_photo_credit_under_a_caption_is_site_text() -> None:
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): read as a credit line, then set aside (it stayed a caption)
    caption = "De nieuwe brug bij Zwolle, vlak voor de opening."
    blocks = article(joined(TITLE, BODY, MORE, caption, "foto anp")).blocks
    assert ("site_text", "foto anp") in [(b.kind.value, b.text) for b in blocks]
    assert "foto van" not in [
        b.text for b in article(joined(TITLE, BODY, "foto van")).blocks if b.kind.value == "caption"
    ]


def _comments(count_heading: str, replies: int) -> str:
    lines = [TITLE, BODY, MORE, count_heading]
    for n in range(replies):
        lines += [f"lezer{n}", "Goed dat die brug er eindelijk is, ik fiets er morgen meteen overheen.", "Reageer"]
    return joined(*lines)


def test_a_comment_section_under_its_count_heading_with_reply_buttons_is_set_aside() -> None:
    text = _comments("Reacties (12)", 3)
    kept_texts = [b.text for b in article(text).blocks if b.kind is not BlockKind.SITE_TEXT]
    assert BODY in kept_texts and MORE in kept_texts
    assert not any("fiets er morgen" in t for t in kept_texts)
    few = _comments("Reacties (12)", 2)  # two reply buttons: too little to call it a comment section
    assert any("fiets er morgen" in b.text for b in article(few).blocks if b.kind is not BlockKind.SITE_TEXT)


def test_stories_closed_by_rubric_and_date_in_a_row_are_teasers_and_a_sentence_with_a_date_stays() -> None:
    stories = [
        f"Nieuwe {w} over de IJssel in gebruik genomen Nieuws van {d} juli 2023"
        for w, d in (("brug", 3), ("weg", 4), ("tunnel", 5))
    ]
    text = joined(TITLE, BODY, MORE, *stories)
    assert [t for r, t in aside(text) if r == "teaser"] == stories
    two = joined(TITLE, BODY, MORE, *stories[:2])
    assert not [t for r, t in aside(two) if r == "teaser"]


def test_previous_and_next_links_and_a_counted_share_row_are_set_aside() -> None:
    for line, reason in (("Vorig nieuwsbericht Volgend nieuwsbericht", "navigation"), ("12 Facebook Twitter", "share")):
        assert (reason, line) in aside(joined(TITLE, BODY, MORE, line)), line
    assert not aside(joined(TITLE, BODY, MORE, "12 Facebookgebruikers klaagden bij de gemeente."))


def test_a_print_pages_section_and_genre_label_is_set_aside_and_its_title_under_the_standfirst_is_the_headline() -> (
    None
):
    standfirst = "Na jaren van uitstel is de brug er. Wat betekent dat voor de stad?"
    text = joined("Stad - REPORTAGE: DE NIEUWE BRUG", standfirst, TITLE, "ANNA DE VRIES", BODY, MORE)
    assert ("rubric", "Stad - REPORTAGE: DE NIEUWE BRUG") in aside(text)
    found = article(text)
    assert found.meta.headline == TITLE
    assert ("byline", "ANNA DE VRIES") in [(b.kind.value, b.text) for b in found.blocks]
    plain = joined("Stad - reportage over de nieuwe brug: wat vinden de bewoners?", standfirst, TITLE, BODY)
    assert not [t for r, t in aside(plain) if r == "rubric"]  # a title with a dash and a colon, in lower case
    no_author = joined(standfirst, TITLE, BODY, MORE)  # no author's name under the heading: a section heading
    assert article(no_author).meta.headline is None


def test_a_two_sentence_title_with_a_site_name_glued_to_it_is_the_headline() -> None:
    title = "Nieuwe brug over de IJssel geopend. 'Eindelijk kunnen we weer fietsen'"
    found = article(joined(f"{title} - NU.nl", BODY, MORE))
    assert found.meta.headline == title
    running = f"{BODY} - NU.nl"  # a paragraph of running text with a name after it is no title
    assert article(joined(TITLE, running, MORE)).meta.headline == TITLE


def test_a_news_apis_source_name_closed_by_a_full_stop_is_set_aside() -> None:
    text = joined(f"{TITLE} - BLAD.", BODY, BODY[:100] + "… [+400 chars]")
    assert ("site_name", "- BLAD.") in aside(text)
    assert article(text).meta.headline == TITLE


def test_a_news_apis_content_opening_with_the_title_again_is_set_aside() -> None:
    cut = MORE[:90] + "… [+800 chars]"
    text = joined(f"{TITLE} - NU.nl", BODY, f"{TITLE}\n{cut}")
    assert ("repeated", TITLE) in aside(text)
    longer = f"{TITLE}, zegt de wethouder"  # the title's words and more: a sentence of the text
    assert longer in [b.text for b in article(joined(f"{TITLE} - NU.nl", BODY, f"{longer}\n{cut}")).blocks]
