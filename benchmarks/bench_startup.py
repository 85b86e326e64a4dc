"""Startup benchmark of the frozen app: process start to the first main window on screen (offscreen by default).

    python benchmarks/bench_startup.py                    # measures dist/council-desktop/council-desktop
    python benchmarks/bench_startup.py --build            # builds it first (scripts/build_app.sh): build time, sizes
    python benchmarks/bench_startup.py --app source       # the same measurement from source, for comparison
    QT_QPA_PLATFORM=xcb xvfb-run -a python benchmarks/bench_startup.py --platform xcb

"First window" is when the main window gets its first Expose event: the launcher (scripts/pyi_entry.py) prints
``first-window-shown`` then and closes the window when ``COUNCIL_DESKTOP_EXIT_AFTER_SHOW=1``; the time is taken
here, from ``Popen`` to reading that line. One warm-up run, then the median of ``--runs`` (5). Every run uses a
fresh throw-away ``COUNCIL_DESKTOP_HOME``, a dummy key and the local stub server as OpenRouter, so nothing touches
the network or the user's data. Also timed: ``--version`` and ``--self-test``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from council_desktop.devserver import FakeOpenRouter  # noqa: E402

TARGET_FIRST_WINDOW_S = 0.5
TARGET_BUNDLE_MB = 150


def app_command(app: str) -> list[str]:
    if app == "source":
        return [sys.executable, str(ROOT / "scripts" / "pyi_entry.py")]
    return [app]


def run_env(platform: str, base_url: str, home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": platform,
        "QT_LOGGING_RULES": "default.warning=false",  # offscreen's "propagateSizeHints" notice
        "COUNCIL_DESKTOP_HOME": home,
        "OPENROUTER_API_KEY": "sk-or-v1-benchmark",
        "OPENROUTER_BASE_URL": base_url,
    })
    return env


def first_window(cmd: list[str], env: dict[str, str], timeout: float = 30.0) -> float:
    """Seconds from Popen to the ``first-window-shown`` line; raises if the app never reports it."""
    env = {**env, "COUNCIL_DESKTOP_EXIT_AFTER_SHOW": "1"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = None
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith("first-window-shown"):
                elapsed = time.perf_counter() - t0
                break
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise RuntimeError(f"{cmd[0]} did not exit within {timeout:.0f} s after showing its window") from None
    err = proc.stderr.read() if proc.stderr else ""
    if elapsed is None:
        raise RuntimeError(f"{cmd[0]} exited {proc.returncode} without reporting a window "
                           f"(is this build's launcher scripts/pyi_entry.py?):\n{err[-2000:]}")
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} showed its window but exited {proc.returncode}:\n{err[-2000:]}")
    return elapsed


def wall(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stdout[-1500:]}{proc.stderr[-1500:]}")
    return elapsed


def measure(label: str, fn: Callable[[], float], runs: int) -> dict[str, float]:
    fn()  # warm-up (page cache, font cache)
    times = [fn() for _ in range(runs)]
    res = {"median": statistics.median(times), "min": min(times), "max": max(times)}
    print(f"{label:<34} median {res['median'] * 1000:6.0f} ms   (range {res['min'] * 1000:.0f}–"
          f"{res['max'] * 1000:.0f} ms, {runs} runs)", flush=True)
    return res


def dir_mb(path: Path) -> float:
    """Disk usage in MB (like ``du -sm``: symlinks count as links, hard links once)."""
    if shutil.which("du"):
        out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True).stdout
        return int(out.split()[0]) / 1024
    return sum(p.lstat().st_size for p in path.rglob("*")) / 1048576


def build(dist: Path, work: Path) -> dict[str, float]:
    env = {**os.environ, "DISTPATH": str(dist), "WORKPATH": str(work), "PYTHON": sys.executable}
    t0 = time.perf_counter()
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "build_app.sh")], env=env, capture_output=True, text=True)
    total = time.perf_counter() - t0
    print(proc.stdout, end="")
    if proc.returncode != 0:
        raise SystemExit(f"the build failed:\n{proc.stderr[-3000:]}")
    m = re.search(r"build time:\s+([\d.]+) s", proc.stdout)
    return {"pyinstaller_s": float(m.group(1)) if m else total, "build_script_s": total}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--app", default=str(ROOT / "dist" / "council-desktop" / "council-desktop"),
                    help="the frozen launcher, or 'source' to run scripts/pyi_entry.py with this Python")
    ap.add_argument("--build", action="store_true", help="build the app first (into --dist) and time it")
    ap.add_argument("--dist", default=str(ROOT / "dist"), help="where --build puts the bundle (default dist/)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM") or "offscreen")
    ap.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    args = ap.parse_args(argv)

    results: dict[str, object] = {"platform": args.platform}
    if args.build:
        dist = Path(args.dist).resolve()
        results["build"] = build(dist, ROOT / "build" if dist == ROOT / "dist" else dist.with_name(dist.name + "-work"))
        args.app = str(dist / "council-desktop" / "council-desktop")
    cmd = app_command(args.app)
    if args.app != "source":
        launcher = Path(args.app)
        if not launcher.exists():
            print(f"no frozen app at {launcher}: build it (scripts/build_app.sh or --build) or use --app source")
            return 1
        bundle = launcher.parent
        results["bundle_mb"] = round(dir_mb(bundle), 1)
        tarballs = sorted(bundle.parent.glob("council-desktop-*.tar.gz"), key=lambda p: p.stat().st_mtime)
        if tarballs:
            results["tarball"] = tarballs[-1].name
            results["tarball_mb"] = round(tarballs[-1].stat().st_size / 1048576, 1)
        print(f"{'bundle size':<34} {results['bundle_mb']:.0f} MB (target < {TARGET_BUNDLE_MB} MB)")
        if tarballs:
            print(f"{'tarball size':<34} {results['tarball_mb']:.1f} MB ({results['tarball']})")

    with FakeOpenRouter() as srv, tempfile.TemporaryDirectory(prefix="council-bench-") as tmp:
        counter = iter(range(10_000))

        def env() -> dict[str, str]:  # a fresh home per run: no history, no settings, like a first launch
            return run_env(args.platform, srv.base_url, str(Path(tmp) / f"home{next(counter)}"))

        fw = measure("start to first window", lambda: first_window(cmd, env()), args.runs)
        results["first_window_s"] = fw
        results["version_s"] = measure("--version", lambda: wall([*cmd, "--version"], env()), args.runs)
        results["self_test_s"] = measure("--self-test", lambda: wall([*cmd, "--self-test"], env()), args.runs)
    verdict = "meets" if fw["median"] < TARGET_FIRST_WINDOW_S else "MISSES"
    print(f"first window: {fw['median'] * 1000:.0f} ms {verdict} the {TARGET_FIRST_WINDOW_S * 1000:.0f} ms target")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
