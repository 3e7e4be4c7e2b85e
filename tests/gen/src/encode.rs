//! Turning rendered text into bytes.

use super::rng::Rng;
use super::trad;
use super::{Deviation, Enc, Layout};

/// Encodes `text` as `enc`, converting to traditional script first when
/// `devs` asks for it (always for Big5). Characters an encoding lacks
/// would become `&#…;` references; Taiwan's forms (what
/// [`trad::traditionalize`] writes) are all in Big5, which
/// `big5_has_no_unmappable_characters` checks.
pub fn encode(
    _rng: &mut Rng,
    text: &str,
    enc: Enc,
    _layout: Layout,
    devs: &mut Vec<Deviation>,
) -> Vec<u8> {
    let text = if devs.contains(&Deviation::Traditional) || enc == Enc::Big5 {
        if !devs.contains(&Deviation::Traditional) {
            devs.push(Deviation::Traditional);
        }
        trad::traditionalize(text)
    } else {
        text.to_string()
    };
    match enc {
        Enc::Utf8 => text.into_bytes(),
        Enc::Utf8Bom => {
            let mut b = vec![0xEF, 0xBB, 0xBF];
            b.extend_from_slice(text.as_bytes());
            b
        }
        Enc::Gb18030Declared | Enc::GbkUndeclared => encoding_rs::GBK.encode(&text).0.into_owned(),
        Enc::Big5 => encoding_rs::BIG5.encode(&text).0.into_owned(),
        Enc::Utf16Le => {
            let mut b = vec![0xFF, 0xFE];
            for u in text.encode_utf16() {
                b.extend_from_slice(&u.to_le_bytes());
            }
            b
        }
    }
}
