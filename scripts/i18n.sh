#!/usr/bin/env bash
# The window's translations: extract every tr()/translate() string of the window into the .ts catalogues
# and English's plural forms (new strings arrive "unfinished", strings gone from the code are dropped), then compile them to the .qm files
# the package ships.    scripts/i18n.sh           update the .ts files, then compile
#                       scripts/i18n.sh --compile compile only
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${I18N_BIN:-.venv/bin}
DIR=council_desktop/resources/i18n
LANGS=(de fr es zh_CN)
mkdir -p "$DIR"
if [ "${1:-}" != "--compile" ]; then
  mapfile -t SOURCES < <(ls council_desktop/app.py council_desktop/ui/*.py)
  for lang in "${LANGS[@]}"; do
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
      "${SOURCES[@]}" -ts "$DIR/council_$lang.ts"
  done
  # English is the source language: its catalogue holds only the plural forms of "%n …" strings
  "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -pluralonly -source-language en -target-language en \
    "${SOURCES[@]}" -ts "$DIR/council_en.ts"
fi
for lang in en "${LANGS[@]}"; do
  "$BIN/pyside6-lrelease" -silent -removeidentical "$DIR/council_$lang.ts" -qm "$DIR/council_$lang.qm"
done
