//! Coverage-guided fuzzing of decode + parse + extract + validate: the
//! whole per-document pipeline, without the runner's panic guard, so a
//! panic is a crash libFuzzer keeps.
//!
//! The first byte picks the file name (its extension is a media hint)
//! and whether tight limits are used; the rest is the document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nianbao::config::Limits;
use nianbao::pipeline::{process_bytes, Options};

fuzz_target!(|data: &[u8]| {
    let Some((&sel, body)) = data.split_first() else {
        return;
    };
    let path = ["a.html", "a.txt", "a.csv", "a.md", "a", "a.tsv", "a.htm", "a.xhtml"]
        [(sel & 7) as usize];
    let limits = if sel & 8 != 0 {
        Limits {
            max_grid_cells: 64,
            max_span: 3,
            max_depth: 3,
            max_line_bytes: 64,
            max_tables: 2,
            ..Limits::default()
        }
    } else {
        Limits::default()
    };
    let opts = Options {
        limits,
        ..Options::default()
    };
    let rec = process_bytes(path, body, &opts);
    // Every record serializes to one JSON line.
    let line = nianbao::sink::line(&rec);
    assert_eq!(line.iter().filter(|&&b| b == b'\n').count(), 1);
    // The parsers alone, on any text, with the same limits.
    let text = String::from_utf8_lossy(body);
    let _ = nianbao::parse::html::parse(&text, &opts.limits);
    let _ = nianbao::parse::text::parse(&text, &opts.limits);
});
