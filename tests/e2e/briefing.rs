//! The sample article, drafted to every format: what a reader finds in it.

use crate::support::{draft_to, fixture, read_pdf, temp_dir};

const PRINCIPALS: [(&str, &str, &str); 4] = [
    ("Aleksandr Fomin", "Deputy Defence Minister", "Russia"),
    ("Vinay Kumar", "Ambassador", "India"),
    ("Ajit Doval", "National Security Advisor", "India"),
    ("Donald Trump", "President", "United States"),
];

const SITE_JUNK: [&str; 5] = [
    "Zelensky",
    "Jofra Archer",
    "Nitish Kumar",
    "KCR",
    "Previous Story",
];

#[test]
fn pdf_fits_one_page_and_names_principals_with_roles() {
    let dir = temp_dir();
    let pdf = dir.path().join("briefing.pdf");
    draft_to(&pdf, &[&fixture("scrape-with-footer-junk.txt")], &[]);
    let (pages, text) = read_pdf(&pdf);
    assert_eq!(pages, 1);
    for (name, role, affiliation) in PRINCIPALS {
        // A table row reads across: name, role, affiliation.
        let row = format!("{name} {role} {affiliation}");
        assert!(
            text.contains(&row),
            "no row '{row}' in the PDF text:\n{text}"
        );
    }
}

#[test]
fn site_junk_never_reaches_html_or_pdf() {
    let dir = temp_dir();
    let sample = fixture("scrape-with-footer-junk.txt");
    let html_path = dir.path().join("b.html");
    let pdf_path = dir.path().join("b.pdf");
    draft_to(&html_path, &[&sample], &[]);
    draft_to(&pdf_path, &[&sample], &[]);
    let html = std::fs::read_to_string(&html_path).unwrap();
    let (_, pdf_text) = read_pdf(&pdf_path);
    for junk in SITE_JUNK {
        assert!(!html.contains(junk), "'{junk}' in the HTML");
        assert!(!pdf_text.contains(junk), "'{junk}' in the PDF");
    }
    assert!(html.contains("Aleksandr Fomin"), "the HTML lost the story");
}

#[test]
fn briefing_cites_outlet_and_date_of_its_source() {
    let dir = temp_dir();
    let md = dir.path().join("b.md");
    draft_to(&md, &[&fixture("scrape-with-footer-junk.txt")], &[]);
    let markdown = std::fs::read_to_string(md).unwrap();
    assert!(
        markdown.contains("[1] India, Russia Hold Strategic Talks — Asian Lite News, 2025-08-06"),
        "{markdown}"
    );
    assert!(
        markdown.contains("## Bottom line\n\nRussia’s Deputy Defence Minister"),
        "{markdown}"
    );
    assert!(
        !markdown.contains("reports Asian Lite News"),
        "credit line leaked: {markdown}"
    );
}

#[test]
fn same_inputs_give_byte_identical_html_and_pdf() {
    let dir = temp_dir();
    let sample = fixture("scrape-with-footer-junk.txt");
    for extension in ["html", "pdf"] {
        let first = dir.path().join(format!("first.{extension}"));
        let second = dir.path().join(format!("second.{extension}"));
        draft_to(&first, &[&sample], &[]);
        draft_to(&second, &[&sample], &[]);
        assert_eq!(
            std::fs::read(first).unwrap(),
            std::fs::read(second).unwrap(),
            "{extension} differs"
        );
    }
}

#[test]
fn names_in_cyrillic_arabic_and_cjk_are_drawn_with_bundled_fonts() {
    let dir = temp_dir();
    let pdf = dir.path().join("names.pdf");
    draft_to(&pdf, &[&fixture("multi-script-names.txt")], &[]);
    let (pages, text) = read_pdf(&pdf);
    assert_eq!(pages, 1);
    assert!(text.contains("Сергей Лавров"), "{text}");
    let fonts = crate::support::pdf_fonts(&pdf).join(" ");
    // Typst's own fonts have no Arabic or CJK glyphs; these must be ours.
    assert!(
        fonts.contains("NotoSansArabic"),
        "no Arabic font embedded: {fonts}"
    );
    assert!(
        fonts.contains("DroidSansFallback"),
        "no CJK font embedded: {fonts}"
    );
}

#[test]
fn the_same_event_in_two_articles_is_one_statement_citing_both() {
    let dir = temp_dir();
    let json = dir.path().join("b.json");
    let sources = [
        &fixture("scrape-with-footer-junk.txt"),
        &fixture("same-story-other-outlet.txt"),
    ];
    draft_to(&json, &sources.map(|p| p.as_path()), &[]);
    let context: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
    let bottom_line = &context["bottom_line"];
    assert!(
        bottom_line["text"]
            .as_str()
            .unwrap()
            .contains("Fomin met Indian Ambassador Vinay Kumar"),
        "{bottom_line}"
    );
    assert_eq!(bottom_line["cites"], serde_json::json!([1, 2]));
    let fomin = crate::support::actor(&context, "Aleksandr Fomin");
    assert_eq!(fomin["sources"], serde_json::json!([1, 2]));
    assert_eq!(
        context["sources"][1]["authors"],
        serde_json::json!(["Priya Menon"])
    );
}

#[test]
fn legacy_encoded_web_page_is_read_and_cleaned() {
    let page = fixture("cp1251-cyrillic.html");
    let run = crate::support::chancery(&["extract", page.to_str().unwrap(), "--format", "json"]);
    assert!(run.success, "{}", run.stderr);
    let article: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let text = article["text"].as_str().unwrap();
    assert!(
        text.starts_with("Заместитель министра обороны России Александр Фомин"),
        "{text}"
    );
    assert!(
        !text.contains("футболе") && !text.contains("Главная"),
        "{text}"
    );
    assert_eq!(article["outlet"]["value"], "Пример Новости");
    assert_eq!(article["published"]["value"], "2025-08-06");
    assert_eq!(article["language"]["value"], "ru");
}

#[test]
fn a_republished_copy_is_grouped_with_its_original_and_counted_once() {
    let dir = temp_dir();
    let original = std::fs::read_to_string(fixture("scrape-with-footer-junk.txt")).unwrap();
    let copy = dir.path().join("republished.txt");
    std::fs::write(
        &copy,
        original.replace(
            "India, Russia Hold Strategic Talks",
            "Moscow hosts India defence talks",
        ),
    )
    .unwrap();
    let md = dir.path().join("b.md");
    draft_to(
        &md,
        &[
            &fixture("scrape-with-footer-junk.txt"),
            &fixture("same-story-other-outlet.txt"),
            &copy,
        ],
        &[],
    );
    let markdown = std::fs::read_to_string(md).unwrap();
    assert!(
        markdown.contains("2 independent of 3 articles: copies of one story count once."),
        "{markdown}"
    );
    assert!(
        markdown.contains("[3] Moscow hosts India defence talks — Asian Lite News, 2025-08-06 (same story as [1], 100% shared wording)"),
        "{markdown}"
    );
    assert!(
        !markdown.contains("[2] Fomin and Kumar Discuss Defence Ties, 2025-08-07 (same story"),
        "a report in other words is independent: {markdown}"
    );
}

/// The window finds a statement's source passage by the id the renderer gives the
/// statement's list item or paragraph; each id must mark the text of its statement.
#[test]
fn every_statement_in_the_html_carries_its_id() {
    let dir = temp_dir();
    let sample = fixture("scrape-with-footer-junk.txt");
    let json = dir.path().join("b.json");
    let html = dir.path().join("b.html");
    draft_to(&json, &[&sample], &[]);
    draft_to(&html, &[&sample], &[]);
    let context: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
    let html = std::fs::read_to_string(html).unwrap();
    // In the order of Briefing::statements.
    let mut statements: Vec<String> = Vec::new();
    statements.extend(context["bottom_line"]["text"].as_str().map(str::to_owned));
    for section in ["context", "implications", "watch"] {
        for item in context[section].as_array().unwrap() {
            statements.push(item["text"].as_str().unwrap().to_owned());
        }
    }
    for event in context["timeline"].as_array().unwrap() {
        statements.push(event["text"].as_str().unwrap().to_owned());
    }
    for quote in context["quotes"].as_array().unwrap() {
        statements.push(quote["text"].as_str().unwrap().to_owned());
    }
    assert!(statements.len() >= 6, "{statements:?}");
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    for (id, text) in statements.iter().enumerate() {
        let marker = format!(" data-statement=\"{id}\">");
        let at = html
            .find(&marker)
            .unwrap_or_else(|| panic!("no element for statement {id}: {text}"));
        let block = &html[at..];
        let end = ["</li>", "</p>"]
            .iter()
            .filter_map(|tag| block.find(tag))
            .min()
            .unwrap_or(block.len());
        let block = &block[..end];
        assert!(
            block.contains(&escape(text)),
            "statement {id} marks '{block}', not '{text}'"
        );
    }
}
