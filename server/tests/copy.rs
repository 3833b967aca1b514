//! COPY through the wire protocol's copy sub-protocol, compared with
//! PostgreSQL: psql's `COPY … FROM stdin`, `COPY … TO STDOUT` (text and
//! CSV, their options and errors) and `\copy` both ways, with their
//! errors and CONTEXT lines (not DETAIL lines: pgshim sends none), and the
//! `postgres` crate's `copy_in` (CopyData in pieces that split lines,
//! CopyDone, and CopyFail from a writer dropped unfinished) and
//! `copy_out`.

mod common;

use std::io::Write;
use std::process::Command;

/// psql on PATH or with the installed PostgreSQL.
fn psql() -> std::path::PathBuf {
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

const SCRIPT: &str = r#"CREATE TABLE events (id integer PRIMARY KEY, at timestamptz NOT NULL, d date, span interval, note text);
COPY events (id, at, d, span, note) FROM stdin;
1	2024-03-10 02:30:00-05	2024-03-10	1 day 02:00:00	plain
2	2024-11-03 01:30:00-04	\N	-1 mons +3 days	tab\there
3	2024-07-01 12:00:00+05:30	10000-01-01	\N	line\nbreak \\ backslash
\.
SELECT id, at, d, span, note FROM events ORDER BY id;
COPY events FROM stdin WITH (DELIMITER ',', NULL '');
4,2025-01-01 00:00:00+00,,,
\.
SELECT id, d IS NULL AS no_d, note IS NULL AS no_note FROM events WHERE id = 4;
COPY events FROM stdin;
5	2024-01-01	2024-01-01	\N	ok
x	2024-01-01	2024-01-01	\N	bad id
\.
COPY events FROM stdin;
6	2024-01-01	2024-02-30	\N	bad date
\.
COPY events FROM stdin;
7	2024-01-01
\.
COPY events FROM stdin;
8	2024-01-01	\N	\N	x	extra
\.
COPY events FROM stdin;
9	\N	\N	\N	null at
\.
COPY events FROM stdin;
10	2024-01-01	\N	\N	first
1	2024-01-01	\N	\N	duplicate
\.
COPY nosuch FROM stdin;
COPY events (id, nope) FROM stdin;
SELECT count(*) AS rows_after_errors FROM events;
BEGIN;
COPY events (id, at) FROM stdin;
20	2024-05-05 05:05:05+00
21	2024-05-05 05:05:05+00
\.
SELECT count(*) AS in_block FROM events;
ROLLBACK;
SELECT count(*) AS after_rollback FROM events;
BEGIN;
COPY events (id, at) FROM stdin;
22	not a time
\.
SELECT 1;
ROLLBACK;
\copy events (id, at, note) from 'events.tsv'
SELECT id, at, note FROM events WHERE id >= 30 ORDER BY id;
COPY events (id, at, note) FROM stdin WITH (FORMAT csv, HEADER);
id,at,note
40,2024-03-10 02:30:00-05,"multi
line, with ""quotes"""
41,2024-03-10 02:30:00-05,
42,2024-03-10 02:30:00-05,""
\.
COPY events (id, at, note) FROM stdin (FORMAT csv, NULL 'NULL', FORCE_NOT_NULL (note));
43,2024-01-01,NULL
\.
COPY events (id, at, note) FROM stdin (FORMAT csv, FORCE_NULL (note));
44,2024-01-01,""
\.
COPY events (id, at, note) FROM stdin (FORMAT csv, QUOTE '''', ESCAPE '\', DELIMITER ';');
45;2024-01-01;'it\'s; fine \\ ok'
\.
COPY events (id, at, note) FROM stdin CSV;
46,2024-01-01,"unterminated
\.
COPY events (id, at, note) FROM stdin CSV;
47,2024-01-01,a,b
\.
COPY events (id, at, note) FROM stdin (FORMAT csv);
48,not a time,x
\.
SELECT id, note, note IS NULL AS is_null FROM events WHERE id >= 40 ORDER BY id;
COPY events FROM stdin (QUOTE '"');
COPY events FROM stdin (FORCE_NULL (note));
COPY events FROM stdin (FORMAT csv, DELIMITER '"');
COPY (SELECT id, at, d, span, note FROM events ORDER BY id) TO STDOUT;
SET TimeZone = 'America/New_York';
COPY (SELECT id, at, note FROM events WHERE id < 4 ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER);
SET IntervalStyle = 'iso_8601';
COPY (SELECT id, span, note, '' AS empty, 'say "hi", ok' AS quoted FROM events WHERE id <= 4 ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER true, NULL 'NULL', FORCE_QUOTE (note));
RESET IntervalStyle;
COPY (SELECT id, note FROM events WHERE id <= 3 ORDER BY id) TO STDOUT WITH (FORMAT csv, DELIMITER '|', QUOTE '''', ESCAPE '\', FORCE_QUOTE (id, note));
COPY (SELECT id, note FROM events WHERE id <= 3 ORDER BY id) TO STDOUT (DELIMITER ',', NULL 'none', HEADER);
COPY (SELECT '\.' AS alone) TO STDOUT CSV;
COPY (SELECT 1 AS n, 'a|b' AS s) TO STDOUT (DELIMITER '|');
COPY events (id, note) TO STDOUT;
COPY (SELECT id FROM events WHERE false) TO STDOUT;
COPY (SELECT id, note FROM events) TO STDOUT (FORMAT csv, FORCE_QUOTE (nope));
COPY (SELECT 1) TO STDOUT (QUOTE '"');
COPY (SELECT 1) TO STDOUT (FORMAT csv, DELIMITER '"');
COPY nosuch TO STDOUT;
COPY (SELECT 1/0) TO STDOUT;
\copy (SELECT id, note FROM events WHERE id >= 30 ORDER BY id) to stdout csv header
CREATE TABLE stamped (id integer, at timestamptz DEFAULT statement_timestamp(), tx timestamptz DEFAULT now());
COPY stamped (id) FROM stdin;
1
2
3
4
5
6
7
8
9
10
11
12
13
14
15
16
17
18
19
20
21
22
23
24
25
26
27
28
29
30
31
32
33
34
35
36
37
38
39
40
\.
SELECT count(DISTINCT at) AS statement_stamps, count(DISTINCT tx) AS transaction_stamps, count(*) AS loaded FROM stamped;
SELECT 'after' AS still_serving;
"#;

/// psql's whole transcript of the script (stdout, then stderr with its
/// CONTEXT lines), run in a scratch directory with the `\copy` file.
fn transcript(url: &str) -> Vec<String> {
    let dir = common::TempDir::new();
    std::fs::write(
        dir.0.join("events.tsv"),
        "30\t2024-03-31 01:59:59+00\tfrom a file\n31\t2024-10-27 00:30:00+00\t\\N\n",
    )
    .unwrap();
    std::fs::write(dir.0.join("script.sql"), SCRIPT).unwrap();
    let out = Command::new(psql())
        .current_dir(&dir.0)
        .args([
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=0",
            "-v",
            "VERBOSITY=default",
        ])
        .arg("-d")
        .arg(url)
        .args(["-f", "script.sql"])
        .env("PGTZ", "UTC")
        .env(
            "PGOPTIONS",
            "-c DateStyle=ISO,MDY -c IntervalStyle=postgres",
        )
        .output()
        .unwrap();
    let mut lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    lines.push("-- stderr --".into());
    lines.extend(
        String::from_utf8_lossy(&out.stderr)
            .lines()
            // pgshim sends no DETAIL field (docs/compatibility.md), so
            // psql's DETAIL lines are left out, as tests/psql.rs leaves
            // them out.
            .filter(|l| !l.starts_with("DETAIL:"))
            .map(str::to_string),
    );
    lines
}

#[test]
fn psql_copy_from_stdin_and_backslash_copy_answer_as_postgresql() {
    common::differential("copy", "psql_copy", transcript);
}

/// The `postgres` crate's COPY: data in pieces that split a line, a
/// writer dropped unfinished (CopyFail), and the table after each.
fn driver(url: &str) -> Vec<String> {
    let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let mut out = Vec::new();
    c.batch_execute(
        "SET TimeZone = 'UTC'; CREATE TABLE t (id int PRIMARY KEY, at timestamptz, note text)",
    )
    .unwrap();
    let mut w = c.copy_in("COPY t FROM STDIN").unwrap();
    for piece in [
        "1\t2024-03-10 02:3",
        "0:00-05\tfirst\n2\t\\N",
        "\t\\N\n3\t2024-01-01\tlast",
    ] {
        w.write_all(piece.as_bytes()).unwrap();
        w.flush().unwrap();
    }
    out.push(format!(
        "> copy in pieces: {:?}",
        w.finish().map_err(|e| common::error_of(&e))
    ));
    let w = c.copy_in("COPY t FROM STDIN").unwrap();
    drop(w);
    out.push("> dropped writer".into());
    let mut w = c.copy_in("COPY t (id) FROM STDIN").unwrap();
    w.write_all(b"4\n1\n5\n").unwrap();
    out.push(format!(
        "> duplicate: {:?}",
        w.finish().map_err(|e| common::error_of(&e))
    ));
    out.push(format!(
        "> after: {}",
        common::simple(&mut c, "SELECT id, at, note FROM t ORDER BY id")
    ));
    let mut w = c.copy_in("COPY t (id, note) FROM STDIN").unwrap();
    w.write_all(b"6\t\xff\n").unwrap();
    out.push(format!(
        "> bad utf-8: {:?}",
        w.finish().map_err(|e| common::error_of(&e))
    ));
    out.push(format!(
        "> still serving: {}",
        common::simple(&mut c, "SELECT count(*) FROM t")
    ));
    let mut w = c.copy_in("COPY t FROM STDIN (FORMAT csv)").unwrap();
    for piece in ["7,,\"a", "\nb\"", "\"c\"\n8,,x"] {
        w.write_all(piece.as_bytes()).unwrap();
        w.flush().unwrap();
    }
    out.push(format!(
        "> csv quoted line break across pieces: {:?}",
        w.finish().map_err(|e| common::error_of(&e))
    ));
    let mut w = c.copy_in("COPY t FROM STDIN (FORMAT csv)").unwrap();
    w.write_all(b"9,,\"open\n10,,x\n").unwrap();
    out.push(format!(
        "> unterminated: {:?}",
        w.finish().map_err(|e| common::error_of(&e))
    ));
    let mut w = c.copy_in("COPY t FROM STDIN").unwrap();
    w.write_all(b"11\n").unwrap();
    out.push(format!(
        "> missing data: {:?}",
        w.finish().map_err(|e| common::error_of(&e))
    ));
    let mut text = String::new();
    let read = c
        .copy_out("COPY (SELECT id, at, note FROM t ORDER BY id) TO STDOUT (FORMAT csv, HEADER)")
        .map(|mut r| std::io::Read::read_to_string(&mut r, &mut text).is_ok());
    out.push(format!(
        "> copy out: {:?} {text:?}",
        read.map_err(|e| common::error_of(&e))
    ));
    out
}

#[test]
fn the_postgres_crates_copy_in_answers_as_postgresql() {
    common::differential("copy", "driver_copy_in", driver);
}
