"""The repetition signal (pipeline.text.templates) measured on multi-article outlet sets.

    python -m scripts.eval_templates

Each outlet set: the article text of every gold article of tests/data/structure_dev and
structure_heldout (40 articles; their gold site text left out), published one a day or so, each
wrapped in that outlet's template (lines written for this script, not tuned on: a menu line, a
newsletter and a tip request, an app promo, a copyright line — some no rule knows). Reported per
outlet, over the articles after the first `min_articles` (which fall back to the rules): the share of
template characters set aside by the rules alone and by rules + repetition, and the article text
set aside (must be 0).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pipeline.document import BlockKind
from pipeline.settings import BriefSettings
from pipeline.text.read import parse_article
from pipeline.text.templates import MemoryOutletLines, TemplateDetector

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
OUTLETS = {
    "Noordpost": (
        ["Home | Regio | Sport | Cultuur | Noordpost TV", "Abonneer je op de Noordpost en lees onbeperkt"],
        [
            "Elke ochtend het nieuws uit Groningen en Drenthe in je inbox? Schrijf je in.",
            "Zag jij iets gebeuren? Stuur je foto's naar 06-12345678.",
            "Onze journalistiek is onafhankelijk en wordt betaald door onze lezers.",
            "© 2025 Noordpost Media BV. Alle rechten voorbehouden.",
        ],
    ),
    "Kustkrant": (
        ["Kustkrant", "Nieuws | Zeeland | Oostende | Weer en getijden"],
        [
            "Gratis de Kustkrant op je telefoon: zoek ons in de App Store of Google Play.",
            "Wil je reageren op dit artikel? Dat kan met een account van de Kustkrant.",
            "De redactie werkt volgens de Code van de Raad voor de Journalistiek.",
        ],
    ),
}


@dataclass
class Tally:
    template_chars: int = 0
    by_rules: int = 0
    by_both: int = 0
    article_chars_set_aside: int = 0
    article_chars_by_repetition: int = 0


def gold_articles() -> list[list[str]]:
    """Each gold article's own text: its non-site blocks, in order."""
    out = []
    for directory in (DATA / "structure_dev", DATA / "structure_heldout"):
        for path in sorted(directory.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            texts = [
                _without_tail(f"{b.get('time') or ''} {b.get('text') or chr(10).join(b.get('items') or [])}", b)
                for b in gold["blocks"]
                if b.get("kind") not in ("site_text",)
            ]
            out.append([t for t in texts if t])
    return out


def _without_tail(text: str, block: dict) -> str:
    """A gold block's text without the site text its gold says is glued to its end."""
    tail = block.get("site_text_tail") or ""
    text = text.strip()
    return text[: -len(tail)].strip() if tail and text.endswith(tail) else text


def measure(outlet: str, top: list[str], bottom: list[str], settings: BriefSettings) -> Tally:
    detector = TemplateDetector(MemoryOutletLines(), settings.template_min_articles, settings.template_window_days)
    template = {" ".join(t.split()) for t in top + bottom}
    tally = Tally()
    start = date(2026, 11, 1)
    for number, body in enumerate(gold_articles()):
        text = "\n\n".join([*top, *body, *bottom]) + "\n"
        blocks = list(parse_article(text, source_name=f"{outlet}-{number}.txt").blocks)
        day = start + timedelta(days=number * 2 // 3)  # one or two articles a day
        rules_only = blocks
        both = detector.set_aside(blocks, outlet=outlet, article=f"{outlet}-{number}", day=day)
        if number < settings.template_min_articles:
            continue
        tally.template_chars += sum(len(t) for t in template)
        tally.by_rules += _set_aside_chars(rules_only, template)
        tally.by_both += _set_aside_chars(both, template)
        tally.article_chars_set_aside += sum(
            len(b.text)
            for b in both
            if b.kind is BlockKind.SITE_TEXT and not any(" ".join(b.text.split()) in line for line in template)
        )
        tally.article_chars_by_repetition += sum(
            len(b.text)
            for b in both
            if (b.reason or "").startswith("repeated")
            and not any(" ".join(b.text.split()) in line for line in template)
        )
    return tally


def _set_aside_chars(blocks, template: set[str]) -> int:
    """Characters of the template lines inside blocks set aside (a line may be set aside in pieces)."""
    pieces = [" ".join(b.text.split()) for b in blocks if b.kind is BlockKind.SITE_TEXT]
    found = 0
    for line in template:
        if any(line in p for p in pieces):
            found += len(line)
        else:
            found += sum(len(p) for p in pieces if p in line)
    return found


def main() -> None:
    settings = BriefSettings()
    print(
        f"min_articles {settings.template_min_articles}, window {settings.template_window_days} days; "
        f"{len(gold_articles())} articles per outlet"
    )
    for outlet, (top, bottom) in OUTLETS.items():
        t = measure(outlet, top, bottom, settings)
        print(
            f"{outlet:10s} template recall: rules {t.by_rules / t.template_chars:.3f}, "
            f"rules + repetition {t.by_both / t.template_chars:.3f}; "
            f"article text set aside {t.article_chars_set_aside} characters "
            f"({t.article_chars_by_repetition} of them by repetition)"
        )


if __name__ == "__main__":
    main()
