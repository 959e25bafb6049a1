"""The obvious baseline: a plain TF-IDF online clusterer with a three-day window.

Lowercased words (no stemming, no names, no dates), TF-IDF with document frequencies of the
articles seen so far, cosine with the mean vector of each story last seen within three days; join
the best story above `threshold`, else open a new one. No wire-copy detection.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import datetime, timedelta

_WORD = re.compile(r"[^\W_]+")


class TfidfBaseline:
    def __init__(self, threshold: float = 0.3, window: timedelta = timedelta(days=3)) -> None:
        self.threshold = threshold
        self.window = window
        self.df: Counter[str] = Counter()
        self.docs = 0
        self.stories: dict[int, tuple[Counter[str], int, datetime]] = {}  # id -> (sum vector, size, last seen)

    def assign(self, published: datetime, text: str) -> int:
        words = Counter(w.lower() for w in _WORD.findall(text))
        self.docs += 1
        self.df.update(words.keys())
        vec = {w: (1 + math.log(c)) * (math.log((self.docs + 1) / (self.df[w] + 1)) + 1) for w, c in words.items()}
        length = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {w: v / length for w, v in vec.items()}
        best, best_id = 0.0, None
        for story_id, (total, _size, last) in self.stories.items():
            if published - last > self.window:
                continue
            n = math.sqrt(sum(v * v for v in total.values())) or 1.0
            sim = sum(v * total.get(w, 0.0) for w, v in vec.items()) / n
            if sim > best or (sim == best and best_id is not None and story_id < best_id):
                best, best_id = sim, story_id
        if best_id is None or best < self.threshold:
            best_id = len(self.stories) + 1
            self.stories[best_id] = (Counter(), 0, published)
        total, size, last = self.stories[best_id]
        total.update(vec)
        self.stories[best_id] = (total, size + 1, max(last, published))
        return best_id
