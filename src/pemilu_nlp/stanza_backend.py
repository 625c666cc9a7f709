"""The stanza backend: stanza's tokenizer, tagger, lemmatizer and parser under our components.

``pemilu_nlp.load(backend="stanza", stanza_dir=DIR)`` builds the shipped spaCy
pipeline with a different tokenizer: :class:`StanzaTokenizer` runs stanza's
Indonesian ``tokenize,mwt,pos,lemma,depparse`` and returns a spaCy ``Doc`` that
already has tokens, sentences, POS, morphology, lemmas and a dependency tree. The
shipped components whose job stanza has done (our sentence splitter, and any tagger,
parser or lemmatizer) are left out; the statistical NER and the rule and relation
components run on stanza's tokens as they would on spaCy's.

Design decisions (what a stanza user should know):

- Nothing is downloaded, ever: models come from ``stanza_dir`` as laid out by
  ``stanza.download("id", model_dir=DIR)``; ``stanza.Pipeline`` runs with
  ``download_method=None``. Missing stanza or missing models fail at load time.
- One spaCy token per stanza *surface token*. A multi-word token (``ujarnya`` =
  ``ujar`` + ``nya``) stays one token, so offsets index the original text and our
  lexicons and NER, which are written for surface forms (``ujarnya``, ``menurutnya``),
  work unchanged. The token takes the analysis of its head word (the word the others
  depend on: ``ujar``): its POS, features, lemma and its arc; dependents of the other
  words attach to the token.
- A line break always ends a sentence (annotation guidelines 1; stanza would join
  lines): each line is analysed as its own stanza document, all lines of an article
  in one batch. A boilerplate line (``BACA JUGA: ...``) is one sentence whatever stanza
  makes of it, marked in ``doc.spans["boilerplate"]`` as ``pemilu_sentences`` marks it.
- ``nlp.tokenizer.pipe(texts)`` tokenizes only (stanza's tokenize+mwt): spaCy code
  uses it for phrase patterns, and our entity rules tokenize thousands of gazetteer
  names with it at load time. ``nlp(text)`` / ``nlp.pipe`` get the full analysis.
- The tokenizer is registered as ``pemilu_nlp.stanza_tokenizer.v1``, so the
  pipeline's config says what it is: ``nlp.to_disk()`` writes a pipeline that
  ``spacy.load`` reopens with stanza (models from the same ``stanza_dir``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .extensions import BOILERPLATE
from .sentences import LINE_BREAKS, is_boilerplate, split_sentences

if TYPE_CHECKING:  # stanza is an optional dependency: imported only when a pipeline is built
    import stanza

PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
TOKENIZER = "pemilu_nlp.stanza_tokenizer.v1"
# factories of the shipped pipeline whose annotation stanza provides
REPLACED_FACTORIES = frozenset(
    {
        "pemilu_sentences",
        "senter",
        "sentencizer",
        "parser",
        "tagger",
        "morphologizer",
        "lemmatizer",
        "trainable_lemmatizer",
        "attribute_ruler",
    }
)
_INSTALL = "install it with: pip install 'pemilu-nlp[stanza]'"


def _download_hint(lang: str, stanza_dir: str | os.PathLike[str] | None) -> str:
    where = repr(str(stanza_dir)) if stanza_dir is not None else "DIR"
    return (
        "pemilu_nlp never downloads models; on a machine with internet access run\n"
        f'    python -c "import stanza; stanza.download({lang!r}, model_dir={where}, processors={PROCESSORS!r})"\n'
        "and pass that directory as stanza_dir (CLI: --stanza-dir)."
    )


def check_stanza_dir(stanza_dir: str | os.PathLike[str] | None, lang: str = "id") -> Path:
    """The stanza model directory, or an error saying what to install or download.

    Cheap checks only (an import and two paths), so that ``load`` fails before it
    spends seconds loading the spaCy model.
    """
    try:
        import stanza  # noqa: F401
    except ImportError as err:
        raise ImportError(f"the stanza backend needs the stanza package; {_INSTALL}") from err
    if stanza_dir is None:
        raise FileNotFoundError(f"the stanza backend needs stanza_dir, a directory of stanza models. {_download_hint(lang, None)}")
    path = Path(stanza_dir).expanduser()
    if not (path / "resources.json").is_file() or not (path / lang).is_dir():
        raise FileNotFoundError(f"no stanza {lang!r} models in {path}. {_download_hint(lang, path)}")
    return path


def stanza_pipeline(
    stanza_dir: str | os.PathLike[str] | None, *, lang: str = "id", package: str = "default", device: str | None = None
) -> "stanza.Pipeline":
    """A ``stanza.Pipeline`` with the processors the backend needs, from local files only."""
    path = check_stanza_dir(stanza_dir, lang)
    import stanza
    from stanza.pipeline.core import LanguageNotDownloadedError, UnsupportedProcessorError
    from stanza.resources.common import ResourcesFileNotFoundError

    try:
        return stanza.Pipeline(
            lang=lang,
            dir=str(path),
            package=package,
            processors=PROCESSORS,
            download_method=None,
            device=device,
        )
    except (FileNotFoundError, LanguageNotDownloadedError, UnsupportedProcessorError, ResourcesFileNotFoundError) as err:
        raise FileNotFoundError(f"incomplete stanza models in {path} ({err}). {_download_hint(lang, path)}") from err


@dataclass(frozen=True, slots=True)
class Unit:
    """A stretch of ``text[start:end]`` that stanza analyses as one document: a line, or a
    boilerplate sentence (kept one sentence whatever stanza makes of it)."""

    start: int
    end: int
    boilerplate: bool


def _units(text: str) -> list[Unit]:
    """Lines of ``text``, with the boilerplate sentences of ``split_sentences`` kept whole.

    Consecutive non-boilerplate sentences of one line form one unit, in which stanza
    places the sentence boundaries itself.
    """
    units: list[Unit] = []
    for s in split_sentences(text):
        last = units[-1] if units else None
        if (
            last is not None
            and not s.boilerplate
            and not last.boilerplate
            and not any(c in LINE_BREAKS for c in text[last.end : s.start])
        ):
            units[-1] = Unit(last.start, s.end, False)
        else:
            units.append(Unit(s.start, s.end, s.boilerplate))
    return units


class _DocBuilder:
    """Collects spaCy tokens with their annotation, in text order, from stanza sentences.

    Works on full analyses and on tokenization-only ones (no ``upos``/``head`` on the
    words): sentences then come from sentence starts instead of the trees.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[str] = []
        self.spaces: list[bool] = []
        self.starts: list[bool] = []
        self.pos: list[str] = []
        self.tags: list[str] = []
        self.morphs: list[str] = []
        self.lemmas: list[str] = []
        self.deps: list[str] = []
        self.heads: list[int] = []
        self.boilerplate: list[tuple[int, int]] = []
        self.parsed = True  # a tree needs every word's head
        self.tagged = self.lemmatized = False  # set when any word has the annotation
        self.end = 0  # text consumed so far
        self.any_word = False

    def _append(self, word: str, pos: str, tag: str, morph: str, lemma: str, dep: str, head: int) -> None:
        self.words.append(word)
        self.spaces.append(False)
        self.starts.append(False)
        self.pos.append(pos)
        self.tags.append(tag)
        self.morphs.append(morph)
        self.lemmas.append(lemma)
        self.deps.append(dep)
        self.heads.append(head)

    def _gap(self, start: int) -> None:
        """Whitespace up to ``start``: a trailing space on the last token, a space token for the rest."""
        gap = self.text[self.end : start]
        if self.words and gap.startswith(" "):
            self.spaces[-1] = True
            gap = gap[1:]
        if gap:
            i = len(self.words)
            # part of the sentence before it; at the start of the doc, of the first sentence.
            # (Characters stanza skipped as if they were spaces, if any, become an X token:
            # the Doc must still hold every character of the text.)
            head = i - 1 if i else i + 1
            if gap.isspace():
                self._append(gap, "SPACE", "_SP", "", gap, "dep", head)
            else:
                word = gap[:-1] if gap.endswith(" ") else gap
                self._append(word, "X", "X", "", word, "dep", head)
                self.spaces[-1] = word != gap
        self.end = start

    def add_group(self, offset: int, sentences: Sequence[Any]) -> None:
        """Add stanza sentences (of a unit starting at ``offset``) as one spaCy sentence; of
        several sentences given together, the extra roots attach to the first with ``dep``."""
        first_root: int | None = None
        for sent in sentences:
            token_of: dict[int, int] = {}  # stanza word id -> spaCy token index
            heads: list[tuple[int, Any]] = []  # (spaCy token, the word that stands for it)
            for token in sent.tokens:
                start, end = offset + token.start_char, offset + token.end_char
                self._gap(start)
                i = len(self.words)
                word = _head_word(token)
                for w in token.words:
                    token_of[w.id] = i
                heads.append((i, word))
                self.tagged |= word.upos is not None
                self.lemmatized |= word.lemma is not None
                self.parsed &= word.head is not None
                self._append(
                    self.text[start:end],
                    word.upos or "",
                    word.xpos or word.upos or "",
                    word.feats or "",
                    word.lemma or word.text,
                    (word.deprel or "dep") if word.head else "ROOT",
                    i,
                )
                if first_root is None and len(heads) == 1:
                    # the group's first token starts the sentence (the doc's leading whitespace, the first)
                    self.starts[i if self.any_word else 0] = True
                self.any_word = True
                self.end = end
            if not self.parsed:
                first_root = -1  # no tree: the group's later sentences just do not start one
                continue
            for i, word in heads:
                if word.head:
                    self.heads[i] = token_of[word.head]
                elif first_root is None:
                    first_root = i
                else:
                    self.heads[i], self.deps[i] = first_root, "dep"

    def doc(self, vocab: Vocab) -> Doc:
        self._gap(len(self.text))
        if not self.words:
            return Doc(vocab)
        if not self.any_word:  # whitespace only: nothing to annotate
            return Doc(vocab, words=self.words, spaces=self.spaces)
        annotation: dict[str, Any] = {}
        if self.tagged:
            annotation.update(pos=self.pos, tags=self.tags, morphs=self.morphs)
        if self.lemmatized:
            annotation["lemmas"] = self.lemmas
        if self.parsed:
            annotation.update(heads=self.heads, deps=self.deps)
        else:
            annotation["sent_starts"] = self.starts
        doc = Doc(vocab, words=self.words, spaces=self.spaces, **annotation)
        doc.spans[BOILERPLATE] = [
            span for s, e in self.boilerplate if (span := doc.char_span(s, e, alignment_mode="expand")) is not None
        ]
        return doc


def to_spacy_doc(vocab: Vocab, text: str, analysed: Sequence[tuple[Unit, "stanza.Document"]]) -> Doc:
    """The spaCy ``Doc`` of ``text`` from stanza's analyses of its units (in text order)."""
    builder = _DocBuilder(text)
    for unit, stanza_doc in analysed:
        if unit.boilerplate:
            builder.add_group(unit.start, stanza_doc.sentences)
            builder.boilerplate.append((unit.start, unit.end))
            continue
        for sent in stanza_doc.sentences:
            builder.add_group(unit.start, [sent])
            if sent.tokens and is_boilerplate(sent.text):
                start, end = sent.tokens[0].start_char, sent.tokens[-1].end_char
                builder.boilerplate.append((unit.start + start, unit.start + end))
    return builder.doc(vocab)


def _head_word(token: Any) -> Any:
    """The word that stands for a (multi-word) token: the one whose head lies outside the token."""
    words = token.words
    if len(words) == 1:
        return words[0]
    ids = {w.id for w in words}
    outside = [w for w in words if w.head not in ids]
    roots = [w for w in outside if not w.head]
    return (roots or outside or words)[0]


class StanzaTokenizer:
    """spaCy tokenizer that runs a stanza pipeline.

    Like every spaCy tokenizer it maps text to a ``Doc`` with ``doc.text == text``.
    ``tokenizer(text)``, which ``nlp(text)`` and ``nlp.pipe(texts)`` call through
    ``nlp.make_doc``, runs the whole stanza pipeline and also sets ``pos``, ``tag``,
    ``morph``, ``lemma``, ``dep`` and ``head`` (hence sentences) and the
    ``boilerplate`` span group. ``tokenizer.pipe(texts)`` runs stanza's tokenizer and
    MWT expander only (tokens, sentences): spaCy code calls it to tokenize phrase
    patterns and word lists (our entity rules tokenize thousands of gazetteer names
    at load time), where tagging and parsing would cost minutes and change nothing.
    """

    TOKENIZE_ONLY = "tokenize,mwt"

    def __init__(
        self,
        vocab: Vocab,
        stanza_dir: str | os.PathLike[str],
        *,
        lang: str = "id",
        package: str = "default",
        device: str | None = None,
    ) -> None:
        self.vocab = vocab
        self.stanza_dir, self.lang, self.package, self.device = str(stanza_dir), lang, package, device
        self.stanza = stanza_pipeline(stanza_dir, lang=lang, package=package, device=device)

    def __reduce__(self) -> tuple[Any, ...]:
        # a torch pipeline does not pickle; a worker process (nlp.pipe(n_process=2)) reloads it
        return (_rebuild, (self.vocab, self.stanza_dir, self.lang, self.package, self.device))

    def __call__(self, text: str) -> Doc:
        return self._analyse([text], None)[0]

    def pipe(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
        """Tokenize a stream of texts (tokens and sentences only), ``batch_size`` texts per stanza call."""
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._analyse(batch, self.TOKENIZE_ONLY)
                batch = []
        if batch:
            yield from self._analyse(batch, self.TOKENIZE_ONLY)

    def _analyse(self, texts: list[str], processors: str | None) -> list[Doc]:
        """Docs of ``texts``; stanza analyses the units of all of them in one batch."""
        from stanza import Document as StanzaDocument

        units = [_units(text) for text in texts]
        inputs = [StanzaDocument([], text=text[u.start : u.end]) for text, us in zip(texts, units) for u in us]
        analysed = iter(self.stanza(inputs, processors=processors) if inputs else [])
        return [to_spacy_doc(self.vocab, text, [(u, next(analysed)) for u in us]) for text, us in zip(texts, units)]

    # The stanza models live in stanza_dir, named by the config: nothing to serialise.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> "StanzaTokenizer":
        return self

    def to_disk(self, path: str | os.PathLike[str], **kwargs: Any) -> None:
        return None

    def from_disk(self, path: str | os.PathLike[str], **kwargs: Any) -> "StanzaTokenizer":
        return self


def _rebuild(vocab: Vocab, stanza_dir: str, lang: str, package: str, device: str | None) -> StanzaTokenizer:
    return StanzaTokenizer(vocab, stanza_dir, lang=lang, package=package, device=device)


@registry.tokenizers(TOKENIZER)
def create_stanza_tokenizer(
    stanza_dir: str, package: str = "default", device: str | None = None
) -> Callable[[Language], StanzaTokenizer]:
    """Registry entry point: ``[nlp.tokenizer] @tokenizers = "pemilu_nlp.stanza_tokenizer.v1"``."""

    def make(nlp: Language) -> StanzaTokenizer:
        return StanzaTokenizer(nlp.vocab, stanza_dir, lang=nlp.lang, package=package, device=device)

    return make


def replaced_components(model_path: Path) -> list[str]:
    """Components of a pipeline directory whose annotation the stanza tokenizer provides."""
    config = spacy.util.load_config(Path(model_path) / "config.cfg", interpolate=False)
    components = config.get("components", {})
    return [
        name
        for name in config["nlp"]["pipeline"]
        if components.get(name, {}).get("factory") in REPLACED_FACTORIES
    ]


def load_stanza(
    model_path: str | os.PathLike[str],
    stanza_dir: str | os.PathLike[str] | None,
    *,
    exclude: Iterable[str] = (),
    package: str = "default",
    device: str | None = None,
) -> Language:
    """The pipeline at ``model_path`` with stanza as its tokenizer, tagger, lemmatizer and parser.

    ``package`` selects stanza models (``"default"``, or e.g. ``"csui"`` when those
    were downloaded); ``device`` is passed to stanza (None: its choice, GPU if any).
    """
    model_path = Path(model_path)
    models = check_stanza_dir(stanza_dir)  # fail before loading anything
    nlp = spacy.load(
        model_path,
        exclude=[*exclude, *replaced_components(model_path)],
        config={
            "nlp": {
                "tokenizer": {
                    "@tokenizers": TOKENIZER,
                    "stanza_dir": str(models.resolve()),
                    "package": package,
                    "device": device,
                }
            }
        },
    )
    # a shared tok2vec whose only listeners were the replaced components feeds nothing now
    for name, component in list(nlp.pipeline):
        if hasattr(component, "listening_components") and not component.listening_components:
            if nlp.get_pipe_meta(name).factory in ("tok2vec", "transformer"):
                nlp.remove_pipe(name)
    return nlp
