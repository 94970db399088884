//! `chancery draft -o briefing.docx`: a Word document that edits like one somebody
//! wrote, read back the way Word reads it and converted by LibreOffice as a user's
//! colleague would open it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{chancery, draft_to, fixture, read_docx, read_pdf, temp_dir};

const PRINCIPALS: [[&str; 3]; 3] = [
    ["Aleksandr Fomin", "Deputy Defence Minister", "Russia"],
    ["Vinay Kumar", "Ambassador", "India"],
    ["Ajit Doval", "National Security Advisor", "India"],
];

fn sample_docx(dir: &Path) -> PathBuf {
    let docx = dir.join("briefing.docx");
    draft_to(&docx, &[&fixture("scrape-with-footer-junk.txt")], &[]);
    docx
}

#[test]
fn word_export_has_the_sections_the_actor_table_and_the_marking_banner() {
    let dir = temp_dir();
    let document = read_docx(&sample_docx(dir.path()));
    let styled = |style: &str| -> Vec<&str> {
        document
            .paragraphs
            .iter()
            .filter(|(s, _)| s == style)
            .map(|(_, t)| t.as_str())
            .collect()
    };
    assert_eq!(styled("Title"), ["India, Russia Hold Strategic Talks"]);
    let headings = styled("Heading1");
    for section in ["Bottom line", "Key actors", "Sources"] {
        assert!(
            headings.contains(&section),
            "no heading {section}: {headings:?}"
        );
    }
    // The key actors are a Word table: a header row, then one row per actor.
    assert_eq!(document.rows[0], ["Actor", "Role", "Affiliation"]);
    for principal in PRINCIPALS {
        assert!(
            document.rows.iter().any(|row| row == &principal),
            "no row {principal:?} in {:?}",
            document.rows
        );
    }
    // Numbered sources, and statements citing them by number.
    let bullets = styled("ListBullet");
    assert!(
        bullets
            .iter()
            .any(|b| b.starts_with("[1] India, Russia Hold Strategic Talks — Asian Lite News")),
        "{bullets:?}"
    );
    let bottom_line = &document.paragraphs[headings_index(&document, "Bottom line") + 1].1;
    assert!(bottom_line.ends_with("[1]"), "{bottom_line}");
    // The marking is on every page, in the header and footer, not in the text.
    assert_eq!(document.header, "UNCLASSIFIED");
    assert_eq!(document.footer, "UNCLASSIFIED");
    assert!(!document.paragraphs.iter().any(|(_, t)| t == "UNCLASSIFIED"));
    // Word's own style names, so the styles pane lists them as Word's.
    let styles = &document.parts["word/styles.xml"];
    for name in ["Title", "heading 1", "List Bullet", "Table Grid"] {
        assert!(
            styles.contains(&format!("w:val=\"{name}\"")),
            "no style {name}"
        );
    }
    let properties = &document.parts["docProps/core.xml"];
    assert!(
        properties.contains("<dc:title>India, Russia Hold Strategic Talks</dc:title>"),
        "{properties}"
    );
}

fn headings_index(document: &crate::support::WordDocument, heading: &str) -> usize {
    document
        .paragraphs
        .iter()
        .position(|(style, text)| style == "Heading1" && text == heading)
        .unwrap_or_else(|| panic!("no heading {heading}"))
}

#[test]
fn word_export_is_byte_identical_for_the_same_articles_and_date() {
    let dir = temp_dir();
    let first = std::fs::read(sample_docx(dir.path())).unwrap();
    let again = dir.path().join("again.docx");
    draft_to(&again, &[&fixture("scrape-with-footer-junk.txt")], &[]);
    assert!(
        first == std::fs::read(&again).unwrap(),
        "the two exports differ"
    );
}

#[test]
fn word_output_needs_a_file_and_can_be_asked_for_by_name() {
    let sample = fixture("scrape-with-footer-junk.txt");
    let sample = sample.to_str().unwrap();
    let run = chancery(&["draft", sample, "--format", "docx"]);
    assert!(!run.success);
    assert!(run.stderr.contains("-o briefing.docx"), "{}", run.stderr);
    // --format wins over the extension.
    let dir = temp_dir();
    let out = dir.path().join("briefing.out");
    draft_to(&out, &[Path::new(sample)], &["--format", "docx"]);
    assert_eq!(read_docx(&out).header, "UNCLASSIFIED");
}

/// LibreOffice (Debian's package), converting the export as a colleague opening it
/// would: it must read the document and show the briefing's text, table included.
#[test]
fn libreoffice_opens_the_word_export_and_shows_the_briefing() {
    let dir = temp_dir();
    let docx = sample_docx(dir.path());
    let profile = dir.path().join("libreoffice-profile");
    let output = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .output()
        .expect("LibreOffice (soffice) runs: ./test.sh installs libreoffice-writer-nogui");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (pages, text) = read_pdf(&dir.path().join("briefing.pdf"));
    assert!(pages >= 1);
    assert!(
        text.starts_with("UNCLASSIFIED India, Russia Hold Strategic Talks"),
        "{text}"
    );
    for [name, role, affiliation] in PRINCIPALS {
        let row = format!("{name} {role} {affiliation}");
        assert!(text.contains(&row), "no row '{row}' in:\n{text}");
    }
    assert!(text.contains("• "), "the lists lost their bullets:\n{text}");
}
