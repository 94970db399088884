//! Article text can never become markup, script or a live link in the HTML, nor Typst
//! code in the PDF.

use crate::support::{draft_to, fixture, read_pdf, temp_dir};

#[test]
fn hostile_article_gives_html_without_script_handlers_or_script_links() {
    let dir = temp_dir();
    let html_path = dir.path().join("hostile.html");
    draft_to(&html_path, &[&fixture("hostile-article.txt")], &[]);
    let html = std::fs::read_to_string(&html_path).unwrap();
    // Escaped text never holds a literal '<', so every '<' opens a real tag.
    for tag in html.to_lowercase().split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        assert!(
            !tag.starts_with("script") && !tag.starts_with("img"),
            "a live <{tag}>"
        );
        assert!(!tag.contains("javascript:"), "a script link: <{tag}>");
        assert!(!tag.contains(" on"), "a tag has an event handler: <{tag}>");
    }
    // The hostile text is still shown, literally.
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("[click here](javascript:alert(3))"), "{html}");
}

#[test]
fn hostile_article_gives_pdf_showing_the_characters_literally() {
    let dir = temp_dir();
    let pdf = dir.path().join("hostile.pdf");
    draft_to(&pdf, &[&fixture("hostile-article.txt")], &[]);
    let (pages, text) = read_pdf(&pdf);
    assert_eq!(pages, 1);
    for literal in [
        "$5 million #import \"evil.typ\" is *final* and _binding_",
        "[click here](javascript:alert(3))",
        "<script>alert(1)</script>",
        "#set page(width: 1pt)",
    ] {
        assert!(
            text.contains(literal),
            "'{literal}' not shown literally in:\n{text}"
        );
    }
}
