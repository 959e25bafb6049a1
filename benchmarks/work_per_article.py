"""How often the build path touches each article before any model work (pipeline.brief.prepare_brief
on every seed): file opens, text normalisations, paragraph
segmentations, and the seconds prepare takes — counted in one run, printed as JSON.

    .venv/bin/python -m benchmarks.work_per_article [OUT_DIR]

The counts are what tests/pipeline/test_brief.py asserts (one open, one normalisation, each
paragraph segmented once); this prints them, and the time, for comparing versions of the code.
"""

from __future__ import annotations

import collections
import json
import pathlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(out_dir: Path) -> dict[str, object]:
    import pipeline.text.read as read
    import pipeline.text.segment as segment
    from pipeline.brief import prepare_brief
    from pipeline.settings import BriefSettings

    opened: collections.Counter[str] = collections.Counter()
    normalised = collections.Counter[str]()
    segmented: collections.Counter[str] = collections.Counter()
    real_open, real_normalise, real_spans = pathlib.Path.open, read.normalise_text, segment.sentence_spans

    def counting_open(self, *args, **kwargs):
        opened[str(self)] += 1
        return real_open(self, *args, **kwargs)

    def counting_normalise(text: str) -> str:
        normalised["calls"] += 1
        return real_normalise(text)

    def counting_spans(paragraph: str) -> list[tuple[int, int]]:
        segmented[paragraph] += 1
        return real_spans(paragraph)

    pathlib.Path.open = counting_open  # type: ignore[method-assign]
    read.normalise_text = counting_normalise
    segment.sentence_spans = counting_spans
    settings = BriefSettings(out_dir=out_dir, require_dutch=False, backend="torch")
    files = sorted((ROOT / "seeds").glob("*.txt"))
    rows = []
    for path in files:
        opened.clear(), normalised.clear(), segmented.clear()
        started = time.perf_counter()
        prepared = prepare_brief(path, settings)
        seconds = time.perf_counter() - started
        rows.append(
            {
                "file": path.name,
                "opens": opened[str(path)],
                "normalisations": normalised["calls"],
                "paragraphs_segmented": len(segmented),
                "segmentations": sum(segmented.values()),
                "sentences": prepared.segmented.sentence_count if prepared.segmented else None,
                "prepare_s": round(seconds, 4),
            }
        )
    return {"articles": rows}


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="work-per-article-"))
    print(json.dumps(measure(out), indent=1))
