"""The seeds briefed with the tiny models into an output folder, with a digest for the day — what
the browser tests and scripts/site_screenshots.py build a site from. Tiny models write gibberish:
the layout, the pairing and the accounting are real, the English is not."""

from __future__ import annotations

from pathlib import Path

from pipeline.settings import BriefSettings


def tiny_models(model_dir: Path, seeds: list[Path]) -> tuple[Path, Path]:
    """The tiny Marian and BART models built from the seed texts (once: an existing folder is reused)."""
    from pipeline.testing import build_tiny_bart, build_tiny_marian

    corpus = [path.read_text(encoding="utf-8") for path in seeds]
    marian, bart = model_dir / "tiny-marian", model_dir / "tiny-bart"
    if not (marian / "config.json").is_file():
        build_tiny_marian(marian, corpus, num_beams=2)
    if not (bart / "config.json").is_file():
        build_tiny_bart(bart, corpus, num_beams=2, max_length=24, min_length=4)
    return marian, bart


def brief_seeds(seeds: list[Path], settings: BriefSettings, day: str) -> list[Path]:
    """Brief `seeds` into settings.out_dir and record them (and any failure) in `day`'s digest."""
    from pipeline.batch import build_briefs
    from pipeline.digest import update_digest
    from pipeline.digest_document import DigestEntry, DigestFailure
    from pipeline.errors import BriefError

    outcomes = build_briefs(seeds, settings)
    entries, failures, paths = [], [], []
    for seed, outcome in zip(seeds, outcomes):
        if isinstance(outcome, BriefError):
            failures.append(DigestFailure(seed.name, str(outcome)))
            continue
        written = outcome.written
        paths.append(outcome.path)
        if written is not None:
            entries.append(
                DigestEntry(written.title, written.summary, written.path.name, written.source_name, written.key)
            )
    update_digest(settings, day, entries, failures)
    return paths
