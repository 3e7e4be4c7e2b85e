//! Integration tests: generator.
