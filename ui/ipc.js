// Calls into the Rust shell. Every action is a command there; a failure comes back as
// { kind, message } (src-tauri/src/error.rs), and the kind chooses the notice's words.
import { say } from "./dom.js";

export const { invoke } = window.__TAURI__.core;
export const { listen } = window.__TAURI__.event;
export const { getCurrentWebview } = window.__TAURI__.webview;

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

export function failed(error) {
  const message = error && error.message ? error.message : String(error);
  const notice = error && ERROR_NOTICES[error.kind];
  say(notice ? `${notice}: ${message}` : message);
}
