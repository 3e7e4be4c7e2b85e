//! Names for people: a path's display form (UTF-8 as is; legacy GB18030
//! names decoded; other bad bytes escaped) and the kind of a non-regular
//! file. Shared by the folder walk and the archive readers, which use
//! nothing else of each other's.

use std::ffi::OsStr;
use std::fs::FileType;

/// A name for a non-regular file kind, for messages.
pub fn kind_name(ft: &FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "fifo";
        }
        if ft.is_socket() {
            return "socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "device";
        }
    }
    if ft.is_dir() {
        "directory"
    } else if ft.is_symlink() {
        "symlink"
    } else if ft.is_file() {
        "file"
    } else {
        "special file"
    }
}

/// The display form of a path argument: UTF-8 as is; else each
/// `/`-separated part as [`display_bytes`] shows it.
pub fn display_os(os: &OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let b = os.as_bytes();
        if let Ok(s) = std::str::from_utf8(b) {
            return s.to_string();
        }
        let parts: Vec<String> = b.split(|&c| c == b'/').map(display_bytes).collect();
        parts.join("/")
    }
    #[cfg(not(unix))]
    {
        os.to_string_lossy().into_owned()
    }
}

pub(crate) fn display_component(os: &OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        display_bytes(os.as_bytes())
    }
    #[cfg(not(unix))]
    {
        os.to_string_lossy().into_owned()
    }
}

/// A name's bytes shown faithfully: UTF-8 as is; else GB18030 when the
/// bytes decode as GB18030 without error (old Chinese archives); else
/// the valid UTF-8 runs with each bad byte escaped as `\xNN`.
pub fn display_bytes(b: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(b) {
        return s.to_string();
    }
    if let Some(s) = encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(b) {
        return s.into_owned();
    }
    let mut out = String::with_capacity(b.len() * 2);
    for chunk in b.utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn display_names() {
        assert_eq!(display_bytes("东山街道".as_bytes()), "东山街道");
        let (gbk, _, _) = encoding_rs::GBK.encode("东山街道2020.html");
        assert_eq!(display_bytes(&gbk), "东山街道2020.html");
        assert_eq!(display_bytes(b"a\x80\xFF.txt"), "a\\x80\\xFF.txt");
    }
}
