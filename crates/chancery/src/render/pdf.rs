//! A one-page PDF, made in-process by Typst with fonts embedded in the binary: no
//! browser, no system fonts, no files read, and byte-identical for the same input.
//!
//! When the briefing overflows one A4 page the type shrinks a step at a time
//! (10.5 → 10 → 9.5 pt); if it still overflows, the lowest-ranked items are cut one
//! by one and each cut is reported as a warning.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, IntoValue, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use super::typst_markup;
use crate::draft::Draft;
use crate::{Briefing, Date, Error, Warned, Warning, WarningKind};

const PAGE_STYLE: &str = include_str!("../../../../templates/page.typ");

/// Type sizes tried before anything is cut; below ~9.5 pt a page stops being readable.
const TYPE_SIZES: [&str; 3] = ["10.5", "10", "9.5"];

/// Typst's own fonts plus the ones we bundle for the scripts names come in.
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let bundled: [&'static [u8]; 5] = [
        include_bytes!("../../fonts/NotoSans-Regular.ttf"),
        include_bytes!("../../fonts/NotoSans-Bold.ttf"),
        include_bytes!("../../fonts/NotoSansArabic-Regular.ttf"),
        include_bytes!("../../fonts/NotoSansArabic-Bold.ttf"),
        include_bytes!("../../fonts/DroidSansFallbackFull.ttf"),
    ];
    let fonts: Vec<Font> = bundled
        .into_iter()
        .chain(typst_assets::fonts())
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

/// A briefing cut to fit one A4 page, as the PDF lays it out.
pub struct Fitted {
    /// The Markdown of what fits (the drafted briefing less the cuts).
    pub markdown: String,
    /// The type size it fits at, in points ("10.5", "10" or "9.5").
    pub size: &'static str,
    /// The section edits that no longer fit the draft, then the cuts.
    pub warnings: Vec<Warning>,
    document: PagedDocument,
}

/// Drafts the briefing as `draft` says and renders it into a one-page PDF. The
/// warnings are the section edits that no longer fit the draft, then the cuts made to
/// fit the page.
pub fn one_page(briefing: &Briefing, draft: &Draft) -> Result<Warned<Vec<u8>>, Error> {
    let fitted = fit(briefing, draft)?;
    let options = typst_pdf::PdfOptions {
        // A fixed identifier and no timestamp: same input, same bytes.
        ident: Smart::Custom(format!("chancery:{}", briefing.title)),
        timestamp: None,
        ..typst_pdf::PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&fitted.document, &options).map_err(|errors| Error::Pdf {
        message: errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    })?;
    Ok(Warned::new(bytes, fitted.warnings))
}

/// Lays the briefing out on one A4 page: smaller type first, then the lowest-ranked
/// items cut one by one. The HTML export prints what this keeps, so both say the same.
pub fn fit(briefing: &Briefing, draft: &Draft) -> Result<Fitted, Error> {
    let mut briefing = briefing.clone();
    let mut size = 0;
    let Warned {
        value: mut markdown,
        mut warnings,
    } = draft.markdown(&briefing)?;
    loop {
        let document = compile(&markdown, &briefing, TYPE_SIZES[size])?;
        if document.pages().len() <= 1 {
            return Ok(Fitted {
                markdown,
                size: TYPE_SIZES[size],
                warnings,
                document,
            });
        }
        // Smaller type gains a page a fifth at most: worth trying for two pages, not more.
        if size + 1 < TYPE_SIZES.len() && document.pages().len() == 2 {
            size += 1;
            continue;
        }
        // Cut until the page changes: an item in a section the user rewrote is not on
        // the page, so cutting it neither helps nor needs reporting.
        loop {
            let Some(cut) = cut_lowest_ranked(&mut briefing) else {
                return Err(Error::Pdf {
                    message: "the briefing does not fit on one page even with every section cut; shorten the title, the header fields or your edited sections".into(),
                });
            };
            let shorter = draft.markdown(&briefing)?.value;
            if shorter != markdown {
                warnings.push(
                    Warning::general(format!("cut to fit one page: {cut}"))
                        .of_kind(WarningKind::Cut),
                );
                markdown = shorter;
                break;
            }
        }
    }
}

/// Removes the least important item left, saying what it was. The order keeps what
/// a reader needs most: the bottom line, a little context and the principal actors.
fn cut_lowest_ranked(briefing: &mut Briefing) -> Option<String> {
    let cited: std::collections::BTreeSet<usize> = briefing
        .bottom_line
        .iter()
        .chain(&briefing.context)
        .chain(&briefing.implications)
        .chain(&briefing.watch)
        .chain(briefing.timeline.iter().map(|e| &e.statement))
        .chain(briefing.quotes.iter().map(|q| &q.statement))
        .flat_map(|s| s.cites.iter().copied())
        .collect();
    let uncited = briefing
        .sources
        .iter()
        .filter(|s| !cited.contains(&s.number))
        .count();
    if uncited > 0 {
        briefing.sources.retain(|s| cited.contains(&s.number));
        return Some(format!(
            "{uncited} source(s) that no remaining statement cites"
        ));
    }
    // (section, items it keeps as long as anything else can go). A list of more than 20
    // sources cannot share a page with the story, and rendering it is what costs time
    // (500 syndicated copies: 1.6 s and 280 MB before it went first), so it goes first.
    let floors = [
        ("sources", 20),
        ("quote", 2),
        ("timeline", 3),
        ("watch", 1),
        ("context", 2),
        ("implication", 1),
        ("actor", 4),
        ("sources", 10),
        ("quote", 0),
        ("timeline", 0),
        ("watch", 0),
        ("context", 1),
        ("implication", 0),
        ("actor", 2),
        ("context", 0),
        ("actor", 0),
        ("sources", 1),
    ];
    for (section, floor) in floors {
        if section == "sources" {
            match trim_sources(briefing, floor) {
                Some(cut) => return Some(cut),
                None => continue,
            }
        }
        let cut = match section {
            "actor" if briefing.actors.len() > floor => briefing.actors.pop().map(|a| a.name),
            "watch" => pop_lowest(&mut briefing.watch, floor),
            "context" => pop_lowest(&mut briefing.context, floor),
            "implication" => pop_lowest(&mut briefing.implications, floor),
            // With its date, as the page shows it: the sentence may be elsewhere too.
            "timeline" => pop_lowest_of(&mut briefing.timeline, floor, |e| &e.statement)
                .map(|event| format!("{} {}", event.date, event.statement.text)),
            "quote" => {
                pop_lowest_of(&mut briefing.quotes, floor, |q| &q.statement).map(
                    |quote| match quote.kind {
                        crate::QuoteKind::Direct => {
                            format!("{}: “{}”", quote.speaker, quote.statement.text)
                        }
                        crate::QuoteKind::Reported => {
                            format!("{} {}", quote.speaker, quote.statement.text)
                        }
                    },
                )
            }
            _ => None,
        };
        if let Some(text) = cut {
            return Some(format!("{section} \"{}\"", shorten(&text, 70)));
        }
    }
    None
}

/// Keeps the first `keep` sources (a story syndicated to a hundred outlets would fill the
/// page with its source list) and takes the others out of every citation.
fn trim_sources(briefing: &mut Briefing, keep: usize) -> Option<String> {
    if briefing.sources.len() <= keep {
        return None;
    }
    let dropped: Vec<usize> = briefing.sources.drain(keep..).map(|s| s.number).collect();
    let statements = briefing
        .bottom_line
        .iter_mut()
        .chain(&mut briefing.context)
        .chain(&mut briefing.implications)
        .chain(&mut briefing.watch)
        .chain(briefing.timeline.iter_mut().map(|e| &mut e.statement))
        .chain(briefing.quotes.iter_mut().map(|q| &mut q.statement));
    for statement in statements {
        statement.cites.retain(|n| !dropped.contains(n));
    }
    let (first, last) = (dropped[0], dropped[dropped.len() - 1]);
    Some(format!(
        "{} source(s) from the list, [{first}] to [{last}]",
        dropped.len()
    ))
}

fn pop_lowest(statements: &mut Vec<crate::Statement>, floor: usize) -> Option<String> {
    pop_lowest_of(statements, floor, |s| s).map(|statement| statement.text)
}

/// Removes the lowest-ranked of items that carry a statement (timeline events, quotes).
fn pop_lowest_of<T>(
    items: &mut Vec<T>,
    floor: usize,
    statement: impl Fn(&T) -> &crate::Statement,
) -> Option<T> {
    if items.len() <= floor {
        return None;
    }
    let at = items
        .iter()
        .enumerate()
        .max_by_key(|(_, item)| statement(item).rank)?
        .0;
    Some(items.remove(at))
}

fn shorten(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(chars).collect();
    format!("{}…", cut.trim_end())
}

fn compile(markdown: &str, briefing: &Briefing, size: &str) -> Result<PagedDocument, Error> {
    let body = typst_markup::from_markdown(markdown);
    let world = BriefingWorld::new(format!("{PAGE_STYLE}\n{body}"), briefing, size);
    typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|errors| {
            // The markup is generated: an error here is a bug, reported with its place.
            let message = errors
                .iter()
                .map(|e| {
                    let at = world
                        .range(e.span)
                        .map(|r| format!(" at bytes {}..{}", r.start, r.end))
                        .unwrap_or_default();
                    format!("{}{at}", e.message)
                })
                .collect::<Vec<_>>()
                .join("; ");
            Error::Pdf { message }
        })
}

/// Everything Typst may see: one source, the bundled fonts and a fixed date.
struct BriefingWorld {
    library: LazyHash<Library>,
    main: Source,
    today: Date,
}

impl BriefingWorld {
    fn new(text: String, briefing: &Briefing, size: &str) -> Self {
        let mut inputs = Dict::new();
        inputs.insert("size".into(), size.into_value());
        inputs.insert("title".into(), briefing.title.as_str().into_value());
        let path = VirtualPath::new("/main.typ").expect("a valid virtual path");
        let id = RootedPath::new(VirtualRoot::Project, path).intern();
        Self {
            library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
            main: Source::new(id, text),
            today: briefing.date,
        }
    }
}

impl World for BriefingWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    /// No files: even a generated `#image` or `#read` could not reach the disk.
    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(self.today.year, self.today.month, self.today.day)
    }
}
