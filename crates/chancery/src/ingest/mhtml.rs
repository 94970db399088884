//! Single-file web pages (`.mhtml`, `.mht`) as Chromium, Edge and Opera save them: a MIME
//! message whose first `text/html` part is the page, followed by its images and styles.
//!
//! MIME is parsed by `mail-parser` (Stalwart's, well kept, fuzzed): quoted-printable
//! and base64 transfer encodings and the part's declared charset are undone there,
//! which hand-written code gets wrong on long soft-wrapped lines.

use mail_parser::{MessageParser, MimeHeaders};

/// The page inside an MHTML file.
pub(super) struct Page {
    pub html: String,
    /// Where the page was saved from (`Snapshot-Content-Location` or the part's
    /// `Content-Location`).
    pub location: Option<String>,
}

pub(super) fn page(bytes: &[u8]) -> Result<Page, String> {
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or("this is not an MHTML file: no MIME structure could be read")?;
    // The first part that really is `text/html`: mail-parser would otherwise make HTML
    // out of a plain-text body.
    let part = message
        .parts
        .iter()
        .find(|part| {
            part.content_type().is_some_and(|ct| {
                ct.ctype().eq_ignore_ascii_case("text")
                    && ct.subtype().is_some_and(|s| s.eq_ignore_ascii_case("html"))
            })
        })
        .ok_or("this MHTML file holds no web page (no text/html part)")?;
    let html = part
        .text_contents()
        .filter(|html| !html.trim().is_empty())
        .ok_or("the web page in this MHTML file is empty")?
        .to_owned();
    let part_location = part.content_location().map(str::to_owned);
    let snapshot = message
        .header_raw("Snapshot-Content-Location")
        .map(|value| value.trim().to_owned());
    let location = snapshot
        .or(part_location)
        .filter(|url| url.starts_with("http://") || url.starts_with("https://"));
    Ok(Page { html, location })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAVED: &str = "From: <Saved by Blink>\r\n\
Snapshot-Content-Location: https://news.example/2025/08/talks\r\n\
Subject: Talks\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\
\r\n\
------MultipartBoundary--abc\r\n\
Content-Type: text/html\r\n\
Content-ID: <frame-1@mhtml.blink>\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
Content-Location: https://news.example/2025/08/talks\r\n\
\r\n\
<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3DUTF-8\"></head><body><p>Minis=\r\n\
ters met in Moscow =E2=80=94 and agreed.</p></body></html>\r\n\
------MultipartBoundary--abc\r\n\
Content-Type: image/png\r\n\
Content-Transfer-Encoding: base64\r\n\
Content-Location: https://news.example/logo.png\r\n\
\r\n\
iVBORw0KGgo=\r\n\
------MultipartBoundary--abc--\r\n";

    #[test]
    fn the_page_is_decoded_from_quoted_printable_with_its_address() {
        let page = page(SAVED.as_bytes()).unwrap();
        assert!(
            page.html.contains("Ministers met in Moscow — and agreed."),
            "{}",
            page.html
        );
        assert_eq!(
            page.location.as_deref(),
            Some("https://news.example/2025/08/talks")
        );
    }

    #[test]
    fn a_message_without_a_page_says_so() {
        let mail = "Content-Type: text/plain\r\n\r\nhello\r\n";
        let error = page(mail.as_bytes()).err().unwrap();
        assert!(error.contains("no web page"), "{error}");
    }
}
