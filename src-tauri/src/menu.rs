//! The window's menu bar, with a desktop app's usual items and shortcuts. An item
//! becomes a `menu` event for the page, which runs the same action as its button
//! (so the menu, the buttons and the keys can never drift apart); Quit ends the app.

use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Runtime};

/// (id, label, shortcut) of the File menu; the ids are the page's action names.
const FILE: [(&str, &str, Option<&str>); 6] = [
    ("add-files", "Add files…", Some("CmdOrCtrl+Shift+O")),
    ("open-project", "Open project…", Some("CmdOrCtrl+O")),
    ("save-project", "Save project…", Some("CmdOrCtrl+S")),
    ("export-pdf", "Export PDF…", Some("CmdOrCtrl+E")),
    ("export-html", "Export HTML…", None),
    ("export-docx", "Export Word…", Some("CmdOrCtrl+Shift+E")),
];

/// The Edit menu acts on the field that has focus. Its keys are the fields' own (the
/// web view handles Ctrl+Z, Ctrl+C… itself), so no shortcut is taken from them here.
const EDIT: [(&str, &str); 6] = [
    ("undo", "Undo"),
    ("redo", "Redo"),
    ("cut", "Cut"),
    ("copy", "Copy"),
    ("paste", "Paste"),
    ("select-all", "Select all"),
];

pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let mut file = SubmenuBuilder::new(app, "File");
    for (id, label, shortcut) in FILE {
        let mut item = MenuItemBuilder::with_id(id, label);
        if let Some(shortcut) = shortcut {
            item = item.accelerator(shortcut);
        }
        file = file.item(&item.build(app)?);
        if id == "save-project" {
            file = file.separator();
        }
    }
    let quit = MenuItemBuilder::with_id("quit", "Quit")
        .accelerator("CmdOrCtrl+Q")
        .build(app)?;
    let file = file.separator().item(&quit).build()?;
    let mut edit = SubmenuBuilder::new(app, "Edit");
    for (id, label) in EDIT {
        edit = edit.item(&MenuItemBuilder::with_id(id, label).build(app)?);
    }
    MenuBuilder::new(app)
        .item(&file)
        .item(&edit.build()?)
        .build()
}

pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    match event.id().as_ref() {
        "quit" => app.exit(0),
        action => {
            let _ = app.emit("menu", action);
        }
    }
}
