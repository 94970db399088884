//! Section edits: the user's own Markdown for one `## Section` of the draft.
//!
//! A section runs from its `## Heading` line to the next level-1 or level-2 heading, or
//! to a `######` line (the marking banner ends a briefing). Sections are found in the
//! drafted Markdown, not in the template, so they work with any user template.
//!
//! An edit keeps the generated Markdown it replaced. When a new draft generates
//! something else there (articles added, an actor renamed), the user's text is still
//! used, and a warning says the articles have changed under it.

use serde::{Deserialize, Serialize};

use crate::{Warned, Warning, WarningKind};

/// The user's Markdown for the section headed `heading`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionEdit {
    pub heading: String,
    pub markdown: String,
    /// What the draft had there when the user edited it.
    pub generated: String,
}

/// One section of a draft, as the section editor shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub heading: String,
    /// The Markdown shown: the user's edit if there is one, else the generated text.
    pub markdown: String,
    /// What the template generated.
    pub generated: String,
    pub edited: bool,
    /// Edited, and the generated text is no longer what it was when edited.
    pub outdated: bool,
}

/// Where one section's body lies in a draft, in bytes.
struct Span {
    heading: String,
    body: std::ops::Range<usize>,
}

fn spans(markdown: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut offset = 0;
    for line in markdown.split_inclusive('\n') {
        let text = line.trim_end();
        let ends_section =
            text.starts_with("# ") || text.starts_with("## ") || text.starts_with("###### ");
        if ends_section {
            if let Some(open) = spans.last_mut().filter(|s| s.body.end == usize::MAX) {
                open.body.end = offset;
            }
        }
        if let Some(heading) = text.strip_prefix("## ") {
            let start = offset + line.len();
            spans.push(Span {
                heading: heading.trim().to_owned(),
                body: start..usize::MAX,
            });
        }
        offset += line.len();
    }
    if let Some(open) = spans.last_mut().filter(|s| s.body.end == usize::MAX) {
        open.body.end = markdown.len();
    }
    spans
}

fn same_text(a: &str, b: &str) -> bool {
    a.trim() == b.trim()
}

/// The sections of a draft, with the user's edits shown in place of generated text.
pub fn list(markdown: &str, edits: &[SectionEdit]) -> Vec<Section> {
    spans(markdown)
        .into_iter()
        .map(|span| {
            let generated = markdown[span.body].trim().to_owned();
            let edit = edits.iter().find(|e| e.heading == span.heading);
            Section {
                markdown: edit.map_or_else(|| generated.clone(), |e| e.markdown.trim().to_owned()),
                edited: edit.is_some(),
                outdated: edit.is_some_and(|e| !same_text(&e.generated, &generated)),
                heading: span.heading,
                generated,
            }
        })
        .collect()
}

/// The draft with every edited section's body replaced by the user's Markdown. Warns
/// about edits whose section is gone or whose generated text has changed since.
pub fn apply(markdown: &str, edits: &[SectionEdit]) -> Warned<String> {
    let spans = spans(markdown);
    let mut warnings = Vec::new();
    let mut out = String::with_capacity(markdown.len());
    let mut copied_to = 0;
    for span in &spans {
        let Some(edit) = edits.iter().find(|e| e.heading == span.heading) else {
            continue;
        };
        if !same_text(&edit.generated, &markdown[span.body.clone()]) {
            warnings.push(Warning::general(format!(
                "section \"{}\" shows your edit, but the articles have changed since you made it: review it, or reset it to the new draft",
                edit.heading
            )).of_kind(WarningKind::Edit));
        }
        out.push_str(&markdown[copied_to..span.body.start]);
        out.push('\n');
        out.push_str(edit.markdown.trim());
        out.push_str("\n\n");
        copied_to = span.body.end;
    }
    out.push_str(&markdown[copied_to..]);
    for edit in edits {
        if !spans.iter().any(|s| s.heading == edit.heading) {
            warnings.push(
                Warning::general(format!(
                    "your edit of section \"{}\" is not shown: this template has no such section",
                    edit.heading
                ))
                .of_kind(WarningKind::Edit),
            );
        }
    }
    Warned::new(out, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "###### UNCLASSIFIED\n\n# Title\n\n## Context\n\n- one [1]\n- two [1]\n\n## Sources\n\n- [1] Story\n\n###### UNCLASSIFIED\n";

    fn edit(heading: &str, markdown: &str, generated: &str) -> SectionEdit {
        SectionEdit {
            heading: heading.into(),
            markdown: markdown.into(),
            generated: generated.into(),
        }
    }

    #[test]
    fn sections_run_to_the_next_heading_or_banner() {
        let sections = list(DRAFT, &[]);
        let found: Vec<(&str, &str)> = sections
            .iter()
            .map(|s| (s.heading.as_str(), s.markdown.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("Context", "- one [1]\n- two [1]"),
                ("Sources", "- [1] Story")
            ]
        );
    }

    #[test]
    fn an_edit_replaces_only_its_section() {
        let edits = [edit("Context", "- *my own* line", "- one [1]\n- two [1]")];
        let edited = apply(DRAFT, &edits);
        assert!(edited.warnings.is_empty(), "{:?}", edited.warnings);
        assert_eq!(
            edited.value,
            "###### UNCLASSIFIED\n\n# Title\n\n## Context\n\n- *my own* line\n\n## Sources\n\n- [1] Story\n\n###### UNCLASSIFIED\n"
        );
        let context = &list(DRAFT, &edits)[0];
        assert!(context.edited && !context.outdated);
        assert_eq!(context.markdown, "- *my own* line");
    }

    #[test]
    fn an_edit_outlives_changes_underneath_and_says_so() {
        let edits = [
            edit("Context", "- mine", "- an older draft [1]"),
            edit("Analysis", "- kept", "- x"),
        ];
        let edited = apply(DRAFT, &edits);
        assert!(edited.value.contains("## Context\n\n- mine\n"));
        let messages: Vec<&str> = edited.warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0]
            .starts_with("section \"Context\" shows your edit, but the articles have changed"));
        assert!(messages[1].contains("\"Analysis\" is not shown"));
        assert!(list(DRAFT, &edits)[0].outdated);
    }
}
