#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs them. Extra arguments go to pytest.
#   system: Qt's runtime libraries (offscreen and xcb), Xvfb, fonts, D-Bus + gnome-keyring (the real-keyring test),
#           poppler-utils (the PDF export is read back with pdftotext and rendered with pdftoppm)
#   python: a venv in .venv with the app and its test/build extras
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libegl1 libgl1 libfontconfig1 fonts-dejavu-core
  dbus gnome-keyring binutils desktop-file-utils appstream poppler-utils)
if command -v apt-get >/dev/null 2>&1; then
  missing=""; for p in "${APT_PACKAGES[@]}"; do dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -q '^installed$' || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    echo "Installing system packages:$missing" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test,build]'

export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
# Keyring files of the throw-away Secret Service land here, not in the user's home.
XDG_DATA_HOME="$(mktemp -d)"; export XDG_DATA_HOME

run_pytest='exec timeout -k 10 1500 .venv/bin/python -m pytest "$@"'
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  dbus-run-session -- sh -c 'echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null; '"$run_pytest" sh "$@" </dev/null
else
  echo "note: dbus-run-session or gnome-keyring missing: the real-keyring test will be skipped" >&2
  sh -c "$run_pytest" sh "$@" </dev/null
fi
