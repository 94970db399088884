//! The real desktop window, driven headless: Xvfb, Debian's WebKitWebDriver, and the
//! `chancery-app` binary. A user's path end to end: bring in the sample through "Add
//! files…" (its dialog answered from a file), see the actors in the preview, edit the header, a section and an actor, check a
//! statement's source, export a one-page PDF and a Word document (while a slow file is
//! still being read), restart, and find the work restored.

use std::path::PathBuf;
use std::time::Duration;

use serde_json::json;

use crate::driver::{answer_next_dialog, start_display, wait_until, Driver};
use crate::support::{fixture, read_docx, read_pdf, temp_dir};

fn app_binary() -> PathBuf {
    crate::support::workspace_binary("chancery-app")
}

#[test]
fn window_add_preview_edit_export_and_restore() {
    let data = temp_dir();
    let (_display, display) = start_display();
    let driver = Driver::start(&display, data.path());
    // The article sits in a folder whose name is private (it names the work); the list
    // may show it on this screen, no export may carry it.
    let private = data.path().join("ana-private-casework-7731");
    std::fs::create_dir(&private).unwrap();
    let sample = private.join("moscow-talks.txt");
    std::fs::copy(fixture("scrape-with-footer-junk.txt"), &sample).unwrap();
    let pdf = data.path().join("exported.pdf");
    let docx = data.path().join("exported.docx");
    let html = data.path().join("exported.html");
    {
        let window = driver.open_app(&app_binary());
        // "Add files…", the sample picked in its dialog.
        answer_next_dialog(data.path(), &[&sample]);
        let added = window.script_async(
            "window.chancery.pickFiles().then(() => done(true), (e) => done(String(e)))",
            json!([]),
        );
        assert_eq!(added, json!(true));
        wait_until("the actors in the preview", Duration::from_secs(20), || {
            (window.preview_contains("Aleksandr Fomin")
                && window.preview_contains("Deputy Defence Minister"))
            .then_some(())
        });
        assert!(!window.preview_contains("Zelensky"));
        // The list names the file; its folder only in the tooltip.
        let listed = window.script(
            "const name = document.querySelector('#article-list li .file'); return [name.textContent, name.title];",
        );
        assert_eq!(
            listed,
            json!(["moscow-talks.txt", sample.display().to_string()])
        );

        window.type_into("#title", "Edited for the minister");
        wait_until("the edit in the preview", Duration::from_secs(10), || {
            window
                .preview_contains("Edited for the minister")
                .then_some(())
        });

        // Rewrite a section in Markdown.
        window.click("#tab-sections");
        window.type_into(
            "[data-heading='Context'] textarea",
            "- Our *own* reading of the Moscow talks. [1]",
        );
        wait_until(
            "the section edit in the preview",
            Duration::from_secs(10),
            || {
                window
                    .preview_contains("Our <em>own</em> reading of the Moscow talks")
                    .then_some(())
            },
        );

        // Rename an actor; leaving the field commits the change.
        window.click("#tab-actors");
        window.type_into(
            "input[aria-label='Name of Aleksandr Fomin']",
            "Col. Gen. Alexander Fomin",
        );
        window.click("#tab-preview");
        wait_until(
            "the renamed actor in the preview",
            Duration::from_secs(10),
            || {
                window
                    .preview_contains("Col. Gen. Alexander Fomin")
                    .then_some(())
            },
        );

        // A cited statement reached from the keyboard shows the passage it comes from.
        let passage = wait_until("the source passage", Duration::from_secs(10), || {
            window.script(
                "const cited = document.getElementById('preview').contentDocument.querySelector('[data-cited]');\
                 if (!cited) return null; cited.focus(); return document.getElementById('passage').textContent;",
            )
            .as_str()
            .filter(|text| text.contains("[1]"))
            .map(str::to_owned)
        });
        assert!(
            passage.contains("India, Russia Hold Strategic Talks"),
            "{passage}"
        );

        // Add an actor the analysis missed, and say what another one is.
        window.click("#tab-actors");
        window.type_into("#add-actor-name", "Sergei Shoigu");
        window.click("#add-actor-kind option[value='person']");
        window.type_into("#add-actor-role", "Security Council Secretary");
        window.type_into("#add-actor-affiliation", "Russia");
        window.click("#add-actor button[type='submit']");
        wait_until("the added actor's row", Duration::from_secs(10), || {
            window
                .script("return !!document.querySelector(\"input[aria-label='Name of Sergei Shoigu']\")")
                .as_bool()
                .filter(|&found| found)
        });
        window.click("select[aria-label='Kind of Indian Armed Forces'] option:nth-child(3)");
        wait_until(
            "the new kind in the preview",
            Duration::from_secs(10),
            || {
                (window.preview_contains("<td>Indian Armed Forces</td><td>State</td>")
                    && window.preview_contains(
                        "<td>Sergei Shoigu</td><td>Security Council Secretary</td><td>Russia</td>",
                    ))
                .then_some(())
            },
        );
        window.click("#tab-preview");

        // A file on a slow share is dropped (a named pipe: it reads nothing until it is
        // written); while it is being read, the exports below still go through.
        let slow = private.join("slow-share.txt");
        let made = std::process::Command::new("mkfifo").arg(&slow).status();
        assert!(made.is_ok_and(|status| status.success()), "mkfifo");
        answer_next_dialog(data.path(), &[&slow]);
        window.script("window.chancery.pickFiles(); return true;");
        let mut slow_writer =
            wait_until("the slow file being read", Duration::from_secs(20), || {
                use std::os::unix::fs::OpenOptionsExt;
                // Opening the writing end without blocking works once a reader has it open.
                std::fs::OpenOptions::new()
                    .write(true)
                    .custom_flags(0o4000) // O_NONBLOCK (Linux)
                    .open(&slow)
                    .ok()
            });

        answer_next_dialog(data.path(), &[&pdf]);
        let exported = window.script_async(
            "window.__TAURI__.core.invoke('export', { format: 'pdf' }).then((r) => done(r.path), (e) => done(e.message))",
            json!([]),
        );
        assert_eq!(exported, json!(pdf.display().to_string()));
        answer_next_dialog(data.path(), &[&docx]);
        let exported = window.script_async(
            "window.__TAURI__.core.invoke('export', { format: 'docx' }).then((r) => done(r.path), (e) => done(e.message))",
            json!([]),
        );
        assert_eq!(exported, json!(docx.display().to_string()));
        answer_next_dialog(data.path(), &[&html]);
        let exported = window.script_async(
            "window.__TAURI__.core.invoke('export', { format: 'html' }).then((r) => done(r.path), (e) => done(e.message))",
            json!([]),
        );
        assert_eq!(exported, json!(html.display().to_string()));

        // Now the slow file arrives and joins the list.
        use std::io::Write;
        slow_writer
            .write_all(b"Delayed Report\n\nThe finance ministers of Chile and Peru met in Lima on Monday to sign a trade accord.\n")
            .unwrap();
        drop(slow_writer);
        wait_until("the slow file in the list", Duration::from_secs(20), || {
            (window.script("return document.querySelectorAll('#article-list li').length")
                == json!(2))
            .then_some(())
        });
    }
    let exports = [
        read_pdf(&pdf).1,
        read_docx(&docx).parts.into_values().collect(),
        std::fs::read_to_string(&html).unwrap(),
    ];
    for export in exports {
        assert!(!export.contains("ana-private-casework"), "{export}");
    }
    // The Word document carries the same edits, in Word's own structures.
    let word = read_docx(&docx);
    assert!(word
        .paragraphs
        .contains(&("Title".to_owned(), "Edited for the minister".to_owned())));
    assert!(
        word.paragraphs
            .iter()
            .any(|(style, text)| style == "ListBullet"
                && text == "Our own reading of the Moscow talks. [1]"),
        "{:?}",
        word.paragraphs
    );
    assert!(
        word.rows
            .iter()
            .any(|row| row[0] == "Col. Gen. Alexander Fomin"),
        "{:?}",
        word.rows
    );
    assert_eq!(word.header, "UNCLASSIFIED");
    for row in [
        ["Sergei Shoigu", "Security Council Secretary", "Russia"],
        ["Indian Armed Forces", "State", "India"],
    ] {
        assert!(
            word.rows.contains(&row.map(str::to_owned).to_vec()),
            "{row:?} in {:?}",
            word.rows
        );
    }
    let (pages, text) = read_pdf(&pdf);
    assert_eq!(pages, 1);
    assert!(text.contains("Edited for the minister"), "{text}");
    assert!(text.contains("reading of the Moscow talks"), "{text}");
    assert!(text.contains("Col. Gen. Alexander Fomin"), "{text}");

    // A new start finds the work as it was left.
    let window = driver.open_app(&app_binary());
    wait_until("the restored title", Duration::from_secs(20), || {
        (window.script("return document.getElementById('title').value")
            == json!("Edited for the minister"))
        .then_some(())
    });
    let listed = window.script("return document.querySelectorAll('#article-list li').length");
    assert_eq!(listed, json!(2));
    // The fields show at once; the preview follows when the briefing is made again.
    wait_until(
        "the restored edits in the preview",
        Duration::from_secs(20),
        || {
            (window.preview_contains("Our <em>own</em> reading of the Moscow talks")
                && window.preview_contains("Col. Gen. Alexander Fomin")
                && window.preview_contains("<td>Sergei Shoigu</td>"))
            .then_some(())
        },
    );
}

/// Runs axe-core (vendored from npm) in the window as it is now; returns the serious
/// and critical violations, each as "rule: the elements it found".
fn serious_accessibility_violations(window: &crate::driver::Session) -> Vec<String> {
    let axe = include_str!("../vendor/axe-core/axe.min.js");
    window.script(&format!("{axe}\nreturn true;"));
    let found = window.script_async(
        "axe.run(document, { iframes: false, resultTypes: ['violations'] }).then((r) => done(\
           r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')\
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`)),\
         (e) => done([`axe failed: ${e}`]))",
        json!([]),
    );
    serde_json::from_value(found).expect("a list of violations")
}

/// A keyboard user brings in an article and rewrites a section without a mouse, and a
/// real checker (axe-core) finds nothing serious on any tab with articles loaded.
#[test]
fn window_works_from_the_keyboard_and_passes_axe() {
    use crate::driver::ENTER;

    let data = temp_dir();
    let (_display, display) = start_display();
    let driver = Driver::start(&display, data.path());
    let window = driver.open_app(&app_binary());

    // Paste an article: open the paste box, type, press the button.
    window.tab_to("details.paste > summary", 40);
    window.keys(ENTER);
    window.tab_to("#paste-text", 5);
    // Typed key by key: plain ASCII (synthesised keys carry no curly quotes), and each
    // line break is the Enter key.
    let article = "Ministers Agree on Grain Corridor\n\nThe foreign ministers of Turkey and Ukraine agreed on Monday in Geneva to reopen a grain corridor across the Black Sea, the Turkish Foreign Ministry said.\n\nUkrainian Foreign Minister Olena Marchuk said the first convoy could leave within two weeks if insurers agree to cover the ships.\n";
    window.keys(&article.replace('\n', ENTER));
    window.tab_to("#add-text", 3);
    window.keys(ENTER);
    wait_until("the pasted article listed", Duration::from_secs(20), || {
        (window.script("return document.querySelectorAll('#article-list li').length") == json!(1))
            .then_some(())
    });
    wait_until(
        "the pasted article in the preview",
        Duration::from_secs(20),
        || window.preview_contains("Olena Marchuk").then_some(()),
    );

    // Rewrite the bottom line.
    // The tabs are one stop, moved between with the arrow keys.
    window.tab_to("#tab-preview", 80);
    window.keys("\u{E014}"); // Right
    assert_eq!(
        window.script("return document.activeElement.id"),
        json!("tab-sections")
    );
    window.tab_to("[data-heading='Bottom line'] textarea", 20);
    // A second paragraph after the generated one (focus put the caret at the end).
    window.keys(&format!("{ENTER}{ENTER}Rewritten from the keyboard."));
    wait_until(
        "the keyboard edit in the preview",
        Duration::from_secs(10),
        || {
            window
                .preview_contains("Rewritten from the keyboard.")
                .then_some(())
        },
    );
    // The Edit menu's Copy and Paste (its items send the page a `menu` event; WebDriver
    // cannot open GTK's menus, so the test sends the same event) go through the system
    // clipboard: copy part of one field, paste it over another.
    window.type_into("#originator", "South Asia desk");
    window.script("const f = document.getElementById('originator'); f.focus(); f.setSelectionRange(0, 10); return true;");
    window.script("window.__TAURI__.event.emit('menu', 'copy'); return true;");
    std::thread::sleep(Duration::from_millis(500));
    window.script(
        "const f = document.getElementById('marking'); f.focus(); f.select(); return true;",
    );
    window.script("window.__TAURI__.event.emit('menu', 'paste'); return true;");
    wait_until("the pasted marking", Duration::from_secs(10), || {
        (window.script("return document.getElementById('marking').value") == json!("South Asia"))
            .then_some(())
    });
    // The menu's Undo takes the paste back, Redo puts it again.
    window.script("window.__TAURI__.event.emit('menu', 'undo'); return true;");
    wait_until("the paste undone", Duration::from_secs(10), || {
        (window.script("return document.getElementById('marking').value") == json!(""))
            .then_some(())
    });
    window.script("window.__TAURI__.event.emit('menu', 'redo'); return true;");
    wait_until("the paste redone", Duration::from_secs(10), || {
        (window.script("return document.getElementById('marking').value") == json!("South Asia"))
            .then_some(())
    });

    // The export buttons are reached the same way (what they open is the system's
    // save dialog, which WebDriver cannot drive).
    window.tab_to("#export-pdf", 80);

    for tab in ["#tab-preview", "#tab-sections", "#tab-actors"] {
        window.click(tab);
        let violations = serious_accessibility_violations(&window);
        assert!(violations.is_empty(), "{tab}: {violations:#?}");
    }
}

/// Hundreds of files at once: the list shows a hundred at a time (so the window stays
/// quick), says how many could not be used, and lists the rest on "Show more" or when
/// scrolled to its end; the unreadable ones carry their reasons.
#[test]
fn a_large_drop_is_listed_a_hundred_at_a_time() {
    let data = temp_dir();
    let folder = data.path().join("downloads");
    std::fs::create_dir(&folder).unwrap();
    let sample = std::fs::read_to_string(fixture("scrape-with-footer-junk.txt")).unwrap();
    let files: Vec<PathBuf> = (0..230)
        .map(|i| {
            let path = folder.join(format!("file-{i:03}.txt"));
            // Every tenth file is empty: listed with its reason.
            let text = if i % 10 == 9 {
                String::new()
            } else {
                sample.replace("Moscow", &format!("Moscow (report {i})"))
            };
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let (_display, display) = start_display();
    let driver = Driver::start(&display, data.path());
    let window = driver.open_app(&app_binary());
    let paths: Vec<&std::path::Path> = files.iter().map(PathBuf::as_path).collect();
    answer_next_dialog(data.path(), &paths);
    let added = window.script_async(
        "window.chancery.pickFiles().then(() => done(true), (e) => done(String(e)))",
        json!([]),
    );
    assert_eq!(added, json!(true));
    let listed = || {
        window.script(
            "const items = [...document.querySelectorAll('#article-list li')];\
             return [items.length, items.filter((li) => li.querySelector('.error')).length,\
                     document.getElementById('article-more').hidden,\
                     document.getElementById('show-more').textContent,\
                     document.getElementById('status').textContent];",
        )
    };
    assert_eq!(
        listed(),
        json!([
            100,
            10,
            false,
            "Show 100 more (130 not shown)",
            "230 article(s), 207 in the briefing, 23 could not be used"
        ])
    );
    window.click("#show-more");
    assert_eq!(listed()[0], json!(200));
    // Scrolling to the end of the list lists the rest, as the button would.
    window.script("document.getElementById('article-more').scrollIntoView(); return true;");
    // (The window is drafting 207 articles meanwhile: on a busy machine the list can
    // take a while to catch up.)
    wait_until("every file listed", Duration::from_secs(30), || {
        (listed()[0] == json!(230)).then_some(())
    });
    assert_eq!(listed()[1], json!(23));
    assert_eq!(listed()[2], json!(true));
}
