"""Arabic proclitics (و ف ب ل ك) glued to the next word: the readings a token allows, and offsets.

Matchers try every reading of a token (unstripped first), so بالقاهرة finds القاهرة while لبنان is
never cut; offsets of what was stripped are computed on the original text, marks included.
"""

from __future__ import annotations

from kg.lang.ar.normalize import is_dropped

# Proclitics in the order they attach: conjunction, then preposition (the future marker س is
# handled by the trigger matcher, since it only attaches to verbs).
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
IN = "ب"  # the glued preposition that can mean "in, at" (بموسكو), as a group's governing preposition
AND = "و"  # the conjunction that joins a list (القوات العراقية والأمريكية)
FROM = "من"  # the preposition of origin (واردات الولايات المتحدة من الصلب التركي)
FOR = "ل"  # the glued preposition "for, of" (الرئاسة الهولندية للمجلس: the council's presidency)
# the pronoun suffixes of possession, longest first, that a kinship or office noun carries before a
# name (صهره، زعيمها، شقيقهم)
POSSESSIVES = ("هما", "هم", "ها", "ه")
HIS = "ه"  # the masculine singular one (ولي عهده: a person's, or a masculine state's or body's)
HER = "ها"  # the feminine singular one (سفيرها: a state's or a body's)
_ARTICLE = "ال"
_NISBA_ADVERB = "يا"  # a nisba made an adverb by the accusative alef (إيرانيا، أمريكيا: "by Iran", "by America")
_TA_MARBUTA = "ه"  # as normalisation writes it (ة -> ه)
_NISBA_END = "ي"
# a masculine nisba's sound plural: the nominative (الفلسطيني: الفلسطينيون), the case of a subject, and the
# oblique (الفلسطينيين), an object or a genitive: the side hit of a killing or a strike (مقتل فلسطينيين)
_OBLIQUE_ENDING = "ين"
_PLURAL_ENDINGS = ("ون", _OBLIQUE_ENDING)
_BOUND_TA = "ت"  # the ta marbuta as a suffix makes it written (خارجية -> خارجيتها)
_SEATED_HAMZA = ("ئ", "ؤ")  # a final hamza after alef sits on a seat before a suffix (وزراء -> وزرائها، وزراؤه)
_HAMZA = "ء"


# letters a transliterated name never begins with after a glued preposition (ب ل ك) or ف: a bare alef
# (a foreign vowel is written أ or إ), و or ي. In لاري، كاني، بايك، ليروي، كويبرز، بولا the first letter
# belongs to the name (a 400-article sample: 21 of 23 such strips of a person's name were wrong)
_GLUED_BEFORE_VOWEL = ("ب", "ل", "ك", "ف")
_VOWEL_STARTS = ("ا", "و", "ي")
# proclitics news glues to common nouns but hardly ever to a name (rare_clitic_strip)
_RARE_BEFORE_NAME = ("ف", "ك")


def name_letter_kept(original: str, letters: int) -> bool:
    """Whether stripping ``letters`` base letters from a name's first word would cut off its own first
    letter: the last stripped letter is a preposition or ف, and what is left starts with a bare alef (not
    the article), و or ي.

    >>> name_letter_kept("لاري", 1), name_letter_kept("بالقاهرة", 1), name_letter_kept("لأنطوني", 1)
    (True, False, False)
    """
    if letters <= 0:
        return False
    at = strip_offset(original, letters)
    rest = original[at:]
    stripped = [c for c in original[:at] if not is_dropped(c)]
    return bool(stripped) and stripped[-1] in _GLUED_BEFORE_VOWEL and rest.startswith(_VOWEL_STARTS) \
        and not rest.startswith(_ARTICLE)


def strips_preposition(original: str, letters: int) -> bool:
    """Whether the last of ``letters`` base letters stripped from a word's front is a preposition
    (ب ل ك), not a conjunction: بريان read as ب + ريان, وبريان as و + ب + ريان, but not وريان.

    >>> strips_preposition("بريان", 1), strips_preposition("وريان", 1), strips_preposition("وبريان", 2)
    (True, False, True)
    >>> strips_preposition("فلريان", 2), strips_preposition("وفريان", 2)
    (True, False)
    """
    stripped = _stripped_letters(original, letters)
    return bool(stripped) and stripped[-1] in _PREP


def _stripped_letters(original: str, letters: int) -> list[str]:
    """The base letters of the proclitics that stripping ``letters`` takes off ``original``'s front."""
    return [c for c in original[:strip_offset(original, letters)] if not is_dropped(c)] if letters > 0 else []


def rare_clitic_strip(original: str, letters: int) -> bool:
    """Whether stripping ``letters`` base letters from a name's first word takes off ف or ك while what is
    left has no article: news glues ف ("so") and ك ("as") to a common noun (فالحكومة، كالمنظمة), hardly ever
    to a name, whose own first letter they are (فورد، فنوم بنه، كوالا لمبور، كبيك، كميل شمعون: a
    1,200-article sample: 33 such strips of a recognizer's name span, all wrong).

    >>> rare_clitic_strip("فورد", 1), rare_clitic_strip("كبيك", 1), rare_clitic_strip("فالحكومه", 1)
    (True, True, False)
    >>> rare_clitic_strip("وفلوريان", 1), rare_clitic_strip("بموسكو", 1)
    (False, False)
    """
    stripped = _stripped_letters(original, letters)
    return any(c in _RARE_BEFORE_NAME for c in stripped) \
        and not original[strip_offset(original, letters):].startswith(_ARTICLE)


def definite(form: str) -> bool:
    """Whether a normalised form (its clitics stripped) starts with the definite article.

    >>> definite("الجهود"), definite("جهود")
    (True, False)
    """
    return form.startswith(_ARTICLE)


def without_article(form: str) -> str:
    """A normalised form with its definite article set aside (العاصمة -> عاصمة).

    >>> without_article("العاصمه"), without_article("عاصمه")
    ('عاصمه', 'عاصمه')
    """
    return form[len(_ARTICLE):] if definite(form) else form


def definite_word(norm: str) -> bool:
    """Whether a normalised word has the article once a glued conjunction or preposition is set aside
    (والتركية، للرئيس, المدعومة).

    >>> definite_word("والتركيه"), definite_word("جان")
    (True, False)
    """
    return any(definite(form) for _stripped, form in clitic_readings(norm))


def with_article(text: str, form: str, written: str) -> str:
    """``text`` as shown for a name read as ``form``: after لل (للأمم) the article's alef is elided in
    the writing (``written``, normalised, the clitics stripped), so the name gets it back (الأمم).

    >>> with_article("لأمم", "الامم", "لامم"), with_article("الأمم", "الامم", "الامم")
    ('الأمم', 'الأمم')
    """
    return _ARTICLE[0] + text if definite(form) and not definite(written) else text


def feminine(norm: str) -> bool:
    """Whether a normalised adjective ends in the feminine ta marbuta (الفرنسيه, from الفرنسية).

    >>> feminine("الفرنسيه"), feminine("الفرنسي")
    (True, False)
    """
    return norm.endswith(_TA_MARBUTA)


def possessed(text: str, norm: str) -> tuple[str, str, str] | None:
    """A noun with a possessive pronoun suffix: (the suffix, the noun without it, its definite form).

    The definite form is how the noun reads as the second word of a title (وزير خارجيتها is وزير
    الخارجية, ولي عهده is ولي العهد); ``text`` is the written token, so a final ta marbuta (سفيرة,
    normalised سفيره) is not read as the suffix ه.

    >>> possessed("خارجيتها", "خارجيتها"), possessed("سفيرة", "سفيره"), possessed("وزرائها", "وزرايها")
    (('ها', 'خارجيت', 'الخارجيه'), None, ('ها', 'وزراي', 'الوزراء'))
    """
    for suffix in POSSESSIVES:
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 2:
            if not "".join(c for c in text if not is_dropped(c)).endswith(suffix):
                return None
            stem = norm[: -len(suffix)]
            bare = stem[:-1] + _TA_MARBUTA if stem.endswith(_BOUND_TA) else stem
            written = "".join(c for c in text if not is_dropped(c))[: -len(suffix)]
            if written.endswith(_SEATED_HAMZA):  # رئيس وزرائها is رئيس الوزراء: the hamza is the word's own
                bare = stem[:-1] + _HAMZA
            return suffix, stem, _ARTICLE + bare
    return None


def without_conjunction(norm: str, known) -> str:
    """``norm`` less a glued conjunction (و، ف) when what remains is one of ``known``, else ``norm``:
    for word lists whose entries never start with one (وأمس -> أمس).

    >>> without_conjunction("وامس", {"امس"}), without_conjunction("وزير", {"امس"})
    ('امس', 'وزير')
    """
    return norm[1:] if norm[:1] in _CONJ and norm[1:] in known else norm


def possessed_noun(text: str, norm: str) -> str | None:
    """The bare noun of a noun with a possessive pronoun suffix, its clitics kept (a final bound ta read
    back as ta marbuta), or None when no suffix is on it.

    >>> possessed_noun("قراره", "قراره"), possessed_noun("ونيتها", "ونيتها"), possessed_noun("قرار", "قرار")
    ('قرار', 'ونيه', None)
    """
    mine = possessed(text, norm)
    return mine[2][len(_ARTICLE):] if mine is not None else None


def clitic_readings(norm: str) -> list[tuple[int, str]]:
    """Possible (letters stripped, remaining form) readings of a normalised token, unstripped first.

    ``لل`` + noun reads as ل + ال + noun, so ``للامم`` gives ``الامم``.

    >>> [f for _, f in clitic_readings("ولافروف")]
    ['ولافروف', 'لافروف', 'افروف']
    >>> [f for _, f in clitic_readings("بموسكو")][:2]
    ['بموسكو', 'موسكو']
    >>> ('الصين' in [f for _, f in clitic_readings("والصين")], 'الامم' in [f for _, f in clitic_readings("للامم")])
    (True, True)
    """
    readings: list[tuple[int, str]] = [(0, norm)]
    seen = {norm}

    def add(strip: int, form: str) -> None:
        if len(form) >= 2 and form not in seen:
            seen.add(form)
            readings.append((strip, form))

    conj_options = [(0, norm)]
    if norm[:1] in _CONJ:
        conj_options.append((1, norm[1:]))
    for c_len, rest in conj_options:
        add(c_len, rest)
        if rest[:1] in _PREP:
            after = rest[1:]
            add(c_len + 1, after)
            if rest[:1] == "ل" and after.startswith("ل"):
                # لل + noun = ل + ال + noun: the article's alef is elided after ل
                add(c_len + 1, "ا" + after)
    return readings


def strip_offset(original: str, letters: int) -> int:
    """Index in ``original`` after ``letters`` base letters, skipping marks that normalisation drops.

    >>> strip_offset("وَالصين", 1)
    2
    """
    count = 0
    i = 0
    while i < len(original) and count < letters:
        if not is_dropped(original[i]):
            count += 1
        i += 1
    while i < len(original) and is_dropped(original[i]):
        i += 1
    return i


def split_prefix(letters: str) -> tuple[bool, str | None]:
    """What normalised proclitic letters glued before a word say: (a conjunction, a preposition).

    >>> split_prefix("وب"), split_prefix("ل"), split_prefix("و"), split_prefix("")
    ((True, 'ب'), (False, 'ل'), (True, None), (False, None))
    """
    conj = letters[:1] in _CONJ
    rest = letters[1:] if conj else letters
    return conj, (rest[:1] if rest[:1] in _PREP and rest[:1] != "ك" else None)


# Verb agreement marks of the third person: the feminine ta of the past (اتهمت، اتهمته) and the
# prefixes of the present (يتهم، تتهم), and the plural and dual endings (اتهموا، اتهما).
_FEMININE_PAST = "ت"
_MASCULINE_PRESENT = "ي"
_FEMININE_PRESENT = "ت"
_PLURAL = ("وا", "ون", "ا", "ان")


def verb_agreement(form: str, stem: str | None = None) -> str | None:
    """Whom a verb (normalised, conjunction stripped) agrees with: ``"f"`` (a state, a body or a
    woman), ``"m"`` (a man or a masculine body), ``"pl"`` (several), or None when its letters do not
    say. ``stem``: the verb's written stem (a trigger pattern's first word) so that only letters after
    it are read as endings; without it the whole form is a listed word whose own ending counts.
    A past stem that itself starts with ta (تلقى، تبادل) reads like a feminine present: unknown.

    >>> verb_agreement("اتهمت", "اتهم"), verb_agreement("اتهم", "اتهم"), verb_agreement("اتهموا", "اتهم")
    ('f', 'm', 'pl')
    >>> verb_agreement("قالت"), verb_agreement("قال"), verb_agreement("يقول"), verb_agreement("تلقي", "تلقي")
    ('f', 'm', 'm', None)
    """
    if stem is None:
        stem, rest = form, ""
        if form.endswith(_FEMININE_PAST):
            return "f"
    elif form.startswith(stem):
        rest = form[len(stem):]
    else:
        return None
    if rest.startswith(_FEMININE_PAST):
        return "f"
    if rest in _PLURAL or rest.startswith(_PLURAL[0]):
        return "pl"
    if stem.startswith(_MASCULINE_PRESENT):
        return "m"
    return None if stem.startswith(_FEMININE_PRESENT) else "m"


def plural_pronoun_subject(form: str, stem: str) -> bool:
    """Whether a verb (normalised, conjunction stripped) carries a plural subject pronoun past its
    written ``stem`` (رفضوا، يرفضون): its subject is said in the verb, so a name after it is its
    object or a genitive, never its subject (a verb before a named subject stays singular).

    >>> plural_pronoun_subject("رفضوا", "رفض"), plural_pronoun_subject("يرفضون", "يرفض"), plural_pronoun_subject("رفضت", "رفض")
    (True, True, False)
    """
    return form.startswith(stem) and form[len(stem):].startswith(_PLURAL[:2])


def glued_preposition(norm: str) -> tuple[bool, str | None]:
    """The conjunction and preposition glued to a definite noun (والجهود، بالجهود، للسلام): only a
    word whose remainder starts with the article is read, since بلد or لجنة start with those letters.

    >>> glued_preposition("بالجهود"), glued_preposition("وللسلام"), glued_preposition("بلد")
    ((False, 'ب'), (True, 'ل'), (False, None))
    """
    for strip, form in clitic_readings(norm)[1:]:
        if definite(form):
            return split_prefix(norm[:strip])
    return False, None


def without_future(form: str) -> str | None:
    """A verb without its future prefix س (سيجتمع -> يجتمع), or None when it has none.

    >>> without_future("سيجتمع"), without_future("ستزور"), without_future("سوريا")
    ('يجتمع', 'تزور', None)
    """
    if form[:1] == "س" and form[1:2] in ("ي", "ت", "ن", "ا") and len(form) > 3:
        return form[1:]
    return None


def feminine_future(form: str) -> bool:
    """Whether a word is a verb with the future prefix before the feminine or second-person ت (سترسل، ستقدم): a
    state's plan, since a state's verb is feminine. Only ست and four letters more: سن and سي also begin nouns
    (سنوات، سياسة، سيارة), ستة and ستون are numbers.

    >>> feminine_future("سترسل"), feminine_future("وستقدم"), feminine_future("ستة"), feminine_future("سياسه")
    (True, True, False, False)
    """
    form = form[1:] if form[:1] in _CONJ else form
    return form[:2] == "ست" and len(form) >= 5


def imperfect(form: str) -> bool:
    """Whether a verb form (normalised, no proclitic) is surely an imperfect: a present or coming
    event (يزور، يلتقي، تتهم). The prefix ت alone is not enough: a past of the fifth or sixth form
    starts with it as well (توجه، تباحث، تلقى); a doubled تت is an imperfect of those forms.

    >>> imperfect("يزور"), imperfect("تتهم"), imperfect("تعارض"), imperfect("توجه"), imperfect("زار")
    (True, True, False, False, False)
    """
    return len(form) > 2 and (form.startswith(_MASCULINE_PRESENT) or form.startswith(_FEMININE_PRESENT * 2))


def purpose_verb(norm: str, stem: str) -> bool:
    """Whether a token is the verb ``stem`` with the glued ل of purpose (ليلتقي، وليبحث): its time
    is the main verb's, the arrival it serves, not a time of its own.

    >>> purpose_verb("ليلتقي", "يلتقي"), purpose_verb("وليلتقي", "يلتقي"), purpose_verb("يلتقي", "يلتقي")
    (True, True, False)
    """
    return any(form.startswith(stem) and split_prefix(norm[:strip])[1] == FOR
               for strip, form in clitic_readings(norm)[1:])


def masculine_imperfect(form: str) -> str | None:
    """The third person masculine of a form that may be a feminine imperfect (تعارض -> يعارض), or
    None when it does not start with ت: a caller that knows that form as a verb knows the imperfect.

    >>> masculine_imperfect("تعارض"), masculine_imperfect("زار")
    ('يعارض', None)
    """
    return _MASCULINE_PRESENT + form[1:] if form.startswith(_FEMININE_PRESENT) and len(form) > 2 else None


def construct_prepositions(norm: str) -> list[str]:
    """Prepositions that may be glued to a noun in construct state (لوحدة، بأمن): every ب or ل
    reading, since such a noun has no article to confirm the cut; callers confirm it by a genitive
    that follows.

    >>> construct_prepositions("لوحده"), construct_prepositions("وبامن"), construct_prepositions("وحده")
    (['ل'], ['ب'], [])
    """
    out = []
    for strip, form in clitic_readings(norm)[1:]:
        prep = split_prefix(norm[:strip])[1]
        if prep and len(form) >= 3 and prep not in out:
            out.append(prep)
    return out


def adverb_nisbas(norm: str) -> tuple[str, ...]:
    """The nisba forms an adverb in -iyyan is made from (مدعومة إيرانيا: backed by Iran), bare and
    with the article, for a lookup among the gazetteer's nisbas; none for any other word.

    >>> adverb_nisbas("ايرانيا"), adverb_nisbas("ايران")
    (('ايراني', 'الايراني'), ())
    """
    if len(norm) < 5 or not norm.endswith(_NISBA_ADVERB):
        return ()
    return norm[:-1], _ARTICLE + norm[:-1]


def plural_nisbas(forms: list[str]) -> list[str]:
    """The nominative plurals of masculine nisbas, every word of a phrase inflected alike (الكوري
    الشمالي: الكوريون الشماليون); a feminine form (الفلسطينية) has none. The guidelines read a country's people
    as its nisba, the state, when they act unnamed (أدان مسؤولون فلسطينيون القرار)."""
    out = []
    for form in forms:
        words = form.split()
        if words and all(w.endswith(_NISBA_END) and len(w) > 3 for w in words):
            out += [" ".join(w + end for w in words) for end in _PLURAL_ENDINGS]
    return out


def plural_nisba(norm: str) -> bool:
    """Whether a normalised nisba word is a nominative plural (الفلسطينيون، فلسطينيون): the people, a noun,
    where the singular is an adjective on the noun before it."""
    return any(norm.endswith(_NISBA_END + end) for end in _PLURAL_ENDINGS)


def oblique_plural_nisba(norm: str) -> bool:
    """Whether a normalised plural nisba word is the oblique (الفلسطينيين): an object or a genitive, never
    a subject, so the people it names are a party only as the ones a killing or a strike hit."""
    return norm.endswith(_NISBA_END + _OBLIQUE_ENDING)


def counted_people(norm: str) -> bool:
    """Whether a nisba word names people as an object or a count, never a subject: the oblique plural
    (الفلسطينيين) or the accusative singular a digit count takes (31 فلسطينيا; the recognizer makes it a
    nisba mention only after digits, where it is no adverb).

    >>> counted_people("الفلسطينيين"), counted_people("فلسطينيا"), counted_people("الفلسطينيون")
    (True, True, False)
    """
    return oblique_plural_nisba(norm) or bool(adverb_nisbas(norm))


_ACCUSATIVE_ALEF = "ا"  # the indefinite accusative's written alef (وزيرا، رئيسا): dropped, the nominative (وزير، رئيس)


def nominative(word: str) -> str:
    """The normalised nominative of an indefinite accusative noun (رئيسا -> رئيس); a feminine in ة is unchanged.

    >>> nominative("رئيسا"), nominative("رئيسه")
    ('رئيس', 'رئيسه')
    """
    return word[: -len(_ACCUSATIVE_ALEF)] if word.endswith(_ACCUSATIVE_ALEF) and len(word) > 2 else word


def governed_by_for(word: str) -> str | None:
    """The word a glued «ل» governs, as it reads after a title in the construct state: with the article when
    the article was elided (للوزراء -> الوزراء), bare otherwise (لمجلس -> مجلس); None for a word without «ل».

    >>> governed_by_for("للوزراء"), governed_by_for("لمجلس"), governed_by_for("مجلس")
    ('الوزراء', 'مجلس', None)
    """
    glued = FOR + _ARTICLE[1:]
    if word.startswith(glued) and len(word) > len(glued) + 1:
        return _ARTICLE + word[len(glued):]
    return word[len(FOR):] if word.startswith(FOR) and len(word) > len(FOR) + 2 else None
