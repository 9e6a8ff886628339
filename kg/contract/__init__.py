"""The graph contract in code: ontology terms (``vocab``), the registry of event types and relations
(``events``) and how ids are minted (``ids``). Everything that writes or reads the graph agrees
through this package; ``tests/unit/contract`` checks the data files and the ontology against it."""
