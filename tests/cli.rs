//! The CLI contract: `pgshim exec --csv -f FILE` prints exactly what
//! `psql -q --csv -f FILE` prints on the same script, compared with a live
//! psql (through PGSHIM_PG_URL) or with psql's output recorded from a live
//! run (`*.psql.csv`, written with PGSHIM_RECORD=1).

use std::path::{Path, PathBuf};
use std::process::Command;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli")
}

/// psql's output for the script on a fresh database, when a server is given.
fn live_psql(script: &Path) -> Option<String> {
    let url = std::env::var("PGSHIM_PG_URL")
        .ok()
        .filter(|u| !u.is_empty())?;
    let stem = script
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .replace('-', "_");
    let db = format!("pgshim_cli_{stem}");
    let mut admin =
        postgres::Client::connect(&url, postgres::NoTls).expect("connect to PGSHIM_PG_URL");
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .unwrap();
    admin
        .batch_execute(&format!(
            "CREATE DATABASE {db} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        ))
        .unwrap();
    let db_url = match url.rfind('/') {
        Some(i) => format!("{}/{db}", &url[..i]),
        None => panic!("PGSHIM_PG_URL has no database part: {url}"),
    };
    let out = Command::new("psql")
        .args(["-X", "-q", "--csv", "-v", "ON_ERROR_STOP=1", "-f"])
        .arg(script)
        .arg(&db_url)
        .env("PGTZ", "UTC")
        .env("PGDATESTYLE", "ISO, MDY")
        .output()
        .expect("run psql");
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .unwrap();
    assert!(
        out.status.success(),
        "psql failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

fn expected(script: &Path) -> String {
    let stem = script.file_stem().unwrap().to_string_lossy().to_string();
    let recorded = dir().join(format!("{stem}.psql.csv"));
    match live_psql(script) {
        Some(live) => {
            if std::env::var("PGSHIM_RECORD").is_ok_and(|v| v == "1") {
                std::fs::write(&recorded, &live).unwrap();
            } else {
                let old = std::fs::read_to_string(&recorded).unwrap_or_default();
                assert_eq!(
                    old,
                    live,
                    "{} no longer matches psql; re-record with PGSHIM_RECORD=1",
                    recorded.display()
                );
            }
            live
        }
        None => {
            assert!(
                std::env::var("CI").map_or(true, |v| v != "true"),
                "CI=true but no PostgreSQL: set PGSHIM_PG_URL (scripts/with-postgres does)"
            );
            std::fs::read_to_string(&recorded)
                .unwrap_or_else(|e| panic!("{}: {e}", recorded.display()))
        }
    }
}

fn pgshim_csv(script: &Path) -> String {
    let tmp = std::env::temp_dir().join(format!(
        "pgshim-cli-{}-{}.sqlite",
        std::process::id(),
        script.file_stem().unwrap().to_string_lossy()
    ));
    let _ = std::fs::remove_file(&tmp);
    let out = Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .args(["exec", "--csv", "--db"])
        .arg(&tmp)
        .arg("-f")
        .arg(script)
        .output()
        .expect("run pgshim");
    let _ = std::fs::remove_file(&tmp);
    assert!(
        out.status.success(),
        "pgshim exec failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn csv_quoting_matches_psql() {
    let script = dir().join("csv_quoting.sql");
    assert_eq!(pgshim_csv(&script), expected(&script));
}

#[test]
fn demo_script_matches_psql() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo.sql");
    assert_eq!(pgshim_csv(&script), expected(&script));
}

#[test]
fn exec_stops_at_first_error_with_nonzero_exit() {
    let tmp = std::env::temp_dir().join(format!("pgshim-cli-err-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let mut child = Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .args(["exec", "--csv", "--db"])
        .arg(&tmp)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"SELECT 1 AS a; SELECT 1 / 0; SELECT 2 AS b;")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let _ = std::fs::remove_file(&tmp);
    assert!(!out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "a\n1\n");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("division by zero"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn translate_prints_sqlite_sql() {
    let schema = dir().join("translate_schema.sql");
    std::fs::write(
        &schema,
        "CREATE TABLE t (id serial PRIMARY KEY, name text);\n",
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .args(["translate", "--schema"])
        .arg(&schema)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"SELECT name FROM t WHERE id = $1 ORDER BY name")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "SELECT \"name\" AS \"name\" FROM \"t\" WHERE \"id\" = ?1 ORDER BY 1 ASC NULLS LAST;\n"
    );
}
