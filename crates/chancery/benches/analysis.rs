//! Analysis benchmark: prints figures, run with `cargo bench -p chancery --bench analysis`.
//!
//! On one core: entity finding in MB/s of article text and entities/s; whole briefings
//! (clean, analyse, JSON) from 100, 300 and 1,000 distinct articles, to see the growth
//! is linear; and the peak memory the 1,000-article briefing adds. Every time is also a
//! ratio to a calibration workload timed in the same run (the machine is shared).
//!
//! `cargo bench -p chancery --bench analysis -- --real PATH/ground-truth.json` measures
//! the same on real news instead: the extraction benchmark's true article texts,
//! repeated to 1,000 articles.

#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "a benchmark measures time and reads its own memory use"
)]

use std::hint::black_box;
use std::time::Duration;

#[path = "shared/calibration.rs"]
mod calibration;
use calibration::median;
use chancery::{BriefingOptions, Date, InputFile};

/// Articles of several shapes: a scrape, a wire report, a statement, an interview, a
/// summit and three reports of one event.
const BASES: [&str; 8] = [
    include_str!("../../../examples/india-russia-strategic-talks.txt"),
    include_str!("../../../tests/fixtures/shapes/wire-report-american.txt"),
    include_str!("../../../tests/fixtures/shapes/ministry-statement-british.txt"),
    include_str!("../../../tests/fixtures/shapes/interview.txt"),
    include_str!("../../../tests/fixtures/shapes/summit-particles.txt"),
    include_str!("../../../tests/fixtures/shapes/maritime-deal-1.txt"),
    include_str!("../../../tests/fixtures/shapes/maritime-deal-2.txt"),
    include_str!("../../../tests/fixtures/shapes/maritime-deal-3.txt"),
];

const GIVEN: [&str; 8] = [
    "Anna", "Pavel", "Leila", "Tomas", "Hiro", "Amara", "Ivan", "Sofia",
];
const FAMILY: [&str; 8] = [
    "Novak",
    "Haddad",
    "Okafor",
    "Lindqvist",
    "Tanaka",
    "Moreau",
    "Petrov",
    "Castillo",
];

/// `count` distinct articles: each base with its people renamed and numbers changed, so
/// no two texts are the same and the actor table keeps growing.
fn articles(count: usize) -> Vec<InputFile> {
    let people = [
        "Aleksandr Fomin",
        "Vinay Kumar",
        "Mark Holloway",
        "Ramon Dizon",
        "Helen Ashcombe",
        "Joseph Mwangi",
        "Ingrid Solberg",
        "Klaus Wendt",
        "Dewi Kartika",
        "Tran Van Long",
    ];
    (0..count)
        .map(|i| {
            let mut text = BASES[i % BASES.len()].to_owned();
            for (k, person) in people.iter().enumerate() {
                let given = GIVEN[(i + k) % GIVEN.len()];
                let family = FAMILY[(i / BASES.len() + k) % FAMILY.len()];
                let surname = person.rsplit(' ').next().unwrap_or(person);
                text = text
                    .replace(person, &format!("{given} {family}{}", i / 64))
                    .replace(surname, &format!("{family}{}", i / 64));
            }
            let text = text
                .replace("S-400", &format!("S-{}", 400 + i))
                .replace("25 per cent", &format!("{} per cent", 10 + i % 80));
            InputFile::new(format!("article-{i}.txt"), text)
        })
        .collect()
}

/// Peak resident memory of this process so far, in MB (Linux), after `reset_peak`.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn resident_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Resets the peak to the current use (Linux: writing 5 to clear_refs).
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// The true text of real news pages (the extraction benchmark's `ground-truth.json`:
/// `{"<id>": {"articleBody": "…"}, …}`), in id order, repeated to `count` articles.
fn real_articles(path: &str, count: usize) -> Vec<InputFile> {
    let json = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let pages: std::collections::BTreeMap<String, serde_json::Value> =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
    let bodies: Vec<&str> = pages
        .values()
        .filter_map(|page| page["articleBody"].as_str())
        .filter(|body| !body.trim().is_empty())
        .collect();
    assert!(!bodies.is_empty(), "{path}: no articleBody");
    (0..count)
        .map(|i| InputFile::new(format!("real-{i}.txt"), bodies[i % bodies.len()].to_owned()))
        .collect()
}

/// Entities alone and analysis alone over 1,000 cleaned articles, then whole briefings of
/// 100, 300 and 1,000 articles with their growth; `articles(n)` makes the inputs.
fn bench_articles(
    label: &str,
    articles: impl Fn(usize) -> Vec<InputFile>,
    options: &BriefingOptions,
    baseline: Duration,
) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let ratio = |d: Duration| d.as_secs_f64() / baseline.as_secs_f64();
    let inputs = articles(1000);
    let ingested: Vec<_> = inputs
        .iter()
        .map(|input| chancery::ingest::ingest(input).expect("the article reads"))
        .collect();
    let bytes: usize = ingested.iter().map(|a| a.value.text.len()).sum();
    let mut mentions = 0;
    let time = median(5, || {
        mentions = ingested
            .iter()
            .map(|a| black_box(chancery::entities(&a.value.text)).len())
            .sum();
    });
    println!(
        "{label}entities, 1,000 articles ({:.2} MB, {mentions} mentions): {:.1} ms, {:.2} MB/s, {:.0} entities/s, {:.2} × calib.  target ≥ 5 MB/s",
        bytes as f64 / 1e6,
        ms(time),
        bytes as f64 / 1e6 / time.as_secs_f64(),
        mentions as f64 / time.as_secs_f64(),
        ratio(time)
    );
    let time = median(5, || {
        let articles = ingested.iter().cloned().map(Ok).collect();
        let briefing = chancery::brief_read(articles, options).expect("the articles brief");
        black_box(serde_json::to_string(&briefing).expect("serialises"));
    });
    println!(
        "{label}analysis only, 1,000 cleaned articles → JSON: {:.1} ms, {:.2} MB/s of text, {:.2} × calib.  target ≥ 5 MB/s",
        ms(time),
        bytes as f64 / 1e6 / time.as_secs_f64(),
        ratio(time)
    );
    // Whole briefings: ingest, analyse, JSON.
    let mut per_article = Vec::new();
    for count in [100, 300, 1000] {
        let inputs = articles(count);
        let text_bytes: usize = inputs.iter().map(|i| i.bytes.len()).sum();
        let time = median(if count == 1000 { 5 } else { 9 }, || {
            let briefing = chancery::brief(&inputs, options).expect("the articles brief");
            black_box(serde_json::to_string(&briefing).expect("serialises"));
        });
        per_article.push(time.as_secs_f64() / count as f64);
        println!(
            "{label}{count:>5} articles → JSON context: {:8.1} ms, {:.2} MB/s, {:.3} ms/article, {:.2} × calib.{}",
            ms(time),
            text_bytes as f64 / 1e6 / time.as_secs_f64(),
            ms(time) / count as f64,
            ratio(time),
            if count == 1000 { "  target ≤ 1 s" } else { "" }
        );
    }
    println!(
        "{label}growth: time per article at 1,000 ÷ at 100 = {:.2} (1.00 is linear)",
        per_article[2] / per_article[0]
    );
}

fn main() {
    let options = BriefingOptions::new(Date::new(2025, 8, 6).expect("a valid date"));
    let baseline = calibration::calibration(15);
    println!(
        "calibration (sort 1M u64): {:8.2} ms",
        baseline.as_secs_f64() * 1000.0
    );

    // `-- --real PATH/ground-truth.json`: real news text, which the synthetic shapes
    // below flatter (fewer names, shorter sentences).
    let args: Vec<String> = std::env::args().collect();
    if let Some(path) = args
        .iter()
        .position(|a| a == "--real")
        .and_then(|i| args.get(i + 1))
    {
        bench_articles(
            "real text: ",
            |n| real_articles(path, n),
            &options,
            baseline,
        );
        return;
    }

    // Memory first, while the allocator has nothing cached from other runs.
    let inputs = articles(1000);
    let before = resident_mb();
    if reset_peak() {
        let briefing = chancery::brief(&inputs, &options).expect("the articles brief");
        black_box(serde_json::to_string(&briefing).expect("serialises"));
        if let (Some(before), Some(peak)) = (before, peak_mb()) {
            println!(
                "memory: 1,000 articles → JSON adds {:.1} MB at peak ({before:.1} MB resident before)",
                peak - before
            );
        }
    } else {
        println!("memory: peak not measurable here (/proc/self/clear_refs)");
    }
    bench_articles("", articles, &options, baseline);
}
