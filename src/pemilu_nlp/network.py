"""Who met whom: a graph of people, organisations and events built from relation records.

>>> from pemilu_nlp.network import build_graph, draw, write_graph
>>> graph = build_graph(docs)                      # Documents or their dicts
>>> draw(graph, "network.png")                     # or .svg / .pdf
>>> write_graph(graph, "network.gexf")             # Gephi; .graphml for others

Nodes are persons (``PER``), organisations (``ORG``) and, with ``events=True``, events
(``EVENT``, one per event phrase per article: ``rapat koordinasi`` in two articles is two
meetings). Edges, each with a ``weight`` and the ids of the articles that support it:

- ``affiliation``: person - organisation, from affiliation records (``role`` lists the roles);
- ``attendance``: attendee - event, from attendance records;
- ``co-attendance``: attendee - attendee, for two attendees of the same event in the same
  article (the who-met-whom link; weight = number of shared events).

A person or organisation is one node across the corpus, keyed on the fullest form of its
name in each article (``Chlara`` -> ``Chlara Febriana`` where the article names her in
full), case-folded. Different people with the same name merge; that is the price of not
having an entity linker.

networkx and matplotlib are optional (``pip install 'pemilu-nlp[display]'``); they are
imported when a function here is called, not when the module is imported.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .document import Document, Mention

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    from matplotlib.figure import Figure

__all__ = ["build_graph", "draw", "write_graph", "NODE_COLORS"]

NODE_COLORS: dict[str, str] = {"PER": "#7b61ff", "ORG": "#14a3a3", "EVENT": "#f2b134"}
_EDGE_COLORS: dict[str, str] = {"affiliation": "#444444", "co-attendance": "#8a8a8a", "attendance": "#d9a93f"}
_SEP = ";"  # list-valued attributes are joined strings: GEXF and GraphML take no lists


def _require(module: str, install: str = "pip install 'pemilu-nlp[display]'") -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise ImportError(f"pemilu_nlp.network needs {module.split('.')[0]}: {install}") from err


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s,.;:]+", text.casefold()) if w)


def _fullest(doc: Document, mention: Mention) -> str:
    """The longest entity text of the same label whose words include all of the mention's."""
    words = set(_words(mention.text))
    best = mention.text
    if not words:
        return best
    for ent in doc.entities:
        if ent.label == mention.label and len(ent.text) > len(best) and words <= set(_words(ent.text)):
            best = ent.text
    return best


class _Builder:
    def __init__(self, nx: Any) -> None:
        self.graph = nx.Graph()
        self.names: dict[str, Counter[str]] = defaultdict(Counter)
        self.node_articles: dict[str, set[str]] = defaultdict(set)
        self.edge_articles: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.edge_kinds: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.edge_roles: dict[tuple[str, str], set[str]] = defaultdict(set)

    def actor(self, doc: Document, mention: Mention, article: str) -> str:
        label = mention.label if mention.label in ("PER", "ORG") else "ORG"
        name = _fullest(doc, mention)
        node = f"{label}:{' '.join(_words(name))}"
        if node not in self.graph:
            self.graph.add_node(node, type=label)
        self.names[node][name] += 1
        self.node_articles[node].add(article)
        return node

    def event(self, mention: Mention, article: str, record: Any) -> str:
        node = f"EVENT:{article}#{' '.join(_words(mention.text))}"
        if node not in self.graph:
            self.graph.add_node(node, type="EVENT", article=article)
        attrs = self.graph.nodes[node]
        if record.location is not None and "location" not in attrs:
            attrs["location"] = record.location.text
        if record.date is not None and "date" not in attrs:
            attrs["date"] = record.date.value or record.date.text
        self.names[node][mention.text] += 1
        self.node_articles[node].add(article)
        return node

    def link(self, a: str, b: str, kind: str, article: str, role: str | None = None) -> None:
        if a == b:
            return
        key = (a, b) if a < b else (b, a)
        if self.graph.has_edge(a, b):
            self.graph.edges[a, b]["weight"] += 1
        else:
            self.graph.add_edge(a, b, weight=1)
        self.edge_articles[key].add(article)
        self.edge_kinds[key][kind] += 1
        if role:
            self.edge_roles[key].add(role)

    def finish(self) -> Any:
        g = self.graph
        for node, attrs in g.nodes(data=True):
            # the most frequent written form; ties go to the longest (fullest) one
            attrs["label"] = max(self.names[node].items(), key=lambda kv: (kv[1], len(kv[0])))[0]
            attrs["articles"] = _SEP.join(sorted(self.node_articles[node]))
            attrs["n_articles"] = len(self.node_articles[node])
        for a, b, attrs in g.edges(data=True):
            key = (a, b) if a < b else (b, a)
            kinds = self.edge_kinds[key]
            attrs["kind"] = _SEP.join(sorted(kinds))
            for kind in _EDGE_COLORS:  # the weight by kind of evidence, as plain ints
                attrs[kind.replace("-", "_")] = kinds[kind]
            attrs["articles"] = _SEP.join(sorted(self.edge_articles[key]))
            attrs["n_articles"] = len(self.edge_articles[key])
            if self.edge_roles[key]:
                attrs["role"] = _SEP.join(sorted(self.edge_roles[key]))
        return g


def build_graph(
    docs: Iterable[Document | Mapping[str, Any]],
    *,
    events: bool = True,
    affiliations: bool = True,
) -> "nx.Graph":
    """The who-met-whom graph of a corpus (see the module docstring for nodes and edges).

    ``docs`` are ``Document``s or their dicts (read from the JSONL output). An article
    without an id is named by its position (``#3``). ``events=False`` leaves event nodes
    out (co-attendance edges stay); ``affiliations=False`` leaves person-organisation
    edges out. Documents are read one at a time.
    """
    nx = _require("networkx")
    builder = _Builder(nx)
    for number, item in enumerate(docs):
        doc = item if isinstance(item, Document) else Document.model_validate(dict(item))
        article = doc.id if doc.id is not None else f"#{number}"
        if affiliations:
            for rec in doc.records("affiliation"):
                if rec.organization is None or rec.organization.label != "ORG":
                    continue
                person = builder.actor(doc, rec.person, article)
                org = builder.actor(doc, rec.organization, article)
                builder.link(person, org, "affiliation", article, rec.role.text if rec.role else None)
        attendees: dict[str, list[str]] = defaultdict(list)
        for rec in doc.records("attendance"):
            attendee = builder.actor(doc, rec.attendee, article)
            event_key = " ".join(_words(rec.event.text))
            if attendee not in attendees[event_key]:
                attendees[event_key].append(attendee)
            if events:
                builder.link(attendee, builder.event(rec.event, article, rec), "attendance", article)
        for group in attendees.values():
            for a, b in combinations(group, 2):
                builder.link(a, b, "co-attendance", article)
    return builder.finish()


def _component_layout(nx: Any, graph: Any, layout: str, seed: int) -> dict[Any, Any]:
    n = len(graph)
    if n == 1:
        return {next(iter(graph)): (0.5, 0.5)}
    if layout == "spring":
        # k a bit above networkx's 1/sqrt(n) spreads a hub's neighbours apart
        pos = nx.spring_layout(graph, k=2.0 / math.sqrt(n), iterations=200, seed=seed, weight="weight")
    elif layout == "kamada_kawai":
        pos = nx.kamada_kawai_layout(graph, weight=None)
    else:
        raise ValueError(f"unknown layout {layout!r}; expected 'spring' or 'kamada_kawai'")
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {v: ((p[0] - min(xs)) / span, (p[1] - min(ys)) / span) for v, p in pos.items()}


def _positions(nx: Any, graph: Any, layout: str, seed: int) -> dict[Any, Any]:
    """Lay out each connected component on its own and pack them in rows, largest first.

    One layout of the whole graph flings the small components (a person and their party)
    to the corners and squeezes the main component into the middle of the picture.
    """
    if layout == "kamada_kawai":
        _require("scipy", "layout='kamada_kawai' needs it (pip install scipy); the default 'spring' does not")
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(map(str, c))))
    total = sum(len(c) for c in components)
    width = max(math.sqrt(total) * 1.4, math.sqrt(len(components[0])))
    gap = 0.35
    x = y = row = 0.0
    out: dict[Any, Any] = {}
    for comp in components:
        side = max(math.sqrt(len(comp)), 0.6)
        if x > 0 and x + side > width:
            x, y, row = 0.0, y - row - gap, 0.0
        local = _component_layout(nx, graph.subgraph(comp), layout, seed)
        for v, (px, py) in local.items():
            out[v] = (x + px * side, y - side + py * side)
        x += side + gap
        row = max(row, side)
    return out


# Where a label may go around its node, in points: above, below, right, left.
_LABEL_SPOTS = (((0, 5), "center", "bottom"), ((0, -5), "center", "top"), ((6, 0), "left", "center"), ((-6, 0), "right", "center"))


def _place_labels(fig: Any, ax: Any, graph: Any, pos: dict[Any, Any], named: list[Any], fontsize: int) -> None:
    """Label the named nodes, best-connected first, each beside its node where it hides no earlier label."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()  # to measure the labels as they will be drawn
    placed: list[Any] = []
    for v in named:
        best: tuple[int, Any, Any] | None = None
        for offset, ha, va in _LABEL_SPOTS:
            text = ax.annotate(
                graph.nodes[v].get("label", str(v)), pos[v], xytext=offset, textcoords="offset points",
                ha=ha, va=va, fontsize=fontsize, zorder=5, annotation_clip=False,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
            )
            box = text.get_window_extent(renderer)
            clashes = sum(box.overlaps(other) for other in placed)
            if best is None or clashes < best[0]:
                if best is not None:
                    best[1].remove()
                best = (clashes, text, box)
            else:
                text.remove()
            if clashes == 0:
                break
        assert best is not None
        placed.append(best[2])


def draw(
    graph: "nx.Graph",
    path: str | os.PathLike[str] | None = None,
    *,
    labels: int = 25,
    layout: str = "spring",
    seed: int = 7,
    title: str | None = None,
    figsize: tuple[float, float] | None = None,
    dpi: int = 150,
) -> "Figure":
    """Draw the graph; write it to ``path`` (``.png``, ``.svg``, ``.pdf``) when given.

    Readable from a few dozen to a few hundred nodes: only the ``labels`` best-connected
    people and organisations are named (by weighted degree), node size grows with degree,
    colour is the node type, edge width the weight. The layout is seeded, so the same
    graph gives the same picture. Returns the matplotlib ``Figure``; Jupyter shows it as a
    PNG. It is not registered with pyplot, so drawing many graphs in a loop leaks nothing.
    """
    nx = _require("networkx")
    _require("matplotlib")
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    class GraphFigure(Figure):
        """A Figure that Jupyter shows as a PNG (it is not managed by pyplot, so nothing else would)."""

        def _repr_png_(self) -> bytes:
            import io

            buffer = io.BytesIO()
            self.savefig(buffer, format="png", bbox_inches="tight")
            return buffer.getvalue()

    n = len(graph)
    if figsize is None:
        side = min(18.0, max(7.0, 1.6 * math.sqrt(n)))
        figsize = (side, side * 0.8)
    fig = GraphFigure(figsize=figsize, dpi=dpi)
    ax = fig.add_subplot()
    ax.set_axis_off()
    if title:
        ax.set_title(title, fontsize=12)
    if n == 0:
        ax.text(0.5, 0.5, "no relation records", ha="center", va="center", color="#888")
        fig.tight_layout()
    else:
        pos = _positions(nx, graph, layout, seed)
        strength = dict(graph.degree(weight="weight"))
        top = max(strength.values()) or 1
        edges = list(graph.edges(data=True))
        wmax = max((d.get("weight", 1) for _, _, d in edges), default=1)
        for kind, color in _EDGE_COLORS.items():
            chosen = [(a, b, d) for a, b, d in edges if d.get("kind", "").split(_SEP)[0] == kind]
            if not chosen:
                continue
            nx.draw_networkx_edges(
                graph,
                pos,
                ax=ax,
                edgelist=[(a, b) for a, b, _ in chosen],
                width=[0.4 + 3.0 * d.get("weight", 1) / wmax for _, _, d in chosen],
                edge_color=color,
                alpha=0.55,
                style="dashed" if kind == "affiliation" else "solid",
            )
        for kind in sorted({d.get("type", "") for _, d in graph.nodes(data=True)}):
            nodes = [v for v, d in graph.nodes(data=True) if d.get("type", "") == kind]
            nx.draw_networkx_nodes(
                graph,
                pos,
                ax=ax,
                nodelist=nodes,
                node_size=[25 + 500 * (strength[v] / top) ** 0.8 for v in nodes],
                node_color=NODE_COLORS.get(kind, "#bbbbbb"),
                node_shape="s" if kind == "EVENT" else "o",
                linewidths=0.5,
                edgecolors="white",
                alpha=0.9,
            )
        ax.margins(0.08)
        handles = [
            Line2D([], [], marker="s" if kind == "EVENT" else "o", linestyle="", markersize=8,
                   color=color, label={"PER": "person", "ORG": "organisation", "EVENT": "event"}[kind])
            for kind, color in NODE_COLORS.items()
            if any(d.get("type") == kind for _, d in graph.nodes(data=True))
        ]
        handles += [
            Line2D([], [], color=color, linestyle="--" if kind == "affiliation" else "-", label=kind)
            for kind, color in _EDGE_COLORS.items()
            if any(d.get("kind", "").split(_SEP)[0] == kind for _, _, d in edges)
        ]
        fig.legend(handles=handles, loc="lower center", ncol=len(handles), fontsize=8, frameon=False)
        fig.tight_layout(rect=(0, 0.04, 1, 1))
        actors = [v for v, d in graph.nodes(data=True) if d.get("type") != "EVENT"]
        named = sorted(actors, key=lambda v: (-strength[v], str(v)))[:labels]
        _place_labels(fig, ax, graph, pos, named, fontsize=8 if n > 60 else 9)
    if path is not None:
        fig.savefig(Path(path), dpi=dpi, bbox_inches="tight")
    return fig


def write_graph(graph: "nx.Graph", path: str | os.PathLike[str]) -> Path:
    """Write the graph as GEXF (``.gexf``, for Gephi) or GraphML (``.graphml``)."""
    nx = _require("networkx")
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix == ".gexf":
        nx.write_gexf(graph, out)
    elif suffix == ".graphml":
        nx.write_graphml(graph, out)
    else:
        raise ValueError(f"unknown graph format {suffix!r}; use .gexf or .graphml")
    return out
