"""A feed's excerpt published before the full wire text: the full text is marked a copy of the excerpt (copies in
either order), but the reader gets the full text once — its title, summary and link — with both outlets ("also
published by"), in the digest and in stories.xml (stop 45, issue 19)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.digest import update_digest
from pipeline.digest_document import DigestEntry
from pipeline.settings import BriefSettings
from pipeline.storydesk.atom import write_story_feed
from pipeline.storydesk.day import stories_of
from pipeline.storydesk.summary import view
from tests.pipeline.stories.texts import feat
from tests.pipeline.storydesk.helpers import record

EXCERPT = (
    "De gemeente Harderwijk sluit het Dolfijnbad per direct nadat inspecteurs scheuren vonden in de "
    "betonnen bodem van het wedstrijdbad. Zwemverenigingen moeten de komende maanden uitwijken naar "
    "Ermelo en Nunspeet."
)
FULL = (
    EXCERPT + "\n\nDe scheuren werden dinsdag ontdekt tijdens het jaarlijkse onderhoud, toen het wedstrijdbad was "
    "leeggepompt. Volgens wethouder Marleen Kooistra is er geen gevaar geweest voor zwemmers, maar wil de "
    "gemeente geen enkel risico nemen. Een constructeur onderzoekt hoe diep de scheuren lopen."
    "\n\nHet Dolfijnbad werd in 1978 geopend en kreeg in 2004 een nieuw dak. Een renovatie van de bodem "
    "stond pas voor 2031 gepland. De gemeenteraad praat volgende week over de kosten, die volgens een eerste "
    "schatting tussen de twee en vier miljoen euro liggen."
    "\n\nVoor het recreatiebad en de sauna verandert voorlopig niets: die liggen in een ander deel van het "
    "gebouw en blijven gewoon open. Abonnementhouders kunnen hun abonnement tijdelijk laten stopzetten."
)


def at(hour: int) -> datetime:
    return datetime(2026, 3, 2, hour, tzinfo=UTC)


def briefed(tmp_path: Path):
    settings = BriefSettings(out_dir=tmp_path / "out")
    catalog = open_catalog(settings)
    items = [
        feat("excerpt", "NU.nl", at(8), "Dolfijnbad Harderwijk dicht om scheuren in bodem", EXCERPT),
        feat("full", "De Telegraaf", at(9), "Zwembad dicht na vondst scheuren: renovatie miljoenen", FULL),
    ]
    joined = [record(catalog, f, title=f"EN {f.article_id}", summary=f"Summary {f.article_id}.") for f in items]
    entries = [
        DigestEntry(f"EN {f.article_id}", "s", f"{f.article_id}.md", f"{f.article_id}.txt", f.article_id) for f in items
    ]
    return settings, catalog, joined, entries


def test_the_full_text_after_its_excerpt_is_what_the_story_shows(tmp_path: Path) -> None:
    settings, catalog, joined, entries = briefed(tmp_path)
    assert joined[1].duplicate_of == "excerpt"  # the product's copy call stands: the later text copies the excerpt
    (story,) = stories_of(catalog, ["excerpt", "full"])
    shown = view(story)
    assert shown.central == "full" and shown.title == "EN full" and shown.summary == "Summary full."
    assert [a.key for a in shown.originals()] == ["full"] and shown.copy_keys() == ("excerpt",)
    assert shown.also_published_by("full") == ("NU.nl",)
    path, _, _, _ = update_digest(settings, "2026-03-02", entries, [], summarizer=lambda: None)
    text = path.read_text(encoding="utf-8").split("\n<!-- ")[0]
    assert "### [EN full](<full.md>)" in text and "Summary full." in text
    assert "- [EN full](<full.md>) — De Telegraaf (also published by NU.nl)" in text
    assert "excerpt.md" not in text and "Summary excerpt." not in text  # the excerpt once, as an outlet


def test_stories_xml_links_the_full_text_and_names_both_outlets(tmp_path: Path) -> None:
    settings, _, _, _ = briefed(tmp_path)
    text = write_story_feed(settings, now=at(12)).read_text(encoding="utf-8")
    assert "EN full" in text and "also published by NU.nl" in text
    assert "<title>EN excerpt</title>" not in text


def test_brief_stories_marks_the_excerpt_as_the_copy_as_the_digest_shows_it(tmp_path: Path) -> None:
    # `brief stories` printed "(copy)" after the full text the digest shows as the story's article
    from pipeline.storydesk.listing import as_json, as_text, listed

    _, catalog, _, _ = briefed(tmp_path)
    (story,) = listed(catalog, None, None)
    lines = as_text([story])
    assert [line.endswith("(copy)") for line in lines[1:]] == [True, False]  # excerpt (08:00), full text (09:00)
    assert lines[2].rstrip().endswith("full.md")
    assert as_json([story])[0]["articles"][1]["duplicate_of"] is not None  # the JSON keeps the copy call as stored
