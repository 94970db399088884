//! Chancery's core: turns news articles into a one-page diplomatic briefing.
//!
//! The pipeline has four stages, one module each, run in this order:
//!
//! 1. [`ingest`]: bytes of a `.txt`, `.md` or `.html` file → a cleaned [`Article`]
//!    (body text without site boilerplate, plus title, outlet, byline and dates, each
//!    with where it was found).
//! 2. [`analyse`]: articles → a [`Briefing`]: ranked actors, context, implications and
//!    what to watch, every statement citing the source and character span it came from.
//!    The user's corrections ([`edit`]) are replayed on the actor table here.
//! 3. [`draft`]: a briefing → Markdown, by filling a Handlebars template; the user's own
//!    Markdown for a section ([`edit`]) replaces what the template generated there.
//! 4. [`render`]: Markdown → a self-contained HTML page, or a PDF that fits one page.
//!
//! [`project`] holds what a user has brought into the desktop app (articles, exclusions,
//! header fields, edits) and makes its briefing with the same stages.
//!
//! The crate never touches the OS: no files, clock, environment or network (enforced by
//! `clippy.toml`). Bytes, file names, options and today's date come in as arguments, so
//! the same inputs always give byte-identical output.

pub mod analyse;
mod article;
mod date;
pub mod draft;
pub mod edit;
mod error;
pub mod ingest;
pub mod project;
pub mod render;
mod warning;

pub use analyse::entities::{entities, EntityLabel, EntityMention};
pub use analyse::{
    Actor, ActorKind, Briefing, Evidence, Quote, QuoteKind, SourceGroup, SourceRef, Statement,
    TimelineEvent, When,
};
pub use article::{file_name, Article, Field};
pub use date::Date;
pub use draft::{Draft, Drafter, Templates};
pub use edit::{ActorEdit, Edits, SectionEdit};
pub use error::Error;
pub use ingest::InputFile;
pub use project::{ArticleSummary, Header, Project};
pub use warning::{Warned, Warning, WarningKind};

use rayon::prelude::*;

/// What the caller decides about a briefing, beyond the articles themselves.
#[derive(Debug, Clone)]
pub struct BriefingOptions {
    /// "Today": the briefing's date, and the reference for relative dates.
    pub today: Date,
    /// A title; when absent, one is taken from the most central article.
    pub title: Option<String>,
    /// The handling marking shown in the banner at the top and bottom.
    pub marking: String,
    /// Who prepared the briefing (a desk, a post), shown under the title.
    pub originator: Option<String>,
    /// The user's corrections to the actor table, applied in order.
    pub actor_edits: Vec<ActorEdit>,
}

impl BriefingOptions {
    /// Options with the default marking and no fixed title.
    pub fn new(today: Date) -> Self {
        Self {
            today,
            title: None,
            marking: "UNCLASSIFIED".to_owned(),
            originator: None,
            actor_edits: Vec::new(),
        }
    }
}

/// Ingests every file and analyses the ones that could be read.
///
/// A file that cannot be read becomes a warning and the rest go on; only when no file
/// gives an article is the result an error.
pub fn brief(files: &[InputFile], options: &BriefingOptions) -> Result<Briefing, Error> {
    // Files are read on every core; the results keep the order they were given in.
    brief_read(files.par_iter().map(ingest::ingest).collect(), options)
}

/// Analyses articles already read (from files, or pages fetched by a front end); the
/// ones that failed become warnings, as in [`brief`].
pub fn brief_read(
    read: Vec<Result<Warned<Article>, Error>>,
    options: &BriefingOptions,
) -> Result<Briefing, Error> {
    let mut warnings = Vec::new();
    let mut articles = Vec::new();
    for result in read {
        match result {
            Ok(Warned { value, warnings: w }) => {
                articles.push(value);
                warnings.extend(w);
            }
            Err(error) => warnings.push(Warning::from_error(&error)),
        }
    }
    if articles.is_empty() {
        return Err(Error::NothingUsable {
            reasons: warnings.iter().map(ToString::to_string).collect(),
        });
    }
    let mut briefing = analyse::analyse(&articles, options);
    // Reading problems first: they explain why a source may be missing.
    warnings.append(&mut briefing.warnings);
    briefing.warnings = warnings.into_iter().map(Warning::for_briefing).collect();
    Ok(briefing)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The news fixtures, each copied `times` times under another name: more sentences
    /// than one tagging batch holds.
    #[allow(
        clippy::disallowed_methods,
        reason = "a test reads the repository's own fixtures; the core itself reads no files"
    )]
    fn news_fixtures(times: usize) -> Vec<InputFile> {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/news");
        let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(folder)
            .expect("the news fixtures")
            .map(|entry| entry.expect("a fixture").path())
            .collect();
        paths.sort();
        (0..times)
            .flat_map(|copy| {
                paths.iter().map(move |path| {
                    let bytes = std::fs::read(path).expect("a readable fixture");
                    let name = path.file_name().unwrap_or_default().to_string_lossy();
                    InputFile::new(format!("{copy}-{name}"), bytes)
                })
            })
            .collect()
    }

    #[test]
    fn the_briefing_is_the_same_on_one_core_as_on_several() {
        let files = news_fixtures(9);
        let options = BriefingOptions::new(Date::new(2025, 1, 1).expect("a date"));
        let on = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("a thread pool");
            let briefing = pool
                .install(|| brief(&files, &options))
                .expect("a briefing");
            serde_json::to_string(&briefing).expect("JSON")
        };
        let one = on(1);
        assert!(one.contains("Chakwera"), "the fixtures were read");
        assert_eq!(one, on(4));
    }
}
