"""The Silat ontology's terms as a checked namespace: a misspelt term raises instead of minting an IRI."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

RES = Namespace("https://w3id.org/silat/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")


class DIP(DefinedNamespace):
    _NS = Namespace("https://w3id.org/silat/ontology#")
    _fail = True

    # classes
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Place: URIRef
    Sentence: URIRef
    DiplomaticEvent: URIRef
    Meeting: URIRef
    Visit: URIRef
    PhoneCall: URIRef
    AgreementSigning: URIRef
    Coordination: URIRef
    Cooperation: URIRef
    Support: URIRef
    Opposition: URIRef
    Modality: URIRef
    # modalities
    Asserted: URIRef
    Planned: URIRef
    Negated: URIRef
    # roles
    ForeignMinister: URIRef
    HeadOfState: URIRef
    HeadOfGovernment: URIRef
    VicePresident: URIRef
    CrownPrince: URIRef
    Monarch: URIRef
    DefenceMinister: URIRef
    StateCouncilor: URIRef
    SecurityCouncilSecretary: URIRef
    SecretaryGeneral: URIRef
    Ambassador: URIRef
    Envoy: URIRef
    Spokesperson: URIRef
    NationalSecurityAdviser: URIRef
    Minister: URIRef
    Legislator: URIRef
    Leader: URIRef
    Director: URIRef
    MilitaryChief: URIRef
    Governor: URIRef
    Adviser: URIRef
    Official: URIRef
    # event properties
    participant: URIRef
    actor: URIRef
    target: URIRef
    host: URIRef
    forum: URIRef
    place: URIRef
    countryVisited: URIRef
    date: URIRef
    modality: URIRef
    cameoCode: URIRef
    ploverType: URIRef
    ploverMode: URIRef
    confidence: URIRef
    rule: URIRef
    # sentence properties
    charStart: URIRef
    charEnd: URIRef
    trigger: URIRef
    # shortcut edges
    metWith: URIRef
    spokeWith: URIRef
    visited: URIRef
    hosted: URIRef
    coordinatesIn: URIRef
    cooperatesWith: URIRef
    supports: URIRef
    opposes: URIRef
    signedAgreementWith: URIRef
    officialOf: URIRef
