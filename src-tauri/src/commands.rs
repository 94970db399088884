//! The commands the page calls: each a few lines over the core, the session and
//! `files`. Errors reach the page once, as `{ kind, message }` (see `error`).

use chancery::render::{self, Format};
use chancery::{ActorEdit, Draft, Header};
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::error::{CommandError, ErrorKind, Result};
use crate::session::Session;
use crate::view::{CheckedStatement, Exported, Preview, View};
use crate::{dialogs, files};

#[tauri::command]
pub fn state(session: State<'_, Session>) -> View {
    View::of(&session)
}

/// Files dropped on the window, by the token the `files-dropped` event gave the page:
/// read and cleaned off the UI thread, with progress events.
#[tauri::command]
pub async fn add_dropped<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    token: u64,
) -> Result<View> {
    let paths = session.take_dropped(token).ok_or_else(|| {
        CommandError::new(
            ErrorKind::NotFound,
            "those dropped files were added already, or were never dropped",
        )
    })?;
    files::add_paths(&app, &session, paths).await?;
    Ok(View::of(&session))
}

/// "Add files…": the files picked in the dialog, read as dropped ones are.
#[tauri::command]
pub async fn pick_files<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
) -> Result<View> {
    let paths = dialogs::pick_articles(&app).await;
    files::add_paths(&app, &session, paths).await?;
    Ok(View::of(&session))
}

#[tauri::command]
pub fn add_text(session: State<'_, Session>, label: String, text: String) -> Result<View> {
    if text.trim().is_empty() {
        return Err(CommandError::new(
            ErrorKind::Empty,
            "there is no text to add",
        ));
    }
    session.change(|project| {
        project.add_text(&label, &text);
    })?;
    Ok(View::of(&session))
}

/// Fetches a pasted web address and adds the page: the app's one network action, taken
/// only on the user's Fetch.
#[tauri::command]
pub async fn fetch_url(session: State<'_, Session>, url: String) -> Result<View> {
    let url = url.trim().to_owned();
    if !chancery::ingest::link::is_web_address(&url) {
        return Err(CommandError::new(
            ErrorKind::Fetch,
            format!("“{url}” is not a web address (it should start with https:// or http://)"),
        ));
    }
    let read = fetch_page(&url).await?;
    session.change(|project| {
        project.add_read(&url, read);
    })?;
    Ok(View::of(&session))
}

/// Fetches the page a dropped shortcut points to, and puts it in the shortcut's place.
#[tauri::command]
pub async fn fetch_link(session: State<'_, Session>, id: u64) -> Result<View> {
    let link = session.project().article(id).and_then(|a| a.link.clone());
    let Some(url) = link else {
        return Err(CommandError::new(
            ErrorKind::Fetch,
            "that entry is not a link to fetch",
        ));
    };
    let read = fetch_page(&url).await?;
    session.change(|project| {
        project.remove(id);
        project.add_read(&url, read);
    })?;
    Ok(View::of(&session))
}

/// Downloads off the window's thread; a failure is the fetcher's message, naming the
/// address and what went wrong.
async fn fetch_page(
    url: &str,
) -> Result<std::result::Result<chancery::Warned<chancery::Article>, chancery::Error>> {
    let address = url.to_owned();
    let fetched = tauri::async_runtime::spawn_blocking(move || chancery_fetch::fetch(&address))
        .await
        .map_err(|e| CommandError::new(ErrorKind::Fetch, e.to_string()))?
        .map_err(|e| CommandError::new(ErrorKind::Fetch, e.to_string()))?;
    Ok(chancery::ingest::link::ingest_fetched(
        url,
        fetched.content_type.as_deref(),
        fetched.bytes,
    ))
}

#[tauri::command]
pub fn remove_article(session: State<'_, Session>, id: u64) -> Result<View> {
    session.change(|project| {
        project.remove(id);
    })?;
    Ok(View::of(&session))
}

#[tauri::command]
pub fn set_excluded(session: State<'_, Session>, id: u64, excluded: bool) -> Result<View> {
    session.change(|project| {
        project.set_excluded(id, excluded);
    })?;
    Ok(View::of(&session))
}

/// The cleaned text of one article, as analysis read it.
#[tauri::command]
pub fn article_text(session: State<'_, Session>, id: u64) -> Result<String> {
    let project = session.project();
    let entry = project
        .article(id)
        .ok_or_else(|| CommandError::new(ErrorKind::NotFound, "no such article"))?;
    match (&entry.article, &entry.error) {
        (Some(article), _) => Ok(article.text.clone()),
        (None, error) => Err(CommandError::new(
            ErrorKind::Ingest,
            error.clone().unwrap_or_default(),
        )),
    }
}

#[tauri::command]
pub fn set_header(session: State<'_, Session>, header: Header) -> Result<View> {
    session.change(|project| project.header = header)?;
    Ok(View::of(&session))
}

#[tauri::command]
pub fn set_template(session: State<'_, Session>, name: String) -> Result<View> {
    if !session.templates().drafter.has_briefing_template(&name) {
        return Err(CommandError::new(
            ErrorKind::Template,
            format!("no briefing template named '{name}'"),
        ));
    }
    session.change(|project| project.template = Some(name))?;
    Ok(View::of(&session))
}

/// A template folder picked in a dialog; its templates join the picker.
#[tauri::command]
pub async fn pick_template_folder<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
) -> Result<View> {
    if let Some(folder) = dialogs::pick_template_folder(&app).await {
        let folder = folder.display().to_string();
        session.use_templates(files::load_templates(&app, Some(&folder))?);
        session.change(|project| project.template_folder = Some(folder))?;
    }
    Ok(View::of(&session))
}

/// A correction to the actor table, kept and replayed on every new briefing.
#[tauri::command]
pub fn edit_actor(session: State<'_, Session>, edit: ActorEdit) -> Result<View> {
    session.change(|project| project.edits.actors.push(edit))?;
    Ok(View::of(&session))
}

#[tauri::command]
pub fn undo_actor_edit(session: State<'_, Session>, index: usize) -> Result<View> {
    session.change(|project| {
        if index < project.edits.actors.len() {
            project.edits.actors.remove(index);
        }
    })?;
    Ok(View::of(&session))
}

/// The user's Markdown for a section (the core decides when it is an edit at all).
#[tauri::command]
pub fn edit_section(
    session: State<'_, Session>,
    heading: String,
    markdown: String,
) -> Result<View> {
    let (briefing, template, _) = session.briefing()?;
    let generated = Draft::new(&session.templates().drafter, &template)
        .sections(&briefing)?
        .into_iter()
        .find(|s| s.heading == heading)
        .map(|s| s.generated)
        .ok_or_else(|| {
            CommandError::new(
                ErrorKind::NotFound,
                format!("no section \"{heading}\" in this draft"),
            )
        })?;
    session.change(|project| project.edits.set_section(&heading, markdown, generated))?;
    Ok(View::of(&session))
}

#[tauri::command]
pub fn reset_section(session: State<'_, Session>, heading: String) -> Result<View> {
    session.change(|project| project.edits.reset_section(&heading))?;
    Ok(View::of(&session))
}

#[tauri::command]
pub async fn preview(session: State<'_, Session>) -> Result<Preview> {
    let (briefing, template, edits) = session.briefing()?;
    let templates = session.templates();
    let draft = Draft::new(&templates.drafter, &template).with_section_edits(&edits);
    // The HTML export as it prints: what the one-page PDF keeps, so its warnings say
    // what the PDF would cut before the user exports (~7 ms warm), and the section edits'.
    let html = render::export(&briefing, &draft, Format::Html)?;
    let mut warnings = briefing.warnings.clone();
    warnings.extend(html.warnings);
    Ok(Preview {
        html: String::from_utf8(html.value).expect("the HTML renderer writes UTF-8"),
        warnings,
        sections: draft.sections(&briefing)?,
        statements: CheckedStatement::all(&session.project(), &briefing),
        actors: briefing.actors,
    })
}

/// Exports a one-page PDF, HTML or a Word document where the save dialog says.
#[tauri::command]
pub async fn export<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    format: Format,
) -> Result<Exported> {
    let (briefing, template, edits) = session.briefing()?;
    let exported = {
        let templates = session.templates();
        let draft = Draft::new(&templates.drafter, &template).with_section_edits(&edits);
        render::export(&briefing, &draft, format)?
    };
    let mut warnings = briefing.warnings.clone();
    warnings.extend(exported.warnings);
    let Some(path) = dialogs::export_target(&app, format, session.export_folder()).await else {
        return Ok(Exported {
            path: None,
            warnings,
        });
    };
    files::write_atomically(&path, &exported.value)?;
    session.remember_export(&path);
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
) -> Result<Option<String>> {
    let Some(path) = dialogs::project_file(&app, dialogs::ProjectDialog::Save).await else {
        return Ok(None);
    };
    files::write_project(&path, &session.project())?;
    Ok(Some(path.display().to_string()))
}

/// Replaces the current project with one saved before; the current one stays if the
/// file cannot be read.
#[tauri::command]
pub async fn open_project<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
) -> Result<View> {
    if let Some(path) = dialogs::project_file(&app, dialogs::ProjectDialog::Open).await {
        let project = files::read_project(&path)?;
        session.use_templates(files::load_templates(
            &app,
            project.template_folder.as_deref(),
        )?);
        session.replace(project)?;
    }
    Ok(View::of(&session))
}

/// The Edit menu's Copy and Cut: the text the page had selected goes to the clipboard.
#[tauri::command]
pub async fn copy_text<R: Runtime>(app: AppHandle<R>, text: String) -> Result<()> {
    crate::clipboard::write(&app, text)
}

/// The Edit menu's Paste: the clipboard's text, for the page to put in the field.
#[tauri::command]
pub async fn clipboard_text<R: Runtime>(app: AppHandle<R>) -> Result<Option<String>> {
    crate::clipboard::read(&app)
}
