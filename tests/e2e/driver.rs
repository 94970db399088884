//! Driving the real window headless: a private Xvfb display, Debian's WebKitWebDriver,
//! and the `chancery-app` binary in a WebDriver session. Shared by the window test and
//! the window benchmark.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// A child process that is stopped when the test ends, pass or fail.
pub struct Running(pub Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

pub fn wait_until<T>(what: &str, timeout: Duration, mut check: impl FnMut() -> Option<T>) -> T {
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
pub fn start_display() -> (Running, String) {
    // A display no other test's server holds (a shared one closes under the test).
    let first = u32::from(free_port());
    let number = (0..400)
        .map(|k| 90 + (first + k) % 400)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .expect("a free X display number");
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

/// The file the app's file dialogs take their answers from, a line each, instead of
/// asking a person (src-tauri/src/dialogs.rs).
fn dialog_answers(data_dir: &Path) -> PathBuf {
    data_dir.join("dialog-answers")
}

/// What the user picks in the app's next file dialog.
pub fn answer_next_dialog(data_dir: &Path, paths: &[&Path]) {
    use std::io::Write;
    let line: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let mut answers = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dialog_answers(data_dir))
        .expect("the dialog answers file");
    writeln!(answers, "{}", line.join("\t")).expect("an answer written");
}

pub struct Driver {
    base: String,
    _process: Running,
}

impl Driver {
    pub fn start(display: &str, data_dir: &Path) -> Self {
        let port = free_port();
        let child = Command::new("WebKitWebDriver")
            .args([format!("--port={port}"), "--host=127.0.0.1".into()])
            .env("DISPLAY", display)
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("CHANCERY_DATA_DIR", data_dir)
            .env("CHANCERY_DIALOG_ANSWERS", dialog_answers(data_dir))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect(
                "WebKitWebDriver runs (apt-get install webkit2gtk-driver; ./test.sh installs it)",
            );
        let base = format!("http://127.0.0.1:{port}");
        let status = format!("{base}/status");
        wait_until("the WebDriver", Duration::from_secs(20), || {
            ureq::get(&status)
                .timeout(Duration::from_secs(2))
                .call()
                .ok()
                .map(|_| ())
        });
        Self {
            base,
            _process: Running(child),
        }
    }

    /// Launches `app` (the chancery-app binary) in a new session, once its page is ready.
    pub fn open_app(&self, app: &Path) -> Session<'_> {
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "webkitgtk:browserOptions": { "binary": app, "args": [] }
        } } });
        // Starting the app on a loaded machine has once timed out without an answer:
        // one more try before the test fails.
        let url = format!("{}/session", self.base);
        let reply = try_post(&url, capabilities.clone()).unwrap_or_else(|error| {
            eprintln!("{error}; starting the app once more");
            post(&url, capabilities)
        });
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

/// Every WebDriver call gives up after 90 s: a window that never answers must fail the
/// test, not hang the run (it once hung a whole test run for 20 minutes).
fn post(url: &str, body: Value) -> Value {
    try_post(url, body).unwrap_or_else(|error| panic!("{error}"))
}

/// [`post`] that says what went wrong instead of failing the test.
fn try_post(url: &str, body: Value) -> Result<Value, String> {
    let agent = ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(90))
        .build();
    match agent.post(url).send_json(body) {
        Ok(response) => Ok(response.into_json().expect("a JSON reply")),
        Err(ureq::Error::Status(code, response)) => Err(format!(
            "WebDriver {url} answered {code}: {}",
            response.into_string().unwrap_or_default()
        )),
        Err(error) => Err(format!("WebDriver {url}: {error}")),
    }
}

fn get(url: &str) -> Value {
    let agent = ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(90))
        .build();
    match agent.get(url).call() {
        Ok(response) => response.into_json().expect("a JSON reply"),
        Err(error) => panic!("WebDriver {url}: {error}"),
    }
}

pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";

pub struct Session<'d> {
    driver: &'d Driver,
    id: String,
}

impl Session<'_> {
    fn url(&self, path: &str) -> String {
        format!("{}/session/{}/{path}", self.driver.base, self.id)
    }

    pub fn script(&self, script: &str) -> Value {
        post(
            &self.url("execute/sync"),
            json!({ "script": script, "args": [] }),
        )["value"]
            .take()
    }

    /// Runs an async script; it calls `done(value)` when finished.
    pub fn script_async(&self, body: &str, args: Value) -> Value {
        let script = format!("const done = arguments[arguments.length - 1]; {body}");
        post(
            &self.url("execute/async"),
            json!({ "script": script, "args": args }),
        )["value"]
            .take()
    }

    fn element(&self, css: &str) -> String {
        let found = post(
            &self.url("element"),
            json!({ "using": "css selector", "value": css }),
        );
        found["value"]
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element matches {css}"))
            .to_owned()
    }

    /// A real click, as a pointer would: focus moves and `change` fires on the field left.
    pub fn click(&self, css: &str) {
        let element = self.element(css);
        post(&self.url(&format!("element/{element}/click")), json!({}));
    }

    pub fn type_into(&self, css: &str, text: &str) {
        let element = self.element(css);
        post(&self.url(&format!("element/{element}/clear")), json!({}));
        post(
            &self.url(&format!("element/{element}/value")),
            json!({ "text": text }),
        );
    }

    /// Keys sent to whatever has focus, as typed (WebDriver's codes for special keys:
    /// TAB, ENTER below).
    pub fn keys(&self, keys: &str) {
        let active = get(&self.url("element/active"));
        let element = active["value"]
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .expect("an element has focus")
            .to_owned();
        post(
            &self.url(&format!("element/{element}/value")),
            json!({ "text": keys }),
        );
    }

    /// Presses Tab until the element `css` has focus, as a keyboard user would reach
    /// it; fails if it is not reached within `limit` presses.
    pub fn tab_to(&self, css: &str, limit: usize) {
        let check = format!(
            "return document.activeElement && document.activeElement.matches({})",
            json!(css)
        );
        for _ in 0..limit {
            if self.script(&check) == json!(true) {
                return;
            }
            self.keys(TAB);
        }
        panic!("{css} not reached with {limit} presses of Tab");
    }

    pub fn preview_contains(&self, text: &str) -> bool {
        let source = self.script("return document.getElementById('preview').srcdoc");
        source.as_str().is_some_and(|html| html.contains(text))
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        let _ = ureq::delete(&format!("{}/session/{}", self.driver.base, self.id))
            .timeout(Duration::from_secs(10))
            .call();
    }
}
