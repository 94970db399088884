//! The calibration workload every bench reports against: sorting a million pseudo-random
//! numbers, a fixed amount of CPU and memory work. This machine is shared and noisy, so
//! figures are given as ratios to it, measured in the same run. Included by path from
//! each bench (`#[path = …] mod calibration;`), also from `tests/benches/`.

#![allow(
    dead_code,
    reason = "each bench includes this file and uses what it needs"
)]

use std::time::{Duration, Instant};

/// The workload: sort a million pseudo-random numbers.
fn calibration_work() {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut numbers: Vec<u64> = (0..1_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        })
        .collect();
    numbers.sort_unstable();
    std::hint::black_box(numbers);
}

/// The calibration workload's median time over `runs` runs.
pub fn calibration(runs: usize) -> Duration {
    median(runs, calibration_work)
}

/// Median wall time of `runs` calls of `work`: the figure every bench reports.
pub fn median(runs: usize, mut work: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}
