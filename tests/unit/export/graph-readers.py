"""Reads a Caremap GraphML and GEXF export with networkx and igraph and prints, as JSON, what each reader saw:
directedness, nodes (label, kind, colour, position) and edges (source and target labels, tie number, direction).
Run by graph-readers.test.ts; prints {"missing": "..."} when a reader is not installed."""
import json
import sys

try:
    import networkx as nx
except ImportError as error:
    print(json.dumps({"missing": f"networkx ({error})"}))
    sys.exit(0)
try:
    import igraph
except ImportError as error:
    igraph = None
    igraph_missing = f"igraph ({error})"


def from_networkx(graph, colour, position):
    label = {n: d.get("label", n) for n, d in graph.nodes(data=True)}
    return {
        "directed": graph.is_directed(),
        "nodes": [
            {"label": label[n], "kind": d.get("Kind"), "colour": colour(d), "position": position(d)}
            for n, d in graph.nodes(data=True)
        ],
        "edges": [
            {"source": label[u], "target": label[v], "tie": d.get("tie"), "direction": d.get("Direction"), "weight": d.get("weight")}
            for u, v, d in graph.edges(data=True)
        ],
    }


def from_igraph(graph):
    def attr(seq, name):
        return seq[name] if name in seq.attributes() else [None] * len(seq)

    labels = attr(graph.vs, "label")
    kinds = attr(graph.vs, "Kind")
    xs, ys = attr(graph.vs, "x"), attr(graph.vs, "y")
    rgb = [attr(graph.vs, c) for c in "rgb"]
    ties, directions, weights = attr(graph.es, "tie"), attr(graph.es, "Direction"), attr(graph.es, "weight")
    return {
        "directed": graph.is_directed(),
        "nodes": [
            {"label": labels[i], "kind": kinds[i], "colour": [int(c[i]) for c in rgb], "position": [xs[i], ys[i]]}
            for i in range(graph.vcount())
        ],
        "edges": [
            {"source": labels[e.source], "target": labels[e.target], "tie": int(ties[e.index]), "direction": directions[e.index], "weight": weights[e.index]}
            for e in graph.es
        ],
    }


# Debian bookworm's networkx 2.8 knows GEXF 1.1draft and 1.2draft only; networkx 3 added 1.3 as this table entry,
# with the same reading code. The entry is added here when missing, so the reading code is tested either way.
gexf_versions = nx.readwrite.gexf.GEXF.versions
if "1.3" not in gexf_versions:
    gexf_versions["1.3"] = dict(
        gexf_versions["1.2draft"],
        NS_GEXF="http://gexf.net/1.3",
        NS_VIZ="http://gexf.net/1.3/viz",
        SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        VERSION="1.3",
    )

graphml_path, gexf_path = sys.argv[1], sys.argv[2]
result = {
    "networkx_version": nx.__version__,
    "networkx_graphml": from_networkx(
        nx.read_graphml(graphml_path),
        lambda d: [d.get("r"), d.get("g"), d.get("b")],
        lambda d: [d.get("x"), d.get("y")],
    ),
    "networkx_gexf": from_networkx(
        nx.read_gexf(gexf_path),
        lambda d: [d["viz"]["color"][c] for c in "rgb"],
        lambda d: [d["viz"]["position"]["x"], d["viz"]["position"]["y"]],
    ),
}
if igraph is None:
    result["igraph_missing"] = igraph_missing
else:
    result["igraph_graphml"] = from_igraph(igraph.Graph.Read_GraphML(graphml_path))
print(json.dumps(result))
