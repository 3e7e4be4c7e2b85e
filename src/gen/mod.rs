//! A corpus generator of the project's own: realistic reports in every
//! layout and encoding, with known values, for tests and benches.
