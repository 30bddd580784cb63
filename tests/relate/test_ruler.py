"""The indexed attribute ruler sets exactly what spaCy's ruler sets, and the NER pass that skips
the shared embedding finds exactly the entities of the one that runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factionmap.recognize.ner import ner_disabled
from factionmap.relate.parsing import parse
from factionmap.relate.ruler import FastRuler

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
# Every kind of pattern the model's ruler holds: tag rules, pronoun and auxiliary words, rules
# on dependencies, two-token rules ("gon na", "let 's", "there is"), regexes and whitespace.
ODD_TEXT = ("I ain't gonna do it, y'all. Let's go! C'm on, we gotta see 'em.  \n\n  There is "
            "nothing, nothin' doin'. Ol' man's somethin' 'nuff. It did. You do. Did he have it? "
            "I'd go, you'd've.\t\tBut I can't, won't, shan't. She gets it; he got it but said so.")


def _texts() -> list[str]:
    texts = [ODD_TEXT]
    for path in sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("*.html")):
        texts.append(path.read_text(encoding="utf-8", errors="replace")[:6000])
    return texts


def _features(doc):
    return [(t.i, t.tag_, t.pos_, t.dep_, t.head.i, str(t.morph), t.lemma_) for t in doc]


def test_fast_ruler_matches_spacy_ruler_token_by_token(nlp):
    ruler = FastRuler.build(nlp.get_pipe("attribute_ruler"))
    assert ruler is not None
    lemmatizer = nlp.get_pipe("lemmatizer")
    texts = _texts()
    stock = list(nlp.pipe(texts, disable=["ner"]))
    fast = list(nlp.pipe(texts, disable=["ner", "attribute_ruler", "lemmatizer"]))
    for doc in fast:
        lemmatizer(ruler(doc))
    compared = 0
    for a, b in zip(stock, fast, strict=True):
        assert _features(a) == _features(b)
        compared += len(a)
    assert compared > 1000
    pos = {t.lower_: t.pos_ for t in stock[0]}
    assert pos["did"] == "AUX" and pos["i"] == "PRON"  # the ruler did set something


def test_fast_ruler_refuses_patterns_it_does_not_know(nlp):
    from spacy.lang.en import English

    blank = English()
    odd = blank.add_pipe("attribute_ruler")
    odd.add([[{"LENGTH": {">": 3}}]], {"POS": "NOUN"})
    assert FastRuler.build(odd) is None


def test_fast_ruler_on_a_tiny_ruler_of_its_own():
    from spacy.lang.en import English

    blank = English()
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=-1)
    ruler.add([[{"LOWER": {"IN": ["gon", "wan"]}}]], {"LEMMA": "go"})
    ruler.add([[{"LOWER": "gon"}]], {"LEMMA": "going"})  # a later rule wins
    fast = FastRuler.build(ruler)
    assert fast is not None
    doc = fast(blank.make_doc("gon na gon"))
    assert [t.lemma_ for t in doc] == ["going", "to", "going"]
    doc2 = ruler(blank.make_doc("gon na gon"))
    assert [t.lemma_ for t in doc2] == ["going", "to", "going"]


def test_ner_pass_skips_the_shared_embedding_without_changing_entities(nlp):
    disabled = ner_disabled(nlp)
    assert "tok2vec" in disabled and "ner" not in disabled
    texts = _texts()
    full = list(nlp.pipe(texts, disable=[n for n in disabled if n != "tok2vec"]))
    fast = list(nlp.pipe(texts, disable=disabled))
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in full] == \
        [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in fast]
    assert sum(len(d.ents) for d in fast) > 10


@pytest.mark.parametrize(("sentence", "word", "lemma"), [
    ("Fatah began coordianting with Nusra.", "coordianting", "coordinate"),  # misspelt trigger
    ("The group contacted Nusra.", "contacted", "contact"),  # real words keep their lemma
    ("Protesters were shouting slogans.", "shouting", "shout"),
    ("The fighters completed the operation.", "completed", "complete"),
])
def test_misspelt_triggers_but_not_real_words(resources, sentence, word, lemma):
    doc = parse(resources, [sentence])[0]
    assert next(t.lemma_ for t in doc if t.lower_ == word) == lemma
