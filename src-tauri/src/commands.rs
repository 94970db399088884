//! The commands the page calls: each a few lines over the core and `files`.
//! Errors reach the page once, as `{ kind, message }`, so it can branch on `kind`.

use chancery::draft::Origin;
use chancery::edit::Section;
use chancery::project::Passage;
use chancery::render::{self, Format};
use chancery::{ActorEdit, ArticleSummary, Briefing, Draft, Header, SectionEdit, Warning};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::{files, Session, TemplateSet};

#[derive(Debug, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct CommandError {
    kind: &'static str,
    message: String,
}

impl CommandError {
    pub fn new(kind: &'static str, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }
}

impl From<chancery::Error> for CommandError {
    fn from(error: chancery::Error) -> Self {
        let kind = match error {
            chancery::Error::Ingest { .. } => "ingest",
            chancery::Error::NothingUsable { .. } => "nothing-usable",
            chancery::Error::Template { .. } => "template",
            chancery::Error::Edits { .. } => "edits",
            chancery::Error::Pdf { .. } => "pdf",
            chancery::Error::Docx { .. } => "docx",
        };
        Self::new(kind, error.to_string())
    }
}

type Result<T> = std::result::Result<T, CommandError>;

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

fn view(session: &Session) -> View {
    let project = files::lock(session);
    let templates = templates(session);
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
    }
}

fn templates(session: &Session) -> std::sync::RwLockReadGuard<'_, TemplateSet> {
    session
        .templates
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn use_templates(session: &Session, loaded: TemplateSet) {
    *session
        .templates
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner()) = loaded;
}

#[tauri::command]
pub fn state(session: State<'_, Session>) -> View {
    view(&session)
}

/// Dropped or picked files: read and cleaned off the UI thread, with progress events.
#[tauri::command]
pub async fn add_paths<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    paths: Vec<String>,
) -> Result<View> {
    files::add_paths(&app, &session, paths).await?;
    Ok(view(&session))
}

#[tauri::command]
pub async fn pick_files<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
) -> Result<View> {
    let paths = files::pick_articles(&app).await;
    files::add_paths(&app, &session, paths).await?;
    Ok(view(&session))
}

#[tauri::command]
pub fn add_text(session: State<'_, Session>, label: String, text: String) -> Result<View> {
    if text.trim().is_empty() {
        return Err(CommandError::new("empty", "there is no text to add"));
    }
    files::change(&session, |project| {
        project.add_text(&label, &text);
    })?;
    Ok(view(&session))
}

/// Fetches a pasted web address and adds the page: the app's one network action, taken
/// only on the user's Fetch.
#[tauri::command]
pub async fn fetch_url(session: State<'_, Session>, url: String) -> Result<View> {
    let url = url.trim().to_owned();
    if !chancery::ingest::link::is_web_address(&url) {
        return Err(CommandError::new(
            "fetch",
            format!("“{url}” is not a web address (it should start with https:// or http://)"),
        ));
    }
    let read = fetch_page(&url).await?;
    files::change(&session, |project| {
        project.add_read(&url, read);
    })?;
    Ok(view(&session))
}

/// Fetches the page a dropped shortcut points to, and puts it in the shortcut's place.
#[tauri::command]
pub async fn fetch_link(session: State<'_, Session>, id: u64) -> Result<View> {
    let link = files::lock(&session)
        .article(id)
        .and_then(|a| a.link.clone());
    let Some(url) = link else {
        return Err(CommandError::new(
            "fetch",
            "that entry is not a link to fetch",
        ));
    };
    let read = fetch_page(&url).await?;
    files::change(&session, |project| {
        project.remove(id);
        project.add_read(&url, read);
    })?;
    Ok(view(&session))
}

/// Downloads off the window's thread; a failure is the fetcher's message, naming the
/// address and what went wrong.
async fn fetch_page(
    url: &str,
) -> Result<std::result::Result<chancery::Warned<chancery::Article>, chancery::Error>> {
    let address = url.to_owned();
    let fetched = tauri::async_runtime::spawn_blocking(move || chancery_fetch::fetch(&address))
        .await
        .map_err(|e| CommandError::new("fetch", e.to_string()))?
        .map_err(|e| CommandError::new("fetch", e.to_string()))?;
    Ok(chancery::ingest::link::ingest_fetched(
        url,
        fetched.content_type.as_deref(),
        fetched.bytes,
    ))
}

#[tauri::command]
pub fn remove_article(session: State<'_, Session>, id: u64) -> Result<View> {
    files::change(&session, |project| {
        project.remove(id);
    })?;
    Ok(view(&session))
}

#[tauri::command]
pub fn set_excluded(session: State<'_, Session>, id: u64, excluded: bool) -> Result<View> {
    files::change(&session, |project| {
        project.set_excluded(id, excluded);
    })?;
    Ok(view(&session))
}

/// The cleaned text of one article, as analysis read it.
#[tauri::command]
pub fn article_text(session: State<'_, Session>, id: u64) -> Result<String> {
    let project = files::lock(&session);
    let entry = project
        .article(id)
        .ok_or_else(|| CommandError::new("not-found", "no such article"))?;
    match (&entry.article, &entry.error) {
        (Some(article), _) => Ok(article.text.clone()),
        (None, error) => Err(CommandError::new(
            "ingest",
            error.clone().unwrap_or_default(),
        )),
    }
}

#[tauri::command]
pub fn set_header(session: State<'_, Session>, header: Header) -> Result<View> {
    files::change(&session, |project| project.header = header)?;
    Ok(view(&session))
}

#[tauri::command]
pub fn set_template(session: State<'_, Session>, name: String) -> Result<View> {
    if !templates(&session).drafter.has_briefing_template(&name) {
        return Err(CommandError::new(
            "template",
            format!("no briefing template named '{name}'"),
        ));
    }
    files::change(&session, |project| project.template = Some(name))?;
    Ok(view(&session))
}

/// A template folder picked in a dialog; its templates join the picker.
#[tauri::command]
pub async fn pick_template_folder<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
) -> Result<View> {
    if let Some(folder) = files::pick_folder(&app).await {
        use_templates(&session, files::load_templates(&app, Some(&folder))?);
        files::change(&session, |project| project.template_folder = Some(folder))?;
    }
    Ok(view(&session))
}

/// A correction to the actor table, kept and replayed on every new briefing.
#[tauri::command]
pub fn edit_actor(session: State<'_, Session>, edit: ActorEdit) -> Result<View> {
    files::change(&session, |project| project.edits.actors.push(edit))?;
    Ok(view(&session))
}

#[tauri::command]
pub fn undo_actor_edit(session: State<'_, Session>, index: usize) -> Result<View> {
    files::change(&session, |project| {
        if index < project.edits.actors.len() {
            project.edits.actors.remove(index);
        }
    })?;
    Ok(view(&session))
}

/// The user's Markdown for a section. Text equal to what the template generates is no
/// edit at all, so the section goes on following the articles.
#[tauri::command]
pub fn edit_section(
    session: State<'_, Session>,
    heading: String,
    markdown: String,
) -> Result<View> {
    let (briefing, template) = current_briefing(&session)?;
    let generated = Draft::new(&templates(&session).drafter, &template)
        .sections(&briefing)?
        .into_iter()
        .find(|s| s.heading == heading)
        .map(|s| s.generated)
        .ok_or_else(|| {
            CommandError::new(
                "not-found",
                format!("no section \"{heading}\" in this draft"),
            )
        })?;
    files::change(&session, |project| {
        let edits = &mut project.edits.sections;
        edits.retain(|e| e.heading != heading);
        if markdown.trim() != generated.trim() {
            edits.push(SectionEdit {
                heading,
                markdown,
                generated,
            });
        }
    })?;
    Ok(view(&session))
}

#[tauri::command]
pub fn reset_section(session: State<'_, Session>, heading: String) -> Result<View> {
    files::change(&session, |project| {
        project.edits.sections.retain(|e| e.heading != heading);
    })?;
    Ok(view(&session))
}

/// The project's briefing as of now, and the template to draft it with. The lock is
/// released before drafting and rendering.
fn current_briefing(session: &Session) -> Result<(Briefing, String)> {
    let project = files::lock(session);
    Ok((
        project.briefing(files::today())?,
        project.template_name().to_owned(),
    ))
}

fn section_edits(session: &Session) -> Vec<SectionEdit> {
    files::lock(session).edits.sections.clone()
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

/// The briefing as the export will show it (the same templates and renderer), and what
/// the editors need: its sections, actors and cited passages.
#[derive(Serialize)]
pub struct Preview {
    html: String,
    warnings: Vec<Warning>,
    sections: Vec<Section>,
    actors: Vec<chancery::Actor>,
    statements: Vec<CheckedStatement>,
}

/// Characters of article text shown on each side of a cited passage.
const PASSAGE_CONTEXT: usize = 160;

#[tauri::command]
pub async fn preview(session: State<'_, Session>) -> Result<Preview> {
    let (briefing, template) = current_briefing(&session)?;
    let edits = section_edits(&session);
    let templates = templates(&session);
    let draft = Draft::new(&templates.drafter, &template).with_section_edits(&edits);
    // The HTML export as it prints: what the one-page PDF keeps, so its warnings say
    // what the PDF would cut before the user exports (~7 ms warm), and the section edits'.
    let html = render::export(&briefing, &draft, Format::Html)?;
    let statements = checked_statements(&session, &briefing);
    let sections = draft.sections(&briefing)?;
    let mut warnings = briefing.warnings;
    warnings.extend(html.warnings);
    Ok(Preview {
        html: String::from_utf8(html.value).expect("the HTML renderer writes UTF-8"),
        warnings,
        sections,
        actors: briefing.actors,
        statements,
    })
}

fn checked_statements(session: &Session, briefing: &Briefing) -> Vec<CheckedStatement> {
    let project = files::lock(session);
    briefing
        .bottom_line
        .iter()
        .chain(&briefing.context)
        .chain(&briefing.implications)
        .chain(&briefing.watch)
        .chain(briefing.timeline.iter().map(|e| &e.statement))
        .chain(briefing.quotes.iter().map(|q| &q.statement))
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

#[derive(Serialize)]
pub struct Exported {
    path: Option<String>,
    warnings: Vec<Warning>,
}

/// Exports a one-page PDF, HTML or a Word document, to `path` or where a save dialog says.
#[tauri::command]
pub async fn export<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    format: Format,
    path: Option<String>,
) -> Result<Exported> {
    let (briefing, template) = current_briefing(&session)?;
    let edits = section_edits(&session);
    let exported = {
        let templates = templates(&session);
        let draft = Draft::new(&templates.drafter, &template).with_section_edits(&edits);
        render::export(&briefing, &draft, format)?
    };
    let bytes = exported.value;
    let mut warnings = briefing.warnings;
    warnings.extend(exported.warnings);
    let Some(path) = files::export_path(&app, format, path).await else {
        return Ok(Exported {
            path: None,
            warnings,
        });
    };
    files::write_atomically(&path, &bytes)?;
    files::remember_export(&session, &path);
    let _ = app.emit("exported", path.display().to_string());
    Ok(Exported {
        path: Some(path.display().to_string()),
        warnings,
    })
}

/// "Open" (`reveal` false) or "Show in folder" (`reveal` true) for an exported file.
#[tauri::command]
pub fn open_exported<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    path: String,
    reveal: bool,
) -> Result<()> {
    files::open_exported(&app, &session, &path, reveal)
}

/// Saves the whole project (articles, exclusions, header, edits) to one file the user picks.
#[tauri::command]
pub async fn save_project<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    path: Option<String>,
) -> Result<Option<String>> {
    let Some(path) = files::project_path(&app, path, files::Dialog::Save).await else {
        return Ok(None);
    };
    let json = serde_json::to_vec_pretty(&*files::lock(&session))
        .map_err(|e| CommandError::new("save", e.to_string()))?;
    files::write_atomically(&path, &json)?;
    Ok(Some(path.display().to_string()))
}

/// Replaces the current project with one saved before; the current one stays if the
/// file cannot be read.
#[tauri::command]
pub async fn open_project<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    path: Option<String>,
) -> Result<View> {
    if let Some(path) = files::project_path(&app, path, files::Dialog::Open).await {
        let project = files::read_project(&path)?;
        use_templates(
            &session,
            files::load_templates(&app, project.template_folder.as_deref())?,
        );
        files::change(&session, |current| *current = project)?;
    }
    Ok(view(&session))
}
