"""Word vectors for the NER model, trained on the project's news corpus.

Stanza's NER gained about 12 F1 points from pretrained vectors plus a character LM (shared/ner
README). The vectors are trained with gensim's word2vec on text tokenised by *our* tokenizer, so
the vocabulary matches exactly the tokens the pipeline later feeds to Stanza (clitics attached,
punctuation split). The result is written as a Stanza pretrain file (``{'vocab', 'emb'}``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.errors import DataError
from kg.lang.ar.tokenize import split_sentences

Progress = Callable[[str], None]


@dataclass(frozen=True)
class VectorRecipe:
    """Everything that decides the vectors; written into the model card."""

    dim: int = 100
    window: int = 5
    min_count: int = 3
    epochs: int = 5
    skipgram: bool = True
    negative: int = 10
    max_vocab: int = 200_000  # a cap; min_count decides: 100,111 words on the shared corpus
    seed: int = 1234
    workers: int = 2
    fp16: bool = True


def corpus_sentences(paths: Iterable[Path], warn: Progress = lambda m: None) -> Iterator[list[str]]:
    """Token lists of every sentence of every article (title and text) in the given inputs."""
    from kg.pipeline.ingest import read_documents

    for doc in read_documents(list(paths), warn):
        for text in (doc.title or "", doc.text):
            for sent in split_sentences(text):
                yield [t.text for t in sent.tokens]


def write_tokenised(paths: Iterable[Path], out: Path, progress: Progress = lambda m: None) -> int:
    """One sentence per line, tokens separated by spaces (gensim's fast ``corpus_file`` format)."""
    words = 0
    with out.open("w", encoding="utf-8") as fh:
        for n, tokens in enumerate(corpus_sentences(paths, progress), 1):
            fh.write(" ".join(tokens) + "\n")
            words += len(tokens)
            if n % 100_000 == 0:
                progress(f"tokenised {n:,} sentences, {words:,} tokens")
    if words == 0:
        raise DataError(f"{', '.join(map(str, paths))}: no text to train word vectors on")
    return words


def train_vectors(tokenised: Path, out_pt: Path, recipe: VectorRecipe, progress: Progress = lambda m: None) -> dict:
    """Train word2vec on ``tokenised`` and save the ``max_vocab`` most frequent words as a Stanza pretrain."""
    try:
        from gensim.models import Word2Vec
    except ImportError:
        raise DataError("training word vectors needs gensim: pip install 'silat[train]'") from None
    import numpy as np
    import torch
    from stanza.models.common.pretrain import PretrainedWordVocab
    from stanza.models.common.vocab import VOCAB_PREFIX

    logging.getLogger("gensim").setLevel(logging.WARNING)
    progress(f"word2vec: dim {recipe.dim}, window {recipe.window}, {recipe.epochs} epochs, {recipe.workers} workers")
    model = Word2Vec(
        corpus_file=str(tokenised), vector_size=recipe.dim, window=recipe.window, min_count=recipe.min_count,
        sg=int(recipe.skipgram), negative=recipe.negative, epochs=recipe.epochs, seed=recipe.seed,
        workers=recipe.workers,
    )
    kv = model.wv
    words = list(kv.index_to_key[: recipe.max_vocab])  # gensim orders by frequency
    emb = np.zeros((len(VOCAB_PREFIX) + len(words), recipe.dim), dtype=np.float32)
    emb[len(VOCAB_PREFIX):] = np.stack([kv[w] for w in words])
    vocab = PretrainedWordVocab(words, lower=False)
    out_pt.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_pt.with_suffix(".tmp")
    # float16 halves the shipped file; Stanza copies the matrix into its float32 embedding on load
    stored = torch.from_numpy(emb).half() if recipe.fp16 else torch.from_numpy(emb)
    torch.save({"vocab": vocab.state_dict(), "emb": stored}, tmp, _use_new_zipfile_serialization=False)
    tmp.replace(out_pt)
    return {"vocabulary_trained": len(kv.index_to_key), "vocabulary_kept": len(words), "dim": recipe.dim}
