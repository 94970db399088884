//! The sample's template context and Markdown, reviewed like code (`cargo insta review`).

use crate::support::{chancery, fixture, DATE};

fn draft(format: &str) -> String {
    let sample = fixture("scrape-with-footer-junk.txt");
    let run = chancery(&[
        "draft",
        sample.to_str().unwrap(),
        "--format",
        format,
        "--date",
        DATE,
    ]);
    assert!(run.success, "{}", run.stderr);
    // The file path differs between machines; the rest must not.
    run.stdout.replace(
        sample.to_str().unwrap(),
        "tests/fixtures/scrape-with-footer-junk.txt",
    )
}

#[test]
fn sample_context_json() {
    insta::assert_snapshot!(draft("json"));
}

#[test]
fn sample_markdown() {
    insta::assert_snapshot!(draft("md"));
}
