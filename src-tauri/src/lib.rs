//! Chancery's desktop shell: a thin Tauri front end over the `chancery` core.
//!
//! [`app`] wires the pieces and is generic over the runtime, so commands are tested
//! on Tauri's mock runtime without a window. `commands` holds the short adapters the
//! page calls; `files` is the only place that touches the disk or shows a dialog.

mod commands;
mod files;

use std::sync::Mutex;

use chancery::{Drafter, Project, Templates};
use tauri::{Builder, Manager, Runtime};

/// What the window works on: the user's project, and the compiled templates.
pub struct Session {
    project: Mutex<Project>,
    drafter: Drafter,
    templates: Templates,
    autosave: std::path::PathBuf,
}

/// Registers state, plugins and commands on a builder (real or mock runtime).
pub fn app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let session = files::open_session(app.handle())?;
            app.manage(session);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::state,
            commands::add_paths,
            commands::add_text,
            commands::pick_files,
            commands::remove_article,
            commands::set_excluded,
            commands::article_text,
            commands::set_header,
            commands::set_template,
            commands::preview,
            commands::export,
            commands::save_project,
            commands::open_project,
        ])
}

/// Starts the desktop app.
pub fn run() {
    app(tauri::Builder::default())
        .run(tauri::generate_context!())
        .expect("the Chancery window could not start");
}
