//! Any bytes named `.pdf`: ingest must return an article or an error, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // Panics inside pdf-extract are caught by ingest and reported as a damaged
        // page; only panics that escape ingest are crashes.
        chancery::ingest::quiet_caught_panics();
    },
    |bytes: &[u8]| {
    let file = chancery::InputFile::new("fuzz.pdf", bytes);
    let _ = chancery::ingest::ingest(&file);
});
