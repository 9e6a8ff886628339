from kg.lang.ar.tokenize import split_sentences, tokenize
from tests.paths import SEEDS


def test_sentences_and_tokens_keep_offsets_into_the_original():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = split_sentences(text)
        assert len(sentences) > 3
        for s in sentences:
            assert text[s.start:s.end] == s.text
            for t in s.tokens:
                assert text[t.start:t.end] == t.text


def test_clitics_stay_attached_and_punctuation_splits():
    assert [t.text for t in tokenize("بالقاهرة، (شينخوا)")] == ["بالقاهرة", "،", "(", "شينخوا", ")"]


def test_headline_lines_are_their_own_sentences():
    s = split_sentences("بوتين يزور الصين\nوحضر بوتين المنتدى.")
    assert [x.text for x in s] == ["بوتين يزور الصين", "وحضر بوتين المنتدى."]
