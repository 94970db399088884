//! A project: the articles a user brought in, which ones are left out, and the header
//! fields they set. The desktop app keeps one, autosaves it and saves it to a file; the
//! briefing is always made fresh from it by the same pipeline the command line uses.

use serde::{Deserialize, Serialize};

use crate::{
    analyse, ingest, Article, Briefing, BriefingOptions, Date, Edits, Error, Evidence, InputFile,
    Warning,
};

/// Everything a user has put into a briefing, serialisable as one file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Project {
    pub articles: Vec<ProjectArticle>,
    pub header: Header,
    /// The briefing template's name.
    pub template: Option<String>,
    /// A folder of the user's templates chosen in the app, over the default one.
    #[serde(default)]
    pub template_folder: Option<String>,
    /// The user's corrections, replayed on every new briefing.
    #[serde(default)]
    pub edits: Edits,
    next_id: u64,
}

/// Everything in a project but its articles: small, so a store keeps it whole, while
/// the articles (up to thousands) are kept one by one.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ProjectSettings {
    pub header: Header,
    pub template: Option<String>,
    #[serde(default)]
    pub template_folder: Option<String>,
    #[serde(default)]
    pub edits: Edits,
    next_id: u64,
}

/// Header fields the user sets; empty ones fall back to what analysis finds.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Header {
    pub title: Option<String>,
    pub marking: Option<String>,
    pub originator: Option<String>,
    pub date: Option<Date>,
}

/// One file the user brought in: the cleaned article, or why it could not be read.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProjectArticle {
    pub id: u64,
    pub file: String,
    pub article: Option<Article>,
    pub error: Option<String>,
    pub warnings: Vec<Warning>,
    pub excluded: bool,
    /// A dropped web shortcut (`.url`, `.webloc`): the page it points to, fetched only
    /// when the user asks.
    #[serde(default)]
    pub link: Option<String>,
}

/// A cited passage with a little of the text around it, for checking a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// The source number the briefing cites.
    pub source: usize,
    pub title: String,
    pub outlet: Option<String>,
    pub before: String,
    pub text: String,
    pub after: String,
}

/// What the article list shows for one entry.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleSummary {
    pub id: u64,
    /// The path or address the article came from: for this machine's eyes only.
    pub file: String,
    /// Its file name, what the list shows.
    pub name: String,
    /// Its headline, or its file name when it has none.
    pub title: String,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    pub words: usize,
    /// What reading it gave to know, each with its kind.
    pub warnings: Vec<Warning>,
    pub error: Option<String>,
    pub excluded: bool,
    /// The page a dropped shortcut points to, to fetch when the user asks.
    pub link: Option<String>,
}

impl Project {
    /// The project but its articles, for a store that keeps those one by one.
    pub fn settings(&self) -> ProjectSettings {
        ProjectSettings {
            header: self.header.clone(),
            template: self.template.clone(),
            template_folder: self.template_folder.clone(),
            edits: self.edits.clone(),
            next_id: self.next_id,
        }
    }

    /// A project put back together from a store's settings and articles; a new
    /// article's id is past every id kept, even if the settings say less.
    pub fn from_parts(settings: ProjectSettings, articles: Vec<ProjectArticle>) -> Self {
        let past_articles = articles.iter().map(|a| a.id + 1).max().unwrap_or(0);
        Self {
            articles,
            header: settings.header,
            template: settings.template,
            template_folder: settings.template_folder,
            edits: settings.edits,
            next_id: settings.next_id.max(past_articles),
        }
    }

    /// Ingests a file and adds it; a file that cannot be read is kept with its error,
    /// so the list can say why, and the others go on. Returns its id.
    pub fn add(&mut self, file: InputFile) -> u64 {
        // Owned: the bytes (up to 20 MB) move to the reading worker, not a copy of them.
        let name = file.name.clone();
        let read = ingest::ingest_within(file, ingest::FILE_TIME_BUDGET);
        self.add_read(&name, read)
    }

    /// Adds what reading a file or a fetched page gave: an article, or why not.
    pub fn add_read(
        &mut self,
        file: &str,
        read: Result<crate::Warned<Article>, crate::Error>,
    ) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        let (article, error, warnings) = match read {
            Ok(warned) => (Some(warned.value), None, warned.warnings),
            Err(error) => (None, Some(error.to_string()), Vec::new()),
        };
        self.articles.push(ProjectArticle {
            id,
            file: file.to_owned(),
            article,
            error,
            warnings,
            excluded: false,
            link: None,
        });
        id
    }

    /// Lists a dropped web shortcut: not an article until the user asks to fetch the
    /// page it points to (Chancery goes online only when asked).
    pub fn add_link(&mut self, file: &str, url: &str) -> u64 {
        let id = self.add_unreadable(
            file,
            &format!("a link to {url}; press Fetch to download the page"),
        );
        if let Some(entry) = self.articles.iter_mut().find(|a| a.id == id) {
            entry.link = Some(url.to_owned());
        }
        id
    }

    /// Lists a file that could not even be read (missing, unreadable), with why.
    pub fn add_unreadable(&mut self, file: &str, reason: &str) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        self.articles.push(ProjectArticle {
            id,
            file: file.to_owned(),
            article: None,
            error: Some(reason.to_owned()),
            warnings: Vec::new(),
            excluded: false,
            link: None,
        });
        id
    }

    /// Adds pasted text as a plain-text article.
    pub fn add_text(&mut self, label: &str, text: &str) -> u64 {
        self.add(InputFile::new(format!("{label}.txt"), text.as_bytes()))
    }

    pub fn remove(&mut self, id: u64) -> bool {
        let before = self.articles.len();
        self.articles.retain(|a| a.id != id);
        self.articles.len() != before
    }

    pub fn set_excluded(&mut self, id: u64, excluded: bool) -> bool {
        self.articles
            .iter_mut()
            .find(|a| a.id == id)
            .map(|a| a.excluded = excluded)
            .is_some()
    }

    pub fn article(&self, id: u64) -> Option<&ProjectArticle> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn summaries(&self) -> Vec<ArticleSummary> {
        self.articles
            .iter()
            .map(|entry| {
                let article = entry.article.as_ref();
                ArticleSummary {
                    id: entry.id,
                    file: entry.file.clone(),
                    name: crate::article::file_name(&entry.file).to_owned(),
                    title: article.map_or_else(
                        || crate::article::file_name(&entry.file).to_owned(),
                        |a| a.display_title().to_owned(),
                    ),
                    outlet: article.and_then(|a| a.outlet.as_ref().map(|f| f.value.clone())),
                    published: article.and_then(|a| a.published.as_ref().map(|f| f.value)),
                    words: article.map_or(0, Article::word_count),
                    warnings: entry.warnings.clone(),
                    // The list item names the file already.
                    error: entry.error.as_ref().map(|error| {
                        let named = format!("{}: ", entry.file);
                        error.strip_prefix(&named).unwrap_or(error).to_owned()
                    }),
                    excluded: entry.excluded,
                    link: entry.link.clone(),
                }
            })
            .collect()
    }

    /// The articles the briefing is made of, in the order it numbers its sources.
    fn included(&self) -> Vec<&ProjectArticle> {
        self.articles
            .iter()
            .filter(|a| !a.excluded && a.article.is_some())
            .collect()
    }

    /// The passage a statement of the current briefing cites, with up to `around`
    /// characters of context on each side.
    pub fn passage(&self, evidence: &Evidence, around: usize) -> Option<Passage> {
        let entry = self
            .included()
            .into_iter()
            .nth(evidence.source.checked_sub(1)?)?;
        let article = entry.article.as_ref()?;
        // Character offsets → byte offsets, walking the text once.
        let text = &article.text;
        let chars = text.chars().count();
        let (start, end) = (evidence.start.min(chars), evidence.end.min(chars));
        let wanted = [
            start.saturating_sub(around),
            start,
            end,
            (end + around).min(chars),
        ];
        let mut bytes = [text.len(); 4];
        for (char_index, (byte, _)) in text.char_indices().enumerate() {
            for (slot, &at) in bytes.iter_mut().zip(&wanted) {
                if at == char_index {
                    *slot = byte;
                }
            }
        }
        let text = |from: usize, to: usize| article.text[bytes[from]..bytes[to]].to_owned();
        Some(Passage {
            source: evidence.source,
            title: article.display_title().to_owned(),
            outlet: article.outlet.as_ref().map(|f| f.value.clone()),
            before: text(0, 1),
            text: text(1, 2),
            after: text(2, 3),
        })
    }

    /// The briefing of the included, readable articles, with the user's actor edits.
    /// `today` is used when the header sets no date.
    pub fn briefing(&self, today: Date) -> Result<Briefing, Error> {
        let included = self.included();
        if included.is_empty() {
            return Err(Error::NothingUsable {
                reasons: self
                    .articles
                    .iter()
                    .filter_map(|a| a.error.clone())
                    .collect(),
            });
        }
        let articles: Vec<Article> = included.iter().filter_map(|a| a.article.clone()).collect();
        let options = BriefingOptions {
            today: self.header.date.unwrap_or(today),
            title: self.header.title.clone().filter(|t| !t.trim().is_empty()),
            marking: self
                .header
                .marking
                .clone()
                .filter(|m| !m.trim().is_empty())
                .unwrap_or_else(|| BriefingOptions::new(today).marking),
            originator: self
                .header
                .originator
                .clone()
                .filter(|o| !o.trim().is_empty()),
            actor_edits: self.edits.actors.clone(),
        };
        let mut briefing = analyse::analyse(&articles, &options);
        let reading: Vec<Warning> = included
            .iter()
            .flat_map(|a| a.warnings.iter().cloned().map(Warning::for_briefing))
            .collect();
        briefing.warnings.splice(0..0, reading);
        Ok(briefing)
    }

    /// The template to draft with.
    pub fn template_name(&self) -> &str {
        self.template.as_deref().unwrap_or("briefing")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../../../examples/india-russia-strategic-talks.txt");

    fn today() -> Date {
        Date::new(2025, 8, 6).unwrap()
    }

    #[test]
    fn bad_file_is_listed_with_its_error_and_the_rest_brief() {
        let mut project = Project::default();
        project.add(InputFile::new("empty.txt", Vec::new()));
        project.add(InputFile::new("sample.txt", SAMPLE));
        let list = project.summaries();
        // The list item names the file; its error says only what is wrong.
        assert_eq!(list[0].error.as_deref(), Some("the file is empty"));
        assert_eq!(list[0].name, "empty.txt");
        assert_eq!(list[1].title, "India, Russia Hold Strategic Talks");
        assert_eq!(list[1].outlet.as_deref(), Some("Asian Lite News"));
        assert!(project
            .briefing(today())
            .unwrap()
            .actors
            .iter()
            .any(|a| a.name == "Ajit Doval"));
    }

    #[test]
    fn the_briefing_names_files_without_their_folders() {
        let mut project = Project::default();
        project.add(InputFile::new(
            "/home/ana/casework-7731/call-notes.txt",
            "Ministers of France and Germany will meet in Paris next week to discuss energy prices.",
        ));
        let briefing = project.briefing(today()).unwrap();
        assert_eq!(briefing.sources[0].file, "call-notes.txt");
        assert!(!briefing.warnings.is_empty(), "no date, no title: warnings");
        for warning in &briefing.warnings {
            assert_eq!(warning.file.as_deref(), Some("call-notes.txt"));
        }
        // The window still knows where the file is.
        assert!(project.summaries()[0].file.contains("casework-7731"));
    }

    #[test]
    fn excluded_articles_leave_the_briefing() {
        let mut project = Project::default();
        let sample = project.add(InputFile::new("sample.txt", SAMPLE));
        project.add_text("pasted", "Ministers of France and Germany will meet in Paris next week to discuss energy prices.");
        assert_eq!(project.briefing(today()).unwrap().sources.len(), 2);
        project.set_excluded(sample, true);
        let briefing = project.briefing(today()).unwrap();
        assert_eq!(briefing.sources.len(), 1);
        assert_eq!(briefing.sources[0].file, "pasted.txt");
    }

    #[test]
    fn actor_edits_are_replayed_when_articles_change() {
        let mut project = Project::default();
        project.add(InputFile::new("sample.txt", SAMPLE));
        project.edits.actors = vec![
            crate::ActorEdit::Rename {
                actor: "ajit  DOVAL".into(),
                to: "NSA Doval".into(),
            },
            crate::ActorEdit::Remove {
                actor: "Asian Lite News".into(),
            },
        ];
        let names = |project: &Project| -> Vec<String> {
            let briefing = project.briefing(today()).unwrap();
            briefing.actors.iter().map(|a| a.name.clone()).collect()
        };
        let before = names(&project);
        assert!(before.contains(&"NSA Doval".to_owned()), "{before:?}");
        assert!(!before.contains(&"Ajit Doval".to_owned()), "{before:?}");
        project.add_text(
            "pasted",
            "Ajit Doval will meet French officials in Paris next week.",
        );
        assert!(names(&project).contains(&"NSA Doval".to_owned()));
        let briefing = project.briefing(today()).unwrap();
        assert!(
            briefing
                .warnings
                .iter()
                .any(|w| w.message.contains("remove Asian Lite News")),
            "an edit that matches nothing is reported: {:?}",
            briefing.warnings
        );
    }

    #[test]
    fn a_cited_passage_is_found_in_its_article() {
        let mut project = Project::default();
        let excluded = project.add_text("other", "Officials in Paris will meet again next week.");
        project.set_excluded(excluded, true);
        let sample = project.add(InputFile::new("sample.txt", SAMPLE));
        let briefing = project.briefing(today()).unwrap();
        let statement = briefing.bottom_line.unwrap();
        let cleaned = &project
            .article(sample)
            .unwrap()
            .article
            .as_ref()
            .unwrap()
            .text;
        let passage = project.passage(&statement.evidence[0], 40).unwrap();
        assert!(
            statement.text.starts_with(&passage.text) && passage.text.len() > 100,
            "{passage:?}"
        );
        assert_eq!(passage.title, "India, Russia Hold Strategic Talks");
        assert!(passage.before.chars().count() <= 40);
        assert_eq!(passage.after.chars().count(), 40);
        let joined = format!("{}{}{}", passage.before, passage.text, passage.after);
        assert!(
            cleaned.contains(&joined),
            "not one stretch of the article: {joined}"
        );
    }

    #[test]
    fn header_fields_override_analysis_and_survive_a_save() {
        let mut project = Project::default();
        project.add(InputFile::new("sample.txt", SAMPLE));
        project.header = Header {
            title: Some("Moscow talks".into()),
            marking: Some("RESTRICTED".into()),
            originator: Some("South Asia desk".into()),
            date: Date::new(2025, 8, 7),
        };
        let saved = serde_json::to_string(&project).unwrap();
        let mut restored: Project = serde_json::from_str(&saved).unwrap();
        let briefing = restored.briefing(today()).unwrap();
        assert_eq!(
            (briefing.title.as_str(), briefing.marking.as_str()),
            ("Moscow talks", "RESTRICTED")
        );
        assert_eq!(briefing.date.to_string(), "2025-08-07");
        assert_eq!(briefing.originator.as_deref(), Some("South Asia desk"));
        // New articles never reuse an id from before the save.
        assert_eq!(
            restored.add_text("more", "Officials in Paris will meet again next week."),
            1
        );
    }
}
