// Chancery's window. Every action is a command on the Rust side; this file only
// shows what the core made. Article-derived text is set with textContent or shown in
// a script-less sandboxed frame, never parsed as HTML here.
const { invoke } = window.__TAURI__.core;
const { listen } = window.__TAURI__.event;
const { getCurrentWebview } = window.__TAURI__.webview;

const $ = (id) => document.getElementById(id);
let refreshTimer = null;

function say(text) {
  $("status").textContent = text;
}

// The shell's error kinds (src-tauri/src/error.rs), each with the words it opens with.
const ERROR_NOTICES = {
  ingest: "Could not read a file",
  "nothing-usable": "No article can be used yet",
  template: "Template problem",
  edits: "Actor edit problem",
  render: "The export failed (please report this)",
  empty: "Nothing to add",
  fetch: "Could not fetch the page",
  "not-found": "Not there any more",
  "not-exported": "Only files exported here can be opened",
  open: "Could not open",
  write: "Could not save",
};

function failed(error) {
  const message = error && error.message ? error.message : String(error);
  const notice = error && ERROR_NOTICES[error.kind];
  say(notice ? `${notice}: ${message}` : message);
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showView(view) {
  const list = $("article-list");
  list.replaceChildren();
  for (const article of view.articles) {
    const item = element("li", article.excluded ? "excluded" : "");
    // The file name (unless it is the title already); the full path only as a tooltip,
    // on this machine's screen.
    const title = element("span", "title", article.title);
    title.title = article.file;
    item.append(title);
    if (article.name !== article.title) {
      const name = element("span", "file", article.name);
      name.title = article.file;
      item.append(name);
    }
    if (article.error) {
      item.append(element("span", "error", article.error));
    } else {
      const meta = [article.outlet, article.published, `${article.words} words`].filter(Boolean).join(" · ");
      item.append(element("span", "meta", meta));
      for (const warning of article.warnings) item.append(warningNode("div", warning));
    }
    const actions = element("div", "actions");
    if (article.link) {
      const fetch = element("button", "", "Fetch");
      fetch.setAttribute("aria-label", `Fetch the page ${article.link}`);
      fetch.addEventListener("click", () => fetching(invoke("fetch_link", { id: article.id })));
      actions.append(fetch);
    }
    if (!article.error) {
      const open = element("button", "quiet", "Text");
      open.setAttribute("aria-label", `Show the cleaned text of ${article.title}`);
      open.addEventListener("click", () => showText(article));
      const exclude = element("button", "quiet", article.excluded ? "Include" : "Exclude");
      exclude.setAttribute("aria-label", `${article.excluded ? "Include" : "Exclude"} ${article.title}`);
      exclude.addEventListener("click", () => update(invoke("set_excluded", { id: article.id, excluded: !article.excluded })));
      actions.append(open, exclude);
    }
    const remove = element("button", "quiet", "Remove");
    remove.setAttribute("aria-label", `Remove ${article.title}`);
    remove.addEventListener("click", () => update(invoke("remove_article", { id: article.id })));
    actions.append(remove);
    item.append(actions);
    list.append(item);
  }
  const form = $("header-form");
  if (document.activeElement?.form !== form) {
    $("title").value = view.header.title ?? "";
    $("marking").value = view.header.marking ?? "";
    $("originator").value = view.header.originator ?? "";
    $("date").value = view.header.date ?? "";
  }
  const select = $("template");
  select.replaceChildren(...view.templates.map((t) => {
    const option = element("option", "", t.origin === "built-in" ? t.name : `${t.name} (yours)`);
    option.value = t.name;
    option.title = t.origin;
    return option;
  }));
  select.value = view.template;
  $("template-folder-path").textContent = view.template_folder ? `Your templates: ${view.template_folder}` : "No template folder of yours yet";
  $("template-problems").replaceChildren(...view.template_problems.map((p) => element("li", "", p)));
  showActorEdits(view.actor_edits);
  const usable = view.articles.filter((a) => !a.error && !a.excluded).length;
  say(`${view.articles.length} article(s), ${usable} in the briefing`);
}

async function update(pending) {
  try {
    const view = await pending;
    showView(view);
    await refreshPreview();
    return view;
  } catch (error) {
    failed(error);
    return undefined;
  }
}

// Each preview asked for gets the next number; a result is shown only if no later one
// was asked for since, so two previews in flight can never finish with the older shown.
let previewsAsked = 0;

async function refreshPreview() {
  const warnings = $("warnings");
  const number = ++previewsAsked;
  try {
    const preview = await invoke("preview");
    if (number !== previewsAsked) return;
    statements = preview.statements;
    $("preview").srcdoc = preview.html;
    showWarnings(preview.warnings);
    showSections(preview.sections);
    showActors(preview.actors);
  } catch (error) {
    if (number !== previewsAsked) return;
    statements = [];
    // A fixed message: nothing from the error is put into markup.
    $("preview").srcdoc = '<p style="font: 14px system-ui, sans-serif; color: #5b6470; padding: 2rem; text-align: center">Drop articles here, or use “Add files…”, to draft a briefing.</p>';
    showSections([]);
    showActors([]);
    warnings.replaceChildren(element("li", "", error.message ?? String(error)));
  }
}

// ---- Checking a statement against its source ------------------------------------

let statements = [];
const normal = (text) => text.replace(/\s+/g, " ").trim().toLowerCase();

function showPassage(statement) {
  const box = $("passage");
  box.replaceChildren();
  for (const passage of statement.passages) {
    const source = [`[${passage.source}]`, passage.title, passage.outlet].filter(Boolean).join(" · ");
    box.append(element("p", "meta", source));
    const quote = element("p");
    quote.append(`…${passage.before}`, element("mark", "", passage.text), `${passage.after}…`);
    box.append(quote);
  }
  if (statement.more_sources) box.append(element("p", "meta", `…and the same passage in ${statement.more_sources} more source(s).`));
  if (!statement.passages.length) box.append(element("p", "hint", "No source passage is recorded for this statement."));
}

// The frame runs no script, and WebKit delivers no events inside it, not even to this
// page's listeners. So this page marks the statements in it (found by their text, so
// user templates work too) and watches which one is hovered or has keyboard focus:
// both are kept by the engine without any script in the frame.
let citedNodes = new Map();
let shownNode = null;

$("preview").addEventListener("load", () => {
  citedNodes = new Map();
  shownNode = null;
  const doc = $("preview").contentDocument;
  if (!doc || !doc.body) return;
  const style = doc.createElement("style");
  style.textContent = "[data-cited] { cursor: help; } [data-cited]:hover, [data-cited]:focus, [data-cited].shown { background: #fff3c4; outline: none; }";
  doc.head.append(style);
  const wanted = statements.map((s) => ({ statement: s, text: normal(s.text) }));
  for (const node of doc.body.querySelectorAll("li, p, td")) {
    const text = normal(node.textContent);
    const match = wanted.find((w) => w.text.length > 0 && text.includes(w.text));
    if (!match) continue;
    node.tabIndex = 0;
    node.dataset.cited = "";
    citedNodes.set(node, match.statement);
  }
});

function watchCitedStatements() {
  const doc = $("preview").contentDocument;
  if (!doc || $("pane-preview").hidden) return;
  const node = doc.querySelector("[data-cited]:hover") ?? (citedNodes.has(doc.activeElement) ? doc.activeElement : null);
  if (!node || node === shownNode) return;
  shownNode?.classList.remove("shown");
  node.classList.add("shown");
  shownNode = node;
  showPassage(citedNodes.get(node));
}
setInterval(watchCitedStatements, 150);

// ---- Tabs --------------------------------------------------------------------------

const tabs = [...document.querySelectorAll('[role="tab"]')];
function selectTab(tab) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute("aria-controls")).hidden = !selected;
  }
  tab.focus();
}
for (const tab of tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    selectTab(tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]);
    event.preventDefault();
  });
}

// ---- Section editor ----------------------------------------------------------------

const sectionTimers = new Map();

function showSections(sections) {
  const list = $("section-list");
  // Never rebuild under the user's cursor: only the badges of the section being typed in change.
  const typing = list.contains(document.activeElement) && document.activeElement.tagName === "TEXTAREA";
  if (typing) {
    for (const section of sections) {
      const badge = list.querySelector(`[data-heading="${CSS.escape(section.heading)}"] .badge`);
      if (badge) setBadge(badge, section);
    }
    return;
  }
  list.replaceChildren(...sections.map((section, i) => {
    const box = element("div", "section-edit");
    box.dataset.heading = section.heading;
    const title = element("h3");
    const label = element("label", "", section.heading);
    label.htmlFor = `section-${i}`;
    const badge = element("span", "badge");
    setBadge(badge, section);
    title.append(label, badge);
    const text = element("textarea");
    text.id = `section-${i}`;
    text.rows = Math.min(12, Math.max(3, section.markdown.split("\n").length + 1));
    text.value = section.markdown;
    text.addEventListener("input", () => {
      clearTimeout(sectionTimers.get(section.heading));
      sectionTimers.set(section.heading, setTimeout(() => {
        update(invoke("edit_section", { heading: section.heading, markdown: text.value }));
      }, 500));
    });
    const reset = element("button", "quiet", "Reset to generated text");
    reset.setAttribute("aria-label", `Reset section ${section.heading} to the generated text`);
    reset.disabled = !section.edited;
    reset.addEventListener("click", () => {
      clearTimeout(sectionTimers.get(section.heading));
      update(invoke("reset_section", { heading: section.heading }));
    });
    box.append(title, text, reset);
    return box;
  }));
}

function setBadge(badge, section) {
  badge.textContent = section.outdated ? "edited · articles changed since" : section.edited ? "edited" : "generated";
  badge.className = section.outdated ? "badge outdated" : "badge";
}

// ---- Actor editor ------------------------------------------------------------------

const KINDS = ["person", "organisation", "state"];

function editActor(edit) {
  update(invoke("edit_actor", { edit }));
}

// An actor the analysis missed, kept as an "add" rule like every other edit.
$("add-actor").addEventListener("submit", (event) => {
  event.preventDefault();
  const value = (id) => $(id).value.trim();
  const actor = value("add-actor-name");
  if (!actor) return;
  editActor({ action: "add", actor, kind: $("add-actor-kind").value, role: value("add-actor-role"), affiliation: value("add-actor-affiliation") });
  $("add-actor").reset();
});

function showActors(actors) {
  const rows = $("actor-rows");
  // Rebuilt after every edit; keyboard focus goes back to the same cell.
  const focusedCell = rows.contains(document.activeElement) ? document.activeElement.closest("td") : null;
  const at = focusedCell ? [focusedCell.parentElement.sectionRowIndex, focusedCell.cellIndex] : null;
  rows.replaceChildren(...actors.map((actor) => {
    const row = element("tr");
    const cell = (node) => {
      const td = element("td");
      td.append(node);
      return td;
    };
    const field = (value, label, onChange) => {
      const input = element("input");
      input.value = value ?? "";
      input.setAttribute("aria-label", label);
      input.addEventListener("change", () => onChange(input.value.trim()));
      return input;
    };
    const name = field(actor.name, `Name of ${actor.name}`, (to) => {
      if (to && to !== actor.name) editActor({ action: "rename", actor: actor.name, to });
    });
    name.title = actor.aliases.length ? `Also: ${actor.aliases.join(", ")}` : "";
    const role = field(actor.role, `Role of ${actor.name}`, (value) => editActor({ action: "role", actor: actor.name, role: value }));
    const affiliation = field(actor.affiliation, `Affiliation of ${actor.name}`, (value) => editActor({ action: "affiliation", actor: actor.name, affiliation: value }));
    const merge = element("select");
    merge.setAttribute("aria-label", `Merge ${actor.name} into another actor`);
    merge.append(element("option", "", "—"));
    for (const other of actors) if (other !== actor) merge.append(element("option", "", other.name));
    merge.addEventListener("change", () => {
      if (merge.selectedIndex > 0) editActor({ action: "merge", actor: actor.name, into: merge.value });
    });
    const remove = element("button", "quiet", "Remove");
    remove.setAttribute("aria-label", `Remove ${actor.name} from the briefing`);
    remove.addEventListener("click", () => editActor({ action: "remove", actor: actor.name }));
    const kind = element("select");
    kind.setAttribute("aria-label", `Kind of ${actor.name}`);
    for (const option of KINDS) kind.append(element("option", "", option));
    kind.value = actor.kind;
    kind.addEventListener("change", () => editActor({ action: "kind", actor: actor.name, kind: kind.value }));
    row.append(cell(name), cell(kind), cell(role), cell(affiliation), cell(merge), cell(remove));
    return row;
  }));
  if (at) rows.rows[Math.min(at[0], rows.rows.length - 1)]?.cells[at[1]]?.querySelector("input, select, button")?.focus();
}

function showActorEdits(edits) {
  const list = $("actor-edits");
  list.replaceChildren(...edits.map((row, index) => {
    const item = element("li");
    const undo = element("button", "quiet", "Undo");
    undo.setAttribute("aria-label", `Undo: ${row.text}`);
    undo.addEventListener("click", () => update(invoke("undo_actor_edit", { index })));
    item.append(element("span", "", row.text), undo);
    return item;
  }));
  if (!edits.length) list.append(element("li", "hint", "None yet."));
}

// How each kind of warning is labelled; the colour comes from the kind's class.
const WARNING_LABELS = {
  skipped: "Not used",
  cut: "Cut to fit one page",
  edit: "Your edit",
  reading: "Check",
  missing: "Note",
};

function warningNode(tag, warning) {
  const kind = WARNING_LABELS[warning.kind] ? warning.kind : "reading";
  const node = element(tag, `warning ${kind}`);
  const label = WARNING_LABELS[kind];
  // The core's message may start with the label's own words ("cut to fit one page: …").
  const message = warning.message.toLowerCase().startsWith(`${label.toLowerCase()}: `)
    ? warning.message.slice(label.length + 2)
    : warning.message;
  node.append(element("span", "label", `${label}:`), " ", message);
  return node;
}

// The briefing's own warnings (cuts, edits that no longer fit); an article's warnings
// are shown in its list item, so those naming a file are not repeated here.
function showWarnings(list) {
  const briefing = list.filter((w) => !w.file);
  $("warnings").replaceChildren(...briefing.map((w) => warningNode("li", w)));
  if (!briefing.length) $("warnings").append(element("li", "hint", "None."));
}

async function showText(article) {
  try {
    $("text-dialog-title").textContent = article.title;
    $("text-dialog-body").textContent = await invoke("article_text", { id: article.id });
    $("text-dialog").showModal();
  } catch (error) {
    failed(error);
  }
}

function saveHeader() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    const header = {
      title: $("title").value || null,
      marking: $("marking").value || null,
      originator: $("originator").value || null,
      date: $("date").value || null,
    };
    update(invoke("set_header", { header }));
  }, 300);
}

let lastExport = null;

async function exportAs(format) {
  try {
    const result = await invoke("export", { format, path: null });
    showWarnings(result.warnings);
    say(result.path ? `Exported ${result.path}` : "Export cancelled");
    if (result.path) {
      lastExport = result.path;
      $("exported-path").textContent = `Exported: ${result.path}`;
      $("exported").hidden = false;
      $("open-exported").focus();
    }
  } catch (error) {
    failed(error);
  }
}

for (const [id, reveal] of [["open-exported", false], ["reveal-exported", true]]) {
  $(id).addEventListener("click", () => {
    if (lastExport) invoke("open_exported", { path: lastExport, reveal }).catch(failed);
  });
}

/// The one place articles come in by path: drops and tests both call it.
export async function addPaths(paths) {
  $("progress").hidden = false;
  await update(invoke("add_paths", { paths }));
  $("progress").hidden = true;
}
window.chancery = { addPaths };

$("add-files").addEventListener("click", async () => {
  $("progress").hidden = false;
  await update(invoke("pick_files"));
  $("progress").hidden = true;
});
/// Fetching is the one network action: the status line says it is under way.
async function fetching(call) {
  say("Fetching the page…");
  $("fetch").disabled = true;
  try {
    return await update(call);
  } finally {
    $("fetch").disabled = false;
  }
}
$("fetch-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const url = $("fetch-url").value.trim();
  if (!url) return;
  const view = await fetching(invoke("fetch_url", { url }));
  if (view) $("fetch-url").value = "";
});
$("add-text").addEventListener("click", () => {
  const text = $("paste-text").value;
  const label = `Pasted ${new Date().toISOString().slice(0, 19).replace("T", " ")}`;
  update(invoke("add_text", { label, text }).then((view) => {
    $("paste-text").value = "";
    return view;
  }));
});
for (const id of ["title", "marking", "originator", "date"]) $(id).addEventListener("input", saveHeader);
$("template").addEventListener("change", (e) => update(invoke("set_template", { name: e.target.value })));
$("save-project").addEventListener("click", async () => {
  try {
    const path = await invoke("save_project", { path: null });
    say(path ? `Saved ${path}` : "Save cancelled");
  } catch (error) {
    failed(error);
  }
});
$("template-folder").addEventListener("click", () => update(invoke("pick_template_folder")));
$("open-project").addEventListener("click", () => update(invoke("open_project", { path: null })));
$("export-pdf").addEventListener("click", () => exportAs("pdf"));
$("export-html").addEventListener("click", () => exportAs("html"));
$("export-docx").addEventListener("click", () => exportAs("docx"));

listen("ingest-progress", (event) => {
  const { done, total } = event.payload;
  $("progress").max = total;
  $("progress").value = done;
  say(`Reading articles: ${done} of ${total}`);
});

getCurrentWebview().onDragDropEvent((event) => {
  const { type } = event.payload;
  if (type === "enter" || type === "over") document.body.classList.add("dragging");
  else document.body.classList.remove("dragging");
  if (type === "drop" && event.payload.paths.length) addPaths(event.payload.paths);
});

update(invoke("state"));
