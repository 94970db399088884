//! Bytes → text: byte-order marks, declared charsets, then sniffing for legacy encodings.

use encoding_rs::{Encoding, UTF_8};

pub(super) struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub replaced_invalid: bool,
}

/// True for files that are not text at all: NUL bytes, or many control characters, in
/// the first 8 KiB. UTF-16 text has NULs too, but only with a BOM, which is checked first.
pub(super) fn looks_binary(bytes: &[u8]) -> bool {
    if Encoding::for_bom(bytes).is_some() {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    head.contains(&0) || controls * 20 > head.len()
}

/// Decodes with, in order: a BOM; for HTML a `<meta charset>` in the first 2 KiB;
/// strict UTF-8; else the encoding `chardetng` judges likeliest (Windows-1251,
/// Shift_JIS, GB18030 …).
pub(super) fn decode(bytes: &[u8], is_html: bool) -> Decoded {
    let encoding = Encoding::for_bom(bytes)
        .map(|(encoding, _)| encoding)
        .or_else(|| is_html.then(|| declared_charset(bytes)).flatten())
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                let mut detector = chardetng::EncodingDetector::new();
                detector.feed(bytes, true);
                detector.guess(None, true)
            }
        });
    let (text, actual, replaced_invalid) = encoding.decode(bytes);
    Decoded {
        text: text.replace("\r\n", "\n").replace('\r', "\n"),
        encoding: actual.name(),
        replaced_invalid,
    }
}

fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    Encoding::for_label(label.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_windows_1251_is_honoured() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Москва и Нью-Дели");
        let mut html = b"<html><head><meta charset=\"windows-1251\"></head><body><p>".to_vec();
        html.extend_from_slice(&bytes);
        let decoded = decode(&html, true);
        assert!(decoded.text.contains("Москва и Нью-Дели"));
        assert!(!decoded.replaced_invalid);
    }

    #[test]
    fn undeclared_legacy_text_is_sniffed() {
        let sentence = "Министр обороны России встретился с послом Индии в Москве. ".repeat(4);
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&sentence);
        assert_eq!(decode(&bytes, false).text, sentence);
    }

    #[test]
    fn utf8_bom_is_removed_and_crlf_normalised() {
        let decoded = decode(b"\xef\xbb\xbfTitle\r\nBody", false);
        assert_eq!(decoded.text, "Title\nBody");
    }

    #[test]
    fn binary_is_told_apart_from_text() {
        assert!(looks_binary(b"GIF89a\0\0\x01\x02"));
        assert!(!looks_binary("Plain text, with “quotes”.\n".as_bytes()));
        assert!(!looks_binary(b"\xff\xfeA\0B\0"));
    }
}
