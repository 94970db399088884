//! The cleaned article: what ingest produces and analysis reads.

use serde::{Deserialize, Serialize};

use crate::Date;

/// A metadata value together with where in the file it was found, so a reader can
/// judge how far to trust it ("JSON-LD", "meta og:site_name", "attribution line").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field<T> {
    pub value: T,
    pub found_in: String,
}

impl<T> Field<T> {
    pub fn new(value: T, found_in: impl Into<String>) -> Self {
        Self {
            value,
            found_in: found_in.into(),
        }
    }
}

/// The last part of a file's name as the caller gave it ("/home/ana/leaks/cable.txt" →
/// "cable.txt"): what a briefing may say about where an article came from. A folder
/// names the person and their work, and a briefing is made to be shared.
pub fn file_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// How a table row stands in an article's text: its cells joined by this. Ingest writes
/// rows so (Word tables); analysis knows a row by it and never takes one for a statement.
pub const TABLE_CELL_SEPARATOR: &str = " | ";

/// One article, cleaned of site boilerplate.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Article {
    /// The file name it came from, as the caller named it.
    pub file: String,
    pub title: Option<Field<String>>,
    pub outlet: Option<Field<String>>,
    pub authors: Vec<Field<String>>,
    pub published: Option<Field<Date>>,
    pub modified: Option<Field<Date>>,
    pub language: Option<Field<String>>,
    pub url: Option<Field<String>>,
    /// The story's own paragraphs, separated by blank lines. Character spans that
    /// analysis reports point into this text.
    pub text: String,
}

impl Article {
    /// An article with a body and no metadata yet.
    pub fn new(file: &str, paragraphs: &[String]) -> Self {
        Self {
            file: file.to_owned(),
            title: None,
            outlet: None,
            authors: Vec::new(),
            published: None,
            modified: None,
            language: None,
            url: None,
            text: paragraphs.join("\n\n"),
        }
    }

    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// The title, or the file name when the article has none.
    pub fn display_title(&self) -> &str {
        self.title
            .as_ref()
            .map_or_else(|| file_name(&self.file), |t| &t.value)
    }
}
