//! Window benchmark: prints figures, run with `cargo bench -p chancery-tests --bench window`.
//!
//! Launches the release `chancery-app` under a private Xvfb display through WebKitWebDriver
//! and measures what a user waits for: launch to an interactive window, a drop of 100
//! articles to the preview showing them, resident memory with 500 articles loaded, and
//! how long the page's event loop stalls while 500 files dropped at once are read.
//! Times are also given as a ratio to a calibration workload (sorting 1M integers) timed
//! in the same run, since this machine is shared and noisy.

#[path = "../e2e/driver.rs"]
#[allow(dead_code, reason = "shared with the tests, which use more of it")]
mod driver;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[path = "../../crates/chancery/benches/shared/calibration.rs"]
mod calibration;
use serde_json::json;

const SAMPLE: &str = include_str!("../../examples/india-russia-strategic-talks.txt");

/// Distinct articles: other names, numbers and titles.
fn write_articles(dir: &Path, count: usize, offset: usize) -> Vec<PathBuf> {
    let surnames = [
        "Fomin", "Petrov", "Sokolov", "Volkov", "Morozov", "Lebedev", "Kozlov",
    ];
    (offset..offset + count)
        .map(|i| {
            let text = SAMPLE
                .replace("Fomin", surnames[i % surnames.len()])
                .replace("S-400", &format!("S-{}", 400 + i))
                .replace(
                    "Hold Strategic Talks",
                    &format!("Hold Strategic Talks, Round {i}"),
                );
            let path = dir.join(format!("article-{i:03}.txt"));
            std::fs::write(&path, text).expect("a temporary article");
            path
        })
        .collect()
}

/// Resident memory (kB) of the app process, and of it with its WebKit helper processes.
fn resident_kb(app: &Path) -> (u64, u64) {
    let status = |pid: &str, field: &str| -> Option<u64> {
        let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        let line = text.lines().find(|l| l.starts_with(field))?;
        line.split_whitespace().nth(1)?.parse().ok()
    };
    let pids: Vec<String> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let app_pid = pids
        .iter()
        .find(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == app))
        .expect("the app is running")
        .clone();
    let own = status(&app_pid, "VmRSS:").unwrap_or(0);
    let app_ppid: u64 = app_pid.parse().unwrap_or(0);
    let helpers: u64 = pids
        .iter()
        .filter(|pid| status(pid, "PPid:") == Some(app_ppid))
        .filter_map(|pid| status(pid, "VmRSS:"))
        .sum();
    (own, own + helpers)
}

fn main() {
    let app = escargot::CargoBuild::new()
        .package("chancery-app")
        .bin("chancery-app")
        .release()
        .manifest_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml"))
        .run()
        .expect("the release app builds")
        .path()
        .to_owned();
    let data = tempfile::tempdir().expect("a temporary folder");
    let articles = data.path().join("articles");
    std::fs::create_dir_all(&articles).expect("a folder for articles");
    let first_hundred = write_articles(&articles, 100, 0);
    let four_hundred_more = write_articles(&articles, 400, 100);

    let baseline = calibration::calibration(9);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let ratio = |d: Duration| d.as_secs_f64() / baseline.as_secs_f64();
    println!("calibration (sort 1M u64): {:8.1} ms", ms(baseline));

    let (_display, display) = driver::start_display();
    let driver = driver::Driver::start(&display, &data.path().join("app-data"));

    let mut launches: Vec<Duration> = (0..3)
        .map(|_| {
            let start = Instant::now();
            let window = driver.open_app(&app);
            let elapsed = start.elapsed();
            drop(window);
            elapsed
        })
        .collect();
    launches.sort();
    let launch = launches[1];
    println!(
        "launch → interactive window (median of 3): {:8.1} ms  {:6.1} × calib.",
        ms(launch),
        ratio(launch)
    );

    let window = driver.open_app(&app);
    let start = Instant::now();
    let added = window.script_async(
        "window.chancery.addPaths(arguments[0]).then(() => done(true), (e) => done(String(e)))",
        json!([first_hundred]),
    );
    assert_eq!(added, json!(true));
    driver::wait_until(
        "100 sources in the preview",
        Duration::from_secs(120),
        || window.preview_contains("Round 99").then_some(()),
    );
    let drop_to_preview = start.elapsed();
    println!(
        "drop of 100 articles → preview:           {:8.1} ms  {:6.1} × calib.",
        ms(drop_to_preview),
        ratio(drop_to_preview)
    );

    let added = window.script_async(
        "window.chancery.addPaths(arguments[0]).then(() => done(true), (e) => done(String(e)))",
        json!([four_hundred_more]),
    );
    assert_eq!(added, json!(true));
    let listed = window.script("return document.querySelectorAll('#article-list li').length");
    assert_eq!(listed, json!(500));
    let (own, with_webkit) = resident_kb(&app);
    println!(
        "resident memory, 500 articles loaded:     {:8.1} MB app, {:.1} MB with WebKit processes",
        own as f64 / 1024.0,
        with_webkit as f64 / 1024.0
    );
    drop(window);

    // 500 files at once into an empty window: a 10 ms timer in the page records how late
    // each tick runs, i.e. how long the window could not react to a key or a click.
    let fresh = driver::Driver::start(&display, &data.path().join("app-data-500"));
    let window = fresh.open_app(&app);
    let all: Vec<PathBuf> = first_hundred.into_iter().chain(four_hundred_more).collect();
    let start = Instant::now();
    let stalls = window.script_async(
        "const lags = []; let last = performance.now();\
         const timer = setInterval(() => { const now = performance.now(); lags.push(now - last - 10); last = now; }, 10);\
         window.chancery.addPaths(arguments[0]).then(() => { clearInterval(timer); lags.sort((a, b) => a - b);\
           done([lags.length, lags[Math.floor(lags.length * 0.99)], lags[lags.length - 1]]); }, (e) => done(String(e)))",
        json!([all]),
    );
    let drop_500 = start.elapsed();
    let figure = |i: usize| stalls[i].as_f64().unwrap_or(f64::NAN);
    println!(
        "drop of 500 articles → preview:           {:8.1} ms  {:6.1} × calib.",
        ms(drop_500),
        ratio(drop_500)
    );
    println!(
        "  page event loop during it: {} ticks, 99th percentile late by {:.1} ms, worst {:.1} ms",
        figure(0),
        figure(1),
        figure(2)
    );
}
