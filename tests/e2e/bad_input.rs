//! Bad files get a clear message naming the file; the others still make a briefing.

use crate::support::{chancery, fixture, read_pdf, temp_dir, DATE};

#[test]
fn binary_empty_and_unknown_files_are_skipped_while_the_rest_brief() {
    let dir = temp_dir();
    let binary = dir.path().join("photo.txt");
    let empty = dir.path().join("empty.md");
    let unknown = dir.path().join("notes.docx");
    let missing = dir.path().join("missing.html");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").unwrap();
    std::fs::write(&empty, b"").unwrap();
    std::fs::write(&unknown, b"Some text").unwrap();
    let pdf = dir.path().join("out.pdf");
    let sample = fixture("scrape-with-footer-junk.txt");
    let args = [
        "draft",
        binary.to_str().unwrap(),
        empty.to_str().unwrap(),
        sample.to_str().unwrap(),
        unknown.to_str().unwrap(),
        missing.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
        "--date",
        DATE,
    ];
    let run = chancery(&args);
    assert!(run.success, "{}", run.stderr);
    for (file, problem) in [
        (&binary, "looks like a binary file"),
        (&empty, "the file is empty"),
        (&unknown, "unsupported file type '.docx'"),
        (&missing, "cannot read"),
    ] {
        let line = run
            .stderr
            .lines()
            .find(|l| l.contains(file.to_str().unwrap()));
        let line =
            line.unwrap_or_else(|| panic!("no message names {}:\n{}", file.display(), run.stderr));
        assert!(line.contains(problem), "'{line}' should say '{problem}'");
    }
    let (pages, text) = read_pdf(&pdf);
    assert_eq!(pages, 1);
    assert!(text.contains("Aleksandr Fomin"));
}

#[test]
fn nothing_usable_exits_1_and_writes_nothing() {
    let dir = temp_dir();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let out = dir.path().join("out.html");
    let run = chancery(&[
        "draft",
        empty.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("no usable article"), "{}", run.stderr);
    assert!(
        run.stderr.contains("empty.txt: skipped: the file is empty"),
        "{}",
        run.stderr
    );
    assert!(!out.exists());
}

#[test]
fn failed_draft_keeps_the_previous_output() {
    let dir = temp_dir();
    let out = dir.path().join("briefing.html");
    std::fs::write(&out, "my earlier briefing").unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let run = chancery(&[
        "draft",
        empty.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(1));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "my earlier briefing"
    );
}
