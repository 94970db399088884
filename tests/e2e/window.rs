//! The real desktop window, driven headless: Xvfb, Debian's WebKitWebDriver, and the
//! `chancery-app` binary. A user's path end to end: bring in the sample the way a drop
//! does, see the actors in the preview, edit, export a one-page PDF, restart, and find
//! the work restored.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::{fixture, read_pdf, temp_dir};

/// A child process that is stopped when the test ends, pass or fail.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn app_binary() -> PathBuf {
    crate::support::workspace_binary("chancery-app", "chancery-app")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn wait_until<T>(what: &str, timeout: Duration, mut check: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(value) = check() {
            return value;
        }
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A private X display for the window, so tests never touch the user's screen.
fn start_display() -> (Running, String) {
    let number = 90 + free_port() % 400;
    let display = format!(":{number}");
    let child = Command::new("Xvfb")
        .args([
            display.as_str(),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb runs (apt-get install xvfb; ./test.sh installs it)");
    let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
    wait_until("the X display", Duration::from_secs(10), || {
        socket.exists().then_some(())
    });
    (Running(child), display)
}

struct Driver {
    base: String,
    _process: Running,
}

impl Driver {
    fn start(display: &str, data_dir: &Path) -> Self {
        let port = free_port();
        let child = Command::new("WebKitWebDriver")
            .args([format!("--port={port}"), "--host=127.0.0.1".into()])
            .env("DISPLAY", display)
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("CHANCERY_DATA_DIR", data_dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect(
                "WebKitWebDriver runs (apt-get install webkit2gtk-driver; ./test.sh installs it)",
            );
        let base = format!("http://127.0.0.1:{port}");
        let status = format!("{base}/status");
        wait_until("the WebDriver", Duration::from_secs(20), || {
            ureq::get(&status).call().ok().map(|_| ())
        });
        Self {
            base,
            _process: Running(child),
        }
    }

    fn open_app(&self) -> Session<'_> {
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "webkitgtk:browserOptions": { "binary": app_binary(), "args": [] }
        } } });
        let reply = post(&format!("{}/session", self.base), capabilities);
        let id = reply["value"]["sessionId"]
            .as_str()
            .expect("a session id")
            .to_owned();
        let session = Session { driver: self, id };
        wait_until("the page to load", Duration::from_secs(30), || {
            (session.script("return !!(window.chancery && document.readyState === 'complete')")
                == json!(true))
            .then_some(())
        });
        session
    }
}

fn post(url: &str, body: Value) -> Value {
    match ureq::post(url).send_json(body) {
        Ok(response) => response.into_json().expect("a JSON reply"),
        Err(ureq::Error::Status(code, response)) => {
            panic!(
                "WebDriver {url} answered {code}: {}",
                response.into_string().unwrap_or_default()
            )
        }
        Err(error) => panic!("WebDriver {url}: {error}"),
    }
}

struct Session<'d> {
    driver: &'d Driver,
    id: String,
}

impl Session<'_> {
    fn url(&self, path: &str) -> String {
        format!("{}/session/{}/{path}", self.driver.base, self.id)
    }

    fn script(&self, script: &str) -> Value {
        post(
            &self.url("execute/sync"),
            json!({ "script": script, "args": [] }),
        )["value"]
            .take()
    }

    /// Runs an async script; it calls `done(value)` when finished.
    fn script_async(&self, body: &str, args: Value) -> Value {
        let script = format!("const done = arguments[arguments.length - 1]; {body}");
        post(
            &self.url("execute/async"),
            json!({ "script": script, "args": args }),
        )["value"]
            .take()
    }

    fn type_into(&self, css: &str, text: &str) {
        let found = post(
            &self.url("element"),
            json!({ "using": "css selector", "value": css }),
        );
        let element = found["value"]
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .expect("the element")
            .to_owned();
        post(&self.url(&format!("element/{element}/clear")), json!({}));
        post(
            &self.url(&format!("element/{element}/value")),
            json!({ "text": text }),
        );
    }

    fn preview_contains(&self, text: &str) -> bool {
        let source = self.script("return document.getElementById('preview').srcdoc");
        source.as_str().is_some_and(|html| html.contains(text))
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        let _ = ureq::delete(&format!("{}/session/{}", self.driver.base, self.id)).call();
    }
}

#[test]
fn window_drop_preview_edit_export_and_restore() {
    let data = temp_dir();
    let (_display, display) = start_display();
    let driver = Driver::start(&display, data.path());
    let sample = fixture("scrape-with-footer-junk.txt");
    let pdf = data.path().join("exported.pdf");
    {
        let window = driver.open_app();
        // The drop handler's own entry point, with the paths a drop delivers.
        let added = window.script_async(
            "window.chancery.addPaths(arguments[0]).then(() => done(true), (e) => done(String(e)))",
            json!([[sample]]),
        );
        assert_eq!(added, json!(true));
        wait_until("the actors in the preview", Duration::from_secs(20), || {
            (window.preview_contains("Aleksandr Fomin")
                && window.preview_contains("Deputy Defence Minister"))
            .then_some(())
        });
        assert!(!window.preview_contains("Zelensky"));

        window.type_into("#title", "Edited for the minister");
        wait_until("the edit in the preview", Duration::from_secs(10), || {
            window
                .preview_contains("Edited for the minister")
                .then_some(())
        });
        let exported = window.script_async(
            "window.__TAURI__.core.invoke('export', { format: 'pdf', path: arguments[0] }).then((r) => done(r.path), (e) => done(e.message))",
            json!([pdf]),
        );
        assert_eq!(exported, json!(pdf.display().to_string()));
    }
    let (pages, text) = read_pdf(&pdf);
    assert_eq!(pages, 1);
    assert!(text.contains("Edited for the minister"), "{text}");

    // A new start finds the work as it was left.
    let window = driver.open_app();
    wait_until("the restored title", Duration::from_secs(20), || {
        (window.script("return document.getElementById('title').value")
            == json!("Edited for the minister"))
        .then_some(())
    });
    let listed = window.script("return document.querySelectorAll('#article-list li').length");
    assert_eq!(listed, json!(1));
    assert!(window.preview_contains("Aleksandr Fomin"));
}
