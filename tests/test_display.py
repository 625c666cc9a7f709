"""HTML display of documents: highlighted entities, record tables with evidence links, escaping."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from pemilu_nlp.display import render, render_html, write_html_pages
from pemilu_nlp.document import Document

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def annotated() -> list[Document]:
    lines = (DATA / "sample-annotated.jsonl").read_text(encoding="utf-8").splitlines()
    return [Document.model_validate_json(line) for line in lines if line.strip()]


class _Tree(HTMLParser):
    """The parts of rendered HTML the tests look at: marks, ids, evidence links, tables, tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.ids: dict[str, dict] = {}
        self.links: list[dict] = []
        self.tables: dict[str, int] = {}
        self.tags: list[str] = []
        self._mark: dict | None = None
        self._depth_in_label = 0
        self._table: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a:
            self.ids[a["id"]] = a
        if tag == "mark":
            self._mark = {**a, "text": ""}
        elif tag == "span" and self._mark is not None:
            self._depth_in_label += 1
        elif tag == "a" and "pemilu-evidence" in a.get("class", ""):
            self.links.append(a)
        elif tag == "table" and a.get("data-type"):
            self._table = a["data-type"]
            self.tables[self._table] = 0
        elif tag == "tr" and self._table is not None:
            self.tables[self._table] += 1

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append(self._mark)
            self._mark = None
        elif tag == "span" and self._depth_in_label:
            self._depth_in_label -= 1
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._mark is not None and not self._depth_in_label:
            self._mark["text"] += data


def parse(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    return tree


def test_every_entity_is_one_mark_with_its_label_and_text(annotated):
    for doc in annotated:
        tree = parse(render_html(doc))
        got = [(int(m["data-start"]), int(m["data-end"]), m["data-label"], m["text"]) for m in tree.marks]
        want = sorted((e.start, e.end, e.label, e.text) for e in doc.entities)
        assert got == want, doc.id


def test_each_sentence_has_an_anchor_and_records_link_to_their_evidence(annotated):
    doc = annotated[0]
    tree = parse(render_html(doc))
    anchored = {a["id"]: int(a["data-sentence"]) for a in tree.ids.values() if "data-sentence" in a}
    assert sorted(anchored.values()) == list(range(len(doc.sentences)))
    assert len(tree.links) == len(doc.relations)
    for link, record in zip(tree.links, [r for kind in ("affiliation", "attendance", "quote") for r in doc.records(kind)]):
        target = link["href"].lstrip("#")
        assert anchored[target] == record.sentence
        # the tooltip is the evidence sentence itself
        assert link["title"] == doc.sentences[record.sentence].text


def test_one_table_per_record_type_with_one_row_per_record(annotated):
    for doc in annotated:
        tree = parse(render_html(doc))
        for kind in ("affiliation", "attendance", "quote"):
            n = len(doc.records(kind))
            # one header row plus the records; no table at all for a type without records
            assert tree.tables.get(kind, -1) == (n + 1 if n else -1), (doc.id, kind)


def test_boilerplate_sentences_are_marked(annotated):
    doc = annotated[0]  # ends with a BACA JUGA line
    html = render_html(doc)
    index = next(i for i, s in enumerate(doc.sentences) if s.boilerplate)
    tree = parse(html)
    node = next(a for a in tree.ids.values() if a.get("data-sentence") == str(index))
    assert "pemilu-boilerplate" in node["class"]


def _hostile_document() -> Document:
    text = 'Ketua KPU <b>Lahat</b>, Sari <script>alert("x")</script> Wulan, hadir. <img src=x onerror=alert(1)>'
    per_start = text.index("Sari")
    per_end = text.index(" Wulan") + len(" Wulan")
    org = text.index("KPU <b>Lahat</b>")
    return Document(
        id='"><script>alert(1)</script>',
        text=text,
        sentences=[{"start": 0, "end": len(text), "text": text}],
        entities=[
            {"start": org, "end": org + len("KPU <b>Lahat</b>"), "text": "KPU <b>Lahat</b>", "label": "ORG", "sentence": 0},
            {"start": per_start, "end": per_end, "text": text[per_start:per_end], "label": '<i onclick="x">', "sentence": 0},
        ],
        relations=[
            {
                "type": "affiliation",
                "sentence": 0,
                "person": {"start": per_start, "end": per_end, "text": text[per_start:per_end], "label": "PER"},
                "organization": {"start": org, "end": org + 16, "text": "KPU <b>Lahat</b>", "label": "ORG"},
            }
        ],
        meta={"date": "<svg onload=alert(1)>", "region": "<u>x</u>"},
    )


def test_untrusted_text_is_escaped_everywhere():
    doc = _hostile_document()
    html = render(doc)
    tree = parse(html)
    # the only tags are ours: nothing from the text, id, labels or meta became markup
    assert not {"script", "img", "b", "i", "svg", "u"} & set(tree.tags)
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    marks = {m["data-label"]: m["text"] for m in tree.marks}
    assert marks["ORG"] == "KPU <b>Lahat</b>"  # shown as text, exactly
    assert marks['<i onclick="x">'] == 'Sari <script>alert("x")</script> Wulan'


def test_error_document_shows_the_reason():
    doc = Document.failed("line 3: invalid JSON (Expecting value at column 1)", id="bad-3")
    tree_html = render_html(doc)
    assert "line 3: invalid JSON" in tree_html
    assert "pemilu-error" in tree_html
    assert parse(tree_html).marks == []


def test_text_outside_sentences_is_still_shown():
    text = "Judul tanpa kalimat\n\nKetua KPU Lahat hadir."
    start = text.index("Ketua")
    doc = Document(
        text=text,
        sentences=[{"start": start, "end": len(text), "text": text[start:]}],
        entities=[{"start": text.index("Lahat"), "end": text.index("Lahat") + 5, "text": "Lahat", "label": "LOC", "sentence": 0}],
    )
    html = render_html(doc)
    assert "Judul tanpa kalimat" in html
    assert [m["text"] for m in parse(html).marks] == ["Lahat"]


def test_dicts_render_like_documents_and_notebooks_use_the_same_view(annotated):
    doc = annotated[1]
    assert render_html(doc.to_dict()) == render_html(doc)
    assert doc._repr_html_() == render_html(doc)


def test_render_writes_a_standalone_page_with_distinct_anchors(tmp_path, annotated):
    path = tmp_path / "docs.html"
    html = render(annotated, path)
    assert path.read_text(encoding="utf-8") == html
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
    tree = parse(html)
    roots = [k for k, a in tree.ids.items() if a.get("class") == "pemilu-doc"]
    assert len(roots) == len(set(roots)) == len(annotated)
    assert len(tree.marks) == sum(len(d.entities) for d in annotated)


def test_write_html_pages_one_safe_file_per_document(tmp_path, annotated):
    odd = [
        Document(id="../../etc/passwd", text="Ketua KPU Lahat hadir."),
        Document(id=None, text="Tanpa id."),
        Document(id="sampel-001", text="Id yang sama dengan dokumen lain."),
        Document.failed("text is missing", id="rusak"),
    ]
    out = tmp_path / "html"
    pages = write_html_pages(iter([*annotated, *odd]), out)
    assert len(pages) == len(annotated) + len(odd)
    assert len({p.name for p in pages}) == len(pages)
    assert all(p.parent == out and p.exists() for p in pages)
    assert pages[0].name == "sampel-001.html" and pages[len(annotated) + 2].name == "sampel-001-2.html"
    index = (out / "index.html").read_text(encoding="utf-8")
    for page in pages:
        assert f'href="{page.name}"' in index
    assert "text is missing" in index


def test_spacy_doc_renders_like_its_document(nlp):
    from pemilu_nlp.pipeline import to_document

    spacy_doc = nlp.spacy("Anggota KPU Kota Lubuk Raya, Sinta Maharani, hadir dalam apel siaga.")
    assert render_html(spacy_doc) == render_html(to_document(spacy_doc))
    assert render(spacy_doc) == render(to_document(spacy_doc))
    with pytest.raises(TypeError, match="Document"):
        render_html(42)


def test_pipeline_output_renders(nlp):
    doc = nlp(
        "Ketua Bawaslu Kota Lubuk Raya, Sinta Maharani, menghadiri rapat koordinasi di Lubuk Raya. "
        '"Pengawasan harus terbuka," ujar Sinta.',
        id="uji-1",
    )
    tree = parse(render_html(doc))
    assert len(tree.marks) == len(doc.entities)
    assert len([a for a in tree.ids.values() if "data-sentence" in a]) == len(doc.sentences) == 2


def test_write_html_pages_reads_extract_output(tmp_path, annotated):
    jsonl = tmp_path / "documents.jsonl"
    jsonl.write_text("".join(d.to_json() + "\n" for d in annotated), encoding="utf-8")
    pages = write_html_pages(jsonl, tmp_path / "html")
    assert [p.stem for p in pages] == [d.id for d in annotated]
    page = pages[2].read_text(encoding="utf-8")
    assert len(parse(page).marks) == len(annotated[2].entities)
