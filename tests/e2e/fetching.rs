//! Fetching pages: only with `--fetch`, from a server on 127.0.0.1 that the test starts,
//! with every way a fetch goes wrong turned into a message naming the address.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use crate::support::{chancery, fixture, temp_dir, DATE};

/// A small web server: `/article` (a Windows-1251 page, charset in the header),
/// `/loop` (redirects to itself), `/slow` (never answers), `/big` (over the size cap),
/// anything else 404. Returns its base address.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
    base
}

fn answer(mut stream: TcpStream) {
    let mut request = String::new();
    if BufReader::new(&stream).read_line(&mut request).is_err() {
        return;
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let head = |status: &str, headers: &str, length: usize| {
        format!(
            "HTTP/1.1 {status}\r\n{headers}Content-Length: {length}\r\nConnection: close\r\n\r\n"
        )
    };
    match path.as_str() {
        "/article" => {
            let body = std::fs::read(fixture("cp1251-cyrillic.html")).unwrap();
            let _ = stream.write_all(
                head(
                    "200 OK",
                    "Content-Type: text/html; charset=windows-1251\r\n",
                    body.len(),
                )
                .as_bytes(),
            );
            let _ = stream.write_all(&body);
        }
        "/loop" => {
            let _ = stream.write_all(head("302 Found", "Location: /loop\r\n", 0).as_bytes());
        }
        "/slow" => std::thread::sleep(Duration::from_secs(10)),
        "/big" => {
            let size = 21 * 1024 * 1024;
            let _ =
                stream.write_all(head("200 OK", "Content-Type: text/html\r\n", size).as_bytes());
            let chunk = vec![b'a'; 1024 * 1024];
            for _ in 0..21 {
                if stream.write_all(&chunk).is_err() {
                    return;
                }
            }
        }
        _ => {
            let _ = stream.write_all(head("404 Not Found", "", 0).as_bytes());
        }
    }
}

#[test]
fn a_page_is_fetched_only_when_asked_and_read_in_its_declared_charset() {
    let base = serve();
    let url = format!("{base}/article");
    let run = chancery(&["extract", &url]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("a web address; add --fetch to download it"),
        "{}",
        run.stderr
    );

    let run = chancery(&["extract", &url, "--fetch", "--format", "json"]);
    assert!(run.success, "{}", run.stderr);
    let article: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let text = article["text"].as_str().unwrap();
    assert!(
        text.contains("Александр Фомин"),
        "not decoded as Windows-1251: {text}"
    );
    assert_eq!(article["file"], url);
}

#[test]
fn a_shortcut_file_is_followed_with_fetch_and_briefed() {
    let base = serve();
    let dir = temp_dir();
    let shortcut = dir.path().join("talks.url");
    std::fs::write(
        &shortcut,
        format!("[InternetShortcut]\r\nURL={base}/article\r\n"),
    )
    .unwrap();
    let run = chancery(&["draft", shortcut.to_str().unwrap(), "--date", DATE]);
    assert!(!run.success, "no fetch without --fetch");
    assert!(
        run.stderr.contains("fetches it only when asked"),
        "{}",
        run.stderr
    );

    let run = chancery(&[
        "draft",
        shortcut.to_str().unwrap(),
        "--fetch",
        "--date",
        DATE,
        "--format",
        "json",
    ]);
    assert!(run.success, "{}", run.stderr);
    let briefing: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(briefing["sources"][0]["url"], format!("{base}/article"));
}

#[test]
fn fetch_failures_name_the_address_and_the_reason() {
    let base = serve();
    let closed = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/gone", listener.local_addr().unwrap())
    };
    let cases = [
        (format!("{base}/missing"), "the server answered 404"),
        (format!("{base}/loop"), "more than 5 redirects"),
        (format!("{base}/slow"), "no answer within 2 s"),
        (format!("{base}/big"), "the page is over the 20 MB limit"),
        (closed, "cannot connect (offline, or the server is down?)"),
    ];
    for (url, reason) in cases {
        let run = chancery(&["extract", &url, "--fetch"]);
        assert!(!run.success, "{url}");
        assert!(
            run.stderr.contains(&format!("{url}: {reason}")),
            "{url}: {}",
            run.stderr
        );
    }
}

#[test]
fn one_failed_address_does_not_stop_the_others() {
    let base = serve();
    let run = chancery(&[
        "draft",
        &format!("{base}/missing"),
        fixture("scrape-with-footer-junk.txt").to_str().unwrap(),
        "--fetch",
        "--date",
        DATE,
    ]);
    assert!(run.success, "{}", run.stderr);
    assert!(run.stderr.contains("/missing: the server answered 404"));
    assert!(run.stdout.contains("Aleksandr Fomin"));
}
