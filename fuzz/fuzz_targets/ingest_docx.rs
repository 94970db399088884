//! Any bytes named `.docx`: ingest must return an article or an error, never panic,
//! hang or exhaust memory (a ZIP bomb is refused by size).
//!
//! Each input is tried twice: as the file itself (the ZIP reader), and packed as the XML
//! parts of a document (split at NUL bytes: main part, styles, core properties, package
//! relationships), since mutated compressed bytes almost never pass the ZIP's checksum
//! and would leave the XML readers unexercised. Seed with the Word fixtures and with
//! their parts joined by NUL bytes (tests/README.md).
#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;

const PARTS: [&str; 4] = [
    "word/document.xml",
    "word/styles.xml",
    "docProps/core.xml",
    "_rels/.rels",
];

fn packed(bytes: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let document_rels = br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;
    zip.start_file("word/_rels/document.xml.rels", stored).unwrap();
    zip.write_all(document_rels).unwrap();
    for (name, content) in PARTS.iter().zip(bytes.splitn(PARTS.len(), |&b| b == 0)) {
        zip.start_file(*name, stored).unwrap();
        zip.write_all(content).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fuzz_target!(|bytes: &[u8]| {
    let _ = chancery::ingest::ingest(&chancery::InputFile::new("fuzz.docx", bytes));
    let _ = chancery::ingest::ingest(&chancery::InputFile::new("fuzz.docx", packed(bytes)));
});
