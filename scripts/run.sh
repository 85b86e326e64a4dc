#!/usr/bin/env bash
# Installs the app into .venv (and, on Debian/Ubuntu, the few system libraries Qt's xcb plugin needs), then
# launches it. Extra arguments go to council-desktop (e.g. `scripts/run.sh ask "Why is the sky blue?"`).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libegl1 libgl1 libfontconfig1 fonts-dejavu-core)
if command -v apt-get >/dev/null 2>&1; then
  missing=""; for p in "${APT_PACKAGES[@]}"; do dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -q '^installed$' || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    echo "Installing Qt's system libraries:$missing" >&2
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e .
exec .venv/bin/council-desktop "$@"
