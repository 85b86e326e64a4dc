#!/bin/sh
# Install LLM Council Desktop for the current user (Linux), or remove it again.
#
#   ./install.sh                 install from the folder this script is in
#   ./install.sh --uninstall     remove everything a previous install put in place
#   ./install.sh --prefix DIR    use DIR/share and DIR/bin instead of ~/.local/share and ~/.local/bin
#
# Installs: the app folder  ${XDG_DATA_HOME:-~/.local/share}/council-desktop/
#           the launcher    ~/.local/bin/council-desktop (a symlink)
#           the menu entry  .../applications/council-desktop.desktop, icons in .../icons/hicolor/,
#                           AppStream metadata in .../metainfo/
# No root needed; nothing outside those folders is touched.
set -eu

APP=council-desktop
APPSTREAM_ID=io.github.council_desktop.CouncilDesktop
MANIFEST_NAME=.install-manifest

usage() {
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
}

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: error: %s\n' "$*" >&2; exit 1; }

mode=install
prefix=
force=0
update_caches=1
while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) mode=uninstall ;;
        --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix=$2; shift ;;
        --prefix=*) prefix=${1#--prefix=} ;;
        --force) force=1 ;;
        --no-cache-update) update_caches=0 ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown option '$1' (try --help)" ;;
    esac
    shift
done

[ -n "${HOME:-}" ] || die "HOME is not set"
if [ -n "$prefix" ]; then
    case "$prefix" in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
    DATA=$prefix/share
    BIN=$prefix/bin
else
    DATA=${XDG_DATA_HOME:-$HOME/.local/share}
    case "$DATA" in /*) ;; *) DATA=$HOME/.local/share ;; esac  # the XDG spec ignores relative paths
    BIN=$HOME/.local/bin
fi
APPDIR=$DATA/$APP
LAUNCHER=$BIN/$APP
DESKTOP=$DATA/applications/$APP.desktop
METAINFO=$DATA/metainfo/$APPSTREAM_ID.metainfo.xml
ICONS=$DATA/icons/hicolor

refresh_caches() {
    [ "$update_caches" = 1 ] || return 0
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA/applications" ]; then
        update-desktop-database -q "$DATA/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$ICONS" ]; then
        gtk-update-icon-cache -q -t -f "$ICONS" >/dev/null 2>&1 || true
    fi
    return 0
}

# Remove one installed file, and the folders above it that become empty (up to, never including, $DATA).
remove_file() {
    if [ -e "$1" ] || [ -L "$1" ]; then
        rm -f "$1"
    fi
    d=$(dirname "$1")
    while [ "$d" != "$DATA" ] && [ "${d#"$DATA"/}" != "$d" ] && rmdir "$d" 2>/dev/null; do
        d=$(dirname "$d")
    done
}

# A cache file the tools above wrote goes too when it is all that is left in its folder; so do empty folders.
remove_lonely_cache() {
    dir=$1 cache=$2
    [ -d "$dir" ] || return 0
    if [ "$(ls -A "$dir")" = "$cache" ]; then rm -f "$dir/$cache"; fi
    remove_file "$dir/$cache"
}

uninstall() {
    found=0
    if [ -f "$APPDIR/$MANIFEST_NAME" ]; then
        found=1
        while IFS= read -r f; do
            [ -n "$f" ] || continue
            case "$f" in
                "$LAUNCHER")
                    # only our symlink, never a council-desktop someone else put there
                    if [ -L "$f" ] && [ "$(readlink "$f")" = "$APPDIR/$APP" ]; then rm -f "$f"; fi ;;
                "$DATA"/*) remove_file "$f" ;;
            esac
        done < "$APPDIR/$MANIFEST_NAME"
    else
        # no manifest (an old or a partial install): remove the well-known paths
        for f in "$DESKTOP" "$METAINFO" "$ICONS"/*/apps/$APP.png "$ICONS"/scalable/apps/$APP.svg; do
            if [ -e "$f" ]; then found=1; remove_file "$f"; fi
        done
        if [ -L "$LAUNCHER" ] && [ "$(readlink "$LAUNCHER")" = "$APPDIR/$APP" ]; then found=1; rm -f "$LAUNCHER"; fi
    fi
    if [ -d "$APPDIR" ]; then
        [ -x "$APPDIR/$APP" ] || [ -f "$APPDIR/$MANIFEST_NAME" ] || \
            die "$APPDIR does not look like an LLM Council install; not removing it"
        found=1
        rm -rf "$APPDIR"
    fi
    refresh_caches
    remove_lonely_cache "$DATA/applications" mimeinfo.cache
    remove_lonely_cache "$ICONS" icon-theme.cache
    if [ "$found" = 1 ]; then
        say "LLM Council Desktop was removed from $APPDIR."
        say "Your settings, history and saved API key were kept (remove them in the app's data folders" \
            "and the system keyring if you wish)."
    else
        say "LLM Council Desktop is not installed under $DATA; nothing to do."
    fi
}

install_app() {
    SRC=$(cd "$(dirname "$0")" && pwd)
    [ -x "$SRC/$APP" ] || die "$SRC/$APP not found: run install.sh from the unpacked council-desktop folder"
    [ -f "$SRC/share/applications/$APP.desktop" ] || die "$SRC/share is missing: an incomplete bundle"
    if [ -e "$LAUNCHER" ] || [ -L "$LAUNCHER" ]; then
        if ! { [ -L "$LAUNCHER" ] && [ "$(readlink "$LAUNCHER")" = "$APPDIR/$APP" ]; } && [ "$force" != 1 ]; then
            die "$LAUNCHER already exists and is not from this installer (another council-desktop, e.g. from pip?). Remove it or run again with --force."
        fi
    fi

    mkdir -p "$DATA" "$BIN"
    if [ "$SRC" != "$APPDIR" ]; then
        # copy next to the destination, then swap: an interrupted copy never leaves a half-installed app
        tmp=$DATA/.$APP.installing.$$
        rm -rf "$tmp"
        trap 'rm -rf "$tmp"' EXIT INT TERM
        cp -R "$SRC" "$tmp"
        if [ -d "$APPDIR" ]; then
            old=$DATA/.$APP.old.$$
            mv "$APPDIR" "$old"
            mv "$tmp" "$APPDIR"
            rm -rf "$old"
        else
            mv "$tmp" "$APPDIR"
        fi
        trap - EXIT INT TERM
    fi

    manifest=$APPDIR/$MANIFEST_NAME
    : > "$manifest"

    ln -sfn "$APPDIR/$APP" "$LAUNCHER"
    printf '%s\n' "$LAUNCHER" >> "$manifest"

    # the menu entry, with the absolute path of the launcher (quoted as the Desktop Entry spec asks)
    mkdir -p "$DATA/applications"
    # (inside the quotes: \ " ` $ get a backslash, which the file's own escaping doubles; % becomes %%)
    exe=$(printf '%s' "$APPDIR/$APP" | sed -e 's/[\\"`$]/\\\\&/g' -e 's/%/%%/g')
    tryexec=$(printf '%s' "$APPDIR/$APP" | sed -e 's/\\/\\\\/g')
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
            Exec=*) printf 'Exec="%s"\n' "$exe" ;;
            TryExec=*) printf 'TryExec=%s\n' "$tryexec" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done < "$APPDIR/share/applications/$APP.desktop" > "$DESKTOP"
    chmod 644 "$DESKTOP"
    printf '%s\n' "$DESKTOP" >> "$manifest"

    for png in "$APPDIR"/share/icons/hicolor/*/apps/$APP.png "$APPDIR"/share/icons/hicolor/scalable/apps/$APP.svg; do
        [ -f "$png" ] || continue
        rel=${png#"$APPDIR/share/icons/hicolor/"}
        mkdir -p "$ICONS/$(dirname "$rel")"
        cp "$png" "$ICONS/$rel"
        printf '%s\n' "$ICONS/$rel" >> "$manifest"
    done

    if [ -f "$APPDIR/share/metainfo/$APPSTREAM_ID.metainfo.xml" ]; then
        mkdir -p "$DATA/metainfo"
        cp "$APPDIR/share/metainfo/$APPSTREAM_ID.metainfo.xml" "$METAINFO"
        printf '%s\n' "$METAINFO" >> "$manifest"
    fi

    refresh_caches

    say "LLM Council Desktop is installed in $APPDIR."
    say "Start it from the app menu, or run: $APP"
    case ":${PATH:-}:" in
        *":$BIN:"*) ;;
        *) say "Note: $BIN is not on your PATH; add it (e.g. in ~/.profile) to run '$APP' from a terminal." ;;
    esac
    say "To remove it: $APPDIR/install.sh --uninstall${prefix:+ --prefix $prefix}"
}

case "$mode" in
    install) install_app ;;
    uninstall) uninstall ;;
esac
