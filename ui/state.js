// The page's one state object, and the cycle every action goes through: a command
// returns the new view, the parts of the page that show it are redrawn, then the
// preview is asked for again.
import { failed, invoke } from "./ipc.js";

export const state = {
  /// What the shell last sent: articles, header, templates, actor edits.
  view: null,
  /// The preview's statements with their passages, indexed by `data-statement`.
  statements: [],
  /// Previews asked for so far: a result is shown only if no later one was asked for
  /// since, so two previews in flight never finish with the older one shown.
  previewsAsked: 0,
  /// The file exported last, for Open and Show in folder.
  lastExport: null,
};

const viewShowers = [];
const previewShowers = [];

/// Registers a part of the page that shows the view.
export function onView(show) {
  viewShowers.push(show);
}

/// Registers a part of the page that shows the preview: called with the preview, or
/// with null and the error when there is none (no usable article yet).
export function onPreview(show) {
  previewShowers.push(show);
}

/// Waits for a command's new view, shows it, and refreshes the preview.
export async function update(pending) {
  try {
    const view = await pending;
    state.view = view;
    for (const show of viewShowers) show(view);
    await refreshPreview();
    return view;
  } catch (error) {
    failed(error);
    return undefined;
  }
}

export async function refreshPreview() {
  const number = ++state.previewsAsked;
  let preview = null;
  let error = null;
  try {
    preview = await invoke("preview");
  } catch (caught) {
    error = caught;
  }
  if (number !== state.previewsAsked) return;
  state.statements = preview ? preview.statements : [];
  for (const show of previewShowers) show(preview, error);
}
