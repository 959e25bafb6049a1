"""Rebuild the texts of a labelled story set from its provenance, out of fetched git mirrors.

The labels (tests/data/stories_dev/labels.jsonl) name for each article the public repository,
commit, file and locator it was taken from; the texts are not ours to copy, so they stay out of the
repository. This script reads each file from a bare mirror (`MIRRORS/<owner>+<name>/repo`, the
layout the search tool's fetch leaves) and writes `OUT/<id>.txt`: the Dutch headline on the first
line, then the body.

    .venv/bin/python scripts/stories_dev_texts.py tests/data/stories_dev --mirrors /work/.mirror \
        --out /work/data/stories-dev/texts

Locators (HTML tags are removed and entities decoded in both):
- {"link": URL}: the item of a JSON list whose "link" is URL; its "title" and "summary" are the
  headline and body;
- {"jekyll_post": true}: the file is one Jekyll post: the front matter's `title` is the headline,
  the text after the front matter the body;
- {"jsonl_id": N}: the line of a JSON-lines file whose "id" is N; its "title" and "text" are the
  headline and body, taken as they are (plain text: only runs of white space are collapsed).
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

_TAG = re.compile(r"<[^>]{0,500}>")


def clean(text: str) -> str:
    text = re.sub(r"</p>\s*<p>|<br\s*/?>|</h\d>|<h\d>", "\n\n", text or "")
    text = html.unescape(_TAG.sub("", text))
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def read_blob(mirrors: Path, repo: str, commit: str, path: str) -> bytes:
    git_dir = mirrors / repo.replace("/", "+") / "repo"
    if not git_dir.exists():
        raise SystemExit(f"no mirror of {repo} at {git_dir}: fetch it first (search tool: fetch github:{repo})")
    out = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], capture_output=True, timeout=60
    )
    if out.returncode != 0:
        raise SystemExit(f"{repo}@{commit[:10]}:{path}: {out.stderr.decode(errors='replace').strip()}")
    return out.stdout


def item_text(blob: bytes, locator: dict) -> tuple[str, str]:
    if locator.get("jekyll_post"):
        text = blob.decode("utf-8", errors="replace")
        match = re.match(r"---\n(.*?)\n---\n?(.*)", text, re.S)
        if not match:
            raise KeyError("no front matter")
        front, body = match.groups()
        title = re.search(r"^title: ?(.*)$", front, re.M)
        headline = title.group(1).strip().strip('"') if title else ""
        return clean(headline), clean(body)
    if "amcat_id" in locator:
        return amcat_text(blob, str(locator["amcat_id"]))
    if "jsonl_id" in locator:
        return jsonl_text(blob, str(locator["jsonl_id"]))
    data = json.loads(blob)
    if "link" in locator:
        for item in data:
            if item.get("link") == locator["link"]:
                return clean(item.get("title", "")), clean(item.get("summary", ""))
        raise KeyError(f"no item with link {locator['link']}")
    raise KeyError(f"unknown locator {locator}")


_AMCAT_TAIL = ("LANGUAGE: DUTCH; NEDERLANDS", "VIEW ORIGINAL PAGE:")  # the archive's last lines, in this order
_AMCAT_FURNITURE = re.compile(r"VIEW ORIGINAL PAGE:[\s,]*|GRAPHIC:\s*\\?|\\+")


@lru_cache(maxsize=4)
def _amcat_rows(blob: bytes) -> dict[str, dict[str, str]]:
    """The export's rows by id, parsed once per export (a blob's hash is computed once and kept)."""
    return {row["id"]: row for row in csv.DictReader(io.StringIO(blob.decode("utf-8")))}


def amcat_text(blob: bytes, article_id: str) -> tuple[str, str]:
    """A printed article of a LexisNexis/AmCAT CSV export (columns id, headline, text): the
    archive's trailing "VIEW ORIGINAL PAGE" / "LANGUAGE" lines and lone markup left out."""
    rows = _amcat_rows(blob)
    row = rows.get(article_id)
    if row is None:
        raise KeyError(f"no AmCAT row with id {article_id}")
    text = row["text"].replace("\r\n", "\n").strip()
    for line in _AMCAT_TAIL:
        text = text.removesuffix(line).rstrip()
    paragraphs = [re.sub(r"\s*\\+$", "", re.sub(r"\s+", " ", p).strip()).strip() for p in re.split(r"\n\s*\n", text)]
    body = "\n\n".join(p for p in paragraphs if p and not _AMCAT_FURNITURE.fullmatch(p))
    return re.sub(r"\s+", " ", row["headline"]).strip(), body


@lru_cache(maxsize=4)
def _jsonl_rows(blob: bytes) -> dict[str, dict]:
    """The lines of a JSON-lines export by id, parsed once per export."""
    rows = (json.loads(line) for line in blob.decode("utf-8").splitlines() if line.strip())
    return {str(row["id"]): row for row in rows}


def jsonl_text(blob: bytes, article_id: str) -> tuple[str, str]:
    """A plain-text article of a JSON-lines export (keys id, title, text), e.g. DpgMedia2019."""
    row = _jsonl_rows(blob).get(article_id)
    if row is None:
        raise KeyError(f"no JSON line with id {article_id}")
    return re.sub(r"\s+", " ", row.get("title") or "").strip(), re.sub(r"\s+", " ", row.get("text") or "").strip()


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labelled", type=Path, help="directory with labels.jsonl")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, required=True, help="directory for <id>.txt")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    blobs: dict[tuple[str, str, str], bytes] = {}
    count = 0
    with open(args.labelled / "labels.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            prov = row["provenance"]
            key = (prov["repo"], prov["commit"], prov["path"])
            if key not in blobs:
                blobs[key] = read_blob(args.mirrors, *key)
            try:
                title, body = item_text(blobs[key], prov["locator"])
            except KeyError as exc:
                print(f"{row['id']}: {exc}", file=sys.stderr)
                return 1
            write_atomic(args.out / f"{row['id']}.txt", f"{title}\n\n{body}\n")
            count += 1
    print(f"{count} texts written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
