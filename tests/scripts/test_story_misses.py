import json

from pipeline.stories.settings import ClusterSettings
from scripts.story_misses import Look, _cause, main
from tests.pipeline.stories.texts import DIJK_OWN, DIJK_WIRE, STAKING_BODY


def test_a_missed_pair_is_put_down_to_the_first_cause_that_holds():
    settings = ClusterSettings()  # threshold 0.25, rescue_floor 0.17, plain_floor 0.08
    assert _cause(None, (3, "x"), settings, None) == "copy"
    assert _cause(None, (3, None), settings, None) == "not-candidate"
    assert _cause(Look(0.3), (3, None), settings, None) == "outscored"
    lifted = Look(0.2, {"name_clash": 0.1, "date_clash": 0.26, "decay": 0.27}, 0.3)
    assert _cause(lifted, (3, None), settings, None) == "gate:date_clash+decay"
    assert _cause(Look(0.2, {"date_clash": 0.2}, 0.26), (3, None), settings, None) == "gates:all"
    assert _cause(Look(0.2, {}, 0.2), (3, None), settings, "gap") == "rescue-refused:gap"
    assert _cause(Look(0.05, {}, 0.05), (3, None), settings, None) == "low:floor"
    assert _cause(Look(0.1, {}, 0.1), (3, None), settings, None) == "low:plain-skip"
    assert _cause(Look(0.1, {}, 0.1, plain=0.2), (3, None), settings, None) == "low:plain-below"


def test_the_baselines_links_the_clusterer_refuses_are_listed_with_their_cause(tmp_path, capsys):
    (tmp_path / "texts").mkdir()
    rows = [("a", "2026-03-02T10:00", "dijk"), ("b", "2026-03-02T14:00", "dijk"), ("s", "2026-03-02T15:00", "bus")]
    texts = {
        "a": "Dijk bij Zaltbommel verzakt\n" + DIJK_WIRE,
        "b": "Dijk bij Zaltbommel verzakt: bewoners geëvacueerd\n" + DIJK_OWN,
        "s": "Buschauffeurs leggen werk neer\n" + STAKING_BODY,
    }
    with open(tmp_path / "labels.jsonl", "w") as fh:
        for article_id, published, story in rows:
            fh.write(json.dumps({"id": article_id, "published": published, "story": story}) + "\n")
            (tmp_path / "texts" / f"{article_id}.txt").write_text(texts[article_id])
    assert main([str(tmp_path), "--list"]) == 0
    assert capsys.readouterr().out.startswith(f"{tmp_path.name}: 0 missed pairs")
    # a threshold no score reaches: the clusterer refuses the pair the baseline links
    assert main([str(tmp_path), "--list", "--set", "threshold=5", "--set", "kin_words=0"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{tmp_path.name}: 1 missed pairs, 1 articles")
    assert ": b <- a score " in out
