"""Stage 5 — render a `Brief` as Markdown: YAML front matter, English title, summary, and the
whole article with each English paragraph above its Dutch original.

Source and model text is data: every piece of it is escaped (pipeline.render.markdown).
"""

from __future__ import annotations

from typing import Any

from pipeline.document import FORMAT, Brief, FidelityIssue, TranslatedParagraph
from pipeline.render.markdown import escape_markdown, yaml_value
from pipeline.version import PIPELINE_VERSION, generator


def front_matter(brief: Brief) -> dict[str, Any]:
    stats = brief.stats
    return {
        "format": FORMAT,
        "cache_key": brief.cache_key,  # first: a cache lookup reads only the start of the file
        "generator": generator(),
        "pipeline_version": PIPELINE_VERSION,
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
        "fidelity": _fidelity_counts(brief),
        "summary_input_tokens": brief.summary.input_tokens,
        "summary_chunks": brief.summary.chunks,
        "summary_rounds": brief.summary.rounds,
        "warnings": list(brief.article.warnings),
        **web_front_matter(brief),
        "created_at": brief.created_at,
    }


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


def _issues(brief: Brief) -> dict[tuple[int, int], FidelityIssue]:
    return {(i.paragraph, i.sentence): i for i in (brief.fidelity.issues if brief.fidelity else ())}


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
    """Where the machine struggled: sentences split for length, retried, still degenerate, or
    missing numbers or names of the Dutch (paragraph and sentence numbers count from 1, as a reader counts)."""
    found = []
    issues = _issues(brief)
    for paragraph in brief.paragraphs:
        for number, sentence in enumerate(paragraph.sentences, start=1):
            issue = issues.get((paragraph.index, number - 1))
            if sentence.split or sentence.retried or sentence.degenerate or issue:
                entry: dict[str, Any] = {
                    "paragraph": paragraph.index + 1,
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
    for paragraph in brief.paragraphs:
        lines += _paragraph(paragraph, issues)
    return "\n".join(lines).rstrip("\n") + "\n"


def _byline(brief: Brief) -> str:
    parts = [f"Machine-translated from Dutch ({escape_markdown(brief.article.source_name)}"]
    if brief.article.source_date:
        parts.append(f", {escape_markdown(brief.article.source_date)}")
    parts.append(f") by {escape_markdown(brief.translator.name)}; summary by {escape_markdown(brief.summarizer.name)}.")
    return "_" + "".join(parts) + "_"


def _paragraph(paragraph: TranslatedParagraph, issues: dict[tuple[int, int], FidelityIssue]) -> list[str]:
    english = escape_markdown(paragraph.text)
    if any((paragraph.index, n) in issues for n in range(len(paragraph.sentences))):
        english = _marked_english(paragraph, issues)
    dutch = escape_markdown(paragraph.source_text)
    if paragraph.is_heading:
        return [f"### {english}", "", f"> {dutch}", ""]
    return [english, "", f"> {dutch}", ""]


def _marked_english(paragraph: TranslatedParagraph, issues: dict[tuple[int, int], FidelityIssue]) -> str:
    """The English paragraph with a mark after each sentence that lacks numbers or names of the Dutch."""
    parts = []
    for number, sentence in enumerate(paragraph.sentences):
        if sentence.text:
            parts.append(escape_markdown(sentence.text))
        issue = issues.get((paragraph.index, number))
        if issue:
            missing = ", ".join(issue.missing_numbers + issue.missing_names)
            parts.append(f"_({escape_markdown('⚠ check the Dutch: ' + missing)})_")
    return " ".join(parts)
