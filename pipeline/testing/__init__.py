"""Offline builders for small stand-ins of the two hub models dutch-brief uses.

No model hub is reachable from CI or the dev machines, so the tests cannot download
``Helsinki-NLP/opus-mt-nl-en`` (MarianMT) or ``sshleifer/distilbart-cnn-12-6`` (BART).
The functions here build models *of the same classes, with the same file layout* into a
directory, so that::

    AutoTokenizer.from_pretrained(path, local_files_only=True)
    AutoModelForSeq2SeqLM.from_pretrained(path, local_files_only=True)

go through exactly the code path a real hub snapshot goes through:

* Marian: ``source.spm`` / ``target.spm`` (SentencePiece), ``vocab.json`` (piece -> id,
  ``</s>`` = 0, ``<unk>`` = 1, ``<pad>`` = last id), ``tokenizer_config.json``,
  ``config.json`` + ``generation_config.json`` + ``model.safetensors``.
  ``AutoTokenizer`` returns :class:`transformers.MarianTokenizer` (sentencepiece based).
* BART: byte-level BPE ``vocab.json`` + ``merges.txt`` and a ``tokenizer_config.json`` that
  only holds ``model_max_length`` -- the same files the real distilbart repo has (no
  ``tokenizer.json``). In transformers 5 ``AutoTokenizer`` returns
  :class:`transformers.RobertaTokenizer` (``BartTokenizer``/``BartTokenizerFast`` are aliases
  of it), a ``tokenizers``-backed class. Like the real repo, the generation defaults live in
  ``config.json`` (legacy location) and there is *no* ``generation_config.json`` by default;
  transformers then derives the generation config from ``config.json``.

The architecture flags and special-token ids are taken from the researched published
configs in ``pipeline/testing/configs`` (see ``scripts/research_notes.md``); only the sizes
(vocab, width, depth) are shrunk. Weights are random.

All builders are pure functions of their arguments: same corpus + same arguments give
byte-identical tokenizer files and identical weights. They are meant to be called from
session-scoped pytest fixtures. As a convenience, each build writes a small
``tiny_model_info.json`` with a fingerprint of its inputs; calling a builder again with the
same inputs on the same directory returns immediately instead of rebuilding.

Public: the tests and the benchmarks build their models with these.
"""

from pipeline.testing.bart import build_tiny_bart
from pipeline.testing.common import (
    BUILDER_VERSION,
    CONFIG_DIR,
    ENGLISH_SENTENCES,
    INFO_FILE,
    load_published_config,
    read_build_info,
)
from pipeline.testing.fullsize import build_fullsize_bart, build_fullsize_marian
from pipeline.testing.marian import build_fullsize_marian_random, build_tiny_marian
from pipeline.testing.rigged_marian import build_rigged_repeating_marian

__all__ = [
    "BUILDER_VERSION",
    "CONFIG_DIR",
    "ENGLISH_SENTENCES",
    "INFO_FILE",
    "build_fullsize_bart",
    "build_fullsize_marian",
    "build_fullsize_marian_random",
    "build_rigged_repeating_marian",
    "build_tiny_bart",
    "build_tiny_marian",
    "load_published_config",
    "read_build_info",
]
