"""Stage 5 — render a `Brief` as Markdown: YAML front matter, English title, summary, and the
whole article with each English paragraph above its Dutch original.

Source and model text is data: every piece of it is escaped (pipeline.render.markdown).
"""

from __future__ import annotations

from typing import Any

from pipeline.document import FORMAT, Brief, TranslatedParagraph
from pipeline.render.markdown import escape_markdown, yaml_value


def front_matter(brief: Brief) -> dict[str, Any]:
    stats = brief.stats
    return {
        "format": FORMAT,
        "cache_key": brief.cache_key,  # first: a cache lookup reads only the start of the file
        "title": brief.title_en,
        "source_file": brief.article.source_name,
        "source_date": brief.article.source_date,
        "source_encoding": brief.article.encoding,
        "content_hash": f"sha256:{brief.content_hash}",
        "translator": {"model": brief.translator.name, "revision": brief.translator.revision},
        "summarizer": {"model": brief.summarizer.name, "revision": brief.summarizer.revision},
        "settings": brief.settings,
        "paragraphs": len(brief.paragraphs),
        "sentences": stats.sentences if stats else sum(len(p.sentences) for p in brief.paragraphs),
        "sentences_split": stats.split_sentences if stats else 0,
        "sentences_retried": stats.retried_sentences if stats else 0,
        "sentences_degenerate": stats.degenerate_sentences if stats else 0,
        "struggles": struggles(brief),
        "summary_input_tokens": brief.summary.input_tokens,
        "summary_chunks": brief.summary.chunks,
        "summary_rounds": brief.summary.rounds,
        "warnings": list(brief.article.warnings),
        **web_front_matter(brief),
        "created_at": brief.created_at,
    }


def web_front_matter(brief: Brief) -> dict[str, Any]:
    """Where a web article came from (nothing for a text file)."""
    origin = brief.article.origin
    if origin is None:
        return {}
    return {
        "source_title": origin.headline,
        "source_url": origin.url,
        "outlet": origin.outlet,
        "author": origin.author,
        "published": origin.published,
        "fetched_at": origin.fetched_at,
        "extractor": origin.extractor,
        "extracted_from": origin.extracted_from,
        "site_text_left_out": list(origin.set_aside),
    }


def struggles(brief: Brief) -> list[dict[str, Any]]:
    """Where the machine struggled: sentences split for length, retried, or still degenerate
    (paragraph and sentence numbers count from 1, as a reader counts)."""
    found = []
    for paragraph in brief.paragraphs:
        for number, sentence in enumerate(paragraph.sentences, start=1):
            if sentence.split or sentence.retried or sentence.degenerate:
                found.append(
                    {
                        "paragraph": paragraph.index + 1,
                        "sentence": number,
                        "split_for_length": sentence.split,
                        "retried": sentence.retried,
                        "degenerate": sentence.degenerate,
                    }
                )
    return found


def render_brief(brief: Brief) -> str:
    lines = ["---"]
    lines += [f"{key}: {yaml_value(value)}" for key, value in front_matter(brief).items()]
    lines += ["---", "", f"# {escape_markdown(brief.title_en) or 'Untitled'}", ""]
    lines += [_byline(brief), ""]
    lines += ["## Summary", "", escape_markdown(brief.summary.text) or "_No summary._", ""]
    lines += ["## Article", "", "_Each English paragraph is followed by the Dutch original._", ""]
    for paragraph in brief.paragraphs:
        lines += _paragraph(paragraph)
    return "\n".join(lines).rstrip("\n") + "\n"


def _byline(brief: Brief) -> str:
    parts = [f"Machine-translated from Dutch ({escape_markdown(brief.article.source_name)}"]
    if brief.article.source_date:
        parts.append(f", {brief.article.source_date}")
    parts.append(f") by {escape_markdown(brief.translator.name)}; summary by {escape_markdown(brief.summarizer.name)}.")
    return "_" + "".join(parts) + "_"


def _paragraph(paragraph: TranslatedParagraph) -> list[str]:
    english = escape_markdown(paragraph.text)
    dutch = escape_markdown(paragraph.source_text)
    if paragraph.is_heading:
        return [f"### {english}", "", f"> {dutch}", ""]
    return [english, "", f"> {dutch}", ""]
