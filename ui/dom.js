// The page's few DOM helpers. Text from articles only ever goes in through
// textContent (element's third argument), never parsed as HTML.

export const $ = (id) => document.getElementById(id);

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/// The status line at the top of the window.
export function say(text) {
  $("status").textContent = text;
}
