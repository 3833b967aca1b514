//! Real drivers against `pgshim serve` and against PostgreSQL, outputs
//! compared: psycopg 3 (extended and simple protocol), asyncpg (binary
//! protocol and its type introspection), node-postgres (named prepared
//! statements), Ruby's pg (as ActiveRecord drives it) and Rust's
//! `postgres` crate (binary results, text parameters). Each runs the
//! ticket app's 30 reports with their parameters in two zones, DML with
//! RETURNING, a transaction that fails and rolls back, and SET TIME ZONE,
//! and prints what it decoded (tests/drivers/*_client.*). The drivers are
//! installed where missing: pip in a virtualenv and npm under the cache
//! directory, apt for Ruby's pg. PostgreSQL's outputs are taken live or
//! from tests/drivers/<driver>.out (recorded with `PGSHIM_RECORD=1`).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use pgshim_difftest::install::{apt_install, cache_dir, run};

const SEED: u64 = 20_241_124;
const TICKETS: usize = 400;

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/drivers")
}

/// Debian's Python with psycopg and asyncpg in a virtualenv.
fn python() -> PathBuf {
    apt_install(
        Command::new("/usr/bin/python3").args(["-c", "import ensurepip, venv"]),
        &["python3-venv", "python3-pip"],
    );
    let venv = cache_dir().join("drivers-venv");
    let py = venv.join("bin/python");
    if !Command::new(&py)
        .args(["-c", "import psycopg, asyncpg"])
        .output()
        .is_ok_and(|o| o.status.success())
    {
        run(Command::new("/usr/bin/python3")
            .args(["-m", "venv"])
            .arg(&venv));
        run(Command::new(venv.join("bin/pip")).args([
            "install",
            "--quiet",
            "psycopg[binary]>=3.1",
            "asyncpg>=0.29",
        ]));
    }
    py
}

/// node-postgres under the cache directory.
fn node_modules() -> PathBuf {
    apt_install(Command::new("npm").arg("--version"), &["nodejs", "npm"]);
    let dir = cache_dir().join("node-pg");
    if !dir.join("node_modules/pg/package.json").exists() {
        std::fs::create_dir_all(&dir).unwrap();
        run(Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--silent", "pg@8"])
            .current_dir(&dir));
    }
    dir.join("node_modules")
}

fn ruby() -> &'static str {
    apt_install(
        Command::new("ruby").args(["-e", "require 'pg'"]),
        &["ruby", "ruby-pg"],
    );
    "ruby"
}

/// The steps every driver runs, as JSON: `[{name, sql, params}]`.
fn workload() -> String {
    let mut steps = Vec::new();
    let mut step = |name: String, sql: &str, params: Vec<Option<String>>| {
        steps.push(serde_json::json!({ "name": name, "sql": sql, "params": params }));
    };
    let s = |v: &str| Some(v.to_string());
    for zone in ["America/New_York", "Asia/Kolkata"] {
        step(
            format!("set time zone {zone}"),
            &format!("SET TIME ZONE '{zone}'"),
            vec![],
        );
        for q in pgshim_ticket_app::queries().unwrap() {
            for (i, params) in q.param_sets.iter().enumerate() {
                step(
                    format!("{}#{} @{zone}", q.name, i + 1),
                    &q.sql,
                    params.clone(),
                );
            }
        }
    }
    step(
        "insert returning".into(),
        "INSERT INTO comments (ticket_id, agent_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id, ticket_id, body, created_at",
        vec![
            s("1"),
            s("1"),
            s("first reply"),
            s("2025-11-03 15:00:00+00"),
        ],
    );
    step(
        "update returning".into(),
        "UPDATE tickets SET status = 'closed', updated_at = $2, due_on = $3 WHERE id = $1 RETURNING id, status, updated_at, due_on, sla",
        vec![s("2"), s("2025-11-04 09:30:00"), s("2025-11-10")],
    );
    step(
        "delete returning".into(),
        "DELETE FROM comments WHERE body = $1 RETURNING body, created_at",
        vec![s("first reply")],
    );
    step("begin".into(), "BEGIN", vec![]);
    step(
        "update in block".into(),
        "UPDATE tickets SET subject = 'changed' WHERE id = 1",
        vec![],
    );
    step("failing statement".into(), "SELECT 1/0", vec![]);
    step(
        "ignored statement".into(),
        "SELECT subject FROM tickets WHERE id = 1",
        vec![],
    );
    step("rollback".into(), "ROLLBACK", vec![]);
    step(
        "rolled back".into(),
        "SELECT subject <> 'changed' AS kept FROM tickets WHERE id = 1",
        vec![],
    );
    step(
        "unique violation".into(),
        "INSERT INTO agents (id, name, email, time_zone) SELECT id, name, email || '.x', time_zone FROM agents WHERE id = 1",
        vec![],
    );
    step(
        "bad timestamp".into(),
        "SELECT $1::timestamptz AS t",
        vec![s("2025-02-30 10:00")],
    );
    step(
        "set time zone back".into(),
        "SET TIME ZONE 'Europe/Dublin'",
        vec![],
    );
    step(
        "values in the session zone".into(),
        "SELECT created_at, created_at::date AS d, updated_at, sla, due_on FROM tickets WHERE id = $1",
        vec![s("3")],
    );
    serde_json::to_string_pretty(&steps).unwrap()
}

/// A driver's output on PostgreSQL (live, or recorded) and on the server.
fn compare(driver: &str, run_client: impl Fn(&str, &Path) -> String) {
    let dir = common::TempDir::new();
    let steps = dir.0.join("workload.json");
    std::fs::write(&steps, workload()).unwrap();
    let recorded = here().join(format!("{driver}.out"));
    let expected = common::postgres_output(&recorded, |url| {
        let live = pgshim_difftest::Live::connect(url).unwrap();
        let scratch = live
            .scratch_database(&format!("pgshim_driver_{driver}"))
            .unwrap();
        let mut c = scratch.client().unwrap();
        pgshim_ticket_app::create_postgres(&mut c, SEED, TICKETS, |_| {}).unwrap();
        drop(c);
        run_client(&scratch.url(), &steps)
    });
    let server = common::TestServer::start_with(|db| {
        let mut conn = pgshim::Connection::open(db).unwrap();
        pgshim_ticket_app::create_pgshim(&mut conn, SEED, TICKETS, |_| {}).unwrap();
    });
    let ours = run_client(&server.url(), &steps);
    let differ: Vec<String> = expected
        .lines()
        .zip(ours.lines())
        .filter(|(a, b)| a != b)
        .take(8)
        .map(|(a, b)| format!("postgres: {a}\npgshim:   {b}"))
        .collect();
    assert!(
        differ.is_empty() && expected.lines().count() == ours.lines().count(),
        "{driver}: {} lines from PostgreSQL, {} from pgshim serve; first differences:\n{}",
        expected.lines().count(),
        ours.lines().count(),
        differ.join("\n\n")
    );
    eprintln!(
        "{driver}: {} steps answer as on PostgreSQL",
        ours.lines().count()
    );
}

#[test]
fn psycopg_extended_protocol() {
    let py = python();
    compare("psycopg_extended", |url, steps| {
        run(Command::new(&py)
            .arg(here().join("psycopg_client.py"))
            .arg(url)
            .arg(steps)
            .arg("extended"))
    });
}

#[test]
fn psycopg_simple_protocol() {
    let py = python();
    compare("psycopg_simple", |url, steps| {
        run(Command::new(&py)
            .arg(here().join("psycopg_client.py"))
            .arg(url)
            .arg(steps)
            .arg("simple"))
    });
}

#[test]
fn asyncpg_binary_protocol() {
    let py = python();
    compare("asyncpg", |url, steps| {
        run(Command::new(&py)
            .arg(here().join("asyncpg_client.py"))
            .arg(url)
            .arg(steps))
    });
}

/// asyncpg's introspection of types it has no codec for, and the binary
/// format of catalog types and arrays
/// (tests/drivers/asyncpg_introspection.py).
#[test]
fn asyncpg_type_introspection() {
    let py = python();
    compare("asyncpg_introspection", |url, _| {
        run(Command::new(&py)
            .arg(here().join("asyncpg_introspection.py"))
            .arg(url))
    });
}

#[test]
fn node_postgres_named_statements() {
    let modules = node_modules();
    compare("node_pg", |url, steps| {
        run(Command::new("node")
            .arg(here().join("node_pg_client.js"))
            .arg(url)
            .arg(steps)
            .env("NODE_PATH", &modules))
    });
}

#[test]
fn ruby_pg() {
    let ruby = ruby();
    compare("ruby_pg", |url, steps| {
        run(Command::new(ruby)
            .arg(here().join("ruby_pg_client.rb"))
            .arg(url)
            .arg(steps))
    });
}

/// A text-format parameter for the `postgres` crate: the server reads it
/// with the parameter type's input function, as it reads other drivers'.
#[derive(Debug)]
struct Text(Option<String>);

impl postgres::types::ToSql for Text {
    fn to_sql(
        &self,
        _: &postgres::types::Type,
        out: &mut bytes::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match &self.0 {
            None => Ok(postgres::types::IsNull::Yes),
            Some(s) => {
                out.extend_from_slice(s.as_bytes());
                Ok(postgres::types::IsNull::No)
            }
        }
    }
    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }
    fn encode_format(&self, _: &postgres::types::Type) -> postgres::types::Format {
        postgres::types::Format::Text
    }
    postgres::types::to_sql_checked!();
}

/// Any value's binary bytes, in hex.
struct Raw(Option<String>);

impl<'a> postgres::types::FromSql<'a> for Raw {
    fn from_sql(
        _: &postgres::types::Type,
        raw: &'a [u8],
    ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Raw(Some(raw.iter().map(|b| format!("{b:02x}")).collect())))
    }
    fn from_sql_null(
        _: &postgres::types::Type,
    ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Raw(None))
    }
    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }
}

/// The workload through the `postgres` crate: each step prepared (its
/// parameter and column types), run with text parameters, every value
/// read in binary.
fn rust_client(url: &str, steps: &Path) -> String {
    let steps: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(steps).unwrap()).unwrap();
    let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let mut out = String::new();
    for step in steps {
        let sql = step["sql"].as_str().unwrap();
        let params: Vec<Text> = step["params"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| Text(p.as_str().map(str::to_string)))
            .collect();
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = params
            .iter()
            .map(|p| p as &(dyn postgres::types::ToSql + Sync))
            .collect();
        let result = c.prepare(sql).and_then(|stmt| {
            let rows = c.query(&stmt, &refs)?;
            let types: Vec<String> = stmt.params().iter().map(|t| t.name().to_string()).collect();
            let columns: Vec<String> = stmt
                .columns()
                .iter()
                .map(|c| format!("{}:{}", c.name(), c.type_().name()))
                .collect();
            let rows: Vec<Vec<Option<String>>> = rows
                .iter()
                .map(|r| (0..r.len()).map(|i| r.get::<_, Raw>(i).0).collect())
                .collect();
            Ok(serde_json::json!({ "params": types, "columns": columns, "rows": rows }))
        });
        let line = match result {
            Ok(v) => serde_json::json!({ "name": step["name"], "ok": v }),
            Err(e) => {
                let db = e.as_db_error();
                serde_json::json!({
                    "name": step["name"],
                    "error": [db.map(|d| d.code().code().to_string()), db.map(|d| d.message().to_string())],
                })
            }
        };
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

#[test]
fn rust_postgres_crate() {
    compare("rust_postgres", rust_client);
}
