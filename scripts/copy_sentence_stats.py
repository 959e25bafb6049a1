"""Text measures of TUNE pairs across outlets where the shorter is short (issue 19, stop 50): what tells another
outlet's short edited rewrite (a copy) from a follow-up or a desk's own rewrite that reuses the opening?

Usage:  .venv/bin/python scripts/copy_sentence_stats.py [SET ...] [--jobs N] [--out FILE]

Pairs as `copy_align_stats` gives them (gold, missed, false copies and same-story non-copies within a day), across
outlets, the shorter body at most `excerpt_max` shingles. Per pair, on the plain texts (first 150 words): the share of
the shorter's sentences found in the other (half their words in runs of two or more matched in order:
`sentences`), the share of its names and numbers the other writes (`carried`), the names and numbers the longer's
first words add (`new`), a quote shared (`quote`), hours apart, whether the shorter is the earlier. TUNE sets only.
"""

from __future__ import annotations

import re
import sys
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import scripts.copy_align_stats as cas  # noqa: E402
import scripts.copy_trace as ct  # noqa: E402

WORDS = 150
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘'\"“0-9])")
QUOTE = re.compile(r"[‘'\"“„’]([^‘'\"“„”’]{15,}?)[’'\"”]")


def _words(text: str) -> list[str]:
    return [w.strip(".,:;!?\"'()„”“‘’").lower() for w in text.split()]


def _sentences(text: str) -> list[list[str]]:
    out = []
    for s in SENTENCE.split(" ".join(text.split()[:WORDS])):
        w = [x for x in _words(s) if x]
        if w:
            out.append(w)
    return out


def sentence_share(short: str, other: str) -> float:
    sents = _sentences(short)
    flat = [w for s in sents for w in s]
    owords = [w for w in _words(" ".join(other.split()[: 2 * WORDS])) if w]
    if not flat:
        return 0.0
    covered = set()
    for m in SequenceMatcher(None, flat, owords, autojunk=False).get_matching_blocks():
        if m.size >= 2:
            covered.update(range(m.a, m.a + m.size))
    found, i = 0, 0
    for s in sents:
        hit = sum(1 for k in range(i, i + len(s)) if k in covered)
        found += hit >= 0.5 * len(s)
        i += len(s)
    return found / len(sents)


def _marks(text: str) -> set[str]:
    """Names and numbers: capitalised words not opening a sentence, and digits."""
    out = set()
    for s in SENTENCE.split(" ".join(text.split()[:WORDS])):
        toks = s.split()
        for j, t in enumerate(toks):
            w = t.strip(".,:;!?\"'()„”“‘’")
            if any(c.isdigit() for c in w) or (j > 0 and w[:1].isupper()):
                out.add(w.lower())
    return out


def pairs_of(job: tuple[str, list[str], Path, Path]) -> list[dict]:
    found = ct.clustered(job)  # once: the pairs and `by_id` for the texts
    rows = [r for r in cas.pairs_from(job[0], found) if r["class"] == "cross-outlet, short"]
    out = []
    for r in rows:
        xa, xb = found.by_id[r["a"]].article, found.by_id[r["b"]].article
        short, long_ = (xa, xb) if len(xa.body.split()) <= len(xb.body.split()) else (xb, xa)
        ms, ml = _marks(short.body), _marks(long_.body)
        head = " ".join(long_.body.split()[: max(len(short.body.split()), 1) * 2])
        qs = {q.lower() for q in QUOTE.findall(short.body)}
        ql = {q.lower() for q in QUOTE.findall(long_.body)}
        r.update(
            sentences=round(sentence_share(short.body, long_.body), 3),
            carried=round(len(ms & ml) / len(ms), 3) if ms else 1.0,
            new=len(_marks(head) - ms),
            quote=bool(qs & ql),
            short_first=short.published <= long_.published,
            words=[len(short.body.split()), len(long_.body.split())],
        )
        out.append(r)
    return out


def main(argv: list[str] | None = None) -> int:
    rows = cas.tune_rows(__doc__.split("\n\n")[0], argv, pairs_of)
    print("quantiles 5/10/25/50/75/90/95%")
    for measure in ("aligned", "sentences", "carried", "new", "hours"):
        for kind in ("gold", "missed", "false", "same_story"):
            print(f"{measure:9s} {kind:10s} {cas.quantiles([float(r[measure]) for r in rows if r['kind'] == kind])}")
    for kind in ("gold", "missed", "false", "same_story"):
        sel = [r for r in rows if r["kind"] == kind]
        if sel:
            q = sum(r["quote"] for r in sel) / len(sel)
            f = sum(r["short_first"] for r in sel) / len(sel)
            print(f"{kind:10s} n {len(sel)} shared quote {q:.2f} short first {f:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
