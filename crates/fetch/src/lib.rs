//! The one network action: fetching a web page the user named, and only when asked
//! (`--fetch` on the command line, the Fetch button in the window).
//! Bounded on every side: a connect and an overall timeout, at most five redirects,
//! and the same size cap as a file on disk. Each failure says what happened in words a
//! person can act on ("no answer within 30 s", "cannot find the host: offline?").

use std::io::Read;
use std::time::Duration;

/// Why a page could not be fetched, in words a person can act on; names the address.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct FetchError(String);

type Result<T> = std::result::Result<T, FetchError>;

macro_rules! bail {
    ($($arg:tt)*) => {
        return Err(FetchError(format!($($arg)*)))
    };
}

const MAX_REDIRECTS: u32 = 5;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const DEFAULT_TIMEOUT_SECS: u64 = 30;

/// A fetched page: its content type as the server gave it, and its bytes.
pub struct Fetched {
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

/// The overall time allowed for one page: `CHANCERY_FETCH_TIMEOUT` seconds (tests use
/// a short one), else 30.
fn timeout() -> Duration {
    let seconds = std::env::var("CHANCERY_FETCH_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    Duration::from_secs(seconds)
}

pub fn fetch(url: &str) -> Result<Fetched> {
    let limit = timeout();
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(CONNECT_TIMEOUT)
        .timeout(limit)
        .redirects(MAX_REDIRECTS)
        .user_agent(concat!("Chancery/", env!("CARGO_PKG_VERSION")))
        .build();
    let response = match agent.get(url).call() {
        Ok(response) => response,
        Err(ureq::Error::Status(code, response)) => {
            bail!(
                "{url}: the server answered {code} {}",
                response.status_text()
            )
        }
        Err(ureq::Error::Transport(transport)) => {
            let why = match transport.kind() {
                ureq::ErrorKind::Dns => {
                    "cannot find the host (offline, or a mistyped address?)".to_owned()
                }
                ureq::ErrorKind::ConnectionFailed => {
                    "cannot connect (offline, or the server is down?)".to_owned()
                }
                ureq::ErrorKind::TooManyRedirects => {
                    format!("more than {MAX_REDIRECTS} redirects; not followed further")
                }
                ureq::ErrorKind::Io if is_timeout(&transport) => {
                    format!("no answer within {} s", limit.as_secs())
                }
                ureq::ErrorKind::InvalidUrl | ureq::ErrorKind::UnknownScheme => {
                    "not a web address Chancery can fetch".to_owned()
                }
                _ => transport.to_string(),
            };
            bail!("{url}: {why}")
        }
    };
    let content_type = response.header("content-type").map(str::to_owned);
    let cap = chancery::ingest::MAX_FILE_BYTES;
    let mut bytes = Vec::new();
    let read = response
        .into_reader()
        .take(cap as u64 + 1)
        .read_to_end(&mut bytes);
    if let Err(error) = read {
        if error.kind() == std::io::ErrorKind::TimedOut
            || error.kind() == std::io::ErrorKind::WouldBlock
        {
            bail!("{url}: no answer within {} s", limit.as_secs());
        }
        bail!("{url}: the page stopped arriving ({error})");
    }
    if bytes.len() > cap {
        bail!(
            "{url}: the page is over the {} MB limit for one article; not read",
            cap / (1024 * 1024)
        );
    }
    Ok(Fetched {
        content_type,
        bytes,
    })
}

fn is_timeout(transport: &ureq::Transport) -> bool {
    let text = transport.to_string().to_lowercase();
    text.contains("timed out") || text.contains("timeout") || text.contains("would block")
}
