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
