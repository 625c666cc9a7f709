"""The JSON Schema of the output document, generated from the pydantic models.

``python -m pemilu_nlp.schema [PATH]`` writes it (default: stdout). The checked-in copy
``schema/document.schema.json`` is kept in sync by a test, so consumers in other
languages can validate our output without Python.
"""

from __future__ import annotations

import json
import sys

from .document import Document


def document_schema() -> dict:
    return Document.model_json_schema()


def dumps() -> str:
    return json.dumps(document_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        with open(argv[0], "w", encoding="utf-8") as f:
            f.write(dumps())
    else:
        sys.stdout.write(dumps())
    return 0


if __name__ == "__main__":
    sys.exit(main())
