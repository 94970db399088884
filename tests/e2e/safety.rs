//! Article text can never become markup, script or a live link in the HTML or the Word
//! document, nor Typst code in the PDF.

use crate::support::{draft_to, fixture, read_docx, read_pdf, temp_dir};

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

#[test]
fn hostile_article_gives_a_word_document_with_nothing_live() {
    let dir = temp_dir();
    let path = dir.path().join("hostile.docx");
    draft_to(&path, &[&fixture("hostile-article.txt")], &[]);
    // read_docx parses every part: text that closed an element would break one.
    let document = read_docx(&path);
    let text: Vec<&str> = document
        .paragraphs
        .iter()
        .map(|(_, t)| t.as_str())
        .collect();
    let text = text.join("\n");
    for literal in [
        "<script>alert(1)</script>",
        "[click here](javascript:alert(3))",
    ] {
        assert!(
            text.contains(literal),
            "'{literal}' not shown literally in:\n{text}"
        );
    }
    for (name, xml) in &document.parts {
        // No links, fields (a field can fetch or run), embedded objects or macros.
        for live in [
            "hyperlink",
            "instrText",
            "fldSimple",
            "w:object",
            "vbaProject",
            "altChunk",
        ] {
            assert!(!xml.contains(live), "{name} has {live}");
        }
    }
    assert!(
        document
            .parts
            .keys()
            .all(|name| name.ends_with(".xml") || name.ends_with(".rels")),
        "{:?}",
        document.parts.keys()
    );
}

/// A briefing is made to be shared: the folders its articles sat in (which name the
/// person, their client, their work) never appear in it, even for articles with no
/// headline, whose title and source line come from elsewhere.
#[test]
fn no_local_folder_appears_in_any_export() {
    let home = temp_dir();
    let private = home.path().join("ana-private-casework-7731");
    std::fs::create_dir(&private).unwrap();
    let untitled = private.join("notes-from-call.txt");
    std::fs::write(
        &untitled,
        std::fs::read(fixture("news/untitled-wire-with-captions.txt")).unwrap(),
    )
    .unwrap();
    let titled = private.join("sample.txt");
    std::fs::copy(fixture("scrape-with-footer-junk.txt"), &titled).unwrap();
    let broken = private.join("photo.txt");
    std::fs::write(&broken, [0u8, 159, 146, 150, 0, 0, 1, 2]).unwrap();
    let files = [untitled.as_path(), titled.as_path(), broken.as_path()];
    for format in ["json", "md", "html", "pdf", "docx"] {
        let out = home.path().join(format!("briefing.{format}"));
        let run = draft_to(&out, &files, &[]);
        assert!(run.success, "{format}: {}", run.stderr);
        let text = match format {
            "pdf" => read_pdf(&out).1,
            "docx" => read_docx(&out).parts.into_values().collect(),
            _ => std::fs::read_to_string(&out).unwrap(),
        };
        assert!(
            !text.contains("ana-private-casework"),
            "{format} export names the folder"
        );
        if format == "json" {
            // The file is still named, by its own name.
            assert!(text.contains("\"notes-from-call.txt\""), "{text}");
        }
    }
}
