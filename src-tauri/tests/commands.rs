//! The window's commands on Tauri's mock runtime: no display, the real handlers.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY,
};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

/// The data folder is set through the environment, which all tests share.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/india-russia-strategic-talks.txt")
}

struct Window {
    webview: WebviewWindow<MockRuntime>,
    app: tauri::App<MockRuntime>,
    /// The answers the app's file dialogs take, a line each (src-tauri/src/dialogs.rs).
    dialog_answers: PathBuf,
}

fn open(data: &Path) -> Window {
    std::env::set_var("CHANCERY_DATA_DIR", data);
    let dialog_answers = data.join("dialog-answers");
    std::fs::write(&dialog_answers, "").expect("the answers file");
    std::env::set_var("CHANCERY_DIALOG_ANSWERS", &dialog_answers);
    let mut app = chancery_app::app(mock_builder())
        .build(mock_context(noop_assets()))
        .expect("the app builds on the mock runtime");
    // The setup hook (which restores the autosave) runs with the first event-loop turn.
    #[allow(
        deprecated,
        reason = "one turn, not a loop: the busy-loop concern does not apply"
    )]
    app.run_iteration(|_, _| {});
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("a mock window");
    Window {
        webview,
        app,
        dialog_answers,
    }
}

impl Window {
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        invoke(&self.webview, cmd, args)
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    /// How many articles the list holds.
    fn article_count(&self) -> usize {
        self.ok("state", json!({}))["articles"]
            .as_array()
            .map_or(0, Vec::len)
    }

    /// What the user will pick in the next file dialog (nothing: Cancel).
    fn answer_next_dialog(&self, paths: &[&Path]) {
        use std::io::Write;
        let line: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let mut answers = std::fs::OpenOptions::new()
            .append(true)
            .open(&self.dialog_answers)
            .expect("the answers file");
        writeln!(answers, "{}", line.join("\t")).expect("an answer written");
    }

    /// "Add files…" with these files picked.
    fn add_files(&self, paths: &[&Path]) -> Value {
        self.answer_next_dialog(paths);
        self.ok("pick_files", json!({}))
    }

    /// An export saved where the dialog says `path`.
    fn export_to(&self, format: &str, path: &Path) -> Result<Value, Value> {
        self.answer_next_dialog(&[path]);
        self.call("export", json!({ "format": format }))
    }
}

/// A command as the page invokes it; from any thread (the app itself stays on the test's).
fn invoke(webview: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("a URL"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(webview, request).map(|body| body.deserialize::<Value>().expect("JSON"))
    }
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// One test's world: the environment lock held, a fresh data folder, the window open.
struct Fresh {
    window: Window,
    data: tempfile::TempDir,
    _one_at_a_time: std::sync::MutexGuard<'static, ()>,
}

fn fresh() -> Fresh {
    let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let data = temp();
    Fresh {
        window: open(data.path()),
        data,
        _one_at_a_time: guard,
    }
}

#[test]
fn dropped_files_are_listed_and_bad_ones_say_why() {
    let Fresh { window, data, .. } = &fresh();
    let empty = data.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let missing: PathBuf = data.path().join("gone.html");
    let view = window.add_files(&[&sample(), &empty, &missing]);
    let articles = view["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 3);
    assert_eq!(articles[0]["title"], "India, Russia Hold Strategic Talks");
    assert_eq!(articles[0]["outlet"], "Asian Lite News");
    assert!(articles[1]["error"]
        .as_str()
        .unwrap()
        .contains("the file is empty"));
    assert!(articles[2]["error"]
        .as_str()
        .unwrap()
        .contains("cannot read"));

    let preview = window.ok("preview", json!({}));
    let html = preview["html"].as_str().unwrap();
    assert!(html.contains("Aleksandr Fomin") && html.contains("Deputy Defence Minister"));
    assert!(!html.contains("Zelensky"));
}

#[test]
fn a_dropped_word_document_is_an_article_like_any_other() {
    let Fresh { window, .. } = &fresh();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let cable = fixtures.join("word-cable.docx");
    let encrypted = fixtures.join("word-encrypted.docx");
    let view = window.add_files(&[&cable, &encrypted]);
    let articles = view["articles"].as_array().unwrap();
    assert_eq!(articles[0]["title"], "Ministers Agree on Grain Corridor");
    assert!(
        articles[1]["error"]
            .as_str()
            .unwrap()
            .contains("this Word document is encrypted"),
        "{}",
        articles[1]
    );
    let preview = window.ok("preview", json!({}));
    let html = preview["html"].as_str().unwrap();
    assert!(html.contains("Olena Marchuk"), "{html}");
    assert!(!html.contains("STRUCK-OUT-WORDS"), "{html}");
}

#[test]
fn excluded_article_leaves_the_preview_and_text_stays_readable() {
    let Fresh { window, .. } = &fresh();
    window.add_files(&[&sample()]);
    let view = window.ok("add_text", json!({ "label": "Pasted", "text": "Ministers of France and Germany will meet in Paris next week to discuss energy prices." }));
    let first = view["articles"][0]["id"].clone();
    let text = window.ok("article_text", json!({ "id": first }));
    assert!(text
        .as_str()
        .unwrap()
        .starts_with("Russia’s Deputy Defence Minister"));
    window.ok("set_excluded", json!({ "id": first, "excluded": true }));
    let html = window.ok("preview", json!({}))["html"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        !html.contains("Aleksandr Fomin"),
        "excluded article still in the preview"
    );
    assert!(html.contains("Paris"));
}

#[test]
fn export_writes_a_one_page_pdf_with_the_header_edits() {
    let Fresh { window, data, .. } = &fresh();
    window.add_files(&[&sample()]);
    window.ok("set_header", json!({ "header": { "title": "Moscow talks, for the minister", "marking": "RESTRICTED", "originator": "South Asia desk", "date": "2025-08-07" } }));
    let out = data.path().join("briefing.pdf");
    let exported = window.export_to("pdf", &out).unwrap();
    assert_eq!(exported["path"], out.display().to_string());
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let html = window.ok("preview", json!({}))["html"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(html.contains("Moscow talks, for the minister") && html.contains("RESTRICTED"));
    assert!(html.contains("South Asia desk"));
}

#[test]
fn export_writes_a_word_document_and_refuses_formats_it_does_not_know() {
    let Fresh { window, data, .. } = &fresh();
    window.add_files(&[&sample()]);
    window.ok("set_header", json!({ "header": { "title": "Moscow talks, for the minister", "marking": "RESTRICTED", "originator": "South Asia desk", "date": "2025-08-07" } }));
    let out = data.path().join("briefing.docx");
    let exported = window.export_to("docx", &out).unwrap();
    assert_eq!(exported["path"], out.display().to_string());
    let bytes = std::fs::read(&out).unwrap();
    // A ZIP package whose document and header hold the briefing's words.
    assert!(bytes.starts_with(b"PK\x03\x04"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains(">Moscow talks, for the minister<"));
    assert!(text.contains(">RESTRICTED<"));
    assert!(text.contains("<dc:creator>South Asia desk</dc:creator>"));

    let elsewhere = data.path().join("briefing.rtf");
    let error = window.export_to("rtf", &elsewhere).unwrap_err();
    assert!(error.to_string().contains("rtf"), "{error}");
    assert!(!elsewhere.exists());
}

/// A file on a slow share (here a named pipe, which reads nothing until its writer
/// writes) is being read: preview and export still answer, and the file joins the list
/// once it has been read.
#[test]
fn a_file_still_being_read_holds_up_no_other_command() {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    use std::time::Duration;

    let Fresh { window, data, .. } = &fresh();
    window.add_files(&[&sample()]);
    let slow = data.path().join("slow-share.txt");
    let made = std::process::Command::new("mkfifo").arg(&slow).status();
    assert!(made.is_ok_and(|status| status.success()), "mkfifo");

    let webview = &window.webview;
    std::thread::scope(|scope| {
        window.answer_next_dialog(&[&slow]);
        let adding = scope.spawn(|| invoke(webview, "pick_files", json!({})));
        // Opening a pipe's writing end without blocking succeeds only once a reader has
        // it open: then the worker is inside the read, and stays there until we write.
        const O_NONBLOCK: i32 = 0o4000; // Linux
        let mut writer = loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .custom_flags(O_NONBLOCK)
                .open(&slow)
            {
                Ok(writer) => break writer,
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        };

        // Meanwhile the other commands answer (a wait of 60 s here means they waited for
        // the file: the test then fails instead of hanging).
        let (answered, answers) = std::sync::mpsc::channel();
        // The pick took its answer before it opened the pipe: this one is the export's.
        window.answer_next_dialog(&[&data.path().join("while-reading.pdf")]);
        scope.spawn(move || {
            let preview = invoke(webview, "preview", json!({}));
            let export = invoke(webview, "export", json!({ "format": "pdf" }));
            let _ = answered.send((preview, export));
        });
        let (preview, export) = answers
            .recv_timeout(Duration::from_secs(60))
            .expect("preview and export answered while a file was being read");
        assert!(preview.unwrap()["html"]
            .as_str()
            .unwrap()
            .contains("Aleksandr Fomin"));
        assert!(export.is_ok());
        assert!(
            !adding.is_finished(),
            "the pipe was read before anything was written"
        );

        writer
            .write_all(b"Delayed Report\n\nThe finance ministers of Chile and Peru met in Lima on Monday to sign a trade accord.\n")
            .unwrap();
        drop(writer);
        let view = adding.join().unwrap().expect("the slow file was added");
        let titles: Vec<&str> = view["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["title"].as_str().unwrap())
            .collect();
        assert_eq!(
            titles,
            ["India, Russia Hold Strategic Talks", "Delayed Report"]
        );
    });
}

/// The menu bar has a desktop app's File and Edit menus; its items are the page's
/// action names (the page runs the same action as the button).
#[test]
fn the_menu_bar_has_file_and_edit_menus() {
    let Fresh { window, .. } = &fresh();
    let menu = window.app.menu().expect("a menu bar");
    let mut found = Vec::new();
    for item in menu.items().unwrap() {
        let submenu = item
            .as_submenu()
            .expect("top-level items are menus")
            .clone();
        let ids: Vec<String> = submenu
            .items()
            .unwrap()
            .iter()
            .filter(|i| i.as_predefined_menuitem().is_none())
            .map(|i| i.id().0.clone())
            .collect();
        found.push((submenu.text().unwrap(), ids));
    }
    assert_eq!(
        found,
        [
            (
                "File".to_owned(),
                [
                    "add-files",
                    "open-project",
                    "save-project",
                    "export-pdf",
                    "export-html",
                    "export-docx",
                    "quit"
                ]
                .map(str::to_owned)
                .to_vec()
            ),
            (
                "Edit".to_owned(),
                ["undo", "redo", "cut", "copy", "paste", "select-all"]
                    .map(str::to_owned)
                    .to_vec()
            ),
        ]
    );
}

/// The save dialog of the next export opens where the last one went, in this run and
/// after a restart.
#[test]
fn the_last_export_folder_is_remembered() {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let data = temp();
    let exports = data.path().join("briefings for the minister");
    std::fs::create_dir(&exports).unwrap();
    {
        let window = open(data.path());
        assert_eq!(window.ok("state", json!({}))["export_folder"], Value::Null);
        window.add_files(&[&sample()]);
        let out = exports.join("briefing.html");
        window.export_to("html", &out).unwrap();
        assert_eq!(
            window.ok("state", json!({}))["export_folder"],
            exports.display().to_string()
        );
    }
    let window = open(data.path());
    assert_eq!(
        window.ok("state", json!({}))["export_folder"],
        exports.display().to_string()
    );
}

#[test]
fn work_is_restored_after_a_restart() {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let data = temp();
    {
        let window = open(data.path());
        window.add_files(&[&sample()]);
        window.ok(
            "set_header",
            json!({ "header": { "title": "Kept title", "marking": null, "date": null } }),
        );
    }
    let window = open(data.path());
    let view = window.ok("state", json!({}));
    assert_eq!(view["header"]["title"], "Kept title");
    assert_eq!(view["articles"].as_array().unwrap().len(), 1);
}

/// The JSON autosave of an earlier version is carried into the store once, and the
/// JSON file kept as it was under another name.
#[test]
fn an_earlier_versions_autosave_is_carried_over() {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let data = temp();
    let saved = {
        let other = temp();
        let window = open(other.path());
        window.add_files(&[&sample()]);
        window.ok(
            "set_header",
            json!({ "header": { "title": "From last year", "marking": null, "date": null } }),
        );
        let file = other.path().join("old.chancery");
        window.answer_next_dialog(&[&file]);
        window.ok("save_project", json!({}));
        chancery_storage::project_store::read_project_file(&file).unwrap()
    };
    let legacy = data.path().join("autosave.chancery.json");
    std::fs::write(&legacy, serde_json::to_vec(&saved).unwrap()).unwrap();
    let window = open(data.path());
    let view = window.ok("state", json!({}));
    assert_eq!(view["header"]["title"], "From last year");
    assert_eq!(
        view["articles"][0]["title"],
        "India, Russia Hold Strategic Talks"
    );
    assert_eq!(view["notices"], json!([]));
    assert!(!legacy.exists());
    assert!(data
        .path()
        .join("autosave.chancery.json.carried-over")
        .exists());
    drop(window);
    // Once: the next start opens the store.
    let window = open(data.path());
    assert_eq!(
        window.ok("state", json!({}))["header"]["title"],
        "From last year"
    );
}

/// A damaged autosave is never written over: it is kept aside, the user is told where,
/// and a new project starts.
#[test]
fn a_damaged_autosave_is_kept_aside_and_the_user_told() {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let data = temp();
    {
        let window = open(data.path());
        window.add_files(&[&sample()]);
    }
    let autosave = data.path().join("autosave.chancery");
    let mut bytes = std::fs::read(&autosave).unwrap();
    let end = bytes.len().min(8_192);
    bytes[100..end].fill(0x5A);
    std::fs::write(&autosave, &bytes).unwrap();
    let _ = std::fs::remove_file(data.path().join("autosave.chancery-wal"));

    let window = open(data.path());
    let view = window.ok("state", json!({}));
    let notice = view["notices"][0].as_str().unwrap_or_default().to_owned();
    assert!(
        notice.starts_with("Your saved work could not be opened"),
        "{view}"
    );
    let aside = data.path().join("autosave.chancery.damaged-1");
    assert!(notice.contains(&aside.display().to_string()), "{notice}");
    assert_eq!(std::fs::read(&aside).unwrap(), bytes);
    assert_eq!(view["articles"], json!([]));
    // The new project works and is kept.
    window.add_files(&[&sample()]);
    drop(window);
    let window = open(data.path());
    assert_eq!(window.article_count(), 1);
}

/// A project saved by a newer version is refused with a message saying so; the file
/// and the current project stay as they were.
#[test]
fn a_project_from_a_newer_version_is_refused_and_left_untouched() {
    let Fresh { window, data, .. } = &fresh();
    window.add_files(&[&sample()]);
    let file = data.path().join("newer.chancery");
    window.answer_next_dialog(&[&file]);
    window.ok("save_project", json!({}));
    // SQLite keeps the format number ("user_version") at bytes 60..64 of its header.
    let mut bytes = std::fs::read(&file).unwrap();
    bytes[60..64].copy_from_slice(&2u32.to_be_bytes());
    std::fs::write(&file, &bytes).unwrap();
    window.ok("remove_article", json!({ "id": 0 }));
    window.ok("add_text", json!({ "label": "Current", "text": "Ministers of France and Germany will meet in Paris next week to discuss energy prices." }));

    window.answer_next_dialog(&[&file]);
    let error = window.call("open_project", json!({})).unwrap_err();
    assert_eq!(error["kind"], "open");
    let message = error["message"].as_str().unwrap();
    assert!(
        message.contains("saved by a newer version of Chancery"),
        "{message}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
    let view = window.ok("state", json!({}));
    assert_eq!(view["articles"].as_array().unwrap().len(), 1);
    assert_eq!(view["articles"][0]["name"], "Current.txt");
}

#[test]
fn errors_reach_the_page_as_kind_and_message() {
    let Fresh { window, .. } = &fresh();
    let error = window.call("preview", json!({})).unwrap_err();
    assert_eq!(error["kind"], "nothing-usable");
    let error = window
        .call("set_template", json!({ "name": "nope" }))
        .unwrap_err();
    assert_eq!(error["kind"], "template");
    assert!(error["message"].as_str().unwrap().contains("nope"));
}

#[test]
fn a_project_saved_to_a_file_opens_again_and_a_bad_file_changes_nothing() {
    let Fresh { window, data, .. } = &fresh();
    window.add_files(&[&sample()]);
    window.ok(
        "set_header",
        json!({ "header": { "title": "Saved title", "marking": null, "date": null } }),
    );
    let file = data.path().join("talks.chancery");
    window.answer_next_dialog(&[&file]);
    let saved = window.ok("save_project", json!({}));
    assert_eq!(saved, json!(file.display().to_string()));

    window.ok("remove_article", json!({ "id": 0 }));
    let broken = data.path().join("broken.chancery");
    std::fs::write(&broken, b"{ not json").unwrap();
    window.answer_next_dialog(&[&broken]);
    let error = window.call("open_project", json!({})).unwrap_err();
    assert_eq!(error["kind"], "open");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .contains("not a Chancery project"));
    assert_eq!(
        window.ok("state", json!({}))["header"]["title"],
        "Saved title"
    );

    window.answer_next_dialog(&[&file]);
    let view = window.ok("open_project", json!({}));
    assert_eq!(view["articles"].as_array().unwrap().len(), 1);
    assert_eq!(view["header"]["title"], "Saved title");
}

#[test]
fn preview_tells_what_the_pdf_will_cut_before_export() {
    let Fresh { window, .. } = &fresh();
    // One event, many outlets: every source is cited, so the list itself must shrink.
    for i in 0..90 {
        let text = format!("Officials from district {i} said the council will vote on budget line {i} next week in the capital.");
        window.ok(
            "add_text",
            json!({ "label": format!("Report {i}"), "text": text }),
        );
    }
    let preview = window.ok("preview", json!({}));
    let cuts: Vec<&Value> = preview["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| {
            w["message"]
                .as_str()
                .unwrap()
                .starts_with("cut to fit one page")
        })
        .collect();
    assert!(!cuts.is_empty(), "{}", preview["warnings"]);
    // Of the briefing, not of a file, and of their own kind: the page groups and colours them.
    assert!(cuts
        .iter()
        .all(|w| w["kind"] == "cut" && w.get("file").is_none()));
    // A pasted text has no date line: normal for the input, said quietly in its list item.
    let view = window.ok("state", json!({}));
    let first = &view["articles"][0]["warnings"];
    assert!(
        first
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["kind"] == "missing" && w["message"] == "no publication date found"),
        "{first}"
    );
}

#[test]
fn actor_edits_apply_and_survive_new_articles() {
    let Fresh { window, .. } = &fresh();
    window.add_files(&[&sample()]);
    let edits = [
        json!({ "action": "rename", "actor": "Aleksandr Fomin", "to": "Col. Gen. Alexander Fomin" }),
        json!({ "action": "role", "actor": "Col. Gen. Alexander Fomin", "role": "Deputy Minister of Defence" }),
        json!({ "action": "remove", "actor": "United States" }),
    ];
    for edit in edits {
        window.ok("edit_actor", json!({ "edit": edit }));
    }
    window.ok("add_text", json!({ "label": "Later", "text": "Aleksandr Fomin will visit New Delhi next month to prepare the summit, officials said." }));
    let preview = window.ok("preview", json!({}));
    let actors = preview["actors"].as_array().unwrap();
    let fomin = actors
        .iter()
        .find(|a| a["name"] == "Col. Gen. Alexander Fomin")
        .unwrap_or_else(|| panic!("renamed actor missing: {actors:?}"));
    assert_eq!(fomin["role"], "Deputy Minister of Defence");
    assert_eq!(
        fomin["sources"],
        json!([1, 2]),
        "the new article's mention joins him"
    );
    assert!(actors.iter().all(|a| a["name"] != "United States"));
    let html = preview["html"].as_str().unwrap();
    assert!(
        html.contains("Col. Gen. Alexander Fomin") && html.contains("Deputy Minister of Defence")
    );

    let view = window.ok("undo_actor_edit", json!({ "index": 2 }));
    assert_eq!(view["actor_edits"].as_array().unwrap().len(), 2);
    assert_eq!(
        view["actor_edits"][0]["text"],
        "rename Aleksandr Fomin => Col. Gen. Alexander Fomin"
    );
    let actors = window.ok("preview", json!({}))["actors"].to_string();
    assert!(actors.contains("\"United States\""), "undo brings it back");
}

#[test]
fn an_edited_section_is_exported_and_kept_when_articles_change() {
    let Fresh { window, data, .. } = &fresh();
    window.add_files(&[&sample()]);
    let sections = window.ok("preview", json!({}))["sections"].clone();
    let headings: Vec<&str> = sections
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["heading"].as_str().unwrap())
        .collect();
    assert_eq!(
        headings,
        [
            "Bottom line",
            "Context",
            "Key actors",
            "Implications",
            "What to watch",
            "Timeline",
            "On the record",
            "Sources"
        ]
    );
    let mine = "- Our *own* reading: the talks prepare the December summit. [1]";
    window.ok(
        "edit_section",
        json!({ "heading": "Context", "markdown": mine }),
    );
    let out = data.path().join("briefing.html");
    window.export_to("html", &out).unwrap();
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("Our <em>own</em> reading"), "{html}");
    assert!(!html.contains("read a statement issued by the Russian Defence Ministry"));

    window.ok("add_text", json!({ "label": "Later", "text": "Indian and Russian officials met again in Moscow on Thursday to review defence supplies." }));
    let preview = window.ok("preview", json!({}));
    let context = &preview["sections"][1];
    assert_eq!(context["markdown"], mine, "the edit outlives new articles");
    assert_eq!(context["outdated"], true);
    assert!(preview["warnings"]
        .to_string()
        .contains("articles have changed since you made it"));

    window.ok("reset_section", json!({ "heading": "Context" }));
    let html = window.ok("preview", json!({}))["html"].to_string();
    assert!(!html.contains("Our <em>own</em> reading"));
}

#[test]
fn preview_statements_carry_their_source_passages() {
    let Fresh { window, .. } = &fresh();
    window.add_files(&[&sample()]);
    let statements = window.ok("preview", json!({}))["statements"].clone();
    let first = &statements[0];
    let passage = &first["passages"][0];
    assert_eq!(passage["source"], 1);
    assert_eq!(passage["title"], "India, Russia Hold Strategic Talks");
    assert!(first["text"]
        .as_str()
        .unwrap()
        .starts_with(passage["text"].as_str().unwrap()));
}

#[test]
fn only_files_exported_in_this_session_can_be_opened() {
    let Fresh { window, .. } = &fresh();
    let error = window
        .call(
            "open_exported",
            json!({ "path": "/etc/passwd", "reveal": false }),
        )
        .unwrap_err();
    assert_eq!(error["kind"], "not-exported");
}

/// Files dropped on the window reach the page as a token, good once: the page adds
/// what the user dropped, and nothing else.
#[test]
fn dropped_files_are_added_by_the_token_the_drop_gave() {
    use tauri::Listener;
    let Fresh { window, .. } = &fresh();
    let (sent, tokens) = std::sync::mpsc::channel();
    window.app.listen_any("files-dropped", move |event| {
        let _ = sent.send(event.payload().to_owned());
    });
    chancery_app::files_dropped(window.app.handle(), vec![sample()]);
    let token: u64 = tokens
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("the page is told of the drop")
        .parse()
        .expect("a token");
    let view = window.ok("add_dropped", json!({ "token": token }));
    assert_eq!(
        view["articles"][0]["title"],
        "India, Russia Hold Strategic Talks"
    );
    let again = window
        .call("add_dropped", json!({ "token": token }))
        .unwrap_err();
    assert_eq!(again["kind"], "not-found");
    let forged = window
        .call("add_dropped", json!({ "token": token + 1 }))
        .unwrap_err();
    assert_eq!(forged["kind"], "not-found");
    assert_eq!(window.article_count(), 1);
}

/// A page that ran foreign script still cannot name a path: reading, exporting,
/// saving and opening all take their paths from the user's dialog (here Cancel) or
/// drop, and a path the page sends is ignored or refused.
#[test]
fn the_page_cannot_read_or_write_a_path_it_names() {
    let Fresh { window, data, .. } = &fresh();
    window.add_files(&[&sample()]);
    // A file of the user's the page would like to read, and one it would overwrite.
    let secret = data.path().join("passwd");
    std::fs::write(&secret, "root:x:0:0:SECRET-LINE\n").unwrap();
    let bashrc = data.path().join(".bashrc");
    std::fs::write(&bashrc, "alias ls='ls --color'\n").unwrap();

    let error = window
        .call("add_paths", json!({ "paths": [&secret] }))
        .unwrap_err();
    assert!(error.to_string().contains("add_paths"), "{error}");
    let error = window
        .call("add_dropped", json!({ "paths": [&secret], "token": 7 }))
        .unwrap_err();
    assert_eq!(error["kind"], "not-found");
    // Every dialog is cancelled: whatever path the page passes along is not used.
    for format in ["pdf", "html", "docx"] {
        let exported = window.ok("export", json!({ "format": format, "path": &bashrc }));
        assert_eq!(exported["path"], Value::Null);
    }
    assert_eq!(
        window.ok("save_project", json!({ "path": &bashrc })),
        Value::Null
    );
    window.ok("open_project", json!({ "path": &secret }));
    window.ok("pick_template_folder", json!({ "path": data.path() }));
    let error = window
        .call("open_exported", json!({ "path": &bashrc, "reveal": false }))
        .unwrap_err();
    assert_eq!(error["kind"], "not-exported");

    assert_eq!(
        std::fs::read_to_string(&bashrc).unwrap(),
        "alias ls='ls --color'\n"
    );
    let view = window.ok("state", json!({}));
    assert_eq!(view["articles"].as_array().unwrap().len(), 1);
    assert!(!view.to_string().contains("SECRET-LINE"));
    let preview = window.ok("preview", json!({}));
    assert!(!preview.to_string().contains("SECRET-LINE"));
    let leftovers: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("bashrc"))
        .collect();
    assert_eq!(leftovers, [".bashrc"]);
}

#[test]
fn user_templates_join_the_picker_and_a_broken_one_is_reported() {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let folder = temp();
    std::fs::write(
        folder.path().join("memo.md.hbs"),
        "# Memo: {{title}}\n\n## Actors\n\n{{#each actors}}\n- {{name}}\n{{/each}}\n",
    )
    .unwrap();
    std::fs::write(folder.path().join("broken.md.hbs"), "{{#each actors}}\n").unwrap();
    std::env::set_var("CHANCERY_TEMPLATES", folder.path());
    let data = temp();
    let window = open(data.path());
    std::env::remove_var("CHANCERY_TEMPLATES");

    let view = window.ok("state", json!({}));
    let memo = folder.path().join("memo.md.hbs").display().to_string();
    assert!(
        view["templates"]
            .as_array()
            .unwrap()
            .contains(&json!({ "name": "memo", "origin": memo })),
        "{view}"
    );
    let problems = view["template_problems"].to_string();
    assert!(problems.contains("broken.md.hbs"), "{problems}");
    window.add_files(&[&sample()]);
    window.ok("set_template", json!({ "name": "memo" }));
    let preview = window.ok("preview", json!({}));
    assert!(preview["html"]
        .as_str()
        .unwrap()
        .contains("Memo: India, Russia"));
    assert_eq!(preview["sections"][0]["heading"], "Actors");
}

/// A web server on 127.0.0.1 for one test: `/story` is a news page, anything else 404.
/// Counts the requests, so a test can tell nothing was fetched before the user asked.
fn serve_story() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{BufRead, BufReader, Write};
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a local port");
    let base = format!("http://{}", listener.local_addr().unwrap());
    let requests = std::sync::Arc::new(AtomicUsize::new(0));
    let counted = requests.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            counted.fetch_add(1, Ordering::SeqCst);
            let mut line = String::new();
            let _ = BufReader::new(&stream).read_line(&mut line);
            let page = "<html><head><title>Envoys Meet in Vienna</title></head><body><article>\
                <h1>Envoys Meet in Vienna</h1><p>Austrian Foreign Minister Clara Weiss met \
                Iranian envoys in Vienna on Monday to discuss the nuclear talks, officials said.</p>\
                <p>The talks will resume next month, according to a statement.</p></article></body></html>";
            let (status, body) = if line.starts_with("GET /story ") {
                ("200 OK", page)
            } else {
                ("404 Not Found", "")
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (base, requests)
}

#[test]
fn links_are_fetched_only_when_the_user_asks() {
    use std::sync::atomic::Ordering;
    let Fresh { window, data, .. } = &fresh();
    let (base, requests) = serve_story();

    // A dropped shortcut is listed as a link, and nothing goes online yet.
    let shortcut = data.path().join("Envoys.url");
    std::fs::write(
        &shortcut,
        format!("[InternetShortcut]\r\nURL={base}/story\r\n"),
    )
    .unwrap();
    let view = window.add_files(&[&shortcut]);
    let entry = &view["articles"][0];
    assert_eq!(entry["link"], format!("{base}/story"));
    assert!(entry["error"].as_str().unwrap().contains("press Fetch"));
    assert_eq!(
        requests.load(Ordering::SeqCst),
        0,
        "fetched before being asked"
    );

    // Fetch puts the page in the shortcut's place.
    let view = window.ok("fetch_link", json!({ "id": entry["id"] }));
    let articles = view["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["title"], "Envoys Meet in Vienna");
    assert!(articles[0]["error"].is_null());
    let preview = window.ok("preview", json!({}));
    assert!(preview["html"].as_str().unwrap().contains("Clara Weiss"));

    // A pasted address: refused when it is not one, a clear error when the page is
    // missing, and the list unchanged by either.
    let not_a_link = window
        .call("fetch_url", json!({ "url": "Vienna talks" }))
        .unwrap_err();
    assert!(not_a_link["message"]
        .as_str()
        .unwrap()
        .contains("is not a web address"));
    let missing = window
        .call("fetch_url", json!({ "url": format!("{base}/gone") }))
        .unwrap_err();
    let message = missing["message"].as_str().unwrap();
    assert!(
        message.contains("/gone: the server answered 404"),
        "{message}"
    );
    let view = window.ok("fetch_url", json!({ "url": format!("  {base}/story ") }));
    assert_eq!(view["articles"].as_array().unwrap().len(), 2);
}
