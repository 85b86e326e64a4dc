"""Exports that travel: HTML (self-contained, inert) and PDF (Qt's own writer), picked by the file's suffix from
the command line and from the functions the window calls; hostile answers stay inert and do not stall an export."""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from council_desktop import export_html, history_cli
from council_desktop.council.state import RunState
from council_desktop.export_files import (
    export_format,
    export_runs,
    file_dialog_filter,
    path_for_filter,
)
from council_desktop.export_html import markdown_to_html, to_html, to_html_runs
from council_desktop.storage.export import from_json, from_json_any
from council_desktop.storage.history import HistoryStore
from council_desktop.storage.paths import app_paths
from tests.helpers import replace_member
from tests.storage.test_history import MEMBERS, make_record

HOSTILE = """# Pwned

<script>alert('x')</script>
<img src=file:///etc/passwd onerror=alert(1)>
<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>
<a href="javascript:alert(2)">raw anchor</a>

[js link](javascript:alert(3)) [JS LINK](JaVaScRiPt:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=)
[vb](vbscript:msgbox) [file](file:///etc/passwd) [rel](../../etc/passwd) [entity](&#106;avascript:alert(5))
![secret](file:///etc/passwd) ![remote](https://tracker.example/pixel.png "t") <javascript:alert(6)>
[ref link][r] [good](https://example.com/ok) <https://example.org/auto> [mail](mailto:someone@example.com)

[r]: javascript:alert(7)

```html
<script>alert("in code")</script>
```
"""

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "article", "nav", "ol", "ul", "li", "a",
                "h1", "h2", "h3", "h4", "h5", "h6", "p", "em", "strong", "code", "pre", "blockquote", "div", "span",
                "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "s", "footer"}


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> Tags:
    p = Tags()
    p.feed(page)
    p.close()
    return p


def assert_inert(page: str) -> Tags:
    """Only the tags an export writes; no script, no resource, no event handler; links only to the web, mail or the
    page itself, each with rel=noopener noreferrer."""
    p = parse(page)
    assert {t for t, _ in p.tags} <= ALLOWED_TAGS, {t for t, _ in p.tags} - ALLOWED_TAGS
    for tag, attrs in p.tags:
        assert not [a for a in attrs if a.startswith("on") or a in ("src", "srcset", "background", "action")], tag
        if tag == "a":
            href = attrs["href"] or ""
            if not href.startswith("#run-"):
                assert re.match(r"(https?|mailto):", href), href
                assert attrs.get("rel") == "noopener noreferrer"
        if tag == "meta" and "http-equiv" in attrs:
            assert attrs["content"].startswith("default-src 'none'")
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(styles) == 1 and "url(" not in styles[0] and "@import" not in styles[0]
    return p


def hostile_record(text: str = HOSTILE) -> RunState:
    return replace_member(make_record(), 1, 0, text=text)


# -- formats by name ------------------------------------------------------------------------------------------

def test_the_suffix_picks_the_format():
    assert [export_format(Path(n)) for n in ("a.md", "b.MARKDOWN", "c.json", "d.html", "e.HTM", "f.pdf")] == [
        "markdown", "markdown", "json", "html", "html", "pdf"]
    assert export_format(Path("a.txt")) is None and export_format(Path("html")) is None


def test_the_file_dialog_filter_and_a_name_typed_without_suffix():
    f = file_dialog_filter()
    assert f == ("Markdown (*.md *.markdown);;Web page (*.html *.htm);;PDF (*.pdf);;JSON, for import (*.json)")
    assert file_dialog_filter(str.upper).startswith("MARKDOWN (*.md")  # the window passes its tr()
    filters = f.split(";;")
    assert path_for_filter(Path("/x/run"), filters[2]) == Path("/x/run.pdf")
    assert path_for_filter(Path("/x/run"), filters[1]) == Path("/x/run.html")
    assert path_for_filter(Path("/x/run.json"), filters[2]) == Path("/x/run.json")  # a known suffix wins
    assert path_for_filter(Path("/x/run.v2"), "All files (*)") == Path("/x/run.v2.md")


def test_export_runs_writes_every_format_atomically(tmp_path: Path):
    rec = make_record()
    for name, fmt in (("r.md", "markdown"), ("r.json", "json"), ("r.html", "html"), ("r.htm", "html"),
                      ("r.pdf", "pdf")):
        assert export_runs(rec, tmp_path / name) == fmt
    assert from_json((tmp_path / "r.json").read_text(encoding="utf-8")).to_dict() == rec.to_dict()
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == to_html(rec)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    with pytest.raises(ValueError, match=r"\.html \(web page\) or \.pdf"):
        export_runs(rec, tmp_path / "r.txt")
    with pytest.raises(ValueError, match="no runs"):
        export_runs([], tmp_path / "none.html")
    with pytest.raises(OSError):
        export_runs(rec, tmp_path / "missing" / "r.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.htm", "r.html", "r.json", "r.md", "r.pdf"]


def test_export_runs_of_several_runs(tmp_path: Path):
    a = make_record("a" * 32, prompt="First question")
    b = make_record("b" * 32, prompt="Second question")
    export_runs([a, b], tmp_path / "two.json")
    assert [r.id for r in from_json_any((tmp_path / "two.json").read_text(encoding="utf-8"))] == [a.id, b.id]
    export_runs([a, b], tmp_path / "two.html", title="My selection")
    page = (tmp_path / "two.html").read_text(encoding="utf-8")
    assert "<h1>My selection</h1>" in page and "<title>My selection</title>" in page
    export_runs([a], tmp_path / "one.json")  # one run without a title is a plain run export
    assert from_json((tmp_path / "one.json").read_text(encoding="utf-8")).id == a.id


# -- HTML -----------------------------------------------------------------------------------------------------

def test_html_holds_the_whole_run():
    rec = make_record()
    page = to_html(rec)
    p = assert_inert(page)
    text = "".join(p.text)
    assert page.startswith("<!DOCTYPE html>") and "<title>Why is the sky blue?</title>" in page
    assert "<h1>Why is the sky blue?</h1>" in page
    assert "Why is the sky blue?" in text and rec.id in text
    assert rec.synthesis is not None and rec.synthesis.text in text and rec.synthesis.notice in text
    for run in rec.answers():
        assert run.text.split("**")[0].strip() in text
    assert "<strong>Rayleigh</strong>" in page  # the answers' Markdown is formatted
    assert f"Review by {MEMBERS[0]}" in text
    assert f"Labels: Response A = {MEMBERS[1]}; Response B = {MEMBERS[0]}" in text
    assert f"Parsed ranking (ok): 1. {MEMBERS[0]}, 2. {MEMBERS[1]}" in text
    assert f"<strong>{MEMBERS[1]}</strong> is vaguer than <strong>{MEMBERS[0]}</strong>" in page  # de-anonymised
    assert "The provider returned 502 Bad Gateway." in text and "Out of credits." in text
    assert "Average rank" in text and "Timings, tokens and cost" in text
    assert "the chairman did not write the final answer" in text  # degraded, and why


def test_html_is_self_contained_light_and_dark():
    page = to_html(make_record())
    assert "@media (prefers-color-scheme: dark)" in page and '<meta name="color-scheme" content="light dark">' in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\b(src|srcset)\s*=|url\(|@import", page)


def test_a_hostile_answer_stays_inert_in_html():
    rec = hostile_record()
    page = to_html(rec)
    p = assert_inert(page)
    text = "".join(p.text)
    hrefs = [a.get("href") for t, a in p.tags if t == "a"]
    # the raw HTML is shown as the characters it is
    assert "<script>alert('x')</script>" in text and "<img src=file:///etc/passwd onerror=alert(1)>" in text
    assert '<a href="javascript:alert(2)">raw anchor</a>' in text
    assert '<script>alert("in code")</script>' in text
    # refused links stay visible as text; kept ones are web or mail
    assert "[js link](javascript:alert(3))" in text and "[file](file:///etc/passwd)" in text
    assert "[rel](../../etc/passwd)" in text and "<javascript:alert(6)>" in text
    assert "https://example.com/ok" in hrefs and "https://example.org/auto" in hrefs
    assert "mailto:someone@example.com" in hrefs
    assert not [h for h in hrefs if h and not re.match(r"(https?|mailto):|#run-", h)]
    # images are never loaded: a remote one becomes a link in words, a local one stays text
    assert "[image: remote]" in text and "https://tracker.example/pixel.png" in hrefs
    assert "![secret](file:///etc/passwd)" in text
    # the answer's heading sits under the export's own
    assert "<h4>Pwned</h4>" in page and "<h1>Pwned</h1>" not in page


def test_hostile_prompt_title_error_and_model_names_are_escaped():
    rec = make_record(prompt="<script>alert(1)</script> & <b>bold</b>")
    rec = replace_member(rec, 1, 2, error="<img src=x onerror=alert(1)>")
    page = to_html(rec)
    p = assert_inert(page)
    text = "".join(p.text)
    assert "<script>alert(1)</script> & <b>bold</b>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page


def test_a_2000_row_table_and_a_1_mb_line_export_quickly(tmp_path: Path):
    table = "| n | cell |\n|---:|---|\n" + "".join(f"| {i} | <script>x</script> [j](javascript:x) |\n"
                                                  for i in range(2000))
    for text, rows in ((table, 2001), ("x" * 1_000_000, 0), ("word " * 200_000, 0), ("[" * 1_000_000, 0),
                       ("![" * 500_000, 0), ("a\n=\n" * 200_000, 0)):
        rec = hostile_record(text)
        t0 = time.perf_counter()
        export_runs(rec, tmp_path / "big.html")
        elapsed = time.perf_counter() - t0
        page = (tmp_path / "big.html").read_text(encoding="utf-8")
        assert elapsed < 10, (text[:20], elapsed)
        p = assert_inert(page)
        if rows:
            assert page.count("<tr>") >= rows
            assert page.count("<td>&lt;script&gt;x&lt;/script&gt; [j](javascript:x)</td>") == 2000
        else:
            assert text[:1000] in "".join(p.text)  # everything is there, as text


def test_hostile_shapes_fall_back_to_plain_text_and_say_so():
    for text in ("[" * 1_000_000, "*a " * 300_000):
        out = markdown_to_html(text)
        assert "One paragraph is shown as plain text" in out
        assert out.count("<span class=\"plain\">") == 1
    out = markdown_to_html("***\n" * 200_000)
    assert out.startswith('<p class="muted"><em>Shown as plain text: too long to format (800,000 characters')
    assert "<hr" not in out
    ordinary = "## Part\n\n" + "Some **bold** words and a [link](https://example.com).\n\n" * 2000
    assert export_html.structure_cost(ordinary) < export_html.TEXT_BUDGET  # a 100,000-character answer is formatted
    assert "plain text" not in markdown_to_html(ordinary) and markdown_to_html(ordinary).count("<strong>") == 2000


def test_headings_are_demoted_under_each_level_of_a_multi_run_page():
    a = hostile_record("# Top\n\n## Sub")
    b = dataclasses.replace(make_record("b" * 32, prompt="Another"), thread=a.id)
    page = to_html_runs([a, b])
    assert "<h5>Top</h5>" in page and "<h6>Sub</h6>" in page  # runs at h2, members h4, answers from h5
    assert '<a href="#run-' + a.id + '"' in page and f'id="run-{b.id}"' in page
    assert "<h1>Conversation: Why is the sky blue?</h1>" in page
    assert page.count("(question)") == 2 and page.count("(question, 2025-03-01") == 2  # headings, contents
    assert_inert(page)
    assert markdown_to_html("####### seven", 1) == "<p>####### seven</p>\n"


# -- PDF ------------------------------------------------------------------------------------------------------

def pdf_text(path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True,
                          timeout=120).stdout


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    return max(int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data))


def test_pdf_is_a_valid_pdf_with_the_run(tmp_path: Path):
    from council_desktop.export_pdf import write_pdf

    rec = hostile_record()
    path = tmp_path / "run.pdf"
    pages = write_pdf(rec, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    assert pages == pdf_pages(path) >= 1
    assert b"/JavaScript" not in data and b"/Launch" not in data and b"/URI (javascript" not in data
    text = pdf_text(path)
    assert "Why is the sky blue?" in text and "Aggregate ranking" in text
    assert "<script>alert('x')</script>" in text and "[js link](javascript:alert(3))" in text
    assert "Rayleigh" in text
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
                       check=True, timeout=60)
        png = next(tmp_path.glob("p*.png")).read_bytes()
        assert png.startswith(b"\x89PNG") and len(png) > 2000  # a page with something on it


def test_pdf_of_a_hostile_answer_finishes_quickly(tmp_path: Path):
    from council_desktop.export_pdf import write_pdf

    table = "| a | b |\n|---|---|\n" + "".join(f"| {i} | <script>x</script> |\n" for i in range(2000))
    rec = hostile_record("<script>alert(1)</script>\n\n" + table + "\n\n" + "y" * 1_000_000)
    t0 = time.perf_counter()
    pages = write_pdf(rec, tmp_path / "big.pdf")
    elapsed = time.perf_counter() - t0
    assert elapsed < 45, elapsed  # about 9 s on a busy 2-core machine; 3+ minutes without the layout limits
    assert pages > 100


def test_pdf_loads_no_resource(tmp_path: Path):
    """A FIFO named as an image would block a document that read it; the PDF's document refuses it at once."""
    from council_desktop.export_pdf import _document

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    doc = _document(f'<p>before</p><img src="{fifo}"><img src="file://{fifo}"><p>after</p>'
                    f'<link rel="stylesheet" href="{fifo}">')
    doc.setTextWidth(500)
    assert doc.size().height() > 0  # laid out: every image asked for, none read
    assert "before" in doc.toPlainText() and "after" in doc.toPlainText()


def test_pdf_of_several_runs_has_a_title(tmp_path: Path):
    from council_desktop.export_pdf import write_pdf

    runs = [make_record("a" * 32, prompt="First question"), make_record("b" * 32, prompt="Second question")]
    write_pdf(runs, tmp_path / "two.pdf", title="Two runs")
    text = pdf_text(tmp_path / "two.pdf")
    assert "Two runs" in text and "1. First question" in text and "2. Second question" in text


# -- the command line -----------------------------------------------------------------------------------------

def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="council-desktop")
    history_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return int(args.func(args))


@pytest.fixture
def stored() -> list[str]:
    ids = []
    with HistoryStore(app_paths().history_db) as store:
        for i, prompt in enumerate(["First <b>question</b>", "Second question"]):
            rec = make_record(f"{i + 1:x}" * 32, prompt=prompt, created_at=f"2025-03-0{i + 1}T10:00:00.000+00:00")
            store.save_record(rec)
            ids.append(rec.id)
    return ids


def test_cli_exports_html_and_pdf_by_suffix(stored, tmp_path, capsys):
    assert run("export", stored[0], "-o", str(tmp_path / "run.html")) == 0
    page = (tmp_path / "run.html").read_text(encoding="utf-8")
    assert "<h1>First &lt;b&gt;question&lt;/b&gt;</h1>" in page
    assert run("export", stored[0][:6], "-o", str(tmp_path / "run.HTM")) == 0
    assert run("export", stored[1], "-o", str(tmp_path / "run.pdf")) == 0
    assert (tmp_path / "run.pdf").read_bytes().startswith(b"%PDF-")
    assert run("export", "--all", "-o", str(tmp_path / "all.html")) == 0
    page = (tmp_path / "all.html").read_text(encoding="utf-8")
    assert "<h1>Council history (2 runs)</h1>" in page and page.count('<article class="run"') == 2
    out = capsys.readouterr().out
    assert f"Exported run {stored[0]} to {tmp_path / 'run.html'}" in out and "Exported 2 runs" in out


def test_cli_unknown_suffix_is_still_a_usage_error(stored, tmp_path, capsys):
    assert run("export", stored[0], "-o", str(tmp_path / "run.docx")) == 2
    err = capsys.readouterr().err
    assert ".md (Markdown), .json (JSON), .html (web page) or .pdf (PDF)" in err
    assert not (tmp_path / "run.docx").exists()


@pytest.mark.slow
def test_cli_pdf_without_a_display_or_an_app(council_home, tmp_path):
    """The real command: no QApplication, no DISPLAY, no QT_QPA_PLATFORM — it makes an offscreen one."""
    rec = make_record()
    with HistoryStore(council_home / "data" / "history.sqlite3") as store:
        store.save_record(rec)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["COUNCIL_DESKTOP_HOME"] = str(council_home)
    out = tmp_path / "cli.pdf"
    proc = subprocess.run([sys.executable, "-m", "council_desktop", "export", rec.id, "-o", str(out)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"Exported run {rec.id} to {out}"
    assert out.read_bytes().startswith(b"%PDF-") and pdf_pages(out) >= 1
    assert "PySide6" not in subprocess.run(
        [sys.executable, "-c", "import sys, council_desktop.history_cli, council_desktop.export_files; "
                               "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"],
        capture_output=True, text=True, env=env, timeout=60).stdout.replace("[]", "")
