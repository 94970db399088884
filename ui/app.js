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

function failed(error) {
  say(error && error.message ? error.message : String(error));
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
    item.append(element("span", "title", article.title));
    if (article.error) {
      item.append(element("span", "error", article.error));
    } else {
      const meta = [article.outlet, article.published, `${article.words} words`].filter(Boolean).join(" · ");
      item.append(element("span", "meta", meta));
      for (const warning of article.warnings) item.append(element("div", "warning", warning));
    }
    const actions = element("div", "actions");
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
  select.replaceChildren(...view.templates.map((name) => element("option", "", name)));
  select.value = view.template;
  const usable = view.articles.filter((a) => !a.error && !a.excluded).length;
  say(`${view.articles.length} article(s), ${usable} in the briefing`);
}

async function update(pending) {
  try {
    showView(await pending);
    await refreshPreview();
  } catch (error) {
    failed(error);
  }
}

async function refreshPreview() {
  const warnings = $("warnings");
  try {
    const preview = await invoke("preview");
    $("preview").srcdoc = preview.html;
    showWarnings(preview.warnings);
  } catch (error) {
    $("preview").srcdoc = "";
    warnings.replaceChildren(element("li", "", error.message ?? String(error)));
  }
}

function showWarnings(list) {
  $("warnings").replaceChildren(...list.map((w) => element("li", "", w.file ? `${w.file}: ${w.message}` : w.message)));
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

async function exportAs(format) {
  try {
    const result = await invoke("export", { format, path: null });
    showWarnings(result.warnings);
    say(result.path ? `Exported ${result.path}` : "Export cancelled");
  } catch (error) {
    failed(error);
  }
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
$("open-project").addEventListener("click", () => update(invoke("open_project", { path: null })));
$("export-pdf").addEventListener("click", () => exportAs("pdf"));
$("export-html").addEventListener("click", () => exportAs("html"));

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
