"""A person's name keeps a first letter that a glued preposition cannot stand before."""

import pytest

from kg.lang.ar.clitics import name_letter_kept


@pytest.mark.parametrize(("word", "letters", "kept"), [
    ("لاري", 1, True),       # Larry, not ل + اري
    ("بايك", 1, True),       # Baek
    ("كويبرز", 1, True),     # Kuipers
    ("بالقاهرة", 1, False),  # ب + the article
    ("لأنطوني", 1, False),   # a foreign vowel written with hamza
    ("ولاري", 1, False),     # the conjunction و before لاري is a clitic
    ("لبوتين", 1, False),
])
def test_name_letter_kept(word: str, letters: int, kept: bool) -> None:
    assert name_letter_kept(word, letters) is kept
