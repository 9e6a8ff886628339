"""A relative right after a participle phrase on a noun (المدعومة من X، الموالين لX) describes that noun, not the
party inside the phrase (prec171; grammar.tsv described-by; kg/pipeline/rules/frames.py, Frames.participle_head)."""
from __future__ import annotations

from tests.helpers import typed_events as _events


def test_a_judged_relative_after_a_participle_judges_the_noun(resources):
    made = _events("تقاتل تركيا وحدات حماية الشعب الكردية المدعومة من الولايات المتحدة، التي تعتبرها أنقرة منظمة"
                   " إرهابية.", resources)
    assert ("Opposition", "country/TR", "org/ypg") in made
    assert ("Opposition", "country/TR", "country/US") not in made
    # with no participle the noun right before the relative is still its antecedent
    made = _events("وتحدث الوزير عن حركة حماس التي تعتبرها إسرائيل حركة إرهابية.", resources)
    assert ("Opposition", "country/IL", "org/hamas") in made
