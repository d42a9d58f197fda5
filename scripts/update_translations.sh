#!/usr/bin/env bash
# Refresh the .ts sources from the code (keeping existing translations), then compile the .qm
# files that ship. Run after changing user-visible text; commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
sources=$(git ls-files -co --exclude-standard 'desktop/*.py' 'ui/*.py' 'ui/**/*.py' 'db/*.py' 'exports/*.py' | sort -u)
for lang in ar en; do
  "$VENV/bin/pyside6-lupdate" -no-obsolete -source-language en -target-language "$lang" $sources -ts "ui/translations/sanad_$lang.ts"
  "$VENV/bin/pyside6-lrelease" "ui/translations/sanad_$lang.ts" -qm "ui/translations/sanad_$lang.qm"
done
