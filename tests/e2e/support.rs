//! A small harness so each test reads as the user's action and what they see.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Mutex;

/// The fixed "today" every test drafts with, so output is reproducible.
pub const DATE: &str = "2025-08-06";

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// A binary of this workspace (by its name, unique here), built once per test run through cargo itself, so the
/// tests always run what the sources say.
///
/// Built as `cargo test --workspace` builds (every member, test targets included), so
/// the binary's dependencies have the same features as the test build's and are reused:
/// built on its own, it took a second build of Tauri and what depends on it (~6 minutes
/// of a cold `./test.sh` on 2 cores).
pub fn workspace_binary(bin: &str) -> PathBuf {
    static BUILT: Mutex<BTreeMap<String, PathBuf>> = Mutex::new(BTreeMap::new());
    let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
    built
        .entry(bin.to_owned())
        .or_insert_with(|| {
            let messages = escargot::CargoBuild::new()
                .manifest_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml"))
                .args(["--workspace", "--tests", "--bin", bin])
                .exec()
                .unwrap_or_else(|e| panic!("{bin} builds: {e}"));
            let mut found = None;
            for message in messages {
                let message = message.unwrap_or_else(|e| panic!("{bin} builds: {e}"));
                if let Ok(escargot::format::Message::CompilerArtifact(artifact)) = message.decode()
                {
                    // Binary names are unique in this workspace.
                    let is_it = !artifact.profile.test
                        && artifact.target.kind.iter().any(|k| k == "bin")
                        && artifact.target.name == bin;
                    if is_it {
                        found = artifact.executable.map(|path| path.to_path_buf());
                    }
                }
            }
            found.unwrap_or_else(|| panic!("cargo built no binary {bin}"))
        })
        .clone()
}

fn binary() -> PathBuf {
    workspace_binary("chancery")
}

/// One run of the command: exit status, and what it printed.
pub struct Run {
    pub success: bool,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

pub fn chancery(args: &[&str]) -> Run {
    chancery_with_env(args, &[])
}

/// A run with extra environment variables, such as a smaller time budget per file.
pub fn chancery_with_env(args: &[&str], env: &[(&str, &str)]) -> Run {
    let output: Output = std::process::Command::new(binary())
        .envs(env.iter().copied())
        .args(args)
        .env_remove("CHANCERY_TEMPLATES")
        .env("XDG_CONFIG_HOME", "/nonexistent-chancery-config")
        // Fetching tests use a local server; a stalled one must fail fast.
        .env("CHANCERY_FETCH_TIMEOUT", "2")
        .output()
        .expect("the chancery binary runs");
    Run {
        success: output.status.success(),
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Drafts `files` into `out` with the fixed date; panics with the command's own
/// messages if it fails.
/// `chancery extract FIXTURE --format json`, which must succeed: the cleaned article.
pub fn extract_json(file: &str) -> serde_json::Value {
    let run = chancery(&[
        "extract",
        fixture(file).to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(run.success, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("JSON")
}

pub fn draft_to(out: &Path, files: &[&Path], extra: &[&str]) -> Run {
    let mut args: Vec<String> = vec!["draft".into()];
    args.extend(files.iter().map(|f| f.display().to_string()));
    args.extend([
        "-o".into(),
        out.display().to_string(),
        "--date".into(),
        DATE.into(),
    ]);
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = chancery(&args);
    assert!(run.success, "chancery {args:?} failed:\n{}", run.stderr);
    run
}

/// Page count and whitespace-normalised text of a PDF.
pub fn read_pdf(path: &Path) -> (usize, String) {
    let bytes = std::fs::read(path).expect("the PDF was written");
    let document = lopdf::Document::load_mem(&bytes).expect("the PDF parses");
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("the PDF has extractable text");
    (document.get_pages().len(), normalise(&text))
}

/// A Word document as a reader of its XML finds it.
pub struct WordDocument {
    /// Each body paragraph's style id (empty for Normal) and text, tables' included.
    pub paragraphs: Vec<(String, String)>,
    /// Each table row's cells' text.
    pub rows: Vec<Vec<String>>,
    pub header: String,
    pub footer: String,
    /// Every XML part of the package, as written.
    pub parts: BTreeMap<String, String>,
}

/// Reads a `.docx` back, parsing each XML part (so a malformed one fails the test).
pub fn read_docx(path: &Path) -> WordDocument {
    use std::io::Read;
    let bytes = std::fs::read(path).expect("the Word document was written");
    let mut package =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("the Word document is a ZIP");
    let mut parts = BTreeMap::new();
    for index in 0..package.len() {
        let mut file = package.by_index(index).unwrap();
        if file.is_dir() {
            continue;
        }
        let mut text = String::new();
        file.read_to_string(&mut text).expect("a part is UTF-8");
        roxmltree::Document::parse(&text)
            .unwrap_or_else(|e| panic!("{} is not well-formed XML: {e}", file.name()));
        parts.insert(file.name().to_owned(), text);
    }
    let texts = |node: roxmltree::Node| -> String {
        node.descendants()
            .filter(|n| n.has_tag_name("t"))
            .filter_map(|n| n.text())
            .collect()
    };
    let part_text = |name: &str| {
        let xml = &parts[name];
        texts(roxmltree::Document::parse(xml).unwrap().root())
    };
    let xml = &parts["word/document.xml"];
    let document = roxmltree::Document::parse(xml).unwrap();
    let paragraphs = document
        .descendants()
        .filter(|n| n.has_tag_name("p"))
        .map(|p| {
            let style = p
                .descendants()
                .find(|n| n.has_tag_name("pStyle"))
                .and_then(|n| n.attributes().find(|a| a.name() == "val"))
                .map(|a| a.value().to_owned())
                .unwrap_or_default();
            (style, texts(p))
        })
        .collect();
    let rows = document
        .descendants()
        .filter(|n| n.has_tag_name("tr"))
        .map(|row| {
            row.children()
                .filter(|c| c.has_tag_name("tc"))
                .map(texts)
                .collect()
        })
        .collect();
    WordDocument {
        paragraphs,
        rows,
        header: part_text("word/header1.xml"),
        footer: part_text("word/footer1.xml"),
        parts,
    }
}

/// Base font names embedded in a PDF.
pub fn pdf_fonts(path: &Path) -> Vec<String> {
    let document = lopdf::Document::load(path).expect("the PDF parses");
    document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter_map(|dict| dict.get(b"BaseFont").ok())
        .filter_map(|name| name.as_name().ok())
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect()
}

/// The actor of that name in a JSON template context; panics with the names there.
pub fn actor<'c>(context: &'c serde_json::Value, name: &str) -> &'c serde_json::Value {
    let actors = context["actors"].as_array().expect("an actors list");
    actors
        .iter()
        .find(|a| a["name"] == name)
        .unwrap_or_else(|| {
            panic!(
                "no actor {name} among {:?}",
                actors.iter().map(|a| &a["name"]).collect::<Vec<_>>()
            )
        })
}

/// Asserts the table's row for that name has this role and affiliation.
pub fn assert_role_and_affiliation(
    context: &serde_json::Value,
    name: &str,
    role: &str,
    affiliation: &str,
) {
    let found = actor(context, name);
    assert_eq!(
        (&found["role"], &found["affiliation"]),
        (&role.into(), &affiliation.into()),
        "{name}"
    );
}

pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}
