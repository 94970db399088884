#!/usr/bin/env bash
# Drafts the sample article into briefing.pdf and briefing.html in this folder.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prepare.sh

cargo build --locked -p chancery-cli
chancery="$CARGO_TARGET_DIR/debug/chancery"
sample=examples/india-russia-strategic-talks.txt
"$chancery" draft "$sample" -o briefing.pdf
"$chancery" draft "$sample" -o briefing.html
echo "Wrote $(pwd)/briefing.pdf and $(pwd)/briefing.html"
echo "Try your own articles: $chancery draft FILE... -o briefing.pdf"
