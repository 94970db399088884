// The preview frame and checking a statement against its source. The frame runs no
// script, and WebKit delivers no events inside it, not even to this page's listeners;
// so this page marks the statements the renderer gave a `data-statement` id and, while
// the pointer or keyboard focus is in the frame, watches which one is hovered or
// focused: both are kept by the engine without any script in the frame.
import { $, element } from "./dom.js";
import { onPreview, state } from "./state.js";
import { showBriefingWarnings } from "./warnings.js";

const EMPTY = '<p style="font: 14px system-ui, sans-serif; color: #5b6470; padding: 2rem; text-align: center">Drop articles here, or use “Add files…”, to draft a briefing.</p>';

let shownNode = null;
let watching = null;
let pointerInside = false;

function showPreview(preview, error) {
  if (preview) {
    $("preview").srcdoc = preview.html;
    showBriefingWarnings(preview.warnings);
  } else {
    // A fixed message: nothing from the error is put into markup.
    $("preview").srcdoc = EMPTY;
    $("warnings").replaceChildren(element("li", "", error?.message ?? String(error)));
  }
}

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

function markStatements() {
  shownNode = null;
  const doc = $("preview").contentDocument;
  if (!doc || !doc.body) return;
  const style = doc.createElement("style");
  style.textContent = "[data-cited] { cursor: help; } [data-cited]:hover, [data-cited]:focus, [data-cited].shown { background: #fff3c4; outline: none; }";
  doc.head.append(style);
  for (const node of doc.body.querySelectorAll("[data-statement]")) {
    if (!state.statements[Number(node.dataset.statement)]) continue;
    node.tabIndex = 0;
    node.dataset.cited = "";
  }
}

function showHoveredStatement() {
  const doc = $("preview").contentDocument;
  if (!doc || $("pane-preview").hidden) return;
  const focused = doc.activeElement?.matches?.("[data-cited]") ? doc.activeElement : null;
  const node = doc.querySelector("[data-cited]:hover") ?? focused;
  if (!node || node === shownNode) return;
  shownNode?.classList.remove("shown");
  node.classList.add("shown");
  shownNode = node;
  showPassage(state.statements[Number(node.dataset.statement)]);
}

/// The watch runs only while the pointer is over the frame or focus is inside it.
function watchWhileInside() {
  const inside = pointerInside || document.activeElement === $("preview");
  if (inside && !watching) watching = setInterval(showHoveredStatement, 150);
  if (!inside && watching) {
    clearInterval(watching);
    watching = null;
  }
}

export function setUpPreview() {
  onPreview(showPreview);
  const frame = $("preview");
  frame.addEventListener("load", markStatements);
  frame.addEventListener("pointerenter", () => {
    pointerInside = true;
    watchWhileInside();
  });
  frame.addEventListener("pointerleave", () => {
    pointerInside = false;
    watchWhileInside();
  });
  // Focus moving into the frame blurs this window; coming back focuses something here.
  window.addEventListener("blur", () => setTimeout(watchWhileInside));
  document.addEventListener("focusin", watchWhileInside);
}

// ---- Tabs --------------------------------------------------------------------------

export function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const selectTab = (tab) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(other.getAttribute("aria-controls")).hidden = !selected;
    }
    tab.focus();
  };
  for (const tab of tabs) {
    tab.addEventListener("click", () => selectTab(tab));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      selectTab(tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]);
      event.preventDefault();
    });
  }
}
