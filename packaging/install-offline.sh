#!/bin/sh
# EngageTrack offline install for this user only (no root, no network): a virtual environment
# filled from this folder alone, every wheel checked against its SHA-256 in requirements.txt.
#   sh install-offline.sh [TARGET]      default TARGET: ~/.local/opt/engagetrack
# PYTHON chooses the interpreter (python3 by default; CPython 3.11 or 3.12).
set -eu
HERE=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
PYTHON=${PYTHON:-python3}
TARGET=${1:-${HOME}/.local/opt/engagetrack}

# no pip configuration file applies: an index named there must not be asked
PIP_CONFIG_FILE=/dev/null
PIP_NO_INPUT=1
export PIP_CONFIG_FILE PIP_NO_INPUT

"$PYTHON" -m venv "$TARGET"
"$TARGET/bin/python" -m pip install --no-index --find-links "$HERE" --only-binary=:all: \
    --require-hashes --disable-pip-version-check --no-cache-dir -r "$HERE/requirements.txt"
echo "EngageTrack installed in $TARGET"
echo "Start it with: $TARGET/bin/engagetrack"
