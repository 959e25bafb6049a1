"""What a page glues before a line's own words, split off as the line's stamp (issue 21, helper site43b;
pipeline.text.glued_stamps returns it, pipeline.text.structure sets it aside before it reads the rest of the line):

- a CMS's shortcode: a WordPress export's `[caption id="attachment_46836" align="alignright" width="300"]<alt text>
  <caption>[/caption]De wethouder zegt …` — the tag with its settings, the image's words the page would show in its
  place and the closing tag are markup (the image is gone). An opening tag in lower case with settings
  (name="value"), words without brackets, the same tag closed: an article's own bracketed words ("[update]", "[…]",
  "[red.]") have no settings and no closing tag. A shortcode alone on its line is interface_rules' "embed".
- a category's list heading with its first title after the colon: "Meer berichten in deze categorie: Klimaatbomen
  geplant (19-11-2024)" — the heading (site_words.CATEGORY_LIST_HEADING, a teaser marker) split from the title, which
  pipeline.text.teasers then sets aside with the titles under it.
- a CMS's publication stamp with its colon, an update stamp after it or not, before the text's first words on their
  line: "Geplaatst op:16-04-2024 Bijgewerkt op:16-04-2024 12:50 Een geslaagde editie …" (only above the running text,
  a capital after it; a stamp alone on its line is a dateline)."""

from __future__ import annotations

import re

from pipeline.text.line_kind_rules import TIME_OF_DAY
from pipeline.text.site_words import CATEGORY_LIST_WORDS

SHORTCODE_MAX_CHARS = 400
_SHORTCODE = re.compile(
    r"^\[(?P<tag>[a-z][a-z_-]{1,20})(?:\s+[a-z_-]{1,20}=(?:\"[^\"\]\n]{0,120}\"|'[^'\]\n]{0,120}'|[^\s\]]{1,60}))+\]"
    r"[^\[\]\n]{0,300}\[/(?P=tag)\](?=\s*\S)"  # text after it: a shortcode alone is interface_rules' "embed"
)
_LIST_HEADING = re.compile(rf"{CATEGORY_LIST_WORDS}\s*[:>»|](?=\s*\S)", re.IGNORECASE)

_FIGURES = r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
_PUBLISHED = re.compile(
    rf"^(geplaatst|gepubliceerd|geschreven) op\s*:\s*{_FIGURES}"
    rf"(\s+(bijgewerkt|aangepast|gewijzigd) op\s*:\s*{_FIGURES}(,?\s+{TIME_OF_DAY})?)?(?=\s+(?-i:[A-ZÀ-Ý0-9„“\"‘']))",
    re.IGNORECASE,
)


def published_stamp(line: str) -> str | None:
    """The publication stamp opening the line with the text's first words after it, or None (see the docstring)."""
    match = _PUBLISHED.match(line)
    return match.group() if match else None


def glued_prefix(line: str) -> str | None:
    """The shortcode or the list's heading opening the line with words after it, or None."""
    match = _SHORTCODE.match(line) or _LIST_HEADING.match(line)
    return match.group() if match and len(match.group()) <= SHORTCODE_MAX_CHARS else None
