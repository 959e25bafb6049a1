"""OUT/feed.xml: an Atom feed (feedgen) of the newest briefs — English title, summary, a link to the
Dutch source, the brief as content, the published date — for any feed reader. Rebuilt from the brief
files themselves (their front matter), so it is right whoever wrote them; written atomically."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline.document import FORMAT
from pipeline.store.files import write_atomic

FEED_FILE = "feed.xml"
FEED_TITLE = "Dutch news in English (dutch-brief)"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # XML 1.0 has no such characters


def xml_text(value: object) -> str:
    """Text as XML can carry it (model output may hold control characters): those become U+FFFD."""
    return _NOT_XML.sub("\ufffd", str(value))


@dataclass(frozen=True)
class BriefFile:
    path: Path
    front: dict[str, object]
    body: str  # the Markdown after the front matter

    @property
    def summary(self) -> str:
        _, _, rest = self.body.partition("## Summary\n\n")
        return rest.split("\n\n## ", 1)[0].strip()

    def when(self, key: str) -> datetime | None:
        value = self.front.get(key)
        if not isinstance(value, str) or not value:
            return None
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_brief_file(path: Path) -> BriefFile | None:
    """A brief's front matter (JSON scalars, one key a line) and body; None for any other file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith("---\n") or "\n---\n" not in text:
        return None
    head, body = text[4:].split("\n---\n", 1)
    front: dict[str, object] = {}
    for line in head.splitlines():
        key, sep, value = line.partition(": ")
        if sep:
            try:
                front[key] = json.loads(value)
            except ValueError:
                continue
    return BriefFile(path, front, body) if front.get("format") == FORMAT else None


def newest_briefs(out_dir: Path, limit: int) -> list[BriefFile]:
    found = [b for b in (read_brief_file(p) for p in out_dir.glob("*.md")) if b is not None]
    found.sort(key=lambda b: (b.when("created_at") or datetime.min.replace(tzinfo=UTC), b.path.name), reverse=True)
    return found[:limit]


def write_atom_feed(out_dir: Path, limit: int = 50) -> Path:
    """(Re)write OUT/feed.xml from the newest `limit` briefs (unless that changes nothing); returns its path."""
    from feedgen.feed import FeedGenerator

    briefs = newest_briefs(out_dir, limit)
    generator = FeedGenerator()
    generator.id(f"urn:dutch-brief:feed:{out_dir.resolve().as_posix()}")
    generator.title(FEED_TITLE)
    generator.author({"name": "dutch-brief (machine translation)"})
    generator.language("en")
    generator.subtitle("English briefs of Dutch news articles, machine-translated and summarized.")
    newest = [b.when("created_at") for b in briefs if b.when("created_at")]
    generator.updated(max(newest) if newest else datetime.now(UTC))
    for brief in reversed(briefs):  # feedgen puts the last added first
        _add_entry(generator, brief)
    path = out_dir / FEED_FILE
    text = generator.atom_str(pretty=True).decode("utf-8")
    if not path.is_file() or path.read_text(encoding="utf-8") != text:  # nothing new: the file is left alone
        write_atomic(path, text)
    return path


def _add_entry(generator, brief: BriefFile) -> None:
    created = brief.when("created_at") or datetime.now(UTC)
    entry = generator.add_entry()
    entry.id(f"urn:dutch-brief:brief:{brief.front.get('cache_key')}")
    entry.title(xml_text(brief.front.get("title") or brief.front.get("source_title") or brief.path.stem))
    entry.updated(created)
    entry.published(brief.when("published") or created)
    entry.summary(xml_text(brief.summary) if brief.summary else None)
    entry.content(xml_text(brief.body.strip()), type="text")
    source = brief.front.get("source_url")
    if isinstance(source, str) and source:
        entry.link(href=xml_text(source), rel="alternate", hreflang="nl", title="the Dutch original")
    if brief.front.get("author"):
        entry.author({"name": xml_text(brief.front["author"])})
