//! Any bytes named `.mhtml`: ingest must return an article or an error, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let file = chancery::InputFile::new("fuzz.mhtml", bytes);
    let _ = chancery::ingest::ingest(&file);
});
