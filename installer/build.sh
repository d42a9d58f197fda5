#!/usr/bin/env bash
# Build the frozen one-folder app (dist/Sanad/) with installer/sanad.spec, prove it works by
# running its own self-test (security case B1), and pack it as dist/Sanad-<version>-linux-<arch>.tar.gz.
# Linux and CI only; Windows uses installer/build.ps1, which also makes the installer.
#   bash installer/build.sh            (uses .venv/bin/python, or $PYTHON)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

version=$("$PYTHON" -c 'from desktop import __version__; print(__version__)')
started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/sanad.spec
echo "build: PyInstaller took $(( $(date +%s) - started )) s; dist/Sanad is $(du -sh dist/Sanad | cut -f1)"

# The self-test writes its log and throwaway vault into a temporary home, never the user's.
selftest_home=$(mktemp -d)
trap 'rm -rf "$selftest_home"' EXIT
SANAD_HOME="$selftest_home" QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} dist/Sanad/sanad-cli self-test

archive="dist/Sanad-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" Sanad
( cd dist && sha256sum "$(basename "$archive")" > "$(basename "$archive").sha256" )
echo "build: $archive"
