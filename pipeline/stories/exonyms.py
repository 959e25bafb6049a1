"""Countries Dutch outlets spell two ways: the Dutch exonym ("Oeganda", "Koeweit") and the international spelling
("Uganda", "Kuwait"). One report of an ebola case writes "Oeganda", another "Uganda": one place, so one term
(`terms.term_of` reads each word here first). Only spellings of one country that are no other Dutch word."""

from __future__ import annotations

# the international (or older) spelling -> the Dutch exonym, lowercased
SPELLINGS: dict[str, str] = {
    "uganda": "oeganda",
    "ugandese": "oegandese",
    "ukraine": "oekraïne",
    "kuwait": "koeweit",
    "qatar": "katar",
    "yemen": "jemen",
    "kenya": "kenia",
    "chad": "tsjaad",
    "sudan": "soedan",
    "zuid-sudan": "zuid-soedan",
    "uzbekistan": "oezbekistan",
    "tajikistan": "tadzjikistan",
    "azerbeidjan": "azerbeidzjan",
    "iraq": "irak",
    "cameroen": "kameroen",
    "kambodja": "cambodja",
}


def dutch(word: str) -> str:
    """The Dutch exonym of a lowercased word that spells a country another way, else the word."""
    return SPELLINGS.get(word, word)
