//! Links instead of articles: a `.url` (Windows) or `.webloc` (macOS) shortcut names a
//! page; the front end fetches it only when the user asks, since that is the one
//! network action Chancery takes. The core only reads the address out of the file,
//! and turns fetched bytes into an article by their content type.

use crate::{Article, Error, Field, Warned};

/// The `http(s)` address a shortcut file points to.
pub fn shortcut_target(name: &str, bytes: &[u8]) -> Result<String, Error> {
    let text = String::from_utf8_lossy(bytes);
    let lower = name.to_ascii_lowercase();
    let found = if lower.ends_with(".webloc") {
        // A property list: <key>URL</key> then <string>…</string>.
        text.split_once("<key>URL</key>")
            .and_then(|(_, rest)| rest.split_once("<string>"))
            .and_then(|(_, rest)| rest.split_once("</string>"))
            .map(|(url, _)| url.trim().replace("&amp;", "&"))
    } else {
        // An INI file: a line `URL=…` in the [InternetShortcut] section.
        text.lines()
            .map(str::trim)
            .find_map(|line| line.strip_prefix("URL=").map(str::to_owned))
    };
    match found {
        Some(url) if is_web_address(&url) => Ok(url),
        Some(url) => Err(Error::ingest(
            name,
            format!("this shortcut points to '{url}', not to a web page"),
        )),
        None => Err(Error::ingest(name, "no web address found in this shortcut")),
    }
}

pub fn is_web_address(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && lower.len() > 10
}

/// A page fetched from `url`, read as its `content_type` says (HTML when unsaid).
pub fn ingest_fetched(
    url: &str,
    content_type: Option<&str>,
    bytes: Vec<u8>,
) -> Result<Warned<Article>, Error> {
    let kind = content_type
        .map(|t| {
            t.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    let extension = match kind.as_str() {
        "application/pdf" => "pdf",
        "text/plain" => "txt",
        "text/markdown" => "md",
        "" | "text/html" | "application/xhtml+xml" => "html",
        other => {
            return Err(Error::ingest(
                url,
                format!("the address gave '{other}', not a web page, text or PDF"),
            ))
        }
    };
    // The declared charset travels with the bytes: decoding sniffs a <meta> tag, so the
    // header's charset is put in front as one when the page declares none.
    let mut file = super::InputFile::new(format!("{url}#.{extension}"), bytes);
    if let Some(charset) = content_type.and_then(charset_of) {
        if extension == "html" {
            let mut declared = format!("<meta charset=\"{charset}\">").into_bytes();
            declared.extend_from_slice(&file.bytes);
            file.bytes = declared;
        }
    }
    let mut warned = super::ingest(&file).map_err(|error| match error {
        Error::Ingest { reason, .. } => Error::ingest(url, reason),
        other => other,
    })?;
    let article = &mut warned.value;
    article.file = url.to_owned();
    if article.url.is_none() {
        article.url = Some(Field::new(url.to_owned(), "address fetched"));
    }
    for warning in &mut warned.warnings {
        warning.file = Some(url.to_owned());
    }
    Ok(warned)
}

fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|part| {
        let (key, value) = part.split_once('=')?;
        (key.trim().eq_ignore_ascii_case("charset"))
            .then(|| value.trim().trim_matches('"').to_owned())
            .filter(|v| {
                v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_and_mac_shortcuts_give_their_address() {
        let url = b"[InternetShortcut]\r\nURL=https://news.example/a?b=1\r\n";
        assert_eq!(
            shortcut_target("talks.url", url).unwrap(),
            "https://news.example/a?b=1"
        );
        let webloc = br#"<?xml version="1.0"?><plist version="1.0"><dict><key>URL</key><string>https://news.example/a?b=1&amp;c=2</string></dict></plist>"#;
        assert_eq!(
            shortcut_target("talks.webloc", webloc).unwrap(),
            "https://news.example/a?b=1&c=2"
        );
        let error = shortcut_target("x.url", b"[InternetShortcut]\nURL=file:///etc/passwd\n")
            .unwrap_err()
            .to_string();
        assert!(error.contains("not to a web page"), "{error}");
    }

    #[test]
    fn fetched_bytes_are_read_by_content_type_with_its_charset() {
        let page = b"<html><head><title>\xcf\xf0\xe8\xe2\xe5\xf2</title></head><body><p>\xcc\xe8\xed\xe8\xf1\xf2\xf0\xfb \xe2\xf1\xf2\xf0\xe5\xf2\xe8\xeb\xe8\xf1\xfc \xe2 \xcc\xee\xf1\xea\xe2\xe5 \xe2 \xf1\xf0\xe5\xe4\xf3, \xf1\xee\xee\xe1\xf9\xe8\xeb\xe8 \xee\xf4\xe8\xf6\xe8\xe0\xeb\xfc\xed\xfb\xe5 \xeb\xe8\xf6\xe0.</p></body></html>".to_vec();
        let article = ingest_fetched(
            "https://news.example/ru",
            Some("text/html; charset=windows-1251"),
            page,
        )
        .unwrap()
        .value;
        assert!(
            article.text.starts_with("Министры встретились в Москве"),
            "{}",
            article.text
        );
        assert_eq!(article.file, "https://news.example/ru");
        assert_eq!(
            article.url.map(|u| (u.value, u.found_in)),
            Some((
                "https://news.example/ru".to_owned(),
                "address fetched".to_owned()
            ))
        );
        let error = ingest_fetched("https://x.example/a.zip", Some("application/zip"), vec![1])
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("https://x.example/a.zip: the address gave 'application/zip'"));
    }
}
