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


def test_a_long_run_without_full_stops_is_cut_into_bounded_pieces_that_keep_offsets():
    """A 60,000-character run with no sentence end used to be one sentence, and the rule stages grew
    with its square (50k characters 14 s, 200k 386 s); bench/long_sentence.py times it."""
    from kg.lang.ar.tokenize import MAX_SENTENCE_TOKENS, split_sentences

    clause = "التقى وزير الخارجية الصيني وانغ يي نظيره الروسي سيرجي لافروف في بكين"
    text = " ".join([clause] * 490) + "، " + " ".join([clause] * 500)  # the comma falls in the second half of a piece
    sentences = split_sentences(text)
    assert len(sentences) > 1 and max(len(s.tokens) for s in sentences) <= MAX_SENTENCE_TOKENS
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [t.text for s in sentences for t in s.tokens] == text.replace("،", " ، ").split()
    # a piece ends after a comma when one lies in its second half
    assert any(s.tokens[-1].text == "،" for s in sentences)
