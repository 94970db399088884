//! Writing a file so that nothing is lost, whatever happens mid-write: the bytes go to
//! a temporary file beside the target, are flushed to the disk, and only then renamed
//! over it; the folder is flushed too, so the rename itself survives a power cut. A
//! reader finds the old file or the complete new one, never an empty or partial one.
//!
//! Both front ends write exports and projects through here (the core writes nothing). A process killed
//! mid-write leaves its temporary file behind; [`remove_leftovers`] clears those.
//!
//! [`project_store`] keeps a project in SQLite: the app's working project, changed one
//! transaction per user action, and the `.chancery` files a user saves and opens.

pub mod project_store;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Temporary files written so far by this process: two writes of one file at once
/// (an autosave and a save) must not share a temporary file.
static WRITES: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` atomically and durably (see the module's documentation).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    replace_atomically(path, |temporary| {
        let mut file = std::fs::File::create(temporary)?;
        file.write_all(bytes)
    })
}

/// Replaces `path` with what `fill` writes at a temporary path beside it, atomically and
/// durably: the temporary file is flushed to the disk, renamed over `path`, and the
/// folder flushed. `fill` may close the file (a database writes it through its own
/// handle); it is flushed here.
pub fn replace_atomically(
    path: &Path,
    fill: impl FnOnce(&Path) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let (folder, name) = folder_and_name(path)?;
    let write = WRITES.fetch_add(1, Ordering::Relaxed);
    let temporary = folder.join(format!(".{name}.{}.{write}.tmp", std::process::id()));
    let written = (|| {
        fill(&temporary)?;
        // On the disk before the name points at it: a rename first could leave the
        // name pointing at nothing after a power cut.
        std::fs::OpenOptions::new()
            .write(true)
            .open(&temporary)?
            .sync_all()?;
        std::fs::rename(&temporary, path)?;
        sync_folder(&folder)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// Removes the temporary files that writes of `path` by processes no longer running
/// left behind (a kill or a crash mid-write). Returns how many were removed.
pub fn remove_leftovers(path: &Path) -> usize {
    let Ok((folder, name)) = folder_and_name(path) else {
        return 0;
    };
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return 0;
    };
    let prefix = format!(".{name}.");
    entries
        .filter_map(Result::ok)
        .filter(|entry| {
            let file_name = entry.file_name();
            let Some(rest) = file_name
                .to_str()
                .and_then(|n| n.strip_prefix(&prefix))
                .and_then(|n| n.strip_suffix(".tmp"))
            else {
                return false;
            };
            match rest.split_once('.') {
                Some((pid, write)) if write.bytes().all(|b| b.is_ascii_digit()) => {
                    pid.parse().is_ok_and(|pid: u32| !is_running(pid))
                }
                _ => false,
            }
        })
        .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
        .count()
}

fn folder_and_name(path: &Path) -> std::io::Result<(PathBuf, String)> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file path"))?;
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Ok((folder.to_owned(), name.to_string_lossy().into_owned()))
}

/// Whether a process of that id runs: this one, or (where `/proc` tells) another.
/// Without `/proc` only this process counts as running, so another's leftovers go.
fn is_running(pid: u32) -> bool {
    pid == std::process::id() || Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    std::fs::File::open(folder)?.sync_all()
}

/// Elsewhere a folder cannot be opened to flush it; the rename is as durable as the
/// file system makes it.
#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> tempfile::TempDir {
        tempfile::tempdir().unwrap()
    }

    #[test]
    fn a_write_replaces_the_file_and_leaves_nothing_beside_it() {
        let dir = folder();
        let path = dir.path().join("briefing.pdf");
        write_atomically(&path, b"old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["briefing.pdf"]);
    }

    #[test]
    fn a_failed_write_changes_nothing_and_cleans_up() {
        let dir = folder();
        // The target is a folder with a file in it: the rename over it fails.
        let taken = dir.path().join("taken");
        std::fs::create_dir(&taken).unwrap();
        std::fs::write(taken.join("inside"), b"kept").unwrap();
        assert!(write_atomically(&taken, b"new").is_err());
        assert_eq!(std::fs::read(taken.join("inside")).unwrap(), b"kept");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["taken"]);
    }

    #[test]
    fn leftovers_of_dead_writers_go_and_live_ones_stay() {
        let dir = folder();
        let path = dir.path().join("autosave.json");
        // Process ids above the kernel's maximum (2^22) never run.
        let dead = dir.path().join(".autosave.json.4999999.0.tmp");
        let mine = dir
            .path()
            .join(format!(".autosave.json.{}.7.tmp", std::process::id()));
        let other_file = dir.path().join(".briefing.pdf.4999999.0.tmp");
        let not_ours = dir.path().join(".autosave.json.notes.tmp");
        for file in [&dead, &mine, &other_file, &not_ours] {
            std::fs::write(file, b"partial").unwrap();
        }
        assert_eq!(remove_leftovers(&path), 1);
        assert!(!dead.exists());
        assert!(mine.exists() && other_file.exists() && not_ours.exists());
    }
}
