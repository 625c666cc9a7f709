"""The who-met-whom graph: nodes, weighted edges with article evidence, drawing and export."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from pemilu_nlp.document import Document

nx = pytest.importorskip("networkx", reason="the display extra (networkx) is not installed")
pytest.importorskip("matplotlib", reason="the display extra (matplotlib) is not installed")

from pemilu_nlp.network import build_graph, draw, write_graph  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def annotated() -> list[Document]:
    lines = (DATA / "sample-annotated.jsonl").read_text(encoding="utf-8").splitlines()
    return [Document.model_validate_json(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def graph(annotated):
    return build_graph(annotated)


def test_co_attendance_across_articles_adds_up(graph):
    # Ratna and Fikri attend the rapat koordinasi in sampel-008 and the rekapitulasi in sampel-015
    edge = graph.edges["PER:ratna sari dewi", "PER:fikri alamsyah"]
    assert edge["co_attendance"] == 2 and edge["weight"] == 2
    assert edge["articles"] == "sampel-008;sampel-015"
    # Hendra and Ratna meet once, in sampel-001
    assert graph.edges["PER:hendra wijayakusuma", "PER:ratna sari dewi"]["articles"] == "sampel-001"
    # Yusuf (sampel-008) and Hendra (sampel-001, -013) are never at the same event
    assert not graph.has_edge("PER:yusuf maulana", "PER:hendra wijayakusuma")


def test_affiliation_edges_carry_roles_and_articles(graph):
    edge = graph.edges["PER:hendra wijayakusuma", "ORG:kpu provinsi sumatera selatan"]
    assert edge["affiliation"] == 2 and edge["role"] == "Ketua"
    assert edge["articles"] == "sampel-001;sampel-013"
    assert graph.nodes["PER:hendra wijayakusuma"]["label"] == "Hendra Wijayakusuma"
    assert graph.nodes["PER:hendra wijayakusuma"]["n_articles"] == 2


def test_short_names_resolve_to_the_fullest_name_in_the_same_article(graph):
    # sampel-008 names "Bawaslu Provinsi Sumatera Selatan" in full, so its "Bawaslu Sumatera
    # Selatan" is the same node; sampel-015 has only the short form, which stays its own node.
    full = graph.nodes["ORG:bawaslu provinsi sumatera selatan"]
    assert full["articles"] == "sampel-001;sampel-008"
    assert graph.nodes["ORG:bawaslu sumatera selatan"]["articles"] == "sampel-015"


def test_events_are_per_article_and_optional(annotated, graph):
    events = {v for v, d in graph.nodes(data=True) if d["type"] == "EVENT"}
    expected = {(d.id, r.event.text.lower()) for d in annotated for r in d.records("attendance")}
    assert len(events) == len(expected)
    for v in events:
        attendees = [u for u in graph[v] if graph.edges[u, v]["kind"] == "attendance"]
        assert attendees, v
    bare = build_graph(annotated, events=False)
    assert all(d["type"] != "EVENT" for _, d in bare.nodes(data=True))
    assert bare.edges["PER:ratna sari dewi", "PER:fikri alamsyah"]["weight"] == 2
    no_aff = build_graph(annotated, affiliations=False)
    assert all("affiliation" not in d["kind"] for _, _, d in no_aff.edges(data=True))


def test_dicts_give_the_same_graph(annotated, graph):
    again = build_graph(d.to_dict() for d in annotated)
    assert nx.utils.graphs_equal(again, graph)


@pytest.mark.parametrize("suffix", [".gexf", ".graphml"])
def test_export_round_trip(tmp_path, graph, suffix):
    path = write_graph(graph, tmp_path / f"net{suffix}")
    back = nx.read_gexf(path) if suffix == ".gexf" else nx.read_graphml(path)
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    a, b = "PER:ratna sari dewi", "PER:fikri alamsyah"
    assert int(back.edges[a, b]["weight"]) == 2
    assert back.edges[a, b]["articles"] == "sampel-008;sampel-015"


def test_export_rejects_unknown_format(tmp_path, graph):
    with pytest.raises(ValueError, match="gexf"):
        write_graph(graph, tmp_path / "net.csv")


def _synthetic_corpus(n_articles: int, seed: int = 0) -> list[Document]:
    """Many small articles, three officials at one meeting each, drawn from a pool of ~260 people."""
    rng = random.Random(seed)
    first = ["Adi", "Bayu", "Citra", "Dimas", "Eka", "Fitri", "Gilang", "Hana", "Irfan", "Julia", "Kiki",
             "Laras", "Mira", "Nando", "Okta", "Puspa", "Raka", "Sekar", "Tegar", "Vina", "Wisnu", "Yoga"]
    last = ["Pratama", "Saputra", "Wibisono", "Nugraha", "Permana", "Kusumo", "Santosa", "Utami", "Halim",
            "Siregar", "Anggraini", "Mahendra"]
    cities = ["Lahat", "Muara Enim", "Prabumulih", "Banyuasin", "Ogan Ilir", "Empat Lawang", "Musi Rawas"]
    people = [(f"{a} {b}", f"{rng.choice(['KPU Kota', 'Bawaslu Kota', 'DPRD Kota'])} {rng.choice(cities)}")
              for a in first for b in last]
    docs = []
    for i in range(n_articles):
        event = rng.choice(["rapat koordinasi", "apel siaga", "sosialisasi pengawasan"])
        text, sentences, entities, relations = "", [], [], []
        for j, (name, org) in enumerate(rng.sample(people, 3)):
            sentence = f"Ketua {org}, {name}, menghadiri {event} di {rng.choice(cities)}."
            start = len(text)
            text += sentence + " "
            sentences.append({"start": start, "end": start + len(sentence), "text": sentence})

            def mention(surface: str, label: str) -> dict:
                s = start + sentence.index(surface)
                return {"start": s, "end": s + len(surface), "text": surface, "label": label}

            per, orgm = mention(name, "PER"), mention(org, "ORG")
            entities += [{**per, "sentence": j}, {**orgm, "sentence": j}]
            relations.append({"type": "affiliation", "sentence": j, "person": per, "organization": orgm})
            relations.append({"type": "attendance", "sentence": j, "attendee": per, "event": mention(event, "EVENT")})
        docs.append(Document(id=f"syn-{i:03d}", text=text, sentences=sentences, entities=entities, relations=relations))
    return docs


def _label_texts(fig) -> list[str]:
    ax = fig.axes[0]
    return [t.get_text() for t in ax.texts]


def test_draw_small_graph_png_is_deterministic(tmp_path, graph):
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    fig = draw(graph, first, title="sampel")
    draw(graph, second, title="sampel")
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert first.read_bytes() == second.read_bytes()  # seeded layout: same graph, same picture
    assert fig._repr_png_()[:8] == b"\x89PNG\r\n\x1a\n"  # what Jupyter shows
    actors = [v for v, d in graph.nodes(data=True) if d["type"] != "EVENT"]
    assert sorted(_label_texts(fig)) == sorted(graph.nodes[v]["label"] for v in actors)


def test_draw_large_graph_labels_only_the_top_nodes(tmp_path):
    big = build_graph(_synthetic_corpus(120), events=False)
    assert 150 <= len(big) <= 400
    fig = draw(big, tmp_path / "big.svg", labels=20)
    labels = _label_texts(fig)
    assert len(labels) == 20
    strength = dict(big.degree(weight="weight"))
    cutoff = sorted(strength.values(), reverse=True)[19]
    by_label = {d["label"]: v for v, d in big.nodes(data=True)}
    assert all(strength[by_label[t]] >= cutoff for t in labels)
    assert (tmp_path / "big.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_empty_graph_draws_a_notice(tmp_path):
    empty = build_graph([Document(id="kosong", text="Tidak ada fakta.")])
    assert len(empty) == 0
    fig = draw(empty, tmp_path / "empty.png")
    assert "no relation records" in _label_texts(fig)


def test_unknown_layout_is_an_error(graph):
    with pytest.raises(ValueError, match="layout"):
        draw(graph, layout="circle")


def test_kamada_kawai_layout_or_a_clear_error(tmp_path, graph):
    try:
        import scipy  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="pip install scipy"):
            draw(graph, layout="kamada_kawai")
    else:
        fig = draw(graph, tmp_path / "kk.png", layout="kamada_kawai")
        assert (tmp_path / "kk.png").stat().st_size > 1000 and fig.axes[0].texts


def test_missing_networkx_says_which_extra_to_install(monkeypatch, annotated):
    monkeypatch.setitem(sys.modules, "networkx", None)  # import networkx now raises ImportError
    with pytest.raises(ImportError, match=r"pemilu-nlp\[display\]"):
        build_graph(annotated)
