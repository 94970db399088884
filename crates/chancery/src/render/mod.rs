//! Render: drafted Markdown → a self-contained HTML page ([`html`]), a one-page PDF
//! ([`pdf`], through Typst in-process) or a Word document ([`docx`]).
//!
//! All treat the Markdown as untrusted: raw HTML in it is shown as text, only
//! `http`, `https` and `mailto` links survive into HTML and Word, and the PDF gets no
//! links or Typst code at all (`typst_markup`).
//!
//! [`export`] is the one way a front end turns a briefing into a file's bytes: the
//! command line, the window's export and its preview all go through it.

pub mod docx;
pub mod html;
pub mod pdf;
mod typst_markup;

use pulldown_cmark::Options;
use serde::{Deserialize, Serialize};

use crate::draft::Draft;
use crate::{Briefing, Error, Warned};

/// The Markdown dialect briefings use: CommonMark with tables and strikethrough.
pub(crate) fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// What a briefing can be exported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Markdown,
    Html,
    /// Always one page: what does not fit is cut, and each cut is a warning.
    Pdf,
    Docx,
}

impl Format {
    /// The format a file name's extension asks for, if any.
    pub fn from_extension(extension: &str) -> Option<Self> {
        match extension.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Self::Markdown),
            "html" | "htm" => Some(Self::Html),
            "pdf" => Some(Self::Pdf),
            "docx" => Some(Self::Docx),
            _ => None,
        }
    }

    /// The extension a file of this format is given.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Pdf => "pdf",
            Self::Docx => "docx",
        }
    }
}

/// Drafts the briefing as `draft` says and renders it as `format`. The warnings are
/// the section edits that no longer fit and, for the PDF, what was cut to fit the page.
pub fn export(
    briefing: &Briefing,
    draft: &Draft,
    format: Format,
) -> Result<Warned<Vec<u8>>, Error> {
    match format {
        // Both print on one page: the PDF as laid out, the HTML with what the PDF keeps
        // and its type size. Each drafts again with every cut and reports the section
        // edits itself.
        Format::Pdf => pdf::one_page(briefing, draft),
        Format::Html => {
            let fitted = pdf::fit(briefing, draft)?;
            let page = html::page(&fitted.markdown, briefing, draft.drafter, fitted.size)?;
            Ok(Warned::new(page.into_bytes(), fitted.warnings))
        }
        // Documents to finish elsewhere: the whole draft.
        Format::Markdown | Format::Docx => {
            let Warned { value, warnings } = draft.markdown(briefing)?;
            let bytes = match format {
                Format::Docx => docx::document(&value, briefing.into())?,
                _ => value.into_bytes(),
            };
            Ok(Warned::new(bytes, warnings))
        }
    }
}
