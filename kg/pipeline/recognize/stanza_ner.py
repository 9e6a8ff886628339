"""Stanza recognizer: a real ``stanza.Pipeline`` on Arabic, loaded offline from a local directory.

Input is pretokenised with the project's own tokenizer (Stanza's Arabic tokenizer model cannot be
downloaded here), so offsets map straight back to our tokens. Stanza is imported only when used.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from kg.data import shipped_model_dir
from kg.errors import ModelError, one_line
from kg.lang.ar.clitics import (
    AND,
    IN,
    clitic_readings,
    definite,
    definite_word,
    name_letter_kept,
    rare_clitic_strip,
    strip_offset,
    strips_preposition,
    with_article,
)
from kg.lang.ar.normalize import normalize
from kg.lang.ar.tokenize import COMMAS
from kg.pipeline.recognize.org_phrases import OrgPhrases
from kg.records import Document, Mention, Sentence

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
    dirs.append(shipped_model_dir())
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

    def __init__(self, model: StanzaModel, whole_names: frozenset[str] = frozenset()):
        self.whole_names = whole_names
        try:
            import stanza  # noqa: F401  (heavy import, only when this recognizer is used)
        except ImportError as exc:  # pragma: no cover - stanza is a declared dependency
            raise ModelError(f"stanza is not installed ({exc}); pip install stanza") from None
        if "OMP_NUM_THREADS" not in os.environ:
            # bench/ner_speed.py, 2 cores: 1 thread 290 sentences/s, 2 threads 314 when idle but 115
            # (vs 299) when another process holds a core; one thread is the robust default
            import torch

            torch.set_num_threads(1)
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
                allow_unknown_language=True, use_gpu=False, logging_level="ERROR", **kwargs,
            )
        except Exception as exc:  # stanza raises many kinds on a corrupt or wrong file
            files = ", ".join(str(f) for f in (model.ner, model.pretrain, model.charlm_forward, model.charlm_backward) if f)
            raise ModelError(f"cannot load the Stanza NER model from {files} ({one_line(exc)})") from None
        trained = self.pipeline.processors["ner"].trainers[0].args
        if trained.get("pretrain", True) and not model.pretrain:
            # Stanza would run with random vectors and tag nonsense without a word of warning
            raise ModelError(f"{model.ner}: the model was trained with word vectors but no pretrain file was "
                             f"found beside it (expected {model.ner.parent.parent / 'pretrain'}/*.pt)")
        self.ranks = _frequency_ranks(self.pipeline, model)

    def strip_proclitics(self, doc: Document, mention: Mention, listed: bool = False) -> Mention:
        """Drop a conjunction/preposition glued to the mention's first word (بالقاهرة → القاهرة).

        Arabic writes و ف ب ل ك onto the next word, and Stanza tags the whole token. Whether a
        leading letter is a clitic or part of the name (وليد، لبنان) is decided by the corpus: the
        reading that is the more frequent word in the vectors' vocabulary wins, and an unknown
        word is left whole. A ``listed`` mention (one that follows a comma or another name right
        before it) takes و as the list's conjunction unless the whole word is the more frequent:
        ، وليندزي جراهام، ويوليوس قيصر (ليندزي as unknown as وليندزي), while ، وانغ يي keeps its و
        (وانغ is a known word, انغ is not); a name still keeps three letters (، وين منت).
        """
        first = mention.text.split()[0] if mention.text.split() else ""
        if normalize(first) in self.whole_names:
            return mention
        unknown = len(self.ranks)
        best = (0, normalize(first))
        # one letter at a time, and only while each strip gives a more frequent word: وليد stays
        # whole although يد ("hand") is frequent, because ليد is not more frequent than وليد
        # a name keeps at least three letters: وين منت is not ين منت, ليو موراي is not يو موراي
        # and a person's name keeps a first letter that cannot follow a glued ب ل ك ف (لاري is not ل + اري)
        person = mention.label in ("PER", "PERS")
        # and ف or ك is taken off a name only before the article (فورد، كوالا لمبور keep their first letter)
        readings = [r for r in clitic_readings(best[1]) if len(r[1]) >= 3
                    and not (person and name_letter_kept(first, r[0])) and not rare_clitic_strip(first, r[0])]
        # and a preposition glued to a person's name must leave a clearly more frequent word, its frequency
        # rank in the vectors' vocabulary at most half the whole word's (ranks, not counts): in بريان، براد،
        # بالما the two readings are about as rare (a 350-article sample: the 3 person strips of a
        # preposition whose word ranked above half the whole word's rank were all wrong; after و such strips are
        # right: ومعتز، وعزيزة, since a list of names joins them with و far more often than a preposition takes one)
        for level in sorted({n for n, _ in readings if n}):
            candidate = min((r for r in readings if r[0] == level), key=lambda r: self.ranks.get(r[1], unknown))
            margin = _PREPOSITION_MARGIN if person and strips_preposition(first, level) else 1
            if self.ranks.get(candidate[1], unknown) * margin >= self.ranks.get(best[1], unknown):
                break
            best = candidate
        if best[0] == 0 and listed and best[1].startswith(AND):
            # the frequency test found no clitic: in a list, و goes unless the whole word is the more frequent
            best = next((r for r in clitic_readings(best[1]) if r[0] == 1 and len(r[1]) >= 3
                         and self.ranks.get(r[1], unknown) <= self.ranks.get(best[1], unknown)), best)
        if best[0] == 0:
            return mention
        start = mention.start + strip_offset(first, best[0])
        text = doc.text[start:mention.end]
        text = with_article(text, best[1], normalize(text))
        return replace(mention, start=start, text=text)

    def tag(self, token_lists: list[list[str]]) -> list[list[str]]:
        """BIOES tags for pretokenised sentences (what ``kg ner evaluate`` scores)."""
        if not token_lists:
            return []
        result = self.pipeline(token_lists)
        return [[tok.ner for tok in s.tokens] for s in result.sentences]

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[Mention]:
        # a hashtag's sign cuts a name in two for the model (مايك #بومبيو، دونالد #ترمب): it reads the
        # sentence without the signs, and a name it finds around one takes the sign in
        # (a hashtag of words joined by underscores, #وزارة_الخارجية, is a phrase: its sign stays)
        kept = [[i for i, t in enumerate(s.tokens) if not _hash_of_word(s.tokens, i)] or list(range(len(s.tokens)))
                for s in sentences]
        tagged = self.tag([[s.tokens[i].text for i in k] for s, k in zip(sentences, kept)])
        tagged = [_restore(len(s.tokens), k, tags) for s, k, tags in zip(sentences, kept, tagged)]
        out = []
        for sent, tags in zip(sentences, tagged):
            spans = _spans(doc, sent, tags)
            # a one-word name right before may be a first name the model cut off its surname (أندرو ويجينز)
            ends = {m.tok_end for m in spans if m.tok_end - m.tok_start > 1}
            out.extend(self.strip_proclitics(doc, m, _listed(sent, m, ends)) for m in spans)
        return [self.end_before_preposition(doc, sentences[m.sentence], m) for m in out]

    def end_before_preposition(self, doc: Document, sent: Sentence, mention: Mention) -> Mention:
        """A person's name ends before a later word that is a glued preposition and the article
        (احمد بن حنبل بالخارجي، زايد بن سلطان للشيخ خليفة، محمد للكاتدرائية): the model ran the name on into
        the phrase after it. Not ب right after the first name: بال also begins Maghreb surnames (أيمن بالطيب،
        عبدالله بالخير، محمد بالحاج), whose word after بال is a common word too. A transliterated name that only looks
        so (بالمر، بالدوين) is told by frequency, as in :meth:`strip_proclitics`: the word read with the
        preposition taken off must rank at most half as far down the vectors' vocabulary as the whole word;
        and by length: the article and three letters at least (كالن, Kalın, is no ك + الن).
        """
        if mention.label not in ("PER", "PERS"):
            return mention
        unknown = len(self.ranks)
        for i in range(mention.tok_start + 1, mention.tok_end):
            token = sent.tokens[i]
            if i == mention.tok_start + 1 and token.norm.startswith(IN):
                continue  # أيمن بالطيب، عبدالله بالخير: right after a given name, بال begins a Maghreb surname
            whole = self.ranks.get(token.norm, unknown)
            if any(definite(form) and len(form) >= _DEFINITE_NAME and strips_preposition(token.text, letters)
                   and self.ranks.get(form, unknown) * _PREPOSITION_MARGIN < whole
                   for letters, form in clitic_readings(token.norm)[1:]):
                end = sent.tokens[i - 1].end
                return replace(mention, end=end, text=doc.text[mention.start:end], tok_end=i)
        return mention


def _listed(sent: Sentence, mention: Mention, ends: set[int]) -> bool:
    """Whether a mention stands as a later item of a list: right after a comma, or right after another
    name of the sentence whose end is in ``ends`` (ماركو بيزوت وخوس تيل)."""
    i = mention.tok_start
    return i > 0 and (sent.tokens[i - 1].text in COMMAS or i in ends)


# by how many times the frequency rank of the word left after stripping a preposition from a person's name
# must be smaller (rank 1 = the most frequent word) than the whole word's: a margin on ranks, not on counts
_PREPOSITION_MARGIN = 2
# the letters a definite word left after a glued preposition has at least: the article and three (للشيخ ->
# الشيخ); a name's letters that only look like ك + the article (كالن, Kalın: ك + الن) leave fewer
_DEFINITE_NAME = 5
_HASH = "#"  # a hashtag's sign, a token of its own before the tagged word


def _hash_of_word(tokens: list, i: int) -> bool:
    """Whether token ``i`` is a hashtag's sign glued to one word (#بومبيو), not to a phrase (#قطع_العلاقات)."""
    return tokens[i].text == _HASH and i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end \
        and "_" not in tokens[i + 1].text


def _restore(n: int, kept: list[int], tags: list[str]) -> list[str]:
    """Tags over all ``n`` tokens from the tags of the ``kept`` ones: a left-out token is outside any
    name, unless it stands between two tokens of one name (مايك # بومبيو)."""
    full = ["O"] * n
    for i, tag in zip(kept, tags):
        full[i] = tag
    left_out = set(range(n)) - set(kept)
    for i in range(1, n - 1):
        if i in left_out:
            before, after = full[i - 1].partition("-"), full[i + 1].partition("-")
            if before[0] in ("B", "I") and after[0] in ("I", "E") and before[2] == after[2]:
                full[i] = "I-" + before[2]
    return full


def _frequency_ranks(pipeline, model: StanzaModel) -> dict[str, int]:
    """Normalised word -> frequency rank in the model's word vectors (gensim keeps them by frequency)."""
    if not model.pretrain:
        return {}
    from stanza.models.common.vocab import VOCAB_PREFIX

    words = pipeline.foundation_cache.load_pretrain(str(model.pretrain)).vocab._id2unit[len(VOCAB_PREFIX):]
    ranks: dict[str, int] = {}
    for rank, word in enumerate(words):
        ranks.setdefault(normalize(word), rank)
    return ranks


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

    def __init__(self, primary, gazetteer, known_person: Callable[[str], str | None] | None = None,
                 phrases: OrgPhrases | None = None):
        self.primary, self.gazetteer = primary, gazetteer
        # organisation names read from their shape (head + nisbas + «لل» genitive), kg/data/org_phrases.tsv
        self.phrases = phrases
        self.name = f"{primary.name}+{gazetteer.name}"
        # a person's name as a whole -> the one gazetteer person it is a spelling of (the linker's
        # variant keys: عبدالملك الحوثي is عبد الملك الحوثي), or None
        self.known_person = known_person

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[Mention]:
        gaz = self.gazetteer(doc, sentences)
        primary = self.primary(doc, sentences)
        # a person's name holding a title or a nisba after its first word is the name: عبد الملك سعيد،
        # مصطفى كامل السيد، أبو محمد المصري; the gazetteer's word inside it names no office or country. Only
        # where the span then stands: one the gazetteer also overlaps otherwise (its own name for the
        # person, محمد بن سلمان ولي العهد السعودي) is dropped, and its title and nisba are the reading left
        inner: set[int] = set()
        for m in primary:
            held = [g for g in gaz if _within_name(m, g)]
            if held and not any(g.sentence == m.sentence and g.tok_start < m.tok_end and m.tok_start < g.tok_end
                                and not _within_name(m, g) for g in gaz):
                inner |= {id(g) for g in held}
        gaz = [g for g in gaz if id(g) not in inner]
        gaz, primary = _given_name_titles(doc, sentences, primary, gaz)
        if self.known_person is not None:
            gaz, primary = _known_full_names(primary, gaz, self.known_person)
        taken = {(m.sentence, t) for m in gaz for t in range(m.tok_start, m.tok_end)}
        extra = [m for m in primary
                 if not any((m.sentence, t) in taken for t in range(m.tok_start, m.tok_end))]
        found = sorted(gaz + extra, key=lambda m: (m.start, m.end))
        return self.phrases.add(doc, sentences, found) if self.phrases is not None else found


def _known_full_names(primary: list[Mention], gaz: list[Mention],
                      known_person: Callable[[str], str | None]) -> tuple[list[Mention], list[Mention]]:
    """The gazetteer's mentions without the short names inside a recognizer's person span that as a whole
    is a spelling of a gazetteer person, and the recognizer's mentions with that span linked to the person.

    The gazetteer lists one spelling of a name; a text writing another one (عبدالملك الحوثي for عبد الملك
    الحوثي، بدرو سانشيز for بيدرو سانشيز) is matched only on the word it shares with some entry, a surname
    (سانشيز) or a family name that also names a movement (الحوثي: the Houthis), and the rest of the name
    is lost: the person's first name no longer stands next to a title before it (رئيس وزراء إسبانيا بدرو
    سانشيز), or the person is read as the movement."""
    replaced: set[int] = set()
    out = []
    for m in primary:
        if m.label == "PER" and m.tok_end - m.tok_start >= 2:
            over = [g for g in gaz if g.sentence == m.sentence and g.tok_start < m.tok_end and m.tok_start < g.tok_end]
            if over and all(g.kind == "name" and m.tok_start <= g.tok_start and g.tok_end <= m.tok_end
                            and g.tok_end - g.tok_start < m.tok_end - m.tok_start for g in over):
                person = known_person(m.text)
                if person is not None:
                    replaced |= {id(g) for g in over}
                    m = replace(m, entity_id=person)
        out.append(m)
    return [g for g in gaz if id(g) not in replaced], out


_MONARCH = "Monarch"  # the dip: role of the ruler titles (سلطان، أمير، ملك)


def _given_name_titles(doc: Document, sentences: list[Sentence], primary: list[Mention],
                       gaz: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The recognizer's and the gazetteer's mentions without the ruler titles that are a person's first
    name: an indefinite one-word ruler title opening a person's span with a word after it (سلطان الجابر،
    سلطان بن سلمان، أمير طاهري) is the name's first word, and titles before it in the span are cut off
    (الدكتور سلطان الجابر: الدكتور stays a title); unless a gazetteer name follows it (سلطان عمان، ملك
    الأردن، أمير قطر: the title in its construct form before the realm). The definite title (السلطان قابوس،
    الأمير محمد) stays a title."""
    starts = {(g.sentence, g.tok_start) for g in gaz}
    titled = {(g.sentence, t) for g in gaz if g.kind == "title" for t in range(g.tok_start, g.tok_end)}
    given: set[int] = set()
    out = []
    for m in primary:
        first = next((g for g in gaz if m.label == "PER" and g.kind == "title" and g.role == _MONARCH
                      and g.sentence == m.sentence and m.tok_start <= g.tok_start and g.tok_end == g.tok_start + 1 < m.tok_end
                      and all((m.sentence, t) in titled for t in range(m.tok_start, g.tok_start))
                      and (g.sentence, g.tok_end) not in starts
                      and not definite_word(sentences[g.sentence].tokens[g.tok_start].norm)), None)
        if first is not None:
            given.add(id(first))
            if first.tok_start > m.tok_start:
                begin = sentences[m.sentence].tokens[first.tok_start].start
                m = replace(m, start=begin, text=doc.text[begin:m.end], tok_start=first.tok_start)
        out.append(m)
    return [g for g in gaz if id(g) not in given], out


def _within_name(name: Mention, gaz: Mention) -> bool:
    """Whether a gazetteer title or nisba lies inside a person's name span of two words or more, after its
    first word (a title before the name, الرئيس بشار الأسد, is a separate span and stays)."""
    return name.label == "PER" and name.tok_end - name.tok_start >= 2 and gaz.sentence == name.sentence \
        and gaz.kind in ("title", "nisba") and name.tok_start < gaz.tok_start and gaz.tok_end <= name.tok_end
