// The article list and every way articles come in: drop, Add files…, a web address,
// pasted text. Reading happens in the shell, off the window's thread.
import { $, element, say } from "./dom.js";
import { failed, getCurrentWebview, invoke, listen } from "./ipc.js";
import { onView, update } from "./state.js";
import { warningNode } from "./warnings.js";

function showArticles(view) {
  const list = $("article-list");
  list.replaceChildren(...view.articles.map(articleItem));
  const usable = view.articles.filter((a) => !a.error && !a.excluded).length;
  say(`${view.articles.length} article(s), ${usable} in the briefing`);
}

function articleItem(article) {
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
  return item;
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

/// Reads files in, with the progress bar showing: the page never names a path; the
/// shell reads what the user dropped or picked in its dialog.
async function reading(call) {
  $("progress").hidden = false;
  await update(invoke(...call));
  $("progress").hidden = true;
}

export function pickFiles() {
  return reading(["pick_files"]);
}

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

export function setUpArticles() {
  onView(showArticles);
  $("add-files").addEventListener("click", pickFiles);
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
  listen("ingest-progress", (event) => {
    const { done, total } = event.payload;
    $("progress").max = total;
    $("progress").value = done;
    say(`Reading articles: ${done} of ${total}`);
  });
  // The drop itself is taken by the shell, which sends a token for the dropped files.
  getCurrentWebview().onDragDropEvent((event) => {
    const { type } = event.payload;
    if (type === "enter" || type === "over") document.body.classList.add("dragging");
    else document.body.classList.remove("dragging");
  });
  listen("files-dropped", (event) => reading(["add_dropped", { token: event.payload }]));
}
