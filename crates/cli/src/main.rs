//! The `chancery` command: a thin front end over the core library. It reads files,
//! picks today's date and writes output; everything else happens in `chancery`.

mod entities;
mod files;
mod project;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use chancery::render::Format;
use chancery::{Briefing, BriefingOptions, Date};
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "chancery",
    version,
    about = "Turn news articles into a one-page diplomatic briefing"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Draft a briefing from articles (.txt, .md, .html, .pdf, .docx)
    Draft {
        /// Articles to brief on: files, or web addresses with --fetch
        #[arg(required = true, value_name = "FILE|URL")]
        files: Vec<PathBuf>,
        /// Download web addresses and .url/.webloc shortcuts (the only network access)
        #[arg(long)]
        fetch: bool,
        /// Where to write; without it, text formats go to standard output
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Output format; by default taken from OUT's extension, else Markdown
        #[arg(long, value_enum)]
        format: Option<DraftFormat>,
        /// A template name (see `chancery templates`) or a path to a .md.hbs file
        #[arg(long, value_name = "NAME|PATH", default_value = "briefing")]
        template: String,
        /// "Today" for the briefing, so output is reproducible (default: today, UTC)
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<Date>,
        /// The briefing's title (default: the most central article's title)
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        /// The handling marking shown at the top and bottom
        #[arg(long, value_name = "TEXT", default_value = "UNCLASSIFIED")]
        marking: String,
        /// Folder of user templates that override built-ins by name
        #[arg(long, value_name = "DIR", env = "CHANCERY_TEMPLATES")]
        templates_dir: Option<PathBuf>,
        /// Corrections to the actor table: lines like `merge Doval => Ajit Doval`
        #[arg(long, value_name = "FILE")]
        actors: Option<PathBuf>,
    },
    /// Add articles to a project file (made if missing): the file the app opens and saves
    Add {
        /// The project (.chancery); each article is kept in it as soon as it is read
        #[arg(short, long, value_name = "PROJECT")]
        project: PathBuf,
        /// Articles to add: files, or web addresses with --fetch
        #[arg(value_name = "FILE|URL")]
        files: Vec<PathBuf>,
        /// Download web addresses and .url/.webloc shortcuts (the only network access)
        #[arg(long)]
        fetch: bool,
        /// Leave PROJECT as it is and save the result, whole, as a new file (also converts
        /// a project saved by an earlier version)
        #[arg(long, value_name = "FILE")]
        save_as: Option<PathBuf>,
    },
    /// Print the cleaned article: its body text, or everything as JSON
    Extract {
        #[arg(value_name = "FILE|URL")]
        file: PathBuf,
        /// Download a web address or a .url/.webloc shortcut (the only network access)
        #[arg(long)]
        fetch: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: ExtractFormat,
    },
    /// Print entity mentions (PERSON, ORG, GPE, LOC) as JSON lines with character offsets
    Entities {
        /// An article (cleaned first, offsets into its cleaned text); with --jsonl, a
        /// file of `{"id", "text"}` lines (`-` for standard input)
        #[arg(value_name = "FILE|URL")]
        file: PathBuf,
        /// Read `{"id", "text"}` lines of raw text; write `{"id", "entities"}` lines
        #[arg(long)]
        jsonl: bool,
        /// Download a web address or a .url/.webloc shortcut (the only network access)
        #[arg(long, conflicts_with = "jsonl")]
        fetch: bool,
    },
    /// List the built-in and user templates
    Templates {
        /// Folder of user templates that override built-ins by name
        #[arg(long, value_name = "DIR", env = "CHANCERY_TEMPLATES")]
        templates_dir: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DraftFormat {
    Html,
    Pdf,
    Docx,
    Md,
    Json,
}

impl DraftFormat {
    /// The export format, or None for the briefing's data as JSON.
    fn export(self) -> Option<Format> {
        match self {
            Self::Html => Some(Format::Html),
            Self::Pdf => Some(Format::Pdf),
            Self::Docx => Some(Format::Docx),
            Self::Md => Some(Format::Markdown),
            Self::Json => None,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    chancery::ingest::quiet_caught_panics();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            // Help and version are successes; a wrong call is exit 1, like any failure.
            return if error.use_stderr() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::Draft {
            files,
            output,
            format,
            template,
            date,
            title,
            marking,
            templates_dir,
            actors,
            fetch,
        } => files::read_actor_edits(actors.as_deref()).and_then(|actor_edits| {
            let options = BriefingOptions {
                today: date.unwrap_or_else(files::today_utc),
                title,
                marking,
                originator: None,
                actor_edits,
            };
            draft(
                &files,
                output.as_deref(),
                format,
                &template,
                &options,
                templates_dir.as_deref(),
                fetch,
            )
        }),
        Command::Add {
            project,
            files,
            fetch,
            save_as,
        } => project::add(&project, &files, fetch, save_as.as_deref()),
        Command::Extract {
            file,
            format,
            fetch,
        } => extract(&file, format, fetch),
        Command::Entities { file, jsonl, fetch } => {
            if jsonl {
                entities::of_json_lines(&file)
            } else {
                entities::of_article(&file, fetch)
            }
        }
        Command::Templates { templates_dir } => list_templates(templates_dir.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn draft(
    paths: &[PathBuf],
    output: Option<&Path>,
    format: Option<DraftFormat>,
    template: &str,
    options: &BriefingOptions,
    templates_dir: Option<&Path>,
    fetch: bool,
) -> Result<()> {
    let format = resolve_format(format, output)?;
    match format {
        DraftFormat::Pdf if output.is_none() => {
            bail!("PDF output needs a file: add -o briefing.pdf")
        }
        DraftFormat::Docx if output.is_none() => {
            bail!("Word output needs a file: add -o briefing.docx")
        }
        _ => {}
    }
    let (mut templates, template_warnings) = files::load_templates(templates_dir)?;
    let template = files::resolve_template(&mut templates, template)?;
    let drafter = templates.compile()?;
    if !drafter.has_briefing_template(&template) {
        bail!("no briefing template named '{template}' (see `chancery templates`)");
    }

    let (read, read_warnings) = files::read_articles(paths, fetch);
    for warning in template_warnings.iter().chain(&read_warnings) {
        eprintln!("warning: {warning}");
    }
    // Unreadable files were reported above; the core reports the ones it could not use.
    let briefing: Briefing = chancery::brief_read(read, options)?;
    // The briefing names files by their file names only (it is made to be shared); here,
    // on the user's own terminal, the path they typed says which file it was.
    // File name → the path typed, or None when two paths share the name.
    let mut typed: HashMap<String, Option<String>> = HashMap::new();
    for path in paths {
        let path = path.display().to_string();
        typed
            .entry(chancery::file_name(&path).to_owned())
            .and_modify(|seen| *seen = None)
            .or_insert(Some(path));
    }
    for warning in &briefing.warnings {
        let path = warning
            .file
            .as_ref()
            .and_then(|f| typed.get(f))
            .and_then(Option::as_ref);
        match path {
            Some(path) => eprintln!("warning: {path}: {}", warning.message),
            None => eprintln!("warning: {warning}"),
        }
    }

    let draft = chancery::Draft::new(&drafter, &template);
    let bytes = match format.export() {
        Some(format) => {
            let exported = chancery::render::export(&briefing, &draft, format)?;
            for warning in &exported.warnings {
                eprintln!("warning: {warning}");
            }
            exported.value
        }
        None => {
            let mut json =
                serde_json::to_string_pretty(&briefing).context("serialising the briefing")?;
            json.push('\n');
            json.into_bytes()
        }
    };
    match output {
        Some(path) => files::write_atomically(path, &bytes),
        None => files::write_stdout(&bytes),
    }
}

fn resolve_format(format: Option<DraftFormat>, output: Option<&Path>) -> Result<DraftFormat> {
    if let Some(format) = format {
        return Ok(format);
    }
    let Some(output) = output else {
        return Ok(DraftFormat::Md);
    };
    let extension = output.extension().and_then(|e| e.to_str()).unwrap_or("");
    if extension.eq_ignore_ascii_case("json") {
        return Ok(DraftFormat::Json);
    }
    match Format::from_extension(extension) {
        Some(Format::Html) => Ok(DraftFormat::Html),
        Some(Format::Pdf) => Ok(DraftFormat::Pdf),
        Some(Format::Docx) => Ok(DraftFormat::Docx),
        Some(Format::Markdown) => Ok(DraftFormat::Md),
        None => bail!(
            "{}: cannot tell the format from the extension; add --format html|pdf|docx|md|json",
            output.display()
        ),
    }
}

fn extract(path: &Path, format: ExtractFormat, fetch: bool) -> Result<()> {
    let article = files::read_single(path, fetch)?;
    let mut out = match format {
        ExtractFormat::Text => article.text,
        ExtractFormat::Json => {
            serde_json::to_string_pretty(&article).context("serialising the article")?
        }
    };
    out.push('\n');
    files::write_stdout(out.as_bytes())
}

fn list_templates(templates_dir: Option<&Path>) -> Result<()> {
    let (templates, warnings) = files::load_templates(templates_dir)?;
    for warning in warnings {
        eprintln!("warning: {warning}");
    }
    let mut out = String::new();
    for info in templates.list() {
        let origin = match info.origin {
            chancery::draft::Origin::Builtin => "built-in".to_owned(),
            chancery::draft::Origin::User(path) => path,
        };
        out.push_str(&format!("{:<16} {:<5} {origin}\n", info.name, info.output));
    }
    files::write_stdout(out.as_bytes())
}
