"""Writes pipeline/stories/data/english_names_nl.tsv: the Dutch name of every country and territory and its English
name, from the Unicode CLDR data shipped with the `babel` package (`Locale("nl").territories` against
`Locale("en").territories`), then the hand-written names of `pipeline/stories/data/english_names_extra.tsv`
(cities, Dutch ministries, international bodies) appended. Run: `.venv/bin/python scripts/build_english_names.py`."""

from __future__ import annotations

from pathlib import Path

from babel import Locale

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "stories" / "data"


def countries() -> dict[str, str]:
    nl, en = Locale("nl"), Locale("en")
    pairs = {}
    for code, dutch in nl.territories.items():
        english = en.territories.get(code)
        if code.isalpha() and english and dutch != english:
            pairs[dutch] = english.replace(" & ", " and ")
    return pairs


def main() -> None:
    lines = [f"{dutch}\t{english}" for dutch, english in sorted(countries().items())]
    extra = (DATA / "english_names_extra.tsv").read_text(encoding="utf-8").splitlines()
    lines += [line for line in extra if line and not line.startswith("#")]
    (DATA / "english_names_nl.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
