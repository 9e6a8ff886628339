"""The training recipe: data -> (vectors, char LM) -> Stanza NER model, in a resumable work folder.

Every step writes its result into ``work`` and is skipped when that result already exists, so an
interrupted run picks up where it stopped, and a recipe change only reruns what it touches (delete
the file to redo a step). Training itself is Stanza's own code (``stanza.models.ner_tagger`` and
``stanza.models.charlm``), called in-process with the arguments recorded in :class:`NerRecipe`.

Threads: on small CPUs one thread per trainer is several times faster than torch's default
(0.29 s vs 2-11 s per NER step measured on 2 cores), so the recipe pins ``threads`` = 1.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from kg.errors import DataError
from kg.ner.corpora import read_corpus, write_stanza_json
from kg.ner.vectors import VectorRecipe, train_vectors, write_tokenised

Progress = Callable[[str], None]
SHORTHAND = "ar_silat"


@dataclass(frozen=True)
class CharlmRecipe:
    hidden: int = 256
    emb: int = 100
    bptt: int = 100
    batch_size: int = 32
    train_chars: int = 24_000_000  # about half the corpus: CPU time, not data, is the limit here
    dev_chars: int = 200_000
    lr0: float = 5.0


@dataclass(frozen=True)
class NerRecipe:
    max_steps: int = 6000
    eval_interval: int = 250
    batch_size: int = 32
    hidden_dim: int = 256
    dropout: float = 0.5
    word_dropout: float = 0.01
    lr: float = 0.1
    seed: int = 1234
    threads: int = 1
    charlm: bool = False  # measured: +0.0 dev F1 for 3x slower tagging (MODEL_CARD.md)
    extra_train: tuple[str, ...] = ()  # other corpora whose train split is added (e.g. "aqmar")
    vectors: VectorRecipe = field(default_factory=VectorRecipe)
    char_lm: CharlmRecipe = field(default_factory=CharlmRecipe)


@dataclass
class TrainResult:
    model_dir: Path
    files: dict[str, Path]
    recipe: NerRecipe
    timings: dict[str, float]
    facts: dict[str, object]


@contextmanager
def _stanza_log(level: int):
    """Stanza's trainers report progress (steps, dev scores) on the 'stanza' logger: show it or not."""
    logger = logging.getLogger("stanza")
    old = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(old)


def _corpus_files(corpus: Path) -> list[Path]:
    from kg.pipeline.ingest import collect_files

    return collect_files([corpus])


def step_data(ner_root: Path, work: Path, extra_train: tuple[str, ...] = ()) -> tuple[Path, Path]:
    """ANERcorp train (plus the train splits of ``extra_train``) and ANERcorp dev as Stanza JSON.

    No test split is ever written into the work folder.
    """
    train_json, dev_json = work / "data" / "train.json", work / "data" / "dev.json"
    if not (train_json.exists() and dev_json.exists()):
        corpus = read_corpus("anercorp", ner_root / "anercorp")
        train = list(corpus.splits["train"])
        for name in extra_train:
            train += read_corpus(name, ner_root / name).splits["train"]
        write_stanza_json(train, train_json)
        write_stanza_json(corpus.splits["dev"], dev_json)
    return train_json, dev_json


def step_tokenise(corpus: Path, work: Path, progress: Progress) -> Path:
    tokenised = work / "corpus.tok"
    if not tokenised.exists():
        tmp = tokenised.with_suffix(".tmp")
        words = write_tokenised(_corpus_files(corpus), tmp, progress)
        tmp.replace(tokenised)
        progress(f"tokenised corpus: {words:,} tokens")
    return tokenised


def step_vectors(tokenised: Path, work: Path, recipe: VectorRecipe, progress: Progress) -> Path:
    pretrain = work / "pretrain.pt"
    if not pretrain.exists():
        facts = train_vectors(tokenised, pretrain, recipe, progress)
        (work / "pretrain.json").write_text(json.dumps(facts), encoding="utf-8")
    return pretrain


def _charlm_text(tokenised: Path, work: Path, recipe: CharlmRecipe) -> tuple[Path, Path]:
    """The char LM's plain-text train and dev slices: tokenised sentences, as the NER model sees them."""
    train_txt, dev_txt = work / "charlm" / "train.txt", work / "charlm" / "dev.txt"
    if not (train_txt.exists() and dev_txt.exists()):
        train_txt.parent.mkdir(parents=True, exist_ok=True)
        with tokenised.open(encoding="utf-8") as src, train_txt.open("w", encoding="utf-8") as tr, \
                dev_txt.open("w", encoding="utf-8") as dv:
            dev_chars = train_chars = 0
            for line in src:
                if dev_chars < recipe.dev_chars:
                    dv.write(line)
                    dev_chars += len(line)
                elif train_chars < recipe.train_chars:
                    tr.write(line)
                    train_chars += len(line)
                else:
                    break
    return train_txt, dev_txt


def step_charlm(tokenised: Path, work: Path, direction: str, recipe: CharlmRecipe, threads: int,
                log_level: int = logging.INFO) -> Path:
    out = work / "charlm" / f"{direction}_charlm.pt"
    if out.exists():
        return out
    import torch
    from stanza.models import charlm

    train_txt, dev_txt = _charlm_text(tokenised, work, recipe)
    torch.set_num_threads(threads)
    with _stanza_log(log_level):
        charlm.main([
            "--train_file", str(train_txt), "--eval_file", str(dev_txt), "--direction", direction,
            "--shorthand", SHORTHAND, "--save_dir", str(out.parent), "--save_name", out.name,
            "--vocab_save_name", f"{direction}_vocab.pt", "--no_checkpoint",
            "--char_hidden_dim", str(recipe.hidden), "--char_emb_dim", str(recipe.emb),
            "--bptt_size", str(recipe.bptt), "--batch_size", str(recipe.batch_size), "--epochs", "1",
            "--lr0", str(recipe.lr0), "--cutoff", "5", "--report_steps", "200", "--eval_steps", "-1",
            "--cpu",
        ])
    if not out.exists():
        raise DataError(f"{out}: Stanza's char LM trainer finished without saving a model")
    return out


def step_ner(train_json: Path, dev_json: Path, pretrain: Path, charlms: tuple[Path, Path] | None,
             work: Path, recipe: NerRecipe, log_level: int = logging.INFO) -> Path:
    out = work / "ner" / f"{SHORTHAND}_nertagger.pt"
    if out.exists():
        return out
    import torch
    from stanza.models import ner_tagger

    torch.set_num_threads(recipe.threads)
    args = [
        "--train_file", str(train_json), "--eval_file", str(dev_json), "--shorthand", SHORTHAND,
        "--wordvec_pretrain_file", str(pretrain), "--save_dir", str(out.parent), "--save_name", out.name,
        "--max_steps", str(recipe.max_steps), "--eval_interval", str(recipe.eval_interval),
        "--batch_size", str(recipe.batch_size), "--hidden_dim", str(recipe.hidden_dim),
        "--dropout", str(recipe.dropout), "--word_dropout", str(recipe.word_dropout), "--lr", str(recipe.lr),
        "--seed", str(recipe.seed), "--log_step", "100", "--cpu",
    ]
    if charlms:
        args += ["--charlm", "--charlm_shorthand", SHORTHAND,
                 "--charlm_forward_file", str(charlms[0]), "--charlm_backward_file", str(charlms[1])]
    with _stanza_log(log_level):
        ner_tagger.main(args)
    if not out.exists():
        raise DataError(f"{out}: Stanza's NER trainer finished without saving a model")
    return out


def install(files: dict[str, Path], out_dir: Path) -> dict[str, Path]:
    """Copy the trained files into Stanza's ``ar/<processor>/`` layout, which find_model reads."""
    names = {"ner": "ar/ner/silat_anercorp.pt", "pretrain": "ar/pretrain/silat_news.pt",
             "forward_charlm": "ar/forward_charlm/silat_news.pt", "backward_charlm": "ar/backward_charlm/silat_news.pt"}
    placed = {}
    for old in out_dir.glob("ar/*/*.pt"):
        old.unlink()
    for key, src in files.items():
        dest = out_dir / names[key]
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_suffix(".tmp")
        if key == "ner":
            _save_half(src, tmp)
        else:
            shutil.copyfile(src, tmp)
        tmp.replace(dest)
        placed[key] = dest
    return placed


def _save_half(src: Path, dest: Path) -> None:
    """The NER weights stored as float16: 21 -> 12 MB; Stanza casts them back to float32 on load.

    Measured on ANERcorp test: F1 81.96 (float32) vs 81.91 (float16), one MISC span apart.
    """
    import torch

    data = torch.load(src, map_location="cpu", weights_only=False)
    data["model"] = {k: v.half() if v.is_floating_point() else v for k, v in data["model"].items()}
    torch.save(data, dest, _use_new_zipfile_serialization=False)


def train_model(ner_root: Path, corpus: Path, work: Path, out_dir: Path, recipe: NerRecipe,
                progress: Progress = print, stanza_log: int = logging.INFO) -> TrainResult:
    """Run every step of the recipe and install the model into ``out_dir``."""
    work.mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}

    def timed(name, fn, *a):
        t0 = time.perf_counter()
        progress(f"== {name}")
        value = fn(*a)
        timings[name] = round(time.perf_counter() - t0, 1)
        return value

    train_json, dev_json = timed("data", step_data, ner_root, work, recipe.extra_train)
    tokenised = timed("tokenise corpus", step_tokenise, corpus, work, progress)
    pretrain = timed("word vectors", step_vectors, tokenised, work, recipe.vectors, progress)
    files = {"pretrain": pretrain}
    charlms = None
    if recipe.charlm:
        charlms = tuple(timed(f"{d} char LM", step_charlm, tokenised, work, d, recipe.char_lm, recipe.threads, stanza_log)
                        for d in ("forward", "backward"))
        files.update(forward_charlm=charlms[0], backward_charlm=charlms[1])
    files["ner"] = timed("NER model", step_ner, train_json, dev_json, pretrain, charlms, work, recipe, stanza_log)
    placed = install(files, out_dir)
    (work / "recipe.json").write_text(json.dumps(asdict(recipe), indent=2), encoding="utf-8")
    facts = {k: round(p.stat().st_size / 1e6, 1) for k, p in placed.items()}
    return TrainResult(out_dir, placed, recipe, timings, {"size_mb": facts})
