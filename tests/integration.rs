//! The one integration-test binary: a module per area.

mod accuracy;
mod cli;
mod corpus;
mod decode_source;
mod docs;
mod dom;
mod first_hour;
mod generator;
mod golden;
mod hanzi;
mod hostile;
mod html_oracle;
mod layouts;
mod modules;
mod outputs;
mod validate;
