"""What the site-text tests share: a paragraph of running article text, and the blocks of a text
as the product reads a .txt file (what it sets aside, what it keeps)."""

from __future__ import annotations

from pipeline.document import Article, BlockKind
from pipeline.text.read import parse_article

K = BlockKind
BODY = (
    "De gemeenteraad van Zwolle stemde dinsdagavond in met het plan voor een nieuw zwembad. "
    "Wethouder Kees Bakker noemde het besluit een opluchting voor de verenigingen."
)


def article(text: str, **options) -> Article:
    return parse_article(text, source_name="a.txt", **options)


def aside(text: str) -> list[tuple[str | None, str]]:
    """(reason, text) of every block set aside as site text."""
    return [(b.reason, b.text) for b in article(text).blocks if b.kind is K.SITE_TEXT]


def kept(text: str) -> str:
    return " ".join(b.text for b in article(text).blocks if b.kind is not K.SITE_TEXT)


TITLE = "Nieuwe brug over de IJssel geopend"  # the headline of the edge-rule tests' example article
MORE = (
    "De brug kostte ruim twaalf miljoen euro en werd een half jaar later opgeleverd dan gepland. "
    "Fietsers kunnen er vanaf maandag over."
)


def joined(*parts: str) -> str:
    """Paragraphs separated by blank lines, as a text file has them."""
    return "\n\n".join(parts)


def page(*lines: str) -> str:
    """A page saved as text: one line per element, no blank lines."""
    return "\n".join(lines)


# a second paragraph of article text: two sentences (LONG) and three (LONGER, over 40 words: an article's paragraph)
LONG = (
    "De gemeente wil het zwembad in 2027 openen. Daarvoor moet eerst een nieuwe aanbesteding komen, want de "
    "eerste ronde leverde geen enkele aannemer op die binnen het budget bleef."
)
LONGER = (
    f"{LONG} De oppositie vindt dat het college te lang heeft gewacht en wil dat de raad in het voorjaar opnieuw "
    "over het plan praat."
)


def date_lines(text: str) -> list[str]:
    """Every line read as a date line: a DATELINE block, or one set aside as the page's date line
    (pipeline.text.date_lines, reason "date_line")."""
    found = article(text).blocks
    return [b.text for b in found if b.kind is K.DATELINE or (b.kind is K.SITE_TEXT and b.reason == "date_line")]


def kinds(text: str) -> list[tuple[BlockKind, str]]:
    """(kind, text) of every block of a text."""
    return [(b.kind, b.text) for b in article(text).blocks]


def headline(text: str) -> str | None:
    return next((t for kind, t in kinds(text) if kind is K.HEADLINE), None)
