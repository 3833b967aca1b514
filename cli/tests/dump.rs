//! `pgshim dump`: a file made through pgshim, dumped, loads into a fresh
//! PostgreSQL with `psql -v ON_ERROR_STOP=1`, where
//!
//! - the same queries answer as pgshim answers them on the file (psql's
//!   `--csv` output against `pgshim exec --csv`), new rows included: the
//!   sequences continue where pgshim's left off;
//! - `pg_dump --schema-only` of the loaded database is that of the same
//!   DDL run on PostgreSQL directly.
//!
//! PostgreSQL's side comes from PGSHIM_PG_URL (`scripts/with-postgres`),
//! checked against the recording `tests/dump/recorded.json`, or written to
//! it with PGSHIM_RECORD=1; without a server the recording is used (not
//! under CI=true), and the dump must still be the script it holds, which
//! was loaded.
//!
//! And what pgshim cannot dump exactly is refused, naming it, with nothing
//! written.

use std::path::{Path, PathBuf};
use std::process::Command;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dump")
}

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let d = std::env::temp_dir().join(format!("pgshim-dump-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Scratch(d)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `pgshim ARGS`.
fn pgshim(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .args(args)
        .output()
        .expect("run pgshim")
}

fn ok(out: std::process::Output, what: &str) -> String {
    assert!(
        out.status.success(),
        "{what} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `pgshim exec [--csv] --db DB -f FILE`'s output.
fn exec(db: &Path, file: &Path, csv: bool) -> String {
    let mut args: Vec<&std::ffi::OsStr> = vec!["exec".as_ref()];
    if csv {
        args.push("--csv".as_ref());
    }
    args.extend([
        "--db".as_ref(),
        db.as_os_str(),
        "-f".as_ref(),
        file.as_os_str(),
    ]);
    ok(pgshim(&args), &format!("pgshim exec -f {}", file.display()))
}

/// What PostgreSQL made of it: the script it loaded, psql's answers to
/// the queries there, and pg_dump --schema-only of the loaded database
/// and of the schema run directly.
#[derive(Debug, PartialEq)]
struct Recorded {
    postgres: String,
    script: String,
    answers: String,
    schema_loaded: String,
    schema_direct: String,
}

impl Recorded {
    fn to_json(&self) -> String {
        let v = serde_json::json!({
            "postgres": self.postgres,
            "script": self.script,
            "answers": self.answers,
            "schema_loaded": self.schema_loaded,
            "schema_direct": self.schema_direct,
        });
        serde_json::to_string_pretty(&v).unwrap() + "\n"
    }

    fn from_json(text: &str) -> Option<Recorded> {
        let v: serde_json::Value = serde_json::from_str(text).ok()?;
        let field = |k: &str| v.get(k)?.as_str().map(str::to_string);
        Some(Recorded {
            postgres: field("postgres")?,
            script: field("script")?,
            answers: field("answers")?,
            schema_loaded: field("schema_loaded")?,
            schema_direct: field("schema_direct")?,
        })
    }
}

/// A database of its own on the server, in the C collation (pgshim's),
/// dropped when the value goes.
struct Database {
    admin: postgres::Client,
    name: String,
    url: String,
}

impl Database {
    fn create(server: &str, name: &str) -> Database {
        let mut admin =
            postgres::Client::connect(server, postgres::NoTls).expect("connect to PGSHIM_PG_URL");
        for sql in [
            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            format!(
                "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
            ),
        ] {
            admin.batch_execute(&sql).unwrap();
        }
        Database {
            admin,
            name: name.to_string(),
            url: pgshim_difftest::database_url(server, name),
        }
    }

    /// `psql -X -q -v ON_ERROR_STOP=1 [--csv] -f FILE` on it.
    fn psql(&self, file: &Path, csv: bool) -> String {
        let mut cmd = Command::new("psql");
        cmd.args(["-X", "-q", "-v", "ON_ERROR_STOP=1"]);
        if csv {
            cmd.arg("--csv");
        }
        let out = cmd
            .arg("-f")
            .arg(file)
            .arg(&self.url)
            .env("PGTZ", "UTC")
            .env("PGDATESTYLE", "ISO, MDY")
            .output()
            .expect("run psql (install postgresql-client)");
        ok(out, &format!("psql -f {}", file.display()))
    }

    /// `pg_dump --schema-only`, without the `\restrict` lines whose key
    /// is new at each run.
    fn schema(&self) -> String {
        let dump = pgshim_difftest::pg_dump(&self.url, &["--schema-only"]).unwrap();
        dump.lines()
            .filter(|l| !l.starts_with("\\restrict") && !l.starts_with("\\unrestrict"))
            .map(|l| format!("{l}\n"))
            .collect()
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let _ = self.admin.batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ));
    }
}

/// Loads `script` into a fresh database and runs the queries there; runs
/// the schema into another.
fn live(server: &str, script: &Path) -> Recorded {
    let loaded = Database::create(server, "pgshim_dump_loaded");
    loaded.psql(script, false);
    let schema_loaded = loaded.schema();
    let answers = loaded.psql(&dir().join("queries.sql"), true);
    let direct = Database::create(server, "pgshim_dump_direct");
    direct.psql(&dir().join("schema.sql"), false);
    let mut c = postgres::Client::connect(&loaded.url, postgres::NoTls).unwrap();
    let version: String = c.query_one("SHOW server_version", &[]).unwrap().get(0);
    Recorded {
        postgres: version,
        script: std::fs::read_to_string(script).unwrap(),
        answers,
        schema_loaded,
        schema_direct: direct.schema(),
    }
}

/// PostgreSQL's side: live (checked against the recording, or recorded
/// with PGSHIM_RECORD=1), or the recording.
fn postgres_side(script: &Path) -> Recorded {
    let path = dir().join("recorded.json");
    let server = std::env::var("PGSHIM_PG_URL")
        .ok()
        .filter(|u| !u.is_empty());
    let Some(server) = server else {
        assert!(
            std::env::var("CI").map_or(true, |v| v != "true"),
            "CI=true but no PostgreSQL: set PGSHIM_PG_URL (scripts/with-postgres does)"
        );
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return Recorded::from_json(&text)
            .unwrap_or_else(|| panic!("{}: not a recording", path.display()));
    };
    let fresh = live(&server, script);
    if std::env::var("PGSHIM_RECORD").is_ok_and(|v| v == "1") {
        std::fs::write(&path, fresh.to_json()).unwrap();
    } else {
        let old = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| Recorded::from_json(&t));
        assert!(
            old.as_ref() == Some(&fresh),
            "{} no longer matches PostgreSQL {}; record again with PGSHIM_RECORD=1 scripts/with-postgres cargo test -p pgshim-cli --test dump",
            path.display(),
            fresh.postgres
        );
    }
    fresh
}

#[test]
fn dump_loads_into_postgres_with_the_same_schema_rows_and_sequences() {
    let tmp = Scratch::new("ticket");
    let db = tmp.0.join("app.sqlite");
    exec(&db, &dir().join("schema.sql"), false);
    exec(&db, &dir().join("data.sql"), false);
    let script = tmp.0.join("app.sql");
    let out = pgshim(&[
        "dump".as_ref(),
        "--db".as_ref(),
        db.as_os_str(),
        "-o".as_ref(),
        script.as_os_str(),
    ]);
    let summary = String::from_utf8_lossy(&out.stderr).to_string();
    ok(out, "pgshim dump");
    assert!(
        summary.starts_with(
            "dumped 5 tables, 17 rows, 5 sequences, 2 views, 12 constraints, 3 indexes in "
        ),
        "{summary}"
    );
    // The same script on standard output.
    let stdout = ok(
        pgshim(&["dump".as_ref(), "--db".as_ref(), db.as_os_str()]),
        "pgshim dump to stdout",
    );
    let written = std::fs::read_to_string(&script).unwrap();
    assert_eq!(stdout, written);

    let pg = postgres_side(&script);
    // The recording is of this very script.
    assert_eq!(
        written, pg.script,
        "the dump changed since PostgreSQL loaded it: record again with PGSHIM_RECORD=1 scripts/with-postgres cargo test -p pgshim-cli --test dump"
    );
    // PostgreSQL's schema from the dump is that of the DDL run there.
    assert_eq!(pg.schema_loaded, pg.schema_direct);
    // pgshim on the file answers as PostgreSQL on the loaded database,
    // the rows inserted afterwards and their ids included.
    let ours = exec(&db, &dir().join("queries.sql"), true);
    assert_eq!(ours, pg.answers);
    for id in ["5,UTC,t", "7,open,2,t", "4\n", "3\n", "1010\n", "7,t\n"] {
        assert!(ours.contains(id), "{id:?} in {ours}");
    }
}

/// `pgshim dump` of a file made by `setup` (PostgreSQL statements through
/// pgshim, then raw SQLite ones): it must fail, name `names` in its
/// error, and leave no output file.
fn refused(setup: &str, raw_sqlite: &str, names: &[&str]) {
    let tmp = Scratch::new("refused");
    let db = tmp.0.join("app.sqlite");
    let ddl = tmp.0.join("setup.sql");
    std::fs::write(&ddl, setup).unwrap();
    exec(&db, &ddl, false);
    if !raw_sqlite.is_empty() {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(raw_sqlite).unwrap();
    }
    let script = tmp.0.join("app.sql");
    let out = pgshim(&[
        "dump".as_ref(),
        "--db".as_ref(),
        db.as_os_str(),
        "-o".as_ref(),
        script.as_os_str(),
    ]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!out.status.success(), "{setup} {raw_sqlite}: dumped");
    assert!(out.stdout.is_empty());
    for n in names {
        assert!(err.contains(n), "{n:?} in {err}");
    }
    assert!(!script.exists(), "{}: written", script.display());
}

#[test]
fn dump_refuses_what_it_cannot_write_exactly() {
    // A default, CHECK and index pgshim cannot show as PostgreSQL does.
    refused(
        "CREATE TABLE t (a int DEFAULT 1 + 2);",
        "",
        &["cannot dump table t", "the default of column \"a\""],
    );
    refused(
        "CREATE TABLE t (s text, CHECK (s NOT IN ('a', 'b')));",
        "",
        &["check constraint \"t_s_check\""],
    );
    refused(
        "CREATE TABLE t (a int); CREATE INDEX t_positive ON t (a) WHERE a > 0 + 1;",
        "",
        &["index \"t_positive\""],
    );
    // Views whose kept text no longer says what they are, or whose
    // translation fixed the session's zone or styles.
    refused(
        "CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t; ALTER TABLE t RENAME TO u;",
        "",
        &["view v no longer means"],
    );
    refused(
        "CREATE TABLE t (at timestamptz); CREATE VIEW v AS SELECT at FROM t WHERE at > '2024-03-10';",
        "",
        &["view v depends on the session's TimeZone"],
    );
    refused(
        "CREATE TABLE t (at timestamptz); CREATE VIEW \"Local Days\" AS SELECT at::date AS day FROM t;",
        "",
        &["view \"Local Days\" depends"],
    );
    // What only another tool can have written into the file.
    refused(
        "CREATE TABLE t (a int);",
        "CREATE VIEW old AS SELECT a FROM t;",
        &["did not keep the PostgreSQL text of view old"],
    );
    refused(
        "CREATE TABLE t (a int);",
        "CREATE TRIGGER t_audit AFTER INSERT ON t BEGIN SELECT 1; END;",
        &["trigger t_audit on t"],
    );
    refused(
        "CREATE TABLE t (a int);",
        "CREATE TABLE raw (x blobby);",
        &["column raw.x has the type \"blobby\""],
    );
    refused(
        "CREATE TABLE t (a int);",
        "CREATE TABLE raw (x int CHECK (x > 0));",
        &["table raw has the unnamed CHECK (x > 0)"],
    );
    refused(
        "CREATE TABLE t (a int);",
        "CREATE TABLE raw (id INTEGER PRIMARY KEY, x text);",
        &["column raw.id is SQLite's rowid"],
    );
    refused(
        "CREATE TABLE t (a int);",
        "CREATE TABLE raw (x text COLLATE NOCASE);",
        &["the collation NOCASE on column x"],
    );
    refused(
        "CREATE TABLE t (a int);",
        "CREATE TABLE raw (x int, y int GENERATED ALWAYS AS (x + 1));",
        &["table raw has a generated column"],
    );
}

/// pgshim's and Litestream's own tables are not the application's.
#[test]
fn dump_leaves_out_internal_tables() {
    let tmp = Scratch::new("internal");
    let db = tmp.0.join("app.sqlite");
    let ddl = tmp.0.join("setup.sql");
    std::fs::write(
        &ddl,
        "CREATE TABLE t (id serial PRIMARY KEY); INSERT INTO t DEFAULT VALUES;",
    )
    .unwrap();
    exec(&db, &ddl, false);
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch(
            "CREATE TABLE _litestream_seq (id INTEGER PRIMARY KEY, seq INTEGER);
             CREATE TABLE _litestream_lock (id INTEGER);",
        )
        .unwrap();
    let script = ok(
        pgshim(&["dump".as_ref(), "--db".as_ref(), db.as_os_str()]),
        "pgshim dump",
    );
    assert!(!script.contains("_litestream_"), "{script}");
    assert!(!script.contains("_pgshim_"), "{script}");
    assert!(
        script.contains("COPY public.t (id) FROM stdin;\n1\n\\.\n"),
        "{script}"
    );
    assert!(script.contains("SELECT pg_catalog.setval('public.t_id_seq', 1, true);"));
    // No file, no dump.
    let missing = tmp.0.join("missing.sqlite");
    let out = pgshim(&["dump".as_ref(), "--db".as_ref(), missing.as_os_str()]);
    assert!(!out.status.success());
    assert!(!missing.exists());
}
