import pytest
from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from kg.contract.vocab import DIP
from kg.data import ontology_path


def test_every_term_is_defined_in_the_ontology_with_english_and_arabic_labels():
    g = Graph().parse(ontology_path("silat.ttl"))
    defined = {s for s in g.subjects(RDF.type, None) if str(s).startswith(str(DIP._NS))}
    terms = {DIP[name] for name in DIP.__annotations__}
    assert terms == defined
    for term in terms:
        langs = {lab.language for lab in g.objects(term, RDFS.label)}
        assert {"en", "ar"} <= langs, term
        assert g.value(term, RDFS.comment) is not None, term


def test_misspelt_terms_raise():
    with pytest.raises(AttributeError):
        DIP.metwith  # noqa: B018


def test_the_ontology_and_shapes_are_package_data():
    for name in ("silat.ttl", "shapes.ttl"):
        path = ontology_path(name)
        assert path.is_file() and "kg" in path.parts and len(Graph().parse(path)) > 50, path
