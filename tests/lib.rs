//! Test-only package: end-to-end tests that drive the core library and the `chancery`
//! binary on real files live in `e2e/`; see `README.md` for fixtures and snapshots.
