//! Chancery's desktop shell: a thin Tauri front end over the `chancery` core.
//!
//! [`app`] wires the pieces and is generic over the runtime, so commands are tested
//! on Tauri's mock runtime without a window. `commands` holds the short adapters the
//! page calls, over `session` (the project and templates, and their locks); `view` is
//! what the page receives and `error` how failures reach it; `files` reads and writes
//! the disk, at paths that come only from `dialogs` or a drop on the window: the page
//! never names a path.

mod clipboard;
mod commands;
mod dialogs;
mod error;
mod files;
mod menu;
mod session;
mod view;

use std::path::PathBuf;

use tauri::{AppHandle, Builder, DragDropEvent, Emitter, Manager, Runtime, WindowEvent};

pub use session::Session;

/// Registers state, plugins and commands on a builder (real or mock runtime).
pub fn app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let session = files::open_session(app.handle())?;
            app.manage(session);
            app.set_menu(menu::build(app.handle())?)?;
            app.on_menu_event(menu::on_event);
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event {
                files_dropped(window.app_handle(), paths.clone());
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::state,
            commands::add_dropped,
            commands::add_text,
            commands::fetch_url,
            commands::fetch_link,
            commands::pick_files,
            commands::remove_article,
            commands::set_excluded,
            commands::article_text,
            commands::set_header,
            commands::set_template,
            commands::pick_template_folder,
            commands::edit_actor,
            commands::undo_actor_edit,
            commands::edit_section,
            commands::reset_section,
            commands::preview,
            commands::export,
            commands::save_project,
            commands::open_project,
            commands::open_exported,
            commands::copy_text,
            commands::clipboard_text,
        ])
}

/// Files dropped on the window: kept by the shell, and the page told by a
/// `files-dropped` event with the token to add them by (`add_dropped`).
pub fn files_dropped<R: Runtime>(app: &AppHandle<R>, paths: Vec<PathBuf>) {
    if paths.is_empty() {
        return;
    }
    let token = app.state::<Session>().hold_dropped(paths);
    let _ = app.emit("files-dropped", token);
}

/// Starts the desktop app.
pub fn run() {
    chancery::ingest::quiet_caught_panics();
    app(tauri::Builder::default())
        .run(tauri::generate_context!())
        .expect("the Chancery window could not start");
}
