//! Edit: what the user changed in a briefing, kept as rules that are replayed every
//! time the briefing is made again, so new articles or a new template do not undo them.
//!
//! - [`ActorEdit`]s change the actor table (rename, merge, remove, set a role or an
//!   affiliation) before drafting. Each names the actor as the user saw it and applies
//!   to whichever actor now has that name or alias.
//! - [`SectionEdit`]s replace a `## Section` of the drafted Markdown with the user's own
//!   Markdown, and remember what they replaced so a change underneath is reported.
//!
//! An edit that no longer applies is kept and reported as a warning, never dropped.

pub mod actors;
pub mod sections;

use serde::{Deserialize, Serialize};

pub use actors::ActorEdit;
pub use sections::{Section, SectionEdit};

/// Every edit a user made to a project's briefing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edits {
    /// Applied in order, so a rename followed by a merge under the new name works.
    #[serde(default)]
    pub actors: Vec<ActorEdit>,
    #[serde(default)]
    pub sections: Vec<SectionEdit>,
}
