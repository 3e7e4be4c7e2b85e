//! Sink: records → JSON lines.
