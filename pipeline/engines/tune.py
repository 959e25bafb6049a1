"""The translation batch size, measured on this machine instead of guessed.

Which batch size is fastest depends on the CPU (on one 2-core Intel machine batches of 16 beat
32; on an AMD machine 32 won). At conversion time the converted translator is timed on the same
sentences with each candidate batch size (outputs forced to one length, so every candidate
does the same work) and the fastest is recorded in the model's `dutch_brief_convert.json`
under "tuned"; `Models` reads it back (`tuned_batch_sentences`). The `batch_sentences` setting
overrides it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pipeline.engines.ct2_load import read_convert_info

CANDIDATES = (8, 16, 32)
FORCED_TOKENS = 24
ROUNDS = 2
SAMPLE = (
    "De gemeenteraad heeft dinsdagavond ingestemd met het plan voor een nieuwe brug over de rivier.",
    "Volgens de politie raakten bij het ongeluk op de snelweg drie mensen lichtgewond.",
    "Het kabinet wil de komende jaren meer geld uitgeven aan onderwijs en zorg.",
    "De wedstrijd werd na twintig minuten stilgelegd vanwege hevige regen.",
    "Onderzoekers van de universiteit publiceerden gisteren hun resultaten.",
    "In het centrum van de stad gaan vanaf maandag minder bussen rijden.",
    "De prijs van energie is het afgelopen jaar fors gestegen.",
    "Burgemeester en wethouders reageren volgende week op de kritiek.",
)


def measure_batch_size(model_dir: Path, *, sentences: int = 32) -> dict[str, Any]:
    """Time `sentences` sentences at each candidate batch size; the fastest, and what was measured."""
    from pipeline.engines.ct2_load import load_ct2

    engine = load_ct2(model_dir)
    texts = [SAMPLE[i % len(SAMPLE)] for i in range(sentences)]
    options = {"min_new_tokens": FORCED_TOKENS, "forced_eos_token_id": None}
    engine.generate(texts[:2], max_new_tokens=4, options=options | {"min_new_tokens": 4})  # warm-up
    rates: dict[str, float] = {}
    for _ in range(ROUNDS):  # interleaved rounds, the best of each: other work on the machine disturbs less
        for size in CANDIDATES:
            started = time.perf_counter()
            tokens = 0
            for start in range(0, len(texts), size):
                batch = texts[start : start + size]
                tokens += sum(g.tokens for g in engine.generate(batch, max_new_tokens=FORCED_TOKENS, options=options))
            rate = round(tokens / max(time.perf_counter() - started, 1e-9), 1)
            rates[str(size)] = max(rate, rates.get(str(size), 0.0))
    best = max(CANDIDATES, key=lambda size: rates[str(size)])
    return {
        "batch_sentences": best,
        "tokens_per_second": rates,
        "threads": [engine.inter_threads, engine.intra_threads],
    }


def tuned_batch_sentences(model_dir: Path) -> int | None:
    """The batch size recorded at conversion time, if any."""
    tuned = read_convert_info(model_dir).get("tuned")
    value = tuned.get("batch_sentences") if isinstance(tuned, dict) else None
    return value if isinstance(value, int) and value > 0 else None
