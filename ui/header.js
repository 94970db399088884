// The right-hand panel: the header fields, the template, exports and the project file.
import { $, element, say } from "./dom.js";
import { failed, invoke } from "./ipc.js";
import { onView, state, update } from "./state.js";
import { showBriefingWarnings } from "./warnings.js";

const FIELDS = ["title", "marking", "originator", "date"];
let typingTimer = null;

function showHeader(view) {
  // Said once at start and kept in sight: saved work that could not be opened.
  $("notices").replaceChildren(...view.notices.map((n) => element("li", "", n)));
  // Never overwrite a field the user is typing in.
  if (document.activeElement?.form !== $("header-form")) {
    for (const field of FIELDS) $(field).value = view.header[field] ?? "";
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
}

// A text field, not type="date": WebKitGTK's date field keeps Tab inside it, a trap
// for keyboard users. A date half typed is not sent until it is whole.
function dateIsWhole() {
  const date = $("date");
  const whole = date.value === "" || /^\d{4}-\d{2}-\d{2}$/.test(date.value);
  date.setAttribute("aria-invalid", String(!whole));
  return whole;
}

function saveHeader() {
  clearTimeout(typingTimer);
  if (!dateIsWhole()) return;
  typingTimer = setTimeout(() => {
    const header = Object.fromEntries(FIELDS.map((field) => [field, $(field).value || null]));
    update(invoke("set_header", { header }));
  }, 300);
}

export async function exportAs(format) {
  try {
    const result = await invoke("export", { format });
    showBriefingWarnings(result.warnings);
    say(result.path ? `Exported ${result.path}` : "Export cancelled");
    if (result.path) {
      state.lastExport = result.path;
      $("exported-path").textContent = `Exported: ${result.path}`;
      $("exported").hidden = false;
      $("open-exported").focus();
    }
  } catch (error) {
    failed(error);
  }
}

export async function saveProject() {
  try {
    const path = await invoke("save_project");
    say(path ? `Saved ${path}` : "Save cancelled");
  } catch (error) {
    failed(error);
  }
}

export function openProject() {
  return update(invoke("open_project"));
}

export function setUpHeader() {
  onView(showHeader);
  for (const field of FIELDS) $(field).addEventListener("input", saveHeader);
  $("template").addEventListener("change", (e) => update(invoke("set_template", { name: e.target.value })));
  $("template-folder").addEventListener("click", () => update(invoke("pick_template_folder")));
  $("save-project").addEventListener("click", saveProject);
  $("open-project").addEventListener("click", openProject);
  $("export-pdf").addEventListener("click", () => exportAs("pdf"));
  $("export-html").addEventListener("click", () => exportAs("html"));
  $("export-docx").addEventListener("click", () => exportAs("docx"));
  for (const [id, reveal] of [["open-exported", false], ["reveal-exported", true]]) {
    $(id).addEventListener("click", () => {
      if (state.lastExport) invoke("open_exported", { path: state.lastExport, reveal }).catch(failed);
    });
  }
}
