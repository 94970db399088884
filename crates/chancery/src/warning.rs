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
}

impl Warning {
    pub fn about(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: Some(file.to_owned()),
            message: message.into(),
        }
    }

    pub fn general(message: impl Into<String>) -> Self {
        Self {
            file: None,
            message: message.into(),
        }
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
            Error::Ingest { file, reason } => Self::about(file, format!("skipped: {reason}")),
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
