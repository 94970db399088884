//! Any text as a user's template, against the sample's briefing: as a briefing
//! (`fuzz.md.hbs`) or as the page shell (`page.html.hbs`) by the first byte. It is
//! refused with a message, or drafts and renders; never a panic, a hang (run with
//! `-timeout`), a stack overflow or live markup in the page.
#![no_main]

use std::sync::OnceLock;

use chancery::render::html;
use chancery::{Briefing, BriefingOptions, Draft, Templates};
use libfuzzer_sys::fuzz_target;

fn sample() -> &'static Briefing {
    static SAMPLE: OnceLock<Briefing> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let text = include_str!("../../examples/india-russia-strategic-talks.txt");
        let file = chancery::InputFile::new("sample.txt", text.as_bytes());
        let options = BriefingOptions::new(chancery::Date::from_epoch_days(20_000));
        chancery::brief(&[file], &options).expect("the sample drafts")
    })
}

fuzz_target!(|input: &[u8]| {
    let Some((&kind, text)) = input.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let file = if kind % 2 == 0 { "fuzz.md.hbs" } else { "page.html.hbs" };
    let mut templates = Templates::builtin();
    if templates.add_user_file(file, text.to_owned(), file).is_err() {
        return;
    }
    let Ok(drafter) = templates.compile() else {
        return;
    };
    let name = if kind % 2 == 0 { "fuzz" } else { "briefing" };
    let briefing = sample();
    let Ok(markdown) = Draft::new(&drafter, name).markdown(briefing) else {
        return;
    };
    let Ok(page) = html::page(&markdown.value, briefing, &drafter, "10") else {
        return;
    };
    if kind % 2 == 0 {
        // The built-in shell: whatever the user's Markdown says, nothing in the body runs.
        // Escaped text holds no literal '<', so every '<' opens a real tag.
        let body = &page[page.find("<body").unwrap_or(0)..];
        for tag in body.to_ascii_lowercase().split('<').skip(1) {
            let tag = tag.split('>').next().unwrap_or("");
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            assert!(
                !["script", "iframe", "object", "embed", "img", "svg", "math", "style", "link", "base", "form", "input", "meta"]
                    .contains(&name.as_str()),
                "a live <{tag}> in {body}"
            );
            // The renderer quotes every attribute value with `"` and escapes any `"` in
            // it, so splitting on `"` finds each attribute's name and value.
            let parts: Vec<&str> = tag.split('"').collect();
            for pair in parts.chunks(2) {
                let name = pair[0].trim().trim_end_matches('=').rsplit(' ').next().unwrap_or("");
                let value = pair.get(1).copied().unwrap_or("");
                assert!(!name.starts_with("on"), "an event handler: <{tag}>");
                if matches!(name, "href" | "src") {
                    assert!(
                        value.starts_with("http://") || value.starts_with("https://")
                            || value.starts_with("mailto:") || value.starts_with('#'),
                        "a link that is not to the web: <{tag}>"
                    );
                }
            }
        }
    }
});
