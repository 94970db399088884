//! The commands the page calls: each a few lines over the core and `files`.
//! Errors reach the page once, as `{ kind, message }`, so it can branch on `kind`.

use chancery::{ArticleSummary, Header, Warning};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::{files, Session};

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
            chancery::Error::Pdf { .. } => "pdf",
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
    templates: Vec<String>,
}

fn view(session: &Session) -> View {
    let project = files::lock(session);
    View {
        articles: project.summaries(),
        header: project.header.clone(),
        template: project.template_name().to_owned(),
        templates: session
            .templates
            .list()
            .into_iter()
            .filter(|t| t.output == "md")
            .map(|t| t.name)
            .collect(),
    }
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
    if !session.drafter.has_briefing_template(&name) {
        return Err(CommandError::new(
            "template",
            format!("no briefing template named '{name}'"),
        ));
    }
    files::change(&session, |project| project.template = Some(name))?;
    Ok(view(&session))
}

/// The project's briefing as of now, and the template to draft it with. The lock is
/// released before drafting and rendering.
fn current_briefing(session: &Session) -> Result<(chancery::Briefing, String)> {
    let project = files::lock(session);
    Ok((
        project.briefing(files::today())?,
        project.template_name().to_owned(),
    ))
}

fn html_page(session: &Session, briefing: &chancery::Briefing, template: &str) -> Result<String> {
    let markdown = session.drafter.draft(briefing, template)?;
    Ok(chancery::render::html::page(
        &markdown,
        briefing,
        &session.drafter,
    )?)
}

/// The briefing as the export will show it: the same templates and renderer.
#[derive(Serialize)]
pub struct Preview {
    html: String,
    warnings: Vec<Warning>,
}

#[tauri::command]
pub async fn preview(session: State<'_, Session>) -> Result<Preview> {
    let (briefing, template) = current_briefing(&session)?;
    let html = html_page(&session, &briefing, &template)?;
    // What the one-page PDF would cut, shown before the user exports (~7 ms warm).
    let pdf = chancery::render::pdf::one_page(&briefing, &session.drafter, &template)?;
    let mut warnings = briefing.warnings;
    warnings.extend(pdf.warnings);
    Ok(Preview { html, warnings })
}

#[derive(Serialize)]
pub struct Exported {
    path: Option<String>,
    warnings: Vec<Warning>,
}

/// Exports HTML or a one-page PDF, to `path` or where a save dialog says.
#[tauri::command]
pub async fn export<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    format: String,
    path: Option<String>,
) -> Result<Exported> {
    let (briefing, template) = current_briefing(&session)?;
    let (bytes, mut warnings) = match format.as_str() {
        "pdf" => {
            let pdf = chancery::render::pdf::one_page(&briefing, &session.drafter, &template)?;
            (pdf.value, pdf.warnings)
        }
        "html" => (
            html_page(&session, &briefing, &template)?.into_bytes(),
            Vec::new(),
        ),
        other => {
            return Err(CommandError::new(
                "format",
                format!("cannot export as '{other}'"),
            ))
        }
    };
    warnings.splice(0..0, briefing.warnings);
    let Some(path) = files::export_path(&app, &format, path).await else {
        return Ok(Exported {
            path: None,
            warnings,
        });
    };
    files::write_atomically(&path, &bytes)?;
    let _ = app.emit("exported", path.display().to_string());
    Ok(Exported {
        path: Some(path.display().to_string()),
        warnings,
    })
}

/// Saves the whole project (articles, exclusions, header) to one file the user picks.
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
        files::change(&session, |current| *current = project)?;
    }
    Ok(view(&session))
}
