"""--backend auto converts a model for CTranslate2 on first use: once, atomically, with a fallback."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.batch import build_brief
from pipeline.document import ModelRef
from pipeline.engines.convert import converted_dir, find_converted
from pipeline.engines.ct2_load import read_convert_info
from pipeline.engines.model_store import ensure_converted, marker_path
from pipeline.engines.tune import CANDIDATES
from pipeline.runtime import Models
from tests.conftest import ROOT, SEEDS, short_article


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")[4:].split("\n---\n", 1)[0])


def auto(settings, store: Path):
    return settings.model_copy(update={"backend": "auto", "models_dir": store})


def notices(caplog: pytest.LogCaptureFixture, text: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "dutch_brief" and text in r.getMessage()]


def test_first_use_converts_once_and_later_runs_load_it(tiny_settings, tmp_path: Path, caplog) -> None:
    settings = auto(tiny_settings, tmp_path / "store")
    with caplog.at_level(logging.WARNING, logger="dutch_brief"):
        first = build_brief(SEEDS[0], settings)
    assert len(notices(caplog, "converting it to CTranslate2")) == 2  # one line per model
    assert front_matter(first.path)["settings"]["backend"] == {"translator": "ct2-int8", "summarizer": "ct2-int8"}
    target = converted_dir(settings.models_dir, settings.translator, "int8")
    tuned = read_convert_info(target)["tuned"]
    assert tuned["batch_sentences"] in CANDIDATES and set(tuned["tokens_per_second"]) == {str(c) for c in CANDIDATES}
    stamp = (target / "model.bin").stat().st_mtime_ns
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="dutch_brief"):
        second = build_brief(SEEDS[1], settings)
    assert notices(caplog, "convert") == [] and (target / "model.bin").stat().st_mtime_ns == stamp
    assert front_matter(second.path)["settings"]["backend"]["translator"] == "ct2-int8"
    translator = Models(settings).translator()
    assert translator.options.max_batch_sentences == tuned["batch_sentences"]  # the measured size is used
    pinned = settings.model_copy(update={"batch_sentences": 5})
    assert Models(pinned).translator().options.max_batch_sentences == 5  # the setting wins


def test_a_model_ct2_cannot_convert_runs_on_torch_after_one_warning(
    tiny_settings, tmp_path: Path, caplog, monkeypatch
) -> None:
    from ctranslate2.converters import transformers as ct2_transformers

    monkeypatch.delitem(ct2_transformers._MODEL_LOADERS, "MarianConfig")  # as for an architecture it lacks
    settings = auto(tiny_settings, tmp_path / "store")
    one, other = tmp_path / SEEDS[2].name, tmp_path / SEEDS[3].name  # their first paragraphs: the length plays no part
    for short, seed in ((one, SEEDS[2]), (other, SEEDS[3])):
        short.write_bytes(short_article(seed))
    with caplog.at_level(logging.WARNING, logger="dutch_brief"):
        first = build_brief(one, settings)
    assert len(notices(caplog, "cannot be converted")) == 1
    assert front_matter(first.path)["settings"]["backend"] == {"translator": "torch", "summarizer": "ct2-int8"}
    assert marker_path(settings.models_dir, settings.translator_ref(), "int8").is_file()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="dutch_brief"):
        assert build_brief(one, settings).cached  # the same key again: no second attempt, no warning
        build_brief(other, settings)
    assert notices(caplog, "convert") == []


KILLED_CONVERSION = """
import os, signal, sys
from pathlib import Path
import pipeline.engines.convert as convert
from pipeline.document import ModelRef
from pipeline.engines.model_store import ensure_converted

def killed(new, out_dir):  # the model is complete in its temporary directory: die before the rename
    os.kill(os.getpid(), signal.SIGKILL)

convert._replace = killed
ensure_converted(Path(sys.argv[1]), ModelRef(sys.argv[2]), role="translator", quantization="int8")
"""


def test_a_killed_conversion_leaves_no_model_and_the_next_one_cleans_up(tiny_marian: Path, tmp_path: Path) -> None:
    store, ref = tmp_path / "store", ModelRef(str(tiny_marian))
    done = subprocess.run(
        [sys.executable, "-c", KILLED_CONVERSION, str(store), ref.name], cwd=ROOT, capture_output=True, timeout=300
    )
    assert done.returncode == -9, done.stderr
    target = converted_dir(store, ref.name, "int8")
    assert not target.exists() and find_converted(store, ref.name) is None
    assert list(target.parent.glob(f".{target.name}.*.tmp"))  # what the killed process left: hidden, unused
    assert ensure_converted(store, ref, role="translator", quantization="int8") == target
    assert find_converted(store, ref.name) == target
    assert not list(target.parent.glob(f".{target.name}.*.tmp"))


CONVERT_AND_REPORT = """
import logging, sys
from pathlib import Path
from pipeline.document import ModelRef
from pipeline.engines.model_store import ensure_converted

converted = []
logging.getLogger("dutch_brief").addFilter(lambda record: converted.append(record.getMessage()) or True)
path = ensure_converted(Path(sys.argv[1]), ModelRef(sys.argv[2]), role="summarizer", quantization="int8")
print(path, sum("converting" in m for m in converted))
"""


def test_concurrent_processes_convert_once(tiny_bart: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    command = [sys.executable, "-c", CONVERT_AND_REPORT, str(store), str(tiny_bart)]
    runs = [
        subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert all(run.returncode == 0 for run in runs), [err for _, err in outputs]
    reports = [out.split() for out, _ in outputs]
    target = str(converted_dir(store, str(tiny_bart), "int8"))
    assert [path for path, _ in reports] == [target, target]
    assert sorted(count for _, count in reports) == ["0", "1"]  # one converted, the other waited and loaded it
