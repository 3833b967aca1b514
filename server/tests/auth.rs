//! Who may connect: passwords by SCRAM-SHA-256, md5 and cleartext (the
//! `postgres` crate speaks all three), PostgreSQL's refusal of a wrong one
//! (28P01, `password authentication failed for user "…"`, auth.c), the
//! refusal to trust clients beyond loopback, and TLS (psql with
//! `sslmode=require`).

mod common;

use std::collections::HashMap;
use std::process::Command;

use pgshim_server::{Auth, Config, Method};

fn start(
    auth: Auth,
    tls: Option<(std::path::PathBuf, std::path::PathBuf)>,
) -> (
    std::net::SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    std::thread::JoinHandle<()>,
    common::TempDir,
) {
    let dir = common::TempDir::new();
    let mut config = Config::new(dir.0.join("auth.sqlite3"));
    config.listen = "127.0.0.1:0".parse().unwrap();
    config.auth = auth;
    config.tls = tls;
    let (tx, rx) = std::sync::mpsc::channel();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let t = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let server = pgshim_server::Server::bind(config).await.unwrap();
            tx.send(server.local_addr()).unwrap();
            server
                .run_until(async move {
                    stopped.await.ok();
                })
                .await
                .unwrap();
        });
    });
    (rx.recv().unwrap(), stop, t, dir)
}

fn users(method: Method) -> Auth {
    Auth::Password {
        method,
        users: HashMap::from([("alice".to_string(), "s3cret".to_string())]),
        any: None,
    }
}

fn connect(
    addr: std::net::SocketAddr,
    user: &str,
    password: &str,
) -> Result<postgres::Client, postgres::Error> {
    let mut c = postgres::Config::new();
    c.host("127.0.0.1")
        .port(addr.port())
        .user(user)
        .password(password)
        .dbname("app");
    c.connect(postgres::NoTls)
}

#[test]
fn passwords_by_each_method() {
    for method in [Method::ScramSha256, Method::Md5, Method::Password] {
        let (addr, stop, t, _dir) = start(users(method), None);
        let mut c = connect(addr, "alice", "s3cret").unwrap_or_else(|e| panic!("{method:?}: {e}"));
        let n: i32 = c.query_one("SELECT 41 + 1", &[]).unwrap().get(0);
        assert_eq!(n, 42, "{method:?}");
        for (user, password) in [("alice", "wrong"), ("mallory", "s3cret")] {
            let e = connect(addr, user, password)
                .err()
                .unwrap_or_else(|| panic!("{method:?}: {user} got in"));
            let db = e.as_db_error().unwrap_or_else(|| panic!("{method:?}: {e}"));
            assert_eq!(db.code().code(), "28P01", "{method:?}");
            assert_eq!(
                db.message(),
                format!("password authentication failed for user \"{user}\"")
            );
        }
        drop(c);
        stop.send(()).unwrap();
        t.join().unwrap();
    }
}

#[test]
fn one_password_for_every_user() {
    let (addr, stop, t, _dir) = start(
        Auth::Password {
            method: Method::ScramSha256,
            users: HashMap::new(),
            any: Some("pw".into()),
        },
        None,
    );
    for user in ["app", "postgres"] {
        let mut c = connect(addr, user, "pw").unwrap();
        let who: String = c
            .query_one("SELECT 'x'::text || $1::text", &[&user])
            .unwrap()
            .get(0);
        assert_eq!(who, format!("x{user}"));
    }
    assert!(connect(addr, "app", "nope").is_err());
    stop.send(()).unwrap();
    t.join().unwrap();
}

#[test]
fn beyond_loopback_only_with_passwords() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = common::TempDir::new();
    let mut config = Config::new(dir.0.join("open.sqlite3"));
    config.listen = "0.0.0.0:0".parse().unwrap();
    let refused = rt
        .block_on(pgshim_server::Server::bind(config.clone()))
        .err()
        .expect("trusting every address");
    assert!(
        refused.to_string().contains("without a password"),
        "{refused}"
    );
    config.auth = users(Method::ScramSha256);
    assert!(rt.block_on(pgshim_server::Server::bind(config)).is_ok());
}

#[test]
fn tls_with_a_certificate() {
    let dir = common::TempDir::new();
    let (cert, key) = (dir.0.join("cert.pem"), dir.0.join("key.pem"));
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-keyout",
        ])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl (Debian's openssl package) makes the test certificate");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let (addr, stop, t, _d) = start(users(Method::ScramSha256), Some((cert, key)));
    let psql = ["/usr/lib/postgresql/15/bin/psql", "psql"]
        .into_iter()
        .find(|p| Command::new(p).arg("--version").output().is_ok())
        .expect("psql");
    let out = Command::new(psql)
        .arg(format!(
            "host=127.0.0.1 port={} user=alice dbname=app sslmode=require",
            addr.port()
        ))
        .args([
            "-X",
            "-A",
            "-t",
            "-c",
            "SELECT date '2024-02-28' + 1",
            "-c",
            "\\conninfo",
        ])
        .env("PGPASSWORD", "s3cret")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.starts_with("2024-02-29\n"), "{text}");
    assert!(text.contains("SSL connection (protocol: TLSv1."), "{text}");
    stop.send(()).unwrap();
    t.join().unwrap();
}
