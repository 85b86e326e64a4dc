#!/usr/bin/env bash
# Build the double-click app: dist/council-desktop/ (PyInstaller one-folder bundle) and, on Linux,
# dist/council-desktop-<version>-linux-<arch>.tar.gz with install.sh inside.
#
#   scripts/build_app.sh                      build + tarball (uses $PYTHON, else .venv/, else python3)
#   scripts/build_app.sh --no-tar             build only
#   scripts/build_app.sh --stage DIR          only add install.sh, the .desktop entry, icons and AppStream
#                                             metadata to an existing bundle folder DIR (used by the build and tests)
#   DISTPATH=/tmp/d WORKPATH=/tmp/w scripts/build_app.sh    build somewhere else (the repo stays clean)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP=council-desktop
APPSTREAM_ID=io.github.council_desktop.CouncilDesktop
SIZES=(16 24 32 48 64 128 256 512)

stage() {  # stage BUNDLE_DIR: the files install.sh needs, in the FHS layout it expects under share/
    local b=$1
    [[ -d $b ]] || { echo "build_app.sh: no bundle folder at $b" >&2; return 1; }
    install -m 755 "$ROOT/packaging/install.sh" "$b/install.sh"
    install -D -m 644 "$ROOT/resources/$APP.desktop" "$b/share/applications/$APP.desktop"
    install -D -m 644 "$ROOT/resources/$APPSTREAM_ID.metainfo.xml" "$b/share/metainfo/$APPSTREAM_ID.metainfo.xml"
    install -D -m 644 "$ROOT/resources/$APP.svg" "$b/share/icons/hicolor/scalable/apps/$APP.svg"
    local s
    for s in "${SIZES[@]}"; do
        install -D -m 644 "$ROOT/resources/$APP-$s.png" "$b/share/icons/hicolor/${s}x${s}/apps/$APP.png"
    done
}

if [[ ${1:-} == --stage ]]; then
    [[ $# -eq 2 ]] || { echo "usage: build_app.sh --stage BUNDLE_DIR" >&2; exit 2; }
    stage "$2"
    exit 0
fi
make_tar=1
case ${1:-} in
    --no-tar) make_tar=0 ;;
    "") ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build_app.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

if [[ -z ${PYTHON:-} ]]; then
    for p in "$ROOT/.venv/bin/python"; do
        if [[ -x $p ]]; then PYTHON=$p; break; fi
    done
    PYTHON=${PYTHON:-python3}
fi
DISTPATH=${DISTPATH:-$ROOT/dist}
WORKPATH=${WORKPATH:-$ROOT/build}
"$PYTHON" -c "import PyInstaller" 2>/dev/null || {
    echo "build_app.sh: PyInstaller is not installed for $PYTHON (pip install -e '.[build]')" >&2; exit 1; }
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/council_desktop/__init__.py")
OS=$(uname -s | tr '[:upper:]' '[:lower:]')
ARCH=$(uname -m)

now() { "$PYTHON" -c 'import time; print(time.time())'; }  # date +%s.%N is GNU only
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

cd "$ROOT"
echo "Building $APP $VERSION with $("$PYTHON" -m PyInstaller --version 2>/dev/null | head -1 | sed 's/^/PyInstaller /') ..."
t0=$(now)
"$PYTHON" -m PyInstaller council_desktop.spec --noconfirm --clean --log-level WARN \
    --distpath "$DISTPATH" --workpath "$WORKPATH"
t1=$(now)
BUNDLE=$DISTPATH/$APP
if [[ $OS == darwin ]]; then
    echo "Built $DISTPATH/LLM Council.app in $(elapsed "$t0" "$t1") s"
    exit 0
fi
[[ -x $BUNDLE/$APP ]] || { echo "build_app.sh: $BUNDLE/$APP was not built" >&2; exit 1; }
stage "$BUNDLE"
build_s=$(elapsed "$t0" "$t1")
bundle_mb=$(du -sm "$BUNDLE" | cut -f1)
echo "build time:  ${build_s} s"
echo "bundle:      $BUNDLE (${bundle_mb} MB)"

if [[ $make_tar == 1 ]]; then
    name=$APP-$VERSION-$OS-$ARCH
    tarball=$DISTPATH/$name.tar.gz
    staging=$WORKPATH/tar/$name
    rm -rf "$WORKPATH/tar"
    mkdir -p "$WORKPATH/tar"
    cp -al "$BUNDLE" "$staging" 2>/dev/null || cp -a "$BUNDLE" "$staging"  # hard links: no second copy on disk
    t2=$(now)
    tar -C "$WORKPATH/tar" --owner=0 --group=0 --numeric-owner -czf "$tarball" "$name"
    t3=$(now)
    rm -rf "$WORKPATH/tar"
    tar_mb=$(awk -v s="$(stat -c %s "$tarball")" 'BEGIN { printf "%.1f", s / 1048576 }')
    echo "tarball:     $tarball (${tar_mb} MB, $(elapsed "$t2" "$t3") s)"
    echo "install:     tar xzf $(basename "$tarball") && ./$name/install.sh"
fi
