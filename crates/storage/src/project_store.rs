//! A project kept in SQLite: each article a row, the rest (header, template, edits) one
//! row of settings. The app's working project is a [`ProjectStore`]: each user action
//! writes what it changed in one transaction (WAL journal, flushed at commit), so an
//! autosave costs the same with 10 articles or 2,000, and a kill or a power cut leaves
//! the state before the action or after it. A `.chancery` file a user saves is the same
//! tables written whole beside the target and renamed over it ([`write_project_file`]).
//!
//! Projects saved as JSON by earlier versions still open ([`read_project_file`]); a
//! project from a newer version, or a damaged one, is refused with a message saying
//! which, and is not written to.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use chancery::project::{ProjectArticle, ProjectSettings};
use chancery::Project;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};

/// Marks a SQLite file as a Chancery project ("CHNC"): another program's database is
/// not taken for one.
const APPLICATION_ID: i32 = 0x4348_4E43;

/// The store's format. A later version that changes the tables raises it; this version
/// refuses a file with a higher number rather than misread it.
pub const FORMAT: i32 = 1;

const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

const SCHEMA: &str = "
    CREATE TABLE article (id INTEGER PRIMARY KEY, entry TEXT NOT NULL);
    CREATE TABLE setting (name TEXT PRIMARY KEY, value TEXT NOT NULL);
";

/// Why a project could not be opened or kept; each names the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not a Chancery project ({reason})")]
    NotAProject { path: String, reason: String },
    #[error(
        "{path}: saved by a newer version of Chancery (project format {found}; this version \
         reads format {FORMAT} and older): update Chancery to open it"
    )]
    Newer { path: String, found: i32 },
    #[error("{path}: the project file is damaged ({reason})")]
    Damaged { path: String, reason: String },
    #[error("{path}: cannot save: {reason}")]
    Write { path: String, reason: String },
}

impl StoreError {
    /// True when the file is there but is not a project this version can use: the
    /// caller keeps it aside rather than write over it.
    pub fn is_unusable_file(&self) -> bool {
        matches!(
            self,
            Self::NotAProject { .. } | Self::Newer { .. } | Self::Damaged { .. }
        )
    }
}

fn named(path: &Path) -> String {
    path.display().to_string()
}

/// Reads a project file: this store's format, or the JSON earlier versions saved.
/// Opened read-only: a file refused is left exactly as it was.
pub fn read_project_file(path: &Path) -> Result<Project, StoreError> {
    if starts_with_sqlite_magic(path)? {
        let connection = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| damaged(path, e))?;
        return load(&connection, path);
    }
    let bytes = std::fs::read(path).map_err(|source| StoreError::Read {
        path: named(path),
        source,
    })?;
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        return serde_json::from_slice(&bytes).map_err(|e| StoreError::NotAProject {
            path: named(path),
            reason: e.to_string(),
        });
    }
    Err(StoreError::NotAProject {
        path: named(path),
        reason: "it is neither a project file nor one saved by an earlier version".into(),
    })
}

fn starts_with_sqlite_magic(path: &Path) -> Result<bool, StoreError> {
    let mut head = Vec::with_capacity(SQLITE_MAGIC.len());
    std::fs::File::open(path)
        .and_then(|file| file.take(SQLITE_MAGIC.len() as u64).read_to_end(&mut head))
        .map_err(|source| StoreError::Read {
            path: named(path),
            source,
        })?;
    Ok(head == SQLITE_MAGIC)
}

/// Writes the whole project as a new file beside `path` and renames it into place
/// (see [`crate::replace_atomically`]): the file is the old project or the new one.
pub fn write_project_file(path: &Path, project: &Project) -> Result<(), StoreError> {
    crate::remove_leftovers(path);
    crate::replace_atomically(path, |temporary| {
        let connection = Connection::open(temporary).map_err(std::io::Error::other)?;
        // A file no one reads until it is complete and flushed needs no journal.
        connection
            .execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            .and_then(|()| create(&connection))
            .and_then(|()| {
                let transaction = connection.unchecked_transaction()?;
                write_all(&transaction, project)?;
                transaction.commit()
            })
            .map_err(std::io::Error::other)?;
        connection
            .close()
            .map_err(|(_, e)| std::io::Error::other(e))
    })
    .map_err(|e| StoreError::Write {
        path: named(path),
        reason: e.to_string(),
    })
}

/// The app's working project, changed in place one transaction at a time.
pub struct ProjectStore {
    connection: Connection,
    path: PathBuf,
    /// What the file holds now: each article's id and whether it is left out, and the
    /// settings; a save writes only what differs.
    kept_articles: BTreeMap<u64, bool>,
    kept_settings: ProjectSettings,
}

impl ProjectStore {
    /// Opens the working project at `path`, making an empty one if there is none.
    pub fn open(path: &Path) -> Result<(Self, Project), StoreError> {
        if !path.exists() {
            // Made whole and renamed into place: a kill now leaves no half-made store.
            write_project_file(path, &Project::default())?;
        }
        if !starts_with_sqlite_magic(path)? {
            let reason = match read_project_file(path) {
                Ok(_) => "it was saved as JSON by an earlier version; save it again to \
                          convert it (chancery add --save-as, or Save project… in the app)"
                    .to_owned(),
                Err(StoreError::NotAProject { reason, .. }) => reason,
                Err(other) => return Err(other),
            };
            return Err(StoreError::NotAProject {
                path: named(path),
                reason,
            });
        }
        // Opened for writing only once it proved to be a project this version reads
        // (`load` writes nothing): a refused file is left as it was.
        let connection = Connection::open(path).map_err(|e| damaged(path, e))?;
        let project = load(&connection, path)?;
        connection
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
            .map_err(|e| write_error(path, e))?;
        let store = Self {
            connection,
            path: path.to_owned(),
            kept_articles: articles_of(&project),
            kept_settings: project.settings(),
        };
        Ok((store, project))
    }

    /// Saves what changed since the last save, in one transaction.
    pub fn save(&mut self, project: &Project) -> Result<(), StoreError> {
        let now = articles_of(project);
        let settings = project.settings();
        let path = self.path.clone();
        let transaction = self
            .connection
            .transaction()
            .map_err(|e| write_error(&path, e))?;
        (|| {
            for id in self.kept_articles.keys().filter(|id| !now.contains_key(id)) {
                transaction.execute("DELETE FROM article WHERE id = ?1", [*id as i64])?;
            }
            for article in &project.articles {
                if self.kept_articles.get(&article.id) != Some(&article.excluded) {
                    put_article(&transaction, article)?;
                }
            }
            if settings != self.kept_settings {
                put_settings(&transaction, &settings)?;
            }
            Ok(())
        })()
        .map_err(|e: rusqlite::Error| write_error(&path, e))?;
        transaction.commit().map_err(|e| write_error(&path, e))?;
        self.kept_articles = now;
        self.kept_settings = settings;
        Ok(())
    }

    /// Closes the store as one file again (the journal folded in), for a project file
    /// the user may copy elsewhere; the app's own store needs no closing.
    pub fn close(self) -> Result<(), StoreError> {
        let path = self.path.clone();
        self.connection
            .execute_batch("PRAGMA journal_mode = DELETE;")
            .map_err(|e| write_error(&path, e))?;
        self.connection
            .close()
            .map_err(|(_, e)| write_error(&path, e))
    }

    /// Replaces everything with another project (one opened from a file), in one
    /// transaction.
    pub fn replace(&mut self, project: &Project) -> Result<(), StoreError> {
        let path = self.path.clone();
        let transaction = self
            .connection
            .transaction()
            .map_err(|e| write_error(&path, e))?;
        transaction
            .execute("DELETE FROM article", [])
            .and_then(|_| write_all(&transaction, project))
            .and_then(|()| transaction.commit())
            .map_err(|e| write_error(&path, e))?;
        self.kept_articles = articles_of(project);
        self.kept_settings = project.settings();
        Ok(())
    }
}

fn articles_of(project: &Project) -> BTreeMap<u64, bool> {
    project
        .articles
        .iter()
        .map(|a| (a.id, a.excluded))
        .collect()
}

fn create(connection: &Connection) -> rusqlite::Result<()> {
    connection.pragma_update(None, "application_id", APPLICATION_ID)?;
    connection.pragma_update(None, "user_version", FORMAT)?;
    connection.execute_batch(SCHEMA)
}

fn write_all(connection: &Connection, project: &Project) -> rusqlite::Result<()> {
    for article in &project.articles {
        put_article(connection, article)?;
    }
    put_settings(connection, &project.settings())
}

fn put_article(connection: &Connection, article: &ProjectArticle) -> rusqlite::Result<()> {
    let entry = serde_json::to_string(article).map_err(json_error)?;
    connection.execute(
        "INSERT OR REPLACE INTO article (id, entry) VALUES (?1, ?2)",
        params![article.id as i64, entry],
    )?;
    Ok(())
}

fn put_settings(connection: &Connection, settings: &ProjectSettings) -> rusqlite::Result<()> {
    let value = serde_json::to_string(settings).map_err(json_error)?;
    connection.execute(
        "INSERT OR REPLACE INTO setting (name, value) VALUES ('project', ?1)",
        [value],
    )?;
    Ok(())
}

fn json_error(error: serde_json::Error) -> rusqlite::Error {
    rusqlite::Error::ToSqlConversionFailure(Box::new(error))
}

/// Reads and checks a whole project: whose file it is, its format, SQLite's own
/// check of its pages, and every row.
fn load(connection: &Connection, path: &Path) -> Result<Project, StoreError> {
    let application: i32 = connection
        .pragma_query_value(None, "application_id", |row| row.get(0))
        .map_err(|e| damaged(path, e))?;
    if application != APPLICATION_ID {
        return Err(StoreError::NotAProject {
            path: named(path),
            reason: "it is another program's database".into(),
        });
    }
    let format: i32 = connection
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(|e| damaged(path, e))?;
    if format > FORMAT {
        return Err(StoreError::Newer {
            path: named(path),
            found: format,
        });
    }
    let check: String = connection
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|e| damaged(path, e))?;
    if check != "ok" {
        return Err(damaged(path, check));
    }
    let settings: Option<String> = connection
        .query_row(
            "SELECT value FROM setting WHERE name = 'project'",
            [],
            |row| row.get(0),
        )
        .optional()
        .map_err(|e| damaged(path, e))?;
    let settings = match settings {
        Some(json) => serde_json::from_str(&json).map_err(|e| damaged(path, e))?,
        None => ProjectSettings::default(),
    };
    let mut statement = connection
        .prepare("SELECT id, entry FROM article ORDER BY id")
        .map_err(|e| damaged(path, e))?;
    let rows = statement
        .query_map([], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
        })
        .map_err(|e| damaged(path, e))?;
    let mut articles = Vec::new();
    for row in rows {
        let (id, entry) = row.map_err(|e| damaged(path, e))?;
        let article: ProjectArticle = serde_json::from_str(&entry).map_err(|e| damaged(path, e))?;
        if article.id as i64 != id {
            return Err(damaged(
                path,
                format!("article {id} holds article {}", article.id),
            ));
        }
        articles.push(article);
    }
    Ok(Project::from_parts(settings, articles))
}

fn damaged(path: &Path, reason: impl std::fmt::Display) -> StoreError {
    StoreError::Damaged {
        path: named(path),
        reason: reason.to_string(),
    }
}

fn write_error(path: &Path, reason: impl std::fmt::Display) -> StoreError {
    StoreError::Write {
        path: named(path),
        reason: reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> tempfile::TempDir {
        tempfile::tempdir().unwrap()
    }

    fn project_with(texts: &[&str]) -> Project {
        let mut project = Project::default();
        for (i, text) in texts.iter().enumerate() {
            project.add_text(&format!("Pasted {i}"), text);
        }
        project
    }

    const STORY: &str = "Ministers Meet in Geneva\n\nThe foreign ministers of Chile and Peru met in Geneva on Monday to sign a trade accord, officials said.";
    const OTHER: &str = "Port Strike Ends\n\nDock workers in Rotterdam returned to work on Tuesday after a three-day strike over pay, the union said.";

    fn titles(project: &Project) -> Vec<String> {
        project.summaries().into_iter().map(|s| s.title).collect()
    }

    #[test]
    fn each_change_is_kept_and_reopens_as_it_was() {
        let dir = folder();
        let path = dir.path().join("autosave.chancery");
        let (mut store, mut project) = ProjectStore::open(&path).unwrap();
        assert!(project.articles.is_empty());
        project.add_text("a", STORY);
        store.save(&project).unwrap();
        project.add_text("b", OTHER);
        project.header.title = Some("For the minister".into());
        store.save(&project).unwrap();
        project.set_excluded(0, true);
        store.save(&project).unwrap();
        project.remove(1);
        let third = project.add_text("c", OTHER);
        store.save(&project).unwrap();
        drop(store);

        let (_, reopened) = ProjectStore::open(&path).unwrap();
        assert_eq!(
            titles(&reopened),
            ["Ministers Meet in Geneva", "Port Strike Ends"]
        );
        assert!(reopened.articles[0].excluded);
        assert_eq!(reopened.articles[1].id, third);
        assert_eq!(reopened.header.title.as_deref(), Some("For the minister"));
        // A new article after reopening gets an id of its own.
        let mut reopened = reopened;
        assert!(reopened.add_text("d", STORY) > third);
    }

    #[test]
    fn a_saved_file_opens_again_and_earlier_json_projects_still_open() {
        let dir = folder();
        let project = project_with(&[STORY, OTHER]);
        let file = dir.path().join("talks.chancery");
        write_project_file(&file, &project).unwrap();
        assert_eq!(titles(&read_project_file(&file).unwrap()), titles(&project));
        // Nothing but the file itself is left in the folder.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["talks.chancery"]);

        let json = dir.path().join("old.chancery");
        std::fs::write(&json, serde_json::to_vec_pretty(&project).unwrap()).unwrap();
        assert_eq!(titles(&read_project_file(&json).unwrap()), titles(&project));
    }

    #[test]
    fn newer_damaged_and_foreign_files_are_refused_and_left_untouched() {
        let dir = folder();
        let newer = dir.path().join("newer.chancery");
        write_project_file(&newer, &project_with(&[STORY])).unwrap();
        Connection::open(&newer)
            .unwrap()
            .pragma_update(None, "user_version", FORMAT + 1)
            .unwrap();
        let foreign = dir.path().join("foreign.chancery");
        Connection::open(&foreign)
            .unwrap()
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        let damaged = dir.path().join("damaged.chancery");
        write_project_file(&damaged, &project_with(&[STORY, OTHER])).unwrap();
        let mut bytes = std::fs::read(&damaged).unwrap();
        let middle = bytes.len() / 2;
        bytes[100..middle].fill(0xA5);
        std::fs::write(&damaged, &bytes).unwrap();
        let text = dir.path().join("notes.chancery");
        std::fs::write(&text, "my notes").unwrap();

        let cases = [
            (
                &newer,
                "saved by a newer version of Chancery (project format 2",
            ),
            (
                &foreign,
                "not a Chancery project (it is another program's database)",
            ),
            (&damaged, "damaged"),
            (&text, "not a Chancery project"),
        ];
        for (path, expected) in cases {
            let before = std::fs::read(path).unwrap();
            let error = read_project_file(path).unwrap_err();
            let message = error.to_string();
            assert!(
                message.starts_with(&path.display().to_string()),
                "{message}"
            );
            assert!(message.contains(expected), "{message}");
            assert!(error.is_unusable_file());
            assert!(ProjectStore::open(path).is_err());
            assert_eq!(std::fs::read(path).unwrap(), before, "{message}");
        }
    }

    #[test]
    fn a_save_writes_only_what_changed() {
        let dir = folder();
        let path = dir.path().join("autosave.chancery");
        let (mut store, mut project) = ProjectStore::open(&path).unwrap();
        for i in 0..200 {
            project.add_text(&format!("{i}"), STORY);
        }
        store.save(&project).unwrap();
        let changes = |store: &ProjectStore| store.connection.total_changes();
        let before = changes(&store);
        project.set_excluded(7, true);
        project.header.marking = Some("RESTRICTED".into());
        store.save(&project).unwrap();
        // One article row and the settings row, not 200 articles.
        assert_eq!(changes(&store) - before, 2);
    }
}
