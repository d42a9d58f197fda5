#!/usr/bin/env bash
# Regenerate requirements.lock (security case B3): every runtime dependency of pyproject.toml plus
# the build tool (installer/build-requirements.in), each pinned with the sha256 of every file PyPI
# has for that version, resolved for all platforms at once (--universal) so one lock installs with
# `pip install --require-hashes` on Linux CI and on win_amd64 (Windows-only deps carry a marker).
# Existing pins are kept; bump one with `bash installer/lock.sh --upgrade-package reportlab`, or
# all with `--upgrade`. After a bump: reinstall (scripts/setup.sh) and run tests/test_build.py.
set -euo pipefail
cd "$(dirname "$0")/.."

UV=${UV:-}
if [ -z "$UV" ]; then
  if command -v uv >/dev/null 2>&1; then
    UV=uv
  else
    # uv is only the lock tool, not shipped: a throwaway venv under the ignored build/ folder.
    if [ ! -x build/lock-tools/bin/uv ]; then
      python3 -m venv build/lock-tools
      build/lock-tools/bin/python -m pip install -q uv
    fi
    UV=build/lock-tools/bin/uv
  fi
fi

"$UV" pip compile pyproject.toml installer/build-requirements.in \
  --universal --python-version 3.11 --generate-hashes \
  --custom-compile-command "bash installer/lock.sh" \
  --output-file requirements.lock "$@"
