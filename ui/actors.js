// The actor editor: every change is a rule the shell keeps and replays whenever the
// articles change (rename, kind, role, affiliation, merge, remove, add).
import { $, element } from "./dom.js";
import { invoke } from "./ipc.js";
import { onPreview, onView, update } from "./state.js";

const KINDS = ["person", "organisation", "state"];

function editActor(edit) {
  update(invoke("edit_actor", { edit }));
}

function showActors(preview) {
  const actors = preview ? preview.actors : [];
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

function showActorEdits(view) {
  const edits = view.actor_edits;
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

export function setUpActors() {
  onPreview(showActors);
  onView(showActorEdits);
  // An actor the analysis missed, kept as an "add" rule like every other edit.
  $("add-actor").addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (id) => $(id).value.trim();
    const actor = value("add-actor-name");
    if (!actor) return;
    editActor({ action: "add", actor, kind: $("add-actor-kind").value, role: value("add-actor-role"), affiliation: value("add-actor-affiliation") });
    $("add-actor").reset();
  });
}
