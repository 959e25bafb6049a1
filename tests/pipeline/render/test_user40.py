"""The line under a brief's title names a local model by its folder's name, not the operator's path on
disk: the brief goes into feed.xml, the web edition and the e-mail, where readers see it (user40). A hub
id stays as it is; the front matter keeps the whole path (the operator's record)."""

from __future__ import annotations

import dataclasses

from pipeline.document import ModelRef
from pipeline.render.brief import render_brief
from tests.pipeline.render.test_render_brief import make_brief


def test_a_local_model_is_named_by_its_folder_not_its_path() -> None:
    brief = make_brief(["Dodental Parijs op 129", "Het dodental is gestegen."])
    local = dataclasses.replace(
        brief,
        translator=ModelRef("/srv/newsroom/models/opus-mt-nl-en", "local-e8e7b0989a583ec8"),
        summarizer=ModelRef("Helsinki-NLP/distilbart-nl", "0123456789abcdef0123456789abcdef01234567"),
    )
    text = render_brief(local)
    (credit,) = [line for line in text.splitlines() if line.startswith("_Machine-translated")]
    assert credit.startswith("_Machine-translated from Dutch by opus-mt-nl-en; summary by Helsinki-NLP/distilbart-nl.")
    assert "/srv/newsroom/models/opus-mt-nl-en" in text.split("\n---\n")[0]  # the front matter keeps the path
    assert "/srv/newsroom" not in text.split("\n---\n", 1)[1]
