//! Render: drafted Markdown → a self-contained HTML page ([`html`]) or a one-page PDF
//! ([`pdf`], through Typst in-process).
//!
//! Both treat the Markdown as untrusted: raw HTML in it is shown as text, only
//! `http`, `https` and `mailto` links survive into HTML, and the PDF gets no links or
//! Typst code at all (`typst_markup`).

pub mod html;
pub mod pdf;
mod typst_markup;

use pulldown_cmark::Options;

/// The Markdown dialect briefings use: CommonMark with tables and strikethrough.
pub(crate) fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}
