//! `pgshim serve --data-dir`: a directory of databases, one file each,
//! made and removed by CREATE DATABASE and DROP DATABASE, as test runners
//! do (Django's test database, Rails' db:create). psql runs
//! tests/databases/script.sql against the server and against PostgreSQL
//! (live, or recorded in tests/databases/psql.out with `PGSHIM_RECORD=1`)
//! and the transcripts must be the same; a second session shows what
//! PostgreSQL refuses while a database is in use.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/databases")
}

fn psql() -> PathBuf {
    for dir in std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .chain(["/usr/lib/postgresql/15/bin"])
    {
        let p = Path::new(dir).join("psql");
        if p.exists() {
            return p;
        }
    }
    panic!("psql not found: install postgresql-client (scripts/with-postgres installs PostgreSQL)");
}

/// psql's transcript of the script, errors and notices in their places
/// (stderr and stdout are one file), connected to `url`.
fn transcript(url: &str) -> String {
    let dir = common::TempDir::new();
    let file = dir.0.join("transcript");
    let out = std::fs::File::create(&file).unwrap();
    let status = Command::new(psql())
        .current_dir(here())
        .args(["-X", "-v", "ON_ERROR_STOP=0", "-f", "script.sql", "-d", url])
        .env("PGTZ", "UTC")
        .stdout(out.try_clone().unwrap())
        .stderr(out)
        .status()
        .unwrap();
    assert!(status.success(), "psql failed");
    std::fs::read_to_string(&file).unwrap()
}

#[test]
fn create_and_drop_database_answer_as_on_postgresql() {
    let recorded = here().join("psql.out");
    let expected = match std::env::var("PGSHIM_PG_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(url) => {
            let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
            for d in ["pgshim_db_a", "pgshim_db_b", "pgshim_db_c"] {
                admin
                    .batch_execute(&format!("DROP DATABASE IF EXISTS {d}"))
                    .unwrap();
            }
            let fresh = transcript(&url);
            if std::env::var("PGSHIM_RECORD").as_deref() == Ok("1") {
                std::fs::write(&recorded, &fresh).unwrap();
            } else {
                let old = std::fs::read_to_string(&recorded).unwrap_or_default();
                assert!(
                    old == fresh,
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
            std::fs::read_to_string(&recorded)
                .unwrap_or_else(|e| panic!("{}: {e}", recorded.display()))
        }
    };
    let server = common::TestServer::start_data_dir();
    let ours = transcript(&server.url_of("postgres"));
    assert_eq!(ours, expected);
}

#[test]
fn a_database_in_use_and_a_missing_one() {
    let server = common::TestServer::start_data_dir();
    let mut admin = postgres::Client::connect(&server.url_of("postgres"), postgres::NoTls).unwrap();
    admin.batch_execute("CREATE DATABASE busy").unwrap();
    let dir = server.db.parent().unwrap().to_path_buf();
    assert!(dir.join("busy.sqlite").exists());
    let mut other = postgres::Client::connect(&server.url_of("busy"), postgres::NoTls).unwrap();
    other.batch_execute("CREATE TABLE t (x int)").unwrap();
    let e = admin.batch_execute("DROP DATABASE busy").unwrap_err();
    let db = e.as_db_error().unwrap();
    assert_eq!(db.code().code(), "55006");
    assert_eq!(
        db.message(),
        "database \"busy\" is being accessed by other users"
    );
    assert_eq!(
        db.detail(),
        Some("There is 1 other session using the database.")
    );
    drop(other);
    // The other session's end is seen when its connection closes.
    let mut dropped = false;
    for _ in 0..100 {
        if admin.batch_execute("DROP DATABASE busy").is_ok() {
            dropped = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(dropped);
    assert!(!dir.join("busy.sqlite").exists());
    let Err(e) = postgres::Client::connect(&server.url_of("busy"), postgres::NoTls) else {
        panic!("connected to a dropped database");
    };
    let db = e.as_db_error().unwrap();
    assert_eq!(db.code().code(), "3D000");
    assert_eq!(db.message(), "database \"busy\" does not exist");
    let Err(e) = postgres::Client::connect(&server.url_of("../escape"), postgres::NoTls) else {
        panic!("connected outside the data directory");
    };
    assert_eq!(e.as_db_error().unwrap().code().code(), "3D000");
}

#[test]
fn one_file_serves_no_create_database() {
    let server = common::TestServer::start();
    let mut c = server.client();
    let e = c.batch_execute("CREATE DATABASE other").unwrap_err();
    let db = e.as_db_error().unwrap();
    assert_eq!(db.code().code(), "0A000");
    assert!(
        db.message().starts_with("unsupported: CREATE DATABASE"),
        "{}",
        db.message()
    );
}
