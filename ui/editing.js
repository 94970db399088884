// The Edit menu, on the field that has focus. Undo, redo and select all are the
// engine's own commands; cut, copy and paste go through the shell's clipboard, since
// the web view keeps script away from the system clipboard.
import { failed, invoke } from "./ipc.js";

function focusedField() {
  const field = document.activeElement;
  const editable = field?.tagName === "TEXTAREA" || (field?.tagName === "INPUT" && typeof field.selectionStart === "number");
  return editable ? field : null;
}

function selectedText() {
  const field = focusedField();
  if (field) return field.value.slice(field.selectionStart, field.selectionEnd);
  return String(window.getSelection() ?? "");
}

/// Replaces the field's selection with `text` as typing would: the engine's own
/// editing command, so the change is in the field's undo history and fires `input`.
function replaceSelection(field, text) {
  if (text) document.execCommand("insertText", false, text);
  else document.execCommand("delete");
  // Fields that keep their value on `change` (the actor table's) keep this one too.
  field.dispatchEvent(new Event("change", { bubbles: true }));
}

export async function copy({ cut }) {
  const text = selectedText();
  if (!text) return;
  try {
    await invoke("copy_text", { text });
    const field = focusedField();
    if (cut && field && !field.readOnly) replaceSelection(field, "");
  } catch (error) {
    failed(error);
  }
}

export async function paste() {
  const field = focusedField();
  if (!field || field.readOnly) return;
  try {
    const text = await invoke("clipboard_text");
    if (text) replaceSelection(field, text);
  } catch (error) {
    failed(error);
  }
}

export const undo = () => document.execCommand("undo");
export const redo = () => document.execCommand("redo");
export const selectAll = () => document.execCommand("selectAll");
