//! `pgshim serve` as a process: killed with SIGKILL under write load, its
//! file is intact and holds every commit a client saw acknowledged; on
//! SIGTERM it lets the running statement finish, checkpoints the WAL and
//! exits 0.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Dir(PathBuf);

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn dir(name: &str) -> Dir {
    let d = std::env::temp_dir().join(format!("pgshim-serve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    Dir(d)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts the server and waits until it takes connections.
fn serve(db: &Path, port: u16) -> Child {
    let child = Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .args(["serve", "--db"])
        .arg(db)
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while postgres::Client::connect(&url(port), postgres::NoTls).is_err() {
        assert!(Instant::now() < deadline, "pgshim serve did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

fn url(port: u16) -> String {
    format!("postgresql://postgres@127.0.0.1:{port}/app")
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(ok.success());
}

#[test]
fn killed_under_write_load_it_keeps_every_acknowledged_commit() {
    let d = dir("kill");
    let db = d.0.join("app.sqlite3");
    let port = free_port();
    let mut server = serve(&db, port);
    postgres::Client::connect(&url(port), postgres::NoTls)
        .unwrap()
        .batch_execute("CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), note text)")
        .unwrap();
    let acknowledged = Arc::new(Mutex::new(Vec::<i64>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..4i64)
        .map(|w| {
            let (acknowledged, stop) = (acknowledged.clone(), stop.clone());
            let url = url(port);
            std::thread::spawn(move || {
                let Ok(mut c) = postgres::Client::connect(&url, postgres::NoTls) else {
                    return;
                };
                for k in 0.. {
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let id = w * 1_000_000 + k * 2;
                    // Odd writers commit two rows per transaction.
                    let ok = if w % 2 == 0 {
                        c.execute(
                            "INSERT INTO events (id, note) VALUES ($1, 'single')",
                            &[&id],
                        )
                        .is_ok()
                    } else {
                        (|| -> Result<(), postgres::Error> {
                            let mut tx = c.transaction()?;
                            tx.execute(
                                "INSERT INTO events (id, note) VALUES ($1, 'pair')",
                                &[&id],
                            )?;
                            tx.execute(
                                "INSERT INTO events (id, note) VALUES ($1, 'pair')",
                                &[&(id + 1)],
                            )?;
                            tx.commit()
                        })()
                        .is_ok()
                    };
                    if !ok {
                        return;
                    }
                    let mut a = acknowledged.lock().unwrap();
                    a.push(id);
                    if w % 2 == 1 {
                        a.push(id + 1);
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(1500));
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    stop.store(true, Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() > 20,
        "too few writes before the kill: {}",
        acknowledged.len()
    );
    // The file as the next process finds it.
    let raw = rusqlite::Connection::open(&db).unwrap();
    let check: String = raw
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(raw);
    let mut server = serve(&db, port);
    let mut c = postgres::Client::connect(&url(port), postgres::NoTls).unwrap();
    let present: std::collections::HashSet<i64> = c
        .query("SELECT id FROM events", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let lost: Vec<&i64> = acknowledged
        .iter()
        .filter(|id| !present.contains(id))
        .collect();
    assert!(
        lost.is_empty(),
        "{} acknowledged commits lost, e.g. {:?}",
        lost.len(),
        &lost[..lost.len().min(5)]
    );
    // Pairs are whole: a transaction is all or nothing.
    let halves: i64 = c
        .query_one("SELECT count(*) FROM events e WHERE note = 'pair' AND id % 2 = 0 AND NOT EXISTS (SELECT 1 FROM events f WHERE f.id = e.id + 1)", &[])
        .unwrap()
        .get(0);
    assert_eq!(halves, 0, "half of a transaction survived");
    eprintln!(
        "{} acknowledged rows before SIGKILL, all present; {} rows in all",
        acknowledged.len(),
        present.len()
    );
    drop(c);
    server.kill().unwrap();
    server.wait().unwrap();
}

#[test]
fn sigterm_finishes_the_running_statement_checkpoints_and_exits_0() {
    let d = dir("term");
    let db = d.0.join("app.sqlite3");
    let port = free_port();
    let server = serve(&db, port);
    let mut c = postgres::Client::connect(&url(port), postgres::NoTls).unwrap();
    c.batch_execute(
        "CREATE TABLE t (x int); INSERT INTO t SELECT g FROM generate_series(1, 1000) AS g",
    )
    .unwrap();
    let long = std::thread::spawn(move || {
        let n: i64 = match c.query_one("SELECT count(*) FROM generate_series(1, 20000000)", &[]) {
            Ok(r) => r.get(0),
            Err(e) => return (-1, Err(Some(e.to_string()))),
        };
        // Once the client is quiet, the shutdown ends the connection.
        std::thread::sleep(Duration::from_secs(1));
        let after = c.simple_query("SELECT 1");
        (
            n,
            after
                .map(|_| ())
                .map_err(|e| e.as_db_error().map(|d| d.code().code().to_string())),
        )
    });
    std::thread::sleep(Duration::from_millis(300));
    signal(&server, "TERM");
    let (n, after) = long.join().unwrap();
    assert_eq!(n, 20_000_000, "the running statement finished");
    assert!(
        after.is_err(),
        "the connection ends after its statement: {after:?}"
    );
    let status = wait(server);
    assert!(status.success(), "exit status {status:?}");
    let wal = db.with_extension("sqlite3-wal");
    let wal_size = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert_eq!(wal_size, 0, "the WAL is checkpointed into the file");
    let raw = rusqlite::Connection::open(&db).unwrap();
    let rows: i64 = raw
        .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 1000);
}

fn wait(mut child: Child) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        assert!(Instant::now() < deadline, "pgshim serve did not stop");
        std::thread::sleep(Duration::from_millis(50));
    }
}
