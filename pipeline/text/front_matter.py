"""A Markdown article's YAML front matter (a CMS export): title, date, author, url, outlet; other fields are
kept as found. Hostile YAML (anchors, deep nesting, a huge block) is refused before it is loaded; a block YAML
cannot read is read as the flat `key: value` lines a CMS writes; a block meant as front matter that is neither
(a list, an unclosed quote) is refused with the line to fix (user40b: it was read as the article's text).
"""

from __future__ import annotations

import json
import re
from typing import Any

from pipeline.document import ArticleMeta
from pipeline.errors import InputError

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELDS = {
    "headline": ("title", "headline", "kop"),
    "published": ("date", "published", "pubdate", "datum", "published_at", "datetime"),
    "byline": ("author", "authors", "byline", "auteur", "door"),
    "url": ("url", "link", "canonical", "canonical_url", "permalink"),
    "outlet": ("outlet", "source", "site", "publisher", "medium", "bron"),
}
_FLAT_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?P<value>(?:[ \t].*)?)\Z")  # `key: value`, any value
_FIELD_MEANT = re.compile(r"^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)", re.MULTILINE)  # a field, or a list's
_ELISION = re.compile(r"'[stnk][ \t-]")  # 's-Hertogenbosch, 't Gooi: an apostrophe, not an opening quote
FRONT_MATTER_MAX_BYTES = 65_536
FRONT_MATTER_MAX_DEPTH = 10


def split_front_matter(text: str, *, name: str = "front matter") -> tuple[ArticleMeta, str]:
    """(metadata, the rest) — text without a YAML mapping up front is all body. Front matter with
    anchors or aliases (an alias bomb), nested deeper than 10 or larger than 64 KB is refused with
    one line (InputError) before it is loaded."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return ArticleMeta(), text
    import yaml

    try:
        refuse_hostile_yaml(match.group(1), name)
        data = _load_yaml(match.group(1))
    except yaml.YAMLError:
        data = _flat_lines(match.group(1))  # None: not flat `key: value` lines either
    if not isinstance(data, dict):
        if _FIELD_MEANT.search(match.group(1)):  # fields were meant (a list of them, an unclosed quote): say where
            raise InputError(f"{name}: {_broken_line(match.group(1))} — fix it or remove the --- block")
        return ArticleMeta(), text  # a thematic break and text (`---`, a paragraph, `---`): all body
    values = {str(k).casefold(): _scalar(v) for k, v in data.items() if _scalar(v)}
    known: dict[str, str] = {}
    used: set[str] = set()
    for name, keys in _FIELDS.items():
        key = next((k for k in keys if k in values), None)
        if key:
            known[name] = values[key]
            used.add(key)
    extra = tuple((k, v) for k, v in values.items() if k not in used)
    return ArticleMeta(**known, extra=extra), text[match.end() :]


def _flat_lines(front: str) -> dict[str, str] | None:
    """A front matter YAML cannot read, read as the flat `key: value` lines a CMS writes — its
    commonest slip, an unquoted colon in a value (`title: Rutte: geen identificatie …`), is a YAML
    error; None when a line is not such a line (then it is no front matter)."""
    data: dict[str, str] = {}
    for line in front.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pair = _flat_pair(line)
        if pair is None:
            return None
        data[pair[0]] = pair[1]
    return data or None


def _flat_pair(line: str) -> tuple[str, str] | None:
    """`key: value` as (key, value), its quotes taken off; None for any other line, and for a value whose
    quote is not closed (`title: "Rutte zegt`: YAML's error, not a title; `'s-Hertogenbosch` opens none)."""
    found = _FLAT_LINE.match(line)
    if found is None:
        return None
    value = found["value"].strip()
    if value[:1] in ('"', "'") and (len(value) < 2 or value[-1] != value[0]) and not _ELISION.match(value):
        return None
    quoted = len(value) > 1 and value[0] == value[-1] and value[0] in "\"'"
    return found["key"], value[1:-1] if quoted else value


def _broken_line(front: str) -> str:
    """Where a block meant as front matter stops being flat `key: value` lines, counted in the file (the
    opening `---` is line 1)."""
    lines = front.splitlines()
    number = next(
        (
            i
            for i, line in enumerate(lines)
            if line.strip() and not line.lstrip().startswith("#") and not _flat_pair(line)
        ),
        0,
    )
    return f"front matter line {number + 2} is not 'key: value'"


def _load_yaml(front: str) -> Any:
    """The front matter's YAML. A value YAML reads as a timestamp but cannot build (`date: 2022-13-45`,
    a typo in a CMS export: ValueError, not a YAMLError) stays its text, like any date no reader parses."""
    import yaml

    try:
        return yaml.safe_load(front)
    except ValueError:
        return yaml.load(front, Loader=_dates_as_text_loader())  # a SafeLoader subclass


def _dates_as_text_loader() -> type:
    import yaml

    class DatesAsText(yaml.SafeLoader):
        pass

    DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)
    return DatesAsText


def refuse_hostile_yaml(front: str, name: str) -> None:
    """One linear pass over the YAML tokens: no anchors/aliases, no nesting deeper than
    FRONT_MATTER_MAX_DEPTH, no front matter over FRONT_MATTER_MAX_BYTES. Raises InputError."""
    import yaml

    if len(front.encode("utf-8")) > FRONT_MATTER_MAX_BYTES:
        raise InputError(f"{name}: its front matter is over {FRONT_MATTER_MAX_BYTES // 1024} KB — not read")
    opening = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken, yaml.FlowMappingStartToken)
    opening += (yaml.FlowSequenceStartToken,)
    closing = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)
    depth = 0
    for token in yaml.scan(front, Loader=yaml.SafeLoader):
        if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
            raise InputError(f"{name}: its front matter uses YAML anchors/aliases (&, *) — write the values out")
        if isinstance(token, opening):
            depth += 1
            if depth > FRONT_MATTER_MAX_DEPTH:
                raise InputError(f"{name}: its front matter is nested deeper than {FRONT_MATTER_MAX_DEPTH} levels")
        elif isinstance(token, closing):
            depth -= 1


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_scalar(v) for v in value if _scalar(v))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value).strip()
