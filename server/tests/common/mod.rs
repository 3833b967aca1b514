//! A `pgshim serve` on a file of its own, for tests.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::PathBuf;

/// A running server; stopped (and its file removed) when dropped.
pub struct TestServer {
    pub addr: SocketAddr,
    pub db: PathBuf,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
    _dir: TempDir,
}

impl TestServer {
    /// A server on a new, empty file.
    pub fn start() -> TestServer {
        TestServer::start_with(|_| {})
    }

    /// A server on a new file that `setup` prepares first (through the
    /// crate, before the server opens it).
    pub fn start_with(setup: impl FnOnce(&std::path::Path)) -> TestServer {
        let dir = TempDir::new();
        let db = dir.0.join("test.sqlite3");
        setup(&db);
        let config = pgshim_server::Config::new(&db);
        TestServer::start_config(config, dir)
    }

    /// A server of a new, empty data directory (`--data-dir`).
    pub fn start_data_dir() -> TestServer {
        let dir = TempDir::new();
        let config = pgshim_server::Config::data_dir(dir.0.join("data"));
        TestServer::start_config(config, dir)
    }

    fn start_config(mut config: pgshim_server::Config, dir: TempDir) -> TestServer {
        let db = config.db.clone();
        config.listen = "127.0.0.1:0".parse().unwrap();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            rt.block_on(async move {
                let server = pgshim_server::Server::bind(config).await?;
                addr_tx.send(server.local_addr()).ok();
                server
                    .run_until(async move {
                        stopped.await.ok();
                    })
                    .await
            })
        });
        let addr = addr_rx.recv().expect("the server did not start");
        TestServer {
            addr,
            db,
            stop: Some(stop),
            thread: Some(thread),
            _dir: dir,
        }
    }

    /// `postgresql://postgres@127.0.0.1:PORT/app`
    pub fn url(&self) -> String {
        self.url_of("app")
    }

    /// `postgresql://postgres@127.0.0.1:PORT/DATABASE`
    pub fn url_of(&self, database: &str) -> String {
        format!(
            "postgresql://postgres@127.0.0.1:{}/{database}",
            self.addr.port()
        )
    }

    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url(), postgres::NoTls).expect("connect to pgshim serve")
    }

    /// Stops it: waits for its connections and the WAL checkpoint.
    pub fn stop(mut self) -> std::io::Result<()> {
        self.stop.take().map(|s| s.send(()));
        self.thread
            .take()
            .map_or(Ok(()), |t| t.join().expect("server thread"))
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new() -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "pgshim-server-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `scenario` on PostgreSQL and on `pgshim serve` and asserts the
/// observations are the same. PostgreSQL's come from a live server
/// (`PGSHIM_PG_URL`, a fresh database) or from `tests/<file>.answers.json`,
/// recorded by a live run with `PGSHIM_RECORD=1` (a live run checks it).
pub fn differential(file: &str, name: &str, scenario: impl Fn(&str) -> Vec<String>) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/{file}.answers.json"));
    let lock = RECORDINGS.lock().unwrap_or_else(|e| e.into_inner());
    let mut all: std::collections::BTreeMap<String, Vec<String>> = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    drop(lock);
    let expected = match std::env::var("PGSHIM_PG_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(url) => {
            let live = pgshim_difftest::Live::connect(&url).unwrap();
            let scratch = live.scratch_database(&format!("pgshim_{name}")).unwrap();
            let fresh = scenario(&scratch.url());
            if std::env::var("PGSHIM_RECORD").as_deref() == Ok("1") {
                let _lock = RECORDINGS.lock().unwrap_or_else(|e| e.into_inner());
                let mut all: std::collections::BTreeMap<String, Vec<String>> =
                    std::fs::read_to_string(&path)
                        .ok()
                        .and_then(|t| serde_json::from_str(&t).ok())
                        .unwrap_or_default();
                all.insert(name.to_string(), fresh.clone());
                std::fs::write(&path, serde_json::to_string_pretty(&all).unwrap() + "\n").unwrap();
            } else {
                assert_eq!(
                    all.get(name),
                    Some(&fresh),
                    "{}: {name} no longer matches PostgreSQL: record again with PGSHIM_RECORD=1",
                    path.display()
                );
            }
            fresh
        }
        None => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but no PostgreSQL (PGSHIM_PG_URL)"
            );
            all.remove(name)
                .unwrap_or_else(|| panic!("{}: no recording of {name}", path.display()))
        }
    };
    let server = TestServer::start();
    let ours = scenario(&server.url());
    if ours != expected {
        // The differing lines, each with the statement it belongs to.
        let mut context = "";
        let mut diff = Vec::new();
        for i in 0..ours.len().max(expected.len()) {
            let (a, b) = (ours.get(i), expected.get(i));
            if let Some(line) = b.filter(|l| l.starts_with("> ")) {
                context = line;
            }
            if a != b {
                diff.push(format!(
                    "{context}\n  pgshim:     {}\n  PostgreSQL: {}",
                    a.map_or("(nothing)", |s| s.as_str()),
                    b.map_or("(nothing)", |s| s.as_str())
                ));
            }
        }
        panic!(
            "{name}: pgshim serve differs from PostgreSQL in {} of {} lines:\n{}",
            diff.len(),
            expected.len(),
            diff.join("\n")
        );
    }
}

static RECORDINGS: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// An error's observable parts: SQLSTATE and message.
pub fn error_of(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("ERROR {} {}", db.code().code(), db.message()),
        None => format!("client error: {e}"),
    }
}

/// A simple query's outcome: its rows as text, or its error.
pub fn simple(c: &mut postgres::Client, sql: &str) -> String {
    match c.simple_query(sql) {
        Ok(msgs) => {
            let mut out = Vec::new();
            for m in msgs {
                match m {
                    postgres::SimpleQueryMessage::Row(r) => out.push(
                        (0..r.len())
                            .map(|i| r.get(i).unwrap_or("NULL").to_string())
                            .collect::<Vec<_>>()
                            .join("|"),
                    ),
                    postgres::SimpleQueryMessage::CommandComplete(n) => out.push(format!("({n})")),
                    _ => {}
                }
            }
            format!("{sql} -> {}", out.join(" "))
        }
        Err(e) => format!("{sql} -> {}", error_of(&e)),
    }
}

/// What PostgreSQL answers, for a comparison with the server: `live(url)`
/// on the PostgreSQL of `PGSHIM_PG_URL`, which must equal the recording
/// `recorded` (or, with `PGSHIM_RECORD=1`, is written to it); without a
/// PostgreSQL, the recording (refused under `CI=true`, where one must run).
pub fn postgres_output(recorded: &std::path::Path, live: impl FnOnce(&str) -> String) -> String {
    match std::env::var("PGSHIM_PG_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(url) => {
            let fresh = live(&url);
            if std::env::var("PGSHIM_RECORD").as_deref() == Ok("1") {
                std::fs::write(recorded, &fresh).unwrap();
            } else {
                let old = std::fs::read_to_string(recorded).unwrap_or_default();
                assert_eq!(
                    old,
                    fresh,
                    "{} no longer matches PostgreSQL: record again with PGSHIM_RECORD=1",
                    recorded.display()
                );
            }
            fresh
        }
        None => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but no PostgreSQL (PGSHIM_PG_URL)"
            );
            std::fs::read_to_string(recorded)
                .unwrap_or_else(|e| panic!("{}: {e}", recorded.display()))
        }
    }
}

/// psql: on PATH or with the installed PostgreSQL.
pub fn psql() -> PathBuf {
    for dir in std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .chain(["/usr/lib/postgresql/15/bin"])
    {
        let p = std::path::Path::new(dir).join("psql");
        if p.exists() {
            return p;
        }
    }
    panic!("psql not found: install postgresql-client (scripts/with-postgres installs PostgreSQL)");
}

/// psql's transcript of `dir/script.sql` connected to `url`, errors and
/// notices in their places (stdout and stderr are one file).
pub fn psql_transcript(dir: &std::path::Path, url: &str) -> String {
    let tmp = TempDir::new();
    let file = tmp.0.join("transcript");
    let out = std::fs::File::create(&file).unwrap();
    let status = std::process::Command::new(psql())
        .current_dir(dir)
        .args(["-X", "-v", "ON_ERROR_STOP=0", "-f", "script.sql", "-d", url])
        .env("PGTZ", "UTC")
        .stdout(out.try_clone().unwrap())
        .stderr(out)
        .status()
        .unwrap();
    assert!(status.success(), "psql failed");
    std::fs::read_to_string(&file).unwrap()
}
