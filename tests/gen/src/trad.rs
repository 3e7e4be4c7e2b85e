//! Simplified → traditional script, with OpenCC's tables
//! (`ferrous-opencc`): the generator's 繁體 reports, and the traditional
//! forms the tests feed to `nianbao::hanzi::simplify`. Written by another
//! project, so a pair missing from nianbao's table fails a test rather than
//! being undone by its own inverse.

use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;
use std::sync::OnceLock;

/// The traditional standards a report may be printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standard {
    /// OpenCC's own traditional forms (as mainland 繁體 switches print).
    OpenCc,
    /// Taiwan's forms (為, 裡): what the generator writes; all in Big5.
    Taiwan,
    /// Hong Kong's forms (説, 衞).
    HongKong,
}

impl Standard {
    /// Every standard.
    pub const ALL: [Standard; 3] = [Standard::OpenCc, Standard::Taiwan, Standard::HongKong];
}

fn converter(std: Standard) -> &'static OpenCC {
    static CC: [OnceLock<OpenCC>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let (i, cfg) = match std {
        Standard::OpenCc => (0, BuiltinConfig::S2t),
        Standard::Taiwan => (1, BuiltinConfig::S2tw),
        Standard::HongKong => (2, BuiltinConfig::S2hk),
    };
    CC[i].get_or_init(|| {
        OpenCC::from_config(cfg).unwrap_or_else(|e| panic!("OpenCC's {cfg:?} tables: {e}"))
    })
}

/// `s` in the traditional script of `std` (phrases converted as words:
/// 重复 → 重複, 行政复议 → 行政複議).
pub fn convert(s: &str, std: Standard) -> String {
    converter(std).convert(s)
}

/// `s` as the generator's 繁體 reports print it (Taiwan's forms, all in
/// Big5).
pub fn traditionalize(s: &str) -> String {
    convert(s, Standard::Taiwan)
}
