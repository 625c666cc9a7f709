"""Rendered pages in a real browser: headless Chromium parses, lays out and screenshots them.

The DOM that Chromium builds is the judge of escaping: article text is untrusted, and nothing in
it may become an element or run a script. Skipped when Chromium is not installed
(Debian/Ubuntu: ``apt-get install -y chromium``).
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pemilu_nlp.display import LABEL_COLORS, render
from pemilu_nlp.document import Document

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt-get install -y chromium)"),
]

DATA = Path(__file__).parent / "data"
WIDTH, HEIGHT = 1200, 1500


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={WIDTH},{HEIGHT}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[tuple[str, str]] = []
        self._mark: list[str] | None = None
        self._label: str | None = None
        self._nested = 0
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "mark":
            self._mark, self._label = [], a.get("data-label")
        elif self._mark is not None and tag == "span":
            self._nested += 1

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._label, "".join(self._mark)))
            self._mark = None
        elif tag == "span" and self._nested:
            self._nested -= 1

    def handle_data(self, data):
        self.text.append(data)
        if self._mark is not None and not self._nested:
            self._mark.append(data)


def _dom(tmp_path: Path, page: Path) -> _Dom:
    result = _chromium(tmp_path / "profile-dom", "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Uncaught" not in result.stderr  # no script error while loading the page
    dom = _Dom()
    dom.feed(result.stdout)
    return dom


@pytest.fixture(scope="module")
def annotated() -> list[Document]:
    lines = (DATA / "sample-annotated.jsonl").read_text(encoding="utf-8").splitlines()
    return [Document.model_validate_json(line) for line in lines if line.strip()]


def test_highlighted_entities_are_in_the_browser_dom(tmp_path, annotated):
    doc = annotated[0]
    page = tmp_path / "doc.html"
    render(doc, page)
    dom = _dom(tmp_path, page)
    assert dom.marks == [(e.label, e.text) for e in sorted(doc.entities, key=lambda e: e.start)]
    ids = {a.get("id") for _, a in dom.tags}
    links = [a["href"] for tag, a in dom.tags if tag == "a" and "pemilu-evidence" in a.get("class", "")]
    assert len(links) == len(doc.relations)
    assert all(href.startswith("#") and href[1:] in ids for href in links)


def test_hostile_article_text_stays_text_in_the_browser(tmp_path):
    payload = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
    script = "<script>document.body.setAttribute('data-pwned','2')</script>"
    text = f"Ketua KPU Lahat, Sari Wulan, hadir. {payload} {script}"
    start = text.index("Sari Wulan")
    doc = Document(
        id=f"x{script}",
        text=text,
        sentences=[{"start": 0, "end": len(text), "text": text}],
        entities=[{"start": start, "end": start + 10, "text": "Sari Wulan", "label": "PER", "sentence": 0}],
        meta={"date": payload},
    )
    page = tmp_path / "hostile.html"
    render(doc, page)
    dom = _dom(tmp_path, page)
    tags = [tag for tag, _ in dom.tags]
    assert "img" not in tags and "script" not in tags
    body = next(a for tag, a in dom.tags if tag == "body")
    assert "data-pwned" not in body
    visible = "".join(dom.text)
    assert payload in visible and script in visible  # shown to the reader, as written
    assert dom.marks == [("PER", "Sari Wulan")]


def test_screenshot_shows_the_highlights(tmp_path, annotated):
    image_module = pytest.importorskip("PIL.Image", reason="the screenshot check needs Pillow (display extra)")
    page = tmp_path / "doc.html"
    render(annotated[1], page)
    shot = tmp_path / "doc.png"
    result = _chromium(tmp_path / "profile-shot", f"--screenshot={shot}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    with image_module.open(shot) as image:
        assert image.size == (WIDTH, HEIGHT)
        pixels = image.convert("RGB")
        colours = pixels.getcolors(maxcolors=WIDTH * HEIGHT)
    counts = {rgb: n for n, rgb in colours}
    assert len(counts) > 50, "the screenshot is (nearly) blank"

    def area(label: str) -> int:
        hex_colour = LABEL_COLORS[label].lstrip("#")
        return counts.get(tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)), 0)

    # each entity label's highlight colour covers a visible area of the page
    for label in ("PER", "ORG", "LOC"):
        assert area(label) > 2000, label
