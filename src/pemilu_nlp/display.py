"""HTML views of analysed documents, for notebooks and for reading results in a browser.

- :func:`render_html` is the fragment behind ``Document._repr_html_`` (Jupyter shows a
  ``Document`` this way): the article with its entities highlighted in displaCy's style,
  then one small table per relation type whose rows link back to the evidence sentence.
- :func:`render` writes (or returns) a standalone page for one or more documents.
- :func:`write_html_pages` writes one page per document plus an ``index.html``
  (``pemilu-nlp extract --html DIR``).

Article text and every string in a document come from outside (news sites, JSON files
that anyone may edit), so everything is HTML-escaped; the only markup in the output is
ours. The entity highlighting is spaCy's own ``EntityRenderer`` (displaCy ``manual``
mode), so the look is the one spaCy users know.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from .document import RELATION_ARGUMENTS, Document, Mention

__all__ = ["render_html", "render", "write_html_pages", "LABEL_COLORS"]

# displaCy's colours for the labels it knows (PERSON -> PER), pale ones for the rest.
LABEL_COLORS: dict[str, str] = {
    "PER": "#aa9cfc",
    "ORG": "#7aecec",
    "LOC": "#ff9561",
    "ROLE": "#e4e7d2",
    "EVENT": "#ffeb80",
    "DATE": "#bfe1d9",
    "QUOTE": "#f0d0ff",
}

# Column titles of the record tables, in the contract's argument order.
_TITLES: dict[str, str] = {
    "affiliation": "Affiliations",
    "attendance": "Attendances",
    "quote": "Quotes",
}

# displaCy's TPL_ENT with data attributes, so that the marks can be found (and tested) by
# label and offset; the values are ours (ints, escaped labels).
_TPL_ENT = (
    '<mark class="entity" data-label="{label}" data-start="{start}" data-end="{end}" '
    'style="background: {bg}; padding: 0.35em 0.5em; margin: 0 0.2em; line-height: 1; '
    'border-radius: 0.35em;">{text}<span style="font-size: 0.75em; font-weight: bold; '
    'line-height: 1; border-radius: 0.35em; vertical-align: middle; margin-left: 0.4rem">'
    "{label}{kb_link}</span></mark>"
)

_CSS = """
.pemilu-doc { font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif;
  font-size: 15px; line-height: 1.5; max-width: 60rem; color: #222; }
.pemilu-doc h3 { margin: 0.2em 0; font-size: 1.15em; }
.pemilu-doc h4 { margin: 1em 0 0.3em 0; font-size: 1em; }
.pemilu-doc .pemilu-meta { color: #666; font-size: 0.9em; margin-bottom: 0.6em; }
.pemilu-doc .pemilu-text { border-left: 3px solid #ddd; padding-left: 0.6em; }
.pemilu-doc .pemilu-sentence { display: flex; gap: 0.5em; align-items: baseline; }
.pemilu-doc .pemilu-sentence .entities { line-height: 2.3 !important; flex: 1; }
.pemilu-doc .pemilu-sentence:target { background: #fff6c8; }
.pemilu-doc .pemilu-boilerplate { color: #999; font-style: italic; }
.pemilu-doc .pemilu-sno { color: #999; font-size: 0.75em; min-width: 2.2em; text-align: right;
  text-decoration: none; }
.pemilu-doc table.pemilu-records { border-collapse: collapse; font-size: 0.9em; margin-bottom: 0.5em; }
.pemilu-doc table.pemilu-records th, .pemilu-doc table.pemilu-records td {
  border: 1px solid #ddd; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
.pemilu-doc table.pemilu-records th { background: #f4f4f4; }
.pemilu-doc .pemilu-arg { border-radius: 0.3em; padding: 0.05em 0.3em; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.pemilu-doc .pemilu-arg small { font-weight: bold; font-size: 0.7em; margin-left: 0.3em; }
.pemilu-doc .pemilu-none { color: #aaa; }
.pemilu-doc .pemilu-error { background: #fde2e1; border: 1px solid #f5a6a3; padding: 0.5em; }
.pemilu-doc .pemilu-legend span { border-radius: 0.3em; padding: 0.05em 0.4em; margin-right: 0.4em;
  font-size: 0.8em; font-weight: bold; }
"""

_PAGE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="pemilu_nlp">
<title>{title}</title>
</head>
<body style="margin: 2rem;">
{content}
</body>
</html>
"""


def _as_document(doc: Any) -> Document:
    """A ``Document`` from a Document, its dict, or an analysed spaCy ``Doc`` (``nlp.spacy(text)``)."""
    if isinstance(doc, Document):
        return doc
    if isinstance(doc, Mapping):
        return Document.model_validate(dict(doc))
    if isinstance(doc, Doc):
        from .pipeline import to_document

        return to_document(doc)
    raise TypeError(f"expected a pemilu_nlp Document, its dict or a spaCy Doc, not {type(doc).__name__}")


def _anchor_prefix(doc: Document) -> str:
    # Several documents share one notebook or page, so their sentence anchors must differ;
    # a hash of id and text is stable across runs and safe in an id attribute.
    digest = hashlib.sha1(f"{doc.id}\x00{doc.text}".encode("utf-8")).hexdigest()[:10]
    return f"pemilu-{digest}"


def _color(label: str) -> str:
    return LABEL_COLORS.get(label.upper(), "#ddd")


def _segments(doc: Document) -> list[tuple[int | None, int, int]]:
    """(sentence index or None, start, end): the sentences, and any non-blank text between them.

    Documents produced by the pipeline cover their text with sentences; a document read from
    elsewhere might not, and its uncovered text must still be shown.
    """
    out: list[tuple[int | None, int, int]] = []
    pos = 0
    for i, sent in sorted(enumerate(doc.sentences), key=lambda item: item[1].start):
        if sent.start > pos and doc.text[pos : sent.start].strip():
            out.append((None, pos, sent.start))
        out.append((i, sent.start, sent.end))
        pos = max(pos, sent.end)
    if doc.text[pos:].strip():
        out.append((None, pos, len(doc.text)))
    return out


def _highlight(doc: Document, start: int, end: int) -> str:
    """displaCy entity markup of ``doc.text[start:end]`` (escaped by spaCy's renderer)."""
    from spacy.displacy.render import EntityRenderer

    spans = []
    last = start
    for ent in sorted(doc.entities, key=lambda e: (e.start, -e.end)):
        if ent.start < last or ent.end > end or ent.start < start:
            continue  # outside this segment, or overlapping the previous mark
        label = escape(ent.label)
        spans.append(
            {
                "start": ent.start - start,
                "end": ent.end - start,
                "label": label,
                "params": {"start": ent.start, "end": ent.end},
            }
        )
        last = ent.end
    renderer = EntityRenderer({"colors": {escape(k): v for k, v in LABEL_COLORS.items()}, "template": _TPL_ENT})
    return renderer.render_ents(doc.text[start:end], spans, None)


def _text_html(doc: Document, prefix: str) -> str:
    parts = []
    for index, start, end in _segments(doc):
        body = _highlight(doc, start, end)
        if index is None:
            parts.append(f'<div class="pemilu-sentence"><span class="pemilu-sno"></span>{body}</div>')
            continue
        sent = doc.sentences[index]
        cls = "pemilu-sentence pemilu-boilerplate" if sent.boilerplate else "pemilu-sentence"
        anchor = f"{prefix}-s{index}"
        tip = ' title="boilerplate"' if sent.boilerplate else ""
        parts.append(
            f'<div class="{cls}" id="{anchor}" data-sentence="{index}"{tip}>'
            f'<a class="pemilu-sno" href="#{anchor}">{index}</a>{body}</div>'
        )
    return '<div class="pemilu-text">' + "".join(parts) + "</div>"


def _mention_html(mention: Mention | None) -> str:
    if mention is None:
        return '<span class="pemilu-none">&ndash;</span>'
    value = getattr(mention, "value", None)
    extra = f" = {escape(str(value))}" if value else ""
    return (
        f'<span class="pemilu-arg" style="background: {_color(mention.label)}" '
        f'data-start="{mention.start}" data-end="{mention.end}">{escape(mention.text)}{extra}'
        f"<small>{escape(mention.label)}</small></span>"
    )


def _sentence_link(doc: Document, index: int, prefix: str) -> str:
    tip = escape(doc.sentences[index].text, quote=True) if index < len(doc.sentences) else ""
    return f'<a class="pemilu-evidence" href="#{prefix}-s{index}" title="{tip}">s{index}</a>'


def _records_html(doc: Document, prefix: str) -> str:
    parts = []
    for kind, arguments in RELATION_ARGUMENTS.items():
        records = doc.records(kind)
        if not records:
            continue
        head = "".join(f"<th>{name}</th>" for name in arguments)
        extra = "<th>direct</th>" if kind == "quote" else ""
        rows = []
        for record in records:
            cells = "".join(f"<td>{_mention_html(getattr(record, name))}</td>" for name in arguments)
            if kind == "quote":
                cells += f"<td>{'yes' if record.direct else 'no'}</td>"
            rows.append(f"<tr><td>{_sentence_link(doc, record.sentence, prefix)}</td>{cells}</tr>")
        parts.append(
            f'<h4>{_TITLES[kind]} ({len(records)})</h4>'
            f'<table class="pemilu-records" data-type="{kind}"><thead><tr><th>sentence</th>{head}{extra}'
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    if not parts:
        return '<p class="pemilu-none">No relation records.</p>'
    return "".join(parts)


def _legend(doc: Document) -> str:
    labels = sorted({e.label for e in doc.entities})
    if not labels:
        return ""
    chips = "".join(f'<span style="background: {_color(lab)}">{escape(lab)}</span>' for lab in labels)
    return f'<div class="pemilu-legend">{chips}</div>'


def _meta_line(doc: Document) -> str:
    bits = []
    date = doc.meta.get("date")
    if date:
        bits.append(escape(str(date)))
    for key in ("source", "url", "region"):
        if doc.meta.get(key):
            bits.append(escape(str(doc.meta[key])))
    counts = (
        f"{len(doc.sentences)} sentences, {len(doc.entities)} entities, {len(doc.relations)} records"
    )
    bits.append(counts)
    return f'<div class="pemilu-meta">{" &middot; ".join(bits)}</div>'


def render_html(doc: Document | Mapping[str, Any] | Doc, *, style: bool = True) -> str:
    """An HTML fragment showing one document: highlighted text, then the relation records.

    ``doc``: a ``Document``, its dict (a line of ``pemilu-nlp extract`` output) or an analysed
    spaCy ``Doc``.
    ``style=False`` leaves out the ``<style>`` block (when a page already holds it).
    """
    document = _as_document(doc)
    prefix = _anchor_prefix(document)
    title = escape(document.id) if document.id is not None else "(no id)"
    parts = [f"<style>{_CSS}</style>"] if style else []
    parts.append(f'<div class="pemilu-doc" id="{prefix}" data-id="{escape(document.id or "", quote=True)}">')
    parts.append(f"<h3>{title}</h3>")
    parts.append(_meta_line(document))
    if document.error is not None:
        parts.append(f'<div class="pemilu-error"><b>Not analysed:</b> {escape(document.error)}</div>')
    if document.text:
        parts.append(_legend(document))
        parts.append(_text_html(document, prefix))
        parts.append(_records_html(document, prefix))
    parts.append("</div>")
    return "".join(parts)


def _page(documents: list[Document], title: str) -> str:
    body = f"<style>{_CSS}</style>" + '<hr style="margin: 2em 0">'.join(
        render_html(d, style=False) for d in documents
    )
    return _PAGE.format(title=escape(title), content=body)


def render(
    docs: Document | Mapping[str, Any] | Doc | Iterable[Document | Mapping[str, Any] | Doc],
    path: str | os.PathLike[str] | None = None,
    *,
    title: str | None = None,
) -> str:
    """A standalone HTML page of one document (or several, one after another).

    Returns the page; with ``path`` also writes it there (UTF-8).

    >>> pemilu_nlp.render(doc, path="doc.html")  # doctest: +SKIP
    """
    if isinstance(docs, (Document, Mapping, Doc)):  # one document (a spaCy Doc iterates tokens)
        documents = [_as_document(docs)]
    else:
        documents = [_as_document(d) for d in docs]
    if title is None:
        title = (documents[0].id or "pemilu_nlp document") if len(documents) == 1 else "pemilu_nlp documents"
    html = _page(documents, title)
    if path is not None:
        Path(path).write_text(html, encoding="utf-8")
    return html


_UNSAFE = re.compile(r"[^\w.-]+")


def _file_stem(doc: Document, number: int) -> str:
    # ids are free text (URLs, titles): keep letters, digits, '.', '-', '_'; never a path
    stem = _UNSAFE.sub("_", doc.id or "").strip("._")[:80]
    return stem or f"doc-{number:05d}"


def write_html_pages(
    docs: str | os.PathLike[str] | Iterable[Document | Mapping[str, Any]],
    directory: str | os.PathLike[str],
) -> list[Path]:
    """One HTML page per document in ``directory`` (created), and an ``index.html`` linking them.

    ``docs``: ``Document``s, their dicts, or the path of a JSONL file written by
    ``pemilu-nlp extract``. File names come from document ids made safe for a file system
    (``doc-00001.html`` for a document without an id); clashes get a numeric suffix. Returns
    the pages written, in input order (the index not included). Documents are read one at a
    time, so a large corpus is never held in memory.
    """
    if isinstance(docs, (str, os.PathLike)):
        from .tables import iter_documents  # reads JSONL line by line; needs no pandas

        docs = iter_documents(docs)
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    used: set[str] = {"index"}
    rows: list[str] = []
    for number, item in enumerate(docs, start=1):
        doc = _as_document(item)
        stem = base = _file_stem(doc, number)
        suffix = 1
        while stem.lower() in used:
            suffix += 1
            stem = f"{base}-{suffix}"
        used.add(stem.lower())
        path = out / f"{stem}.html"
        path.write_text(_page([doc], doc.id or stem), encoding="utf-8")
        written.append(path)
        status = escape(doc.error) if doc.error else f"{len(doc.entities)} entities, {len(doc.relations)} records"
        rows.append(
            f'<tr><td><a href="{escape(path.name, quote=True)}">{escape(doc.id or stem)}</a></td>'
            f"<td>{escape(str(doc.meta.get('date', '')))}</td><td>{status}</td></tr>"
        )
    index = (
        '<div class="pemilu-doc"><h3>pemilu_nlp: '
        f"{len(written)} documents</h3>"
        '<table class="pemilu-records"><thead><tr><th>id</th><th>date</th><th>analysis</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
    (out / "index.html").write_text(
        _PAGE.format(title="pemilu_nlp documents", content=f"<style>{_CSS}</style>{index}"), encoding="utf-8"
    )
    return written
