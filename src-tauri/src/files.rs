//! The shell's contact with the disk and the clock: reading dropped or picked articles,
//! the autosaved project, and writing exports (the paths come from `dialogs`).

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use chancery::ingest;
use chancery::{Article, Date, InputFile, Project, Templates, Warned};
use chancery_storage::project_store::{ProjectStore, StoreError};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::error::{CommandError, ErrorKind};
use crate::session::{Session, TemplateSet};

/// Where the project is autosaved: `CHANCERY_DATA_DIR` (for tests), else the app's
/// data folder.
fn data_dir<R: Runtime>(app: &AppHandle<R>) -> Result<PathBuf, Box<dyn std::error::Error>> {
    match std::env::var_os("CHANCERY_DATA_DIR") {
        Some(dir) => Ok(PathBuf::from(dir)),
        None => Ok(app.path().app_data_dir()?),
    }
}

/// Restores the autosaved project, or starts one with the files named on the command
/// line (`chancery-app FILE...`), so `./run.sh` opens with the sample ready to draft.
pub fn open_session<R: Runtime>(app: &AppHandle<R>) -> Result<Session, Box<dyn std::error::Error>> {
    let dir = data_dir(app)?;
    std::fs::create_dir_all(&dir)?;
    let mut notices = Vec::new();
    let (mut store, mut project) = open_autosave(&dir, &mut notices)?;
    if project.articles.is_empty() {
        for path in std::env::args_os()
            .skip(1)
            .map(PathBuf::from)
            .filter(|p| p.is_file())
        {
            read_path(&path).add_to(&mut project);
        }
        // Saved at once: the files given at start are part of the work to keep.
        store.save(&project)?;
    }
    let templates = load_templates(app, project.template_folder.as_deref())?;
    let export_folder_file = dir.join("export-folder.txt");
    let export_folder = std::fs::read_to_string(&export_folder_file)
        .ok()
        .map(|folder| PathBuf::from(folder.trim()));
    Ok(Session {
        project: std::sync::Mutex::new(project),
        store: std::sync::Mutex::new(store),
        templates: std::sync::RwLock::new(templates),
        notices,
        exported: std::sync::Mutex::new(Vec::new()),
        export_folder: std::sync::Mutex::new(export_folder),
        export_folder_file,
        dropped: Default::default(),
        next_drop: Default::default(),
        revision: Default::default(),
        briefing_cache: Default::default(),
    })
}

/// The working project's store in the data folder. One that cannot be used (damaged,
/// or from a newer version) is kept aside under a new name and the user told; the
/// JSON autosave of earlier versions is carried over once and kept as it was.
fn open_autosave(
    dir: &Path,
    notices: &mut Vec<String>,
) -> Result<(ProjectStore, Project), StoreError> {
    let path = dir.join("autosave.chancery");
    let legacy = dir.join("autosave.chancery.json");
    // A run of an earlier version killed mid-autosave left its temporary file.
    chancery_storage::remove_leftovers(&legacy);
    chancery_storage::remove_leftovers(&path);
    let carried_over = if path.exists() {
        None
    } else {
        read_legacy(&legacy, notices)
    };
    let (mut store, project) = match ProjectStore::open(&path) {
        Err(error) if error.is_unusable_file() => {
            let aside = keep_aside(&path);
            notices.push(format!(
                "Your saved work could not be opened ({error}). It was kept as {} and a new \
                 project started.",
                aside.display()
            ));
            ProjectStore::open(&path)?
        }
        opened => opened?,
    };
    match carried_over {
        Some(project) => {
            store.replace(&project)?;
            let _ = std::fs::rename(&legacy, dir.join("autosave.chancery.json.carried-over"));
            Ok((store, project))
        }
        None => Ok((store, project)),
    }
}

/// The JSON autosave of an earlier version, if there is one; a damaged one is kept
/// aside and the user told.
fn read_legacy(legacy: &Path, notices: &mut Vec<String>) -> Option<Project> {
    if !legacy.exists() {
        return None;
    }
    match chancery_storage::project_store::read_project_file(legacy) {
        Ok(project) => Some(project),
        Err(error) => {
            let aside = keep_aside(legacy);
            notices.push(format!(
                "Your saved work could not be opened ({error}). It was kept as {}.",
                aside.display()
            ));
            None
        }
    }
}

/// Renames an unusable file (and SQLite's journal files beside it) to a free name.
fn keep_aside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let aside = (1..)
        .map(|n| path.with_file_name(format!("{name}.damaged-{n}")))
        .find(|candidate| !candidate.exists())
        .expect("a free name");
    let _ = std::fs::rename(path, &aside);
    for journal in ["-wal", "-shm"] {
        let beside = path.with_file_name(format!("{name}{journal}"));
        if beside.exists() {
            let _ = std::fs::rename(
                &beside,
                aside.with_file_name(format!(
                    "{}{journal}",
                    aside
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                )),
            );
        }
    }
    aside
}

/// The user's template folder: the one picked in the app, else `CHANCERY_TEMPLATES`,
/// else the one the command line reads too (`~/.config/chancery/templates`).
fn template_folder<R: Runtime>(app: &AppHandle<R>, picked: Option<&str>) -> Option<PathBuf> {
    picked
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("CHANCERY_TEMPLATES").map(PathBuf::from))
        .or_else(|| {
            let config = app.path().config_dir().ok()?;
            Some(config.join("chancery").join("templates"))
        })
}

/// Built-ins with the user's `*.hbs` files over them; a file that cannot be read or
/// parsed is skipped and listed as a problem, and the others are used.
pub fn load_templates<R: Runtime>(
    app: &AppHandle<R>,
    picked: Option<&str>,
) -> Result<TemplateSet, CommandError> {
    let mut templates = Templates::builtin();
    let mut problems = Vec::new();
    let folder = template_folder(app, picked).filter(|dir| dir.is_dir());
    if let Some(dir) = &folder {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        paths.retain(|p| p.extension().is_some_and(|e| e == "hbs"));
        paths.sort();
        for path in paths {
            let name = path.display().to_string();
            let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let added = std::fs::read_to_string(&path)
                .map_err(|e| format!("{name}: cannot read: {e}"))
                .and_then(|source| {
                    templates
                        .add_user_file(&file_name.unwrap_or_default(), source, &name)
                        .map_err(|e| e.to_string())
                });
            if let Err(problem) = added {
                problems.push(format!("{problem} (template skipped)"));
            }
        }
    } else if let Some(picked) = picked {
        problems.push(format!("{picked}: template folder not found"));
    }
    Ok(TemplateSet {
        drafter: templates.compile()?,
        list: templates.list(),
        folder,
        problems,
    })
}

/// Opens a file exported this session in its default application, or shows it in its
/// folder. Any other path is refused: the page cannot open arbitrary files.
pub fn open_exported<R: Runtime>(
    app: &AppHandle<R>,
    session: &Session,
    path: &str,
    reveal: bool,
) -> Result<(), CommandError> {
    let path = PathBuf::from(path);
    if !session.was_exported(&path) {
        return Err(CommandError::new(
            ErrorKind::NotExported,
            format!(
                "{}: only files exported in this session can be opened",
                path.display()
            ),
        ));
    }
    use tauri_plugin_opener::OpenerExt;
    let opened = if reveal {
        app.opener().reveal_item_in_dir(&path)
    } else {
        app.opener()
            .open_path(path.display().to_string(), None::<&str>)
    };
    opened.map_err(|e| {
        CommandError::new(
            ErrorKind::Open,
            format!("{}: cannot open: {e}", path.display()),
        )
    })
}

#[derive(Clone, Serialize)]
struct Progress {
    done: usize,
    total: usize,
}

/// Reads and cleans files on a worker thread, emitting `ingest-progress` as it goes.
/// Each file is read and cleaned without the project lock (a slow one may take its
/// whole time budget); only the finished article is handed to the project, so every
/// other command (preview, export, save) goes on meanwhile.
pub async fn add_paths<R: Runtime>(
    app: &AppHandle<R>,
    session: &Session,
    paths: Vec<PathBuf>,
) -> Result<(), CommandError> {
    let total = paths.len();
    let worker = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let session = worker.state::<Session>();
        for (done, path) in paths.iter().enumerate() {
            let reading = read_path(path);
            session.change_unsaved(|project| reading.add_to(project));
            let _ = worker.emit(
                "ingest-progress",
                Progress {
                    done: done + 1,
                    total,
                },
            );
        }
    })
    .await
    .map_err(|e| CommandError::new(ErrorKind::Ingest, e.to_string()))?;
    session.save()
}

/// What reading one file gave, ready to add to the project.
struct Reading {
    name: String,
    outcome: Outcome,
}

enum Outcome {
    /// Boxed: an article is large, and most outcomes of a big drop are read ones anyway.
    Read(Box<Result<Warned<Article>, chancery::Error>>),
    Link(String),
    Unreadable(String),
}

impl Reading {
    fn add_to(self, project: &mut Project) {
        let name = &self.name;
        match self.outcome {
            Outcome::Read(read) => project.add_read(name, *read),
            Outcome::Link(url) => project.add_link(name, &url),
            Outcome::Unreadable(reason) => project.add_unreadable(name, &reason),
        };
    }
}

/// Reads and cleans one file (the slow part, up to the time budget per file).
fn read_path(path: &Path) -> Reading {
    let name = path.display().to_string();
    let outcome = match std::fs::metadata(path) {
        Ok(meta) if meta.len() > chancery::ingest::MAX_FILE_BYTES as u64 => {
            Outcome::Unreadable("the file is over the 20 MB limit for one article".to_owned())
        }
        Ok(meta) if meta.is_dir() => Outcome::Unreadable("is a folder, not an article".to_owned()),
        _ => match std::fs::read(path) {
            Ok(bytes) if is_shortcut(&name) => {
                match chancery::ingest::link::shortcut_target(&name, &bytes) {
                    Ok(url) => Outcome::Link(url),
                    Err(error) => Outcome::Unreadable(error.to_string()),
                }
            }
            Ok(bytes) => Outcome::Read(Box::new(ingest::ingest_within(
                InputFile::new(name.clone(), bytes),
                ingest::FILE_TIME_BUDGET,
            ))),
            Err(error) => Outcome::Unreadable(format!("{name}: cannot read: {error}")),
        },
    };
    Reading { name, outcome }
}

/// A Windows `.url` or macOS `.webloc` shortcut to a web page.
fn is_shortcut(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".url") || lower.ends_with(".webloc")
}

/// A project file the user picked; refused (and left untouched) when it is not one
/// this version can open.
pub fn read_project(path: &Path) -> Result<Project, CommandError> {
    chancery_storage::project_store::read_project_file(path)
        .map_err(|e| CommandError::new(ErrorKind::Open, e.to_string()))
}

/// Saves the whole project to a file the user picked: the old file or the new one.
pub fn write_project(path: &Path, project: &Project) -> Result<(), CommandError> {
    chancery_storage::project_store::write_project_file(path, project)
        .map_err(|e| CommandError::new(ErrorKind::Write, e.to_string()))
}

/// Writes beside the target, then renames into place: never half a file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), CommandError> {
    chancery_storage::remove_leftovers(path);
    chancery_storage::write_atomically(path, bytes).map_err(|e| {
        CommandError::new(
            ErrorKind::Write,
            format!("{}: cannot write: {e}", path.display()),
        )
    })
}

pub fn today() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_epoch_days((seconds / 86_400) as i64)
}
