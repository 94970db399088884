//! `chancery add`: articles into a project file, through the same store the app keeps
//! its work in, so a project can be prepared here and opened in the window.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chancery::Project;
use chancery_storage::project_store::{read_project_file, write_project_file, ProjectStore};

use crate::files;

/// Adds each file to the project as it is read, one transaction each (a kill keeps every
/// article added before it); with `save_as`, the project is left as it is and the
/// result written whole to a new file instead.
pub fn add(
    project_path: &Path,
    paths: &[PathBuf],
    fetch: bool,
    save_as: Option<&Path>,
) -> Result<()> {
    if paths.is_empty() && save_as.is_none() {
        anyhow::bail!("nothing to do: name articles to add, or --save-as a new file");
    }
    let project = match save_as {
        None => {
            let (mut store, mut project) = ProjectStore::open(project_path)?;
            for path in paths {
                if add_one(&mut project, path, fetch) {
                    store.save(&project)?;
                }
            }
            store.close()?;
            project
        }
        Some(out) => {
            let mut project = if project_path.exists() {
                read_project_file(project_path)?
            } else {
                Project::default()
            };
            for path in paths {
                add_one(&mut project, path, fetch);
            }
            write_project_file(out, &project)?;
            project
        }
    };
    let usable = project
        .articles
        .iter()
        .filter(|a| a.article.is_some())
        .count();
    println!(
        "{}: {} articles ({usable} usable)",
        save_as.unwrap_or(project_path).display(),
        project.articles.len()
    );
    Ok(())
}

/// Reads one input into the project, as the app lists it: an article, or an entry that
/// says why it cannot be used. A file that cannot be read at all is a warning only.
fn add_one(project: &mut Project, path: &Path, fetch: bool) -> bool {
    let name = path.display().to_string();
    match files::read_one(path, fetch) {
        Ok(read) => {
            match &read {
                Ok(article) => {
                    for warning in &article.warnings {
                        eprintln!("warning: {warning}");
                    }
                    println!("added {name}: {}", article.value.display_title());
                }
                Err(error) => println!("added {name}, which cannot be used: {error}"),
            }
            project.add_read(&name, read);
            true
        }
        Err(error) => {
            eprintln!("warning: {error:#}");
            false
        }
    }
}
