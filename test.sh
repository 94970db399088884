#!/usr/bin/env bash
# Runs every check CI runs: formatting, lints, docs, and all tests.
set -euo pipefail
cd "$(dirname "$0")"
CHANCERY_PREPARE_FOR_TESTS=1
source scripts/prepare.sh

echo "==> cargo fmt --check"
cargo fmt --all --check
echo "==> cargo clippy"
cargo clippy --locked --workspace --all-targets -- -D warnings
echo "==> cargo doc"
RUSTDOCFLAGS="-D warnings" cargo doc --locked --workspace --no-deps
echo "==> cargo test"
# Snapshots are never accepted silently in a test run: review with `cargo insta review`.
INSTA_UPDATE=no cargo test --locked --workspace
