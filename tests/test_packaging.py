"""Packaging: the PyInstaller spec, the desktop integration files, the icons, install.sh, the self-test, and (slow)
the frozen app itself, built with PyInstaller and run offscreen and under Xvfb."""

from __future__ import annotations

import configparser
import importlib.util
import io
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import ClassVar

import pytest

from council_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
RES = ROOT / "resources"
APPSTREAM_ID = "io.github.council_desktop.CouncilDesktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BUNDLE_LIMIT_MB = 150


# -- the spec ------------------------------------------------------------------------------------------------
class _Recorder:
    calls: ClassVar[list[tuple[str, object]]] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        _Recorder.calls.append((type(self).__name__, self))


SAMPLE_BINARIES = [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "keep"),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "keep"),
    ("PySide6/Qt/plugins/platforms/libqminimal.so", "keep"),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "keep"),
    ("PySide6/Qt/plugins/imageformats/libqico.so", "keep"),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", "keep"),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", "keep"),
    ("PySide6/Qt/lib/libQt6Core.so.6", "keep"),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "keep"),
    ("PySide6/Qt/lib/libicudata.so.73", "keep"),
    ("libfontconfig.so.1", "keep"),
    ("libxcb-icccm.so.4", "keep"),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "drop"),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "drop"),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "drop"),
    ("PySide6/Qt/plugins/platforms/libqlinuxfb.so", "drop"),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "drop"),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", "drop"),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-egl-integration.so", "drop"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "drop"),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "drop"),
    ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", "drop"),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "drop"),
    ("libQt6EglFsKmsSupport.so.6", "drop"),
    ("libgtk-3.so.0", "drop"),
    ("libgdk-3.so.0", "drop"),
    ("libcairo.so.2", "drop"),
    ("libpango-1.0.so.0", "drop"),
    ("libwayland-client.so.0", "drop"),
    ("libepoxy.so.0", "drop"),
    ("PySide6\\Qt\\plugins\\platforms\\libqwayland.so", "drop"),  # Windows-style separators are normalised
]
SAMPLE_DATAS = [
    ("council_desktop/resources/icon.svg", "keep"),
    ("certifi/cacert.pem", "keep"),
    ("PySide6/Qt/translations/qtbase_de.qm", "keep"),  # the standard buttons in the shipped languages
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", "keep"),
    ("PySide6/Qt/translations/qtbase_ja.qm", "drop"),
    ("PySide6/Qt/translations/qt_help_de.qm", "drop"),
    ("council_desktop/resources/i18n/council_de.qm", "keep"),
    ("council_desktop/resources/i18n/council_en.qm", "keep"),
    ("council_desktop/resources/i18n/council_de.ts", "drop"),
]


def exec_spec(monkeypatch, platform: str) -> tuple[dict, list[tuple[str, object]]]:
    """Run council_desktop.spec with stand-ins for PyInstaller's classes, as if on ``platform``."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name: [f"{name}.cli", f"{name}.selftest"]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller", types.ModuleType("PyInstaller"))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils", types.ModuleType("PyInstaller.utils"))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)

    class Analysis(_Recorder):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.binaries = [(d, f"/src/{d}", "BINARY") for d, _ in SAMPLE_BINARIES]
            self.datas = [(d, f"/src/{d}", "DATA") for d, _ in SAMPLE_DATAS]
            self.pure, self.scripts = [], []

    classes = {n: type(n, (_Recorder,), {}) for n in ("PYZ", "EXE", "COLLECT", "BUNDLE")}
    _Recorder.calls = []
    ns = {"__name__": "__main__", "SPECPATH": str(ROOT), "Analysis": Analysis, **classes}
    exec(compile((ROOT / "council_desktop.spec").read_text(), "council_desktop.spec", "exec"), ns)
    return ns, list(_Recorder.calls)


def _call(calls, name):
    return next(obj for n, obj in calls if n == name)


def test_spec_linux_drops_unneeded_qt_plugins_and_system_libs(monkeypatch):
    ns, calls = exec_spec(monkeypatch, "linux")
    kept = {b[0] for b in ns["a"].binaries} | {d[0] for d in ns["a"].datas}
    for dest, verdict in SAMPLE_BINARIES + SAMPLE_DATAS:
        assert (dest in kept) == (verdict == "keep"), dest
    analysis = _call(calls, "Analysis")
    assert analysis.args[0][0].endswith("scripts/pyi_entry.py")
    assert (str(ROOT / "council_desktop" / "resources"), "council_desktop/resources") in analysis.kwargs["datas"]
    assert "council_desktop.selftest" in analysis.kwargs["hiddenimports"]
    for name in ("pytest", "respx", "hypothesis", "tkinter", "PyQt5", "PySide6.QtNetwork"):
        assert name in analysis.kwargs["excludes"]
    exe = _call(calls, "EXE")
    assert exe.kwargs["name"] == "council-desktop"
    assert exe.kwargs["console"] is True and exe.kwargs["strip"] is True and exe.kwargs["upx"] is False
    assert exe.kwargs["exclude_binaries"] is True  # one-folder
    coll = _call(calls, "COLLECT")
    assert coll.kwargs["name"] == "council-desktop" and coll.kwargs["strip"] is True
    assert not any(n == "BUNDLE" for n, _ in calls)
    assert ns["VERSION"] == __version__


def test_spec_macos_is_a_windowed_app_bundle(monkeypatch):
    _, calls = exec_spec(monkeypatch, "darwin")
    exe = _call(calls, "EXE")
    assert exe.kwargs["console"] is False and exe.kwargs["strip"] is False
    assert exe.kwargs["icon"].endswith("council-desktop.icns")
    bundle = _call(calls, "BUNDLE")
    assert bundle.kwargs["name"].endswith(".app")
    assert bundle.kwargs["bundle_identifier"] == APPSTREAM_ID
    assert bundle.kwargs["info_plist"]["CFBundleShortVersionString"] == __version__


def test_spec_windows_is_windowed_with_the_ico(monkeypatch):
    ns, calls = exec_spec(monkeypatch, "win32")
    exe = _call(calls, "EXE")
    assert exe.kwargs["console"] is False and exe.kwargs["strip"] is False
    assert exe.kwargs["icon"].endswith("council-desktop.ico")
    assert not any(n == "BUNDLE" for n, _ in calls)
    assert len(ns["a"].binaries) == len(SAMPLE_BINARIES)  # the Linux filter is Linux-only


# -- desktop entry, AppStream --------------------------------------------------------------------------------
def test_desktop_entry_has_the_required_keys():
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str  # keys are case-sensitive
    cp.read(RES / "council-desktop.desktop", encoding="utf-8")
    assert cp.sections() == ["Desktop Entry"]
    e = cp["Desktop Entry"]
    assert e["Type"] == "Application"
    assert e["Name"] and e["Comment"]
    assert e["Exec"] == "council-desktop" and e["TryExec"] == "council-desktop"
    assert e["Icon"] == "council-desktop"
    assert e["Terminal"] == "false"
    assert e["Categories"].endswith(";") and "Utility" in e["Categories"].split(";")
    assert e["Keywords"].endswith(";")
    assert e["StartupWMClass"] == "council-desktop"  # app.py: setApplicationName / setDesktopFileName


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-validate is not installed")
def test_desktop_entry_validates():
    proc = subprocess.run(["desktop-file-validate", str(RES / "council-desktop.desktop")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in proc.stdout


def test_metainfo_has_the_required_appstream_elements():
    path = RES / f"{APPSTREAM_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APPSTREAM_ID
    for tag in ("metadata_license", "project_license", "name", "summary"):
        assert (root.findtext(tag) or "").strip(), tag
    assert root.findtext("project_license") == "MIT"
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == "council-desktop.desktop" and (RES / launchable.text).is_file()
    assert root.findtext("provides/binary") == "council-desktop"
    assert root.find("content_rating") is not None
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__ and releases[0].get("date")


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli is not installed")
def test_metainfo_validates():
    proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(RES / f"{APPSTREAM_ID}.metainfo.xml")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# -- icons ---------------------------------------------------------------------------------------------------
def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_png_icons_have_their_sizes():
    for s in PNG_SIZES:
        assert png_size((RES / f"council-desktop-{s}.png").read_bytes()) == (s, s)
    root = ET.parse(RES / "council-desktop.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 512 512"


def test_ico_holds_png_entries_up_to_256():
    data = (RES / "council-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        size = png_size(data[offset: offset + length])
        assert size == ((w or 256), (h or 256)) and bpp == 32 and planes == 1
        sizes.append(size[0])
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_the_retina_sizes():
    data = (RES / "council-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    entries, pos = {}, 8
    while pos < len(data):
        ostype, length = data[pos: pos + 4].decode(), struct.unpack(">I", data[pos + 4: pos + 8])[0]
        entries[ostype] = png_size(data[pos + 8: pos + length])[0]
        pos += length
    assert entries["ic07"] == 128 and entries["ic08"] == 256 and entries["ic09"] == 512 and entries["ic10"] == 1024
    assert entries["icp4"] == 16 and entries["ic11"] == 32


def test_runtime_icons_ship_in_the_package():
    from importlib import resources

    folder = resources.files("council_desktop") / "resources"
    assert (folder / "icon.svg").read_bytes() == (RES / "council-desktop.svg").read_bytes()
    assert png_size((folder / "icon-256.png").read_bytes()) == (256, 256)
    assert png_size((folder / "icon-32.png").read_bytes()) == (32, 32)


# -- install.sh ----------------------------------------------------------------------------------------------
def make_fake_bundle(where: Path) -> Path:
    """A bundle folder like dist/council-desktop/ with a shell script standing in for the frozen launcher."""
    bundle = where / "council-desktop"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "payload.txt").write_text("library stand-in\n")
    exe = bundle / "council-desktop"
    exe.write_text('#!/bin/sh\necho "fake council-desktop $*"\n')
    exe.chmod(0o755)
    subprocess.run(["bash", str(ROOT / "scripts" / "build_app.sh"), "--stage", str(bundle)], check=True)
    return bundle


def run_install(bundle: Path, *args: str, home: Path, xdg: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    if xdg is not None:
        env["XDG_DATA_HOME"] = str(xdg)
    return subprocess.run(["sh", str(bundle / "install.sh"), *args], env=env, capture_output=True, text=True,
                          timeout=60)


def files_under(*dirs: Path) -> set[str]:
    return {str(p) for d in dirs if d.exists() for p in d.rglob("*") if p.is_file() or p.is_symlink()}


def test_build_script_stages_the_desktop_files(tmp_path):
    bundle = make_fake_bundle(tmp_path)
    assert os.access(bundle / "install.sh", os.X_OK)
    assert (bundle / "share/applications/council-desktop.desktop").is_file()
    assert (bundle / f"share/metainfo/{APPSTREAM_ID}.metainfo.xml").is_file()
    assert (bundle / "share/icons/hicolor/scalable/apps/council-desktop.svg").is_file()
    for s in PNG_SIZES:
        png = bundle / f"share/icons/hicolor/{s}x{s}/apps/council-desktop.png"
        assert png_size(png.read_bytes()) == (s, s)


def test_install_and_uninstall_per_user(tmp_path):
    bundle = make_fake_bundle(tmp_path / "unpacked")
    home, xdg = tmp_path / "home", tmp_path / "xdg-data"
    before = files_under(home, xdg)

    proc = run_install(bundle, home=home, xdg=xdg)
    assert proc.returncode == 0, proc.stderr
    app = xdg / "council-desktop"
    launcher = home / ".local/bin/council-desktop"
    desktop = xdg / "applications/council-desktop.desktop"
    assert (app / "council-desktop").is_file() and (app / "_internal/payload.txt").is_file()
    assert launcher.is_symlink() and os.readlink(launcher) == str(app / "council-desktop")
    out = subprocess.run([str(launcher), "--version"], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "fake council-desktop --version"
    text = desktop.read_text()
    assert f'Exec="{app}/council-desktop"' in text and f"TryExec={app}/council-desktop" in text
    assert "Icon=council-desktop" in text
    for s in PNG_SIZES:
        assert (xdg / f"icons/hicolor/{s}x{s}/apps/council-desktop.png").is_file()
    assert (xdg / "icons/hicolor/scalable/apps/council-desktop.svg").is_file()
    assert (xdg / f"metainfo/{APPSTREAM_ID}.metainfo.xml").is_file()
    assert "is not on your PATH" in proc.stdout

    again = run_install(bundle, home=home, xdg=xdg)  # reinstalling over an install is fine
    assert again.returncode == 0, again.stderr

    proc = run_install(app, "--uninstall", home=home, xdg=xdg)  # the installed copy's script, as the docs say
    assert proc.returncode == 0, proc.stderr
    assert "was removed" in proc.stdout
    assert files_under(home, xdg) == before
    assert not app.exists() and not launcher.exists() and not launcher.is_symlink()
    assert not (xdg / "icons").exists() and not (xdg / "applications").exists()

    proc = run_install(bundle, "--uninstall", home=home, xdg=xdg)
    assert proc.returncode == 0 and "not installed" in proc.stdout


def test_install_with_prefix_and_spaces_in_the_path(tmp_path):
    bundle = make_fake_bundle(tmp_path / "unpacked")
    prefix = tmp_path / "my apps"
    home = tmp_path / "home"
    proc = run_install(bundle, "--prefix", str(prefix), "--no-cache-update", home=home)
    assert proc.returncode == 0, proc.stderr
    app = prefix / "share/council-desktop"
    desktop = (prefix / "share/applications/council-desktop.desktop").read_text()
    assert f'Exec="{app}/council-desktop"' in desktop
    out = subprocess.run([str(prefix / "bin/council-desktop"), "x"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "fake council-desktop x"
    assert not home.exists()  # --prefix keeps everything under the prefix
    proc = run_install(bundle, "--uninstall", "--prefix", str(prefix), "--no-cache-update", home=home)
    assert proc.returncode == 0, proc.stderr
    assert files_under(prefix) == set()


def test_install_refuses_to_replace_someone_elses_launcher(tmp_path):
    bundle = make_fake_bundle(tmp_path / "unpacked")
    prefix = tmp_path / "p"
    (prefix / "bin").mkdir(parents=True)
    (prefix / "bin/council-desktop").write_text("#!/bin/sh\necho pip-installed\n")
    proc = run_install(bundle, "--prefix", str(prefix), home=tmp_path)
    assert proc.returncode == 1 and "--force" in proc.stderr
    assert not (prefix / "share/council-desktop").exists()
    proc = run_install(bundle, "--prefix", str(prefix), "--force", home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (prefix / "bin/council-desktop").is_symlink()


def test_install_rejects_unknown_options(tmp_path):
    bundle = make_fake_bundle(tmp_path)
    proc = run_install(bundle, "--frobnicate", home=tmp_path)
    assert proc.returncode == 1 and "unknown option" in proc.stderr


# -- the self-test -------------------------------------------------------------------------------------------
def test_self_test_passes_in_process():
    from council_desktop.selftest import run_self_test

    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert [ln.split(":")[0] for ln in lines[:-1]] == [
        "ok version", "ok resources", "ok Qt", "ok translations", "ok TLS certificates", "ok keyring",
        "ok council"]
    assert "MemoryKeyring" in lines[5]  # the test keyring of conftest
    assert "test/broken failed as expected" in lines[6] and "synthesis by the chairman" in lines[6]
    assert "de, fr, es, zh_CN load" in lines[3]
    assert lines[-1].startswith("self-test passed")


def test_self_test_names_a_missing_certificate_bundle(monkeypatch):
    import certifi

    from council_desktop.selftest import run_self_test

    monkeypatch.setattr(certifi, "where", lambda: "/nonexistent/cacert.pem")
    out = io.StringIO()
    assert run_self_test(out) == 1
    text = out.getvalue()
    assert "FAIL TLS certificates: certifi's CA bundle is missing (/nonexistent/cacert.pem)" in text
    assert text.splitlines()[-1].startswith("self-test FAILED") and "TLS certificates" in text.splitlines()[-1]


def test_self_test_warns_without_a_keyring(memory_keyring):
    import keyring
    from keyring.backends import fail

    from council_desktop.selftest import CheckWarning, check_keyring

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(CheckWarning, match="keys will live for the session only"):
        check_keyring()


def _cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(extra)
    return env


def test_self_test_from_the_command_line_offscreen():
    proc = subprocess.run([sys.executable, "-m", "council_desktop", "--self-test"], capture_output=True, text=True,
                          env=_cli_env(QT_QPA_PLATFORM="offscreen"), timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ok Qt: Qt 6" in proc.stdout and "platform plugin 'offscreen' loaded" in proc.stdout
    assert proc.stdout.splitlines()[-1].startswith("self-test passed")
    assert "test/broken" not in proc.stderr  # the deliberate failure is not logged as a problem


def test_self_test_fails_clearly_without_an_x_server():
    proc = subprocess.run([sys.executable, "-m", "council_desktop", "--self-test"], capture_output=True, text=True,
                          env=_cli_env(QT_QPA_PLATFORM="xcb"), timeout=60)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FAIL Qt: QT_QPA_PLATFORM=xcb but DISPLAY is not set" in proc.stdout
    assert "ok council" in proc.stdout  # the other checks still ran


# -- the frozen app (slow) -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def frozen(tmp_path_factory):
    """Build the app with scripts/build_app.sh into a temp folder (the repo stays clean); once per module."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed here (pip install -e '.[build]'): the frozen app is not built")
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle + tarball build is tested on Linux")
    base = tmp_path_factory.mktemp("frozen")
    env = {**os.environ, "DISTPATH": str(base / "dist"), "WORKPATH": str(base / "work"), "PYTHON": sys.executable}
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "build_app.sh")], env=env, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-5000:]
    dist = base / "dist"
    tarballs = list(dist.glob("council-desktop-*.tar.gz"))
    assert len(tarballs) == 1, proc.stdout
    return types.SimpleNamespace(dist=dist, bundle=dist / "council-desktop",
                                 exe=dist / "council-desktop" / "council-desktop", tarball=tarballs[0],
                                 base=base, log=proc.stdout)


def frozen_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = _cli_env(COUNCIL_DESKTOP_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
                   QT_LOGGING_RULES="default.warning=false")
    env.pop("OPENROUTER_API_KEY", None)
    env.update(extra)
    return env


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_frozen_version(frozen, tmp_path):
    proc = subprocess.run([str(frozen.exe), "--version"], capture_output=True, text=True, timeout=60,
                          env=frozen_env(tmp_path))
    assert proc.returncode == 0 and proc.stdout.strip() == f"council-desktop {__version__}", proc.stderr


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_frozen_self_test_offscreen(frozen, tmp_path):
    proc = subprocess.run([str(frozen.exe), "--self-test"], capture_output=True, text=True, timeout=60,
                          env=frozen_env(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "(frozen bundle)" in proc.stdout and "<bundle>/certifi/cacert.pem" in proc.stdout
    # the window's catalogues and Qt's own (standard buttons) of every shipped language are in the bundle
    assert "ok translations: window languages de, fr, es, zh_CN load, with Qt's own buttons" in proc.stdout
    assert proc.stdout.splitlines()[-1].startswith("self-test passed")


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run is not installed (apt-get install xvfb xauth)")
def test_frozen_self_test_under_xvfb(frozen, tmp_path):
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24 -nolisten tcp", str(frozen.exe),
                           "--self-test"], capture_output=True, text=True, timeout=120,
                          env=frozen_env(tmp_path, QT_QPA_PLATFORM="xcb"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "platform plugin 'xcb' loaded" in proc.stdout


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_frozen_app_opens_its_window(frozen, tmp_path):
    from council_desktop.devserver import FakeOpenRouter

    with FakeOpenRouter() as srv:  # the window may ask for the model list: keep it on 127.0.0.1
        proc = subprocess.run([str(frozen.exe)], capture_output=True, text=True, timeout=60,
                              env=frozen_env(tmp_path, COUNCIL_DESKTOP_EXIT_AFTER_SHOW="1",
                                             OPENROUTER_API_KEY="sk-or-v1-test", OPENROUTER_BASE_URL=srv.base_url))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("first-window-shown ")


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_frozen_bundle_is_lean_and_self_contained(frozen):
    files = [p for p in frozen.bundle.rglob("*")]
    names = [str(p.relative_to(frozen.bundle)) for p in files]
    assert not [n for n in names if "wayland" in n.lower() or "libgtk" in n or "libqgtk3" in n or "egl" in n.lower()]
    assert not [p for p in files if p.is_symlink() and not p.exists()], "dangling symlinks"
    size_mb = sum(p.lstat().st_size for p in files) / 1048576
    assert size_mb < BUNDLE_LIMIT_MB
    assert "build time:" in frozen.log and "tarball:" in frozen.log


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_frozen_app_exports_html_and_pdf(frozen, tmp_path):
    """markdown-it-py is in the bundle, and Qt writes a PDF without a display."""
    from council_desktop.storage.export import to_json
    from tests.storage.test_history import make_record

    rec = make_record()
    (tmp_path / "run.json").write_text(to_json(rec), encoding="utf-8")
    env = frozen_env(tmp_path)
    env.pop("QT_QPA_PLATFORM")
    proc = subprocess.run([str(frozen.exe), "import", str(tmp_path / "run.json")], capture_output=True, text=True,
                          timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr
    for name in ("run.html", "run.pdf"):
        proc = subprocess.run([str(frozen.exe), "export", rec.id, "-o", str(tmp_path / name)], capture_output=True,
                              text=True, timeout=120, env=env)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "<strong>Rayleigh</strong>" in (tmp_path / "run.html").read_text(encoding="utf-8")
    assert (tmp_path / "run.pdf").read_bytes().startswith(b"%PDF-")


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_tarball_installs_and_uninstalls(frozen, tmp_path):
    with tarfile.open(frozen.tarball) as tar:
        tops = {m.name.split("/")[0] for m in tar.getmembers()}
        assert tops == {frozen.tarball.name.removesuffix(".tar.gz")}
        tar.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = tmp_path / "unpacked" / tops.pop()
    prefix = tmp_path / "prefix"
    proc = run_install(unpacked, "--prefix", str(prefix), home=tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    out = subprocess.run([str(prefix / "bin/council-desktop"), "--version"], capture_output=True, text=True,
                         timeout=60, env=frozen_env(tmp_path))
    assert out.returncode == 0 and out.stdout.strip() == f"council-desktop {__version__}", out.stderr
    proc = run_install(prefix / "share/council-desktop", "--uninstall", "--prefix", str(prefix),
                       home=tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    assert files_under(prefix) == set()


# -- the .deb -----------------------------------------------------------------------------------------------
DEB_SIZES = PNG_SIZES
DEB_FIELDS = ("Package", "Version", "Architecture", "Maintainer", "Installed-Size", "Depends", "Section", "Priority",
              "Description")


def build_deb(bundle: Path, out: Path, work: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "WORKPATH": str(work), **env}
    return subprocess.run(["bash", str(ROOT / "scripts" / "build_deb.sh"), "--bundle", str(bundle), "--out", str(out)],
                          env=full_env, capture_output=True, text=True, timeout=900)


def deb_control(deb: Path) -> dict[str, str]:
    text = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True).stdout
    fields: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        if line[:1] in (" ", "\t"):
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def deb_listing(deb: Path) -> dict[str, tuple[str, str, str]]:
    """path (no leading ./) -> (mode string, owner/group, symlink target or '')"""
    out = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    entries = {}
    for line in out.splitlines():
        mode, owner, _size, _date, _time, rest = line.split(None, 5)
        path, _, target = rest.partition(" -> ")
        entries[path.removeprefix("./").rstrip("/")] = (mode, owner, target)
    return entries


def check_deb(deb: Path, tmp_path: Path, *, launcher_is_elf: bool = True) -> dict[str, str]:
    """What lintian would look at first, by hand: control fields, owners, modes, layout, md5sums, docs, no
    maintainer scripts. The control fields."""
    assert deb.name == f"council-desktop_{__version__}_{subprocess.check_output(['dpkg', '--print-architecture'], text=True).strip()}.deb"
    fields = deb_control(deb)
    for name in DEB_FIELDS:
        assert fields.get(name), name
    assert fields["Package"] == "council-desktop" and fields["Version"] == __version__
    assert fields["Section"] == "utils" and fields["Priority"] == "optional"
    assert fields["Depends"].startswith("libc6 (>= 2.")
    synopsis, *long = fields["Description"].split("\n")
    assert len(synopsis) < 80 and synopsis[0].islower() and long and all(x.startswith(" ") for x in long)
    assert "<" in fields["Maintainer"] and fields["Maintainer"].endswith(">")
    # control archive: control and md5sums only (no maintainer script touches a user's files)
    tmp_path.mkdir(parents=True, exist_ok=True)
    ctrl = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(deb), str(ctrl)], check=True)
    assert sorted(p.name for p in ctrl.iterdir()) == ["control", "md5sums"]
    # the tree: owned by root, directories 0755, files 0644 except the launcher, nothing outside the three places
    entries = deb_listing(deb)
    for path, (mode, owner, target) in entries.items():
        assert owner == "root/root", path
        if not path:
            continue
        assert path.split("/")[0] in ("opt", "usr"), path
        assert path.startswith(("opt/council-desktop", "usr/bin", "usr/share")) or path in ("opt", "usr"), path
        if mode.startswith("d"):
            assert mode == "drwxr-xr-x", path
        elif mode.startswith("l"):
            assert target, path
        else:
            want = "-rwxr-xr-x" if path == "opt/council-desktop/council-desktop" else "-rw-r--r--"
            assert mode == want, (path, mode)
    assert entries["usr/bin/council-desktop"][2] == "/opt/council-desktop/council-desktop"
    assert "opt/council-desktop/install.sh" not in entries and "opt/council-desktop/share" not in entries
    assert entries["usr/share/applications/council-desktop.desktop"][0] == "-rw-r--r--"
    assert f"usr/share/metainfo/{APPSTREAM_ID}.metainfo.xml" in entries
    assert "usr/share/icons/hicolor/scalable/apps/council-desktop.svg" in entries
    for s in DEB_SIZES:
        assert f"usr/share/icons/hicolor/{s}x{s}/apps/council-desktop.png" in entries
    assert {"usr/share/doc/council-desktop/copyright", "usr/share/doc/council-desktop/changelog.gz"} <= set(entries)
    # md5sums: every regular file, each sum right
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(root)], check=True)
    files = {p for p, (mode, _, _) in entries.items() if mode.startswith("-")}
    sums = dict(reversed(line.split("  ", 1)) for line in (ctrl / "md5sums").read_text().splitlines())
    assert set(sums) == files
    proc = subprocess.run(["md5sum", "--check", "--quiet", str(ctrl / "md5sums")], cwd=root, capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    copyright_text = (root / "usr/share/doc/council-desktop/copyright").read_text()
    assert copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    assert "License: MIT" in copyright_text and "Permission is hereby granted" in copyright_text
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(["desktop-file-validate", str(root / "usr/share/applications/council-desktop.desktop")],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout
    installed_kb = sum((p.lstat().st_size + 1023) // 1024 for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    assert installed_kb <= int(fields["Installed-Size"]) <= installed_kb + 2000
    return fields


@pytest.mark.skipif(not (shutil.which("dpkg-deb") and shutil.which("objdump")),
                    reason="dpkg-deb and objdump (binutils) are needed to build the .deb")
def test_build_deb_from_a_stand_in_bundle(tmp_path):
    """build_deb.sh's own logic, fast: a stand-in bundle whose one library is a real ELF file (/bin/true)."""
    bundle = make_fake_bundle(tmp_path / "unpacked")
    elf = shutil.which("true")
    assert elf and Path(elf).read_bytes()[:4] == b"\x7fELF"
    shutil.copy(elf, bundle / "_internal" / "libstandin.so.1")
    (bundle / "_internal" / "libstandin.so.1").chmod(0o755)
    proc = build_deb(bundle, tmp_path / "out", tmp_path / "work", DEB_COMPRESS="gzip")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    debs = list((tmp_path / "out").glob("*.deb"))
    assert len(debs) == 1
    fields = check_deb(debs[0], tmp_path / "check")
    assert fields["Depends"].startswith("libc6 (>= 2.")  # /bin/true needs nothing but libc
    assert "glibc floor: 2." in proc.stdout and "deb:" in proc.stdout
    assert not (tmp_path / "work" / "deb").exists()  # the staging tree is gone
    assert (bundle / "install.sh").exists()  # the bundle itself is left as it was
    assert oct((bundle / "_internal" / "libstandin.so.1").stat().st_mode & 0o777) == "0o755"


def test_build_deb_refuses_a_missing_bundle(tmp_path):
    proc = build_deb(tmp_path / "nope", tmp_path / "out", tmp_path / "work")
    assert proc.returncode != 0 and ("no bundle at" in proc.stderr or "is missing" in proc.stderr)


def _dpkg_status(pkg: str) -> str:
    proc = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Status}", pkg], capture_output=True, text=True)
    return proc.stdout.strip() if proc.returncode == 0 else "not-installed"


APT = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=300"]


def _apt(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run([*APT, *args], capture_output=True, text=True, timeout=600, env=env)


@pytest.fixture(scope="module")
def deb(frozen):
    if not (shutil.which("dpkg-deb") and shutil.which("objdump")):
        pytest.skip("dpkg-deb and objdump (binutils) are needed to build the .deb")
    # zstd: seconds instead of xz's minute on a busy 2-core machine; the package is otherwise the default one
    proc = build_deb(frozen.bundle, frozen.base / "deb", frozen.base / "deb-work", DEB_COMPRESS="zstd")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    debs = list((frozen.base / "deb").glob("council-desktop_*.deb"))
    assert len(debs) == 1, proc.stdout
    return types.SimpleNamespace(path=debs[0], log=proc.stdout)


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_deb_is_a_well_formed_package(deb, frozen, tmp_path):
    fields = check_deb(deb.path, tmp_path)
    # Depends names the package of every library the bundle links to and does not carry
    for line in deb.log.splitlines():
        if line.startswith("system libs:"):
            for so in line.split(":", 1)[1].split():
                owner = subprocess.run(["dpkg-query", "-S", f"*/{so}"], capture_output=True, text=True)
                if owner.returncode != 0:
                    continue  # not installed here: build_deb.sh named it by Debian's rule, apt resolves it
                pkgs = {p.split(":")[0] for p in owner.stdout.split(": ")[0].split(", ")}
                assert pkgs & {d.split()[0] for d in fields["Depends"].split(", ")}, so
    # the glibc floor printed is the one in Depends
    floor = next(ln.split()[2] for ln in deb.log.splitlines() if ln.startswith("glibc floor:"))
    assert fields["Depends"].startswith(f"libc6 (>= {floor})")
    bundled_mb = sum(p.lstat().st_size for p in frozen.bundle.rglob("*")) / 1048576
    assert deb.path.stat().st_size / 1048576 < bundled_mb * 0.6  # compressed


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_deb_installs_runs_and_removes_cleanly_with_apt(deb, tmp_path):
    if not sys.platform.startswith("linux") or not shutil.which("apt-get") or os.geteuid() != 0:
        pytest.skip("installing the .deb needs apt-get and root (CI and the development machines have both)")
    if _dpkg_status("council-desktop") != "not-installed" or Path("/opt/council-desktop").exists() \
            or os.path.lexists("/usr/bin/council-desktop"):
        pytest.skip("council-desktop is already installed on this machine: not touching it")
    # the user's own files: they must be exactly as they were after install, use, remove and purge
    home = tmp_path / "home"
    user_files = {home / "config/settings.json": "{}", home / "data/history.sqlite3": "not really a db",
                  home / "logs/council-desktop.log": "old log line\n"}
    for path, text in user_files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    env = frozen_env(tmp_path, COUNCIL_DESKTOP_HOME=str(home), PATH="/usr/bin:/bin")

    def installed_files() -> set[str]:
        out = subprocess.run(["dpkg-query", "-L", "council-desktop"], capture_output=True, text=True, check=True)
        return {p for p in out.stdout.splitlines() if p.startswith(("/opt/council-desktop/", "/usr/"))
                and (os.path.islink(p) or not os.path.isdir(p))}

    try:
        for how in ("remove", "purge"):
            proc = _apt("install", str(deb.path))
            assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
            assert _dpkg_status("council-desktop") == "installed"
            files = installed_files()
            # on the PATH, in the menu, with its icon
            assert shutil.which("council-desktop", path="/usr/bin") == "/usr/bin/council-desktop"
            assert os.readlink("/usr/bin/council-desktop") == "/opt/council-desktop/council-desktop"
            desktop = Path("/usr/share/applications/council-desktop.desktop").read_text()
            assert "Exec=council-desktop" in desktop and "Icon=council-desktop" in desktop
            for s in DEB_SIZES:
                assert Path(f"/usr/share/icons/hicolor/{s}x{s}/apps/council-desktop.png").is_file()
            assert Path("/usr/share/icons/hicolor/scalable/apps/council-desktop.svg").is_file()
            assert Path(f"/usr/share/metainfo/{APPSTREAM_ID}.metainfo.xml").is_file()
            if how == "remove":
                t0 = time.monotonic()
                run = subprocess.run(["council-desktop", "--self-test"], capture_output=True, text=True,
                                     timeout=120, env=env)
                assert run.returncode == 0, run.stdout + run.stderr
                assert "(frozen bundle)" in run.stdout and "platform plugin 'offscreen' loaded" in run.stdout
                assert run.stdout.splitlines()[-1].startswith("self-test passed"), run.stdout
                assert time.monotonic() - t0 < 60
                version = subprocess.run(["council-desktop", "--version"], capture_output=True, text=True,
                                         timeout=60, env=env)
                assert version.stdout.strip() == f"council-desktop {__version__}"
                # running it wrote nothing into the installed tree (no __pycache__, no logs)
                on_disk = {str(p) for p in Path("/opt/council-desktop").rglob("*") if not p.is_dir()}
                assert on_disk <= files, sorted(on_disk - files)[:5]
            proc = _apt(how, "council-desktop")
            assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
            assert _dpkg_status("council-desktop") == "not-installed"  # nothing kept: no configuration files
            left = [f for f in files if os.path.lexists(f)]
            assert left == [], left[:5]
            assert not Path("/opt/council-desktop").exists() and not os.path.lexists("/usr/bin/council-desktop")
            assert not Path("/usr/share/doc/council-desktop").exists()
            for path, text in user_files.items():
                assert path.read_text() == text, path
    finally:
        if _dpkg_status("council-desktop") != "not-installed":
            subprocess.run(["dpkg", "--purge", "council-desktop"], capture_output=True, timeout=300)
