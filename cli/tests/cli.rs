//! The CLI contract: `pgshim exec --csv -f FILE` prints exactly what
//! `psql -q --csv -f FILE` prints on the same script, compared with a live
//! psql (through PGSHIM_PG_URL) or with psql's output recorded from a live
//! run (`*.psql.csv`, written with PGSHIM_RECORD=1).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's top (the core crate, its fixtures and suites).
fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli")
}

/// psql's output for the script on a fresh database, when a server is
/// given, in the output format `format` asks for (`--csv`, `-x`).
fn live_psql(script: &Path, format: &str) -> Option<String> {
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
        .args(["-X", "-q", format, "-v", "ON_ERROR_STOP=1", "-f"])
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
    expected_as(script, "--csv", "psql.csv")
}

/// psql's output for the script in `format`, live (checked against the
/// recording, or recorded with PGSHIM_RECORD=1) or from the recording
/// `<stem>.<suffix>` in tests/cli.
fn expected_as(script: &Path, format: &str, suffix: &str) -> String {
    let stem = script.file_stem().unwrap().to_string_lossy().to_string();
    let recorded = dir().join(format!("{stem}.{suffix}"));
    match live_psql(script, format) {
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
    let script = repo().join("fixtures/demo.sql");
    assert_eq!(pgshim_csv(&script), expected(&script));
}

/// Runs `pgshim` with these arguments and `input` on stdin.
fn pgshim_with_stdin(args: &[&std::ffi::OsStr], input: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn exec_stops_at_first_error_with_nonzero_exit() {
    let tmp = std::env::temp_dir().join(format!("pgshim-cli-err-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let out = pgshim_with_stdin(
        &[
            "exec".as_ref(),
            "--csv".as_ref(),
            "--db".as_ref(),
            tmp.as_os_str(),
        ],
        b"SELECT 1 AS a; SELECT 1 / 0; SELECT 2 AS b;",
    );
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
    let out = pgshim_with_stdin(
        &[
            "translate".as_ref(),
            "--schema".as_ref(),
            schema.as_os_str(),
        ],
        b"SELECT name FROM t WHERE id = $1 ORDER BY name",
    );
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        // The parameter is read as PostgreSQL reads it, in any host.
        "SELECT \"name\" AS \"name\" FROM \"t\" WHERE \"id\" = pg_param(?1, 'int4', 1) ORDER BY 1 ASC NULLS LAST;\n"
    );
}

/// Runs `pgshim import --quiet --db FILE` over `dump` on stdin.
fn import(dump: &str, name: &str) -> (std::process::Output, PathBuf) {
    let db = std::env::temp_dir().join(format!("pgshim-cli-{name}-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let out = pgshim_with_stdin(
        &[
            "import".as_ref(),
            "--quiet".as_ref(),
            "--db".as_ref(),
            db.as_os_str(),
        ],
        dump.as_bytes(),
    );
    (out, db)
}

/// The recorded pg_dump of tests/differential/import_dump.sql.
fn recorded_dump() -> String {
    std::fs::read_to_string(repo().join("tests/differential/import_dump.dump.sql")).unwrap()
}

#[test]
fn import_loads_a_dump_and_summarises_it() {
    let (out, db) = import(&recorded_dump(), "import");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.starts_with("imported 4 tables (4 with data), 12 rows, "),
        "{stdout}"
    );
    for line in [
        "  users: 3 rows",
        "  tickets: 3 rows",
        "  comments: 3 rows",
        "  tags: 3 rows",
    ] {
        assert!(stdout.lines().any(|l| l == line), "{line:?} in {stdout}");
    }
    assert!(!stdout.contains("not carried over"), "{stdout}");
    // The file answers through pgshim afterwards: the identity continues.
    let mut conn = pgshim::Connection::open(&db).unwrap();
    let rows = conn
        .query_rows("INSERT INTO tags (name) VALUES ('new') RETURNING id", &[])
        .unwrap();
    assert_eq!(rows.text(0, 0).as_deref(), Some("4"));
    drop(conn);
    let _ = std::fs::remove_file(&db);
}

#[test]
fn import_lists_what_it_skips_and_exits_3() {
    let dump = format!(
        "{}\nCREATE TYPE public.mood AS ENUM ('sad', 'ok');\n",
        recorded_dump()
    );
    let (out, db) = import(&dump, "import-skip");
    let _ = std::fs::remove_file(&db);
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(out.status.code(), Some(3), "{stdout}");
    assert!(
        stdout.contains("not carried over (1):\n  CREATE TYPE public.mood AS ENUM ('sad', 'ok')\n    unsupported: statement CREATE TYPE"),
        "{stdout}"
    );
}

/// The sqlite3 shell, installed with apt when missing (as scripts/test
/// installs Python).
fn sqlite3_shell() -> PathBuf {
    let shell = PathBuf::from("/usr/bin/sqlite3");
    if !shell.exists() {
        let status = Command::new("apt-get")
            .args(["install", "-y", "-q", "sqlite3"])
            .status()
            .expect("apt-get install sqlite3");
        assert!(status.success(), "apt-get install sqlite3 failed");
    }
    shell
}

#[test]
fn translated_sql_runs_in_the_sqlite3_shell() {
    let script = dir().join("shell_load.sql");
    let text = std::fs::read_to_string(&script).unwrap();
    let (setup, queries) = text.split_once("-- queries\n").unwrap();
    let db = std::env::temp_dir().join(format!("pgshim-cli-shell-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let out = pgshim_with_stdin(
        &["exec".as_ref(), "--db".as_ref(), db.as_os_str()],
        setup.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = pgshim_with_stdin(
        &[
            "translate".as_ref(),
            "--db".as_ref(),
            db.as_os_str(),
            "--pg-text".as_ref(),
        ],
        queries.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let translated = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        translated.lines().count(),
        4,
        "one statement per line:\n{translated}"
    );
    let ext = pgshim_difftest::extension_path().unwrap();
    let ext = ext.with_extension("");
    let input = format!(".load {}\n{translated}", ext.display());
    let mut child = Command::new(sqlite3_shell())
        .args(["-bail", "-csv", "-header"])
        .arg(&db)
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
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let _ = std::fs::remove_file(&db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shell = String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n");
    // The shell quotes every text value with a space; psql only where CSV
    // needs it: the fields are compared.
    assert_eq!(csv_fields(&shell), csv_fields(&expected(&script)));
}

/// CSV records as fields (quotes undone; an empty unquoted field and an
/// empty quoted one both read as "").
fn csv_fields(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => record.push(std::mem::take(&mut field)),
            ('\n', false) => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (c, _) => field.push(c),
        }
    }
    records
}

/// `pgshim check` on a file of report queries: diagnostics, the summary and
/// the exit status; the JSON form for CI.
#[test]
fn check_reports_each_statement() {
    let run = |format: &str| {
        Command::new(env!("CARGO_BIN_EXE_pgshim"))
            .args([
                "check",
                "--schema",
                "tests/cli/check_schema.sql",
                "--format",
                format,
                "tests/cli/check_queries.sql",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let human = run("human");
    assert_eq!(human.status.code(), Some(1));
    insta::assert_snapshot!("check_human", String::from_utf8(human.stdout).unwrap());
    let json = run("json");
    assert_eq!(json.status.code(), Some(1));
    let text = String::from_utf8(json.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["summary"]["ok"], 3);
    insta::assert_snapshot!("check_json", text);
    // Only translatable statements: exit 0.
    let ok_file = std::env::temp_dir().join(format!("pgshim-check-ok-{}.sql", std::process::id()));
    std::fs::write(&ok_file, "SELECT now() AT TIME ZONE 'Europe/Dublin';\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .arg("check")
        .arg(&ok_file)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&ok_file);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("1 statements: 1 ok, 0 unsupported, 0 not parsed, 0 rejected as PostgreSQL would reject them\n"));
}

/// `pgshim shell` reading a scripted session from a pipe: statements over
/// several lines, meta-commands, `\x`, an error it goes on after, `\i`,
/// and `\q` (what follows it is not run).
#[test]
fn shell_runs_a_scripted_session() {
    let db = std::env::temp_dir().join(format!("pgshim-shell-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let input = std::fs::read(dir().join("shell_session.txt")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .args(["shell", "--db"])
        .arg(&db)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    let _ = std::fs::remove_file(&db);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains("not reached"));
    insta::assert_snapshot!("shell_session_stdout", stdout);
    insta::assert_snapshot!(
        "shell_session_stderr",
        String::from_utf8(out.stderr).unwrap()
    );
}

/// `pgshim shell` on a terminal (tmux's pseudo-terminal): the prompts, a
/// statement typed over two lines, line editing's history (Up), and `\q`.
#[test]
fn shell_on_a_terminal() {
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("tmux (apt-get install tmux): {e}"))
    };
    if Command::new("tmux").arg("-V").output().is_err() {
        let status = Command::new("apt-get")
            .args(["install", "-y", "-q", "tmux"])
            .status()
            .expect("apt-get install tmux");
        assert!(status.success(), "apt-get install tmux failed");
    }
    let session = format!("pgshim-shell-{}", std::process::id());
    let db = std::env::temp_dir().join(format!("{session}.sqlite"));
    let _ = std::fs::remove_file(&db);
    let cmd = format!(
        "HOME={} {} shell --db {}",
        std::env::temp_dir().display(),
        env!("CARGO_BIN_EXE_pgshim"),
        db.display()
    );
    let started = tmux(&[
        "new-session",
        "-d",
        "-s",
        &session,
        "-x",
        "120",
        "-y",
        "40",
        &cmd,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    let screen =
        || String::from_utf8(tmux(&["capture-pane", "-p", "-t", &session]).stdout).unwrap();
    let wait_for = |needle: &str| {
        for _ in 0..100 {
            let s = screen();
            if s.contains(needle) {
                return s;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("never saw {needle:?} on the screen:\n{}", screen());
    };
    wait_for("pgshim=>");
    // Text goes literally (-l); tmux reads an argument ending in ';' as a
    // command separator unless it is escaped.
    let keys = |k: &[&str]| {
        for key in k {
            let literal = !matches!(*key, "Enter" | "Up" | "C-u");
            let text = if literal && key.ends_with(';') {
                format!("{}\\;", &key[..key.len() - 1])
            } else {
                key.to_string()
            };
            let mut args = vec!["send-keys", "-t", session.as_str()];
            if literal {
                args.push("-l");
            }
            args.push(&text);
            let out = tmux(&args);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    };
    keys(&["SET TIME ZONE 'Europe/Dublin';", "Enter"]);
    wait_for("SET");
    keys(&["SELECT timestamptz '2024-03-31 00:30:00+00'", "Enter"]);
    wait_for("pgshim->");
    keys(&["  + interval '1 hour' AS later;", "Enter"]);
    let s = wait_for("(1 row)");
    assert!(s.contains("2024-03-31 02:30:00+01"), "{s}");
    // Up recalls the last line from the history.
    keys(&["Up"]);
    wait_for("pgshim=>   + interval '1 hour' AS later;");
    keys(&["C-u", "\\q", "Enter"]);
    for _ in 0..100 {
        if !tmux(&["has-session", "-t", &session]).status.success() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let alive = tmux(&["has-session", "-t", &session]).status.success();
    if alive {
        tmux(&["kill-session", "-t", &session]);
    }
    let _ = std::fs::remove_file(&db);
    let _ = std::fs::remove_file(std::env::temp_dir().join(".pgshim_history"));
    assert!(!alive, "\\q did not end the shell");
}

/// psql's expanded output (`\x`), as `pgshim shell` prints it, against
/// `psql -x` on the same script (live, or recorded in
/// tests/cli/expanded.psql.txt).
#[test]
fn expanded_output_matches_psql() {
    let script = dir().join("expanded.sql");
    let psql = expected_as(&script, "-x", "psql.txt");
    let db = std::env::temp_dir().join(format!("pgshim-expanded-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let input = format!("\\x\n{}", std::fs::read_to_string(&script).unwrap());
    let out = pgshim_with_stdin(
        &["shell".as_ref(), "--db".as_ref(), db.as_os_str()],
        input.as_bytes(),
    );
    let _ = std::fs::remove_file(&db);
    let shell = String::from_utf8(out.stdout).unwrap();
    let shell = shell
        .strip_prefix("Expanded display is on.\n")
        .unwrap_or(&shell);
    assert_eq!(shell, psql);
}

/// The server `pgshim diff` compares with: PGSHIM_PG_URL. `pgshim diff` is
/// a live comparison by nature, so without a server this fails, unless
/// PGSHIM_NO_LIVE=1 says to skip it on purpose.
fn diff_server() -> Option<String> {
    match std::env::var("PGSHIM_PG_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(url) => Some(url),
        None if std::env::var("PGSHIM_NO_LIVE").is_ok_and(|v| v == "1") => {
            eprintln!("pgshim diff test skipped: PGSHIM_NO_LIVE=1");
            None
        }
        None => panic!(
            "the pgshim diff test needs PostgreSQL: run scripts/test, set PGSHIM_PG_URL, \
             or set PGSHIM_NO_LIVE=1 to skip it on purpose"
        ),
    }
}

/// `pgshim diff` on a live server, in two zones, with the app's own SQL
/// function and trigger on the PostgreSQL side only: the statements they
/// change are shown side by side, the rest are identical, and it exits 1.
#[test]
fn diff_shows_where_answers_differ_from_postgres() {
    let Some(url) = diff_server() else { return };
    let out = Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .args([
            "diff",
            "--pg",
            &url,
            "--schema",
            "tests/cli/diff_schema.sql",
            "--data",
            "tests/cli/diff_data.sql",
            "--time-zone",
            "America/New_York",
            "--time-zone",
            "Europe/Dublin",
            "tests/cli/diff_queries.sql",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The server's version is the machine's, not the answer's.
    let version = server_version_in(&stdout);
    insta::assert_snapshot!("diff_differences", stdout.replace(&version, "VERSION"));
}

/// The same statements on a schema without the PostgreSQL-only parts:
/// every answer is PostgreSQL's, and it exits 0.
#[test]
fn diff_passes_when_every_answer_is_postgres() {
    let Some(url) = diff_server() else { return };
    let dir = std::env::temp_dir().join(format!("pgshim-diff-ok-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let schema = std::fs::read_to_string(dir_of("diff_schema.sql")).unwrap();
    let table = &schema[..schema.find("CREATE FUNCTION").unwrap()];
    std::fs::write(dir.join("schema.sql"), table).unwrap();
    let queries = std::fs::read_to_string(dir_of("diff_queries.sql"))
        .unwrap()
        .replace("short_title(title)", "left(title, 6)");
    std::fs::write(dir.join("queries.sql"), queries).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .args(["diff", "--pg", &url, "--verbose", "--schema"])
        .arg(dir.join("schema.sql"))
        .arg("--data")
        .arg(dir_of("diff_data.sql"))
        .args(["--time-zone", "Australia/Lord_Howe"])
        .arg(dir.join("queries.sql"))
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert_eq!(stdout.lines().filter(|l| l.starts_with("ok  ")).count(), 7);
    assert!(
        stdout.trim_end().ends_with(": 7 identical, 0 different"),
        "{stdout}"
    );
}

fn dir_of(name: &str) -> PathBuf {
    dir().join(name)
}

/// The "PostgreSQL 15.x (…)" of diff's summary line.
fn server_version_in(out: &str) -> String {
    let line = out.lines().last().unwrap_or_default();
    let start = line.find(" on PostgreSQL ").expect("a summary line") + " on PostgreSQL ".len();
    let end = start
        + line[start..]
            .find(": ")
            .expect("the counts after the version");
    line[start..end].to_string()
}

/// The README's GitHub Actions job is valid YAML with a PostgreSQL
/// service, and its `pgshim diff` step runs as written (its URL from
/// PGSHIM_DIFF_PG, the app's files swapped for this test's).
#[test]
fn readme_ci_job_runs_pgshim_diff() {
    let Some(url) = diff_server() else { return };
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let start = readme
        .find("```yaml\n")
        .expect("a yaml block in the README")
        + 8;
    let yaml = &readme[start..start + readme[start..].find("```").unwrap()];
    let python = "/usr/bin/python3";
    if !Command::new(python)
        .args(["-c", "import yaml"])
        .status()
        .is_ok_and(|s| s.success())
    {
        let status = Command::new("apt-get")
            .args(["install", "-y", "-q", "python3-yaml"])
            .status()
            .expect("apt-get install python3-yaml");
        assert!(status.success(), "apt-get install python3-yaml failed");
    }
    let mut child = Command::new(python)
        .args([
            "-c",
            "import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(yaml.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the README's YAML does not parse");
    let job: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diff = &job["jobs"]["diff"];
    assert!(
        diff["services"]["postgres"]["image"]
            .as_str()
            .is_some_and(|i| i.starts_with("postgres:")),
        "{diff}"
    );
    let step = diff["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.starts_with("pgshim diff"))
        .expect("a pgshim diff step");
    let args: Vec<String> = step
        .split_whitespace()
        .skip(1)
        .map(|a| match a {
            "db/structure.sql" => "tests/cli/diff_schema.sql".to_string(),
            "db/seed.sql" => "tests/cli/diff_data.sql".to_string(),
            "app/queries/*.sql" => "tests/cli/diff_queries.sql".to_string(),
            other => other.to_string(),
        })
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_pgshim"))
        .args(&args)
        .env("PGSHIM_DIFF_PG", &url)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.trim_end().ends_with(
            ": 10 identical, 4 different; 3 schema statements not run by pgshim (listed first)"
        ),
        "{stdout}"
    );
}
