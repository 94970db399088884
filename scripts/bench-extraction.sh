#!/usr/bin/env bash
# Extraction benchmark: quality (F1, precision, recall) and speed (pages/s on one core,
# pages read from memory) of `chancery extract` on a folder in the layout of the public
# Article Extraction Benchmark (html/*.html.gz, ground-truth.json, score.py), and the
# same for Python trafilatura 2.0 in the same run when it is installed
# (`pip install trafilatura==2.0.0 lxml_html_clean`), with the ratio.
#
#   scripts/bench-extraction.sh PATH/TO/bench/extraction
set -euo pipefail
bench="${1:?usage: scripts/bench-extraction.sh PATH/TO/bench/extraction}"
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/chancery/target}"

pages="$(mktemp -d)"
trap 'rm -rf "$pages"' EXIT
for page in "$bench"/html/*.html.gz; do
  gzip -dc "$page" > "$pages/$(basename "$page" .gz)"
done

cargo build --quiet --release -p chancery-cli
echo "== quality (score.py)"
python3 "$bench/score.py" --name chancery \
  --cmd "$CARGO_TARGET_DIR/release/chancery extract {input_html} --format text > {output_txt}"

echo "== speed, one core, from memory"
chancery_line="$(taskset -c 0 cargo bench --quiet -p chancery --bench extraction -- "$pages" | tail -1)"
echo "chancery:    $chancery_line"
chancery_rate="$(sed -E 's/.* = ([0-9.]+) pages\/s.*/\1/' <<<"$chancery_line")"

if python3 -c 'import trafilatura' 2>/dev/null; then
  trafilatura_rate="$(taskset -c 0 python3 - "$pages" <<'PY'
import pathlib, sys, time, trafilatura
pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.html"))]
runs = []
for _ in range(3):
    start = time.perf_counter()
    for html in pages:
        trafilatura.extract(html)
    runs.append(time.perf_counter() - start)
print(f"{len(pages) / sorted(runs)[1]:.1f}")
PY
)"
  echo "trafilatura: $trafilatura_rate pages/s (median of 3 rounds)"
  python3 -c "print(f'ratio:       chancery is {$chancery_rate / $trafilatura_rate:.1f}x trafilatura')"
  echo "== trafilatura quality (score.py)"
  python3 "$bench/score.py" --name trafilatura \
    --cmd "python3 -c 'import sys, trafilatura; print(trafilatura.extract(open(sys.argv[1], encoding=\"utf-8\", errors=\"replace\").read()) or \"\")' {input_html} > {output_txt}"
else
  echo "trafilatura: not installed (pip install trafilatura==2.0.0 lxml_html_clean) — no comparison this run"
fi
