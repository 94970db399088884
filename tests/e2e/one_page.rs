//! Content that overflows one page is cut, lowest-ranked first, and every cut is told.

use crate::support::{draft_to, read_pdf, temp_dir};

/// A long synthetic report: many officials, many plans. Distinct sentences, so
/// nothing is merged away as a repeat.
fn long_article(index: usize) -> String {
    let countries = [
        "France", "Germany", "Japan", "Brazil", "Canada", "Italy", "Spain", "Kenya",
    ];
    let mut text = format!("Ministers Gather for Talks {index}\n\nMarch 3, 2025\n\n");
    for (i, country) in countries.iter().enumerate() {
        text.push_str(&format!(
            "{country}’s Foreign Minister Person{index}x{i} Surname{i} said the government will expand its programme number {i} of trade credits worth {i}00 million across the {country} region next year.\n\n\
             The {country} Ministry of Trade Number{i} warned that tariffs on steel could rise by {i}5 per cent and that ports in {country} would see longer delays for exporters.\n\n\
             Officials from {country} described the meeting on item {i} as constructive and said a working group met for the {i}th time in the capital.\n\n"
        ));
    }
    text
}

#[test]
fn overflowing_briefing_is_cut_to_one_page_and_the_cuts_reported() {
    let dir = temp_dir();
    let files: Vec<_> = (0..30)
        .map(|i| {
            let path = dir.path().join(format!("report-{i}.txt"));
            std::fs::write(&path, long_article(i)).unwrap();
            path
        })
        .collect();
    let paths: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
    let pdf = dir.path().join("long.pdf");
    let run = draft_to(&pdf, &paths, &[]);
    let (pages, text) = read_pdf(&pdf);
    assert_eq!(pages, 1);
    let cuts: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("cut to fit one page"))
        .collect();
    assert!(!cuts.is_empty(), "expected reported cuts:\n{}", run.stderr);
    // Each item reported as cut is really gone from the page.
    for cut in &cuts {
        if let Some((_, quoted)) = cut.split_once('"') {
            let start: String = quoted
                .trim_end_matches(['"', '…'])
                .chars()
                .take(40)
                .collect();
            assert!(
                !text.contains(start.trim()),
                "'{start}' was reported cut but is on the page"
            );
        }
    }
}

#[test]
fn a_story_cited_by_many_sources_still_fits_one_page() {
    let dir = temp_dir();
    let files: Vec<_> = (0..90)
        .map(|i| {
            let path = dir.path().join(format!("wire-{i:02}.txt"));
            let text = format!(
                "Wire copy {i}\n\nMarch 3, 2025\n\nForeign ministers of France and Germany will meet in Paris next week to discuss energy prices, officials said on Monday.\n"
            );
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let paths: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
    let pdf = dir.path().join("wire.pdf");
    let run = draft_to(&pdf, &paths, &[]);
    let (pages, text) = read_pdf(&pdf);
    assert_eq!(pages, 1);
    assert!(text.contains("Paris"), "{text}");
    assert!(
        run.stderr.contains("source(s) from the list"),
        "{}",
        run.stderr
    );
}

/// Prints an HTML file with headless Chromium (Debian's package) on the given paper,
/// as a reader pressing Print would, and counts the sheets.
fn chromium_pages(html: &std::path::Path, paper: &str) -> usize {
    let dir = html.parent().unwrap();
    // The paper as the print dialog would choose it.
    let page = std::fs::read_to_string(html).unwrap().replacen(
        "</style>",
        &format!("@page {{ size: {paper}; }}</style>"),
        1,
    );
    let on_paper = dir.join(format!("on-{paper}.html"));
    std::fs::write(&on_paper, page).unwrap();
    let pdf = dir.join(format!("printed-{paper}.pdf"));
    let status = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.join("chromium-profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(&on_paper)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("Chromium runs: ./test.sh installs Debian's chromium");
    assert!(status.success());
    read_pdf(&pdf).0
}

#[test]
fn html_export_prints_on_one_page_on_a4_and_letter() {
    let dir = temp_dir();
    let long: Vec<_> = (0..30)
        .map(|i| {
            let path = dir.path().join(format!("report-{i}.txt"));
            std::fs::write(&path, long_article(i)).unwrap();
            path
        })
        .collect();
    let sample = crate::support::fixture("scrape-with-footer-junk.txt");
    let cases: [(&str, Vec<&std::path::Path>); 2] = [
        ("sample", vec![sample.as_path()]),
        (
            "thirty long reports",
            long.iter().map(|p| p.as_path()).collect(),
        ),
    ];
    for (case, files) in cases {
        let out = temp_dir();
        let html = out.path().join("briefing.html");
        let run = draft_to(&html, &files, &[]);
        for paper in ["A4", "letter"] {
            assert_eq!(chromium_pages(&html, paper), 1, "{case} on {paper}");
        }
        // What the PDF cut is cut from the HTML too, and said.
        if case != "sample" {
            assert!(run.stderr.contains("cut to fit one page"), "{}", run.stderr);
        }
    }
}
