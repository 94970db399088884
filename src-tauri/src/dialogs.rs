//! Every path the app reads or writes for the user comes from here: a file dialog shown
//! by the shell, or a drop on the window (see `files_dropped` in the crate root). The
//! page never names a path itself, so a page that ever ran foreign script still could
//! not read a file the user did not give, nor write over one the user did not pick.
//!
//! For tests and scripted runs, `CHANCERY_DIALOG_ANSWERS` names a file of answers: each
//! dialog takes its first line (paths separated by tabs; an empty line is Cancel) and
//! leaves the rest. It is read from the environment the app was started with, which
//! the page cannot touch.

use std::path::{Path, PathBuf};

use chancery::render::Format;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder, FilePath};

/// The kinds of article the "Add files…" dialog offers.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "mhtml", "mht", "pdf", "docx"];

/// The "Add files…" dialog: the files picked, or none.
pub async fn pick_articles<R: Runtime>(app: &AppHandle<R>) -> Vec<PathBuf> {
    if let Some(answer) = scripted_answer() {
        return answer;
    }
    let dialog = app
        .dialog()
        .file()
        .add_filter("Articles", ARTICLE_EXTENSIONS);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_files())
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    picked.into_iter().filter_map(local_path).collect()
}

/// The "Template folder…" dialog.
pub async fn pick_template_folder<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    if let Some(answer) = scripted_answer() {
        return answer.into_iter().next();
    }
    let dialog = app.dialog().file();
    shown(dialog, |d| d.blocking_pick_folder()).await
}

/// The save dialog for an export, opening in the folder of the last export.
pub async fn export_target<R: Runtime>(
    app: &AppHandle<R>,
    format: Format,
    folder: Option<PathBuf>,
) -> Option<PathBuf> {
    if let Some(answer) = scripted_answer() {
        return answer.into_iter().next();
    }
    let extension = format.extension();
    let kind = match format {
        Format::Docx => "Word document".to_owned(),
        other => other.extension().to_uppercase(),
    };
    let mut dialog = app
        .dialog()
        .file()
        .add_filter(kind, &[extension])
        .set_file_name(format!("briefing.{extension}"));
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    shown(dialog, |d| d.blocking_save_file()).await
}

/// Whether a project file is being opened or saved.
pub enum ProjectDialog {
    Open,
    Save,
}

/// The open or save dialog for a `.chancery` project file.
pub async fn project_file<R: Runtime>(app: &AppHandle<R>, kind: ProjectDialog) -> Option<PathBuf> {
    if let Some(answer) = scripted_answer() {
        return answer.into_iter().next();
    }
    let dialog = app
        .dialog()
        .file()
        .add_filter("Chancery project", &["chancery"]);
    match kind {
        ProjectDialog::Open => shown(dialog, |d| d.blocking_pick_file()).await,
        ProjectDialog::Save => {
            let dialog = dialog.set_file_name("briefing.chancery");
            shown(dialog, |d| d.blocking_save_file()).await
        }
    }
}

/// Shows a dialog off the window's thread (GTK runs it on its own) and waits for it.
async fn shown<R: Runtime>(
    dialog: FileDialogBuilder<R>,
    show: impl FnOnce(FileDialogBuilder<R>) -> Option<FilePath> + Send + 'static,
) -> Option<PathBuf> {
    tauri::async_runtime::spawn_blocking(move || show(dialog))
        .await
        .ok()
        .flatten()
        .and_then(local_path)
}

fn local_path(path: FilePath) -> Option<PathBuf> {
    path.into_path().ok()
}

/// The next scripted answer, when answers come from a file; `Some(vec![])` is Cancel.
fn scripted_answer() -> Option<Vec<PathBuf>> {
    let file = std::env::var_os("CHANCERY_DIALOG_ANSWERS")?;
    Some(take_first_line(Path::new(&file)))
}

fn take_first_line(file: &Path) -> Vec<PathBuf> {
    let Ok(text) = std::fs::read_to_string(file) else {
        return Vec::new();
    };
    let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
    // The answers file belongs to the test driving the app; losing the rest of it
    // would only fail that test, so this write needs no atomic rename.
    let _ = std::fs::write(file, rest);
    first
        .split('\t')
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .collect()
}
