//! Markdown → one self-contained HTML file: inline CSS, no scripts, no external
//! requests (a Content-Security-Policy of `default-src 'none'` says so to the browser
//! too), print styles for A4 and Letter.

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::draft::Drafter;
use crate::{Briefing, Error};

#[derive(Serialize)]
struct Page<'a> {
    title: &'a str,
    marking: &'a str,
    date: String,
    body: String,
    /// The type size in points the one-page PDF uses; printing uses it too, so the
    /// page prints on one sheet as the PDF does.
    print_size: &'a str,
}

/// The briefing's Markdown as a complete HTML page; `print_size` is the type size (in
/// points) the Markdown fits one page at (see [`super::pdf::fit`]).
pub fn page(
    markdown: &str,
    briefing: &Briefing,
    drafter: &Drafter,
    print_size: &str,
) -> Result<String, Error> {
    let context = Page {
        title: &briefing.title,
        marking: &briefing.marking,
        date: briefing.date.to_string(),
        body: body_with_statements(markdown, briefing.statements().map(|s| s.text.as_str())),
        print_size,
    };
    drafter.page(&context)
}

/// Markdown → HTML fragment, with everything that could run, load or navigate removed.
pub fn body(markdown: &str) -> String {
    body_with_statements(markdown, std::iter::empty())
}

/// The Markdown's events with everything that could run, load or navigate removed.
fn body_events(markdown: &str) -> Vec<Event<'_>> {
    let mut skipped_link_ends = Vec::new();
    Parser::new_ext(markdown, super::markdown_options())
        .filter_map(|event| match event {
            // Raw HTML is never passed through: it is shown as the text it is.
            Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let keep = is_safe_url(&dest_url) || link_type == LinkType::Email;
                skipped_link_ends.push(!keep);
                keep.then_some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::End(TagEnd::Link) => {
                let skipped = skipped_link_ends.pop().unwrap_or(false);
                (!skipped).then_some(Event::End(TagEnd::Link))
            }
            // Images would be requests to other hosts; keep their alt text only.
            Event::Start(Tag::Image { .. }) => None,
            Event::End(TagEnd::Image) => None,
            other => Some(other),
        })
        .collect()
}

/// Renders the sanitised Markdown (see `body_events`), giving each list item or paragraph that shows one of the
/// briefing's statements a `data-statement` attribute: the statement's index in
/// [`Briefing::statements`]. The window finds a statement's source passage by it. A
/// user's template may word things its own way, so a block is matched by the text it
/// shows: the longest statement it contains.
fn body_with_statements<'s>(markdown: &str, statements: impl Iterator<Item = &'s str>) -> String {
    let events = body_events(markdown);
    let statements: Vec<String> = statements.map(normal).collect();
    let mut ids: Vec<Option<usize>> = vec![None; events.len()];
    let mut given = vec![false; statements.len()];
    let mut open: Vec<(usize, String)> = Vec::new();
    for (at, event) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::Item | Tag::Paragraph) => open.push((at, String::new())),
            Event::End(TagEnd::Item | TagEnd::Paragraph) => {
                let Some((start, text)) = open.pop() else {
                    continue;
                };
                let text = normal(&text);
                // The timeline may repeat a context sentence word for word: of equal
                // matches, the first statement not yet given to a block.
                ids[start] = statements
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| !s.is_empty() && text.contains(s.as_str()))
                    .min_by_key(|&(id, s)| (std::cmp::Reverse(s.len()), given[id], id))
                    .map(|(id, _)| id);
                if let Some(id) = ids[start] {
                    given[id] = true;
                }
                // An item's text includes its paragraphs'.
                if let Some((_, outer)) = open.last_mut() {
                    outer.push(' ');
                    outer.push_str(&text);
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, block)) = open.last_mut() {
                    block.push_str(text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, block)) = open.last_mut() {
                    block.push(' ');
                }
            }
            _ => {}
        }
    }
    let events = events.iter().zip(ids).map(|(event, id)| match (event, id) {
        // The tag pulldown-cmark would write, with the id: a number, never article text.
        (Event::Start(Tag::Item), Some(id)) => {
            Event::Html(format!("<li data-statement=\"{id}\">").into())
        }
        (Event::Start(Tag::Paragraph), Some(id)) => {
            Event::Html(format!("<p data-statement=\"{id}\">").into())
        }
        (event, _) => event.clone(),
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Text as compared for matching: spaces collapsed, lower case.
fn normal(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Links that may stay live in an export: the web, mail, and places in the document.
pub(crate) fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || lower.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = body("Hello <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn only_web_and_mail_links_stay_live() {
        let html = body("[a](javascript:alert(1)) [b](https://example.org) [c](data:text/html,x) [d](JaVaScRiPt:x)");
        assert!(!html.to_lowercase().contains("javascript:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(
            html.contains(r#"<a href="https://example.org">b</a>"#),
            "{html}"
        );
        assert!(html.contains('a') && html.contains('c'));
    }

    #[test]
    fn images_never_load() {
        let html = body("![tracking pixel](https://evil.example/p.gif)");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("tracking pixel"), "{html}");
    }
}
