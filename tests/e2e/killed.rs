//! Killed mid-write (kill -9, a crash, the power), the command never leaves an export
//! empty or half written: the file is the previous briefing or the complete new one.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::{fixture, temp_dir, workspace_binary, DATE};

/// Kills: enough to land in every phase of a run (reading, analysis, layout, writing,
/// flushing, renaming) many times over.
const KILLS: usize = 200;

/// A small seeded generator: the same kill moments on every run of the test.
struct Moments(u64);

impl Moments {
    /// A moment between 0 and `max` microseconds.
    fn next(&mut self, max: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % max
    }
}

fn draft(input: &Path, out: &Path) -> Command {
    let mut command = Command::new(workspace_binary("chancery"));
    command
        .args(["draft", "--date", DATE, "-o"])
        .arg(out)
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

#[test]
fn an_export_killed_at_any_moment_is_the_old_file_or_the_whole_new_one() {
    let dir = temp_dir();
    let out = dir.path().join("briefing.pdf");
    // Two stories, so every run replaces one complete PDF with another.
    let inputs = [
        fixture("scrape-with-footer-junk.txt"),
        fixture("news/lunar-lander-contracts.txt"),
    ];
    // Each story's PDF, as a run that is not killed writes it (the same bytes each time).
    let mut complete = Vec::new();
    for input in &inputs {
        assert!(draft(input, &out).status().unwrap().success());
        complete.push(std::fs::read(&out).unwrap());
    }
    assert!(complete[0] != complete[1]);
    // How long a whole run takes here, to spread the kills over it.
    let started = std::time::Instant::now();
    assert!(draft(&inputs[0], &out).status().unwrap().success());
    let run = started.elapsed().as_micros() as u64 + 1;

    let mut moments = Moments(20_261_203);
    let mut current = 0;
    let mut replaced = 0;
    for kill in 0..KILLS {
        let next = 1 - current;
        let mut child = draft(&inputs[next], &out).spawn().unwrap();
        std::thread::sleep(Duration::from_micros(moments.next(run * 2)));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = std::fs::read(&out).expect("the export is still there");
        if now == complete[next] {
            current = next;
            replaced += 1;
        } else {
            assert!(
                now == complete[current],
                "kill {kill}: the export is neither the previous briefing nor the new one ({} bytes)",
                now.len()
            );
        }
    }
    eprintln!("KILLSTAT {replaced} of {KILLS} runs finished before their kill");
    // Some kills came before the rename and some after: both sides were tried.
    assert!(
        replaced > 0 && replaced < KILLS,
        "{replaced} of {KILLS} runs finished"
    );
    // A run that finishes clears what the killed ones left beside the file.
    assert!(draft(&inputs[0], &out).status().unwrap().success());
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["briefing.pdf"]);
}

fn add(project: &Path, files: &[&Path], save_as: Option<&Path>) -> Command {
    let mut command = Command::new(workspace_binary("chancery"));
    command.arg("add").arg("-p").arg(project).args(files);
    if let Some(out) = save_as {
        command.arg("--save-as").arg(out);
    }
    command.stdout(Stdio::null()).stderr(Stdio::null());
    command
}

/// The titles a project holds, as the app finds them when it opens the file again
/// (the store opened for writing, so a journal left by the kill is recovered).
fn titles_in_store(project: &Path) -> Vec<String> {
    let (_, opened) = chancery_storage::project_store::ProjectStore::open(project)
        .unwrap_or_else(|e| panic!("the project opens after a kill: {e}"));
    opened.summaries().into_iter().map(|s| s.title).collect()
}

/// The same for a saved project file, opened read-only as "Open project…" does.
fn titles_in_file(project: &Path) -> Vec<String> {
    let opened = chancery_storage::project_store::read_project_file(project)
        .unwrap_or_else(|e| panic!("the saved project opens after a kill: {e}"));
    opened.summaries().into_iter().map(|s| s.title).collect()
}

/// Killed while adding an article (one transaction in the project store, as each of the
/// app's actions is) or while saving the project whole as a new file (the app's "Save
/// project…"): the project holds the state before the action or after it, never
/// something between, and the saved file is the previous one or the complete new one.
#[test]
fn a_project_killed_at_any_moment_holds_the_state_before_or_after_the_action() {
    let dir = temp_dir();
    let work = dir.path().join("work.chancery");
    let saved = dir.path().join("saved.chancery");
    let articles = [
        fixture("scrape-with-footer-junk.txt"),
        fixture("news/lunar-lander-contracts.txt"),
        fixture("same-story-other-outlet.txt"),
    ];
    let article_titles: Vec<String> = articles
        .iter()
        .map(|a| {
            let file = chancery::InputFile::new(a.display().to_string(), std::fs::read(a).unwrap());
            chancery::ingest::ingest(&file)
                .unwrap()
                .value
                .display_title()
                .to_owned()
        })
        .collect();
    // How long each kind of run takes here, to spread the kills over it.
    let timed = |mut command: Command| {
        let started = std::time::Instant::now();
        assert!(command.status().unwrap().success());
        started.elapsed().as_micros() as u64 + 1
    };
    let adding = timed(add(&work, &[&articles[0]], None));
    let saving = timed(add(&work, &[], Some(&saved)));
    let mut expected = vec![article_titles[0].clone()];
    let mut saved_titles = expected.clone();
    assert_eq!(titles_in_store(&work), expected);
    assert_eq!(titles_in_file(&saved), saved_titles);

    let mut moments = Moments(20_261_204);
    let (mut added, mut saves) = (0, 0);
    for kill in 0..KILLS {
        if kill % 2 == 0 {
            let next = &article_titles[kill / 2 % articles.len()];
            let file = &articles[kill / 2 % articles.len()];
            let mut child = add(&work, &[file], None).spawn().unwrap();
            std::thread::sleep(Duration::from_micros(moments.next(adding * 2)));
            let _ = child.kill(); // SIGKILL
            let _ = child.wait();
            let now = titles_in_store(&work);
            let mut after = expected.clone();
            after.push(next.clone());
            if now == after {
                expected = after;
                added += 1;
            } else {
                assert_eq!(
                    now, expected,
                    "kill {kill}: neither before nor after the add"
                );
            }
        } else {
            let mut child = add(&work, &[], Some(&saved)).spawn().unwrap();
            std::thread::sleep(Duration::from_micros(moments.next(saving * 2)));
            let _ = child.kill();
            let _ = child.wait();
            let now = titles_in_file(&saved);
            if now == expected && now != saved_titles {
                saved_titles = now;
                saves += 1;
            } else {
                assert_eq!(
                    now, saved_titles,
                    "kill {kill}: neither the old save nor the new"
                );
            }
        }
    }
    eprintln!("KILLSTAT project: {added} adds and {saves} saves of {KILLS} runs finished before their kill");
    assert!(added > 0 && added < KILLS / 2, "{added} adds finished");
    assert!(saves > 0, "no save finished");
    // The next runs that finish leave the project files and nothing else.
    assert!(add(&work, &[&articles[0]], None)
        .status()
        .unwrap()
        .success());
    assert!(add(&work, &[], Some(&saved)).status().unwrap().success());
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["saved.chancery", "work.chancery"]);
}
