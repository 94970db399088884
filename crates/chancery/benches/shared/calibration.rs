//! The calibration workload every bench reports against: sorting a million pseudo-random
//! numbers, a fixed amount of CPU and memory work. This machine is shared and noisy, so
//! figures are given as ratios to it, measured in the same run. Included by path from
//! each bench (`#[path = …] mod calibration;`), also from `tests/benches/`.

use std::time::{Duration, Instant};

/// One run of the workload.
pub fn calibration_run() -> Duration {
    let start = Instant::now();
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
    start.elapsed()
}

/// The median of `runs` runs.
pub fn calibration(runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| calibration_run()).collect();
    times.sort();
    times[runs / 2]
}
