//! Word documents (`.docx`): the paragraphs of the main document part in reading order,
//! each table row as a line of text, and title, author and dates from the core
//! properties. What the document shows, and only that: tracked deletions, text moved
//! away and hidden text are left out, tracked insertions kept (the document as it reads
//! with its changes accepted). Headers, footers, footnotes and comments are parts of
//! their own and are never read; drawings and text boxes inside the body are skipped
//! like a web page's figures.
//!
//! The package is a ZIP archive (`zip`), its parts XML (`roxmltree`, which refuses a
//! DTD, so no entity can expand). The text then goes through the same scrape rules as
//! every other format.

use std::io::Read;

use roxmltree::{Document, Node};

use super::scrape::{self, Block};
use crate::article::TABLE_CELL_SEPARATOR;
use crate::{Article, Date, Field, Warning};

/// A Word document's text through the scrape rules, then its core properties. The title
/// property is typed by a person, so it wins over the first heading (with a warning when
/// they differ); author and dates are filled in by Word from the account and the file's
/// history (often a clerk's, or the day it was saved from an email), so a byline or
/// dateline in the text itself wins over them.
pub(super) fn article(name: &str, bytes: &[u8]) -> Result<(Article, Vec<Warning>), String> {
    let document = read(bytes)?;
    const FOUND_IN: &str = "Word document properties";
    let properties = document.properties;
    let mut article = scrape::clean(name, document.blocks);
    let mut warnings = Vec::new();
    if let Some(title) = properties.title.filter(|t| !is_placeholder_title(t)) {
        if let Some(shown) = article.title.as_ref().filter(|shown| shown.value != title) {
            warnings.push(Warning::about(
                name,
                format!(
                    "the document gives two titles: \"{title}\" ({FOUND_IN}) and \"{}\" ({}); using the first",
                    shown.value, shown.found_in
                ),
            ));
        }
        article.title = Some(Field::new(title, FOUND_IN));
    }
    if article.authors.is_empty() {
        article.authors = properties
            .creator
            .iter()
            .flat_map(|creator| creator.split(';'))
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(|name| Field::new(name.to_owned(), FOUND_IN))
            .collect();
    }
    let date = |value: Option<String>| {
        value
            .and_then(|v| Date::parse_iso(&v))
            .map(|d| Field::new(d, FOUND_IN))
    };
    article.published = article.published.or(date(properties.created));
    article.modified = article.modified.or(date(properties.modified));
    Ok((article, warnings))
}

/// Titles Word or a converter fills in by itself: "Microsoft Word - cable.doc", a file name.
fn is_placeholder_title(title: &str) -> bool {
    let lower = title.to_lowercase();
    lower.starts_with("microsoft word")
        || [".doc", ".docx", ".dot", ".dotx", ".rtf"]
            .iter()
            .any(|extension| lower.ends_with(extension))
}

/// What a Word document holds for Chancery.
struct WordDocument {
    blocks: Vec<Block>,
    properties: CoreProperties,
}

/// The core properties (`docProps/core.xml`): set by Word from the author's account
/// and the file's history, or typed in File > Info.
#[derive(Default)]
struct CoreProperties {
    title: Option<String>,
    creator: Option<String>,
    created: Option<String>,
    modified: Option<String>,
}

/// No article's text is this large unpacked (a 300-page report's main part is ~5 MB); a
/// part that is may be a ZIP bomb, and parsing it would take ~10× its size in memory.
const MAX_PART_BYTES: u64 = 16 * 1024 * 1024;

/// The start of an OLE compound file: what Word writes for a password-protected
/// `.docx` (an encrypted package inside) and for the old `.doc` format.
const COMPOUND_FILE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

const OFFICE_DOCUMENT: &str = "/officeDocument";
const STYLES: &str = "/styles";

fn read(bytes: &[u8]) -> Result<WordDocument, String> {
    if bytes.starts_with(COMPOUND_FILE_MAGIC) {
        return Err(if contains_utf16(bytes, "EncryptedPackage") {
            "this Word document is encrypted (password-protected) and its text cannot be read; save an unprotected copy".into()
        } else {
            "this is an old-format Word document (Word 97–2003) named .docx; save it as a .docx document".into()
        });
    }
    let mut package = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
        format!("this Word document cannot be read (it is not a complete ZIP package: {e}); it may be damaged or cut short")
    })?;
    let main = relationship_target(&mut package, "_rels/.rels", "", OFFICE_DOCUMENT)?
        .unwrap_or_else(|| "word/document.xml".into());
    let Some(main_xml) = part(&mut package, &main)? else {
        return Err(format!(
            "this Word document has no main text part ({main}); it may be damaged"
        ));
    };
    // A part's relationships sit beside it: word/document.xml → word/_rels/document.xml.rels.
    let (folder, file) = main.rsplit_once('/').unwrap_or(("", &main));
    let main_rels = resolve(folder, &format!("_rels/{file}.rels"));
    let styles_path = relationship_target(&mut package, &main_rels, folder, STYLES)?;
    let styles = match styles_path {
        Some(path) => match part(&mut package, &path)? {
            Some(xml) => Styles::read(&parse(&path, &xml)?),
            None => Styles::default(),
        },
        None => Styles::default(),
    };
    let properties = match part(&mut package, "docProps/core.xml")? {
        Some(xml) => CoreProperties::read(&parse("docProps/core.xml", &xml)?),
        None => CoreProperties::default(),
    };
    let document = parse(&main, &main_xml)?;
    let body = document
        .root_element()
        .children()
        .find(|n| n.has_tag_name_local("body"))
        .ok_or_else(|| format!("this Word document is damaged: {main} has no body"))?;
    Ok(WordDocument {
        blocks: body_blocks(body, &styles),
        properties,
    })
}

/// The UTF-16 name of a stream in a compound file's directory.
fn contains_utf16(bytes: &[u8], name: &str) -> bool {
    let needle: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(needle.len()).any(|window| window == needle)
}

type Package<'a> = zip::ZipArchive<std::io::Cursor<&'a [u8]>>;

/// One part of the package as text; `None` when the package has no such part.
fn part(package: &mut Package, path: &str) -> Result<Option<String>, String> {
    let mut entry = match package.by_name(path) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(format!(
                "this Word document is damaged: its part {path} cannot be unpacked ({e})"
            ))
        }
    };
    let mut bytes = Vec::new();
    (&mut entry)
        .take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            format!("this Word document is damaged: its part {path} cannot be unpacked ({e})")
        })?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(format!(
            "this Word document's part {path} unpacks to over {} MB, more than any article; it cannot be read",
            MAX_PART_BYTES / (1024 * 1024)
        ));
    }
    String::from_utf8(bytes)
        .map(|text| Some(text.trim_start_matches('\u{feff}').to_owned()))
        .map_err(|_| format!("this Word document is damaged: its part {path} is not UTF-8 text"))
}

fn parse<'x>(path: &str, xml: &'x str) -> Result<Document<'x>, String> {
    Document::parse(xml).map_err(|e| {
        format!("this Word document is damaged: its part {path} is not valid XML ({e})")
    })
}

/// The part a relationship of the given type points to, as a path inside the package
/// (targets are relative to the folder of the part that has the relationships).
fn relationship_target(
    package: &mut Package,
    rels_path: &str,
    base: &str,
    type_suffix: &str,
) -> Result<Option<String>, String> {
    let Some(xml) = part(package, rels_path)? else {
        return Ok(None);
    };
    let rels = parse(rels_path, &xml)?;
    let target = rels
        .root_element()
        .children()
        .filter(|n| n.has_tag_name_local("Relationship"))
        .filter(|n| n.attribute("TargetMode") != Some("External"))
        .find(|n| {
            n.attribute("Type")
                .is_some_and(|t| t.ends_with(type_suffix))
        })
        .and_then(|n| n.attribute("Target"));
    Ok(target.map(|target| resolve(base, target)))
}

/// "word" + "../customXml/item1.xml" → "customXml/item1.xml"; "/word/x.xml" → "word/x.xml".
fn resolve(base: &str, target: &str) -> String {
    let mut segments: Vec<&str> = if target.starts_with('/') {
        Vec::new()
    } else {
        base.split('/').filter(|s| !s.is_empty()).collect()
    };
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    segments.join("/")
}

trait LocalName {
    /// Tag name without its namespace: Word's transitional and strict formats use
    /// different namespaces for the same elements.
    fn has_tag_name_local(&self, name: &str) -> bool;
}

impl LocalName for Node<'_, '_> {
    fn has_tag_name_local(&self, name: &str) -> bool {
        self.is_element() && self.tag_name().name() == name
    }
}

/// An attribute by its local name (`w:val`, whatever the prefix).
fn attribute<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == name)
        .map(|a| a.value())
}

impl CoreProperties {
    fn read(core: &Document) -> Self {
        let field = |name: &str| {
            core.root_element()
                .children()
                .find(|n| n.has_tag_name_local(name))
                .and_then(|n| n.text())
                .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|text| !text.is_empty())
        };
        Self {
            title: field("title"),
            creator: field("creator"),
            created: field("created"),
            modified: field("modified"),
        }
    }
}

/// What a paragraph style makes of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Heading(u8),
    Text,
}

/// Paragraph styles by id. Ids are localised ("berschrift1" in a German Word), so a
/// style is known by its built-in name ("heading 1", "Title") or its outline level.
#[derive(Default)]
struct Styles {
    roles: std::collections::HashMap<String, Role>,
}

impl Styles {
    fn read(styles: &Document) -> Self {
        let mut roles = std::collections::HashMap::new();
        for style in styles
            .root_element()
            .children()
            .filter(|n| n.has_tag_name_local("style"))
            .filter(|n| attribute(*n, "type") == Some("paragraph"))
        {
            let Some(id) = attribute(style, "styleId") else {
                continue;
            };
            let name = style
                .children()
                .find(|n| n.has_tag_name_local("name"))
                .and_then(|n| attribute(n, "val"))
                .unwrap_or_default();
            let outline = style
                .children()
                .find(|n| n.has_tag_name_local("pPr"))
                .and_then(outline_level);
            let role = role_of(name).or(outline.map(Role::Heading));
            if let Some(role) = role {
                roles.insert(id.to_owned(), role);
            }
        }
        Self { roles }
    }

    fn role(&self, id: &str) -> Role {
        self.roles
            .get(id)
            .copied()
            .or_else(|| role_of(id))
            .unwrap_or(Role::Text)
    }
}

/// "Title", "heading 2", and the ids Word gives them in English ("Heading2").
fn role_of(name: &str) -> Option<Role> {
    let lower = name.to_ascii_lowercase();
    if lower == "title" {
        return Some(Role::Title);
    }
    let level = lower.strip_prefix("heading")?.trim();
    level
        .parse::<u8>()
        .ok()
        .filter(|n| (1..=9).contains(n))
        .map(Role::Heading)
}

/// `<w:outlineLvl w:val="0"/>` makes a paragraph a level-1 heading.
fn outline_level(properties: Node) -> Option<u8> {
    properties
        .children()
        .find(|n| n.has_tag_name_local("outlineLvl"))
        .and_then(|n| attribute(n, "val")?.parse::<u8>().ok())
        .filter(|level| *level < 9)
        .map(|level| level + 1)
}

/// The body's paragraphs and table rows, in order. Content controls (`w:sdt`) and
/// custom XML wrap paragraphs without changing them, so they are read through.
fn body_blocks(body: Node, styles: &Styles) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut pending: Vec<Node> = body.children().rev().collect();
    while let Some(node) = pending.pop() {
        if !node.is_element() {
            continue;
        }
        match node.tag_name().name() {
            "p" => {
                let text = paragraph_text(node);
                if text.is_empty() {
                    continue;
                }
                let role = paragraph_role(node, styles);
                // The document's title, or a first-level heading before any text.
                let is_title = role == Role::Title
                    || (role == Role::Heading(1) && blocks.iter().all(Block::is_heading));
                blocks.push(if is_title {
                    Block::heading(text)
                } else {
                    Block::plain(text)
                });
            }
            "tbl" => blocks.extend(table_rows(node).into_iter().map(Block::plain)),
            "sdt" | "sdtContent" | "customXml" | "ins" | "moveTo" | "smartTag" => {
                pending.extend(node.children().rev());
            }
            _ => {}
        }
    }
    blocks
}

fn paragraph_role(paragraph: Node, styles: &Styles) -> Role {
    let Some(properties) = paragraph.children().find(|n| n.has_tag_name_local("pPr")) else {
        return Role::Text;
    };
    let style = properties
        .children()
        .find(|n| n.has_tag_name_local("pStyle"))
        .and_then(|n| attribute(n, "val"))
        .map_or(Role::Text, |id| styles.role(id));
    match (style, outline_level(properties)) {
        (Role::Text, Some(level)) => Role::Heading(level),
        (role, _) => role,
    }
}

/// Elements whose text is not what the page shows: deleted or moved-away text, field
/// instructions, drawings and text boxes, notes' reference marks, properties.
const UNSHOWN: &[&str] = &[
    "del",
    "moveFrom",
    "delText",
    "instrText",
    "delInstrText",
    "drawing",
    "pict",
    "object",
    "AlternateContent",
    "footnoteReference",
    "endnoteReference",
    "commentReference",
    "rPr",
    "pPr",
    "sectPr",
];

/// A paragraph's visible text, whitespace collapsed.
fn paragraph_text(paragraph: Node) -> String {
    let mut text = String::new();
    let mut pending: Vec<Node> = paragraph.children().rev().collect();
    while let Some(node) = pending.pop() {
        if !node.is_element() {
            continue;
        }
        let name = node.tag_name().name();
        if UNSHOWN.contains(&name) {
            continue;
        }
        match name {
            "t" => text.push_str(node.text().unwrap_or_default()),
            "tab" | "br" | "cr" => text.push(' '),
            "noBreakHyphen" => text.push('-'),
            "r" if is_hidden(node) => {}
            // A nested paragraph (in a text box that escaped the list above).
            "p" => {
                text.push(' ');
                pending.extend(node.children().rev());
            }
            _ => pending.extend(node.children().rev()),
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A run formatted as hidden text (`<w:vanish/>`) is not shown or printed.
fn is_hidden(run: Node) -> bool {
    run.children()
        .filter(|n| n.has_tag_name_local("rPr"))
        .flat_map(|properties| properties.children())
        .filter(|n| n.has_tag_name_local("vanish"))
        .any(|vanish| !matches!(attribute(vanish, "val"), Some("0" | "false" | "off")))
}

/// Each row of a table as one line, its cells' text joined by [`TABLE_CELL_SEPARATOR`] (a nested table's
/// text stays in its cell).
fn table_rows(table: Node) -> Vec<String> {
    let mut rows = Vec::new();
    let mut pending: Vec<Node> = table.children().rev().collect();
    while let Some(node) = pending.pop() {
        match node.tag_name().name() {
            "tr" if node.is_element() => {
                let cells: Vec<String> = node
                    .children()
                    .flat_map(cells_of)
                    .map(|cell| {
                        cell.descendants()
                            .filter(|n| n.has_tag_name_local("p"))
                            .filter(|p| !p.ancestors().skip(1).any(|a| a.has_tag_name_local("p")))
                            .map(paragraph_text)
                            .filter(|t| !t.is_empty())
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                if cells.iter().any(|cell| !cell.is_empty()) {
                    rows.push(cells.join(TABLE_CELL_SEPARATOR));
                }
            }
            "sdt" | "sdtContent" | "customXml" | "ins" | "moveTo" if node.is_element() => {
                pending.extend(node.children().rev());
            }
            _ => {}
        }
    }
    rows
}

/// The cells of a row, through content controls that may wrap them.
fn cells_of<'a, 'x>(node: Node<'a, 'x>) -> Vec<Node<'a, 'x>> {
    if node.has_tag_name_local("tc") {
        vec![node]
    } else if node.has_tag_name_local("sdt") || node.has_tag_name_local("sdtContent") {
        node.children().flat_map(cells_of).collect()
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_targets_resolve_inside_the_package() {
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("word", "styles.xml"), "word/styles.xml");
        assert_eq!(resolve("word", "/word/styles.xml"), "word/styles.xml");
        assert_eq!(resolve("word", "../custom/a.xml"), "custom/a.xml");
        assert_eq!(resolve("", "./word/document.xml"), "word/document.xml");
    }

    #[test]
    fn headings_are_known_by_name_in_any_language() {
        assert_eq!(role_of("heading 1"), Some(Role::Heading(1)));
        assert_eq!(role_of("Heading2"), Some(Role::Heading(2)));
        assert_eq!(role_of("Title"), Some(Role::Title));
        assert_eq!(role_of("Normal"), None);
        assert_eq!(role_of("Heading"), None);
    }

    #[test]
    fn not_a_zip_is_a_damaged_document() {
        let error = read(b"just some text, not a package").err().unwrap();
        assert!(error.contains("not a complete ZIP package"), "{error}");
    }

    fn package(parts: &[(&str, &[u8])]) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, content) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(content).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn a_part_that_unpacks_to_more_than_any_article_is_refused() {
        let mut bomb = b"<w:document><w:body>".to_vec();
        bomb.resize(17 * 1024 * 1024, b' ');
        let bytes = package(&[("word/document.xml", &bomb)]);
        assert!(bytes.len() < 100_000, "compressed to {}", bytes.len());
        let error = read(&bytes).err().unwrap();
        assert!(error.contains("unpacks to over 16 MB"), "{error}");
    }

    #[test]
    fn a_package_without_its_main_part_or_with_broken_xml_is_damaged() {
        let error = read(&package(&[("word/styles.xml", b"<w:styles/>")]))
            .err()
            .unwrap();
        assert!(
            error.contains("no main text part (word/document.xml)"),
            "{error}"
        );
        let error = read(&package(&[("word/document.xml", b"<w:document><w:body>")]))
            .err()
            .unwrap();
        assert!(
            error.contains("word/document.xml is not valid XML"),
            "{error}"
        );
    }

    #[test]
    fn compound_files_say_whether_they_are_encrypted_or_old_format() {
        let mut encrypted = COMPOUND_FILE_MAGIC.to_vec();
        encrypted.extend(vec![0; 100]);
        encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(read(&encrypted).err().unwrap().contains("encrypted"));
        let mut old = COMPOUND_FILE_MAGIC.to_vec();
        old.extend(vec![0; 100]);
        assert!(read(&old).err().unwrap().contains("Word 97–2003"));
    }
}
