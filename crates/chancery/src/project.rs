//! A project: the articles a user brought in, which ones are left out, and the header
//! fields they set. The desktop app keeps one, autosaves it and saves it to a file; the
//! briefing is always made fresh from it by the same pipeline the command line uses.

use serde::{Deserialize, Serialize};

use crate::{analyse, ingest, Article, Briefing, BriefingOptions, Date, Error, InputFile, Warning};

/// Everything a user has put into a briefing, serialisable as one file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Project {
    pub articles: Vec<ProjectArticle>,
    pub header: Header,
    /// The briefing template's name.
    pub template: Option<String>,
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
}

/// What the article list shows for one entry.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleSummary {
    pub id: u64,
    pub file: String,
    pub title: String,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    pub words: usize,
    pub warnings: Vec<String>,
    pub error: Option<String>,
    pub excluded: bool,
}

impl Project {
    /// Ingests a file and adds it; a file that cannot be read is kept with its error,
    /// so the list can say why, and the others go on. Returns its id.
    pub fn add(&mut self, file: &InputFile) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        let (article, error, warnings) = match ingest::ingest(file) {
            Ok(warned) => (Some(warned.value), None, warned.warnings),
            Err(error) => (None, Some(error.to_string()), Vec::new()),
        };
        self.articles.push(ProjectArticle {
            id,
            file: file.name.clone(),
            article,
            error,
            warnings,
            excluded: false,
        });
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
        });
        id
    }

    /// Adds pasted text as a plain-text article.
    pub fn add_text(&mut self, label: &str, text: &str) -> u64 {
        self.add(&InputFile::new(format!("{label}.txt"), text.as_bytes()))
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
                    title: article
                        .map_or_else(|| entry.file.clone(), |a| a.display_title().to_owned()),
                    outlet: article.and_then(|a| a.outlet.as_ref().map(|f| f.value.clone())),
                    published: article.and_then(|a| a.published.as_ref().map(|f| f.value)),
                    words: article.map_or(0, Article::word_count),
                    warnings: entry.warnings.iter().map(|w| w.message.clone()).collect(),
                    error: entry.error.clone(),
                    excluded: entry.excluded,
                }
            })
            .collect()
    }

    /// The briefing of the included, readable articles. `today` is used when the
    /// header sets no date.
    pub fn briefing(&self, today: Date) -> Result<Briefing, Error> {
        let included: Vec<&ProjectArticle> = self
            .articles
            .iter()
            .filter(|a| !a.excluded && a.article.is_some())
            .collect();
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
        };
        let mut briefing = analyse::analyse(&articles, &options);
        let reading: Vec<Warning> = included.iter().flat_map(|a| a.warnings.clone()).collect();
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
        project.add(&InputFile::new("empty.txt", Vec::new()));
        project.add(&InputFile::new("sample.txt", SAMPLE));
        let list = project.summaries();
        assert_eq!(
            list[0].error.as_deref(),
            Some("empty.txt: the file is empty")
        );
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
    fn excluded_articles_leave_the_briefing() {
        let mut project = Project::default();
        let sample = project.add(&InputFile::new("sample.txt", SAMPLE));
        project.add_text("pasted", "Ministers of France and Germany will meet in Paris next week to discuss energy prices.");
        assert_eq!(project.briefing(today()).unwrap().sources.len(), 2);
        project.set_excluded(sample, true);
        let briefing = project.briefing(today()).unwrap();
        assert_eq!(briefing.sources.len(), 1);
        assert_eq!(briefing.sources[0].file, "pasted.txt");
    }

    #[test]
    fn header_fields_override_analysis_and_survive_a_save() {
        let mut project = Project::default();
        project.add(&InputFile::new("sample.txt", SAMPLE));
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
