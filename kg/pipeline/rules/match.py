"""Matching: where the lexicon's triggers and cues occur in a sentence (candidates, no decisions).

A trigger's first token may carry proclitics (و، ف، ب، ل) and, on verbs, the future prefix س
(سيجتمع: the match is marked ``future``); tokens inside entity mentions never trigger.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.lang.ar.clitics import clitic_readings
from kg.pipeline.rules.lexicon import GAP, MAX_GAP, Lexicon, TriggerRule
from kg.records import Sentence


@dataclass(frozen=True)
class Trigger:
    rule: TriggerRule
    sentence: int
    tok_start: int
    tok_end: int
    text: str
    future: bool


def _token_matches(piece: str, form: str) -> bool:
    return form.startswith(piece[:-1]) if piece.endswith("*") else form == piece


def _first_readings(norm: str) -> list[tuple[str, bool]]:
    """Readings of a trigger's first token: clitics stripped, and the future prefix س on verbs."""
    out = []
    for _, form in clitic_readings(norm):
        out.append((form, False))
        if form[:1] == "س" and form[1:2] in ("ي", "ت", "ن", "ا") and len(form) > 3:
            out.append((form[1:], True))
    return out


def find_triggers(sentence: Sentence, blocked: set[int], lexicon: Lexicon) -> list[Trigger]:
    """Trigger matches in a sentence; tokens inside entity mentions (``blocked``) never trigger."""
    toks = sentence.tokens
    found: list[Trigger] = []
    used: set[int] = set()
    for rule in lexicon.triggers:
        for i in range(len(toks)):
            if i in blocked or i in used:
                continue
            for first, future in _first_readings(toks[i].norm):
                if not _token_matches(rule.pattern[0], first):
                    continue
                end = _match_rest(rule.pattern[1:], toks, i + 1, blocked)
                if end is not None:
                    found.append(Trigger(rule, sentence.index, i, end, " ".join(t.text for t in toks[i:end]), future))
                    used.update(range(i, end))
                    break
    return sorted(found, key=lambda t: t.tok_start)


def _match_rest(rest: tuple[str, ...], toks, j: int, blocked: set[int]) -> int | None:
    if not rest:
        return j
    if rest[0] == GAP:
        for k in range(j, min(j + MAX_GAP + 1, len(toks))):
            end = _match_rest(rest[1:], toks, k, blocked)
            if end is not None:
                return end
        return None
    if j < len(toks) and j not in blocked and _token_matches(rest[0], toks[j].norm):
        return _match_rest(rest[1:], toks, j + 1, blocked)
    return None


def modality(sentence: Sentence, trigger: Trigger, lexicon: Lexicon) -> str:
    """Planned or Negated when a cue governs the trigger, else Asserted."""
    if trigger.future:
        return "Planned"
    norms = [t.norm for t in sentence.tokens]
    for cue in lexicon.cues:
        n = len(cue.pattern)
        if cue.scope == "after":
            window = range(trigger.tok_end, min(trigger.tok_end + 4, len(norms)))
        elif cue.scope == "near":
            window = range(max(0, trigger.tok_start - 3), trigger.tok_start)
        else:
            window = range(0, trigger.tok_start)
        for k in window:
            forms = [f for _, f in clitic_readings(norms[k])] if k < len(norms) else []
            if forms and cue.pattern[0] in forms and tuple(norms[k + 1 : k + n]) == cue.pattern[1:]:
                return cue.modality
    return "Asserted"
