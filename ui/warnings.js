// Warnings, worded and coloured by kind (see WarningKind in the core): an article's in
// its own list item, the briefing's (cuts, edits that no longer fit) in their panel.
import { $, element } from "./dom.js";

const LABELS = {
  skipped: "Not used",
  cut: "Cut to fit one page",
  edit: "Your edit",
  reading: "Check",
  missing: "Note",
};

export function warningNode(tag, warning) {
  const kind = LABELS[warning.kind] ? warning.kind : "reading";
  const node = element(tag, `warning ${kind}`);
  const label = LABELS[kind];
  // The core's message may start with the label's own words ("cut to fit one page: …").
  const message = warning.message.toLowerCase().startsWith(`${label.toLowerCase()}: `)
    ? warning.message.slice(label.length + 2)
    : warning.message;
  node.append(element("span", "label", `${label}:`), " ", message);
  return node;
}

/// The briefing's own warnings; those naming a file are in that article's list item.
export function showBriefingWarnings(list) {
  const briefing = list.filter((w) => !w.file);
  $("warnings").replaceChildren(...briefing.map((w) => warningNode("li", w)));
  if (!briefing.length) $("warnings").append(element("li", "hint", "None."));
}
