//! Every markup, script and layout vector in `fixtures/hostile-vectors.txt`, by kind:
//! each is an article's headline and part of a sentence. The kind's articles are drafted
//! together; the HTML export, read by an HTML5 parser as a browser reads it, has nothing
//! that runs, loads or navigates, and shows each vector as text; the PDF is one page and
//! shows each vector literally. Articles come as plain text and as saved web pages.

use std::path::Path;

use dom_query::Document;

use crate::support::{draft_to, fixture, normalise, read_pdf, temp_dir};

/// The fixture's vectors, by kind, with `\u{XXXX}` read as the character.
fn vectors() -> Vec<(String, Vec<String>)> {
    let text = std::fs::read_to_string(fixture("hostile-vectors.txt")).unwrap();
    let mut kinds: Vec<(String, Vec<String>)> = Vec::new();
    // The header's `#` lines are comments; after the first [kind], every line is a
    // vector (Typst's own start with `#`).
    for line in text.lines().filter(|l| !l.is_empty()) {
        if kinds.is_empty() && line.starts_with('#') {
            continue;
        }
        if let Some(kind) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            kinds.push((kind.to_owned(), Vec::new()));
        } else {
            let (_, vectors) = kinds.last_mut().expect("a [kind] before its vectors");
            vectors.push(unescape(line));
        }
    }
    kinds
}

fn unescape(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('}').expect("a closing brace") + at;
        let code = u32::from_str_radix(&rest[at + 3..end], 16).expect("hex");
        out.push(char::from_u32(code).expect("a character"));
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// An article about the vector: its headline, and a sentence quoting it.
fn article_text(vector: &str) -> String {
    format!(
        "{vector}\n\nThe foreign ministry said on Monday that the phrase {vector} appeared in \
         a leaked cable about the border talks in Geneva, officials confirmed.\n"
    )
}

/// The same as a saved web page: the vector is HTML source there, so it may be parsed
/// and dropped; what must hold is that nothing of it is live in the export.
fn article_page(vector: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{vector}</title></head><body><article>\
         <h1>{vector}</h1><p>The foreign ministry said on Monday that {vector} appeared in \
         a leaked cable about the border talks in Geneva, officials confirmed.</p>\
         </article></body></html>"
    )
}

/// Elements that run script, load something, navigate or take input.
const ACTIVE_ELEMENTS: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "base",
    "form", "input", "button", "textarea", "select", "link", "img", "video", "audio", "source",
    "track", "picture", "marquee", "details", "template", "portal",
];

/// URLs a link may carry: the web, and places in the page itself.
fn is_inert_url(url: &str) -> bool {
    let url: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    url.starts_with("https://") || url.starts_with("http://") || url.starts_with('#')
}

/// What in a parsed HTML page could run, load or navigate; empty when nothing can.
fn active_parts(html: &str) -> Vec<String> {
    let document = Document::from(html);
    let mut found = Vec::new();
    let styles = document.select("style");
    if styles.length() != 1 || document.select("head > style").length() != 1 {
        found.push(format!("{} style elements", styles.length()));
    }
    for meta in document.select("meta").nodes() {
        if meta
            .attr("http-equiv")
            .is_some_and(|v| v.eq_ignore_ascii_case("refresh"))
        {
            found.push("a refreshing <meta>".into());
        }
    }
    for node in document.select("*").nodes() {
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if ACTIVE_ELEMENTS.contains(&name.as_str()) {
            found.push(format!("<{name}>"));
        }
        for attribute in node.attrs() {
            let attribute_name = attribute.name.local.to_string().to_ascii_lowercase();
            let value = attribute.value.to_string();
            if attribute_name.starts_with("on") {
                found.push(format!("<{name} {attribute_name}>"));
            }
            let is_url = matches!(
                attribute_name.as_str(),
                "href" | "src" | "action" | "formaction" | "data" | "poster" | "background"
            ) || attribute_name.ends_with(":href");
            if is_url && !is_inert_url(&value) {
                found.push(format!("<{name} {attribute_name}=\"{value}\">"));
            }
            let lower = value.to_ascii_lowercase();
            if attribute_name == "style" && (lower.contains("url(") || lower.contains("expression"))
            {
                found.push(format!("<{name} style=\"{value}\">"));
            }
        }
    }
    found
}

/// Text as compared: whitespace collapsed, and the invisible characters a PDF's text
/// layer may or may not keep (zero-width and direction marks) left out on both sides.
fn visible(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(
            |c| !matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF),
        )
        .collect();
    normalise(&kept)
}

fn write_articles(dir: &Path, vectors: &[String], page: bool) -> Vec<std::path::PathBuf> {
    vectors
        .iter()
        .enumerate()
        .map(|(i, vector)| {
            let (name, content) = if page {
                (format!("vector-{i}.html"), article_page(vector))
            } else {
                (format!("vector-{i}.txt"), article_text(vector))
            };
            let path = dir.join(name);
            std::fs::write(&path, content).unwrap();
            path
        })
        .collect()
}

#[test]
fn every_vector_is_inert_in_html_and_literal_in_the_pdf() {
    let kinds = vectors();
    assert!(kinds.len() >= 9, "{} kinds", kinds.len());
    let typst = &kinds
        .iter()
        .find(|(kind, _)| kind == "Typst markup")
        .unwrap()
        .1;
    assert!(typst.iter().any(|v| v.starts_with("#import")), "{typst:?}");
    let mut problems = Vec::new();
    for (kind, vectors) in &kinds {
        let dir = temp_dir();
        let files = write_articles(dir.path(), vectors, false);
        let files: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
        let html_path = dir.path().join("briefing.html");
        draft_to(&html_path, &files, &[]);
        let html = std::fs::read_to_string(&html_path).unwrap();
        for part in active_parts(&html) {
            problems.push(format!("[{kind}] HTML has {part}"));
        }
        let shown = visible(&Document::from(html.as_str()).select("body").text());
        let pdf = dir.path().join("briefing.pdf");
        draft_to(&pdf, &files, &[]);
        let (pages, pdf_text) = read_pdf(&pdf);
        if pages != 1 {
            problems.push(format!("[{kind}] PDF has {pages} pages"));
        }
        let pdf_text = visible(&pdf_text);
        for vector in vectors {
            let literal = visible(vector);
            if !shown.contains(&literal) {
                problems.push(format!("[{kind}] HTML does not show {vector:?}"));
            }
            if !pdf_text.contains(&literal) {
                problems.push(format!("[{kind}] PDF does not show {vector:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_vector_in_a_saved_page_is_inert_in_the_html_export() {
    let mut problems = Vec::new();
    for (kind, vectors) in &vectors() {
        let dir = temp_dir();
        let files = write_articles(dir.path(), vectors, true);
        let files: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
        let html_path = dir.path().join("briefing.html");
        let run = draft_to(&html_path, &files, &[]);
        assert!(run.success, "[{kind}] {}", run.stderr);
        let html = std::fs::read_to_string(&html_path).unwrap();
        for part in active_parts(&html) {
            problems.push(format!("[{kind}] HTML has {part}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_finds_what_a_browser_would_run() {
    // The checks above are only as good as this: each of these is caught.
    for live in [
        "<p><img src=x onerror=alert(1)></p>",
        "<p><a href=\"java\tscript:alert(1)\">x</a></p>",
        "<p><svg><a xlink:href=\"javascript:alert(1)\">x</a></svg></p>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
        "<p><<script>alert(1)</script></p>",
    ] {
        let page = format!("<html><head><style></style></head><body>{live}</body></html>");
        assert!(!active_parts(&page).is_empty(), "{live} not caught");
    }
    let inert = "<html><head><style></style></head><body><p>&lt;script&gt; <a href=\"https://example.org\">x</a></p></body></html>";
    assert_eq!(active_parts(inert), Vec::<String>::new());
}
