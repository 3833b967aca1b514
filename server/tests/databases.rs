//! `pgshim serve --data-dir`: a directory of databases, one file each,
//! made and removed by CREATE DATABASE and DROP DATABASE, as test runners
//! do (Django's test database, Rails' db:create). psql runs
//! tests/databases/script.sql against the server and against PostgreSQL
//! (live, or recorded in tests/databases/psql.out with `PGSHIM_RECORD=1`)
//! and the transcripts must be the same; a second session shows what
//! PostgreSQL refuses while a database is in use.

mod common;

use std::path::{Path, PathBuf};

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/databases")
}

#[test]
fn create_and_drop_database_answer_as_on_postgresql() {
    let recorded = here().join("psql.out");
    let expected = common::postgres_output(&recorded, |url| {
        let mut admin = postgres::Client::connect(url, postgres::NoTls).unwrap();
        for d in ["pgshim_db_a", "pgshim_db_b", "pgshim_db_c"] {
            admin
                .batch_execute(&format!("DROP DATABASE IF EXISTS {d}"))
                .unwrap();
        }
        common::psql_transcript(&here(), url)
    });
    let server = common::TestServer::start_data_dir();
    let ours = common::psql_transcript(&here(), &server.url_of("postgres"));
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
