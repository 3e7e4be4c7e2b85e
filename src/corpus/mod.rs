//! Corpus: checks that need many records at once: copied reports,
//! carry-over between consecutive years, coverage of an office list.
//!
//! The pipeline calls [`fingerprint`] on every parsed document, then
//! [`CorpusIndex::add`] for every record in output order, then
//! [`CorpusIndex::finish`] and appends the returned issues to the records
//! (and settles their status again). Only records with a template (reports)
//! take part.
//!
//! Issues made here (all warnings):
//!
//! | code | `where` | `expected` | `found` |
//! |---|---|---|---|
//! | `corpus.duplicate` | `source` | — | the path of another copy (the first other copy in output order) |
//! | `corpus.carry_over` | `requests.carried_over.<col>` | 四、结转下年度继续办理 of year N−1 | 二、上年结转 of year N |
//!
//! [`coverage`] checks a corpus against an office list; [`summary`] is the
//! readable digest `nianbao check` prints.

pub mod coverage;
mod digest;
mod index;
pub mod summary;

pub use digest::{fingerprint, normalize_office, region_key, Fingerprint, MIN_BODY_CHARS};
pub use index::{CorpusIndex, CorpusIssues, Sighting};
