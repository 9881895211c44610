"""Writing a view (`kg.graphviews`) for other tools and for eyes: GraphML and GEXF for Gephi
or yEd, node-link JSON for d3 or Cytoscape, one self-contained interactive HTML page, and PNG
or SVG pictures drawn with matplotlib. The last stage before the CLI; files are written
atomically (a temporary file beside the target, then `os.replace`).
"""
from __future__ import annotations

import io
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.files import atomic_write

if TYPE_CHECKING:
    import networkx

#: Output formats and the file suffix of each.
FORMATS = {"graphml": "graphml", "gexf": "gexf", "json": "json", "html": "html",
           "png": "png", "svg": "svg"}
#: Colour of each node kind (colour-blind-safe Okabe–Ito palette), in pictures and pages.
KIND_COLORS = {"person": "#0072B2", "organization": "#E69F00", "country": "#009E73",
               "agreement": "#CC79A7", "post": "#56B4E9", "topic": "#D55E00",
               "other": "#999999"}
#: Pictures and pages show at most this many nodes, the most connected ones: a hairball of
#: thousands of nodes tells nothing, and the layout takes quadratic time.
MAX_NODES = 1500


def render(G: networkx.Graph, fmt: str, *, title: str = "") -> bytes:
    """`G` in format `fmt` (a key of `FORMATS`) as bytes.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("a", label="Mike Pompeo", kind="person", iri="a")
    >>> G.add_node("b", label="Mexico", kind="country", iri="b")
    >>> G.add_edge("a", "b", relation="met_with", weight=1, evidence="Pompeo met Mexico.")
    >>> json.loads(render(G, "json"))["links"][0]["relation"]
    'met_with'
    >>> b"<graphml" in render(G, "graphml"), render(G, "png")[:4]
    (True, b'\\x89PNG')
    >>> b"<canvas" in render(G, "html", title="Pompeo")
    True
    """
    import networkx as nx

    if fmt not in FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if fmt in ("graphml", "gexf"):
        buffer = io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(G, buffer)
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps(node_link(G), ensure_ascii=False, indent=1).encode()
    if fmt == "html":
        return html_page(G, title=title).encode()
    return picture(G, fmt, title=title)


def write(G: networkx.Graph, path: str | Path, fmt: str | None = None, *,
          title: str = "") -> Path:
    """Write `G` to `path` atomically, in `fmt` (by default the path's suffix)."""
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".").lower()
    data = render(G, fmt, title=title)
    with atomic_write(path, "wb") as out:
        out.write(data)
    return path


def node_link(G: networkx.Graph) -> dict[str, Any]:
    """Node-link data as d3 and Cytoscape read it: {"directed", "multigraph", "graph",
    "nodes": [{"id", ...}], "links": [{"source", "target", ("key",) ...}]}
    (`networkx.node_link_graph(data, edges="links")` reads it back).

    Examples
    --------
    >>> import networkx as nx
    >>> node_link(nx.path_graph(2))["links"]
    [{'source': 0, 'target': 1}]
    """
    links = []
    if G.is_multigraph():
        for u, v, key, data in G.edges(keys=True, data=True):
            links.append({"source": u, "target": v, "key": key, **data})
    else:
        links = [{"source": u, "target": v, **data} for u, v, data in G.edges(data=True)]
    return {"directed": G.is_directed(), "multigraph": G.is_multigraph(), "graph": dict(G.graph),
            "nodes": [{"id": n, **data} for n, data in G.nodes(data=True)], "links": links}


def shown(G: networkx.Graph, max_nodes: int = MAX_NODES) -> networkx.Graph:
    """`G`, or its `max_nodes` best-connected nodes (by degree, then label) when larger."""
    if len(G) <= max_nodes:
        return G
    ranked = sorted(G.nodes, key=lambda n: (-G.degree(n), G.nodes[n].get("label", str(n))))
    return G.subgraph(ranked[:max_nodes]).copy()


def layout(G: networkx.Graph, *, seed: int = 0, iterations: int = 150
           ) -> dict[Any, tuple[float, float]]:
    """Positions in [0, 1]², by force-directed layout (numpy only, seeded: the same
    graph is always drawn the same way). Each connected component is laid out on its own
    and the components are packed in rows, largest first.

    Examples
    --------
    >>> import networkx as nx
    >>> pos = layout(nx.path_graph(3))
    >>> all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pos.values())
    True
    """
    import networkx as nx

    components = sorted((sorted(c, key=str) for c in nx.connected_components(
        G.to_undirected(as_view=True))), key=lambda c: (-len(c), str(c[0])))
    boxes = [(c, _spring(G.subgraph(c), c, seed, iterations)) for c in components]
    # pack: each component gets a square cell (side about sqrt(size); small ones smaller, so
    # that a large component is not squeezed by a crowd of pairs), in rows no wider than the
    # largest cell or the square of the whole
    def cell(size: int) -> float:
        return math.sqrt(size) if size > 10 else 0.5 * math.sqrt(size) + 0.5

    width = max(cell(len(components[0])) if components else 1.0,
                math.sqrt(sum(len(c) for c in components)) * 0.9)
    pos: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for nodes, coords in boxes:
        side = cell(len(nodes))
        if x > 0 and x + side > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(nodes, coords):
            pos[node] = (x + 0.15 * side + 0.7 * side * px, y + 0.15 * side + 0.7 * side * py)
        x += side
        row_height = max(row_height, side)
    span = max(max((p[0] for p in pos.values()), default=1.0),
               max((p[1] for p in pos.values()), default=1.0)) or 1.0
    return {node: (px / span, py / span) for node, (px, py) in pos.items()}


def _spring(G: networkx.Graph, nodes: list, seed: int, iterations: int) -> list[tuple]:
    """Forces on one component: coordinates in [0, 1]² in `nodes` order.

    Fruchterman–Reingold with ForceAtlas2's degree-weighted repulsion (a node of degree d
    weighs d + 1, pushes others in proportion and moves less), and a little gravity: with
    plain forces, the hubs of policy graphs (a Secretary of State, a topic) pull their
    hundreds of leaves into one blot.
    """
    import numpy as np

    n = len(nodes)
    if n == 1:
        return [(0.5, 0.5)]
    index = {node: k for k, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in G.edges() if u != v] or
                     np.zeros((0, 2)), dtype=int).reshape(-1, 2)
    mass = np.ones(n)
    np.add.at(mass, edges.ravel(), 1)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    k = 1.0 / math.sqrt(n)
    temperature = 0.2
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance2 = np.maximum((delta ** 2).sum(axis=-1), 1e-4)
        push = k * k * np.outer(mass, mass) / distance2
        displacement = (delta * push[:, :, None]).sum(axis=1) / mass[:, None]
        if len(edges):
            pull = pos[edges[:, 0]] - pos[edges[:, 1]]
            length = np.maximum(np.sqrt((pull ** 2).sum(axis=-1)), 0.01)
            force = pull * (length / k)[:, None]
            np.add.at(displacement, edges[:, 0], -force / mass[edges[:, 0], None])
            np.add.at(displacement, edges[:, 1], force / mass[edges[:, 1], None])
        displacement -= (pos - pos.mean(axis=0)) * 0.5
        length = np.maximum(np.sqrt((displacement ** 2).sum(axis=-1)), 0.01)
        pos += displacement * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= pos.min(axis=0)
    pos /= max(pos.max(), 1e-9)
    return [tuple(map(float, p)) for p in pos]


def picture(G: networkx.Graph, fmt: str = "png", *, title: str = "", labels: int = 25,
            size: tuple[float, float] = (12.0, 9.0), ax=None) -> bytes:
    """A static picture (png or svg) of `G`: nodes coloured by kind and sized by degree, the
    `labels` best-connected nodes named, a legend of kinds. With `ax` (a matplotlib Axes, as
    in a notebook) it draws there and returns b"".
    """
    import matplotlib

    if ax is None:
        matplotlib.use("Agg")  # no display needed; harmless once a backend is in use
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    H = shown(G)
    pos = layout(H)
    figure = None
    if ax is None:
        figure, ax = plt.subplots(figsize=size, dpi=100)
    degree = dict(H.degree())
    for u, v in H.edges():
        (x1, y1), (x2, y2) = pos[u], pos[v]
        ax.plot([x1, x2], [1 - y1, 1 - y2], color="#bbbbbb", linewidth=0.6, zorder=1)
    nodes = list(H.nodes)
    ax.scatter([pos[n][0] for n in nodes], [1 - pos[n][1] for n in nodes],
               s=[12 + 14 * math.sqrt(degree[n]) for n in nodes], zorder=2, linewidths=0.5,
               c=[KIND_COLORS.get(H.nodes[n].get("kind"), KIND_COLORS["other"]) for n in nodes],
               edgecolors="white")
    ranked = sorted(nodes, key=lambda n: (-degree[n], H.nodes[n].get("label", str(n))))
    for n in ranked[:labels]:
        ax.annotate(H.nodes[n].get("label", str(n)), (pos[n][0], 1 - pos[n][1]), fontsize=8,
                    xytext=(4, 4), textcoords="offset points", zorder=3)
    kinds = sorted({H.nodes[n].get("kind", "other") for n in nodes})
    ax.legend(handles=[Line2D([], [], marker="o", linestyle="", label=kind,
                              color=KIND_COLORS.get(kind, KIND_COLORS["other"]))
                       for kind in kinds], loc="lower right", fontsize=8, frameon=False)
    ax.set_axis_off()
    caption = f"{len(H)} nodes, {H.number_of_edges()} edges"
    if len(H) < len(G):
        caption += f" (the {len(H)} best connected of {len(G)} nodes)"
    ax.set_title(f"{title}\n{caption}" if title else caption, fontsize=10)
    if figure is None:
        return b""
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, bbox_inches="tight",
                   metadata={"Date": None} if fmt == "svg" else None)
    plt.close(figure)
    return buffer.getvalue()


def html_page(G: networkx.Graph, *, title: str = "") -> str:
    """One self-contained interactive page of `G` (no network needed: the script and style
    are inlined): nodes coloured by kind and sized by degree, edges labelled by relation,
    the evidence sentence on hover, a search box; drag to pan, wheel to zoom, drag a node to
    move it. When the script has drawn, `<body data-drawn="N">` holds the number of nodes.
    """
    import html

    from kg.graph_page import PAGE

    H = shown(G)
    pos = layout(H)
    degree = dict(H.degree())
    nodes = [{"id": str(n), "label": d.get("label", str(n)), "kind": d.get("kind", "other"),
              "iri": d.get("iri", str(n)), "x": round(pos[n][0], 4), "y": round(pos[n][1], 4),
              "degree": degree[n]} for n, d in H.nodes(data=True)]
    edges, lanes = [], {}
    for u, v, d in H.edges(data=True):
        # parallel edges (several relations between one pair) get their labels stacked
        lane = lanes[frozenset((u, v))] = lanes.get(frozenset((u, v)), -1) + 1
        edges.append({"source": str(u), "target": str(v), "relation": d.get("relation", ""),
                      "weight": d.get("weight", 1), "evidence": d.get("evidence", ""),
                      "article": d.get("article", ""), "first": d.get("first", ""),
                      "last": d.get("last", ""), "lane": lane})
    caption = f"{len(H)} nodes, {H.number_of_edges()} edges"
    if len(H) < len(G):
        caption += f" (the {len(H)} best connected of {len(G)} nodes)"
    data = {"nodes": nodes, "edges": edges, "colors": KIND_COLORS,
            "directed": H.is_directed()}
    # inside <script>, "</" would end the element; \u2028 and \u2029 end a JS line
    payload = (json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
               .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return (PAGE.replace("{{title}}", html.escape(title or "kg graph"))
            .replace("{{caption}}", html.escape(caption))
            .replace("{{data}}", payload))
