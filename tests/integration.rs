//! The one integration-test binary: a module per area.

mod cli;
mod corpus;
mod decode_source;
mod generator;
mod golden;
mod hostile;
mod outputs;
mod validate;
