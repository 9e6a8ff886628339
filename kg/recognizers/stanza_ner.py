"""Stanza recognizer: a real ``stanza.Pipeline`` on Arabic, loaded offline from a local directory.

Input is pretokenised with the project's own tokenizer (Stanza's Arabic tokenizer model cannot be
downloaded here), so offsets map straight back to our tokens. Stanza is imported only when used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError
from ..records import Document, Mention, Sentence

ENV_VAR = "SILAT_STANZA_DIR"


@dataclass(frozen=True)
class StanzaModel:
    ner: Path
    pretrain: Path | None
    charlm_forward: Path | None
    charlm_backward: Path | None


def candidate_dirs(explicit: Path | None) -> list[Path]:
    """Where a Stanza Arabic NER model is looked for, in order."""
    if explicit:
        return [Path(explicit)]
    dirs = []
    if os.environ.get(ENV_VAR):
        dirs.append(Path(os.environ[ENV_VAR]))
    dirs.append(Path(__file__).resolve().parent.parent / "models" / "stanza")
    dirs.append(Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources")))
    return dirs


def _first(directory: Path, pattern: str) -> Path | None:
    found = sorted(directory.glob(pattern))
    return found[0] if found else None


def find_model(explicit: Path | None, required: bool) -> StanzaModel | None:
    """The first directory holding ``ar/ner/*.pt`` (Stanza's layout) or ``*ner*.pt``."""
    dirs = candidate_dirs(explicit)
    for d in dirs:
        if d.is_file() and d.suffix == ".pt":
            return StanzaModel(d, None, None, None)
        ner = _first(d, "ar/ner/*.pt") or _first(d, "*ner*.pt")
        if ner:
            return StanzaModel(
                ner,
                _first(d, "ar/pretrain/*.pt") or _first(d, "*pretrain*.pt"),
                _first(d, "ar/forward_charlm/*.pt") or _first(d, "*forward*charlm*.pt"),
                _first(d, "ar/backward_charlm/*.pt") or _first(d, "*backward*charlm*.pt"),
            )
    if required:
        looked = ", ".join(str(d) for d in dirs)
        raise ModelError(
            f"no Stanza Arabic NER model found (looked in {looked}); pass --stanza-dir DIR with "
            f"ar/ner/*.pt, set {ENV_VAR}, or use --ner gazetteer"
        )
    return None


class StanzaRecognizer:
    name = "stanza"

    def __init__(self, model: StanzaModel):
        try:
            import stanza  # noqa: F401  (heavy import, only when this recognizer is used)
        except ImportError as exc:  # pragma: no cover - stanza is a declared dependency
            raise ModelError(f"stanza is not installed ({exc}); pip install stanza") from None
        # An empty resources.json shipped with the package: Stanza never consults (or fetches) its hub.
        self._resources = Path(__file__).resolve().parent / "stanza-resources.json"
        kwargs = {"ner_model_path": str(model.ner)}
        if model.pretrain:
            kwargs["ner_pretrain_path"] = str(model.pretrain)
        if model.charlm_forward and model.charlm_backward:
            kwargs["ner_forward_charlm_path"] = str(model.charlm_forward)
            kwargs["ner_backward_charlm_path"] = str(model.charlm_backward)
        try:
            self.pipeline = stanza.Pipeline(
                lang="ar", dir=str(self._resources.parent), resources_filepath=str(self._resources),
                processors="tokenize,ner", tokenize_pretokenized=True, download_method=None,
                allow_unknown_language=True, use_gpu=False, logging_level="WARN", **kwargs,
            )
        except Exception as exc:  # stanza raises many kinds on a corrupt or wrong file
            first = (str(exc).strip().splitlines() or [""])[0][:200]
            raise ModelError(f"{model.ner}: cannot load Stanza NER model ({type(exc).__name__}: {first})") from None

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[Mention]:
        if not sentences:
            return []
        result = self.pipeline([[t.text for t in s.tokens] for s in sentences])
        mentions = []
        for sent, ssent in zip(sentences, result.sentences):
            tags = [tok.ner for tok in ssent.tokens]
            mentions.extend(_spans(doc, sent, tags))
        return mentions


def _spans(doc: Document, sent: Sentence, tags: list[str]) -> list[Mention]:
    """Turn BIOES/BIO tags over our tokens into mentions."""
    out, start, label = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix in ("O", "B", "S") or kind != label):
            first, last = sent.tokens[start], sent.tokens[i - 1]
            out.append(Mention(first.start, last.end, doc.text[first.start:last.end],
                               "PER" if label in ("PER", "PERS") else label, sent.index, start, i, source="stanza"))
            start, label = None, None
        if prefix in ("B", "S", "I") and start is None:
            start, label = i, kind
        if prefix in ("E", "S") and start is not None:
            first, last = sent.tokens[start], sent.tokens[i]
            out.append(Mention(first.start, last.end, doc.text[first.start:last.end],
                               "PER" if label in ("PER", "PERS") else label, sent.index, start, i + 1, source="stanza"))
            start, label = None, None
    return out


class Combined:
    """Stanza's mentions plus the gazetteer's; the gazetteer wins where the two overlap."""

    def __init__(self, primary, gazetteer):
        self.primary, self.gazetteer = primary, gazetteer
        self.name = f"{primary.name}+{gazetteer.name}"

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[Mention]:
        gaz = self.gazetteer(doc, sentences)
        taken = {(m.sentence, t) for m in gaz for t in range(m.tok_start, m.tok_end)}
        extra = [m for m in self.primary(doc, sentences)
                 if not any((m.sentence, t) in taken for t in range(m.tok_start, m.tok_end))]
        return sorted(gaz + extra, key=lambda m: (m.start, m.end))
