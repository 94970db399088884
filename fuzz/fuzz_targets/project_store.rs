//! Any bytes as a `.chancery` project file (and as the app's working store): opened or
//! refused with a message naming the file, never a panic; a refused file is left as it
//! was.
#![no_main]

use chancery_storage::project_store::{read_project_file, ProjectStore};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("fuzz.chancery");
    std::fs::write(&path, bytes).expect("the file written");
    match read_project_file(&path) {
        Ok(project) => {
            let _ = project.summaries();
        }
        Err(error) => {
            assert!(error.to_string().starts_with(&path.display().to_string()));
            assert_eq!(std::fs::read(&path).expect("still there"), bytes);
        }
    }
    if let Ok((mut store, mut project)) = ProjectStore::open(&path) {
        project.add_text("fuzz", "Ministers met in Geneva on Monday to sign an accord.");
        let _ = store.save(&project);
    }
});
