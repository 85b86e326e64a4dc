"""The window's languages: complete catalogues, compiled as shipped, chosen from the locale, and a window that
speaks them and still fits a small screen in the longest one (German)."""

from __future__ import annotations

import asyncio
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QPushButton

from council_desktop.council.vocab import STAGE_NAMES
from council_desktop.storage.settings import LANGUAGE_CHOICES
from council_desktop.ui import i18n
from tests.helpers import until, wait_signal
from tests.ui.test_new_user import app_parts, close  # noqa: F401 (app_parts is a fixture)

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SHIPPED = ("de", "fr", "es", "zh_CN")


def _tool():
    spec = importlib.util.spec_from_file_location("i18n_json", ROOT / "scripts" / "i18n_json.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") != "unfinished" and (tr.text or "").strip()
            out[(name, msg.findtext("source") or "")] = tr.text if done else None
    return out


@pytest.fixture
def english(qapp):
    yield
    i18n.install_language("en", qapp)


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_string_is_translated_and_keeps_its_placeholders(lang):
    ts = i18n.I18N_DIR / f"council_{lang}.ts"
    messages = _messages(ts)
    assert len(messages) > 900
    assert [k for k, v in messages.items() if v is None] == []
    tool = _tool()
    assert [(k, v) for k, v in messages.items() if tool.problems(k[1], v)] == []


def _lupdate(tmp_path: Path, lang: str) -> Path:
    ts = tmp_path / f"council_{lang}.ts"
    shutil.copy(i18n.I18N_DIR / f"council_{lang}.ts", ts)
    sources = [str(ROOT / "council_desktop" / "app.py"), *map(str, sorted((ROOT / "council_desktop" / "ui").glob(
        "*.py")))]
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", lang, *sources, "-ts", str(ts)],
                   check=True, timeout=120)
    return ts


def test_the_catalogues_hold_exactly_the_strings_of_the_code(tmp_path):
    """lupdate over today's sources finds no string the shipped catalogue lacks (nothing new is unfinished) and
    none it keeps that the code no longer has."""
    fresh = _messages(_lupdate(tmp_path, "de"))
    shipped = _messages(i18n.I18N_DIR / "council_de.ts")
    assert sorted(set(fresh) - set(shipped)) == []
    assert sorted(set(shipped) - set(fresh)) == []


@pytest.mark.parametrize("lang", ("en", *SHIPPED))
def test_the_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path, lang):
    qm = tmp_path / f"council_{lang}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", "-removeidentical",
                    str(i18n.I18N_DIR / f"council_{lang}.ts"), "-qm", str(qm)], check=True, timeout=60)
    assert qm.read_bytes() == (i18n.I18N_DIR / f"council_{lang}.qm").read_bytes()


def test_the_language_choices_are_the_shipped_languages():
    assert set(LANGUAGE_CHOICES) == {"system", *i18n.LANGUAGES}
    assert {p.stem.removeprefix("council_") for p in i18n.I18N_DIR.glob("*.qm")} == set(i18n.LANGUAGES)


@pytest.mark.parametrize(("locale", "expected"), [
    ("de_AT", "de"), ("de_DE", "de"), ("fr_CA", "fr"), ("es_MX", "es"), ("es_ES", "es"), ("zh_CN", "zh_CN"),
    ("zh_SG", "zh_CN"), ("zh_TW", "en"), ("zh_HK", "en"), ("en_GB", "en"), ("ja_JP", "en"), ("C", "en"),
])
def test_the_system_locale_chooses_a_shipped_language_or_english(locale, expected):
    assert i18n.choose_language("system", QLocale(locale)) == expected


def test_a_chosen_language_wins_over_the_system():
    assert i18n.choose_language("fr", QLocale("de_DE")) == "fr"
    assert i18n.choose_language("en", QLocale("de_DE")) == "en"


@pytest.mark.parametrize("lang", SHIPPED)
def test_installing_a_language_translates_widgets_and_qt_own_strings(qapp, english, lang):
    assert i18n.install_language(lang, qapp) == lang
    assert i18n.current_language() == lang
    copy = QCoreApplication.translate("MarkdownPane", "Copy")
    assert copy and copy != "Copy"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's own buttons too
    assert i18n.install_language("en", qapp) == "en"
    assert QCoreApplication.translate("MarkdownPane", "Copy") == "Copy"


def test_every_count_has_its_english_plural_forms():
    # A "%n item(s)" source must never reach an English reader as such: English's catalogue has its forms.
    counted = {k for k in _messages(i18n.I18N_DIR / "council_de.ts") if "%n" in k[1]}
    english = _messages(i18n.I18N_DIR / "council_en.ts")
    assert counted == set(english)
    assert all(english.values())


def test_a_missing_catalogue_leaves_the_window_english(qapp, english, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    assert i18n.install_language("de", qapp) == "en"
    assert QCoreApplication.translate("MarkdownPane", "Copy") == "Copy"


@pytest.mark.parametrize("lang", SHIPPED)
async def test_the_window_speaks_the_language_and_fits_1024x700_at_large_text(
        app_parts, responder, qapp, english, lang):  # noqa: F811 (the fixture imported above)
    """A whole run in each language at 1024x700 and 150 % text: German's long words included, nothing widens the
    window and no English label is left on a button."""
    i18n.install_language(lang, qapp)
    parts = app_parts(text_scale=150, size=(1024, 700))
    win = parts.window
    await until(lambda: win.isVisible())
    win.prompt.set_text("q")
    win.run_council()
    await wait_signal(parts.runner.finished, timeout=10)
    for tab in range(win.results.count()):
        win.results.setCurrentIndex(tab)
        await asyncio.sleep(0.02)
        assert win.minimumSizeHint().width() <= 1024 and win.width() <= 1024, (tab, win.minimumSizeHint())
    shown = {b.text().replace("&", "") for b in win.findChildren(QPushButton) if b.isVisibleTo(win) and b.text()}
    assert not shown & {"Run", "Cancel", "Copy", "Copy final answer", "Settings…", "Ask", "Skip"}, shown
    assert win.menuBar().actions()[0].text().replace("&", "") != "File"
    await close(parts)


# -- the core's sentences -----------------------------------------------------------------------------------------

def test_core_sentences_are_shown_in_the_window_language(qapp, english):
    from council_desktop.council.orchestrator import CouncilOptions, RunSpec, SpecError, _ended_notice
    from council_desktop.storage.keystore import KeyStore
    from council_desktop.ui.core_texts import core_text

    with pytest.raises(SpecError) as empty:
        RunSpec.create("   ", ["a/one"], "a/one", CouncilOptions())
    said = [str(empty.value), KeyStore(env={}).status_text(), "Skipped by the user.",
            "Stopped: the stage ended early (ended early by the user).", _ended_notice(1, "ended early by the user")]
    assert [core_text(t) for t in said] == said  # English: as the core said it
    i18n.install_language("de", qapp)
    for text in said:
        assert core_text(text) != text, text
    inner = QCoreApplication.translate("core", "ended early by the user")
    assert inner in core_text(said[3]) and inner in core_text(said[4])  # the parts are translated too
    assert QCoreApplication.translate("StageProgress", STAGE_NAMES[1]) in core_text(said[4])
    assert core_text("Rate limit exceeded (openai).") == "Rate limit exceeded (openai)."  # a server's own words
    assert "a/one" in core_text("Keys are kept in the system keyring (a/one).")


def test_every_fixed_core_sentence_is_still_said_by_the_core():
    """A template without placeholders must still be a string of the core or the stores (else it drifted)."""
    import ast

    from council_desktop.ui.core_texts import TEMPLATES

    said: set[str] = set()
    for p in (ROOT / "council_desktop").rglob("*.py"):
        if "ui" not in p.relative_to(ROOT / "council_desktop").parts:
            said |= {n.value for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
                     if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    assert [t for t in TEMPLATES if "{" not in t and t not in said] == []


def test_the_app_starts_in_the_language_of_its_settings(qapp, english):
    from council_desktop.app import install_window_language
    from council_desktop.storage.paths import app_paths
    from council_desktop.storage.settings import Settings, SettingsStore

    paths = app_paths().ensure()
    SettingsStore(paths.settings_file).save(Settings(language="es"))
    assert install_window_language(paths, qapp) == "es"
    assert QCoreApplication.translate("MarkdownPane", "Copy") != "Copy"
    SettingsStore(paths.settings_file).save(Settings(language="en"))
    assert install_window_language(paths, qapp) == "en"
    assert QCoreApplication.translate("MarkdownPane", "Copy") == "Copy"
