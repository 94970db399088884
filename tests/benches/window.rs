//! Window benchmark: prints figures, run with `cargo bench -p chancery-tests --bench window`.
//!
//! Launches the release `chancery-app` under a private Xvfb display through WebKitWebDriver
//! and measures what a user waits for: launch to an interactive window, 100 articles
//! added to the preview showing them, resident memory with 500 articles loaded, how
//! long the page's event loop stalls while 500 files are read, and 2,000 mixed files
//! (articles, saved pages, random bytes, empty files, bogus Word documents) added at
//! once: the stall, the app's memory, every file listed, then the one-page PDF export.
//! Files come in through "Add files…", its dialog answered from a file (the page cannot
//! name paths; a drop goes through the same reading).
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

/// A page and its furniture around an article: what a saved web page looks like.
fn saved_page(title: &str, text: &str) -> String {
    let paragraphs: String = text
        .split("\n\n")
        .skip(1)
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>{title} | Example Times</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>{title}</h1>\
         {paragraphs}</article><aside>Most read: Markets rally</aside>\
         <footer>© Example Times. All rights reserved.</footer></body></html>"
    )
}

/// 2,000 files as a user's folder of downloads might hold them: seven in ten articles as
/// text, three in twenty saved pages, and one in twenty each of random bytes, empty
/// files and `.docx` files that are not Word documents. Returns the files and how many
/// of them are usable articles.
fn write_mixed(dir: &Path, count: usize) -> (Vec<PathBuf>, usize) {
    let texts = write_articles(dir, count, 1_000);
    let mut noise: u64 = 20_261_203;
    let mut files = Vec::with_capacity(count);
    let mut usable = 0;
    for (i, text_file) in texts.into_iter().enumerate() {
        let file = match i % 20 {
            0..=13 => {
                usable += 1;
                text_file
            }
            14..=16 => {
                usable += 1;
                let text = std::fs::read_to_string(&text_file).expect("the article");
                let title = text.lines().next().unwrap_or_default().to_owned();
                let page = text_file.with_extension("html");
                std::fs::write(&page, saved_page(&title, &text)).expect("a page");
                std::fs::remove_file(&text_file).expect("the text replaced");
                page
            }
            kind => {
                std::fs::remove_file(&text_file).expect("the text replaced");
                let bytes: Vec<u8> = match kind {
                    17 => (0..4_096)
                        .map(|_| {
                            noise = noise
                                .wrapping_mul(6_364_136_223_846_793_005)
                                .wrapping_add(1);
                            (noise >> 56) as u8
                        })
                        .collect(),
                    18 => Vec::new(),
                    _ => b"PK\x03\x04 this is not really a Word document".to_vec(),
                };
                let extension = if kind == 19 { "docx" } else { "txt" };
                let path = text_file.with_extension(extension);
                std::fs::write(&path, bytes).expect("a bad file");
                path
            }
        };
        files.push(file);
    }
    (files, usable)
}

/// "Add files…" with `files` picked; resolves once they are read and listed. With
/// `measure`, a 10 ms timer in the page records how late each tick runs meanwhile (how
/// long the window could not react to a key or a click): [ticks, 99th percentile, worst].
fn add_files(
    window: &driver::Session,
    data_dir: &Path,
    files: &[PathBuf],
    measure: bool,
) -> serde_json::Value {
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    driver::answer_next_dialog(data_dir, &paths);
    let script = if measure {
        "const lags = []; let last = performance.now();\
         const timer = setInterval(() => { const now = performance.now(); lags.push(now - last - 10); last = now; }, 10);\
         window.chancery.pickFiles().then(() => { clearInterval(timer); lags.sort((a, b) => a - b);\
           done([lags.length, lags[Math.floor(lags.length * 0.99)], lags[lags.length - 1]]); }, (e) => done(String(e)))"
    } else {
        "window.chancery.pickFiles().then(() => done(true), (e) => done(String(e)))"
    };
    window.script_async(script, json!([]))
}

/// Every article listed: the list shows a hundred at a time, so "Show more" until it
/// shows them all. Returns [items listed, items with the reason they cannot be used].
fn list_everything(window: &driver::Session) -> serde_json::Value {
    window.script(
        "const more = document.getElementById('show-more');\
         while (!document.getElementById('article-more').hidden) more.click();\
         const items = [...document.querySelectorAll('#article-list li')];\
         return [items.length, items.filter((li) => li.querySelector('.error')?.textContent).length];",
    )
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
    let app_data = data.path().join("app-data");
    let driver = driver::Driver::start(&display, &app_data);

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
    let added = add_files(&window, &app_data, &first_hundred, false);
    assert_eq!(added, json!(true));
    driver::wait_until(
        "100 sources in the preview",
        Duration::from_secs(120),
        // The one-page preview lists the first sources only; its same-story line counts them.
        || {
            window
                .preview_contains("copies of one story count once")
                .then_some(())
        },
    );
    let drop_to_preview = start.elapsed();
    println!(
        "100 articles added → preview:             {:8.1} ms  {:6.1} × calib.",
        ms(drop_to_preview),
        ratio(drop_to_preview)
    );

    let added = add_files(&window, &app_data, &four_hundred_more, false);
    assert_eq!(added, json!(true));
    assert_eq!(list_everything(&window)[0], json!(500));
    let (own, with_webkit) = resident_kb(&app);
    println!(
        "resident memory, 500 articles loaded:     {:8.1} MB app, {:.1} MB with WebKit processes",
        own as f64 / 1024.0,
        with_webkit as f64 / 1024.0
    );
    drop(window);

    // 500 files at once into an empty window: a 10 ms timer in the page records how late
    // each tick runs, i.e. how long the window could not react to a key or a click.
    let app_data_500 = data.path().join("app-data-500");
    let fresh = driver::Driver::start(&display, &app_data_500);
    let window = fresh.open_app(&app);
    let all: Vec<PathBuf> = first_hundred.into_iter().chain(four_hundred_more).collect();
    let start = Instant::now();
    let stalls = add_files(&window, &app_data_500, &all, true);
    let drop_500 = start.elapsed();
    let figure = |i: usize| stalls[i].as_f64().unwrap_or(f64::NAN);
    println!(
        "500 articles added and listed:            {:8.1} ms  {:6.1} × calib.",
        ms(drop_500),
        ratio(drop_500)
    );
    println!(
        "  page event loop during it: {} ticks, 99th percentile late by {:.1} ms, worst {:.1} ms",
        figure(0),
        figure(1),
        figure(2)
    );
    drop(window);

    // 2,000 mixed files at once into an empty window.
    let mixed_dir = data.path().join("mixed");
    std::fs::create_dir_all(&mixed_dir).expect("a folder for the mix");
    let (mixed, usable) = write_mixed(&mixed_dir, 2_000);
    let app_data_2000 = data.path().join("app-data-2000");
    let fresh = driver::Driver::start(&display, &app_data_2000);
    let window = fresh.open_app(&app);
    let start = Instant::now();
    let stalls = add_files(&window, &app_data_2000, &mixed, true);
    let drop_2000 = start.elapsed();
    let figure = |i: usize| stalls[i].as_f64().unwrap_or(f64::NAN);
    let listed = list_everything(&window);
    let (own, with_webkit) = resident_kb(&app);
    println!(
        "2,000 mixed files added and listed:       {:8.1} ms  {:6.1} × calib.",
        ms(drop_2000),
        ratio(drop_2000)
    );
    println!(
        "  page event loop during it: {} ticks, 99th percentile late by {:.1} ms, worst {:.1} ms",
        figure(0),
        figure(1),
        figure(2)
    );
    println!(
        "  listed {} of {} files, {} with their reason ({} bad files written)",
        listed[0],
        mixed.len(),
        listed[1],
        mixed.len() - usable
    );
    println!(
        "  resident memory: {:.1} MB app, {:.1} MB with WebKit processes",
        own as f64 / 1024.0,
        with_webkit as f64 / 1024.0
    );
    let pdf = data.path().join("briefing-2000.pdf");
    driver::answer_next_dialog(&app_data_2000, &[&pdf]);
    let start = Instant::now();
    let exported = window.script_async(
        "window.__TAURI__.core.invoke('export', { format: 'pdf' }).then((r) => done(r.path), (e) => done(String(e)))",
        json!([]),
    );
    let export_2000 = start.elapsed();
    assert_eq!(exported, json!(pdf.display().to_string()));
    println!(
        "2,000 articles → one-page PDF export:     {:8.1} ms  {:6.1} × calib.",
        ms(export_2000),
        ratio(export_2000)
    );
}
