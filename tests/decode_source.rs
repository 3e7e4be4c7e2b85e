//! Integration tests: decode_source.
