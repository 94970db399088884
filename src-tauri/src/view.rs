//! What the page receives: plain data made from the session, never a reference into it.

use chancery::draft::Origin;
use chancery::edit::Section;
use chancery::project::Passage;
use chancery::{ActorEdit, ArticleSummary, Briefing, Header, Project, Warning};
use serde::Serialize;

use crate::session::Session;

/// Everything the page shows besides the preview.
#[derive(Serialize)]
pub struct View {
    articles: Vec<ArticleSummary>,
    header: Header,
    template: String,
    templates: Vec<TemplateChoice>,
    template_folder: Option<String>,
    template_problems: Vec<String>,
    actor_edits: Vec<ActorEditRow>,
    /// Where the last export went, where the next export's dialog opens.
    export_folder: Option<String>,
    /// What the user must hear about the start: saved work that could not be opened.
    notices: Vec<String>,
}

#[derive(Serialize)]
pub struct TemplateChoice {
    name: String,
    /// "built-in", or the user's file it came from.
    origin: String,
}

#[derive(Serialize)]
pub struct ActorEditRow {
    /// The rule as a person reads it: "merge Doval => Ajit Doval".
    text: String,
    edit: ActorEdit,
}

impl View {
    pub fn of(session: &Session) -> Self {
        let project = session.project();
        let templates = session.templates();
        View {
            articles: project.summaries(),
            header: project.header.clone(),
            template: project.template_name().to_owned(),
            templates: templates
                .list
                .iter()
                .filter(|t| t.output == "md")
                .map(|t| TemplateChoice {
                    name: t.name.clone(),
                    origin: match &t.origin {
                        Origin::Builtin => "built-in".to_owned(),
                        Origin::User(file) => file.clone(),
                    },
                })
                .collect(),
            template_folder: templates.folder.as_ref().map(|f| f.display().to_string()),
            template_problems: templates.problems.clone(),
            actor_edits: project
                .edits
                .actors
                .iter()
                .map(|edit| ActorEditRow {
                    text: edit.to_string(),
                    edit: edit.clone(),
                })
                .collect(),
            export_folder: session.export_folder().map(|f| f.display().to_string()),
            notices: session.notices.clone(),
        }
    }
}

/// The briefing as the export will show it (the same templates and renderer), and what
/// the editors need: its sections, actors and cited passages.
#[derive(Serialize)]
pub struct Preview {
    pub html: String,
    pub warnings: Vec<Warning>,
    pub sections: Vec<Section>,
    pub actors: Vec<chancery::Actor>,
    pub statements: Vec<CheckedStatement>,
}

/// A statement of the preview with the passages it cites, for checking it.
#[derive(Serialize)]
pub struct CheckedStatement {
    text: String,
    passages: Vec<Passage>,
    /// Sources citing the same passage beyond those shown.
    more_sources: usize,
}

/// Passages shown per statement: a story syndicated to 500 outlets cites 500, and
/// sending them all would make each preview megabytes of JSON for the page to parse.
const PASSAGES_SHOWN: usize = 3;

/// Characters of article text shown on each side of a cited passage.
const PASSAGE_CONTEXT: usize = 160;

impl CheckedStatement {
    /// Every statement of the briefing with the passages it cites; a statement's index
    /// is its `data-statement` id in the preview.
    pub fn all(project: &Project, briefing: &Briefing) -> Vec<Self> {
        briefing
            .statements()
            .map(|statement| CheckedStatement {
                text: statement.text.clone(),
                passages: statement
                    .evidence
                    .iter()
                    .take(PASSAGES_SHOWN)
                    .filter_map(|e| project.passage(e, PASSAGE_CONTEXT))
                    .collect(),
                more_sources: statement.evidence.len().saturating_sub(PASSAGES_SHOWN),
            })
            .collect()
    }
}

/// Where an export went (None: the dialog was cancelled), and what it cut or warned.
#[derive(Serialize)]
pub struct Exported {
    pub path: Option<String>,
    pub warnings: Vec<Warning>,
}
