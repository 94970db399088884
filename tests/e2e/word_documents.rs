//! Word documents as analysts receive them (cables, reports, press packs): `chancery
//! extract` gives the text the document shows and its properties; broken ones are named.
//! Fixtures come from `scripts/make-docx-fixtures.py`.

use crate::support::{chancery, extract_json, fixture, DATE};

#[test]
fn a_word_cable_gives_its_text_in_order_and_its_properties() {
    let article = extract_json("word-cable.docx");
    assert_eq!(
        article["title"]["value"],
        "Ministers Agree on Grain Corridor"
    );
    assert_eq!(article["title"]["found_in"], "Word document properties");
    assert_eq!(article["authors"][0]["value"], "Lena Fischer");
    assert_eq!(
        article["authors"][0]["found_in"],
        "Word document properties"
    );
    assert_eq!(article["published"]["value"], "2025-03-03");
    assert_eq!(article["modified"]["value"], "2025-03-04");
    let text = article["text"].as_str().unwrap();
    // "Summary", a heading before any text, is a label like a web page's kicker.
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(
        paragraphs,
        [
            "Foreign ministers of Turkey and Ukraine agreed on Monday in Geneva to reopen a grain corridor across the Black Sea, the Turkish Foreign Ministry said.",
            "Ukrainian Foreign Minister Olena Marchuk said the first convoy could leave within two weeks if insurers agree to cover the ships.",
            "The United Nations welcomed the deal and said it would send observers to the port of Odesa.",
            "Insurers in London said they would decide on cover by Friday.",
            "Shipments agreed",
            "Port | Cargo | Tonnes",
            "Odesa | Wheat | 120,000",
            "Chornomorsk | Maize | 80,000",
            "The next round of talks is set for Istanbul, the statement on page 2 said.",
        ]
    );
}

#[test]
fn what_a_word_document_does_not_show_stays_out() {
    let run = chancery(&["extract", fixture("word-cable.docx").to_str().unwrap()]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "word-cable.docx: the document gives two titles: \"Ministers Agree on Grain Corridor\" (Word document properties) and \"Geneva Talks on the Grain Corridor\" (first heading); using the first"
        ),
        "{}",
        run.stderr
    );
    for unshown in [
        "Geneva Talks on the Grain Corridor", // the Title paragraph is the title, not text
        "STRUCK-OUT-WORDS",                   // a tracked deletion
        "HIDDEN-DRAFTING-NOTE",               // hidden text
        "RUNNING-HEADER",
        "RUNNING-FOOTER",
        "FOOTNOTE-TEXT",
        "PULL-QUOTE", // a text box, in either of its copies
        "PAGE",       // a field's instruction (its result, "2", stays)
    ] {
        assert!(!run.stdout.contains(unshown), "{unshown} in {}", run.stdout);
    }
}

#[test]
fn a_word_document_without_properties_takes_title_byline_and_date_from_its_text() {
    let article = extract_json("word-localised-styles.docx");
    assert_eq!(
        article["title"]["value"],
        "Parliament Backs Sanctions Review"
    );
    assert_eq!(article["title"]["found_in"], "first heading");
    assert_eq!(article["authors"][0]["value"], "Anna Keller");
    assert_eq!(article["authors"][0]["found_in"], "byline");
    assert_eq!(article["published"]["value"], "2025-05-12");
    let text = article["text"].as_str().unwrap();
    assert!(text.starts_with("The Bundestag voted on Monday"), "{text}");
    assert!(
        text.ends_with("before a final vote in the autumn."),
        "{text}"
    );
}

#[test]
fn broken_word_documents_are_named_with_the_problem_and_the_rest_go_on() {
    let encrypted = fixture("word-encrypted.docx");
    let truncated = fixture("word-truncated.docx");
    let good = fixture("word-cable.docx");
    let out = tempfile::tempdir().unwrap();
    let briefing = out.path().join("briefing.md");
    let run = chancery(&[
        "draft",
        encrypted.to_str().unwrap(),
        truncated.to_str().unwrap(),
        good.to_str().unwrap(),
        "--date",
        DATE,
        "-o",
        briefing.to_str().unwrap(),
    ]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "word-encrypted.docx: skipped: this Word document is encrypted (password-protected)"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("word-truncated.docx: skipped: this Word document cannot be read (it is not a complete ZIP package"),
        "{}",
        run.stderr
    );
    let markdown = std::fs::read_to_string(&briefing).unwrap();
    assert!(markdown.contains("Olena Marchuk"), "{markdown}");
    // A table's rows are facts in a grid, not statements for the briefing.
    assert!(!markdown.contains("Wheat"), "{markdown}");
}
