"""The ``kg`` command. Heavy modules are imported inside each subcommand, so ``kg --help`` is fast."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import __version__
from kg.errors import Interrupted, KgError


def _build(args) -> int:
    from kg.builder import run_build
    from kg.config import BuildConfig

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    cfg = BuildConfig([Path(p) for p in args.inputs], Path(args.out), args.ner,
                      Path(args.stanza_dir) if args.stanza_dir else None, formats, not args.no_html, args.quiet,
                      tuple(Path(g) for g in args.gazetteer or ()), args.min_confidence, jobs=args.jobs,
                      cache=Path(args.cache) if args.cache else None, use_cache=not args.no_cache, dask=args.dask,
                      curation=Path(args.curation) if args.curation else None)
    result = run_build(cfg)
    print(result.summary())
    return 0


def _check_timeout(seconds: float | None) -> None:
    if seconds is not None and seconds < 0:
        raise KgError(f"--timeout {seconds:g}: give seconds (0 = no limit)")


def _query(args) -> int:
    from kg.rdf.engines import open_engine
    from kg.rdf.query import query_text, query_to

    params = {}
    for p in args.param or []:
        name, sep, value = p.partition("=")
        if not sep or not name.isidentifier():
            raise KgError(f"--param {p!r}: expected NAME=VALUE")
        params[name] = value
    text = query_text(args.query)
    _check_timeout(args.timeout)
    timeout = args.timeout if args.timeout is not None else (60.0 if args.endpoint else None)
    if args.endpoint:
        from kg.rdf.remote import RemoteEngine

        if args.graph:
            raise KgError("give either a GRAPH file or --endpoint URL, not both")
        remote = RemoteEngine(args.endpoint, args.user, args.password, timeout or 60.0)
        opener = lambda: remote  # noqa: E731 (the engine is opened inside the query's process)
    elif not args.graph:
        raise KgError("give a GRAPH file or --endpoint URL")
    else:
        opener = lambda: open_engine(Path(args.graph), args.engine)  # noqa: E731
    query_to(sys.stdout, opener, text, params, args.format, timeout or None, args.allow_service)
    return 0


def _viz(args) -> int:
    from kg.view.viz import VizConfig, render_view

    cfg = VizConfig(Path(args.graph), Path(args.out), args.entity, args.date_from, args.date_to, args.engine)
    print(render_view(cfg))
    return 0


def _export(args) -> int:
    from kg.export import export

    print(export(Path(args.graph), Path(args.to), args.engine))
    return 0


def _evaluate(args) -> int:
    from kg.eval.graph import evaluate, format_report, format_table, load_gold, set_name
    from kg.rdf.query import load_graph

    pairs = [args.gold, args.graph, *args.more]
    if len(pairs) % 2:
        raise KgError(f"give gold files and graphs in pairs (GOLD GRAPH [GOLD GRAPH ...]); {pairs[-1]} has no partner")
    # every gold file is checked before any graph is read: a typo in the last one fails at once
    golds = [(Path(g), load_gold(Path(g))) for g in pairs[0::2]]
    reports = [(set_name(path), evaluate(gold, load_graph(Path(graph)))) for (path, gold), graph in zip(golds, pairs[1::2])]
    print(format_report(reports[0][1]) if len(reports) == 1 else format_table(reports))
    return 0


def _push(args) -> int:
    from kg.rdf.push import push

    if args.password is not None and args.user is None:
        raise KgError("--password without --user")
    push(Path(args.graph), args.store, args.graph_iri, args.user, args.password, args.timeout, not args.add, args.auth)
    where = args.graph_iri or "the default graph"
    print(f"pushed {args.graph} ({Path(args.graph).stat().st_size:,} bytes) to {args.store}, {where}"
          f" ({'added to' if args.add else 'replacing'} its content)")
    return 0


def _serve(args) -> int:
    from kg.rdf.serve import serve

    _check_timeout(args.timeout)
    serve(Path(args.graph), args.port, args.timeout or None, args.cors)
    return 0


def _validate(args) -> int:
    from kg.rdf.validate import validate

    triples, violations = validate(Path(args.graph), Path(args.shapes) if args.shapes else None)
    for v in violations[: args.limit]:
        print(f"{v.severity}: {v.focus} {v.path}: {v.message}")
    if len(violations) > args.limit:
        print(f"... and {len(violations) - args.limit} more")
    print(f"{args.graph}: {triples} triples, {len(violations)} SHACL violations")
    return 1 if violations else 0


def _gazetteer(args) -> int:
    from kg.config import shared_path
    from kg.pipeline.gazetteer.sources import write_gazetteer

    out, n = write_gazetteer(shared_path("--sources", args.sources, "gazetteer-sources"), Path(args.out))
    print(f"wrote {out}: {n} rows")
    return 0


def _ner_train(args) -> int:
    from dataclasses import replace

    from kg.ner.train import NerRecipe, train_model
    from kg.ner.vectors import VectorRecipe

    recipe = NerRecipe(max_steps=args.max_steps, seed=args.seed, threads=args.threads, charlm=args.charlm,
                       extra_train=tuple(args.add_train or ()),
                       vectors=VectorRecipe(max_vocab=args.vector_vocab, seed=args.seed))
    if args.charlm_chars:
        recipe = replace(recipe, char_lm=replace(recipe.char_lm, train_chars=args.charlm_chars))
    quiet = args.quiet

    def progress(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    import logging

    from kg.config import shared_path

    result = train_model(shared_path("--data", args.data, "ner"), shared_path("--corpus", args.corpus, "corpus"),
                         Path(args.work), Path(args.out), recipe, progress,
                         logging.WARNING if quiet else logging.INFO)
    for key, path in result.files.items():
        print(f"{key}: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    print("timings (s): " + ", ".join(f"{k} {v}" for k, v in result.timings.items()))
    return 0


def _ner_evaluate(args) -> int:
    from kg.config import shared_path
    from kg.ner.evaluate import evaluate_splits
    from kg.ner.score import format_report

    model, reports = evaluate_splits(args.splits, shared_path("--data", args.data, "ner"),
                                     Path(args.stanza_dir) if args.stanza_dir else None)
    print(model)
    for report in reports:
        print(format_report(report))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Silat: Arabic news to a sourced knowledge graph of diplomatic relations.")
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="extract a graph from articles (.txt, .jsonl, .jsonl.gz, directories)")
    b.add_argument("inputs", nargs="+", help="files or directories of articles")
    b.add_argument("--out", required=True, help="output directory (graph.ttl, graph.html)")
    b.add_argument("--ner", choices=("auto", "gazetteer", "stanza"), default="auto",
                   help="entity recognizer: auto = Stanza + gazetteer when a Stanza model is installed, else gazetteer")
    b.add_argument("--stanza-dir", help="directory holding a Stanza Arabic NER model (ar/ner/*.pt)")
    b.add_argument("--format", default="ttl", help="serialisations to write: ttl,nt,jsonld,trig (ttl always; trig = one named graph "
                        "with PROV build metadata)")
    b.add_argument("--no-html", action="store_true", help="skip graph.html")
    b.add_argument("--quiet", action="store_true", help="no progress or warnings on stderr (progress: a bar on a "
                   "terminal, a line every 2 s otherwise)")
    b.add_argument("--gazetteer", action="append", metavar="TSV",
                   help="extra gazetteer table (the format of kg/data/gazetteer.tsv) merged into the shipped one; repeatable")
    b.add_argument("--min-confidence", type=float, default=0.0, metavar="P",
                   help="leave out events whose confidence (the calibrated probability that they are right) is below P, "
                        "with the edges only they imply; default 0: keep all")
    b.add_argument("--jobs", type=int, metavar="N",
                   help="extraction processes (default: every core, at most one per 20 documents; 1 = in this process); "
                        "the output is byte-identical whatever N")
    b.add_argument("--cache", metavar="DIR", help="extraction cache folder, to share between builds "
                   "(default: .silat-cache/ in the output folder); only new or changed documents are extracted")
    b.add_argument("--no-cache", action="store_true", help="extract every document, read and write no cache")
    b.add_argument("--dask", metavar="local|tcp://HOST:PORT",
                   help="extract on a Dask cluster: local = a LocalCluster of --jobs (default 2) worker processes, "
                        "or a running scheduler's address; the output is the same bytes")
    b.add_argument("--curation", metavar="TSV",
                   help="your aliases, merges, renames, Wikidata ids and words that are no entities (README \"Curation\"); "
                        "default: curation.tsv in an input folder or beside an input file")
    b.set_defaults(func=_build)

    q = sub.add_parser("query", help="run SPARQL over a graph file")
    q.add_argument("graph", nargs="?", help="graph.ttl (or .nt / .jsonld / .trig); omit with --endpoint")
    q.add_argument("query", help="a named query (events, meetings, visits, forums, stances, timeline, and the per-sentence "
                        "meetings-evidence, visits-evidence, stances-evidence, timeline-evidence), a .rq file, or SPARQL text")
    q.add_argument("--format", choices=("table", "csv", "json", "ttl", "nt"), default="table",
                   help="SELECT: table (widths from the first 1,000 rows), csv or json; ASK prints true or false; "
                        "CONSTRUCT/DESCRIBE print RDF: Turtle (table, ttl), N-Triples (csv, nt) or JSON-LD (json)")
    q.add_argument("--param", action="append", metavar="NAME=VALUE",
                   help="bind a query variable (entity=NAME: a name in any spelling the graph has, or an IRI)")
    q.add_argument("--engine", choices=("auto", "rdflib", "oxigraph"), default="auto",
                   help="SPARQL engine: auto = Oxigraph for graph files over 1 MB, rdflib below")
    q.add_argument("--endpoint", metavar="URL", help="query a remote SPARQL endpoint instead of a file")
    q.add_argument("--user", help="endpoint user (Basic or Digest authentication)")
    q.add_argument("--password", help="endpoint password")
    q.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="give up after this many seconds, on any engine (the query is stopped; 0 = no limit); "
                        "default: no limit on a graph file (Ctrl-C stops it at once), 60 with --endpoint")
    q.add_argument("--allow-service", action="store_true",
                   help="run federated queries (SERVICE), which send part of the query and its bindings to another endpoint")
    q.set_defaults(func=_query)

    x = sub.add_parser("export", help="the events as a table (.csv, .parquet) or the network (.gexf, .graphml) for pandas, R, Gephi")
    x.add_argument("graph", help="a graph file (.ttl, .nt, .jsonld, .trig) or a build folder holding graph.ttl")
    x.add_argument("--to", required=True, metavar="FILE",
                   help="the file to write; its extension picks the format: .csv/.parquet one row per event, "
                        ".gexf/.graphml entities and their asserted links")
    x.add_argument("--engine", choices=("auto", "rdflib", "oxigraph"), default="auto",
                   help="SPARQL engine that reads the graph (auto: Oxigraph above 1 MB)")
    x.set_defaults(func=_export)

    e = sub.add_parser("evaluate", help="score graphs against gold files (several pairs: one scoreboard table)")
    e.add_argument("gold")
    e.add_argument("graph")
    e.add_argument("more", nargs="*", metavar="GOLD GRAPH", help="more gold files and graphs, in pairs")
    e.set_defaults(func=_evaluate)

    pu = sub.add_parser("push", help="upload a graph file to a triple store (SPARQL 1.1 Graph Store Protocol)")
    pu.add_argument("graph", help="graph file (.ttl, .nt, .jsonld, .trig, .nq)")
    pu.add_argument("--store", required=True, metavar="URL",
                    help="Graph Store endpoint: Oxigraph http://host:7878/store, Fuseki http://host:3030/DS/data, "
                         "Virtuoso http://host:8890/sparql-graph-crud-auth")
    pu.add_argument("--graph", dest="graph_iri", metavar="IRI", help="named graph to write (default: the default graph)")
    pu.add_argument("--add", action="store_true", help="add to the graph (POST) instead of replacing it (PUT)")
    pu.add_argument("--user", help="store user")
    pu.add_argument("--password", help="store password")
    pu.add_argument("--auth", choices=("auto", "basic", "digest"), default="auto",
                    help="with --user: auto = the scheme the store's challenge names (Digest if it offers both), "
                         "basic = send the credentials with the upload, digest = Digest only")
    pu.add_argument("--timeout", type=float, default=600.0,
                    help="seconds the store may stay silent (connecting, taking the upload, answering)")
    pu.set_defaults(func=_push)

    se = sub.add_parser("serve", help="a local SPARQL endpoint (Oxigraph) and the HTML view, on 127.0.0.1")
    se.add_argument("graph", help="a graph file or a build folder (graph.ttl + graph.html)")
    se.add_argument("--port", type=int, default=7878, help="port on 127.0.0.1 (0 = any free port)")
    se.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                    help="stop each query after this many seconds (answer 503; 0 = no limit); a query is also "
                         "stopped as soon as its client hangs up")
    se.add_argument("--cors", metavar="ORIGIN",
                    help="let pages of this origin (e.g. http://localhost:8000) read answers; other cross-origin "
                         "requests are refused")
    se.set_defaults(func=_serve)

    vz = sub.add_parser("viz", help="draw the interactive HTML view of an existing graph (no rebuild)")
    vz.add_argument("graph", help="a graph file (.ttl, .nt, .jsonld, .trig) or a build folder holding graph.ttl")
    vz.add_argument("--out", required=True, help="the HTML file to write")
    vz.add_argument("--entity", help="ego view: this entity (name in any spelling, or IRI), its links and neighbours")
    vz.add_argument("--from", dest="date_from", metavar="DATE", help="keep events on or after DATE (YYYY[-MM[-DD]])")
    vz.add_argument("--to", dest="date_to", metavar="DATE", help="keep events on or before DATE (YYYY[-MM[-DD]])")
    vz.add_argument("--engine", choices=("auto", "rdflib", "oxigraph"), default="auto",
                    help="SPARQL engine that reads the graph (auto: Oxigraph above 1 MB)")
    vz.set_defaults(func=_viz)

    va = sub.add_parser("validate", help="check a graph against the graph contract's SHACL shapes")
    va.add_argument("graph")
    va.add_argument("--limit", type=int, default=50, help="violations printed (all are counted)")
    va.add_argument("--shapes", help="SHACL shapes file (default: the contract's shapes shipped in the package)")
    va.set_defaults(func=_validate)

    g = sub.add_parser("gazetteer", help="regenerate a gazetteer table from the public sources")
    g.add_argument("action", choices=("build",))
    g.add_argument("--sources", help="folder of gazetteer sources (default: gazetteer-sources/ in the shared data folder, $SILAT_SHARED)")
    g.add_argument("--out", required=True, help="the TSV file to write (the project's own: kg/data/gazetteer.tsv in a checkout)")
    g.set_defaults(func=_gazetteer)

    n = sub.add_parser("ner", help="train or evaluate the Stanza Arabic NER model")
    nsub = n.add_subparsers(dest="ner_command", required=True)
    t = nsub.add_parser("train", help="train word vectors, char LMs and the NER model; install the result")
    t.add_argument("--data", help="folder with anercorp/ (and aqmar/) (default: ner/ in the shared data folder, $SILAT_SHARED)")
    t.add_argument("--corpus", help="news articles (.jsonl.gz/.txt) for vectors and char LMs (default: corpus/ in the shared data folder)")
    t.add_argument("--work", default="build/ner", help="work folder; finished steps found here are reused")
    t.add_argument("--out", required=True, help="where the model is installed (Stanza's ar/<processor>/ layout; "
                        "kg/models/stanza in a checkout)")
    t.add_argument("--max-steps", type=int, default=6000, help="NER training steps (batches of 32 sentences)")
    t.add_argument("--vector-vocab", type=int, default=200_000, help="cap on word vectors kept (most frequent first)")
    t.add_argument("--charlm-chars", type=int, default=0, help="characters of corpus for each char LM (default: recipe's)")
    t.add_argument("--charlm", action="store_true", help="also train forward/backward character LMs and use them")
    t.add_argument("--add-train", action="append", choices=("aqmar",), help="also train on this corpus's train split")
    t.add_argument("--threads", type=int, default=1, help="torch threads per trainer (1 is fastest on small CPUs)")
    t.add_argument("--seed", type=int, default=1234)
    t.add_argument("--quiet", action="store_true", help="no training log on stderr")
    t.set_defaults(func=_ner_train)
    v = nsub.add_parser("evaluate", help="span-level precision/recall/F1 per type on gold splits")
    v.add_argument("splits", nargs="*", default=["anercorp:test", "aqmar:test"],
                   help="anercorp:{train,dev,test}, aqmar:{train,dev,test}, or a 'token tag' CoNLL file")
    v.add_argument("--data", help="folder with anercorp/ and aqmar/ (default: ner/ in the shared data folder, $SILAT_SHARED)")
    v.add_argument("--stanza-dir", help="model directory (default: the search order of kg build)")
    v.set_defaults(func=_ner_evaluate)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KgError as exc:
        print(f"kg: {'' if isinstance(exc, Interrupted) else 'error: '}{exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
