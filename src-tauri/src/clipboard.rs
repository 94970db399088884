//! The system clipboard for the Edit menu's Cut, Copy and Paste. The web view keeps
//! script away from the clipboard, so a menu item (which is not a key press in the
//! page) cannot reach it from the page; the page hands the selected text here, or asks
//! for the clipboard's text, and GTK does the rest on the main thread.

use tauri::{AppHandle, Runtime};

use crate::error::{CommandError, ErrorKind, Result};

/// Puts `text` on the clipboard.
pub fn write<R: Runtime>(app: &AppHandle<R>, text: String) -> Result<()> {
    on_main_thread(app, move || platform::write(&text))
}

/// The clipboard's text, if it holds text.
pub fn read<R: Runtime>(app: &AppHandle<R>) -> Result<Option<String>> {
    on_main_thread(app, platform::read)
}

/// GTK is used from its own thread only; the command waits for the answer.
fn on_main_thread<R: Runtime, T: Send + 'static>(
    app: &AppHandle<R>,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T> {
    let (answer, answered) = std::sync::mpsc::channel();
    app.run_on_main_thread(move || {
        let _ = answer.send(work());
    })
    .map_err(|e| CommandError::new(ErrorKind::Clipboard, e.to_string()))?;
    answered
        .recv()
        .map_err(|e| CommandError::new(ErrorKind::Clipboard, e.to_string()))
}

#[cfg(target_os = "linux")]
mod platform {
    fn clipboard() -> gtk::Clipboard {
        gtk::Clipboard::get(&gtk::gdk::SELECTION_CLIPBOARD)
    }

    pub fn write(text: &str) {
        clipboard().set_text(text);
    }

    pub fn read() -> Option<String> {
        clipboard().wait_for_text().map(|text| text.to_string())
    }
}

/// Elsewhere the web view's own clipboard handling is what there is.
#[cfg(not(target_os = "linux"))]
mod platform {
    pub fn write(_text: &str) {}

    pub fn read() -> Option<String> {
        None
    }
}
