"""Shared test fixtures.

Tests that read the project's labelled data need ``../shared`` beside the checkout
(CI has it; set PEMILU_SHARED to point elsewhere). Without it they are skipped with
a reason, and the core suite still runs on what the repository ships.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PEMILU_SHARED", REPO.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the calling test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (the project's labelled data), not present at {SHARED}")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The shipped default pipeline, loaded once per test session."""
    import pemilu_nlp

    return pemilu_nlp.load()


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    import json

    return json.loads(shared_path("spec", "examples", "seed-article.gold.jsonl").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def blank_model(tmp_path_factory) -> str:
    """Tokenizer + sentence splitter saved as a model directory: fast to load in subprocesses."""
    from pemilu_nlp.pipeline import blank

    path = tmp_path_factory.mktemp("models") / "blank"
    blank().to_disk(path)
    return str(path)
