from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from kg.contract.vocab import DIP
from tests.conftest import ROOT


def test_every_term_is_defined_in_the_ontology_with_english_and_arabic_labels():
    g = Graph().parse(ROOT / "ontology" / "silat.ttl")
    defined = {s for s in g.subjects(RDF.type, None) if str(s).startswith(str(DIP._NS))}
    terms = {DIP[name] for name in DIP.__annotations__}
    assert terms == defined
    for term in terms:
        langs = {lab.language for lab in g.objects(term, RDFS.label)}
        assert {"en", "ar"} <= langs, term
        assert g.value(term, RDFS.comment) is not None, term


def test_misspelt_terms_raise():
    import pytest

    with pytest.raises(AttributeError):
        DIP.metwith  # noqa: B018
