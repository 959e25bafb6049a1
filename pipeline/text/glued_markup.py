"""A CMS's shortcode at the start of a line, the text glued after it (issue 21, helper site43b; pipeline.text.
glued_stamps returns it as the line's stamp, pipeline.text.structure sets it aside before it reads the rest): a
WordPress export's `[caption id="attachment_46836" align="alignright" width="300"]<alt text> <caption>[/caption]De
wethouder zegt …` — the tag with its settings, the image's words the page would show in its place and the closing tag
are markup (the image is gone). An opening tag in lower case with settings (name="value"), words without brackets,
the same tag closed: an article's own bracketed words ("[update]", "[…]", "[red.]") have no settings and no closing
tag. A shortcode alone on its line is interface_rules' "embed"."""

from __future__ import annotations

import re

SHORTCODE_MAX_CHARS = 400
_SHORTCODE = re.compile(
    r"^\[(?P<tag>[a-z][a-z_-]{1,20})(?:\s+[a-z_-]{1,20}=(?:\"[^\"\]\n]{0,120}\"|'[^'\]\n]{0,120}'|[^\s\]]{1,60}))+\]"
    r"[^\[\]\n]{0,300}\[/(?P=tag)\](?=\s*\S)"  # text after it: a shortcode alone is interface_rules' "embed"
)


def glued_prefix(line: str) -> str | None:
    """The shortcode opening the line with words after it, or None."""
    match = _SHORTCODE.match(line)
    return match.group() if match and len(match.group()) <= SHORTCODE_MAX_CHARS else None
