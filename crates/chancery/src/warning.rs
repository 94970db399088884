//! Warnings are values returned beside the output, so every front end can show them.

use serde::{Deserialize, Serialize};

use crate::Error;

/// Something the user should know about the output: a skipped file, a missing byline,
/// an item cut to fit one page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// The file it concerns, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    pub message: String,
    /// What sort of thing it says, so a front end can word and show each sort its way.
    /// (Projects saved before warnings had kinds read theirs as `Reading`.)
    #[serde(default)]
    pub kind: WarningKind,
}

/// The sorts of warning, from the one that matters most to a reader of the briefing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    /// A file that gave no article: it is not in the briefing.
    Skipped,
    /// An item cut so the PDF fits one page.
    Cut,
    /// One of the user's own edits no longer fits the articles.
    Edit,
    /// How an input was read: sources of a field disagree, a part was left out.
    #[default]
    Reading,
    /// Something the input does not say, which is normal for some inputs (a plain-text
    /// file has no date line): worth knowing, not a problem.
    Missing,
}

impl Warning {
    pub fn about(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: Some(file.to_owned()),
            message: message.into(),
            kind: WarningKind::default(),
        }
    }

    pub fn general(message: impl Into<String>) -> Self {
        Self {
            file: None,
            message: message.into(),
            kind: WarningKind::default(),
        }
    }

    /// The same warning, of another kind.
    pub fn of_kind(self, kind: WarningKind) -> Self {
        Self { kind, ..self }
    }

    /// The warning as a briefing may carry it: the file named by its file name only.
    /// A briefing is made to be shared; the folder a file sat in names the person and
    /// their work, and stays on this machine.
    pub fn for_briefing(mut self) -> Self {
        if let Some(file) = &mut self.file {
            *file = crate::article::file_name(file).to_owned();
        }
        self
    }

    /// A file that failed is reported and skipped, never fatal on its own.
    pub fn from_error(error: &Error) -> Self {
        match error {
            Error::Ingest { file, reason } => {
                Self::about(file, format!("skipped: {reason}")).of_kind(WarningKind::Skipped)
            }
            other => Self::general(other.to_string()),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.file {
            Some(file) => write!(f, "{file}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// An output together with the warnings produced while making it.
#[derive(Debug, Clone)]
pub struct Warned<T> {
    pub value: T,
    pub warnings: Vec<Warning>,
}

impl<T> Warned<T> {
    pub fn new(value: T, warnings: Vec<Warning>) -> Self {
        Self { value, warnings }
    }
}
