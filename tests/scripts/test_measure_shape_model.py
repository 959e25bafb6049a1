"""scripts/measure_shape_model.py: shape features, blocks labelled by their gold characters, and a threshold chosen
on the training sets alone (on small examples written here)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from pipeline.document import Block, BlockKind
from scripts.measure_shape_model import Logistic, Rows, collect, cut_for, first_contact, threshold, train
from scripts.shape_model_features import FEATURES, block_features

RUNNING = (
    "De gemeente sluit de brug over de rivier vanaf maandag voor drie weken, meldt de wethouder. "
    "Het verkeer wordt in die tijd omgeleid via de ringweg rond de stad."
)
MORE = (
    "Volgens de wethouder is het onderhoud van de brug hard nodig. De brug is meer dan zestig jaar oud en de "
    "pijlers zijn na de strenge winter van vorig jaar op een aantal plekken beschadigd geraakt."
)
PROMPT = "Meer nieuws » Regio | Verkeer • 3 uur geleden"


def _value(features: dict[int, list[float]], index: int, name: str) -> float:
    return features[index][FEATURES.index(name)]


def test_features_describe_kept_blocks_by_shape_and_skip_site_text() -> None:
    blocks = [
        Block(BlockKind.SITE_TEXT, "Inloggen", reason="navigation"),
        Block(BlockKind.PARAGRAPH, RUNNING),
        Block(BlockKind.SUBHEADING, "Omleiding"),
        Block(BlockKind.PARAGRAPH, MORE),
        Block(BlockKind.PARAGRAPH, PROMPT),
        Block(BlockKind.BYLINE, "Door Anna de Wit"),
    ]
    features = dict(block_features(blocks))
    assert sorted(features) == [1, 2, 3, 4]  # set aside already, or a byline: not judged
    assert all(len(values) == len(FEATURES) for values in features.values())
    assert _value(features, 1, "previous_aside") == 1.0 and _value(features, 1, "first") == 1.0
    assert _value(features, 4, "below_body") == 1.0 and _value(features, 3, "below_body") == 0.0
    assert _value(features, 4, "link_marks") > 0 and _value(features, 1, "link_marks") == 0
    assert _value(features, 4, "relative_time") > 0 and _value(features, 4, "sentence_end") == 0.0
    assert _value(features, 1, "function_words") > _value(features, 4, "function_words")
    assert _value(features, 2, "subheading") == 1.0 and _value(features, 2, "above_body") == 0.0


def test_kept_blocks_are_labelled_by_their_gold_characters(tmp_path: Path) -> None:
    chrome = "Claim je plek » Nu"
    (tmp_path / "a.txt").write_text(f"{RUNNING}\n\n{MORE}\n\n{chrome}\n", encoding="utf-8")
    gold = {
        "headline": None,
        "blocks": [
            {"kind": "paragraph", "text": RUNNING},
            {"kind": "paragraph", "text": MORE},
            {"kind": "site_text", "text": chrome},
        ],
    }
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    rows = collect([("set", tmp_path)], keep_all=True)  # no rules: every block is judged
    chrome_chars = len(chrome.replace(" ", ""))
    assert list(rows.gold_site) == [chrome_chars] and list(rows.rules_site) == [0]
    labels = {text: (int(site), int(article)) for text, site, article in zip(rows.texts, rows.site, rows.article)}
    assert labels[chrome] == (chrome_chars, 0)
    assert labels[MORE] == (0, len(MORE.replace(" ", "")))


def test_threshold_sets_aside_no_article_block_of_the_training_sets_out_of_fold() -> None:
    rng = np.random.default_rng(0)
    sets = np.repeat(np.arange(4), 40)
    site = rng.random(len(sets)) < 0.5
    x = rng.normal(size=(len(sets), 2)) + np.where(site, 1.5, -1.5)[:, None]
    rows = Rows(
        ("a", "b", "c", "d"), np.full(4, 100), np.zeros(4, dtype=int), sets, x,
        np.where(site, 10, 0), np.where(site, 0, 10), tuple("x" * len(sets)),
    )  # fmt: skip
    cut = threshold(rows, [0, 1, 2], Logistic, by_chars=False)
    for held in (0, 1, 2):
        others = [s for s in (0, 1, 2) if s != held]
        model = train(rows, others, Logistic, by_chars=False)
        article = (sets == held) & ~site
        assert (model.predict(x[article]) < cut).all()
    assert cut < 1.0  # separable enough that some site text stays above it


def test_the_budget_cut_lets_through_the_most_likely_article_text_up_to_its_share() -> None:
    probabilities = np.array([0.99, 0.97, 0.95, 0.9, 0.8, np.nan])  # NaN: a block of the held-out set, not counted
    article = np.array([0, 10, 0, 30, 960, 500])
    assert cut_for(probabilities, article) > 0.97  # no article block at all
    assert 0.9 < cut_for(probabilities, article, budget=0.01) <= 0.95  # 10 of 1,000 characters: the block at 0.97
    assert 0.8 < cut_for(probabilities, article, budget=0.05) <= 0.9  # 40 of 1,000
    assert cut_for(probabilities, article, budget=1.0) == np.nextafter(0.5, 2.0)  # never below 0.5


def test_first_contact_recall_is_read_from_the_readme() -> None:
    assert first_contact("structure-blind36") == "0.275"  # "## Scored": "… recall 0.275 …"
    assert first_contact("structure-blind21") == "0.169"  # "## Scored": "site text P 0.948 R 0.169"
    assert first_contact("structure-blind10") == "0.219"  # no "## Scored": the first recall it records
    assert first_contact("structure-nowhere") == "—"
