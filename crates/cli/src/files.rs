//! Everything the command touches outside the process: input files, template folders,
//! the clock, and output written so that a failure never leaves half a file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use chancery::{Article, Date, InputFile, Templates, Warned};
use rayon::prelude::*;

/// What reading one input gave: an article, or why not (the core's error).
pub type Read = Result<Warned<Article>, chancery::Error>;

/// Reads every input into an article; one that cannot be read is a warning (from here)
/// or an error in the list (from the core), and the rest go on. Web addresses and
/// `.url`/`.webloc` shortcuts are fetched only when `fetch` is set.
pub fn read_articles(paths: &[PathBuf], fetch: bool) -> (Vec<Read>, Vec<String>) {
    // Files are read on every core; the results keep the order they were typed in.
    let results: Vec<Result<Read>> = paths.par_iter().map(|p| read_one(p, fetch)).collect();
    let mut read = Vec::new();
    let mut warnings = Vec::new();
    for result in results {
        match result {
            Ok(article) => read.push(article),
            Err(error) => warnings.push(format!("{error:#}")),
        }
    }
    (read, warnings)
}

/// One input for the commands that take one (`extract`, `entities`): the article, its
/// warnings printed, or the reason it could not be read.
pub fn read_single(path: &Path, fetch: bool) -> Result<Article> {
    let article = read_one(path, fetch)??;
    for warning in &article.warnings {
        eprintln!("warning: {warning}");
    }
    Ok(article.value)
}

/// One input as the core read it (an article, or the core's reason), or why the file
/// itself could not be read or fetched.
pub fn read_one(path: &Path, fetch: bool) -> Result<Read> {
    let name = path.display().to_string();
    if chancery::ingest::link::is_web_address(&name) {
        if !fetch {
            anyhow::bail!("{name}: a web address; add --fetch to download it (Chancery goes online only when asked)");
        }
        return fetch_page(&name);
    }
    let input = read_input(path)?;
    let lower = name.to_ascii_lowercase();
    if fetch && (lower.ends_with(".url") || lower.ends_with(".webloc")) {
        let url = chancery::ingest::link::shortcut_target(&name, &input.bytes)?;
        return fetch_page(&url);
    }
    Ok(chancery::ingest::ingest_within(input, time_budget()))
}

/// How long one file may take to read: `CHANCERY_FILE_TIME_BUDGET` seconds, else the
/// core's default.
fn time_budget() -> std::time::Duration {
    std::env::var("CHANCERY_FILE_TIME_BUDGET")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .map_or(
            chancery::ingest::FILE_TIME_BUDGET,
            std::time::Duration::from_secs_f64,
        )
}

fn fetch_page(url: &str) -> Result<Read> {
    let page = chancery_fetch::fetch(url)?;
    Ok(chancery::ingest::link::ingest_fetched(
        url,
        page.content_type.as_deref(),
        page.bytes,
    ))
}

pub fn read_input(path: &Path) -> Result<InputFile> {
    let name = path.display().to_string();
    let metadata = std::fs::metadata(path).with_context(|| format!("{name}: cannot read"))?;
    if metadata.is_dir() {
        anyhow::bail!("{name}: is a folder, not an article");
    }
    if metadata.len() > chancery::ingest::MAX_FILE_BYTES as u64 {
        anyhow::bail!(
            "{name}: the file is {} MB, over the {} MB limit for one article",
            metadata.len() / (1024 * 1024),
            chancery::ingest::MAX_FILE_BYTES / (1024 * 1024)
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("{name}: cannot read"))?;
    Ok(InputFile::new(name, bytes))
}

/// The user's corrections to the actor table, from an actors file if one is given.
pub fn read_actor_edits(path: Option<&Path>) -> Result<Vec<chancery::ActorEdit>> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{name}: cannot read the actors file"))?;
    Ok(chancery::edit::actors::parse(&text, &name)?)
}

/// Built-in templates, overridden by `*.hbs` files in the user's folder: the one
/// given, else `$XDG_CONFIG_HOME/chancery/templates` (or `~/.config/…`) if it exists.
pub fn load_templates(dir: Option<&Path>) -> Result<(Templates, Vec<String>)> {
    let mut templates = Templates::builtin();
    let mut warnings = Vec::new();
    let dir = match dir {
        Some(dir) => {
            if !dir.is_dir() {
                anyhow::bail!("{}: template folder not found", dir.display());
            }
            dir.to_owned()
        }
        None => match default_template_dir() {
            Some(dir) if dir.is_dir() => dir,
            _ => return Ok((templates, warnings)),
        },
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("{}: cannot list templates", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "hbs"))
        .collect();
    entries.sort();
    for path in entries {
        if let Err(error) = add_template_file(&mut templates, &path) {
            warnings.push(format!("{error:#} (template skipped)"));
        }
    }
    Ok((templates, warnings))
}

fn default_template_dir() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))?;
    Some(config.join("chancery").join("templates"))
}

/// `--template` names a template, or a path to a `.hbs` file that is loaded first.
pub fn resolve_template(templates: &mut Templates, choice: &str) -> Result<String> {
    let looks_like_path = choice.contains(std::path::MAIN_SEPARATOR) || choice.ends_with(".hbs");
    if looks_like_path {
        add_template_file(templates, Path::new(choice))
    } else {
        Ok(choice.to_owned())
    }
}

fn add_template_file(templates: &mut Templates, path: &Path) -> Result<String> {
    let display = path.display().to_string();
    let source = std::fs::read_to_string(path)
        .with_context(|| format!("{display}: cannot read template"))?;
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(&display);
    Ok(templates.add_user_file(file_name, source, &display)?)
}

/// Writes to a temporary file beside the target, then renames it into place, so an
/// interrupted write never destroys the previous file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    // What an earlier run killed mid-write left beside this file.
    chancery_storage::remove_leftovers(path);
    chancery_storage::write_atomically(path, bytes)
        .with_context(|| format!("{}: cannot write", path.display()))
}

pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .context("cannot write to standard output")
}

/// Today's date in UTC, when `--date` does not fix it.
pub fn today_utc() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_epoch_days((seconds / 86_400) as i64)
}
