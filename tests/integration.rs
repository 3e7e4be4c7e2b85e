//! The one integration-test binary: a module per area.

mod cli;
mod corpus;
mod decode_source;
mod dom;
mod generator;
mod golden;
mod hanzi;
mod hostile;
mod html_oracle;
mod modules;
mod validate;
