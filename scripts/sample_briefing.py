"""The README's sample briefing: the five seeds briefed with TINY RANDOM models (the English is
gibberish: the grouping, the ranking and the layout are real), each given an outlet and a date in
Markdown front matter, and one of them run again by a second outlet under another headline (a wire
copy). Prints the day's digest and `brief stories --json`.

    .venv/bin/python scripts/sample_briefing.py [WORK_FOLDER]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DAY = "2022-02-12"
OUTLETS = [("NOS", "2022-02-12T08:00:00+01:00"), ("NU.nl", "2022-02-12T09:30:00+01:00"),
           ("de Volkskrant", "2022-02-11T18:00:00+01:00"), ("Trouw", "2022-02-12T07:00:00+01:00"),
           ("AD", "2022-02-12T11:00:00+01:00")]  # fmt: skip


def main(work: Path) -> None:
    from pipeline.settings import BriefSettings
    from pipeline.storydesk.listing import as_json, listed
    from pipeline.testing.site_seeds import brief_seeds, tiny_models

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    marian, bart = tiny_models(work / "models", seeds)
    inbox = work / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    files = []
    for seed, (outlet, published) in zip(seeds, OUTLETS):
        text = seed.read_text(encoding="utf-8")
        text = text.split(" ", 3)[3] if text.startswith(" date ") else text  # the date is in the front matter
        path = inbox / f"{seed.stem}.md"
        path.write_text(f"---\noutlet: {outlet}\ndate: {published}\n---\n\n{text}", encoding="utf-8")
        files.append(path)
    copy_text = files[1].read_text(encoding="utf-8").split("---\n\n", 1)[1]
    copy = inbox / "copy.md"
    copy.write_text(
        f"---\noutlet: De Telegraaf\ndate: 2022-02-12T10:15:00+01:00\n---\n\n# Biden: Amerikanen moeten Oekraïne nu verlaten\n\n{copy_text}",
        encoding="utf-8",
    )
    files.append(copy)
    settings = BriefSettings(
        translator=str(marian), summarizer=str(bart), out_dir=work / "out", cache_dir=work / "cache",
        device="cpu", backend="torch",
    )  # fmt: skip
    brief_seeds(files, settings, DAY)
    from pipeline.catalog.db import open_catalog

    print((settings.out_dir / f"digest-{DAY}.md").read_text(encoding="utf-8"))
    print(json.dumps(as_json(listed(open_catalog(settings), None, None))[:1], ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="sample-briefing-")))
