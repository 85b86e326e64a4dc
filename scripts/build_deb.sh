#!/usr/bin/env bash
# Build a Debian/Ubuntu package from the PyInstaller bundle that scripts/build_app.sh made, with dpkg-deb only:
# dist/council-desktop_<version>_<arch>.deb. Install it with  sudo apt install ./council-desktop_<version>_<arch>.deb
#
#   scripts/build_deb.sh                        package dist/council-desktop/ into dist/
#   scripts/build_deb.sh --bundle DIR --out DIR  package the bundle folder DIR (as build_app.sh left it) into DIR
#   DISTPATH=/tmp/d WORKPATH=/tmp/w scripts/build_deb.sh    the same folders build_app.sh was given
#   DEB_COMPRESS=gzip|xz|none (default xz)   DEB_MAINTAINER="Name <address>"
#
# The package: the app in /opt/council-desktop/, /usr/bin/council-desktop (a symlink to it), the menu entry, the
# hicolor icons and the AppStream metadata in /usr/share/, copyright and changelog in /usr/share/doc/. No maintainer
# scripts (the desktop and icon caches are refreshed by dpkg triggers), no configuration files: apt remove takes
# every file away and never touches a user's settings, history or saved key. Depends: libc6 at least the newest
# GLIBC_x.y symbol version any bundled library uses, and the package of every library the bundle links to but does
# not carry (found with objdump and dpkg-query).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP=council-desktop
APPSTREAM_ID=io.github.council_desktop.CouncilDesktop
SIZES=(16 24 32 48 64 128 256 512)

DISTPATH=${DISTPATH:-$ROOT/dist}
WORKPATH=${WORKPATH:-$ROOT/build}
BUNDLE=$DISTPATH/$APP
OUT=$DISTPATH
while [[ $# -gt 0 ]]; do
    case $1 in
        --bundle) [[ $# -ge 2 ]] || { echo "build_deb.sh: --bundle needs a folder" >&2; exit 2; }; BUNDLE=$2; shift ;;
        --out) [[ $# -ge 2 ]] || { echo "build_deb.sh: --out needs a folder" >&2; exit 2; }; OUT=$2; shift ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build_deb.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done

die() { echo "build_deb.sh: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-query objdump gzip md5sum; do
    command -v "$tool" >/dev/null || die "$tool is missing (a Debian or Ubuntu system with binutils is needed)"
done
[[ -x $BUNDLE/$APP && -d $BUNDLE/_internal ]] || die "no bundle at $BUNDLE: run scripts/build_app.sh first"
[[ -f $BUNDLE/share/applications/$APP.desktop ]] || die "$BUNDLE/share is missing: an incomplete bundle"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
t0=$(now)

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/council_desktop/__init__.py")
# PEP 440 pre-releases sort before the release in Debian only with a tilde: 1.0rc1 -> 1.0~rc1, 1.0.dev2 -> 1.0~dev2
DEB_VERSION=$(printf '%s' "$VERSION" | sed -E 's/\.?(a|b|rc|dev)([0-9]+)/~\1\2/g')
ARCH=$(dpkg --print-architecture)
MAINTAINER=${DEB_MAINTAINER:-"LLM Council Desktop developers <maintainers@council-desktop.invalid>"}
COMPRESS=${DEB_COMPRESS:-xz}
DEB=$OUT/${APP}_${DEB_VERSION}_${ARCH}.deb

STAGE=$WORKPATH/deb/root
rm -rf "$WORKPATH/deb"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/doc/$APP"

# -- the app: the bundle without the per-user installer and the files that go to /usr/share --------------------
mkdir "$STAGE/opt/$APP"
cp -R "$BUNDLE/$APP" "$BUNDLE/_internal" "$STAGE/opt/$APP/"
find "$STAGE/opt" -type d -exec chmod 755 {} +
find "$STAGE/opt" -type f -exec chmod 644 {} +  # shared libraries too: Debian policy, and dlopen needs no x bit
chmod 755 "$STAGE/opt/$APP/$APP"
ln -s "/opt/$APP/$APP" "$STAGE/usr/bin/$APP"

# -- desktop integration --------------------------------------------------------------------------------------
install -D -m 644 "$ROOT/resources/$APP.desktop" "$STAGE/usr/share/applications/$APP.desktop"
install -D -m 644 "$ROOT/resources/$APPSTREAM_ID.metainfo.xml" "$STAGE/usr/share/metainfo/$APPSTREAM_ID.metainfo.xml"
install -D -m 644 "$ROOT/resources/$APP.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP.svg"
for s in "${SIZES[@]}"; do
    install -D -m 644 "$ROOT/resources/$APP-$s.png" "$STAGE/usr/share/icons/hicolor/${s}x${s}/apps/$APP.png"
done

# -- copyright and changelog ----------------------------------------------------------------------------------
{
    echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    echo "Upstream-Name: $APP"
    echo "Comment: This package carries its own Python and Qt (PySide6-Essentials, LGPL-3.0-only) and the"
    echo " libraries they need, each under its own license; the Python packages' license files are in"
    echo " /opt/$APP/_internal/*.dist-info/."
    echo
    echo "Files: *"
    echo "Copyright: The LLM Council Desktop developers"
    echo "License: MIT"
    sed -e 's/^$/./' -e 's/^/ /' "$ROOT/LICENSE"
} > "$STAGE/usr/share/doc/$APP/copyright"
chmod 644 "$STAGE/usr/share/doc/$APP/copyright"
when=$(date -R -u ${SOURCE_DATE_EPOCH:+-d "@$SOURCE_DATE_EPOCH"})
printf '%s (%s) unstable; urgency=medium\n\n  * Release %s, packaged from the PyInstaller bundle.\n\n -- %s  %s\n' \
    "$APP" "$DEB_VERSION" "$VERSION" "$MAINTAINER" "$when" | gzip -9n > "$STAGE/usr/share/doc/$APP/changelog.gz"
chmod 644 "$STAGE/usr/share/doc/$APP/changelog.gz"

# -- what the bundle needs from the system --------------------------------------------------------------------
is_elf() { [[ $(head -c 4 "$1" | od -An -c | tr -d ' ') == '177ELF' ]]; }
declare -A bundled=()
elves=()
while IFS= read -r -d '' f; do
    bundled[$(basename "$f")]=1
    if is_elf "$f"; then elves+=("$f"); fi
done < <(find "$STAGE/opt/$APP" -type f -print0)
glibc=$(for f in "${elves[@]}"; do objdump -T "$f" 2>/dev/null; done | grep -o 'GLIBC_[0-9][0-9.]*' \
        | sed 's/GLIBC_//' | sort -t. -k1,1n -k2,2n -k3,3n -u | tail -1)
[[ -n $glibc ]] || die "found no GLIBC symbol versions in the bundle (is objdump working?)"
needed=$(for f in "${elves[@]}"; do objdump -p "$f" 2>/dev/null | awk '$1 == "NEEDED" { print $2 }'; done | sort -u)

package_of() {  # the package that ships a library soname: asked of dpkg, else by Debian's naming rule
    local so=$1 pkg
    case $so in
        libc.so.*|libm.so.*|libdl.so.*|libpthread.so.*|libresolv.so.*|librt.so.*|libutil.so.*|ld-linux*) echo libc6; return ;;
    esac
    pkg=$(dpkg-query -S "*/$so" 2>/dev/null | grep -E ': /(usr/)?lib/' | head -1 | cut -d: -f1 || true)
    if [[ -z $pkg ]]; then
        case $so in
            libglib-2.0.so.0|libgobject-2.0.so.0|libgio-2.0.so.0|libgmodule-2.0.so.0) pkg=libglib2.0-0 ;;
            libgcc_s.so.1) pkg=libgcc-s1 ;;
            *)  # libfoo.so.N -> libfooN; libfoo2.so.N -> libfoo2-N
                local base=${so%%.so.*} ver=${so##*.so.}
                ver=${ver%%.*}
                if [[ $base =~ [0-9]$ ]]; then pkg=$base-$ver; else pkg=$base$ver; fi
                pkg=$(printf '%s' "$pkg" | tr '[:upper:]_' '[:lower:]-') ;;
        esac
        echo "build_deb.sh: note: $so is not installed here; assuming Debian's package $pkg" >&2
    fi
    echo "$pkg"
}
declare -A deps=()
system_libs=()
for so in $needed; do
    [[ -n ${bundled[$so]:-} ]] && continue
    system_libs+=("$so")
    pkg=$(package_of "$so")
    [[ $pkg == libc6 ]] || deps[$pkg]=1
done
depends="libc6 (>= $glibc)"
for pkg in $(printf '%s\n' "${!deps[@]}" | sort); do depends+=", $pkg"; done

# -- control and md5sums ------------------------------------------------------------------------------------------
installed_kb=$(find "$STAGE" -path "$STAGE/DEBIAN" -prune -o \( -type f -printf '%s\n' \) \
               | awk '{ kb += int(($1 + 1023) / 1024) } END { print kb }')
installed_kb=$((installed_kb + $(find "$STAGE" -path "$STAGE/DEBIAN" -prune -o \( -type d -o -type l \) -print | wc -l)))
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $APP
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $installed_kb
Depends: $depends
Recommends: fonts-dejavu-core | fonts-liberation2 | fonts-noto-core
Suggests: gnome-keyring | kwalletmanager
Section: utils
Priority: optional
Description: ask a council of LLMs one question and read one synthesis
 LLM Council Desktop sends one question to several large language models at
 once (OpenRouter, or any OpenAI-compatible server such as Ollama or
 llama.cpp), shows their answers streaming in side by side, has every model
 review and rank the others anonymously, and a chairman model write one final
 answer. Every run is kept locally, searchable and exportable; the API key
 stays in the system keyring.
 .
 This package holds the self-contained app (its own Python and Qt) in
 /opt/$APP.
EOF
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
    | xargs -0 md5sum) > "$STAGE/DEBIAN/md5sums"
chmod 644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"
chmod 755 "$STAGE/DEBIAN"

t1=$(now)
rm -f "$DEB"
dpkg-deb --root-owner-group -Z"$COMPRESS" --build "$STAGE" "$DEB" >/dev/null
t2=$(now)
rm -rf "$WORKPATH/deb"
deb_mb=$(awk -v s="$(stat -c %s "$DEB")" 'BEGIN { printf "%.1f", s / 1048576 }')
echo "glibc floor: $glibc (the newest GLIBC_x.y symbol version in the bundle)"
echo "system libs: ${system_libs[*]:-none}"
echo "depends:     $depends"
echo "deb:         $DEB ($deb_mb MB, installed $((installed_kb / 1024)) MB; staged in $(elapsed "$t0" "$t1") s, $COMPRESS in $(elapsed "$t1" "$t2") s)"
echo "install:     sudo apt install ./$(basename "$DEB")"
