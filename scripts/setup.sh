#!/usr/bin/env bash
# Set up Sanad on a fresh Debian/Ubuntu machine: system libraries Qt needs, then the project's
# virtual environment at .venv with pinned, hash-checked dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt's xcb platform plugin (a real window) and offscreen rendering
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-randr0 libxcb-xfixes0
  # a virtual screen for screenshots, PDF to PNG for checking letters, fonts
  xvfb poppler-utils fonts-dejavu-core
  # PyInstaller inspects binaries with these
  binutils
  # LibreOffice without a GUI: the Excel export tests convert workbooks to CSV with it
  libreoffice-calc-nogui
)

need_apt=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
  done
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" = none ]; then
    echo "setup: please install these system packages: ${need_apt[*]}" >&2
  else
    echo "setup: installing system packages: ${need_apt[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ -f requirements.lock ]; then
  # What ships is pinned and hash-checked (security case B3).
  .venv/bin/python -m pip install -q --require-hashes -r requirements.lock
fi
.venv/bin/python -m pip install -q -e ".[dev]"
echo "setup: ready (.venv)"
