//! Regex literals: the patterns extraction and validation match prose
//! with, compiled once each.

use regex::Regex;

/// Compiles a regex literal. It can only fail if the literal itself is
/// invalid, which each literal's unit tests rule out.
#[allow(clippy::expect_used)]
pub(crate) fn literal_regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("regex literal compiles")
}
