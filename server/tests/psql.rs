//! psql as the client: every differential suite's cases (those without
//! parameters; the others run through the extended protocol in
//! suites.rs) go through `psql --csv` connected to `pgshim serve`, and the
//! output must be psql's output on PostgreSQL for the same schema and
//! data: every row as psql prints it, and each error line (the DETAIL,
//! HINT and position lines after it are left out, as the linked path
//! compares messages only). PostgreSQL's output is taken live
//! (`PGSHIM_PG_URL`) or from `tests/psql/<suite>.out`, recorded by a live
//! run with `PGSHIM_RECORD=1`; a live run checks the recording.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn suites_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/differential")
}

/// The script psql runs: per case, its zone and its statement, with the
/// case's name echoed so that a difference names it.
fn script(suite: &pgshim_difftest::Suite) -> String {
    let mut s = String::new();
    for case in &suite.cases {
        if !case.params.is_empty() || case.difference.is_some() || case.expect_unsupported {
            continue;
        }
        s.push_str(&format!(
            "\\echo -- {}\nSET TimeZone = '{}';\n{};\n",
            case.name,
            case.zone,
            case.sql.trim().trim_end_matches(';')
        ));
    }
    s
}

/// psql's output of a script, stderr merged in order, with the script's
/// own path replaced so that error lines compare.
fn run_psql(url: &str, script: &str, dir: &Path) -> String {
    let file = dir.join("cases.sql");
    std::fs::write(&file, script).unwrap();
    let out = Command::new(common::psql())
        .arg("--csv")
        .arg("-X")
        .arg("-q")
        .arg("-v")
        .arg("ON_ERROR_STOP=0")
        .arg("-v")
        .arg("VERBOSITY=default")
        .arg("-d")
        .arg(url)
        .arg("-f")
        .arg(&file)
        .env("PGTZ", "UTC")
        .env("PGOPTIONS", "-c DateStyle=ISO,MDY -c IntervalStyle=postgres -c extra_float_digits=1 -c client_min_messages=warning")
        .stderr(std::process::Stdio::from(
            std::fs::File::create(dir.join("stderr")).unwrap(),
        ))
        .output()
        .unwrap();
    // psql writes errors to stderr; interleave by running with stderr
    // appended after: the echoed markers keep each case's lines together.
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = std::fs::read_to_string(dir.join("stderr")).unwrap();
    let path = file.display().to_string();
    // The error lines (`psql:cases.sql:LINE: ERROR:  message`); psql's
    // DETAIL, HINT and LINE/caret lines follow each, and are not compared:
    // the linked path compares messages and SQLSTATEs, not those (see
    // docs/compatibility.md, "The server").
    let errors: String = stderr
        .replace(&path, "cases.sql")
        .lines()
        .filter(|l| l.starts_with("psql:"))
        .map(|l| format!("{l}\n"))
        .collect();
    format!("{stdout}\n-- errors --\n{errors}")
}

fn run(name: &str) {
    let suite = pgshim_difftest::load(suites_dir().join(format!("{name}.sql"))).unwrap();
    let script = script(&suite);
    let recorded = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/psql/{name}.out"));
    let dir = common::TempDir::new();
    let expected = common::postgres_output(&recorded, |url| {
        let live = pgshim_difftest::Live::connect(url).unwrap();
        let scratch = live
            .scratch_database(&format!("pgshim_psql_{name}"))
            .unwrap();
        let setup_dir = common::TempDir::new();
        let setup = run_psql_setup(&scratch.url(), &suite.setup, &setup_dir.0);
        let fresh = run_psql(&scratch.url(), &script, &dir.0);
        format!("{setup}{fresh}")
    });
    let server = common::TestServer::start_with(|db| {
        let mut conn = pgshim::Connection::open(db).unwrap();
        conn.run_script(&suite.setup, |_, _| {}).unwrap();
    });
    let ours = run_psql(&server.url(), &script, &dir.0);
    let expected = expected
        .split_once("-- setup done --\n")
        .map_or(expected.as_str(), |(_, rest)| rest);
    let expected = unordered_sorted(&suite, expected);
    let ours = unordered_sorted(&suite, &ours);
    if ours != expected {
        let diff: Vec<String> = expected
            .lines()
            .zip(ours.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(20)
            .map(|(i, (a, b))| format!("line {}:\n  postgres: {a}\n  pgshim:   {b}", i + 1))
            .collect();
        panic!(
            "{name}: psql's output through pgshim serve differs from PostgreSQL's ({} and {} lines):\n{}",
            expected.lines().count(),
            ours.lines().count(),
            diff.join("\n")
        );
    }
}

/// psql's output with the rows of each case without a top-level ORDER BY
/// sorted (after the header line): PostgreSQL and SQLite may return them
/// in different orders, and the linked path compares them as multisets.
fn unordered_sorted(suite: &pgshim_difftest::Suite, out: &str) -> String {
    let unordered: std::collections::HashSet<String> = suite
        .cases
        .iter()
        .filter(|c| !c.ordered)
        .map(|c| format!("-- {}", c.name))
        .collect();
    let mut result = String::new();
    let mut block: Vec<&str> = Vec::new();
    let mut sort = false;
    let flush = |block: &mut Vec<&str>, sort: bool, result: &mut String| {
        if sort && block.len() > 2 {
            block[2..].sort_unstable();
        }
        for l in block.drain(..) {
            result.push_str(l);
            result.push('\n');
        }
    };
    for line in out.lines() {
        if line.starts_with("-- ") {
            flush(&mut block, sort, &mut result);
            sort = unordered.contains(line);
        }
        block.push(line);
    }
    flush(&mut block, sort, &mut result);
    result
}

/// The suite's setup through psql on PostgreSQL (COPY data included);
/// its output must be empty but for errors, which would show here.
fn run_psql_setup(url: &str, setup: &str, dir: &Path) -> String {
    let out = run_psql(url, setup, dir);
    format!("{out}-- setup done --\n")
}

macro_rules! suites {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                run(stringify!($name));
            }
        )*
    };
}

suites!(
    alter_table,
    app_corpus,
    arrays,
    booleans_nulls,
    column_names,
    datestyle,
    datetime_ops,
    ddl,
    distinct_on,
    dml_returning,
    dst_transitions,
    dynamic_abbrevs,
    fields,
    grouping,
    identity,
    interval_fields,
    json,
    information_schema,
    joins,
    locking,
    math,
    numeric,
    orm_sql,
    params,
    posix_zones,
    regress_datetime,
    select_basics,
    sequences,
    settings,
    strings,
    system_catalogs,
    time_input,
    timetz,
    to_char,
    transactions,
    upsert,
    views_alter,
    windows,
    years,
);
