//! nianbao turns Chinese government information-disclosure annual reports
//! (政府信息公开工作年度报告) into checked JSON lines, one per document.
//!
//! The pipeline, one stage a module, each passing a typed value on:
//!
//! ```text
//! source   paths, folders, archives      -> RawDoc   (bytes + path)
//! decode   BOM / charset / detector      -> Decoded  (text + encoding)
//! parse    HTML tables, flattened text   -> Document (lines + grids)
//! extract  grids onto the template       -> Record   (values + structure issues)
//! validate identities, prose, soft rules -> Record   (+ issues, status)
//! sink     ordered JSON lines            -> OUT.jsonl
//! ```
//!
//! [`pipeline`] runs the stages over many documents in parallel (workers that
//! pull documents one at a time) and writes in input order; [`corpus`] adds the
//! checks that need the whole corpus (copies, cross-year carry-over,
//! coverage).
//!
//! ```
//! let bytes = "安镇街道2020年政府信息公开工作年度报告\n".as_bytes();
//! let rec = nianbao::pipeline::process_bytes("安镇街道/2020.txt", bytes, &Default::default());
//! assert_eq!(rec.year, Some(2020));
//! ```

#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]
// An `Issue` is the error of a document, moved once per document: boxing
// it would buy nothing measurable.
#![allow(clippy::result_large_err)]

pub mod config;
pub mod corpus;
pub mod decode;
pub mod extract;
pub mod hanzi;
pub mod model;
pub mod parse;
mod pattern;
pub mod pipeline;
pub mod prose;
pub mod sink;
pub mod source;
pub mod template;
pub mod validate;
pub mod words;
