"""Training, shipping and scoring the project's own Stanza Arabic NER model.

Stanza's released Arabic models live on a hub that air-gapped machines cannot reach, so the
project builds its own from public data, in four steps that each have one module:

``corpora``  ANERcorp / AQMAR files -> Stanza's NER JSON (the ANERcorp test split is never trained on)
``vectors``  word2vec on the news corpus (gensim) -> Stanza pretrain file
``train``    Stanza's own NER trainer, run with a recorded recipe
``score``    span-level (CoNLL) precision / recall / F1 per type

Everything heavy (torch, stanza, gensim) is imported inside functions.
"""
