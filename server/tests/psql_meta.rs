//! psql's own commands on `pgshim serve`: `\dt`, `\di`, `\dn`, `\dv`
//! (the catalog queries psql sends), `\x` and `\copy` in and out, from
//! tests/psql_meta/script.sql. The transcript must be psql's on
//! PostgreSQL for the same script (live, or recorded in
//! tests/psql_meta/psql.out with `PGSHIM_RECORD=1`).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/psql_meta")
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

/// psql's transcript of the script, errors in their places (stderr and
/// stdout are one file), connected to `url`.
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
fn list_commands_expanded_display_and_copy_answer_as_on_postgresql() {
    let recorded = here().join("psql.out");
    let expected = match std::env::var("PGSHIM_PG_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(url) => {
            let live = pgshim_difftest::Live::connect(&url).unwrap();
            let scratch = live.scratch_database("pgshim_psql_meta").unwrap();
            let fresh = transcript(&scratch.url());
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
    let server = common::TestServer::start();
    assert_eq!(transcript(&server.url()), expected);
}
