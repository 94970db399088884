//! The command's interface: names, flags, formats and exit codes other tools rely on.

use crate::support::{chancery, draft_to, fixture, read_pdf, temp_dir, DATE};

fn sample() -> String {
    fixture("scrape-with-footer-junk.txt").display().to_string()
}

#[test]
fn without_output_markdown_goes_to_stdout() {
    let run = chancery(&["draft", &sample(), "--date", DATE]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("###### UNCLASSIFIED\n\n# India, Russia Hold Strategic Talks"),
        "{}",
        run.stdout
    );
}

#[test]
fn format_comes_from_the_output_extension() {
    let dir = temp_dir();
    for (file, starts_with) in [
        ("b.html", "<!doctype html>"),
        ("b.json", "{"),
        ("b.md", "######"),
        ("b.pdf", "%PDF-"),
    ] {
        let out = dir.path().join(file);
        let run = chancery(&[
            "draft",
            &sample(),
            "-o",
            out.to_str().unwrap(),
            "--date",
            DATE,
        ]);
        assert!(run.success, "{file}: {}", run.stderr);
        let bytes = std::fs::read(&out).unwrap();
        assert!(
            bytes.starts_with(starts_with.as_bytes()),
            "{file} starts {:?}",
            &bytes[..20]
        );
    }
}

#[test]
fn json_is_the_whole_template_context() {
    let run = chancery(&[
        "draft",
        &sample(),
        "--format",
        "json",
        "--date",
        DATE,
        "--title",
        "Moscow talks",
        "--marking",
        "RESTRICTED",
    ]);
    assert!(run.success, "{}", run.stderr);
    let context: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    for field in [
        "title",
        "date",
        "date_long",
        "marking",
        "bottom_line",
        "context",
        "actors",
        "implications",
        "watch",
        "sources",
        "warnings",
    ] {
        assert!(context.get(field).is_some(), "no '{field}' in the context");
    }
    assert_eq!(context["title"], "Moscow talks");
    assert_eq!(context["marking"], "RESTRICTED");
    assert_eq!(context["date"], DATE);
    let fomin = crate::support::actor(&context, "Aleksandr Fomin");
    assert_eq!(fomin["role"], "Deputy Defence Minister");
    assert_eq!(fomin["kind"], "person");
    // Evidence points at the passage that states the role, in characters.
    let evidence = &fomin["evidence"];
    let text = chancery(&["extract", &sample()]).stdout;
    let passage: String = text
        .chars()
        .skip(evidence["start"].as_u64().unwrap() as usize)
        .take((evidence["end"].as_u64().unwrap() - evidence["start"].as_u64().unwrap()) as usize)
        .collect();
    assert!(
        passage.ends_with("Aleksandr Fomin") && passage.contains("Deputy Defence Minister"),
        "{passage}"
    );
}

#[test]
fn pdf_needs_an_output_file() {
    let run = chancery(&["draft", &sample(), "--format", "pdf"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("PDF output needs a file"),
        "{}",
        run.stderr
    );
}

#[test]
fn wrong_calls_exit_1_with_a_message() {
    let run = chancery(&["draft", &sample(), "--date", "06/08/2025"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("YYYY-MM-DD"), "{}", run.stderr);
    let run = chancery(&["draft"]);
    assert_eq!(run.code, Some(1));
    let run = chancery(&["draft", &sample(), "-o", "out.xyz"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("out.xyz: cannot tell the format"),
        "{}",
        run.stderr
    );
}

#[test]
fn extract_prints_clean_text_or_json_with_provenance() {
    let text = chancery(&["extract", &sample(), "--format", "text"]);
    assert!(text.success);
    assert!(
        text.stdout
            .starts_with("Russia’s Deputy Defence Minister Aleksandr Fomin met"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("\n\n“During the talks"),
        "paragraphs are separated by blank lines"
    );
    assert!(!text.stdout.contains("Previous Story") && !text.stdout.contains("2 mins read"));

    let json = chancery(&["extract", &sample(), "--format", "json"]);
    let article: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        article["title"]["value"],
        "India, Russia Hold Strategic Talks"
    );
    assert_eq!(article["outlet"]["value"], "Asian Lite News");
    assert_eq!(article["outlet"]["found_in"], "attribution line");
    assert_eq!(article["published"]["value"], "2025-08-06");
    assert_eq!(article["published"]["found_in"], "dateline");
    for field in ["authors", "modified", "language", "url", "text"] {
        assert!(article.get(field).is_some(), "no '{field}'");
    }
}

#[test]
fn templates_lists_builtins_and_user_overrides() {
    let run = chancery(&["templates"]);
    assert!(run.success);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("briefing") && l.ends_with("built-in")),
        "{}",
        run.stdout
    );

    let dir = temp_dir();
    let mine = dir.path().join("briefing.md.hbs");
    std::fs::write(&mine, "# {{title}} for the minister\n").unwrap();
    let run = chancery(&["templates", "--templates-dir", dir.path().to_str().unwrap()]);
    assert!(
        run.stdout.contains(mine.to_str().unwrap()),
        "{}",
        run.stdout
    );
    let run = chancery(&[
        "draft",
        &sample(),
        "--date",
        DATE,
        "--templates-dir",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(
        run.stdout,
        "# India, Russia Hold Strategic Talks for the minister\n"
    );
}

#[test]
fn misspelt_template_field_names_template_and_line() {
    let dir = temp_dir();
    let template = dir.path().join("memo.md.hbs");
    std::fs::write(
        &template,
        "# {{title}}\n\n{{#each actors}}- {{nmae}}\n{{/each}}\n",
    )
    .unwrap();
    let run = chancery(&["draft", &sample(), "--template", template.to_str().unwrap()]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("template 'memo' line 3"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("nmae"), "{}", run.stderr);
}

#[test]
fn an_actors_file_corrects_the_table_and_a_bad_line_is_named() {
    let dir = temp_dir();
    let rules = dir.path().join("actors.txt");
    std::fs::write(
        &rules,
        "# our house names\nrename Aleksandr Fomin => Col. Gen. Aleksandr Fomin\n\
         role Ajit Doval => National Security Adviser\nremove United States\n",
    )
    .unwrap();
    let run = chancery(&[
        "draft",
        &sample(),
        "--date",
        DATE,
        "--actors",
        rules.to_str().unwrap(),
    ]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("| Col. Gen. Aleksandr Fomin | Deputy Defence Minister | Russia |"),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .contains("| Ajit Doval | National Security Adviser | India |"));
    assert!(!run.stdout.contains("| United States | State |"));

    std::fs::write(&rules, "rename Aleksandr Fomin\n").unwrap();
    let run = chancery(&["draft", &sample(), "--actors", rules.to_str().unwrap()]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("actors.txt line 1: 'rename' needs '=> new name'"),
        "{}",
        run.stderr
    );
}

/// A run killed mid-write (power cut, kill -9) leaves a temporary file beside the output;
/// the next run writing there clears it, and the output is whole.
#[test]
fn a_temporary_file_left_by_a_killed_run_is_cleared_by_the_next() {
    let dir = temp_dir();
    let out = dir.path().join("briefing.pdf");
    // Process ids above the kernel's maximum (2^22) never run: its writer is gone.
    let leftover = dir.path().join(".briefing.pdf.4999999.0.tmp");
    std::fs::write(&leftover, b"%PDF-1.7 half of a briefing").unwrap();
    draft_to(&out, &[&fixture("scrape-with-footer-junk.txt")], &[]);
    assert!(!leftover.exists());
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["briefing.pdf"]);
    assert_eq!(read_pdf(&out).0, 1);
}

/// `chancery add` builds a project the app opens: each article kept as it is read, an
/// unreadable one listed with its reason, a missing file a warning; a project saved as
/// JSON by an earlier version is not written over, and `--save-as` converts it.
#[test]
fn add_builds_a_project_file_and_converts_an_earlier_one() {
    let dir = temp_dir();
    let project = dir.path().join("talks.chancery");
    let project_arg = project.display().to_string();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let run = chancery(&[
        "add",
        "-p",
        &project_arg,
        &sample(),
        &empty.display().to_string(),
        "/no/such/file.txt",
    ]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout.contains("India, Russia Hold Strategic Talks"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("which cannot be used: "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("talks.chancery: 2 articles (1 usable)\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("/no/such/file.txt: cannot read"),
        "{}",
        run.stderr
    );
    let opened = chancery_storage::project_store::read_project_file(&project).unwrap();
    assert_eq!(opened.articles.len(), 2);
    // One file, as the user may copy it: no journal beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("talks"))
        .collect();
    assert_eq!(names, ["talks.chancery"]);

    let earlier = dir.path().join("earlier.chancery");
    std::fs::write(&earlier, serde_json::to_vec(&opened).unwrap()).unwrap();
    let before = std::fs::read(&earlier).unwrap();
    let earlier_arg = earlier.display().to_string();
    let run = chancery(&["add", "-p", &earlier_arg, &sample()]);
    assert!(!run.success);
    assert!(run.stderr.contains("earlier.chancery: not a Chancery project (it was saved as JSON by an earlier version; save it again"), "{}", run.stderr);
    assert_eq!(std::fs::read(&earlier).unwrap(), before);
    let converted = dir.path().join("converted.chancery");
    let run = chancery(&[
        "add",
        "-p",
        &earlier_arg,
        "--save-as",
        &converted.display().to_string(),
    ]);
    assert!(run.success, "{}", run.stderr);
    assert_eq!(std::fs::read(&earlier).unwrap(), before);
    let reopened = chancery_storage::project_store::read_project_file(&converted).unwrap();
    assert_eq!(reopened.articles.len(), 2);
}
