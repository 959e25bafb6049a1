"""The English name a reader who reads no Dutch expects for a well-known Dutch name ("Londen" -> "London",
"Verenigde Staten" -> "United States", "Buitenlandse Zaken" -> "Foreign Affairs"), as data
(`data/english_names_nl.tsv`: countries from CLDR, cities, ministries and international bodies by hand). A story's
key names are shown in English through it (`keynames.key_names`); a name it does not hold stays as written."""

from __future__ import annotations

from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("data") / "english_names_nl.tsv"


@cache
def english_names() -> dict[str, str]:
    """Lower-cased Dutch name -> English name (a later line wins)."""
    pairs: dict[str, str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        dutch, _, english = line.partition("\t")
        if english:
            pairs[dutch.strip().lower()] = english.strip()
    return pairs


def in_english(name: str) -> str:
    """The English name of a Dutch name ("Parijs" -> "Paris"), else the name as given."""
    return english_names().get(name.lower(), name)
