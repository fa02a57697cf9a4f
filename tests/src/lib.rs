//! Test-only crate: see `tests/` for the suites.
