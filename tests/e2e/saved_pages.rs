//! Saved web pages as people have them: `chancery extract` keeps the story and its
//! metadata and drops the page around it.

use crate::support::{chancery, extract_json, fixture};

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

#[test]
fn a_pdf_wire_report_reads_in_order_without_headers_page_numbers_or_hyphens() {
    let run = chancery(&[
        "extract",
        fixture("wire-report.pdf").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("wire-report.pdf: page 3 has no text layer (a scanned image?)"),
        "{}",
        run.stderr
    );
    let article: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        article["title"]["value"],
        "India and Russia review air defence supplies"
    );
    assert_eq!(article["authors"][0]["value"], "Priya Raman");
    assert_eq!(article["published"]["value"], "2025-08-07");
    let text = article["text"].as_str().unwrap();
    assert_eq!(text.split("\n\n").count(), 4, "{text}");
    assert!(text.contains("according to a statement issued"), "{text}");
    assert!(text.contains("to prepare the annual summit"), "{text}");
    for gone in ["EXAMPLE WIRE", "Page 1 of 3", "state- ment"] {
        assert!(!text.contains(gone), "{gone} kept: {text}");
    }
}

#[test]
fn damaged_and_encrypted_pdfs_are_named_errors_and_the_batch_goes_on() {
    let dir = crate::support::temp_dir();
    let whole = std::fs::read(fixture("wire-report.pdf")).unwrap();
    let cut = dir.path().join("cut-short.pdf");
    std::fs::write(&cut, &whole[..700]).unwrap();
    let locked = dir.path().join("locked.pdf");
    let encrypt = b"trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >> /ID [(abc)(abc)] ";
    // The same file with an encryption dictionary in its trailer.
    let trailer: &[u8] = b"trailer\n<< ";
    let position = whole
        .windows(trailer.len())
        .position(|w| w == trailer)
        .expect("the fixture has a trailer");
    let mut protected = whole[..position].to_vec();
    protected.extend_from_slice(encrypt);
    protected.extend_from_slice(&whole[position + trailer.len()..]);
    std::fs::write(&locked, protected).unwrap();

    let run = chancery(&[
        "draft",
        cut.to_str().unwrap(),
        locked.to_str().unwrap(),
        fixture("wire-report.pdf").to_str().unwrap(),
        "--date",
        crate::support::DATE,
    ]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("cut-short.pdf: skipped: this PDF cannot be read"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("locked.pdf: skipped: this PDF is encrypted and its text cannot be read"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("Aleksandr Fomin"), "{}", run.stdout);
}

#[test]
fn pdfs_that_break_the_pdf_library_are_plain_errors() {
    // One makes pdf-extract panic; the others would overflow the stack (a looping page
    // tree, a drawing that draws itself) and abort the process, so they must be refused
    // before pdf-extract sees them.
    for file in [
        "fuzz-damaged-page.pdf",
        "fuzz-page-tree-loop.pdf",
        "fuzz-form-loop.pdf",
        "fuzz-unlisted-resources-loop.pdf",
    ] {
        let run = chancery(&["extract", fixture(file).to_str().unwrap()]);
        assert_eq!(run.code, Some(1), "{file}: {}", run.stderr);
        assert!(
            run.stderr
                .contains(&format!("{file}: no page of this PDF could be read (")),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    }
}

#[test]
fn a_two_column_pdf_reads_one_column_after_the_other() {
    // Drawn line by line across both columns: in drawing order the columns interleave.
    let run = chancery(&[
        "extract",
        "--format",
        "json",
        fixture("two-column-report.pdf").to_str().unwrap(),
    ]);
    assert!(run.success, "{}", run.stderr);
    let article: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        article["title"]["value"],
        "Ministers Agree on Grain Corridor"
    );
    assert_eq!(article["authors"][0]["value"], "Lena Fischer");
    assert_eq!(article["published"]["value"], "2025-03-03");
    let text = article["text"].as_str().unwrap();
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(
        paragraphs,
        [
            "Foreign ministers of Turkey and Ukraine agreed on Monday in Geneva to reopen a grain corridor across the Black Sea, the Turkish Foreign Ministry said in a statement after the talks.",
            "The corridor will let ships carry wheat from Odesa to Istanbul under inspection by a joint team of officials.",
            "Ukrainian Foreign Minister Olena Marchuk said the first convoy could leave within two weeks if insurers agree to cover the ships, according to the statement.",
            "The United Nations welcomed the deal and said it would send observers to the port of Odesa next month to check the cargo.",
        ]
    );
}

/// The cleaned text of one of the pages under `fixtures/pages/`.
fn page_text(file: &str) -> String {
    let article = extract_json(&format!("pages/{file}"));
    article["text"].as_str().unwrap().to_owned()
}

#[test]
fn a_short_article_among_menus_and_teasers_is_still_an_article() {
    // Two paragraphs, 50 words: under Readability's threshold, once read as empty.
    let text = page_text("short-article.html");
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 2, "{text}");
    assert!(
        paragraphs[0].starts_with("The Gradina border crossing between Croatia and Serbia"),
        "{text}"
    );
    assert!(
        paragraphs[1].ends_with("at the nearest alternative crossing."),
        "{text}"
    );
    for furniture in [
        "More from Region",
        "Council approves",
        "All rights reserved",
        "Sport",
    ] {
        assert!(!text.contains(furniture), "{furniture} kept: {text}");
    }
}

#[test]
fn a_paragraph_of_story_beside_a_listing_is_the_story() {
    let text = page_text("listing-with-story.html");
    assert!(
        text.starts_with("The French embassy will open its residence to the public"),
        "{text}"
    );
    assert!(text.ends_with("no booking is needed."), "{text}");
    for listing in ["Jazz in the Old Town Square", "Half marathon", "19:00"] {
        assert!(!text.contains(listing), "{listing} kept: {text}");
    }
}

#[test]
fn a_story_goes_on_after_an_embedded_video_and_a_read_more_box() {
    let text = page_text("story-after-embed.html");
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 12, "{text}");
    assert!(
        paragraphs[0].starts_with("When the finance ministers of the G20 met in Cape Town"),
        "{text}"
    );
    assert!(
        paragraphs[11].starts_with("The finance ministers meet again in October"),
        "{text}"
    );
    for embed in [
        "Watch",
        "2:14",
        "How Zambia's debt deal was done",
        "Read more",
    ] {
        assert!(!text.contains(embed), "{embed} kept: {text}");
    }
}

#[test]
fn reader_responses_after_the_story_are_not_the_story() {
    let text = page_text("story-with-reader-responses.html");
    assert!(
        text.ends_with("will be placed beside the town hall's main door, the council said."),
        "{text}"
    );
    for response in ["3 Responses", "My grandmother", "Reply", "2 days ago"] {
        assert!(!text.contains(response), "{response} kept: {text}");
    }
}
