"""The output contract (``shared/spec/README.md``) as pydantic v2 models.

A :class:`Document` is what the library returns for one article. Every span in it
(sentence, entity, relation argument) carries Python string offsets into
``Document.text`` and the validator checks ``text[start:end] == span.text``, so a
document that leaves this module is internally consistent. Extra keys are allowed
everywhere, as the contract says, and survive a JSON round trip.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Open(BaseModel):
    # The contract allows extra keys anywhere (confidence, normalised names, ids).
    model_config = ConfigDict(extra="allow")


class Span(_Open):
    """A character span of the document text; ``end`` is exclusive."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Mention(Span):
    """A labelled span: an entity or a relation argument (PER, ORG, LOC, ROLE, EVENT, DATE, QUOTE)."""

    label: str


class DateMention(Mention):
    """A date phrase with its ISO value (``2024-11-25``) where it could be resolved."""

    label: str = "DATE"
    value: str | None = None


class Sentence(Span):
    boilerplate: bool = False


class Entity(Mention):
    sentence: int = Field(ge=0)


class Affiliation(_Open):
    """A person holds a role in (or belongs to) an organisation (guidelines 3.1)."""

    type: Literal["affiliation"] = "affiliation"
    sentence: int = Field(ge=0)
    person: Mention
    role: Mention | None = None
    organization: Mention | None = None


class Attendance(_Open):
    """A person or organisation attends, leads or takes part in an event (guidelines 3.2)."""

    type: Literal["attendance"] = "attendance"
    sentence: int = Field(ge=0)
    attendee: Mention
    event: Mention
    location: Mention | None = None
    date: DateMention | None = None


class Quote(_Open):
    """Who said what (guidelines 3.3)."""

    type: Literal["quote"] = "quote"
    sentence: int = Field(ge=0)
    speaker: Mention
    content: Mention
    direct: bool


Relation = Annotated[Union[Affiliation, Attendance, Quote], Field(discriminator="type")]

RELATION_ARGUMENTS: dict[str, tuple[str, ...]] = {
    "affiliation": ("person", "role", "organization"),
    "attendance": ("attendee", "event", "location", "date"),
    "quote": ("speaker", "content"),
}


class Document(_Open):
    """One analysed article."""

    id: str | None = None
    text: str
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)
    error: str | None = Field(
        default=None, description="Why the article could not be analysed; absent on success."
    )

    @model_validator(mode="after")
    def _offsets_match_text(self) -> "Document":
        text = self.text
        for span in self.spans():
            if span.end > len(text) or text[span.start : span.end] != span.text:
                raise ValueError(
                    f"span {span.start}:{span.end} {span.text!r} does not match the document text "
                    f"{text[span.start:span.end]!r}"
                )
        n = len(self.sentences)
        for item in [*self.entities, *self.relations]:
            if n and item.sentence >= n:
                raise ValueError(f"sentence index {item.sentence} out of range ({n} sentences)")
        return self

    def spans(self) -> list[Span]:
        """Every span in the document: sentences, entities and relation arguments."""
        out: list[Span] = [*self.sentences, *self.entities]
        for rel in self.relations:
            for name in RELATION_ARGUMENTS[rel.type]:
                arg = getattr(rel, name)
                if arg is not None:
                    out.append(arg)
        return out

    def records(self, kind: str) -> list[Relation]:
        """The relation records of one type (``affiliation``, ``attendance``, ``quote``)."""
        if kind not in RELATION_ARGUMENTS:
            raise ValueError(f"unknown relation type {kind!r}; expected one of {sorted(RELATION_ARGUMENTS)}")
        return [r for r in self.relations if r.type == kind]

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (``error`` only when set)."""
        data = self.model_dump(mode="json")
        if data.get("error") is None:
            data.pop("error", None)
        return data

    def to_json(self) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def failed(cls, reason: str, *, id: str | None = None, text: str = "", meta: dict[str, Any] | None = None) -> "Document":
        """An error document: stands in for an article that could not be analysed."""
        return cls(id=id, text=text, meta=meta or {}, error=reason)

    def __repr__(self) -> str:
        # the full pydantic dump repeats the whole article; a summary reads better in a REPL
        if self.error is not None:
            return f"<Document id={self.id!r} error={self.error!r}>"
        counts = {kind: len(self.records(kind)) for kind in RELATION_ARGUMENTS}
        return (
            f"<Document id={self.id!r} chars={len(self.text)} sentences={len(self.sentences)} "
            f"entities={len(self.entities)} relations={counts}>"
        )

    def _repr_html_(self) -> str:  # pragma: no cover - exercised in notebooks
        from .display import render_html

        return render_html(self)
