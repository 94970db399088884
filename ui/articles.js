// The article list and every way articles come in: drop, Add files…, a web address,
// pasted text. Reading happens in the shell, off the window's thread.
import { $, element, say } from "./dom.js";
import { failed, getCurrentWebview, invoke, listen } from "./ipc.js";
import { onView, state, update } from "./state.js";
import { warningNode } from "./warnings.js";

/// The list's items by article id, each with the summary it shows, so a new view
/// rebuilds only the items that changed (and focus stays on the others).
const shown = new Map();
/// Articles the list shows at first, and how many more each "Show more" adds. WebKit
/// restyles and lays out every item of the page each frame a list changes (measured:
/// ~0.1 ms an item, 200 ms a frame with 2,000), so a drop of thousands of files is
/// listed a hundred at a time, as the user scrolls or asks, and the window stays quick.
const PAGE = 100;
let listed = PAGE;

function showArticles(view) {
  const list = $("article-list");
  const visible = view.articles.slice(0, listed);
  const wanted = new Set(visible.map((a) => a.id));
  for (const [id, entry] of shown) {
    if (!wanted.has(id)) {
      entry.item.remove();
      shown.delete(id);
    }
  }
  let previous = null;
  for (const article of visible) {
    const summary = JSON.stringify(article);
    let entry = shown.get(article.id);
    if (!entry || entry.summary !== summary) {
      const item = articleItem(article);
      entry?.item.remove();
      entry = { item, summary };
      shown.set(article.id, entry);
    }
    const next = previous ? previous.nextSibling : list.firstChild;
    if (entry.item !== next) list.insertBefore(entry.item, next);
    previous = entry.item;
  }
  const notShown = view.articles.length - visible.length;
  $("article-more").hidden = notShown === 0;
  $("show-more").textContent = `Show ${Math.min(PAGE, notShown)} more (${notShown} not shown)`;
  const usable = view.articles.filter((a) => !a.error && !a.excluded).length;
  const unreadable = view.articles.filter((a) => a.error).length;
  const problems = unreadable ? `, ${unreadable} could not be used` : "";
  say(`${view.articles.length} article(s), ${usable} in the briefing${problems}`);
}

function showMore() {
  listed += PAGE;
  if (state.view) showArticles(state.view);
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
  $("show-more").addEventListener("click", showMore);
  // Scrolling to the end of the list lists more, as the button does.
  new IntersectionObserver((seen) => {
    if (seen.some((entry) => entry.isIntersecting)) showMore();
  }).observe($("article-more"));
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
