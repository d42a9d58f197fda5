#!/usr/bin/env bash
# Set up (if needed) and start Sanad. With no vault on this computer yet, it opens a demo vault
# with synthetic people (made on first use; user admin, password demo or $SANAD_PASSWORD).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The office's own vault if this computer has one; otherwise the demo.
if [ -e "$(.venv/bin/python -c 'from desktop import paths; print(paths.default_vault())')" ]; then
  command=(.venv/bin/sanad "$@")
else
  command=(.venv/bin/sanad demo --open "$@")
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "start: no display found; starting on a virtual screen (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1366x768x24" "${command[@]}"
fi
exec "${command[@]}"
