//! Bad files get a clear message naming the file; the others still make a briefing.

use crate::support::{chancery, fixture, read_pdf, temp_dir, DATE};

#[test]
fn binary_empty_and_unknown_files_are_skipped_while_the_rest_brief() {
    let dir = temp_dir();
    let binary = dir.path().join("photo.txt");
    let empty = dir.path().join("empty.md");
    let unknown = dir.path().join("notes.odt");
    let not_word = dir.path().join("memo.docx");
    let missing = dir.path().join("missing.html");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").unwrap();
    std::fs::write(&empty, b"").unwrap();
    std::fs::write(&unknown, b"Some text").unwrap();
    std::fs::write(&not_word, b"Some text, saved as if it were a Word document").unwrap();
    let pdf = dir.path().join("out.pdf");
    let sample = fixture("scrape-with-footer-junk.txt");
    let args = [
        "draft",
        binary.to_str().unwrap(),
        empty.to_str().unwrap(),
        sample.to_str().unwrap(),
        unknown.to_str().unwrap(),
        not_word.to_str().unwrap(),
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
        (&unknown, "unsupported file type '.odt'"),
        (&not_word, "this Word document cannot be read"),
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

#[test]
fn a_file_that_takes_too_long_is_skipped_and_the_rest_brief() {
    let dir = temp_dir();
    // 4,800 levels of nesting (just under the depth refused outright): seconds for
    // the HTML reader, never a real page.
    let nested = dir.path().join("nested.html");
    std::fs::write(
        &nested,
        format!(
            "<html><body>{}<p>Words of a story here.</p>{}</body></html>",
            "<div><span>".repeat(2_400),
            "</span></div>".repeat(2_400)
        ),
    )
    .unwrap();
    let sample = fixture("scrape-with-footer-junk.txt");
    let started = std::time::Instant::now();
    let run = crate::support::chancery_with_env(
        &[
            "draft",
            nested.to_str().unwrap(),
            sample.to_str().unwrap(),
            "--date",
            DATE,
        ],
        &[("CHANCERY_FILE_TIME_BUDGET", "0.5")],
    );
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("nested.html: skipped: reading it took longer than 0.5 s"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("Aleksandr Fomin"),
        "the sample was still briefed"
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(60),
        "the command did not wait for the slow file"
    );
}

#[test]
fn a_page_nested_far_deeper_than_real_ones_is_refused_at_once() {
    let dir = temp_dir();
    let deep = dir.path().join("deep.html");
    std::fs::write(
        &deep,
        format!(
            "<html><body>{}<p>Words.</p>{}</body></html>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        ),
    )
    .unwrap();
    let run = chancery(&["extract", deep.to_str().unwrap()]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("deep.html: the page nests elements over 5000 levels deep"),
        "{}",
        run.stderr
    );
}
