"""The public pipeline: a spaCy ``Language`` whose output is turned into ``Document``s.

``load()`` opens the pipeline shipped in the package (``pemilu_nlp/models/``) with
no download. ``Pipeline.spacy`` is the underlying ``Language`` for anyone who wants
to add, remove or inspect components.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions
from .document import Document

DEFAULT_MODEL = "pemilu_id_core"
ENTITY_LABELS = ("PER", "ORG", "LOC")
# Characters per batch in one process: bounds the network's working memory (about
# 25 kB a word with floret vectors) whatever the article lengths.
MAX_BATCH_CHARS = 25_000

# Config of the rules-only pipeline (tokenizer + sentences), used when no trained
# model directory is given and as the base the training scripts build on.
BASE_CONFIG: dict[str, Any] = {
    "nlp": {"lang": "id", "tokenizer": {"@tokenizers": "pemilu_nlp.tokenizer.v1"}},
}


def models_dir() -> Path:
    """Where the shipped models live: inside the installed package, or ``models/`` of a source checkout."""
    packaged = Path(__file__).parent / "models"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "models"


def model_path(name: str = DEFAULT_MODEL) -> Path:
    candidate = Path(name)
    if candidate.is_dir() and (candidate / "config.cfg").exists():
        return candidate
    path = models_dir() / name
    if not (path / "config.cfg").exists():
        available = sorted(p.name for p in models_dir().glob("*/") if (p / "config.cfg").exists())
        raise FileNotFoundError(
            f"no pemilu_nlp model {name!r} at {path}; available: {available or 'none'}. "
            "Pass a model name, or the path of a spaCy pipeline directory."
        )
    return path


def blank() -> Language:
    """A pipeline with our tokenizer and sentence splitter only (no statistical model)."""
    nlp = spacy.blank("id", config=BASE_CONFIG)
    nlp.add_pipe("pemilu_sentences")
    return nlp


def load(
    name: str | os.PathLike[str] = DEFAULT_MODEL,
    *,
    backend: str = "spacy",
    stanza_dir: str | os.PathLike[str] | None = None,
    exclude: Iterable[str] = (),
) -> "Pipeline":
    """Load a pipeline: the shipped default, another shipped model by name, or a directory.

    ``backend="stanza"`` runs stanza's tokenizer, tagger and parser (models from
    ``stanza_dir``; nothing is downloaded) under our entity and relation components.
    """
    if backend == "stanza":
        from .stanza_backend import load_stanza

        return Pipeline(load_stanza(model_path(str(name)), stanza_dir, exclude=list(exclude)))
    if backend != "spacy":
        raise ValueError(f"unknown backend {backend!r}; expected 'spacy' or 'stanza'")
    return Pipeline(spacy.load(model_path(str(name)), exclude=list(exclude)))


class Pipeline:
    """Callable analysis pipeline: ``nlp(text) -> Document``; ``nlp.pipe(texts) -> Iterator[Document]``."""

    def __init__(self, nlp: Language) -> None:
        self.spacy = nlp

    def __repr__(self) -> str:
        return f"<pemilu_nlp.Pipeline {self.spacy.pipe_names}>"

    @property
    def pipe_names(self) -> list[str]:
        return list(self.spacy.pipe_names)

    def __call__(
        self,
        text: str,
        id: str | None = None,
        *,
        meta: Mapping[str, Any] | None = None,
        date: str | None = None,
    ) -> Document:
        doc = self.spacy(self._make_doc(text, date))
        return to_document(doc, id=id, meta=meta)

    def _make_doc(self, text: Any, date: str | None) -> Doc:
        doc = self.spacy.make_doc(_text(text))
        doc._.date = date
        return doc

    def pipe(
        self,
        articles: Iterable[str | Mapping[str, Any]],
        *,
        batch_size: int | None = None,
        max_batch_chars: int = MAX_BATCH_CHARS,
        n_process: int = 1,
    ) -> Iterator[Document]:
        """Analyse a stream of articles, in order.

        Each article is a text, or a mapping with ``text`` and optionally ``id``,
        ``date`` and other fields (kept under ``meta``), as in a JSONL corpus.

        A batch holds at most ``batch_size`` articles (default: the model's
        ``nlp.batch_size``) and, in one process, at most ``max_batch_chars`` characters
        (a single longer article still forms a batch of its own): the network's working
        memory grows with the words in a batch, so long articles must not be batched
        as many as short ones.
        """
        size = batch_size or self.spacy.batch_size

        def inputs() -> Iterator[tuple[Any, tuple[str | None, dict[str, Any]]]]:
            for article in articles:
                if isinstance(article, Mapping):
                    fields = dict(article)
                    text = fields.pop("text", None)
                    doc_id = fields.pop("id", None)
                    date = fields.get("date")
                    context = (None if doc_id is None else str(doc_id), fields)
                    # a Doc carries the date into the components; plain text is tokenized in the worker
                    yield (self._make_doc(text, date) if date else _text(text)), context
                else:
                    yield _text(article), (None, {})

        # several processes: spaCy's own multiprocessing batches the whole stream
        batches: Iterable[Iterable[tuple[Any, Any]]] = (
            [inputs()] if n_process != 1 else _batches_by_size(inputs(), size, max_batch_chars)
        )
        for batch in batches:
            for doc, (doc_id, meta) in self.spacy.pipe(
                batch, as_tuples=True, batch_size=size, n_process=n_process
            ):
                yield to_document(doc, id=doc_id, meta=meta)


def _batches_by_size(items: Iterable[tuple[Any, Any]], size: int, max_chars: int) -> Iterator[list[tuple[Any, Any]]]:
    batch: list[tuple[Any, Any]] = []
    chars = 0
    for item in items:
        n = len(item[0].text if isinstance(item[0], Doc) else item[0])
        if batch and (len(batch) >= size or chars + n > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += n
    if batch:
        yield batch


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"article text must be a str, not {type(value).__name__}")
    return value


def _mention(span: Any, label: str) -> dict[str, Any]:
    return {"start": span.start_char, "end": span.end_char, "text": span.text, "label": label}


def to_document(doc: Doc, *, id: str | None = None, meta: Mapping[str, Any] | None = None) -> Document:
    """Turn an analysed spaCy ``Doc`` into the contract's ``Document``."""
    text = doc.text  # Doc.text joins every token: build it once, not once per sentence (O(n^2) on long articles)
    boiler = {(s.start_char, s.end_char) for s in doc.spans.get(extensions.BOILERPLATE, [])}
    sentences: list[dict[str, Any]] = []
    sent_of_token: list[int] = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        sents = list(doc.sents)
    else:
        sents = [doc[:]]
    for sent in sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            for t in sent:
                sent_of_token[t.i] = max(len(sentences) - 1, 0)
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        for t in sent:
            sent_of_token[t.i] = len(sentences)
        sentences.append(
            {"start": start, "end": end, "text": text[start:end], "boilerplate": (start, end) in boiler}
        )
    entities = [
        {**_mention(ent, ent.label_), "sentence": sent_of_token[ent.start]}
        for ent in doc.ents
        if ent.label_ in ENTITY_LABELS
    ]
    return Document(
        id=id,
        text=text,
        sentences=sentences,
        entities=entities,
        relations=list(doc._.relations or []),
        meta=dict(meta or {}),
    )
