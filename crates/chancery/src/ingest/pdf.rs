//! PDF articles: the text layer of each page, without running headers, footers and page
//! numbers, with words hyphenated at line ends joined again. The text then goes through
//! the same scrape rules as a plain-text article.
//!
//! Text comes from `pdf-extract` (over `lopdf`), page by page, so one unreadable page is a
//! warning naming it and the others go on. A page with no text (a scan) is a warning too.
//! Known limit: pages are read in content order, which for most wire reports and
//! single-column layouts is reading order; multi-column layouts may interleave.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::LazyLock;

use regex::Regex;

/// Keeps the panics this module catches from pdf-extract off standard error: they are
/// reported as a damaged page instead. Every other panic still goes to the hook that
/// was there before. Front ends call this once at start.
pub fn quiet_caught_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let caught = info
            .location()
            .is_some_and(|at| at.file().contains("pdf-extract"));
        if !caught {
            previous(info);
        }
    }));
}

/// The text of a PDF and what could not be read.
pub(super) struct PdfText {
    pub text: String,
    pub problems: Vec<String>,
    pub title: Option<String>,
}

/// Lines that are only a page number: "7", "Page 2 of 3", "- 4 -", "2/3".
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[-–—\s]*(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?[-–—\s]*$")
        .expect("valid regex")
});

/// A word broken at a line end: "state-\nment" → "statement".
static HYPHENATED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Ll})-\n(\p{Ll})").expect("valid regex"));

/// A compound broken after its hyphen: "India-\nRussia" → "India-Russia".
static COMPOUND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{L})-\n(\p{Lu})").expect("valid regex"));

pub(super) fn text_of(bytes: &[u8]) -> Result<PdfText, String> {
    let mut document = lopdf::Document::load_mem(bytes)
        .map_err(|e| format!("this PDF cannot be read ({e}); it may be damaged or cut short"))?;
    const PROTECTED: &str =
        "this PDF is encrypted and its text cannot be read; save an unprotected copy";
    // lopdf opens files encrypted with an empty user password by itself; the trailer
    // still says they were encrypted.
    let encrypted = document.is_encrypted() || document.trailer.has(b"Encrypt");
    if document.is_encrypted() && document.decrypt("").is_err() {
        return Err(PROTECTED.into());
    }
    let title = info_title(&document);
    let mut problems = Vec::new();
    let mut pages = Vec::new();
    for (number, page_id) in document.get_pages() {
        // pdf-extract follows /Parent links without end: a page tree that loops
        // overflows the stack, which no catch can stop (found by fuzzing).
        if !parents_end(&document, page_id) {
            problems.push(format!(
                "page {number} could not be read (its page tree loops); it is left out"
            ));
            continue;
        }
        // Likewise for drawings (form XObjects) that draw themselves.
        if !drawings_end(&document, page_id) {
            problems.push(format!(
                "page {number} could not be read (its drawings refer to themselves); it is left out"
            ));
            continue;
        }
        let mut text = String::new();
        // pdf-extract panics on some malformed pages instead of returning an error; a
        // bad page must not take the batch down with it.
        let read = catch_unwind(AssertUnwindSafe(|| {
            let mut layout = super::pdf_layout::PageLayout::new();
            let result = pdf_extract::output_doc_page(&document, &mut layout, number);
            text = layout.text();
            result
        }));
        match read {
            Ok(Ok(())) if text.trim().is_empty() => problems.push(format!(
                "page {number} has no text layer (a scanned image?); it is left out"
            )),
            Ok(Ok(())) => pages.push(text),
            Ok(Err(error)) => problems.push(format!(
                "page {number} could not be read ({error}); it is left out"
            )),
            Err(_) => problems.push(format!("page {number} could not be read; it is left out")),
        }
    }
    if encrypted && pages.is_empty() {
        return Err(PROTECTED.into());
    }
    let unreadable = problems
        .iter()
        .filter(|p| p.contains("could not be read"))
        .count();
    if pages.is_empty() && unreadable > 0 {
        return Err(format!(
            "no page of this PDF could be read ({unreadable} damaged); it may be corrupt"
        ));
    }
    Ok(PdfText {
        text: join_pages(&pages),
        problems,
        title,
    })
}

/// Deepest page tree we follow; real documents have a handful of levels.
const MAX_TREE_DEPTH: usize = 64;

/// Whether following /Parent from the page reaches the root without a loop.
fn parents_end(document: &lopdf::Document, page: lopdf::ObjectId) -> bool {
    let mut seen = vec![page];
    let mut current = page;
    for _ in 0..MAX_TREE_DEPTH {
        let parent = document
            .get_dictionary(current)
            .ok()
            .and_then(|dict| dict.get(b"Parent").ok())
            .and_then(|parent| parent.as_reference().ok());
        match parent {
            None => return true,
            Some(id) if seen.contains(&id) => return false,
            Some(id) => {
                seen.push(id);
                current = id;
            }
        }
    }
    false
}

/// Deepest nesting of drawings in drawings we let pdf-extract follow, and the most
/// drawings we look at per page: real pages have a few levels and a few dozen.
const MAX_FORM_DEPTH: usize = 24;
const MAX_FORMS_VISITED: usize = 10_000;

/// Whether the page's form XObjects (drawings it places with `Do`) end: none reaches
/// itself again through the resources pdf-extract would use, and none nests deeper than
/// [`MAX_FORM_DEPTH`]. pdf-extract recurses into each without such checks.
fn drawings_end(document: &lopdf::Document, page: lopdf::ObjectId) -> bool {
    // Resources this reader cannot find, pdf-extract may still find its own way: only a
    // page whose drawings are known to end is read.
    let Ok((direct, inherited)) = document.get_page_resources(page) else {
        return false;
    };
    let mut visited = 0;
    let roots = direct.into_iter().chain(
        inherited
            .iter()
            .filter_map(|id| document.get_dictionary(*id).ok()),
    );
    for resources in roots {
        if !forms_end(document, resources, &mut Vec::new(), &mut visited) {
            return false;
        }
    }
    true
}

fn forms_end(
    document: &lopdf::Document,
    resources: &lopdf::Dictionary,
    path: &mut Vec<lopdf::ObjectId>,
    visited: &mut usize,
) -> bool {
    if path.len() > MAX_FORM_DEPTH {
        return false;
    }
    let xobjects = resources
        .get(b"XObject")
        .ok()
        .and_then(|o| document.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok());
    let Some(xobjects) = xobjects else {
        return true;
    };
    for (_, value) in xobjects.iter() {
        let Ok(id) = value.as_reference() else {
            continue;
        };
        *visited += 1;
        if path.contains(&id) || *visited > MAX_FORMS_VISITED {
            return false;
        }
        let Ok(stream) = document.get_object(id).and_then(lopdf::Object::as_stream) else {
            continue;
        };
        // Images have no drawing instructions; anything else pdf-extract runs as one,
        // whatever its /Subtype says.
        let is_image = stream
            .dict
            .get(b"Subtype")
            .and_then(lopdf::Object::as_name)
            .is_ok_and(|name| name == b"Image");
        if is_image {
            continue;
        }
        // A drawing without resources of its own uses those it was placed with.
        let inner = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|o| document.dereference(o).ok())
            .and_then(|(_, o)| o.as_dict().ok())
            .unwrap_or(resources);
        path.push(id);
        let ends = forms_end(document, inner, path, visited);
        path.pop();
        if !ends {
            return false;
        }
    }
    true
}

fn info_title(document: &lopdf::Document) -> Option<String> {
    let info = document.trailer.get(b"Info").ok()?;
    let info = document.dereference(info).ok()?.1.as_dict().ok()?;
    let title = info.get(b"Title").ok()?.as_str().ok()?;
    let title = String::from_utf8_lossy(title).trim().to_owned();
    (!title.is_empty()).then_some(title)
}

/// Pages → one text: running headers and footers (a line repeated at the top or bottom
/// of several pages, numbers aside) and page numbers dropped, hyphenation undone.
fn join_pages(pages: &[String]) -> String {
    let lines: Vec<Vec<&str>> = pages
        .iter()
        .map(|page| page.lines().map(str::trim).collect())
        .collect();
    let running = running_lines(&lines);
    let mut text = String::new();
    for page in &lines {
        for line in page {
            if PAGE_NUMBER.is_match(line) || running.contains_key(&shape(line)) {
                continue;
            }
            text.push_str(line);
            text.push('\n');
        }
    }
    let text = HYPHENATED.replace_all(&text, "$1$2");
    COMPOUND.replace_all(&text, "$1-$2").into_owned()
}

/// Lines in the first or last three of two or more pages, compared with digits masked.
fn running_lines(pages: &[Vec<&str>]) -> HashMap<String, usize> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for page in pages {
        let filled: Vec<&&str> = page.iter().filter(|l| !l.is_empty()).collect();
        let edges = filled.iter().take(3).chain(filled.iter().rev().take(3));
        let mut on_this_page: Vec<String> = edges.map(|l| shape(l)).collect();
        on_this_page.sort();
        on_this_page.dedup();
        for line in on_this_page {
            *seen.entry(line).or_default() += 1;
        }
    }
    seen.retain(|_, pages_with_it| *pages_with_it >= 2);
    seen
}

fn shape(line: &str) -> String {
    line.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_headers_page_numbers_and_hyphens_are_cleaned() {
        let pages = [
            "EXAMPLE WIRE | Defence\nThe minister said a state-\nment would follow.\nPage 1 of 2\n"
                .to_owned(),
            "EXAMPLE WIRE | Defence\nTalks resume in December in Moscow.\nPage 2 of 2\n".to_owned(),
        ];
        assert_eq!(
            join_pages(&pages),
            "The minister said a statement would follow.\nTalks resume in December in Moscow.\n"
        );
    }

    #[test]
    fn a_compound_split_at_a_line_end_keeps_its_hyphen() {
        let pages = ["ties between India-\nRussia and others\n".to_owned()];
        assert_eq!(join_pages(&pages), "ties between India-Russia and others\n");
    }

    #[test]
    fn not_a_pdf_is_a_clear_error() {
        let error = text_of(b"%PDF-1.4\nthis is not really a PDF")
            .err()
            .unwrap();
        assert!(error.starts_with("this PDF cannot be read"), "{error}");
    }
}
