"""Matching: where the lexicon's triggers and cues occur in a sentence (candidates, no decisions).

A trigger's first token may carry proclitics (و، ف، ب، ل) and, on verbs, the future prefix س
(سيجتمع: the match is marked ``future``); tokens inside entity mentions never trigger, and a gap
(``...``) counts only the words outside them. Each token's
readings are computed once and looked up in the lexicon's index, so the cost is linear in tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.lang.ar.clitics import (
    FROM,
    IN,
    clitic_readings,
    definite_word,
    split_prefix,
    strips_preposition,
    without_conjunction,
    without_future,
)
from kg.pipeline.rules.lexicon import GAP, INDEFINITE, MAX_GAP, Cue, FalseFriends, Lexicon, TriggerRule
from kg.records import Sentence

# Events whose gapped rules do not count the words of entity mentions in their gap (a stance verb and
# its noun around a long subject: شن وزير الخارجية الألماني، هايكو ماس، اليوم هجوما على). Checked on
# the corpus for these only; a meeting's gapped rule (عقد ... اجتماعا) would take the place of the
# noun rule that also reads where the meeting was held.
NAMES_FREE_GAP = frozenset({"Opposition", "Support"})
# triggers.tsv modes of rows whose last word is an envoy (طرد ... دبلوماسي*، استدعت ... السفير): the
# word that heads an office title (السفير الكندي) may end them, though titles are mentions; the nisba
# after it names the envoy's state, the party the act is aimed at (kg/pipeline/rules/annotate.py)
ENVOY_MODES = frozenset({"expel", "recall"})


# Events whose gapped rules may not pass over the noun of an act of another kind (a call, visit,
# meeting, agreement or cooperation): a stance is taken by or on a party, so such an act in the gap
# (حظيت زيارة ماكرون إلى الجزائر بدعم واسع) is the event told. A stance noun there describes a party
# (حمل الأسد وحليفيه المسؤولية) and passes. A meeting held by a body named for its event noun is no
# such case (عقد مجلس التنسيق السعودي العراقي اجتماعه: the council meets).
STANCE_GAP = NAMES_FREE_GAP  # the same events, for another reason


@dataclass(frozen=True)
class Trigger:
    rule: TriggerRule
    sentence: int
    tok_start: int
    tok_end: int
    text: str
    future: bool
    conj: bool = False  # the first word carries the conjunction و/ف: a coordinated verb or clause
    suffixed: bool = False  # the first word runs on past its pattern: an attached pronoun (استقبله)

    @property
    def head_end(self) -> int:
        """Where the trigger's head ends: a gapped pattern (وقعت ... اتفاقية) has its arguments inside."""
        return self.tok_start + self.rule.pattern.index(GAP) if GAP in self.rule.pattern else self.tok_end


def _token_matches(piece: str, form: str, friends: FalseFriends | None = None) -> bool:
    """A starred word matches any ending but its false friends (أيد* never matches أيدي, hands). A
    one-letter word is a proclitic glued to the next word (a cue «طالب ب» reads «طالب بإجراء», «دعا
    ل» reads «دعا لعقد»), which must go on past it (not «له»). The indefinite wildcard ``~`` is any one
    word without the article: a definite word after a verbal noun is its object, not its manner (بدعم جوي
    من التحالف: backing by the coalition; بدعم المسلحين من سوريا: backing of the militants, from Syria)."""
    if piece == INDEFINITE:
        return not definite_word(form)
    if len(piece) == 1 and piece.isalpha():
        return form.startswith(piece) and len(form) > 2
    if not piece.endswith("*"):
        return form == piece
    return form.startswith(piece[:-1]) and not (friends is not None and friends.excludes(piece, form))


def first_readings(norm: str) -> list[tuple[str, bool, bool]]:
    """Readings of a trigger's first token: (form, future, conjunction), clitics stripped, and the
    future prefix س on verbs."""
    out = []
    for stripped, form in clitic_readings(norm):
        conj = stripped > 0 and split_prefix(norm[:stripped])[0]
        out.append((form, False, conj))
        verb = without_future(form)
        if verb:
            out.append((verb, True, conj))
    return out


def find_triggers(sentence: Sentence, blocked: set[int], lexicon: Lexicon,
                  heads: set[int] | frozenset[int] = frozenset()) -> list[Trigger]:
    """Trigger matches in a sentence, left to right; at each token the longest rule (then the first
    written) wins, and tokens inside entity mentions (``blocked``) never trigger, but for the first
    word of an office title (``heads``) a row of an envoy mode names after its verb (طردت السعودية
    السفير الكندي: the ambassador is the one expelled, no party to the act)."""
    toks = sentence.tokens
    # each token's readings and the rules they may begin, computed once: the loop below tries them, and
    # a long gap may not pass over a token that begins one
    begins = [[] if k in blocked else [(form, future, conj, rule) for form, future, conj in first_readings(tok.norm)
                                       for rule in lexicon.candidates(form)
                                       if _token_matches(rule.pattern[0], form, lexicon.false_friends)]
              for k, tok in enumerate(toks)]
    starts = frozenset(k for k, rules in enumerate(begins) if rules)
    envoy_starts = frozenset(k for k, rules in enumerate(begins) if any(r.mode in ENVOY_MODES for *_, r in rules))
    envoy_blocked = blocked - heads
    # where the noun of an act (a gapless noun rule of no stance) matches in full: no stance rule's gap
    # passes over one (تلقت ميركل اتصالا هاتفيا من بوتين أكد فيه دعم: the call is the event told). A
    # verb in the gap is most often a relative clause on the subject (وشن التحالف الذي تقوده السعودية
    # غارات), no event of its own.
    gapped_stance = any(GAP in r.pattern and r.event in STANCE_GAP for rules in begins for *_, r in rules)
    acts = frozenset(k for k, rules in enumerate(begins) if gapped_stance and any(
        GAP not in rule.pattern and rule.frame == "noun" and rule.event not in STANCE_GAP
        and _match_rest(rule.pattern[1:], toks, k + 1, blocked, friends=lexicon.false_friends) is not None
        for _, _, _, rule in rules))
    found: list[Trigger] = []
    i = 0
    while i < len(toks):
        best: tuple[tuple[int, int], Trigger] | None = None
        for form, future, conj, rule in begins[i]:
            rank = (-len(rule.pattern), rule.line)
            if best is not None and best[0] <= rank:
                continue
            free = blocked if rule.event in NAMES_FREE_GAP else frozenset()
            # an envoy row's gap holds no other envoy act (استدعت سفيرها لدى كندا وطردت السفير الكندي: the
            # recall's envoy is her own, the expulsion's the Canadian); a stance row's gap no act of another kind
            envoy = rule.mode in ENVOY_MODES
            stops = (envoy_starts if envoy else frozenset()) | (acts if rule.event in STANCE_GAP else frozenset())
            end = _match_rest(rule.pattern[1:], toks, i + 1, envoy_blocked if envoy else blocked,
                              starts, free, lexicon.false_friends, stops)
            if end is not None:
                text = " ".join(t.text for t in toks[i:end])
                suffixed = len(form) > len(rule.pattern[0].rstrip("*"))
                best = (rank, Trigger(rule, sentence.index, i, end, text, future, conj, suffixed))
        if best is None:
            i += 1
            continue
        found.append(best[1])
        i = best[1].tok_end
    return found


def _answered(norms: list[str], k: int, proclitics: str, lexicon: Lexicon) -> bool:
    """Whether a requesting cue at token ``k`` is an invitation answered: after a word of kind
    invitation that is no invitation itself (تلبية لدعوة), or glued to ب with its host after من
    (بدعوة من)."""
    if proclitics.endswith(IN) and k + 1 < len(norms) and norms[k + 1] == FROM:
        return True
    return k > 0 and lexicon.grammar.get(norms[k - 1]) == "invitation" and not any(
        cue.kind == "requested" for _, f in clitic_readings(norms[k - 1]) for cue in lexicon.cue_index.get(f, ()))


def _match_rest(rest: tuple[str, ...], toks, j: int, blocked: set[int], starts: frozenset[int] = frozenset(),
                free: set[int] | frozenset[int] = frozenset(), friends: FalseFriends | None = None,
                stops: frozenset[int] = frozenset()) -> int | None:
    """Where the rest of a pattern ends when it starts at token ``j``; ``free``: the tokens a gap does
    not count (the words of entity mentions), ``starts``: tokens where another trigger may begin,
    ``friends``: the forms starred words do not match, ``stops``: tokens no gap passes (another
    envoy act for an envoy row, an act of another kind matching in full for a stance row)."""
    if not rest:
        return j
    if rest[0] == GAP:
        # the words of entity mentions do not count towards the gap: a subject written out in full
        # stands between a verb and its noun (أعلنت سفيرة الولايات المتحدة لدى الأمم المتحدة نيكي هايلي
        # انسحاب بلادها), and its length says nothing about how far the two words are apart. Past the
        # plain limit the gap must not hold a word that starts another trigger (أكد شكري خلال لقائه
        # بومبيو دعم: the meeting is no part of what he stated).
        words, other, stopped = 0, False, False
        for k in range(j, len(toks)):
            if words > MAX_GAP or (k - j > MAX_GAP and other) or stopped:
                break
            end = _match_rest(rest[1:], toks, k, blocked, starts, free, friends, stops)
            if end is not None:
                return end
            words += k not in free
            other = other or k in starts
            stopped = k in stops
        return None
    if j < len(toks) and j not in blocked and _token_matches(rest[0], toks[j].norm, friends):
        return _match_rest(rest[1:], toks, j + 1, blocked, starts, free, friends, stops)
    return None


def find_cues(sentence: Sentence, lexicon: Lexicon, blocked: set[int] | frozenset[int] = frozenset()) -> list[tuple[int, Cue]]:
    """Where modality cues occur: (first token, cue), clitics allowed on the first word; cues are
    looked up by first word, like triggers. A cue with a gap (دعا ... إلى) is placed at its last
    word: what it governs follows it, and what stands in the gap (دعا المجلس، خلال اجتماعه، إلى)
    is not governed. No word of a cue after its first stands in a name (``blocked``), and a glued
    proclitic is none of a grammar word: «طالب ب» is not «طالب بوتين», «دعا ل» not «دعا لدى».
    «من قبل» (grammar.tsv: direction, then agent) is "by" or "previously", never the "before" of an
    event still to come (الميليشيا الحوثية المدعومة من قبل إيران). An invitation answered (تلبية لدعوة:
    after a grammar.tsv word of kind invitation that is no invitation itself; بدعوة من: the glued ب "at
    the invitation of" with its host after من) requests nothing: the visit it asked for is the one under
    way. An invitation itself (وجه دعوة إلى عقد قمة، رحب بدعوة إلى عقد قمة) still asks."""
    norms = [t.norm for t in sentence.tokens]
    # a call's addressees written out stand between the verb and its purpose (دعت ألمانيا الأردن ومصر
    # والعراق لإجراء محادثات): the words of names and the punctuation of their list do not count
    # towards the gap of a request, as names do not for a stance (NAMES_FREE_GAP)
    unspoken = frozenset(blocked) | {k for k, t in enumerate(sentence.tokens) if not any(c.isalnum() for c in t.text)}
    found = []
    for k, norm in enumerate(norms):
        if k and lexicon.grammar.get(norm) == "agent" and lexicon.grammar.get(norms[k - 1]) == "direction":
            continue
        if k and norm in lexicon.words("purpose-of") and without_conjunction(norms[k - 1], {FROM}) == FROM:
            continue  # (و)من أجل: "for the sake of", never the أجل that postpones (grammar.tsv purpose-of)
        readings: dict[str, int] = {}  # each form once, with the fewest letters stripped (unstripped first)
        for stripped, form in clitic_readings(norm):
            readings.setdefault(form, stripped)
        for form, stripped in readings.items():
            cues = lexicon.cue_index.get(form, ())
            if cues and stripped and strips_preposition(norm, stripped) \
                    and any(lexicon.candidates(whole) for whole, _, _ in first_readings(norm)):
                # a word that begins a trigger as written is that word, not a preposition glued to a cue
                # (وبحث الزعيمان ... على: "discussed", never ب + حث ... على, "urged to")
                continue
            for cue in cues:
                if cue.kind == "requested" and _answered(norms, k, norm[:stripped], lexicon):
                    continue
                if GAP in cue.pattern:
                    end = _match_rest(cue.pattern[1:], sentence.tokens, k + 1, set(blocked),
                                      free=unspoken if cue.kind == "requested" else frozenset())
                    if end is not None:
                        found.append((end - 1, cue))
                elif len(norms) >= k + len(cue.pattern) and all(
                        _token_matches(word, norms[j]) and j not in blocked
                        and not (len(word) == 1 and norms[j] in lexicon.grammar)
                        for j, word in enumerate(cue.pattern[1:], k + 1)):
                    found.append((k, cue))
    return found
