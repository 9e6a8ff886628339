"""Clauses: a sentence cut where a new predicate starts, so each trigger reads its arguments from
its own clause.

Arabic news packs a report, what was said and why into one sentence: «وقالت المتحدثة باسم البيت
الأبيض إن بولتون التقى بسفير تركيا لبحث ...». The cuts come from ``grammar.tsv`` (complementisers,
relative pronouns, purpose words, reporting verbs), from punctuation that closes a quote or a
statement, and from a coordinated verb trigger (والتقى after وصل). Each clause knows how its
subject may be supplied from outside: a coordinated or purpose clause shares its parent's subject,
a relative clause's subject is the noun before the pronoun, a complement has its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.lang.ar.clitics import clitic_readings
from kg.lang.ar.tokenize import COMMAS
from kg.pipeline.rules.lexicon import GAP, Lexicon
from kg.pipeline.rules.match import Trigger
from kg.records import Sentence

# Punctuation after which nothing before is an argument: a full stop inside a sentence span, a
# semicolon, a colon or a quotation mark opening or closing reported speech. Brackets are not
# breaks: they hold a date or an agency inside one statement (التقى ... أمس (الأربعاء) مع ...).
_BREAKS = frozenset(".;:!?\u061b\u061f\u00ab\u00bb\"\u201c\u201d")
QUOTES = frozenset("\u00ab\u00bb\"\u201c\u201d")  # also read by the rules: a speaker, a statement going on after a quote
_CLAUSE_WORDS = ("complement", "complement-ref", "relative", "purpose", "coordinate", "resumptive", "break")

# Clauses that continue their parent: a coordinated verb, حيث/ثم, a purpose (وصل ... والتقى، حيث
# يلتقي، لبحث). They share its subject, its time and its modality.
CONTINUES = ("coord", "coordinate", "purpose", "resumptive")

# How a clause's missing subject is found: from the parent clause's subject, from the noun just
# before the clause (relative), or not at all.
INHERITS = {"coord": "parent", "coordinate": "parent", "purpose": "parent", "complement-ref": "parent",
            "relative": "antecedent", "resumptive": "back",
            "complement": None, "break": None, "main": None}


@dataclass(frozen=True)
class Clause:
    start: int  # first token
    end: int  # one past the last token
    kind: str  # main, coord (a coordinated verb trigger), or a clause kind of grammar.tsv
    parent: int | None  # index of the clause it depends on


def grammar_word(lexicon: Lexicon, norm: str) -> tuple[str, str] | None:
    """The grammar word a token is (as listed, and its kind), clitics (و، ف، ب، ل) allowed; the
    unstripped reading first (ومع -> مع، comitative)."""
    for _, form in clitic_readings(norm):
        kind = lexicon.grammar.get(form)
        if kind:
            return form, kind
    return None


def word_kind(lexicon: Lexicon, norm: str) -> str | None:
    found = grammar_word(lexicon, norm)
    return found[1] if found else None


def grammar_words(lexicon: Lexicon, sentence: Sentence) -> list[tuple[str, str] | None]:
    """Each token's :func:`grammar_word`, read once per sentence for both the clauses and the frames."""
    return [grammar_word(lexicon, t.norm) for t in sentence.tokens]


def segment(sentence: Sentence, lexicon: Lexicon, triggers: list[Trigger],
            words: list[tuple[str, str] | None] | None = None, names: Iterable[tuple[int, int]] = ()) -> list[Clause]:
    """The clauses of a sentence, in order; together they cover every token. ``words``: the
    sentence's :func:`grammar_words` when the caller has them; ``names``: the token spans of entity
    names (quotation marks around exactly one name, حركة "حماس", are no quote)."""
    toks = sentence.tokens
    words = words if words is not None else grammar_words(lexicon, sentence)
    cuts: dict[int, str] = {0: "main"}
    verbs = {t.tok_start for t in triggers if (t.conj or _after_joint(lexicon, sentence, t.tok_start))
             and t.rule.frame in ("verb", "forum") and t.tok_start > 0}
    names = list(names)
    named = quoted_name_marks(sentence, names) | _scare_quotes(sentence, words, names)
    # a word of a name is no clause word, whatever it spells elsewhere: the last word of «مون جيه إن»
    # is the complementiser إن, and a cut there would put the president's «الجمعة» in another clause
    inside_names = {k for start, end in names for k in range(start + 1, end)}
    # a relative pronoun written inside a trigger (الانتقادات التي وجهها) opens its clause at the
    # trigger's noun: the verb's subject and object follow it, and the noun is no party of the clause before
    inner = {k: t.tok_start for t in triggers if GAP not in t.rule.pattern for k in range(t.tok_start + 1, t.tok_end)}
    for k, tok in enumerate(toks):
        if tok.text in _BREAKS and k not in named:
            if k + 1 < len(toks):
                cuts[k + 1] = "break"
            continue
        kind = words[k][1] if words[k] else None
        if kind == "relative" and k in inner:
            if inner[k] > 0:
                cuts[inner[k]] = kind
            continue
        if kind == "relative" and k + 1 < len(toks) and words[k + 1] and words[k + 1][1] == "leader":
            continue  # التحالف الذي تقوده السعودية: a name for the coalition, the main clause goes on after it
        if kind == "resumptive" and not (k + 1 < len(toks) and words[k + 1] and words[k + 1][1] == "forum-cue"):
            continue  # وذلك خلال: the setting of the statement before; وذلك في إطار، وذلك بعد: no cut
        if kind in _CLAUSE_WORDS and k > 0 and k not in inside_names:
            cuts[k] = kind
        if k in verbs and k not in cuts:
            cuts[k] = "coord"
    resumed = _bracket_ends(toks, cuts)
    cuts.update(dict.fromkeys(resumed, "coord"))
    starts = sorted(cuts)
    clauses = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(toks)
        kind = cuts[start]
        parent = None if kind in ("main", "break") or n == 0 else n - 1
        if start in resumed:  # the clause the bracket opened in goes on after it
            parent = max(i for i, c in enumerate(clauses) if c.start <= resumed[start])
        if kind == "coord":  # a coordinated verb shares the subject of the verb it is joined to, not of a purpose
            while parent is not None and clauses[parent].kind in ("purpose", "relative"):
                parent = clauses[parent].parent
        clauses.append(Clause(start, end, kind, parent))
    return clauses


def _after_joint(lexicon: Lexicon, sentence: Sentence, k: int) -> bool:
    """Whether the verb at token ``k`` follows a comma and a joining particle (grammar ``comma-joint``:
    «، كما رفضت»، «، وقد أكد»; not a bare «، قد», mostly a past perfect after a subject set off by
    commas): it opens a coordinated clause as a verb with و glued to it does, so its missing subject is
    the subject of the clause it is joined to, never the nearest party before it, which may be that
    clause's object (تبنت الجمعية العامة قرارا يدين إسرائيل، كما رفضت تعديلا: the Assembly rejects, not
    Israel)."""
    toks = sentence.tokens
    return k >= 2 and toks[k - 2].text in COMMAS \
        and not lexicon.words("comma-joint").isdisjoint(f for _, f in clitic_readings(toks[k - 1].norm))


def _bracket_ends(toks, cuts: dict[int, str]) -> dict[int, int]:
    """Closing brackets of bracketed asides that open a clause inside (أيرلندا الشمالية (التي هي أحد
    أقاليم المملكة المتحدة)، رفضت ماي ...): the aside ends there and the clause it interrupts goes on, so
    a verb after it takes its subject there, never in the aside. Each closing bracket maps to its
    opening one."""
    out: dict[int, int] = {}
    opened: int | None = None
    for k, tok in enumerate(toks):
        if tok.text == "(":
            opened = k
        elif tok.text == ")" and opened is not None:
            if k not in cuts and any(opened < j < k for j in cuts):
                out[k] = opened
            opened = None
    return out


# A quoted span of at most this many words with no clause word inside is a phrase set off by scare
# quotes (قدم البنتاغون "دعما غير قتالي" للسعودية), not reported speech: its marks cut nothing.
SCARE_QUOTE_WORDS = 3


def _scare_quotes(sentence: Sentence, words: list[tuple[str, str] | None], names: list[tuple[int, int]]) -> set[int]:
    """Marks of quoted phrases that hold no name (a quoted "واشنطن بوست" is a title, not a phrase)
    and that the sentence goes on after."""
    toks = sentence.tokens
    marks = [k for k, t in enumerate(toks) if t.text in QUOTES]
    named = {k for start, end in names for k in range(start, end)}
    out: set[int] = set()
    for a, b in zip(marks[::2], marks[1::2]):  # opening and closing marks in turn
        inside = range(a + 1, b)
        if 0 < len(inside) <= SCARE_QUOTE_WORDS and b + 1 < len(toks) and toks[b + 1].text.isalpha() \
                and named.isdisjoint(inside) \
                and all(toks[k].text.isalpha() and not (words[k] and words[k][1] in _CLAUSE_WORDS) for k in inside):
            out.update((a, b))
    return out


def quoted_name_marks(sentence: Sentence, names: Iterable[tuple[int, int]]) -> set[int]:
    """Positions of quotation marks that enclose exactly one name («حماس»، "هيومن رايتس ووتش")."""
    toks = sentence.tokens
    return {k for start, end in names if start > 0 and end < len(toks)
            and toks[start - 1].text in QUOTES and toks[end].text in QUOTES for k in (start - 1, end)}


def clause_at(clauses: list[Clause], tok: int) -> int:
    """Index of the clause holding token ``tok``."""
    for n, c in enumerate(clauses):
        if c.start <= tok < c.end:
            return n
    return len(clauses) - 1
