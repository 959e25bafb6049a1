"""Stage 5 — render a `Brief` as Markdown: YAML front matter, English title, byline line, summary,
the whole article block by block (each English block above its Dutch original, in a block quote),
and the site text that was set aside, listed last under "Left out".

Structure shows as structure: lists as Markdown lists (the English list, then the Dutch list),
captions and credits as italic lines, liveblog entries as `time — heading` + body, quotes as
quotes, bylines and datelines in the byline line. A sentence whose English lacks numbers or names
of its Dutch gets a mark. Source and model text is data: every piece of it is escaped
(pipeline.render.markdown); ranking lines ("47. …") stay escaped text.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from pipeline.document import FORMAT, BlockKind, Brief, FidelityIssue, ModelRef, TranslatedBlock
from pipeline.render.markdown import autolink, escape_markdown, yaml_value
from pipeline.store.brief_files import LIVEBLOG_SEPARATORS
from pipeline.times import publication_day
from pipeline.version import PIPELINE_VERSION, generator

LEFT_OUT_HEADING = "## Left out: site text, not translated"
_HEADINGS = {BlockKind.HEADLINE, BlockKind.SUBHEADING}
Issues = dict[tuple[int, int], FidelityIssue]


def front_matter(brief: Brief) -> dict[str, Any]:
    stats, article, meta = brief.stats, brief.article, brief.article.meta
    return {
        "format": FORMAT,
        "cache_key": brief.cache_key,  # first: a cache lookup reads only the start of the file
        "generator": generator(),
        "pipeline_version": PIPELINE_VERSION,
        "title": brief.title_en,
        "title_from": brief.title_from,
        "source_title": meta.headline,
        "source_file": article.source_name,
        "source_format": article.source_format,
        "source_date": article.source_date,
        "source_encoding": article.encoding,
        "published": meta.published,
        "byline": meta.byline,
        "outlet": meta.outlet,
        "url": meta.url,
        "source_metadata": dict(meta.extra),
        "content_hash": f"sha256:{brief.content_hash}",
        "translator": {"model": brief.translator.name, "revision": brief.translator.revision},
        "summarizer": {"model": brief.summarizer.name, "revision": brief.summarizer.revision},
        "settings": brief.settings,
        "paragraphs": len(shown_blocks(brief)),
        "sentences": stats.sentences if stats else sum(len(b.sentences) for b in brief.blocks),
        "sentences_split": stats.split_sentences if stats else 0,
        "sentences_retried": stats.retried_sentences if stats else 0,
        "sentences_degenerate": stats.degenerate_sentences if stats else 0,
        "struggles": struggles(brief),
        "fidelity": _fidelity_counts(brief),
        "summary_input_tokens": brief.summary.input_tokens,
        "summary_chunks": brief.summary.chunks,
        "summary_rounds": brief.summary.rounds,
        "set_aside": [{"text": b.text, "reason": b.reason or "site"} for b in article.set_aside],
        "warnings": list(article.warnings),
        **web_front_matter(brief),
        "created_at": brief.created_at,
    }


def shown_blocks(brief: Brief) -> list[TranslatedBlock]:
    """The blocks shown in English with their Dutch original."""
    return [b for b in brief.blocks if b.parts]


def _fidelity_counts(brief: Brief) -> dict[str, int]:
    found = brief.fidelity
    if found is None:
        return {}
    return {
        "numbers_checked": found.numbers_checked,
        "numbers_missing": found.numbers_missing,
        "names_checked": found.names_checked,
        "names_missing": found.names_missing,
    }


def _issues(brief: Brief) -> Issues:
    return {(i.paragraph, i.sentence): i for i in (brief.fidelity.issues if brief.fidelity else ())}


def web_front_matter(brief: Brief) -> dict[str, Any]:
    """Where a web article came from (nothing for a text file); its headline, byline, date, outlet
    and set-aside site text are in the article's own fields."""
    origin = brief.article.origin
    if origin is None:
        return {}
    return {
        "source_url": origin.url,
        "fetched_at": origin.fetched_at,
        "extractor": origin.extractor,
        "extracted_from": origin.extracted_from,
    }


def struggles(brief: Brief) -> list[dict[str, Any]]:
    """Where the machine struggled: sentences split for length, retried, still degenerate, or
    missing numbers or names of the Dutch (block and sentence numbers count from 1, as a reader counts)."""
    found = []
    issues = _issues(brief)
    for block in brief.blocks:
        for number, sentence in enumerate(block.sentences, start=1):
            issue = issues.get((block.index, number - 1))
            if sentence.split or sentence.retried or sentence.degenerate or issue:
                entry: dict[str, Any] = {
                    "block": block.index + 1,
                    "sentence": number,
                    "split_for_length": sentence.split,
                    "retried": sentence.retried,
                    "degenerate": sentence.degenerate,
                }
                if issue and issue.missing_numbers:
                    entry["missing_numbers"] = list(issue.missing_numbers)
                if issue and issue.missing_names:
                    entry["missing_names"] = list(issue.missing_names)
                found.append(entry)
    return found


def render_brief(brief: Brief) -> str:
    lines = ["---"]
    lines += [f"{key}: {yaml_value(value)}" for key, value in front_matter(brief).items()]
    lines += ["---", "", f"# {escape_markdown(brief.title_en) or 'Untitled'}", ""]
    lines += [_byline(brief), ""]
    lines += ["## Summary", "", escape_markdown(brief.summary.text) or "_No summary._", ""]
    lines += ["## Article", "", "_Each English paragraph is followed by the Dutch original._", ""]
    issues = _issues(brief)
    for block in brief.blocks:
        lines += render_block(block, issues)
    lines += _left_out(brief)
    return "\n".join(lines).rstrip("\n") + "\n"


def model_name(model: ModelRef) -> str:
    """A model as a reader may see it: a hub id as it is, a local directory (its revision a "local-…"
    fingerprint, pipeline.engines.hub) by its folder's name — not the operator's path on disk."""
    if (model.revision or "").startswith("local-"):
        return PurePath(model.name.rstrip("/\\")).name or model.name
    return model.name


def _byline(brief: Brief) -> str:
    """Bylines and datelines as found, how the brief was made, then the original as a correspondent
    cites it: its outlet, its day as a reader reads it (pipeline.times, as the web edition writes it)
    and a link to it (an autolink for a web address; a file's path as given)."""
    article, meta = brief.article, brief.article.meta
    found = [b.block.text for b in brief.blocks if b.block.kind in (BlockKind.BYLINE, BlockKind.DATELINE)]
    lead = "".join(f"{escape_markdown(text)} · " for text in found)
    made = f"Machine-translated from Dutch by {escape_markdown(model_name(brief.translator))}"
    made += f"; summary by {escape_markdown(model_name(brief.summarizer))}."
    url = meta.url or (article.origin.url if article.origin else None)
    where = autolink(url) or escape_markdown(url or article.source_name)
    published = meta.published or article.source_date
    day = publication_day(published) if published else None
    facts = [escape_markdown(text) for text in (meta.outlet, day) if text and text.strip()]
    original = f"{', '.join(facts)} ({where})" if facts else where
    return f"_{lead}{made} Original: {original}._"


def render_block(block: TranslatedBlock, issues: Issues | None = None) -> list[str]:
    """One block: its English (escaped, with fidelity marks), then its Dutch original in a block
    quote (nothing for blocks that are not translated: they are in the byline line or the
    set-aside list)."""
    kind, source = block.block.kind, block.block
    english = english_parts(block, issues or {})
    if kind is BlockKind.LIVEBLOG:
        return _liveblog(block, english)
    if not block.parts:
        return []
    if kind is BlockKind.LIST:
        return [*(f"- {item}" for item in english), ""] + [
            *(f"> - {escape_markdown(item)}" for item in source.parts),
            "",
        ]
    text, dutch = " ".join(english), escape_markdown(source.text)
    if kind in _HEADINGS:
        return [f"### {text}", "", f"> {dutch}", ""]
    if kind is BlockKind.QUOTE:
        return [f"> {text}", ">", f"> > {dutch}", ""]
    if kind is BlockKind.CAPTION:
        return [_italic(text), "", f"> {_italic(dutch)}", ""]
    return [text, "", f"> {dutch}", ""]


def english_parts(block: TranslatedBlock, issues: Issues) -> list[str]:
    """The escaped English of each part, with a mark after each sentence that lacks numbers or
    names of the Dutch."""
    parts: list[str] = []
    number = 0
    for part in block.parts:
        pieces = []
        for sentence in part:
            if sentence.text:
                pieces.append(escape_markdown(sentence.text))
            issue = issues.get((block.index, number))
            if issue:
                missing = ", ".join(issue.missing_numbers + issue.missing_names)
                pieces.append(f"_({escape_markdown('⚠ check the Dutch: ' + missing)})_")
            number += 1
        parts.append(" ".join(pieces))
    return parts


def _liveblog(block: TranslatedBlock, english: list[str]) -> list[str]:
    """`### time — heading`, the Dutch heading with its time as written ("20:40 -" stays)."""
    written = block.block.time or ""
    time = escape_markdown(written.rstrip(LIVEBLOG_SEPARATORS))
    if not block.parts:
        return [f"### {time}", ""]
    separated = written != written.rstrip(LIVEBLOG_SEPARATORS)
    dutch = f"{written} {block.block.text}" if separated else f"{written} — {block.block.text}"
    return [f"### {time} — {' '.join(english)}", "", f"> {escape_markdown(dutch)}", ""]


def _italic(escaped: str) -> str:
    return f"*{escaped}*" if escaped else ""


def _left_out(brief: Brief) -> list[str]:
    aside = brief.article.set_aside
    if not aside:
        return []
    lines = [LEFT_OUT_HEADING, "", "_Set aside as found on the page, with the reason:_", ""]
    lines += [f"- {escape_markdown(b.text)} _({escape_markdown(b.reason or 'site')})_" for b in aside]
    return lines + [""]
