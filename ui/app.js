// Chancery's window. Every action is a command on the Rust side; the page only shows
// what the core made. Article-derived text is set with textContent or shown in a
// script-less sandboxed frame, never parsed as HTML here.
//
// One module per part of the window, around one state object (state.js): articles,
// preview (with tabs and source passages), sections, actors, header (with exports).
import { setUpActors } from "./actors.js";
import { pickFiles, setUpArticles } from "./articles.js";
import * as editing from "./editing.js";
import { exportAs, openProject, saveProject, setUpHeader } from "./header.js";
import { invoke, listen } from "./ipc.js";
import { setUpPreview, setUpTabs } from "./preview.js";
import { setUpSections } from "./sections.js";
import { update } from "./state.js";

setUpArticles();
setUpPreview();
setUpTabs();
setUpSections();
setUpActors();
setUpHeader();

// The menu bar (src-tauri/src/menu.rs) runs the same actions as the buttons. Its Edit
// items act on the field that has focus, as the fields' own keys do.
const MENU_ACTIONS = {
  "add-files": pickFiles,
  "open-project": openProject,
  "save-project": saveProject,
  "export-pdf": () => exportAs("pdf"),
  "export-html": () => exportAs("html"),
  "export-docx": () => exportAs("docx"),
  undo: editing.undo,
  redo: editing.redo,
  cut: () => editing.copy({ cut: true }),
  copy: () => editing.copy({ cut: false }),
  paste: editing.paste,
  "select-all": editing.selectAll,
};
listen("menu", (event) => MENU_ACTIONS[event.payload]?.());

// "Add files…", for the window tests (its dialog answered from a file: src-tauri/src/dialogs.rs).
window.chancery = { pickFiles };

update(invoke("state"));
