//! `chancery entities`: entity mentions with character offsets, as JSON lines, so the
//! actor rules can be measured against annotated news text.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::files;

/// An input line of `--jsonl`.
#[derive(Deserialize)]
struct Document {
    id: Value,
    text: String,
}

/// An output line of `--jsonl`: offsets into the document's own text.
#[derive(Serialize)]
struct DocumentEntities {
    id: Value,
    entities: Vec<Offsets>,
}

#[derive(Serialize)]
struct Offsets {
    start: usize,
    end: usize,
    label: chancery::EntityLabel,
}

/// One article, cleaned as `chancery extract` cleans it: a JSON object per mention.
pub fn of_article(path: &Path, fetch: bool) -> Result<()> {
    let article = files::read_single(path, fetch)?;
    let mut out = String::new();
    for mention in chancery::entities(&article.text) {
        out.push_str(&serde_json::to_string(&mention).context("serialising a mention")?);
        out.push('\n');
    }
    files::write_stdout(out.as_bytes())
}

/// Lines `{"id", "text"}` in (a file, or `-` for standard input), one line of entities
/// out per line in. A line that is not such an object is skipped with a message naming
/// it; the others go on, and the command then fails so a script notices.
pub fn of_json_lines(path: &Path) -> Result<()> {
    let name = path.display().to_string();
    let input: Box<dyn BufRead> = if name == "-" {
        Box::new(BufReader::new(std::io::stdin().lock()))
    } else {
        let file = std::fs::File::open(path).with_context(|| format!("{name}: cannot open"))?;
        Box::new(BufReader::new(file))
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut skipped = 0;
    for (number, line) in input.lines().enumerate() {
        let line = line.with_context(|| format!("{name}: line {}: cannot read", number + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let document: Document = match serde_json::from_str(&line) {
            Ok(document) => document,
            Err(error) => {
                eprintln!(
                    "warning: {name}: line {}: skipped, not a JSON object with \"id\" and \"text\" ({error})",
                    number + 1
                );
                skipped += 1;
                continue;
            }
        };
        let entities = chancery::entities(&document.text)
            .into_iter()
            .map(|m| Offsets {
                start: m.start,
                end: m.end,
                label: m.label,
            })
            .collect();
        let result = DocumentEntities {
            id: document.id,
            entities,
        };
        serde_json::to_writer(&mut out, &result).context("cannot write to standard output")?;
        out.write_all(b"\n")
            .context("cannot write to standard output")?;
    }
    out.flush().context("cannot write to standard output")?;
    if skipped > 0 {
        bail!("{name}: {skipped} line(s) skipped");
    }
    Ok(())
}
