//! Pipeline: runs the stages over one document ([`process_bytes`]) and
//! over many in parallel, writing records in input order.

use crate::config::Limits;
use crate::corpus::{self, Fingerprint};
use crate::model::{Media, Record, Source};
use crate::{decode, extract, parse, validate};
use sha2::{Digest, Sha256};

/// Settings for processing documents.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Work bounds per document.
    pub limits: Limits,
}

/// A processed document: its record and its body digest for corpus checks.
#[derive(Debug)]
pub struct Outcome {
    /// The record.
    pub record: Record,
    /// Body digest for the copy check.
    pub fingerprint: Option<Fingerprint>,
}

/// Runs every per-document stage over `bytes` read from `path`.
pub fn process_bytes(path: &str, bytes: &[u8], opts: &Options) -> Record {
    process_doc(path, bytes, opts).record
}

/// Like [`process_bytes`], keeping the body digest.
pub fn process_doc(path: &str, bytes: &[u8], opts: &Options) -> Outcome {
    let sha = Sha256::digest(bytes);
    let mut rec = Record::new(Source {
        path: path.to_string(),
        sha256: Some(hex(&sha)),
        bytes: bytes.len() as u64,
        media: None,
        encoding: None,
        encoding_from: None,
    });
    let mut fingerprint = None;
    match decode::decode(path, bytes, &opts.limits) {
        Err(issue) => rec.issues.push(issue),
        Ok(d) => {
            rec.source.media = Some(d.media);
            rec.source.encoding = Some(d.encoding.to_string());
            rec.source.encoding_from = Some(d.from);
            rec.issues.extend(d.issues);
            let doc = match d.media {
                Media::Html => parse::html::parse(&d.text, &opts.limits),
                Media::Text => parse::text::parse(&d.text, &opts.limits),
            };
            let ev = extract::extract(&doc, &mut rec);
            validate::validate(&mut rec, &ev);
            fingerprint = corpus::fingerprint(&doc, rec.office.as_deref(), rec.year);
        }
    }
    rec.settle_status();
    Outcome {
        record: rec,
        fingerprint,
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}
