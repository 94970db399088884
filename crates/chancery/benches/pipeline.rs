//! Pipeline benchmark: prints figures, run with `cargo bench -p chancery --bench pipeline`.
//!
//! Times drafting a JSON context from 1, 10 and 100 distinct articles (variations of
//! the sample) and a warm one-page PDF render. The machine is shared and noisy, so
//! every figure is also given as a ratio to a fixed calibration workload (sorting
//! 1M pseudo-random integers) timed in the same run, and each is the median of many runs.

#![allow(clippy::disallowed_methods, reason = "a benchmark measures time")]

use std::hint::black_box;
use std::time::Duration;

#[path = "shared/calibration.rs"]
mod calibration;
use calibration::median;
use chancery::{BriefingOptions, Date, InputFile, Templates};

const SAMPLE: &str = include_str!("../../../examples/india-russia-strategic-talks.txt");

/// Distinct articles: other names, numbers and places, so no two are the same text.
fn articles(count: usize) -> Vec<InputFile> {
    let surnames = [
        "Fomin", "Petrov", "Sokolov", "Volkov", "Morozov", "Lebedev", "Kozlov",
    ];
    let envoys = [
        "Vinay Kumar",
        "Ravi Menon",
        "Anil Sharma",
        "Sunil Rao",
        "Arjun Nair",
    ];
    (0..count)
        .map(|i| {
            let text = SAMPLE
                .replace("Fomin", surnames[i % surnames.len()])
                .replace("Vinay Kumar", envoys[i % envoys.len()])
                .replace("S-400", &format!("S-{}", 400 + i))
                .replace("25 per cent", &format!("{} per cent", 10 + i))
                .replace(
                    "Hold Strategic Talks",
                    &format!("Hold Strategic Talks, Round {i}"),
                );
            InputFile::new(format!("article-{i}.txt"), text)
        })
        .collect()
}

fn main() {
    let options = BriefingOptions::new(Date::new(2025, 8, 6).expect("a valid date"));
    let baseline = calibration::calibration(15);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("calibration (sort 1M u64): {:8.2} ms", ms(baseline));
    println!(
        "{:<38} {:>9} {:>10}  target",
        "workload", "median", "× calib."
    );

    for count in [1, 10, 100] {
        let inputs = articles(count);
        let runs = if count == 100 { 21 } else { 51 };
        let time = median(runs, || {
            let briefing = chancery::brief(&inputs, &options).expect("the articles brief");
            black_box(serde_json::to_string(&briefing).expect("serialises"));
        });
        let target = if count == 100 { "≤ 100 ms" } else { "" };
        let label = format!("{count} article(s) → JSON context");
        println!(
            "{label:<38} {:>6.2} ms {:>10.3}  {target}",
            ms(time),
            ratio(time, baseline)
        );
    }

    let templates = Templates::builtin()
        .compile()
        .expect("built-in templates compile");
    let briefing = chancery::brief(&articles(1), &options).expect("the sample briefs");
    // Warm: fonts parsed and Typst's caches filled by a first render, as in the app.
    chancery::render::pdf::one_page(&briefing, &chancery::Draft::new(&templates, "briefing"))
        .expect("renders");
    let mut round = 0;
    let time = median(21, || {
        // New content every time, so Typst's memoisation cannot return the last result.
        round += 1;
        let mut changed = briefing.clone();
        changed.title = format!("{} ({round})", briefing.title);
        black_box(
            chancery::render::pdf::one_page(
                &changed,
                &chancery::Draft::new(&templates, "briefing"),
            )
            .expect("renders"),
        );
    });
    println!(
        "{:<38} {:>6.2} ms {:>10.3}  ≤ 50 ms",
        "one-page PDF, warm, new content",
        ms(time),
        ratio(time, baseline)
    );
}

fn ratio(time: Duration, baseline: Duration) -> f64 {
    time.as_secs_f64() / baseline.as_secs_f64()
}
