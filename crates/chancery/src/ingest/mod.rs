//! Ingest: the bytes of one file → a cleaned [`Article`].
//!
//! Decodes the text (`decode`), pulls the story out of its container (plain text and
//! Markdown in `scrape`, web pages in `html`) and drops site boilerplate, keeping
//! title, outlet, byline and dates with where each was found. Never panics on bad
//! bytes: a file that cannot be read is an [`Error::Ingest`] naming it.

mod decode;
mod density;
mod docx;
mod html;
pub mod link;
mod mhtml;
mod pdf;
mod pdf_layout;
mod prune;
mod scrape;

use std::time::Duration;

use crate::{Article, Error, Warned, Warning, WarningKind};

pub use pdf::quiet_caught_panics;

/// Larger files are refused: no news article is this long, and parsing one would
/// stall the whole batch.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// One file handed to the core: its name (for messages and the extension) and bytes.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl InputFile {
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Self {
            name: name.into(),
            bytes: bytes.into(),
        }
    }
}

/// Said whenever a file's type is not one of these.
const READS: &str = "Chancery reads .txt, .md, .html, .htm, .mhtml, .pdf and .docx";

/// The kinds of file Chancery reads, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    /// A page saved by a browser as one file: MIME, the HTML and its images.
    Mhtml,
    Pdf,
    /// A Word document (Office Open XML).
    Docx,
}

impl Format {
    fn of(name: &str) -> Result<Self, String> {
        let extension = name
            .rsplit_once('.')
            .map(|(stem, ext)| (stem, ext.to_ascii_lowercase()))
            .filter(|(stem, _)| !stem.is_empty() && !stem.ends_with(['/', '\\']));
        match extension.as_ref().map(|(_, ext)| ext.as_str()) {
            Some("txt" | "text") => Ok(Self::Text),
            Some("md" | "markdown") => Ok(Self::Markdown),
            Some("html" | "htm" | "xhtml") => Ok(Self::Html),
            Some("mhtml" | "mht") => Ok(Self::Mhtml),
            Some("pdf") => Ok(Self::Pdf),
            Some("docx") => Ok(Self::Docx),
            Some("doc") => Err(format!(
                "unsupported file type '.doc' (the Word 97–2003 format); save it as .docx ({READS})"
            )),
            Some("url" | "webloc") => Err(
                "this is a link to a web page, not an article; Chancery fetches it only when asked (`--fetch` on the command line)".into(),
            ),
            Some(other) => Err(format!("unsupported file type '.{other}' ({READS})")),
            None => Err(format!("no file extension ({READS})")),
        }
    }
}

/// How long reading one file may take before it is skipped. Real articles take
/// milliseconds; only a malformed file that sends a parser into a pathological case
/// gets near this.
pub const FILE_TIME_BUDGET: Duration = Duration::from_secs(30);

/// Stack for the worker that reads a file: parsers recurse on nested input, and a deep
/// but finite nesting should finish rather than abort the process.
const WORKER_STACK_BYTES: usize = 64 * 1024 * 1024;

/// [`ingest`] on a worker thread, giving up after `budget`: a file that hangs a parser
/// is skipped with a message and the other files go on. (The worker cannot be stopped;
/// it finishes or ends with the process, and its result is dropped.)
pub fn ingest_within(file: InputFile, budget: Duration) -> Result<Warned<Article>, Error> {
    let name = file.name.clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    let worker = std::thread::Builder::new()
        .name(format!("ingest {name}"))
        .stack_size(WORKER_STACK_BYTES)
        .spawn(move || {
            // The receiver may have given up already; then nobody wants the result.
            let _ = sender.send(ingest(&file));
        });
    if worker.is_err() {
        return Err(Error::ingest(
            &name,
            "could not start reading it (out of resources?)",
        ));
    }
    match receiver.recv_timeout(budget) {
        Ok(result) => result,
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(Error::ingest(
            &name,
            format!(
                "reading it took longer than {} s (the file may be malformed)",
                budget.as_secs_f64()
            ),
        )),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(Error::ingest(
            &name,
            "it could not be read (the reader failed)",
        )),
    }
}

/// Reads one file into a cleaned article.
pub fn ingest(file: &InputFile) -> Result<Warned<Article>, Error> {
    let name = file.name.as_str();
    let format = Format::of(name).map_err(|reason| Error::ingest(name, reason))?;
    if file.bytes.is_empty() {
        return Err(Error::ingest(name, "the file is empty"));
    }
    if file.bytes.len() > MAX_FILE_BYTES {
        return Err(Error::ingest(
            name,
            format!(
                "the file is {} MB, over the {} MB limit for one article",
                file.bytes.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let (article, warnings) = match format {
        Format::Pdf => {
            let pdf = pdf::text_of(&file.bytes).map_err(|reason| Error::ingest(name, reason))?;
            let mut article = scrape::from_text(name, &pdf.text);
            if let Some(title) = pdf.title.filter(|_| article.title.is_none()) {
                article.title = Some(crate::Field::new(title, "PDF document info"));
            }
            let warnings = pdf
                .problems
                .into_iter()
                .map(|problem| Warning::about(name, problem))
                .collect();
            (article, warnings)
        }
        Format::Docx => {
            docx::article(name, &file.bytes).map_err(|reason| Error::ingest(name, reason))?
        }
        Format::Mhtml => {
            let page = mhtml::page(&file.bytes).map_err(|reason| Error::ingest(name, reason))?;
            let (mut article, conflicts) =
                html::from_html(name, &page.html).map_err(|reason| Error::ingest(name, reason))?;
            if article.url.is_none() {
                article.url = page
                    .location
                    .map(|url| crate::Field::new(url, "MHTML header"));
            }
            let warnings = conflicts
                .into_iter()
                .map(|conflict| Warning::about(name, conflict))
                .collect();
            (article, warnings)
        }
        Format::Text | Format::Markdown | Format::Html => {
            if decode::looks_binary(&file.bytes) {
                return Err(Error::ingest(
                    name,
                    "this looks like a binary file, not an article's text",
                ));
            }
            let text = decode::decode(&file.bytes, format == Format::Html);
            let mut warnings = Vec::new();
            if text.replaced_invalid {
                warnings.push(Warning::about(
                    name,
                    format!(
                        "some bytes were not valid {}; they were replaced",
                        text.encoding
                    ),
                ));
            }
            let article = match format {
                Format::Markdown => scrape::from_markdown(name, &text.text),
                Format::Html => {
                    let (article, conflicts) = html::from_html(name, &text.text)
                        .map_err(|reason| Error::ingest(name, reason))?;
                    warnings.extend(conflicts.into_iter().map(|c| Warning::about(name, c)));
                    article
                }
                _ => scrape::from_text(name, &text.text),
            };
            (article, warnings)
        }
    };
    finish(name, article, warnings)
}

/// Characters that change how text around them is shown without being shown: bidi
/// embeddings, overrides and isolates (which can make "gpj.exe" read "exe.jpg"), and
/// zero-width spaces, word joiners and byte-order marks (which split a word or a
/// `javascript:` so filters miss it). They carry nothing a reader of news needs; right-
/// to-left scripts are laid out by the bidi algorithm without them. Joiners (U+200C,
/// U+200D) stay: Persian, Indic scripts and emoji need them.
fn is_hidden_control(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn without_hidden_controls(text: &mut String) {
    if text.contains(is_hidden_control) {
        text.retain(|c| !is_hidden_control(c));
    }
}

/// Every field of the article, shown as its characters say, not as hidden controls
/// would disguise it.
fn show_plainly(article: &mut Article) {
    without_hidden_controls(&mut article.text);
    let fields = [
        &mut article.title,
        &mut article.outlet,
        &mut article.language,
        &mut article.url,
    ];
    for field in fields.into_iter().flatten() {
        without_hidden_controls(&mut field.value);
    }
    for author in &mut article.authors {
        without_hidden_controls(&mut author.value);
    }
}

/// The checks every format shares once its article is read.
fn finish(
    name: &str,
    mut article: Article,
    mut warnings: Vec<Warning>,
) -> Result<Warned<Article>, Error> {
    show_plainly(&mut article);
    if article.text.trim().is_empty() {
        return Err(Error::ingest(name, "no article text was found in the file"));
    }
    if article.title.is_none() {
        warnings.push(Warning::about(name, "no title found").of_kind(WarningKind::Missing));
    }
    if article.published.is_none() {
        warnings
            .push(Warning::about(name, "no publication date found").of_kind(WarningKind::Missing));
    }
    Ok(Warned::new(article, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ingest_bytes(name: &str, bytes: &[u8]) -> Result<Warned<Article>, Error> {
        ingest(&InputFile::new(name, bytes))
    }

    #[test]
    fn hidden_direction_and_zero_width_controls_are_removed() {
        let text = "Payment to \u{202E}gpj.exe\u{202C} confirmed\n\nThe admin\u{200B}istrator of \
                    \u{2067}the ministry\u{2069} approved the order; \u{FEFF}java\u{2060}script was \
                    blocked. In Tehran, \u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645} was said.";
        let article = ingest_bytes("bidi.txt", text.as_bytes()).unwrap().value;
        assert_eq!(article.title.unwrap().value, "Payment to gpj.exe confirmed");
        assert!(article
            .text
            .contains("The administrator of the ministry approved"));
        assert!(article.text.contains("javascript was blocked"));
        // The Persian zero-width non-joiner is part of the word: kept.
        assert!(article.text.contains("\u{06CC}\u{200C}\u{062E}"));
    }

    #[test]
    fn empty_file_is_a_clear_error() {
        let error = ingest_bytes("empty.txt", b"").unwrap_err();
        assert_eq!(error.to_string(), "empty.txt: the file is empty");
    }

    #[test]
    fn binary_file_is_a_clear_error() {
        let error = ingest_bytes("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap_err();
        assert!(error
            .to_string()
            .starts_with("photo.txt: this looks like a binary file"));
    }

    #[test]
    fn unknown_extension_names_the_extension() {
        let error = ingest_bytes("notes.odt", b"text").unwrap_err();
        assert!(
            error.to_string().contains("unsupported file type '.odt'"),
            "{error}"
        );
        let error = ingest_bytes("cable.doc", b"text").unwrap_err();
        assert!(error.to_string().contains("save it as .docx"), "{error}");
        let error = ingest_bytes("README", b"text").unwrap_err();
        assert!(error.to_string().contains("no file extension"), "{error}");
    }

    #[test]
    fn oversized_file_is_refused() {
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        let error = ingest_bytes("huge.txt", &big).unwrap_err();
        assert!(
            error.to_string().contains("over the 20 MB limit"),
            "{error}"
        );
    }

    #[test]
    fn a_file_over_its_time_budget_is_skipped_with_a_message() {
        // A long page (nesting a little less than the limit) that takes the HTML reader
        // far longer than a millisecond.
        let page = format!(
            "<html><body>{}<p>Words of the story here.</p>{}</body></html>",
            "<div><span>".repeat(2_000),
            "</span></div>".repeat(2_000)
        );
        let file = InputFile::new("nested.html", page);
        let error = ingest_within(file, Duration::from_millis(1)).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("nested.html: reading it took longer than 0.001 s"),
            "{error}"
        );
        let quick = InputFile::new("story.txt", "Ministers met in Geneva on Monday to talk.");
        assert!(ingest_within(quick, FILE_TIME_BUDGET).is_ok());
    }

    #[test]
    fn whitespace_only_file_has_no_article() {
        let error = ingest_bytes("blank.md", b"  \n\n \t\n").unwrap_err();
        assert!(error.to_string().contains("no article text"), "{error}");
    }
}
