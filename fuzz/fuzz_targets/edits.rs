//! Any text as an actors file, and as a user's section edit of a draft: parsed or
//! refused, never a panic; section edits always keep the rest of the draft.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = chancery::edit::actors::parse(text, "fuzz.txt");
    let draft = "###### U\n\n# T\n\n## Context\n\n- a [1]\n\n## Sources\n\n- [1] x\n";
    let edit = chancery::SectionEdit {
        heading: "Context".into(),
        markdown: text.into(),
        generated: "- a [1]".into(),
    };
    let edited = chancery::edit::sections::apply(draft, &[edit]);
    assert!(edited.value.contains("## Sources\n\n- [1] x"));
    let _ = chancery::edit::sections::list(text, &[]);
});
