"""How pipeline.batch.build_briefs runs the model stages (split from pipeline.batch): `Stages`, the load, translate,
summarize and write steps it calls; `direct_stages`, those steps called in this process with a `Models`; and
`translate_group` / `summarize_group`, the model work of one group of articles (flows.tasks.task_stages runs the same
functions as Prefect tasks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.brief import Progress, load_models, summary_input, write_brief
from pipeline.document import Prepared, Summary, TranslatedArticle, WrittenBrief
from pipeline.runtime import Models
from pipeline.settings import BriefSettings


@dataclass(frozen=True)
class Stages:
    """How build_briefs runs the model stages. Each takes a group of articles and raises if it
    cannot do them all (ModelUnavailableError / SettingsError: no article can be done)."""

    load: Callable[[], None]  # both models, before any article (a progress step of its own)
    translate: Callable[[list[Prepared], bool], list[TranslatedArticle]]  # (work, refresh)
    summarize: Callable[[list[Prepared], list[TranslatedArticle]], list[Summary]]
    write: Callable[[Prepared, TranslatedArticle, Summary], WrittenBrief]  # one brief


def direct_stages(settings: BriefSettings, models: Models, progress: Progress | None = None) -> Stages:
    """The stages called in this process with the models of `models`."""
    report = (lambda done, total: progress("translate", done, total)) if progress else None

    def translate(work: list[Prepared], refresh: bool) -> list[TranslatedArticle]:
        return translate_group(work, models, refresh=refresh, report=report)

    def summarize(work: list[Prepared], translated: list[TranslatedArticle]) -> list[Summary]:
        if progress:
            progress("summarize", 0, len(work))
        summaries = summarize_group(translated, models)
        if progress:
            progress("summarize", len(work), len(work))
        return summaries

    return Stages(
        load=lambda: load_models(models, progress),
        translate=translate,
        summarize=summarize,
        write=lambda prepared, translated, summary: write_brief(prepared.plan, settings, translated, summary),
    )


def translate_group(
    work: list[Prepared], models: Models, *, refresh: bool = False, report: Callable[[int, int], None] | None = None
) -> list[TranslatedArticle]:
    """Every sentence of every article of `work`, in shared batches (`refresh`: ignore the sentence cache)."""
    results = models.translator(refresh).translate_articles([p.segmented for p in work], report)
    return [TranslatedArticle(blocks, stats) for blocks, stats in results]


def summarize_group(translated: list[TranslatedArticle], models: Models) -> list[Summary]:
    """The summary of each article's own text (pipeline.brief.summary_input), decoded side by side."""
    return models.summarizer().summarize_many([summary_input(article) for article in translated])
