"""Run the real window against the local fake OpenRouter and save screenshots: mid-run (answers growing live, one
member failed, one skipped with its partial text kept), the partial answer, and the finished run.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" \
        python scripts/screenshot.py --out docs

Also works offscreen (``QT_QPA_PLATFORM=offscreen``). Everything lives in a temporary COUNCIL_DESKTOP_HOME; the
server never talks to the network. Members whose id contains ``fail-429`` / ``slow`` misbehave on purpose.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from council_desktop import devserver
from council_desktop.council.orchestrator import RunSpec
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings, SettingsStore

MEMBERS = ("openai/gpt-5.1", "anthropic/claude-sonnet-4.5-slow", "google/gemini-3-pro-fail-429", "x-ai/grok-4")
CHAIRMAN = "openai/gpt-5.1"
PROMPT = "How should a desktop app store a user's API key safely on Linux, macOS and Windows?"

ANSWER = """\
## Short answer

Keep the key in the **operating system's credential store** and nowhere else:

- **Linux** — the Secret Service (GNOME Keyring, KWallet) over D-Bus
- **macOS** — the login Keychain
- **Windows** — the Credential Manager

The Python `keyring` package speaks all three:

```python
import keyring
keyring.set_password("council-desktop", "openrouter", key)
```

If no keyring is available, keep the key **in memory for the session** and say so plainly.
"""


def _rich_reply(prompt: str, tokens: int, model: str = "") -> str:
    """Markdown answers for nicer screenshots; stage-2 replies keep the devserver's FINAL RANKING format."""
    if "FINAL RANKING" in prompt and not prompt.startswith("You are the Chairman"):
        labels = sorted(set(re.findall(r"^(Response [A-Z]{1,2}):", prompt, re.MULTILINE)))
        critique = "\n".join(f"- **{lab}** is clear; it could say more about headless machines." for lab in labels)
        ranking = "\n".join(f"{i}. {lab}" for i, lab in enumerate(labels, 1))
        return f"{critique}\n\nFINAL RANKING:\n{ranking}"
    return ANSWER


def widest_path(widget, limit: int) -> list[str]:
    """Where a window's minimum width comes from: down the layout tree, at each level the item whose (cached)
    minimum width is largest, while it is over ``limit`` (a diagnosis for a window that grew past its size)."""
    out: list[str] = []
    lay = widget.layout()
    while lay is not None and len(out) < 30:
        items = [lay.itemAt(i) for i in range(lay.count())]
        if not items:
            break
        widest = max(items, key=lambda it: it.minimumSize().width())
        w = widest.widget()
        name = type(w).__name__ if w is not None else type(widest).__name__
        text = w.text()[:60] if w is not None and callable(getattr(w, "text", None)) else ""
        out.append(f"{widest.minimumSize().width()} {name} {w.accessibleName() if w is not None else ''} {text!r}")
        if widest.minimumSize().width() < limit:
            break
        lay = w.layout() if w is not None else widest.layout()
        if lay is None and w is not None and type(w).__name__ == "QSplitter":
            w = max((w.widget(i) for i in range(w.count())), key=lambda c: c.minimumSizeHint().width())
            lay = w.layout()
    return out


class GrowthWatch:
    """Reports (stderr) when the window grows wider than it was sized: the layout path that asked for it."""

    def __init__(self, win, width: int) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class _Filter(QObject):
            def eventFilter(self, obj, e):
                if e.type() == QEvent.Type.LayoutRequest and obj is win and not watch.reported:
                    central = win.centralWidget()
                    if central.layout() is None and central.minimumSizeHint().width() > width:
                        watch.report(central)
                return False

        self.reported = False
        self.width = width
        self._filter = _Filter(win)
        win.installEventFilter(self._filter)

    def report(self, central) -> None:
        self.reported = True
        print(f"the window asks for more than {self.width} px:", file=sys.stderr)
        for w in (central.widget(i) for i in range(central.count())) if hasattr(central, "count") else [central]:
            if w.isVisible() and w.minimumSizeHint().width() > self.width * 0.6:
                for line in widest_path(w, self.width // 3):
                    print("   ", line, file=sys.stderr)


async def _shoot(out: Path, width: int, height: int, delay: float, *, appearance: str = "system",
                 text_scale: int = 100, prefix: str = "screenshot", extras: bool = False) -> list[Path]:
    from council_desktop.app import build_app
    from council_desktop.net import make_http_client
    from council_desktop.ui.results_view import ANSWERS_TAB, FINAL_TAB, REVIEW_TAB

    devserver._reply = _rich_reply  # type: ignore[assignment]
    srv = devserver.FakeOpenRouter(devserver.ServerOptions(tokens=60, delay=delay)).start()
    try:
        paths = app_paths().ensure()
        SettingsStore(paths.settings_file).save(Settings(members=MEMBERS, chairman=CHAIRMAN, base_url=srv.base_url,
                                                         appearance=appearance, text_scale=text_scale))
        shots: list[Path] = []

        def shoot(widget, name: str) -> None:
            path = out / f"{prefix}{name}.png"
            widget.grab().save(str(path))
            shots.append(path)
        keys = KeyStore(env={"OPENROUTER_API_KEY": "sk-or-v1-screenshot-fake-key"})
        async with make_http_client() as http:
            parts = build_app(http, paths, key_store=keys, env={"OPENROUTER_BASE_URL": srv.base_url},
                              check_key_on_show=False)
            win = parts.window
            win.resize(width, height)
            win.show()
            watch = GrowthWatch(win, width)  # noqa: F841 (it reports by itself)
            # two quick earlier runs, so the history sidebar has something in it
            earlier = []
            for q in ("Explain the CAP theorem with one example", "Best way to learn Rust in 2025?"):
                srv.options.delay = 0.001
                earlier.append(await parts.runner.run(RunSpec.create(q, MEMBERS[:2] + MEMBERS[3:], CHAIRMAN)))
            if parts.history_store is not None:  # the user's own touches: one run pinned, one renamed
                parts.history_store.set_pinned(earlier[0].id, True)
                parts.history_store.rename(earlier[1].id, "Learning Rust")
                win.history_panel.refresh()
            srv.options.delay = delay
            win.prompt.set_text(PROMPT)
            win.run_council()
            rows = win.list_model
            slow = MEMBERS[1]

            def words(model: str) -> int:
                state = parts.runner.state
                m = state.find(1, model) if state is not None else None
                return len(m.text.split()) if m is not None else 0

            # mid-run: the slow member is skipped after a few words (its text is kept, marked partial), one
            # member failed, the others still write — their answers grow in the Answers tab
            async with asyncio.timeout(60):
                while words(slow) < 6:
                    await asyncio.sleep(0.02)
            win.controller.skip(slow)
            async with asyncio.timeout(60):
                while not (words(MEMBERS[0]) >= 45 and (r := rows.row(MEMBERS[2])) is not None
                           and r.status == "failed" and (p := rows.row(slow)) is not None and p.status == "partial"):
                    await asyncio.sleep(0.02)
            win.results.setCurrentIndex(ANSWERS_TAB)
            await asyncio.sleep(0.2)
            shoot(win, "-running")
            win.results.answers.show_key(slow)  # the partial answer, marked
            await asyncio.sleep(0.3)
            shoot(win, "-partial")
            async with asyncio.timeout(120):
                while parts.runner.is_running:
                    await asyncio.sleep(0.05)
            win.results.setCurrentIndex(FINAL_TAB)
            await asyncio.sleep(0.4)
            shoot(win, "")
            win.results.setCurrentIndex(REVIEW_TAB)
            await asyncio.sleep(0.3)
            shoot(win, "-review")
            win.results.setCurrentIndex(FINAL_TAB)
            if extras:
                await _extras(win, parts, shoot)
            dlg = win.open_settings()
            dlg.tabs.setCurrentIndex(1)
            await asyncio.sleep(0.3)
            shoot(dlg, "-settings")
            dlg.reject()
            win.close()
            await parts.aclose()
    finally:
        srv.stop()
    return shots


async def _extras(win, parts, shoot) -> None:
    """Find in the final answer; a past run opened while a new one runs (the way back is shown); the model
    picker; the timeouts page."""
    from council_desktop.ui.model_picker import ModelPicker
    from council_desktop.ui.settings_dialog import TUNING_TAB

    await asyncio.sleep(0.3)
    win.run_view.find_bar.open_bar()
    win.run_view.find_bar.field.setText("keyring")
    await asyncio.sleep(0.3)
    shoot(win, "-find")
    win.run_view.find_bar.close_bar()
    win.prompt.set_text("And on a headless server?")
    win.run_council()
    await asyncio.sleep(0.8)
    past = parts.history_store.list_runs(limit=5)[-1]
    win.history_panel.select_run(past.id)
    win.show_record(parts.history_store.get(past.id))
    await asyncio.sleep(0.4)
    shoot(win, "-browsing")
    win.back_to_live()
    win.controller.cancel()
    async with asyncio.timeout(30):
        while parts.runner.is_running:
            await asyncio.sleep(0.05)
    parts.service.catalog.save([
        {"id": m, "name": n, "context_length": c, "pricing": {"prompt": p, "completion": q}}
        for m, n, c, p, q in (
            ("openai/gpt-5.1", "OpenAI: GPT-5.1", 400_000, "0.00000125", "0.00001"),
            ("google/gemini-3-pro-preview", "Google: Gemini 3 Pro Preview", 1_048_576, "0.000002", "0.000012"),
            ("anthropic/claude-sonnet-4.5", "Anthropic: Claude Sonnet 4.5", 1_000_000, "0.000003", "0.000015"),
            ("x-ai/grok-4", "xAI: Grok 4", 256_000, "0.000003", "0.000015"),
            ("meta-llama/llama-3.3-70b-instruct:free", "Meta: Llama 3.3 70B (free)", 131_072, "0", "0"),
            ("mistralai/mistral-small-3.2", "Mistral: Small 3.2", 131_072, "0.0000001", "0.0000003"),
            ("qwen/qwen3-235b-a22b", "Qwen: Qwen3 235B", 262_144, "0.00000013", "0.0000006"))])
    picker = ModelPicker(parts.service, win, favourites=["anthropic/claude-sonnet-4.5", "x-ai/grok-4"])
    picker.show()
    await asyncio.sleep(0.3)
    shoot(picker, "-picker")
    picker.close()
    dlg = win.open_settings()
    dlg.tabs.setCurrentIndex(TUNING_TAB)
    await asyncio.sleep(0.3)
    shoot(dlg, "-timeouts")
    dlg.reject()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("docs"))
    ap.add_argument("--size", default="1400x900")
    ap.add_argument("--delay", type=float, default=0.06, help="seconds between streamed chunks")
    ap.add_argument("--appearance", choices=("system", "light", "dark"), default="light",
                    help="the window's colours (the Appearance setting)")
    ap.add_argument("--text-scale", type=int, default=100, help="the text-size setting, in percent")
    ap.add_argument("--prefix", default="screenshot", help="file names start with this")
    ap.add_argument("--extras", action="store_true", help="also: find, browsing history mid-run, picker, timeouts")
    ap.add_argument("--language", default="en", help="the window's language (en, de, fr, es, zh_CN)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(x) for x in args.size.split("x"))
    with tempfile.TemporaryDirectory(prefix="council-shot-") as home:
        os.environ["COUNCIL_DESKTOP_HOME"] = home
        os.environ.pop("OPENROUTER_API_KEY", None)
        from council_desktop.ui import qloop

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("council-desktop")
        app.setQuitOnLastWindowClosed(False)
        app.setStyle("Fusion")
        from council_desktop.ui.i18n import install_language

        install_language(args.language, app)
        shots = qloop.run(_shoot(args.out.resolve(), width, height, args.delay,  # type: ignore[arg-type]
                                 appearance=args.appearance, text_scale=args.text_scale, prefix=args.prefix,
                                 extras=args.extras), app)
    for path in shots or []:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
