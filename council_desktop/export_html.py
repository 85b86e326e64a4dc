"""HTML exports: one self-contained page for a run, a conversation, a selection or the whole history.

The page loads nothing (no script, no style sheet, no font, no image: its Content-Security-Policy says so too),
reads offline in any browser, and follows the reader's light or dark preference. Every answer, review and prompt
is untrusted text: it is rendered from Markdown by markdown-it-py with raw HTML turned off, so a ``<script>`` in an
answer is shown as the characters it is; links are kept only for http(s) and mailto (with
``rel="noopener noreferrer"``), anything else stays visible as text; images are never loaded, an image becomes
``[image: alt]`` (a link to its address when that is http(s)).

The same body, with a simpler style sheet Qt's rich-text engine understands (``target="qt"``), is what the PDF
export lays out (:mod:`council_desktop.export_pdf`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

from council_desktop import __version__
from council_desktop.council.prompts import deanonymize
from council_desktop.council.state import FORMAT_VERSION, MemberState, MemberStatus, RunState
from council_desktop.storage.export import _cost, _secs, _tokens, _when

__all__ = ["markdown_to_html", "to_html", "to_html_runs"]

Target = Literal["browser", "qt"]

_STAGE_NAMES = {1: "Answer", 2: "Review", 3: "Synthesis"}
_LINK_SCHEMES = ("http:", "https:", "mailto:")
_REL = "noopener noreferrer"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# -- Markdown ------------------------------------------------------------------------------------------------

def _link_allowed(url: str) -> bool:
    """Only web and mail links survive; markdown-it leaves a refused link (or image) as its literal text."""
    return url.strip().lower().startswith(_LINK_SCHEMES)


def _render_link_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    tokens[idx].attrSet("rel", _REL)
    result: str = self.renderToken(tokens, idx, options, env)
    return result


def _render_image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    src = str(token.attrGet("src") or "")
    label = f"[image: {_e(alt or src)}]"
    if src and _link_allowed(src):
        return f'<a class="image" href="{_e(src)}" rel="{_REL}">{label}</a>'
    return f'<span class="image">{label}</span>'


def _render_plain_inline(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    content = tokens[idx].content
    if not env.get("qt"):
        return f'<span class="plain">{_e(content)}</span>'
    # Qt: a long paragraph becomes several (each laid out quickly); where a block cannot be split (a table cell, a
    # heading, an item of a tight list) it is cut at QT_BLOCK characters, and says so
    parent = tokens[idx - 1] if idx else None
    if parent is not None and parent.type == "paragraph_open" and not parent.hidden:
        return "</p>\n<p>".join(f'<span class="plain">{_e(_wrappable(part))}</span>'
                                for part in _chunks(content, QT_LINE))
    if len(content) <= QT_BLOCK:
        return f'<span class="plain">{_e(_wrappable(content))}</span>'
    kept = content[:QT_BLOCK]
    return (f'<span class="plain">{_e(_wrappable(kept))}</span> <em class="muted">[… {len(content) - len(kept):,} '
            "more characters, in the HTML and JSON exports]</em>")


def _render_table_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return '<div class="table">\n' + str(self.renderToken(tokens, idx, options, env))


def _render_table_close(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return str(self.renderToken(tokens, idx, options, env)) + "</div>\n"


# markdown-it-py formats ordinary prose at about 1 µs a character on a slow machine, but hostile shapes cost far
# more: a paragraph of markup characters (``[[[[``, ``![![``, ``*a *a``) 20-80 µs for each of them, hundreds of
# thousands of short lines (``***``, ``a`` / ``=``, link definitions) 20-150 µs a line, a table 60 µs a cell. So:
# - a whole text is costed first (its length, plus LINE_WEIGHT a line and CELL_WEIGHT a ``|``); over TEXT_BUDGET
#   it is shown as plain escaped text, with the reason;
# - then, before the inline pass, each paragraph, heading and table cell is costed (its length plus MARKUP_WEIGHT a
#   markup character); one over BLOCK_BUDGET, and every one after the text has spent TEXT_BUDGET, is shown as plain
#   escaped text instead.
# A unit is roughly a microsecond of the worst case: a hostile answer takes a few seconds at most, and ordinary
# answers never come near (a 100,000-character answer of 2,000 lines with a few tables costs about 250,000).
MARKUP = "[]!*_<`&\\~"
MARKUP_WEIGHT = 40
LINE_WEIGHT = 60
CELL_WEIGHT = 60
BLOCK_BUDGET = 500_000
TEXT_BUDGET = 2_000_000


def structure_cost(text: str) -> int:
    """What parsing ``text``'s blocks costs, in the units of TEXT_BUDGET (about 1 µs each, worst case)."""
    return len(text) + LINE_WEIGHT * text.count("\n") + CELL_WEIGHT * text.count("|")


def inline_cost(text: str) -> int:
    """What formatting ``text`` as one inline block costs, in the units of BLOCK_BUDGET."""
    return len(text) + MARKUP_WEIGHT * sum(text.count(c) for c in MARKUP)


# Qt lays short blocks out quickly and long ones slowly: one paragraph of a million characters took 14 s to
# paginate where a thousand paragraphs of a thousand took 1.5 s, and a run without a place to wrap is quadratic
# (a million "x" took over 3 minutes). So for the PDF a run of more than QT_RUN characters without a space gets a
# zero-width space every QT_WRAP characters (places to wrap: lines stay nearly full); lines of code and plain text
# are cut at QT_LINE characters; a paragraph over QT_BLOCK characters is shown as plain paragraphs of at most
# QT_LINE.
QT_RUN = 100
QT_WRAP = 16
QT_LINE = 4_000
QT_BLOCK = 20_000
_LONG_RUN = re.compile(r"\S{%d,}" % (QT_RUN + 1))  # noqa: UP031 - a regex quantifier, braces would double


def _wrappable(text: str) -> str:
    """``text`` with a zero-width space every QT_WRAP characters of a run of more than QT_RUN without whitespace."""
    if len(text) <= QT_RUN:
        return text
    return _LONG_RUN.sub(lambda m: "\u200b".join(m[0][i:i + QT_WRAP] for i in range(0, len(m[0]), QT_WRAP)), text)


def _chunks(text: str, width: int) -> list[str]:
    """``text`` in pieces of at most ``width`` characters, cut after a space where one is near the end."""
    parts = []
    while len(text) > width:
        cut = text.rfind(" ", width - width // 10, width)
        cut = width if cut < 0 else cut + 1
        parts.append(text[:cut])
        text = text[cut:]
    parts.append(text)
    return parts


def qt_text(text: str) -> str:
    """Text that keeps its lines (code, a prompt, plain text) made quick for Qt to lay out: long lines cut into
    lines of at most QT_LINE characters (each its own block), long runs given places to wrap."""
    if len(text) > QT_LINE:
        text = "\n".join(part for line in text.split("\n") for part in _chunks(line, QT_LINE))
    return _wrappable(text)


def _qt_tokens(tokens: Sequence[Token]) -> None:
    for t in tokens:
        if t.type in ("fence", "code_block"):
            t.content = qt_text(t.content)
        elif t.type == "inline":
            for child in t.children or ():
                if child.type in ("text", "code_inline"):
                    child.content = _wrappable(child.content)


def _budget_inline(state: Any) -> None:
    spent = 0
    qt = bool(state.env.get("qt"))
    for token in state.tokens:
        if token.type != "inline":
            continue
        cost = inline_cost(token.content)
        if cost > BLOCK_BUDGET or spent + cost > TEXT_BUDGET or (qt and len(token.content) > QT_BLOCK):
            token.type = "plain_inline"  # the inline rule passes it by; _render_plain_inline escapes it
            state.env["plain_blocks"] = state.env.get("plain_blocks", 0) + 1
        else:
            spent += cost


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.validateLink = _link_allowed  # type: ignore[method-assign]
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("plain_inline", _render_plain_inline)
    md.core.ruler.before("inline", "council_budget", _budget_inline)
    md.add_render_rule("table_open", _render_table_open)
    md.add_render_rule("table_close", _render_table_close)
    return md


def markdown_to_html(text: str, top: int = 1, *, target: Target = "browser") -> str:
    """Untrusted Markdown as inert HTML; its headings shifted so the highest is ``<h{top}>`` (6 is the floor).
    ``target="qt"``: made quick for Qt's layout (see QT_LINE)."""
    if structure_cost(text) > TEXT_BUDGET:
        return plain_text_html(text, f"too long to format ({len(text):,} characters, "
                                     f"{text.count(chr(10)) + 1:,} lines)", target=target)
    md = _markdown()
    env: dict[str, Any] = {"qt": target == "qt"}
    tokens = md.parse(text, env)
    if target == "qt":
        _qt_tokens(tokens)
    levels = [int(t.tag[1]) for t in tokens if t.type == "heading_open"]
    if levels and min(levels) < top:
        shift = top - min(levels)
        for t in tokens:
            if t.type in ("heading_open", "heading_close"):
                t.tag = f"h{min(6, int(t.tag[1]) + shift)}"
    out: str = md.renderer.render(tokens, md.options, env)
    plain = env.get("plain_blocks", 0)
    if plain:
        what = "One paragraph is" if plain == 1 else f"{plain:,} paragraphs are"
        out = f'<p class="muted"><em>{what} shown as plain text: too long to format.</em></p>\n' + out
    return out


def plain_text_html(text: str, reason: str, *, target: Target = "browser") -> str:
    """``text`` escaped, its lines kept (and wrapped), under a line that says why it is not formatted."""
    return (f'<p class="muted"><em>Shown as plain text: {_e(reason)}.</em></p>'
            f'<pre class="plain">{_e(qt_text(text) if target == "qt" else text)}</pre>')


# -- the page ------------------------------------------------------------------------------------------------

_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; form-action 'none'; "
        "base-uri 'none'; frame-ancestors 'none'")

_BROWSER_CSS = """
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0;
  --code: #f6f8fa; --link: #0969da; --warn: #9a6700; --bad: #d1242f; --ok: #1a7f37; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --code: #151b23; --link: #4493f8;
    --warn: #d29922; --bad: #f85149; --ok: #3fb950; }
}
html { background: var(--bg); color: var(--fg); }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
  sans-serif; }
main { max-width: 54rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; overflow-wrap: anywhere; }
a { color: var(--link); }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 .6em; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.45rem; border-bottom: 1px solid var(--border); padding-bottom: .2em; }
h3 { font-size: 1.2rem; } h4, h5, h6 { font-size: 1.05rem; }
pre { background: var(--code); padding: .75rem 1rem; border-radius: 6px; overflow-x: auto; overflow-wrap: normal; }
pre.plain { white-space: pre-wrap; overflow-wrap: anywhere; background: none; padding: 0; font-family: inherit; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .9em; }
:not(pre) > code { background: var(--code); padding: .1em .3em; border-radius: 4px; }
.table { overflow-x: auto; margin: .8em 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--border); padding: .3rem .6rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: 0 0 1em; padding: .1rem 1rem; border-left: .25rem solid var(--border); }
.question { white-space: pre-wrap; }
.stats, .muted, footer { color: var(--muted); font-size: .9rem; }
.notice { border-left: .25rem solid var(--warn); padding: .3rem 1rem; }
.stopped { color: var(--bad); }
.image { color: var(--muted); font-style: italic; }
.member { margin-left: 0; }
nav ol { padding-left: 1.5rem; }
hr { border: 0; border-top: 1px solid var(--border); margin: 2.5rem 0; }
@media print {
  main { max-width: none; padding: 0; }
  pre { white-space: pre-wrap; overflow: visible; }
  .table { overflow: visible; }
  a { color: inherit; }
}
"""

# Qt's rich-text engine knows a subset of CSS 2.1: no variables, no media queries, no overflow. Light only (paper).
_QT_CSS = """
body { color: #1f2328; }
h1 { font-size: 20pt; } h2 { font-size: 16pt; } h3 { font-size: 13pt; } h4, h5, h6 { font-size: 11pt; }
a { color: #0969da; }
pre { background-color: #f6f8fa; white-space: pre-wrap; font-family: monospace; }
code { font-family: monospace; background-color: #f6f8fa; }
table { border-collapse: collapse; border-color: #d1d9e0; }
th, td { border: 1px solid #d1d9e0; padding: 3px; }
th { background-color: #f6f8fa; text-align: left; }
td.num, th.num { text-align: right; }
blockquote { margin-left: 12px; color: #3d444d; }
.question { white-space: pre-wrap; }
pre.plain { background-color: #ffffff; font-family: sans-serif; }
.stats, .muted, .footer { color: #59636e; }
.notice { color: #7d4e00; }
.stopped { color: #b4232c; }
.image { color: #59636e; font-style: italic; }
"""


def _page(title: str, body: str, target: Target) -> str:
    if target == "qt":
        return (f"<html><head><meta charset=\"utf-8\"><title>{_e(title)}</title>"
                f"<style>{_QT_CSS}</style></head><body>{body}</body></html>")
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        f'<meta name="generator" content="LLM Council Desktop {_e(__version__)}">',
        f"<title>{_e(title)}</title>",
        f"<style>{_BROWSER_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        body,
        "</main>",
        "</body>",
        "</html>",
        "",
    ])


def _footer() -> str:
    return (f'<footer class="footer"><p>Exported from LLM Council Desktop {_e(__version__)} '
            f"(format {FORMAT_VERSION}).</p></footer>")


def to_html(record: RunState, *, target: Target = "browser") -> str:
    """One run as a page: question, final answer, ranking, every answer and review, costs, errors."""
    body = _run_html(record, 1, target=target) + "\n" + _footer()
    return _page(record.title or "Council run", body, target)


def to_html_runs(records: Sequence[RunState], title: str | None = None, *, target: Target = "browser") -> str:
    """Several runs as one page: a conversation reads turn by turn; a contents list links to each run."""
    if len(records) == 1:
        return to_html(records[0], target=target)
    thread = len({r.thread_id for r in records}) == 1
    heading = title or (f"Conversation: {records[0].title}" if thread else f"{len(records)} council runs")
    out = [f"<h1>{_e(heading)}</h1>", "<nav><ol>"]
    kinds = []
    for r in records:
        kind = ("follow-up" if r.conversation else "re-run" if r.redo else "question") if thread else "run"
        kinds.append(kind)
        out.append(f'<li><a href="#run-{_e(r.id)}">{_e(r.title)}</a> <span class="muted">({kind}, '
                   f"{_e(_when(r.created_at))})</span></li>")
    out.append("</ol></nav>")
    for i, (r, kind) in enumerate(zip(records, kinds, strict=True), 1):
        out += ["<hr>", _run_html(r, 2, target=target, prefix=f"{i}. ", suffix=f" ({kind})")]
    out.append(_footer())
    return _page(heading, "\n".join(out), target)


def _h(level: int, text: str, *, anchor: str | None = None) -> str:
    level = min(6, level)
    ident = f' id="{_e(anchor)}"' if anchor else ""
    return f"<h{level}{ident}>{text}</h{level}>"


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[int] = (), cls: str = "") -> str:
    """A table of already-escaped cells; columns in ``numeric`` are right-aligned."""
    def row(cells: Sequence[str], tag: str) -> str:
        return "<tr>" + "".join(
            f'<{tag} class="num">{c}</{tag}>' if i in numeric else f"<{tag}>{c}</{tag}>"
            for i, c in enumerate(cells)) + "</tr>"
    cls_attr = f' class="{cls}"' if cls else ""
    return (f'<div class="table"><table{cls_attr}><thead>{row(head, "th")}</thead><tbody>'
            + "".join(row(r, "td") for r in rows) + "</tbody></table></div>")


def _stats(run: MemberState) -> str:
    return (f'<p class="stats">{_e(_secs(run.duration_ms))} · {_e(_tokens(run))} tokens · '
            f"cost {_e(_cost(run.cost))}</p>")


def _stopped(run: MemberState, top: int, target: Target, label_map: dict[str, str] | None = None) -> list[str]:
    word = {MemberStatus.SKIPPED: "Skipped", MemberStatus.CANCELLED: "Cancelled"}.get(run.status, "Failed")
    out = [f'<p class="stopped"><em>{word}: {_e(run.error or "")}</em></p>']
    if run.text:
        text = deanonymize(run.text, label_map) if label_map else run.text
        out += [f'<p class="stats"><em>Partial answer — {_e(run.status.value)}, {run.token_count} tokens:</em></p>',
                f'<div class="member partial">{markdown_to_html(text, top, target=target)}</div>']
    return out


def _run_html(r: RunState, level: int, *, target: Target, prefix: str = "", suffix: str = "") -> str:
    """One run's section; its title at ``<h{level}>``, its parts one level down, answers' headings below those."""
    sub, member, content = level + 1, level + 2, level + 3
    out = [f'<article class="run" id="run-{_e(r.id)}">',
           _h(level, _e(prefix + (r.title or "Council run") + suffix))]
    meta = [("Run", f"<code>{_e(r.id)}</code>"), ("Date", _e(_when(r.created_at))), ("Status", _e(r.status)),
            ("Council", _e(", ".join(r.members))), ("Chairman", _e(r.chairman)),
            ("Wall time", _e(_secs(r.wall_ms))), ("Tokens", _e(r.total_tokens)), ("Cost", _e(_cost(r.total_cost)))]
    if r.degraded:
        meta.append(("Degraded", _e("; ".join(r.degraded_reasons))))
    out.append('<div class="table"><table class="meta"><tbody>'
               + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in meta) + "</tbody></table></div>")
    if r.error:
        out.append(f'<p class="stopped"><strong>Run error:</strong> {_e(r.error)}</p>')

    prompt = qt_text(r.prompt) if target == "qt" else r.prompt
    out += [_h(sub, "Question"), f'<blockquote class="question">{_e(prompt)}</blockquote>']

    out.append(_h(sub, "Final answer"))
    if r.synthesis is not None:
        s = r.synthesis
        who = {"chairman": f"by the chairman, {s.model}",
               "fallback_member": f"by {s.model}, standing in for the chairman {s.chairman}",
               "best_answer": f"{s.model}'s own answer (no synthesis could be written)"}
        out.append(f'<p class="stats">{_e(who.get(s.source, s.model))} · {_e(_secs(s.duration_ms))} · '
                   f"{s.token_count} tokens · cost {_e(_cost(s.cost))}</p>")
        if s.notice:
            out.append(f'<p class="notice"><strong>Note:</strong> {_e(s.notice)}</p>')
        out.append(f'<div class="member final">{markdown_to_html(s.text, member, target=target)}</div>')
    else:
        out.append('<p class="muted"><em>No final answer: the run ended before the synthesis.</em></p>')

    out.append(_h(sub, "Aggregate ranking"))
    if r.aggregate:
        rows = [[_e(a.position), _e(a.model), "—" if a.average_rank is None else f"{a.average_rank:.2f}",
                 _e(a.votes), _e(a.borda)] for a in r.aggregate]
        out.append(_table(["#", "Model", "Average rank", "Votes", "Borda"], rows, numeric=(0, 2, 3, 4)))
    else:
        out.append(f'<p class="muted"><em>{_e(r.stage2_notice or "No aggregate ranking.")}</em></p>')

    out.append(_h(sub, "Answers (stage 1)"))
    for run in r.stage1:
        out.append(_h(member, _e(run.model)))
        if not run.done:
            out += _stopped(run, content, target)
            continue
        out += [_stats(run), f'<div class="member">{markdown_to_html(run.text, content, target=target)}</div>']

    out.append(_h(sub, "Reviews (stage 2)"))
    if r.stage2_skipped:
        out.append(f'<p class="muted"><em>{_e(r.stage2_notice or "Peer review was skipped.")}</em></p>')
    for run in r.stage2:
        out.append(_h(member, "Review by " + _e(run.model)))
        review = run.review
        label_map = dict(review.label_map) if review else {}
        if not run.done:
            out += _stopped(run, content, target, label_map)
            continue
        out.append(_stats(run))
        if label_map:
            out.append('<p class="muted">Labels: ' + "; ".join(f"{_e(label)} = {_e(model)}"
                                                              for label, model in label_map.items()) + "</p>")
        if review and review.ranking_models:
            ranked = ", ".join(f"{i}. {_e(m)}" for i, m in enumerate(review.ranking_models, 1))
            out.append(f"<p>Parsed ranking ({_e(review.parse_status)}): {ranked}</p>")
        elif review and review.parse_status:
            out.append(f"<p>Parsed ranking ({_e(review.parse_status)}): none</p>")
        text = markdown_to_html(deanonymize(run.text, label_map), content, target=target)
        out.append(f'<div class="member">{text}</div>')

    out.append(_h(sub, "Timings, tokens and cost"))
    rows = [[_STAGE_NAMES[stage], _e(run.model), _e(run.status.value), _e(_secs(run.duration_ms)),
             _e(_tokens(run)), _e(_cost(run.cost))]
            for stage in (1, 2, 3) for run in r.stage_runs(stage)]
    rows.append(["<strong>Total</strong>", "", "", _e(_secs(r.wall_ms)), _e(r.total_tokens), _e(_cost(r.total_cost))])
    out.append(_table(["Stage", "Model", "Status", "Time", "Tokens", "Cost"], rows, numeric=(3, 4, 5)))

    errors = r.errors()
    if errors:
        out.append(_h(sub, "Errors"))
        rows = [[_e(run.stage), _e(run.model), _e(run.kind or "—"), _e(run.status_code or "—"), _e(run.error or "")]
                for run in errors]
        out.append(_table(["Stage", "Model", "Kind", "HTTP status", "Message"], rows, numeric=(0, 3)))
    if r.notices:
        out += [_h(sub, "Notices"), "<ul>" + "".join(f"<li>{_e(n)}</li>" for n in r.notices) + "</ul>"]
    out.append("</article>")
    return "\n".join(out)
