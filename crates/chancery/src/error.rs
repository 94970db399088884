//! The one error type of the core. Each variant names the stage and what it was working on.

/// Why a stage could not produce its output.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be turned into an article.
    #[error("{file}: {reason}")]
    Ingest { file: String, reason: String },
    /// No file gave an article, so there is nothing to brief on.
    #[error("no usable article{}", list_reasons(.reasons))]
    NothingUsable { reasons: Vec<String> },
    /// A template is missing, does not parse, or uses a field that does not exist.
    #[error("template '{name}'{}: {message}", line.map(|l| format!(" line {l}")).unwrap_or_default())]
    Template {
        name: String,
        line: Option<usize>,
        message: String,
    },
    /// An actors file has a line that is not a rule.
    #[error("{file} line {line}: {message}")]
    Edits {
        file: String,
        line: usize,
        message: String,
    },
    /// The PDF engine rejected the generated document (a bug, never the user's input).
    #[error("pdf: {message}")]
    Pdf { message: String },
    /// The Word document could not be packed (a bug, never the user's input).
    #[error("docx: {message}")]
    Docx { message: String },
}

fn list_reasons(reasons: &[String]) -> String {
    if reasons.is_empty() {
        String::new()
    } else {
        format!(":\n  {}", reasons.join("\n  "))
    }
}

impl Error {
    pub(crate) fn ingest(file: &str, reason: impl Into<String>) -> Self {
        Self::Ingest {
            file: file.to_owned(),
            reason: reason.into(),
        }
    }
}
