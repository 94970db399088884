//! Extraction throughput: saved web pages → cleaned articles, read from memory, on one
//! core (this binary runs single-threaded). Not a test: it prints figures.
//!
//! `cargo bench -p chancery --bench extraction -- DIR` where DIR holds `.html` files
//! (`scripts/bench-extraction.sh` unpacks the extraction benchmark into one and also
//! scores quality). Reported as pages/s and as a ratio to a calibration workload run
//! in the same process, since this machine is shared and noisy.

#![allow(
    clippy::disallowed_methods,
    reason = "a benchmark measures time and reads the pages it is pointed at"
)]

use std::time::{Duration, Instant};

use chancery::InputFile;

#[path = "shared/calibration.rs"]
mod calibration;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    // `cargo bench` passes `--bench`; the folder is the first other argument.
    let Some(dir) = std::env::args().skip(1).find(|a| !a.starts_with("--")) else {
        eprintln!("usage: cargo bench -p chancery --bench extraction -- DIR_OF_HTML_FILES");
        std::process::exit(2);
    };
    let mut pages: Vec<InputFile> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            InputFile::new(path.display().to_string(), bytes)
        })
        .collect();
    pages.sort_by(|a, b| a.name.cmp(&b.name));
    if pages.is_empty() {
        eprintln!("{dir}: no .html files");
        std::process::exit(2);
    }
    let megabytes: f64 = pages.iter().map(|p| p.bytes.len()).sum::<usize>() as f64 / 1e6;

    let baseline = calibration::calibration(7);
    let rounds = 5;
    let times: Vec<Duration> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for page in &pages {
                std::hint::black_box(chancery::ingest::ingest(page).ok());
            }
            start.elapsed()
        })
        .collect();
    let round = median(times);
    let per_second = pages.len() as f64 / round.as_secs_f64();
    println!(
        "calibration (sort 1M u64): {:.1} ms",
        baseline.as_secs_f64() * 1e3
    );
    println!(
        "{} pages ({megabytes:.1} MB), median of {rounds} rounds: {:.1} ms = {per_second:.0} pages/s, {:.1} MB/s, {:.2} × calib. per round",
        pages.len(),
        round.as_secs_f64() * 1e3,
        megabytes / round.as_secs_f64(),
        round.as_secs_f64() / baseline.as_secs_f64()
    );
}
