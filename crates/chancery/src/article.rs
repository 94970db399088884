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

/// The paragraphs of a text, as `text.split("\n\n")` gives them, found with memchr's
/// SIMD search (every article is read so, by ingest and by analysis).
pub(crate) fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    let mut breaks = memchr::memmem::find_iter(text.as_bytes(), b"\n\n");
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        let Some(at) = breaks.next() else {
            start = None;
            return Some(&text[from..]);
        };
        start = Some(at + 2);
        Some(&text[from..at])
    })
}

/// `text.split_whitespace().count()`, reading ASCII a byte at a time.
pub(crate) fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    // `char::is_whitespace` in ASCII: the space, and tab to carriage return (the
    // vertical tab among them).
    let is_space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let (mut words, mut after_space) = (0, true);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let space = if b.is_ascii() {
            i += 1;
            is_space(b)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            c.is_whitespace()
        };
        words += usize::from(after_space && !space);
        after_space = space;
    }
    words
}

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
        count_words(&self.text)
    }

    /// The title, or the file name when the article has none.
    pub fn display_title(&self) -> &str {
        self.title
            .as_ref()
            .map_or_else(|| file_name(&self.file), |t| &t.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: [&str; 10] = [
        "",
        "\n\n",
        "One.\n\nTwo.\n\n\nThree.",
        "\n\n\n\nlead\n\n",
        "Kyiv\u{a0}said\u{2003}no\u{b}more \t\r\n words",
        "  Ольга  Иванова  ",
        "a\nb\n\nc",
        "東京\u{3000}大阪 one",
        "plain ASCII,\twith\x0btabs\x0cand  double  spaces ",
        "x",
    ];

    #[test]
    fn paragraphs_are_the_text_split_at_blank_lines() {
        for text in TEXTS {
            let split: Vec<&str> = text.split("\n\n").collect();
            assert_eq!(paragraphs(text).collect::<Vec<_>>(), split, "{text:?}");
        }
    }

    #[test]
    fn words_are_counted_as_whitespace_splits_them() {
        for text in TEXTS {
            assert_eq!(
                count_words(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
        assert_eq!(
            count_words("Kyiv\u{a0}said\u{2003}no\u{b}more \t\r\n words"),
            5
        );
    }
}
