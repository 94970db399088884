#!/usr/bin/env bash
# Builds Chancery and opens its window with the sample article ready to draft.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prepare.sh

cargo build --locked -p chancery-app -p chancery-cli
sample=examples/india-russia-strategic-talks.txt
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  # No screen: draft the sample with the command line instead of opening a window.
  "$CARGO_TARGET_DIR/debug/chancery" draft "$sample" -o briefing.pdf
  "$CARGO_TARGET_DIR/debug/chancery" draft "$sample" -o briefing.html
  echo "No display found: wrote $(pwd)/briefing.pdf and $(pwd)/briefing.html instead."
  exit 0
fi
# The sample is added only when there is no autosaved work to restore.
exec "$CARGO_TARGET_DIR/debug/chancery-app" "$sample"
