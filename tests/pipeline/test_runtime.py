"""--backend auto|torch|ct2 through the whole brief: the choice, the metadata, the errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.batch import build_brief
from pipeline.errors import ModelUnavailableError
from pipeline.runtime import resolve_backend
from tests.conftest import ROOT, SEEDS, short_article


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory, tiny_marian: Path, tiny_bart: Path) -> Path:
    from pipeline.engines.convert import convert_model, converted_dir

    folder = tmp_path_factory.mktemp("store")
    for source in (tiny_marian, tiny_bart):
        convert_model(str(source), converted_dir(folder, str(source), "int8"), quantization="int8")
    return folder


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")[4:].split("\n---\n", 1)[0])


def test_auto_uses_a_converted_model_and_says_so(models_dir: Path, tiny_settings, tmp_path: Path) -> None:
    settings = tiny_settings.model_copy(update={"models_dir": models_dir, "backend": "auto"})
    assert resolve_backend(settings, settings.translator_ref())[0] == "ct2"
    article = tmp_path / SEEDS[0].name  # its first five paragraphs: the length plays no part
    article.write_bytes(short_article(SEEDS[0], paragraphs=5))
    meta = front_matter(build_brief(article, settings).path)
    assert meta["settings"]["backend"] == {"translator": "ct2-int8", "summarizer": "ct2-int8"}
    torch_settings = settings.model_copy(update={"backend": "torch"})
    torch_meta = front_matter(build_brief(article, torch_settings).path)
    assert torch_meta["settings"]["backend"] == {"translator": "torch", "summarizer": "torch"}
    assert torch_meta["cache_key"] != meta["cache_key"]  # different output, different brief
    assert meta["sentences"] == torch_meta["sentences"]  # same segmentation, same accounting


def test_auto_without_ctranslate2_is_torch(tiny_settings, tmp_path: Path, monkeypatch) -> None:
    from pipeline.engines import model_store

    settings = tiny_settings.model_copy(update={"models_dir": tmp_path / "empty", "backend": "auto"})
    assert resolve_backend(settings, settings.translator_ref()) == ("ct2", None)  # converted on first load
    monkeypatch.setattr(model_store, "ct2_installed", lambda: False)  # as if it were not installed
    assert resolve_backend(settings, settings.translator_ref()) == ("torch", None)


def test_ct2_without_a_conversion_says_what_to_do(tiny_settings, tmp_path: Path) -> None:
    settings = tiny_settings.model_copy(update={"models_dir": tmp_path / "empty", "backend": "ct2"})
    with pytest.raises(ModelUnavailableError, match="brief models convert") as info:
        build_brief(SEEDS[1], settings)
    assert "\n" not in str(info.value)


def test_convert_command_and_a_ct2_cache_hit_without_torch(tiny_settings, tmp_path: Path) -> None:
    store = tmp_path / "store"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "brief_cli.main",
            "models",
            "convert",
            tiny_settings.translator,
            tiny_settings.summarizer,
            "--models-dir",
            str(store),
            "--quantization",
            "int8",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert len([line for line in done.stdout.splitlines() if line.strip()]) == 2
    settings = tiny_settings.model_copy(update={"models_dir": store, "backend": "auto"})
    first = build_brief(SEEDS[2], settings)
    probe = (
        "import sys, os\n"
        "from pathlib import Path\n"
        "from pipeline.batch import build_brief\n"
        "from pipeline.settings import BriefSettings\n"
        f"s = BriefSettings(translator={settings.translator!r}, summarizer={settings.summarizer!r}, "
        f"out_dir=Path({str(settings.out_dir)!r}), models_dir=Path({str(store)!r}), device='cpu', backend='auto')\n"
        f"r = build_brief(Path({str(SEEDS[2])!r}), s)\n"
        "print(r.cached, 'torch' in sys.modules, 'ctranslate2' in sys.modules)\n"
    )
    hit = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert hit.returncode == 0, hit.stderr
    assert hit.stdout.split() == ["True", "False", "False"]
    assert front_matter(first.path)["settings"]["backend"]["translator"] == "ct2-int8"
