//! `--format parquet` (the `parquet` feature): the rows of a table layout
//! ([`super::table`]) as a Parquet file, the same columns as the CSV, typed
//! by their [`Kind`]:
//!
//! | kind | Parquet (Arrow) type |
//! |---|---|
//! | text, list | Utf8 (a list's words joined with spaces, as in the CSV) |
//! | whole numbers (bytes, places, issue counts) | UInt64; the year Int64 |
//! | counts | Int64 |
//! | money (yuan) | Decimal128(38, 4) |
//! | a cells-layout value (count or money) | Float64 |
//!
//! A blank is null. A count with decimals (which the record flags with
//! `value.non_integer`) is null here: it has no Int64; read it from the
//! JSON lines or the CSV. Rows go out in row groups of [`ROW_GROUP`] rows,
//! so memory stays flat whatever the corpus; snappy-compressed.

use super::columns::{Column, Field, Kind};
use arrow_array::builder::{
    Decimal128Builder, Float64Builder, Int64Builder, StringBuilder, UInt64Builder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field as ArrowField, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::io::{self, Write};
use std::sync::Arc;

/// The crates the Parquet output is written with, for readers of it (the
/// tests read files back with them).
pub mod reexport {
    pub use arrow_array;
    pub use parquet;
}

/// Rows per record batch handed to the writer.
pub const BATCH: usize = 4096;
/// Rows per row group (the unit the writer keeps in memory).
pub const ROW_GROUP: usize = 64 * 1024;
/// The scale of money columns: 4 decimals of a yuan.
pub const MONEY_SCALE: i8 = 4;

enum Builder {
    Text(StringBuilder),
    UInt(UInt64Builder),
    Int(Int64Builder),
    Float(Float64Builder),
    Money(Decimal128Builder),
}

fn err(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

fn data_type(kind: Kind) -> DataType {
    match kind {
        Kind::Text | Kind::List => DataType::Utf8,
        Kind::UInt => DataType::UInt64,
        Kind::Int | Kind::Count => DataType::Int64,
        Kind::Money => DataType::Decimal128(38, MONEY_SCALE),
        Kind::Number => DataType::Float64,
    }
}

impl Builder {
    fn new(kind: Kind) -> io::Result<Builder> {
        Ok(match kind {
            Kind::Text | Kind::List => Builder::Text(StringBuilder::new()),
            Kind::UInt => Builder::UInt(UInt64Builder::new()),
            Kind::Int | Kind::Count => Builder::Int(Int64Builder::new()),
            Kind::Number => Builder::Float(Float64Builder::new()),
            Kind::Money => Builder::Money(
                Decimal128Builder::new()
                    .with_precision_and_scale(38, MONEY_SCALE)
                    .map_err(err)?,
            ),
        })
    }

    fn push(&mut self, f: &Field<'_>, text: &mut String) {
        match self {
            Builder::Text(b) => match f {
                Field::Null => b.append_null(),
                Field::Text(s) => b.append_value(s),
                Field::List(words) => {
                    text.clear();
                    for (k, w) in words.iter().enumerate() {
                        if k > 0 {
                            text.push(' ');
                        }
                        text.push_str(w);
                    }
                    b.append_value(&*text);
                }
                Field::Int(n) => b.append_value(n.to_string()),
                Field::Num(n) => b.append_value(n.to_string()),
            },
            Builder::UInt(b) => b.append_option(match f {
                Field::Int(n) => u64::try_from(*n).ok(),
                Field::Num(n) => n.as_u64(),
                _ => None,
            }),
            Builder::Int(b) => b.append_option(match f {
                Field::Int(n) => Some(*n),
                Field::Num(n) => whole(n),
                _ => None,
            }),
            Builder::Float(b) => b.append_option(match f {
                Field::Int(n) => Some(*n as f64),
                Field::Num(n) => n.as_f64(),
                _ => None,
            }),
            Builder::Money(b) => b.append_option(match f {
                Field::Int(n) => i128::from(*n).checked_mul(10i128.pow(MONEY_SCALE as u32)),
                Field::Num(n) => scaled(&n.to_string()),
                _ => None,
            }),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Text(b) => Arc::new(b.finish()),
            Builder::UInt(b) => Arc::new(b.finish()),
            Builder::Int(b) => Arc::new(b.finish()),
            Builder::Float(b) => Arc::new(b.finish()),
            Builder::Money(b) => Arc::new(b.finish()),
        }
    }
}

/// A count as an integer; `None` for one with decimals.
fn whole(n: &serde_json::Number) -> Option<i64> {
    n.as_i64().or_else(|| {
        let f = n.as_f64()?;
        (f.fract() == 0.0 && f.abs() < 9.0e15).then_some(f as i64)
    })
}

/// A number's JSON text (`39173777.52`, `-3`, `1.5e-5`) as an integer of
/// 10^-[`MONEY_SCALE`] units, read from the digits (no float rounding);
/// digits beyond the scale are rounded half away from zero.
pub fn scaled(text: &str) -> Option<i128> {
    let (neg, t) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exp) = match t.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (t, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let digits: String = int.chars().chain(frac.chars()).collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // value = digits × 10^(exp − len(frac)); we want value × 10^SCALE.
    let shift = exp - frac.len() as i32 + i32::from(MONEY_SCALE);
    let mut v: i128 = 0;
    for b in digits.bytes() {
        v = v.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
    }
    let v = if shift >= 0 {
        v.checked_mul(10i128.checked_pow(shift as u32)?)?
    } else {
        let d = 10i128.checked_pow(shift.unsigned_abs())?;
        (v + d / 2) / d
    };
    Some(if neg { -v } else { v })
}

/// Rows going into a Parquet file, a record batch at a time.
pub struct ParquetRows<W: Write + Send> {
    schema: SchemaRef,
    builders: Vec<Builder>,
    rows: usize,
    text: String,
    writer: ArrowWriter<W>,
}

impl<W: Write + Send> ParquetRows<W> {
    /// A Parquet file of `columns` written to `out`.
    pub fn new(columns: &[Column], out: W) -> io::Result<ParquetRows<W>> {
        let fields: Vec<ArrowField> = columns
            .iter()
            .map(|c| ArrowField::new(&c.name, data_type(c.kind), true))
            .collect();
        let schema = Arc::new(Schema::new(fields));
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_size(ROW_GROUP)
            .set_created_by(format!("nianbao {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(err)?;
        let builders = columns
            .iter()
            .map(|c| Builder::new(c.kind))
            .collect::<io::Result<_>>()?;
        Ok(ParquetRows {
            schema,
            builders,
            rows: 0,
            text: String::new(),
            writer,
        })
    }

    /// Adds one row (its fields in column order).
    pub fn push(&mut self, fields: &[Field<'_>]) -> io::Result<()> {
        for (b, f) in self.builders.iter_mut().zip(fields) {
            b.push(f, &mut self.text);
        }
        self.rows += 1;
        if self.rows >= BATCH {
            self.flush_batch()?;
        }
        Ok(())
    }

    fn flush_batch(&mut self) -> io::Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self.builders.iter_mut().map(Builder::finish).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays).map_err(err)?;
        self.writer.write(&batch).map_err(err)?;
        self.rows = 0;
        Ok(())
    }

    /// Writes the last rows and the footer; returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.flush_batch()?;
        self.writer.into_inner().map_err(err)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn money_text_is_scaled_exactly() {
        assert_eq!(scaled("39173777.52"), Some(391_737_775_200));
        assert_eq!(scaled("12"), Some(120_000));
        assert_eq!(scaled("-8"), Some(-80_000));
        assert_eq!(scaled("0.12345"), Some(1_235), "rounded half away");
        assert_eq!(scaled("1.5e-3"), Some(15));
        assert_eq!(scaled("2e21"), Some(2 * 10i128.pow(25)));
        assert_eq!(scaled("x"), None);
        assert_eq!(scaled("."), None);
    }
}
