"""Which headline rules decide which pages (issue 21, head48): every rule pipeline.text.headline calls, switched
off one at a time, and the headlines right per structure set against the rules all on.

    python -m scripts.headline_rules [--root /work/data] [--tests tests/data] [--rule NAME …]

One line per rule: the headlines it wins (or costs, when positive) on the TUNE sets and on the CHECK sets when
switched off, then the sets that move ("blind70*:+1": a CHECK set gains a headline without the rule). A rule that
moves no set decides no labelled page; one whose CHECK figure is positive costs the pages nobody tuned on. Only the
table's figures are printed, never a page's name or text (CHECK sets are scored, not read). CHECK: the even-numbered
structure-blindN sets but blind52, structure_heldout and structure-real/heldout; every other set is TUNE.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pipeline.text.headline as headline
from pipeline.text.read import read_article
from scripts.eval_structure import SOURCE_SUFFIXES
from scripts.structure_gold import norm
from scripts.structure_sets import ROOT, TESTS, find_sets


def _same(blocks: Any, *_: Any, **__: Any) -> Any:
    return blocks


def _none(*_: Any, **__: Any) -> None:
    return None


def _false(*_: Any, **__: Any) -> bool:
    return False


def _empty(*_: Any, **__: Any) -> list[int]:
    return []


# each rule headline.py calls, and what it returns when it finds nothing (the rule switched off)
OFF: dict[str, Callable[..., Any]] = {
    **dict.fromkeys(
        ("place_datelines", "credited_captions", "bar_caption", "places_aside", "caption_title", "framed_headline")
        + ("signed_headline", "card_titles"),
        _same,
    ),
    **dict.fromkeys(
        ("print_title", "sidebar_title", "echoed_title", "title_below_text", "title_after_opening", "lead_in_title"),
        _none,
    ),
    **dict.fromkeys(("affixed_copy", "dated_title", "entry_on_top", "_title_below_menu"), _none),
    **dict.fromkeys(
        ("announced_title", "not_a_title", "untitled_line", "intro_first", "photo_roundup", "bulletin_items"), _false
    ),
    **dict.fromkeys(("crumb_label", "name_above", "names_outlet", "echoed_by_lede", "label_above"), _false),
    **dict.fromkeys(("opening_title", "printed_twice", "caps_items", "signed_title", "lower_not_title"), _false),
    **dict.fromkeys(("menu_list", "date_strip", "lone_item", "logo_header", "salutation", "entry_header"), _false),
    "_breadcrumb_candidates": _empty,
}
_BLIND = re.compile(r"structure-blind(\d+)[a-z]?$")  # "blind44p", "blind71b": by the number


def is_check(name: str) -> bool:
    """A CHECK set (see the module docstring)."""
    if name in ("structure_heldout", "structure-real/heldout"):
        return True
    number = _BLIND.match(name)
    return number is not None and int(number.group(1)) % 2 == 0 and name != "structure-blind52"


def headlines_right(folder: Path) -> int:
    """How many of the folder's gold headlines the product finds (scripts.eval_structure's test, headline only)."""
    right = 0
    for gold_path in sorted(folder.glob("*.json")):
        source = next((gold_path.with_suffix(s) for s in SOURCE_SUFFIXES if gold_path.with_suffix(s).exists()), None)
        if source is not None:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            right += norm(read_article(source).meta.headline) == norm(gold.get("headline"))
    return right


def without(rule: str, sets: Sequence[tuple[str, Path]]) -> dict[str, int]:
    """Headlines right per set with `rule` switched off (put back afterwards)."""
    kept = getattr(headline, rule)
    setattr(headline, rule, OFF[rule])
    try:
        return {name: headlines_right(folder) for name, folder in sets}
    finally:
        setattr(headline, rule, kept)


def line(rule: str, base: dict[str, int], off: dict[str, int]) -> str:
    """The rule's line: TUNE and CHECK headlines without it against with it, and the sets that move."""
    moved = [(name, off[name] - base[name]) for name in base if off[name] != base[name]]
    tune = sum(delta for name, delta in moved if not is_check(name))
    check = sum(delta for name, delta in moved if is_check(name))
    sets = " ".join(f"{name.removeprefix('structure-')}{'*' if is_check(name) else ''}:{d:+d}" for name, d in moved)
    return f"{rule:24} TUNE {tune:+d}  CHECK {check:+d}  {sets}".rstrip()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="where the structure-* sets were built")
    parser.add_argument("--tests", type=Path, default=TESTS, help="the repository's tests/data")
    parser.add_argument("--rule", action="append", choices=sorted(OFF), help="only this rule (again for more)")
    args = parser.parse_args(argv)
    sets = find_sets(args.root, args.tests)
    if not sets:
        parser.error(f"no structure set found under {args.tests} or {args.root}/structure-*")
    base = {name: headlines_right(folder) for name, folder in sets}
    print(
        f"{'all rules on':24} TUNE {sum(v for n, v in base.items() if not is_check(n))}  "
        f"CHECK {sum(v for n, v in base.items() if is_check(n))}"
    )
    for rule in args.rule or OFF:
        print(line(rule, base, without(rule, sets)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
