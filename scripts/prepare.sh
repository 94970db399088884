# Sourced by ./run.sh and ./test.sh: makes sure this machine can build Chancery.
# Installs what is missing (Debian/Ubuntu), never what is already there.

# Builds share one target folder outside the clone, so a second clone (or CI on this
# machine) reuses the ~300 compiled dependencies instead of spending ~7 minutes again.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/chancery/target}"
export PATH="$HOME/.cargo/bin:$PATH"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# A C compiler and linker for the few dependencies that build C code.
if ! command -v cc >/dev/null 2>&1; then
  echo "==> installing a C toolchain (build-essential)"
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends build-essential pkg-config ca-certificates curl
fi

# The desktop window (Tauri v2) builds against the system WebKitGTK; Xvfb and the WebKit
# WebDriver run the window headless in tests.
packages="libwebkit2gtk-4.1-dev webkit2gtk-driver xvfb"
# The tests open Word exports in LibreOffice, as a colleague receiving one would, and
# print the HTML export with Chromium, as a reader pressing Print would.
if [ "${CHANCERY_PREPARE_FOR_TESTS:-}" = 1 ]; then
  packages="$packages libreoffice-writer-nogui chromium"
fi
missing=""
for package in $packages; do
  dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
if [ -n "$missing" ]; then
  echo "==> installing system packages:$missing"
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 $missing
fi

# Rust 1.89 or newer (the oldest that builds every dependency; Debian's own rustc is
# too old for Typst), so use rustup.
if ! command -v cargo >/dev/null 2>&1; then
  echo "==> installing Rust with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component rustfmt,clippy
  export PATH="$HOME/.cargo/bin:$PATH"
fi
rust_minor=$(rustc --version | sed -E 's/^rustc 1\.([0-9]+).*/\1/')
if [ "${rust_minor:-0}" -lt 89 ] && command -v rustup >/dev/null 2>&1; then
  echo "==> updating Rust (found $(rustc --version), need 1.89 or newer)"
  rustup update stable
fi
for component in rustfmt clippy; do
  if ! cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1 && command -v rustup >/dev/null 2>&1; then
    rustup component add "$component"
  fi
done
