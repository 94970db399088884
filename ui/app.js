// Chancery's window. Every action is a command on the Rust side; the page only shows
// what the core made. Article-derived text is set with textContent or shown in a
// script-less sandboxed frame, never parsed as HTML here.
//
// One module per part of the window, around one state object (state.js): articles,
// preview (with tabs and source passages), sections, actors, header (with exports).
import { setUpActors } from "./actors.js";
import { addPaths, setUpArticles } from "./articles.js";
import { setUpHeader } from "./header.js";
import { invoke } from "./ipc.js";
import { setUpPreview, setUpTabs } from "./preview.js";
import { setUpSections } from "./sections.js";
import { update } from "./state.js";

setUpArticles();
setUpPreview();
setUpTabs();
setUpSections();
setUpActors();
setUpHeader();

// The drop handler's entry point, also used by the window tests.
window.chancery = { addPaths };

update(invoke("state"));
