//! The `nianbao` command: `ingest`, `check`, `coverage`.

mod cli;

/// A sixth of the run went to the system allocator's malloc/free (many
/// small strings per document, on several threads); mimalloc is faster at
/// exactly that.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`nianbao ingest … | head`) is a clean end.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("nianbao: {e:#}");
            ExitCode::from(2)
        }
    }
}
