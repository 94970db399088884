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

impl Edits {
    /// Sets the user's Markdown for a section, given what the draft has there now.
    /// Text equal to the generated text (but for surrounding blank space) is no edit at
    /// all: the section goes on following the articles.
    pub fn set_section(&mut self, heading: &str, markdown: String, generated: String) {
        self.reset_section(heading);
        if markdown.trim() != generated.trim() {
            self.sections.push(SectionEdit {
                heading: heading.to_owned(),
                markdown,
                generated,
            });
        }
    }

    /// Drops the user's Markdown for a section: it shows the generated text again.
    pub fn reset_section(&mut self, heading: &str) {
        self.sections.retain(|edit| edit.heading != heading);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_set_to_its_generated_text_is_no_edit() {
        let mut edits = Edits::default();
        edits.set_section("Context", "- Mine.\n".into(), "- Theirs.\n".into());
        assert_eq!(edits.sections.len(), 1);
        // Typed back to what the draft says: the section follows the articles again.
        edits.set_section("Context", "\n- Theirs.\n\n".into(), "- Theirs.\n".into());
        assert!(edits.sections.is_empty());
        edits.set_section("Context", "- Mine.\n".into(), "- Theirs.\n".into());
        edits.set_section("Context", "- Mine, again.\n".into(), "- Theirs.\n".into());
        assert_eq!(edits.sections.len(), 1);
        assert_eq!(edits.sections[0].markdown, "- Mine, again.\n");
        edits.reset_section("Context");
        assert!(edits.sections.is_empty());
    }
}
