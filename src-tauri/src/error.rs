//! The one error type every command returns. It reaches the page as
//! `{ kind, message }`: `kind` says which sort of failure it is, so the page words
//! its notice by it; `message` names the file or address and the problem.

use serde::Serialize;

/// What failed, as the page tells it apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// A file could not be read as an article.
    Ingest,
    /// None of the articles could be used for a briefing.
    NothingUsable,
    /// A template is missing or broken.
    Template,
    /// An actors file or edit is malformed.
    Edits,
    /// The PDF or Word engine failed (a bug, never the user's input).
    Render,
    /// Pasted text was empty.
    Empty,
    /// A page could not be fetched.
    Fetch,
    /// An article, section or link the page named is not there (any more).
    NotFound,
    /// A file was asked to be opened that this session did not export.
    NotExported,
    /// A file or project could not be opened.
    Open,
    /// The work could not be saved or an export written.
    Write,
    /// The system clipboard could not be reached.
    Clipboard,
}

#[derive(Debug, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct CommandError {
    kind: ErrorKind,
    message: String,
}

impl CommandError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }
}

impl From<chancery::Error> for CommandError {
    fn from(error: chancery::Error) -> Self {
        let kind = match error {
            chancery::Error::Ingest { .. } => ErrorKind::Ingest,
            chancery::Error::NothingUsable { .. } => ErrorKind::NothingUsable,
            chancery::Error::Template { .. } => ErrorKind::Template,
            chancery::Error::Edits { .. } => ErrorKind::Edits,
            chancery::Error::Pdf { .. } | chancery::Error::Docx { .. } => ErrorKind::Render,
        };
        Self::new(kind, error.to_string())
    }
}

pub type Result<T> = std::result::Result<T, CommandError>;
