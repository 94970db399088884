//! Markdown → a Word document that edits like one somebody wrote: Word's own styles
//! (Title, Heading 1, List Bullet, Table Grid), the key-actors table as a Word table,
//! the marking banner in the page header and footer.
//!
//! The Markdown is untrusted here as in the other renderers: text only ever becomes
//! text runs (docx-rs escapes them for XML and we drop the characters XML cannot hold),
//! raw HTML is shown as the text it is, and no link is live: a web or mail link is
//! written out after its text, any other is its text alone. (docx-rs orders link
//! relationships by a hash, so live links would also change the bytes from run to run.)
//! The package is byte-identical for the same input: no clock, paragraph ids numbered
//! per document.

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, Header, IndentLevel, Level, LevelJc,
    LevelOverride, LevelText, LineSpacing, NumberFormat, Numbering, NumberingId, PageMargin,
    Paragraph, Run, RunFonts, SpecialIndentType, Start, Style, StyleType, Table, TableCell,
    TableRow, WidthType,
};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::html::is_safe_url;
use crate::{Briefing, Date, Error};

/// Style ids Word knows as its built-in styles (the names are Word's too, so Word and
/// LibreOffice list them under their usual names).
const TITLE: &str = "Title";
const HEADING: [&str; 2] = ["Heading1", "Heading2"];
const LIST_BULLET: &str = "ListBullet";
const LIST_NUMBER: &str = "ListNumber";
const QUOTE: &str = "Quote";
const CODE: &str = "PlainText";
const TABLE: &str = "TableGrid";
const BANNER: &str = "Header";

/// Numbering definitions: one for bullets, one for numbered lists (each numbered list
/// gets its own instance of it so it starts at its own first number). Id 1 is docx-rs's
/// own default, a decimal list.
const BULLETS: usize = 2;
const NUMBERS: usize = 3;

/// A4 in twentieths of a point, with 2 cm margins.
const A4: (u32, u32) = (11906, 16838);
const MARGIN: i32 = 1134;

/// What Word shows under File → Properties.
#[derive(Debug, Clone, Copy)]
pub struct Properties<'a> {
    pub title: &'a str,
    /// Who prepared the briefing; without it the document names no author.
    pub author: Option<&'a str>,
    /// The briefing's date, as the document's created and modified date (the same date
    /// gives the same bytes).
    pub date: Date,
}

impl<'a> From<&'a Briefing> for Properties<'a> {
    fn from(briefing: &'a Briefing) -> Self {
        Self {
            title: &briefing.title,
            author: briefing.originator.as_deref(),
            date: briefing.date,
        }
    }
}

/// The briefing's Markdown as a `.docx` package.
pub fn document(markdown: &str, properties: Properties) -> Result<Vec<u8>, Error> {
    let mut writer = Writer::default();
    for event in Parser::new_ext(markdown, super::markdown_options()) {
        writer.event(event);
    }
    writer.finish_paragraph();

    let mut docx = std::mem::take(&mut writer.docx)
        .page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(MARGIN / 2)
                .footer(MARGIN / 2),
        )
        .default_size(21)
        .default_line_spacing(LineSpacing::new().after(100))
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .add_abstract_numbering(list_levels(BULLETS, "bullet"))
        .add_abstract_numbering(list_levels(NUMBERS, "decimal"))
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    for style in styles() {
        docx = docx.add_style(style);
    }
    for &(id, start) in &writer.numbered_lists {
        docx = docx.add_numbering(
            Numbering::new(id, NUMBERS).add_override(LevelOverride::new(0).start(start)),
        );
    }
    // The first level-6 heading is the banner at the top of every page, the last one
    // the banner at the foot (the templates put the marking in both places).
    let banners = std::mem::take(&mut writer.banners);
    if let Some(top) = banners.first() {
        let paragraph = banner(writer.paragraph_with_id(), top);
        docx = docx.header(Header::new().add_paragraph(paragraph));
    }
    if let Some(foot) = banners.last() {
        let paragraph = banner(writer.paragraph_with_id(), foot);
        docx = docx.footer(Footer::new().add_paragraph(paragraph));
    }

    let mut parts = docx.build();
    parts.doc_props.core = core_properties(properties).into_bytes();
    let mut bytes = std::io::Cursor::new(Vec::new());
    parts.pack(&mut bytes).map_err(|e| Error::Docx {
        message: e.to_string(),
    })?;
    Ok(bytes.into_inner())
}

/// A Markdown list being written: bullets, or numbers with their numbering instance.
#[derive(Clone, Copy)]
enum List {
    Bullets,
    Numbers(usize),
}

#[derive(Default)]
struct TableInProgress {
    columns: usize,
    rows: Vec<TableRow>,
    cells: Vec<TableCell>,
    in_head: bool,
}

/// A link being read: the address to write after its text (web and mail links only),
/// and its text so far (an address shown as its own text is not written twice).
struct OpenLink {
    address: Option<String>,
    text: String,
}

/// Inline formatting in force: counts, since Markdown nests (`***a** b*`).
#[derive(Default, Clone, Copy, PartialEq, Eq)]
struct Inline {
    bold: u32,
    italic: u32,
    strike: u32,
}

/// Walks the Markdown events and collects Word blocks.
#[derive(Default)]
struct Writer {
    /// The document so far: body blocks are added as they end.
    docx: Docx,
    /// The paragraph being filled, with its runs so far.
    paragraph: Option<Paragraph>,
    /// Links open, innermost last.
    links: Vec<OpenLink>,
    inline: Inline,
    /// Text not yet made a run, and its formatting: Markdown splits text at brackets
    /// and quotes, and one run per piece would make the document tedious to edit.
    pending: String,
    pending_inline: Inline,
    /// The style the next paragraph takes (a heading's, a list item's, a quote's).
    style: Option<&'static str>,
    lists: Vec<List>,
    numbered_lists: Vec<(usize, usize)>,
    quote_depth: usize,
    in_code_block: bool,
    table: Option<TableInProgress>,
    /// Inside a level-6 heading: its text, which becomes a banner.
    banner: Option<String>,
    banners: Vec<String>,
    /// Paragraph ids given so far: docx-rs counts them per thread, so a second document
    /// made on the same thread would otherwise get other ids (and other bytes).
    paragraphs_made: u32,
}

impl Writer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.text(&text),
            // Raw HTML is never markup here either: it is shown as the text it is.
            Event::Html(html) | Event::InlineHtml(html) => self.text(&html),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => {
                if self.banner.is_none() {
                    self.flush_text();
                    let run = Run::new().add_break(BreakType::TextWrapping);
                    self.push_run(run);
                }
            }
            Event::Rule => {
                self.finish_paragraph();
            }
            Event::TaskListMarker(done) => self.text(if done { "☑ " } else { "☐ " }),
            Event::FootnoteReference(label) => self.text(&format!("[{label}]")),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.text(&text),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        self.flush_text();
        match tag {
            Tag::Heading { level, .. } => {
                self.finish_paragraph();
                match level {
                    HeadingLevel::H6 => self.banner = Some(String::new()),
                    HeadingLevel::H1 => self.style = Some(TITLE),
                    HeadingLevel::H2 => self.style = Some(HEADING[0]),
                    _ => self.style = Some(HEADING[1]),
                }
            }
            Tag::Paragraph => {
                // A tight list item's text comes without a paragraph; a loose one's inside
                // one: either way the item is one Word paragraph per Markdown paragraph.
                if self
                    .paragraph
                    .as_ref()
                    .is_some_and(|p| !p.children().is_empty())
                {
                    self.finish_paragraph();
                }
            }
            Tag::List(start) => {
                self.finish_paragraph();
                let list = match start {
                    Some(start) => {
                        // Instance ids above the bullets' own, one per numbered list.
                        let id = NUMBERS + self.numbered_lists.len() + 1;
                        self.numbered_lists
                            .push((id, usize::try_from(start).unwrap_or(1)));
                        List::Numbers(id)
                    }
                    None => List::Bullets,
                };
                self.lists.push(list);
            }
            Tag::Item => {
                self.finish_paragraph();
                self.open_list_item();
            }
            Tag::BlockQuote(_) => {
                self.finish_paragraph();
                self.quote_depth += 1;
            }
            Tag::CodeBlock(_) => {
                self.finish_paragraph();
                self.in_code_block = true;
            }
            Tag::Table(alignments) => {
                self.finish_paragraph();
                self.table = Some(TableInProgress {
                    columns: alignments.len(),
                    ..TableInProgress::default()
                });
            }
            Tag::TableHead => {
                if let Some(table) = &mut self.table {
                    table.in_head = true;
                }
            }
            Tag::TableRow | Tag::TableCell => {}
            Tag::Emphasis => self.inline.italic += 1,
            Tag::Strong => self.inline.bold += 1,
            Tag::Strikethrough => self.inline.strike += 1,
            Tag::Link { dest_url, .. } => {
                let shown = is_safe_url(&dest_url) && !dest_url.starts_with('#');
                self.links.push(OpenLink {
                    address: shown.then(|| dest_url.trim().to_owned()),
                    text: String::new(),
                });
            }
            // Images would be requests to other hosts; their alt text is kept as text.
            Tag::Image { .. } => {}
            Tag::FootnoteDefinition(_)
            | Tag::HtmlBlock
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Superscript
            | Tag::Subscript
            | Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        self.flush_text();
        match tag {
            TagEnd::Heading(HeadingLevel::H6) => {
                if let Some(text) = self.banner.take() {
                    let text = text.trim();
                    if !text.is_empty() {
                        self.banners.push(text.to_owned());
                    }
                }
            }
            TagEnd::Heading(_) | TagEnd::Paragraph => self.finish_paragraph(),
            TagEnd::Item => self.finish_paragraph(),
            TagEnd::List(_) => {
                self.finish_paragraph();
                self.lists.pop();
            }
            TagEnd::BlockQuote(_) => {
                self.finish_paragraph();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::CodeBlock => {
                self.finish_paragraph();
                self.in_code_block = false;
            }
            TagEnd::TableCell => {
                let paragraph = match self.paragraph.take() {
                    Some(paragraph) => paragraph,
                    None => self.new_paragraph(),
                };
                if let Some(table) = &mut self.table {
                    table.cells.push(TableCell::new().add_paragraph(paragraph));
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if let Some(table) = &mut self.table {
                    table
                        .rows
                        .push(TableRow::new(std::mem::take(&mut table.cells)));
                    table.in_head = false;
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    // Word lays a table out from its grid: equal columns across the page.
                    let columns = table.columns.max(1);
                    let text_width = (A4.0 as usize).saturating_sub(2 * MARGIN as usize);
                    let table = Table::new(table.rows)
                        .style(TABLE)
                        .set_grid(vec![text_width / columns; columns])
                        .width(text_width, WidthType::Dxa);
                    self.docx = std::mem::take(&mut self.docx).add_table(table);
                }
            }
            TagEnd::Emphasis => self.inline.italic = self.inline.italic.saturating_sub(1),
            TagEnd::Strong => self.inline.bold = self.inline.bold.saturating_sub(1),
            TagEnd::Strikethrough => self.inline.strike = self.inline.strike.saturating_sub(1),
            TagEnd::Link => {
                let Some(link) = self.links.pop() else { return };
                let Some(address) = link.address else { return };
                let address = address.strip_prefix("mailto:").unwrap_or(&address);
                if link.text.trim() != address {
                    self.text(&format!(" ({address})"));
                    self.flush_text();
                }
            }
            _ => {}
        }
    }

    fn open_list_item(&mut self) {
        let depth = self.lists.len().saturating_sub(1);
        let (style, id) = match self.lists.last() {
            Some(List::Numbers(id)) => (LIST_NUMBER, *id),
            _ => (LIST_BULLET, BULLETS),
        };
        let paragraph = self
            .paragraph_with_id()
            .style(style)
            .numbering(NumberingId::new(id), IndentLevel::new(depth.min(8)));
        self.paragraph = Some(paragraph);
    }

    fn new_paragraph(&mut self) -> Paragraph {
        let style = if let Some(style) = self.style {
            style
        } else if self.in_code_block {
            CODE
        } else if self.quote_depth > 0 {
            QUOTE
        } else {
            ""
        };
        let paragraph = self.paragraph_with_id();
        if style.is_empty() {
            paragraph
        } else {
            paragraph.style(style)
        }
    }

    fn paragraph_with_id(&mut self) -> Paragraph {
        self.paragraphs_made += 1;
        Paragraph::new().id(format!("{:08X}", self.paragraphs_made))
    }

    fn text(&mut self, text: &str) {
        let text = xml_text(text);
        if text.is_empty() {
            return;
        }
        if let Some(banner) = &mut self.banner {
            banner.push_str(&text);
            return;
        }
        if let Some(link) = self.links.last_mut() {
            link.text.push_str(&text);
        }
        if self.in_code_block {
            // Each line of code its own paragraph, as it was written.
            let mut lines = text.split('\n').peekable();
            while let Some(line) = lines.next() {
                let run = Run::new().add_text(line).fonts(monospace());
                self.push_run(run);
                if lines.peek().is_some() {
                    self.finish_paragraph();
                }
            }
            return;
        }
        if self.inline != self.pending_inline {
            self.flush_text();
            self.pending_inline = self.inline;
        }
        self.pending.push_str(&text);
    }

    /// Makes the text gathered so far one run.
    fn flush_text(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let mut run = Run::new().add_text(std::mem::take(&mut self.pending));
        let inline = self.pending_inline;
        if inline.bold > 0 || self.table.as_ref().is_some_and(|t| t.in_head) {
            run = run.bold();
        }
        if inline.italic > 0 {
            run = run.italic();
        }
        if inline.strike > 0 {
            run = run.strike();
        }
        self.push_run(run);
    }

    fn push_run(&mut self, run: Run) {
        let paragraph = self
            .paragraph
            .take()
            .unwrap_or_else(|| self.new_paragraph());
        self.paragraph = Some(paragraph.add_run(run));
    }

    /// Ends the paragraph being filled (if any) as a block of its own. Inside a table
    /// the cell's end takes it instead.
    fn finish_paragraph(&mut self) {
        self.flush_text();
        if self.table.is_some() {
            return;
        }
        if let Some(paragraph) = self.paragraph.take() {
            if !paragraph.children().is_empty() {
                self.docx = std::mem::take(&mut self.docx).add_paragraph(paragraph);
            }
        }
        self.style = None;
    }
}

/// Text as XML 1.0 can hold it: control characters other than tab and line feed, lone
/// surrogates' stand-ins and the two non-characters are dropped (Word refuses a file
/// with any of them).
fn xml_text(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\r' { ' ' } else { c })
        .filter(|&c| {
            !(c.is_control() && c != '\t' && c != '\n') && c != '\u{FFFE}' && c != '\u{FFFF}'
        })
        .collect()
}

/// `docProps/core.xml`, written here because docx-rs sets no title and names the author
/// "unknown" (which a reader would take for a fact about the briefing).
fn core_properties(properties: Properties) -> String {
    let escape = |text: &str| {
        xml_text(text)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let date = format!("{}T00:00:00Z", properties.date);
    let author = properties
        .author
        .map(|author| format!("<dc:creator>{}</dc:creator>", escape(author)))
        .unwrap_or_default();
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties""#,
            r#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/""#,
            r#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title>{author}",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        title = escape(properties.title),
        author = author,
        date = date,
    )
}

fn monospace() -> RunFonts {
    RunFonts::new()
        .ascii("Courier New")
        .hi_ansi("Courier New")
        .cs("Courier New")
}

fn banner(paragraph: Paragraph, text: &str) -> Paragraph {
    paragraph
        .style(BANNER)
        .align(AlignmentType::Center)
        .add_run(Run::new().add_text(xml_text(text)).bold())
}

/// Nine levels of bullets or numbers, each indented a little further.
fn list_levels(id: usize, format: &str) -> AbstractNumbering {
    let mut numbering = AbstractNumbering::new(id);
    for level in 0..9 {
        let text = if format == "bullet" {
            ["•", "◦", "▪"][level % 3].to_owned()
        } else {
            format!("%{}.", level + 1)
        };
        let indent = 360 * (level as i32 + 1);
        numbering = numbering.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new(format),
                LevelText::new(text),
                LevelJc::new("left"),
            )
            .indent(
                Some(indent),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        );
    }
    numbering
}

/// Word's built-in styles, defined so the document looks right where they differ from
/// Word's defaults (and in editors that do not know them).
fn styles() -> Vec<Style> {
    let paragraph = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
    };
    // Space in twentieths of a point: a heading sits closer to what it heads.
    let space = |before, after| LineSpacing::new().before(before).after(after);
    vec![
        paragraph(TITLE, "Title")
            .size(40)
            .bold()
            .color("1F3864")
            .line_spacing(space(0, 60)),
        paragraph(HEADING[0], "heading 1")
            .size(26)
            .bold()
            .color("1F3864")
            .outline_lvl(0)
            .line_spacing(space(200, 60)),
        paragraph(HEADING[1], "heading 2")
            .size(22)
            .bold()
            .color("1F3864")
            .outline_lvl(1)
            .line_spacing(space(160, 40)),
        paragraph(LIST_BULLET, "List Bullet").line_spacing(space(0, 40)),
        paragraph(LIST_NUMBER, "List Number").line_spacing(space(0, 40)),
        paragraph(QUOTE, "Quote").italic(),
        paragraph(CODE, "Plain Text").fonts(monospace()),
        paragraph(BANNER, "header").size(18),
        Style::new(TABLE, StyleType::Table)
            .name("Table Grid")
            .table_property(docx_rs::TableProperty::new()),
    ]
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn properties() -> Properties<'static> {
        Properties {
            title: "Talks in Delhi",
            author: None,
            date: "2026-12-03".parse().unwrap(),
        }
    }

    /// A part of the package, as text.
    fn part(docx: &[u8], name: &str) -> String {
        let mut package = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut text = String::new();
        package
            .by_name(name)
            .unwrap_or_else(|_| panic!("no {name} in the package"))
            .read_to_string(&mut text)
            .unwrap();
        text
    }

    /// Each body paragraph's style (empty for Normal) and text, tables' cells included,
    /// read back with an XML parser as Word would.
    fn paragraphs(docx: &[u8]) -> Vec<(String, String)> {
        let xml = part(docx, "word/document.xml");
        let tree = roxmltree::Document::parse(&xml).expect("document.xml is well-formed XML");
        tree.descendants()
            .filter(|n| n.has_tag_name("p"))
            .map(|p| {
                let style = p
                    .descendants()
                    .find(|n| n.has_tag_name("pStyle"))
                    .and_then(|n| n.attributes().find(|a| a.name() == "val"))
                    .map(|a| a.value().to_owned())
                    .unwrap_or_default();
                let text: String = p
                    .descendants()
                    .filter(|n| n.has_tag_name("t"))
                    .filter_map(|n| n.text())
                    .collect();
                (style, text)
            })
            .collect()
    }

    const BRIEFING: &str = "###### SECRET\n\n# Talks in Delhi\n\n3 December 2026\n\n\
        ## Bottom line\n\nThe sides *agreed* to **meet again**. [1]\n\n\
        ## Key actors\n\n| Actor | Role | Affiliation |\n| --- | --- | --- |\n\
        | Vinay Kumar | Ambassador | India |\n\n\
        ## Sources\n\n- [1] Talks held — Outlet\n- [2] Second\n\n###### SECRET\n";

    #[test]
    fn word_styles_table_and_banners_carry_the_briefing() {
        let docx = document(BRIEFING, properties()).unwrap();
        let paragraphs = paragraphs(&docx);
        let styled = |style: &str| -> Vec<&str> {
            paragraphs
                .iter()
                .filter(|(s, _)| s == style)
                .map(|(_, t)| t.as_str())
                .collect()
        };
        assert_eq!(styled("Title"), ["Talks in Delhi"]);
        assert_eq!(styled("Heading1"), ["Bottom line", "Key actors", "Sources"]);
        assert_eq!(
            styled("ListBullet"),
            ["[1] Talks held — Outlet", "[2] Second"]
        );
        // ... with bullets, not numbers (numbering 1 is docx-rs's own decimal list).
        let document = part(&docx, "word/document.xml");
        assert_eq!(document.matches(r#"<w:numId w:val="2" />"#).count(), 2);
        let numbering = part(&docx, "word/numbering.xml");
        let bullets = &numbering[numbering.find(r#"w:abstractNumId="2""#).unwrap()..];
        assert!(
            bullets[..300].contains(r#"<w:numFmt w:val="bullet" />"#),
            "{bullets}"
        );
        assert!(paragraphs
            .iter()
            .any(|(s, t)| s.is_empty() && t == "The sides agreed to meet again. [1]"));
        // The marking is the page's header and footer, not body text.
        assert!(!paragraphs.iter().any(|(_, t)| t.contains("SECRET")));
        assert!(part(&docx, "word/header1.xml").contains(">SECRET<"));
        assert!(part(&docx, "word/footer1.xml").contains(">SECRET<"));

        let xml = part(&docx, "word/document.xml");
        let tree = roxmltree::Document::parse(&xml).unwrap();
        let rows: Vec<Vec<String>> = tree
            .descendants()
            .filter(|n| n.has_tag_name("tr"))
            .map(|row| {
                row.children()
                    .filter(|c| c.has_tag_name("tc"))
                    .map(|cell| {
                        cell.descendants()
                            .filter(|n| n.has_tag_name("t"))
                            .filter_map(|n| n.text())
                            .collect()
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            rows,
            [
                ["Actor", "Role", "Affiliation"],
                ["Vinay Kumar", "Ambassador", "India"]
            ]
        );
        // Styles are declared with Word's own names, so Word lists them as its own.
        let styles = part(&docx, "word/styles.xml");
        for name in ["Title", "heading 1", "List Bullet", "Table Grid"] {
            assert!(styles.contains(&format!("w:val=\"{name}\"")), "{name}");
        }
    }

    #[test]
    fn article_text_stays_text_in_the_document() {
        let hostile = "# Title</w:t></w:r><w:r><w:t>injected\n\n\
            A <script>alert(1)</script> & <b>bold</b>\u{0}\u{7}\u{1b}[31m \u{FFFE}end\n\n\
            [click](javascript:alert(1)) [site](https://example.org/a?b=1&c=\"2\")\n";
        let docx = document(hostile, properties()).unwrap();
        let paragraphs = paragraphs(&docx);
        assert_eq!(paragraphs[0].1, "Title</w:t></w:r><w:r><w:t>injected");
        assert_eq!(
            paragraphs[1].1,
            "A <script>alert(1)</script> & <b>bold</b>[31m end"
        );
        // No link is live; the web one is written out, the script one is its text alone.
        assert_eq!(
            paragraphs[2].1,
            "click site (https://example.org/a?b=1&c=\"2\")"
        );
        let rels = part(&docx, "word/_rels/document.xml.rels");
        assert!(!rels.contains("hyperlink"), "{rels}");
        let document = part(&docx, "word/document.xml");
        assert!(
            !document.to_lowercase().contains("javascript"),
            "{document}"
        );
    }

    #[test]
    fn the_same_markdown_and_date_give_the_same_bytes() {
        let markdown = format!(
            "{BRIEFING}\n[a](https://a.example) <https://b.example> [c](mailto:desk@example.org)\n"
        );
        let first = document(&markdown, properties()).unwrap();
        // Other documents made in between (docx-rs counts some ids process-wide).
        document("# Other\n\n[c](https://c.example)\n", properties()).unwrap();
        // Compared as booleans: a failure would print two packages byte by byte.
        assert!(first == document(&markdown, properties()).unwrap());
        assert!(part(&first, "docProps/core.xml").contains("2026-12-03T00:00:00Z"));
        let links = paragraphs(&first).pop().unwrap().1;
        assert_eq!(
            links,
            "a (https://a.example) https://b.example c (desk@example.org)"
        );
        let next_day = Properties {
            date: "2026-12-04".parse().unwrap(),
            ..properties()
        };
        assert!(first != document(&markdown, next_day).unwrap());
    }

    #[test]
    fn properties_name_the_briefing_and_only_a_real_author() {
        let core = |properties| {
            let docx = document(BRIEFING, properties).unwrap();
            let xml = part(&docx, "docProps/core.xml");
            roxmltree::Document::parse(&xml).expect("core.xml is well-formed XML");
            xml
        };
        let unsigned = core(properties());
        assert!(
            unsigned.contains("<dc:title>Talks in Delhi</dc:title>"),
            "{unsigned}"
        );
        assert!(!unsigned.contains("creator"), "{unsigned}");
        let signed = core(Properties {
            title: "Q&A <b>",
            author: Some("Desk \u{1}A"),
            ..properties()
        });
        assert!(
            signed.contains("<dc:title>Q&amp;A &lt;b&gt;</dc:title>"),
            "{signed}"
        );
        assert!(
            signed.contains("<dc:creator>Desk A</dc:creator>"),
            "{signed}"
        );
    }

    #[test]
    fn numbered_lists_each_start_at_their_own_number() {
        let docx = document("1. a\n2. b\n\ntext\n\n3. c\n4. d\n", properties()).unwrap();
        let numbering = part(&docx, "word/numbering.xml");
        let document = part(&docx, "word/document.xml");
        // Two numbered lists, two numbering instances: the second starts at 3.
        assert!(document.contains(r#"<w:numId w:val="4" />"#), "{document}");
        assert!(document.contains(r#"<w:numId w:val="5" />"#), "{document}");
        assert!(
            numbering.contains(r#"<w:startOverride w:val="3" />"#),
            "{numbering}"
        );
    }
}
