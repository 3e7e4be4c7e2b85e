//! The columns and fields of the table outputs (CSV, Parquet), shared by
//! the converter ([`super::table`]) and the Parquet writer.

use serde::{Serialize, Serializer};
use serde_json::Number;
use std::io::Write;

/// The type of a column: CSV writes every field as text; Parquet stores it
/// as this type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text (UTF-8).
    Text,
    /// A non-negative whole number (bytes, counts of issues, places).
    UInt,
    /// A whole number (the year).
    Int,
    /// A count read from the report (signed: 本年增/减); Parquet: Int64.
    Count,
    /// An amount of money in yuan; Parquet: Decimal128(38, 4).
    Money,
    /// A value that may be a count or money (the cells layout); Parquet:
    /// Float64.
    Number,
    /// A list of words (issue codes, identities); CSV and Parquet join
    /// them with spaces, JSON lines write an array.
    List,
}

/// A column of a table output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Its header.
    pub name: String,
    /// Its type.
    pub kind: Kind,
}

pub(crate) fn col(name: impl Into<String>, kind: Kind) -> Column {
    Column {
        name: name.into(),
        kind,
    }
}

/// One field of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Field<'a> {
    /// Empty: a blank value, an absent row, an unknown place.
    Null,
    /// Text.
    Text(&'a str),
    /// A whole number.
    Int(i64),
    /// A value as the record line wrote it.
    Num(&'a Number),
    /// Words.
    List(Vec<&'a str>),
}

impl Field<'_> {
    pub(crate) fn opt_text(s: &Option<String>) -> Field<'_> {
        s.as_deref().map_or(Field::Null, Field::Text)
    }

    pub(crate) fn opt_int(n: Option<impl Into<i64>>) -> Field<'static> {
        n.map_or(Field::Null, |n| Field::Int(n.into()))
    }

    /// The field as CSV writes it.
    pub(crate) fn write_text(&self, out: &mut Vec<u8>) {
        out.clear();
        match self {
            Field::Null => {}
            Field::Text(s) => out.extend_from_slice(s.as_bytes()),
            Field::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Field::Num(n) => {
                let _ = write!(out, "{n}");
            }
            Field::List(words) => {
                for (k, w) in words.iter().enumerate() {
                    if k > 0 {
                        out.push(b' ');
                    }
                    out.extend_from_slice(w.as_bytes());
                }
            }
        }
    }
}

impl Serialize for Field<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Field::Null => s.serialize_none(),
            Field::Text(t) => s.serialize_str(t),
            Field::Int(n) => s.serialize_i64(*n),
            Field::Num(n) => n.serialize(s),
            Field::List(words) => words.serialize(s),
        }
    }
}
