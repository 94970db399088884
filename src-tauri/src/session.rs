//! What the window works on, and how commands reach it: the project behind one lock
//! (held only to read or change it, never while reading files or rendering), the
//! compiled templates, and the files exported this session.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, RwLock, RwLockReadGuard};

use chancery::draft::TemplateInfo;
use chancery::{Briefing, Drafter, Project, SectionEdit};
use chancery_storage::project_store::ProjectStore;

use crate::error::{CommandError, ErrorKind, Result};
use crate::files;

/// The user's project, the compiled templates, and the files exported this session
/// (the only ones "Open" and "Show in folder" may open).
pub struct Session {
    pub(crate) project: Mutex<Project>,
    /// Where the project is kept: each change is one transaction there.
    pub(crate) store: Mutex<ProjectStore>,
    pub(crate) templates: RwLock<TemplateSet>,
    /// What the user must hear about the start (saved work that could not be opened).
    pub(crate) notices: Vec<String>,
    pub(crate) exported: Mutex<Vec<PathBuf>>,
    /// Where the last export went: the save dialog opens there, this run and the next.
    pub(crate) export_folder: Mutex<Option<PathBuf>>,
    /// The file that remembers it between runs.
    pub(crate) export_folder_file: PathBuf,
    /// Changes made to the project so far: a briefing made at one revision serves every
    /// preview and export until the next change. Changed only with the project locked.
    pub(crate) revision: AtomicU64,
    /// The last briefing made, with the revision and day it was made for.
    pub(crate) briefing_cache: Mutex<Option<CachedBriefing>>,
    /// Files dropped on the window and not yet added, by the token the page was given.
    pub(crate) dropped: Mutex<BTreeMap<u64, Vec<PathBuf>>>,
    pub(crate) next_drop: AtomicU64,
}

/// A briefing, and what it was made from.
pub struct CachedBriefing {
    revision: u64,
    today: chancery::Date,
    briefing: Briefing,
}

/// The built-in templates with the user's folder over them, compiled.
pub struct TemplateSet {
    pub(crate) drafter: Drafter,
    pub(crate) list: Vec<TemplateInfo>,
    /// The folder the user's templates came from, if it exists.
    pub(crate) folder: Option<PathBuf>,
    /// User template files that were skipped, and why.
    pub(crate) problems: Vec<String>,
}

impl Session {
    /// The project, even if a panicking thread left the lock poisoned: the data is intact.
    pub fn project(&self) -> MutexGuard<'_, Project> {
        self.project
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Applies a change and keeps it, so nothing the user did is lost by a crash.
    pub fn change(&self, apply: impl FnOnce(&mut Project)) -> Result<()> {
        let mut project = self.project();
        apply(&mut project);
        self.revision.fetch_add(1, Ordering::Relaxed);
        self.keep(&project)
    }

    /// Applies a change to be kept later with others ([`Session::save`]): files read
    /// one by one from a drop are kept together at its end.
    pub fn change_unsaved(&self, apply: impl FnOnce(&mut Project)) {
        let mut project = self.project();
        apply(&mut project);
        self.revision.fetch_add(1, Ordering::Relaxed);
    }

    /// Keeps the project as it is now (after files were added one by one).
    pub fn save(&self) -> Result<()> {
        self.keep(&self.project())
    }

    /// Puts another project in place of this one (a project file opened).
    pub fn replace(&self, opened: Project) -> Result<()> {
        let mut project = self.project();
        self.store()
            .replace(&opened)
            .map_err(|e| CommandError::new(ErrorKind::Write, e.to_string()))?;
        *project = opened;
        self.revision.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Writes what changed; called with the project lock held, so saves keep its order.
    fn keep(&self, project: &Project) -> Result<()> {
        self.store()
            .save(project)
            .map_err(|e| CommandError::new(ErrorKind::Write, e.to_string()))
    }

    fn store(&self) -> MutexGuard<'_, ProjectStore> {
        self.store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn templates(&self) -> RwLockReadGuard<'_, TemplateSet> {
        self.templates
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn use_templates(&self, loaded: TemplateSet) {
        *self
            .templates
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = loaded;
    }

    /// The project's briefing as of now, the template to draft it with and the section
    /// edits; the lock is released before drafting and rendering.
    pub fn briefing(&self) -> Result<(Briefing, String, Vec<SectionEdit>)> {
        let project = self.project();
        let today = files::today();
        // Read with the project locked: no change can come between it and the analysis.
        let revision = self.revision.load(Ordering::Relaxed);
        let mut cache = self
            .briefing_cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let briefing = match &*cache {
            Some(cached) if cached.revision == revision && cached.today == today => {
                cached.briefing.clone()
            }
            _ => {
                let briefing = project.briefing(today)?;
                *cache = Some(CachedBriefing {
                    revision,
                    today,
                    briefing: briefing.clone(),
                });
                briefing
            }
        };
        Ok((
            briefing,
            project.template_name().to_owned(),
            project.edits.sections.clone(),
        ))
    }

    /// Remembers an exported file, so "Open" and "Show in folder" may open it, and its
    /// folder, where the next export's dialog opens (kept for the next run too; losing
    /// it costs nothing, so a failure to keep it is not reported).
    pub fn remember_export(&self, path: &Path) {
        self.exported_files().push(path.to_owned());
        let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) else {
            return;
        };
        *self
            .export_folder
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(folder.to_owned());
        let _ = files::write_atomically(
            &self.export_folder_file,
            folder.display().to_string().as_bytes(),
        );
    }

    pub fn export_folder(&self) -> Option<PathBuf> {
        self.export_folder
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
            .filter(|folder| folder.is_dir())
    }

    /// Keeps the paths of a drop, and gives the token the page adds them by: the page
    /// learns that files were dropped, never which paths it may name. (A token stands
    /// only for files the user dropped, so it needs no secrecy.)
    pub fn hold_dropped(&self, paths: Vec<PathBuf>) -> u64 {
        let token = self.next_drop.fetch_add(1, Ordering::Relaxed);
        self.dropped
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(token, paths);
        token
    }

    /// The paths of a drop, once.
    pub fn take_dropped(&self, token: u64) -> Option<Vec<PathBuf>> {
        self.dropped
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .remove(&token)
    }

    pub fn was_exported(&self, path: &Path) -> bool {
        self.exported_files().iter().any(|p| p == path)
    }

    fn exported_files(&self) -> MutexGuard<'_, Vec<PathBuf>> {
        self.exported
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
