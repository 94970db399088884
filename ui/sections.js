// The section editor: each `## Section` of the draft as Markdown. What the user types
// is kept as a section edit; typing the generated text back makes it follow the
// articles again (the shell's rule).
import { $, element } from "./dom.js";
import { invoke } from "./ipc.js";
import { onPreview, update } from "./state.js";

const typingTimers = new Map();

function setBadge(badge, section) {
  badge.textContent = section.outdated ? "edited · articles changed since" : section.edited ? "edited" : "generated";
  badge.className = section.outdated ? "badge outdated" : "badge";
}

function showSections(preview) {
  const sections = preview ? preview.sections : [];
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
  list.replaceChildren(...sections.map(sectionEditor));
}

function sectionEditor(section, i) {
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
    clearTimeout(typingTimers.get(section.heading));
    typingTimers.set(section.heading, setTimeout(() => {
      update(invoke("edit_section", { heading: section.heading, markdown: text.value }));
    }, 500));
  });
  const reset = element("button", "quiet", "Reset to generated text");
  // The spoken name starts with the visible words, so voice control finds the button.
  reset.setAttribute("aria-label", `Reset to generated text: ${section.heading}`);
  reset.disabled = !section.edited;
  reset.addEventListener("click", () => {
    clearTimeout(typingTimers.get(section.heading));
    update(invoke("reset_section", { heading: section.heading }));
  });
  box.append(title, text, reset);
  return box;
}

export function setUpSections() {
  onPreview(showSections);
}
