//! Saved web pages as people have them: `chancery extract` keeps the story and its
//! metadata and drops the page around it.

use serde_json::Value;

use crate::support::{chancery, fixture};

fn extract_json(file: &str) -> Value {
    let run = chancery(&[
        "extract",
        fixture(file).to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(run.success, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("JSON")
}

#[test]
fn a_single_file_mhtml_page_gives_the_story_and_its_metadata() {
    let article = extract_json("saved-page.mhtml");
    assert_eq!(
        article["title"]["value"],
        "Russia and India agree to speed up S-400 deliveries"
    );
    assert_eq!(article["outlet"]["value"], "Example Wire");
    assert_eq!(article["authors"][0]["value"], "Priya Raman");
    assert_eq!(article["published"]["value"], "2025-08-07");
    assert_eq!(
        article["modified"]["value"], "2025-08-08",
        "kept apart from published"
    );
    assert_eq!(
        article["url"]["value"],
        "https://wire.example/world/russia-india-s400-deliveries"
    );
    let text = article["text"].as_str().unwrap();
    assert!(
        text.starts_with("Russia and India agreed on Thursday"),
        "{text}"
    );
    assert!(text.ends_with("after the meeting in Moscow."), "{text}");
    assert_eq!(text.split("\n\n").count(), 4, "{text}");
    for furniture in [
        "Facebook",
        "Credit: Agency",
        "India weighs new fighter jet orders",
        "All rights reserved",
        "Business",
    ] {
        assert!(!text.contains(furniture), "{furniture} kept: {text}");
    }
}
