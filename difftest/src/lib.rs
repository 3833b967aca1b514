//! Differential testing of pgshim against a real PostgreSQL.
//!
//! A suite is a file of PostgreSQL SQL: a setup part (schema and data),
//! then cases, each one statement with directives in comments:
//!
//! ```sql
//! CREATE TABLE t (id int, name text);
//! INSERT INTO t VALUES (1, 'a');
//!
//! -- case: by_id
//! -- params: [1]
//! SELECT name FROM t WHERE id = $1;
//!
//! -- case: zone_is_session
//! -- zone: America/New_York
//! SHOW timezone;
//!
//! -- case: not_yet
//! -- expect: unsupported
//! SELECT name FROM t TABLESAMPLE SYSTEM (10);
//! ```
//!
//! Directives: `params` (a JSON array; values are sent as text, as psql
//! and drivers using the text protocol do), `zone` (the session time zone
//! for this and the following cases), `expect: unsupported` (pgshim must
//! refuse it; PostgreSQL's answer is still recorded), `unordered` (compare
//! rows as a multiset; the default when the statement has no ORDER BY),
//! `DIFFERENCE: why` (a documented difference: the case must differ, so a
//! fix is noticed).
//!
//! Every case runs on PostgreSQL and through pgshim on SQLite, and the
//! answers are compared typed: booleans as booleans, integers and floats
//! by value, the rest (numeric with its scale, timestamptz with its
//! offset) as exact text, together with column names, column types and
//! parameter types.
//!
//! PostgreSQL comes from, in order: `PGSHIM_PG_URL`; Docker (with the
//! `docker` feature); the answers recorded from a live run in
//! `<suite>.answers.json` beside the suite file. Recordings are written only
//! with `PGSHIM_RECORD=1` and a live server; every live run checks that
//! they still match. With `CI=true`, a missing PostgreSQL is an error.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
pub mod install;
pub mod regress;

/// One statement to compare.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Case {
    /// The case's name, unique in its suite.
    pub name: String,
    /// One PostgreSQL statement.
    pub sql: String,
    /// Parameter values as text (`None` is NULL).
    pub params: Vec<Option<String>>,
    /// The session time zone.
    pub zone: String,
    /// pgshim must refuse this statement as unsupported.
    pub expect_unsupported: bool,
    /// Compare rows in order.
    pub ordered: bool,
    /// A known, documented difference (`-- DIFFERENCE: why`): the case must
    /// still differ, so that a fix is noticed and the note removed.
    pub difference: Option<String>,
    /// A known difference of the loaded extension alone (`-- extension:
    /// why`), such as SQLite's own constraint messages: the extension's
    /// answer must still differ, the linked crate's must match.
    #[serde(default)]
    pub extension_difference: Option<String>,
}

impl Case {
    /// A case built in code (suites not read from a file): rows compare in
    /// order when the statement has a top-level ORDER BY.
    pub fn new(
        name: impl Into<String>,
        sql: impl Into<String>,
        params: Vec<Option<String>>,
        zone: impl Into<String>,
    ) -> Case {
        let sql = sql.into();
        Case {
            name: name.into(),
            ordered: has_top_level_order_by(&sql),
            sql,
            params,
            zone: zone.into(),
            expect_unsupported: false,
            difference: None,
            extension_difference: None,
        }
    }
}

/// Schema and data made in code rather than by the suite's setup SQL (a
/// generated data set loaded with COPY on PostgreSQL and through pgshim on
/// SQLite). The suite's `setup` text then only identifies the data in the
/// recording's digest.
pub struct CustomSetup<'a> {
    /// Loads the data into PostgreSQL (in the suite's fresh database).
    pub postgres: &'a dyn Fn(&mut postgres::Client) -> Result<(), String>,
    /// Loads the same data through pgshim.
    pub pgshim: &'a dyn Fn(&mut pgshim::Connection) -> Result<(), String>,
}

/// A parsed suite file.
#[derive(Debug, Clone)]
pub struct Suite {
    /// The suite's name (its file stem).
    pub name: String,
    /// Where the suite file is.
    pub path: PathBuf,
    /// Schema and data, run before the cases on both sides.
    pub setup: String,
    /// The cases, in order.
    pub cases: Vec<Case>,
}

/// PostgreSQL's (or pgshim's) answer to one statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A result set.
    Rows {
        /// `(name, type)` of each column; type as `pg_type.typname`.
        columns: Vec<(String, String)>,
        /// Values in PostgreSQL's text output; `None` is NULL.
        rows: Vec<Vec<Option<String>>>,
    },
    /// A statement that returned no rows, with the rows it changed.
    Command {
        /// Rows inserted, updated or deleted.
        changed: u64,
    },
    /// An error, with PostgreSQL's message.
    Error {
        /// The message.
        message: String,
        /// The SQLSTATE (`23505`), where the side that failed gives one:
        /// PostgreSQL always, pgshim through the crate and the server.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code: Option<String>,
    },
}

/// A recorded case: its identity, parameter types and PostgreSQL's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recorded {
    /// The case name.
    pub name: String,
    /// The statement, to detect edits.
    pub sql: String,
    /// The session time zone.
    pub zone: String,
    /// Parameter values.
    pub params: Vec<Option<String>>,
    /// The parameter types PostgreSQL inferred.
    pub param_types: Vec<String>,
    /// PostgreSQL's answer.
    pub answer: Answer,
}

/// The recording file of a suite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recording {
    /// The PostgreSQL version the answers came from.
    pub postgres: String,
    /// A digest of the setup text, to detect edits.
    pub setup_digest: String,
    /// One entry per case.
    pub cases: Vec<Recorded>,
}

/// Parses a suite file.
pub fn load(path: impl AsRef<Path>) -> Result<Suite, String> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("suite")
        .to_string();
    parse_suite(&name, path, &text)
}

fn parse_suite(name: &str, path: &Path, text: &str) -> Result<Suite, String> {
    let mut setup = String::new();
    let mut cases: Vec<Case> = Vec::new();
    let mut zone = "UTC".to_string();
    let mut current: Option<Case> = None;
    let finish = |c: Option<Case>, cases: &mut Vec<Case>| -> Result<(), String> {
        if let Some(mut c) = c {
            c.sql = c.sql.trim().trim_end_matches(';').trim().to_string();
            if c.sql.is_empty() {
                return Err(format!("case {} has no statement", c.name));
            }
            if c.ordered {
                c.ordered = has_top_level_order_by(&c.sql);
            }
            if cases.iter().any(|x| x.name == c.name) {
                return Err(format!("case name {} used twice", c.name));
            }
            cases.push(c);
        }
        Ok(())
    };
    for line in text.lines() {
        let t = line.trim();
        if let Some(n) = t.strip_prefix("-- case:") {
            finish(current.take(), &mut cases)?;
            current = Some(Case {
                name: n.trim().to_string(),
                sql: String::new(),
                params: vec![],
                zone: zone.clone(),
                expect_unsupported: false,
                ordered: true,
                difference: None,
                extension_difference: None,
            });
            continue;
        }
        if let Some(c) = current.as_mut() {
            if let Some(p) = t.strip_prefix("-- params:") {
                c.params =
                    params_of_json(p).map_err(|e| format!("case {}: params: {e}", c.name))?;
                continue;
            }
            if let Some(z) = t.strip_prefix("-- zone:") {
                zone = z.trim().to_string();
                c.zone = zone.clone();
                continue;
            }
            if t == "-- expect: unsupported" {
                c.expect_unsupported = true;
                continue;
            }
            if let Some(why) = t.strip_prefix("-- DIFFERENCE:") {
                c.difference = Some(why.trim().to_string());
                continue;
            }
            if let Some(why) = t.strip_prefix("-- extension:") {
                c.extension_difference = Some(why.trim().to_string());
                continue;
            }
            if t == "-- unordered" {
                c.ordered = false;
                continue;
            }
            c.sql.push_str(line);
            c.sql.push('\n');
        } else {
            setup.push_str(line);
            setup.push('\n');
        }
    }
    finish(current.take(), &mut cases)?;
    Ok(Suite {
        name: name.to_string(),
        path: path.to_path_buf(),
        setup,
        cases,
    })
}

/// The values of a `-- params:` directive: a JSON array, each value sent as
/// text (strings as they are, numbers and booleans as JSON writes them,
/// `null` as NULL).
///
/// ```
/// assert_eq!(
///     pgshim_difftest::params_of_json(r#"["2024-03-10", 3, null]"#).unwrap(),
///     vec![Some("2024-03-10".to_string()), Some("3".to_string()), None]
/// );
/// ```
pub fn params_of_json(text: &str) -> Result<Vec<Option<String>>, String> {
    let v: Vec<serde_json::Value> = serde_json::from_str(text.trim()).map_err(|e| e.to_string())?;
    Ok(v.into_iter()
        .map(|x| match x {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some(s),
            other => Some(other.to_string()),
        })
        .collect())
}

/// Whether the statement ends with an ORDER BY at nesting depth 0 (outside
/// parentheses and quotes): then rows are compared in order.
fn has_top_level_order_by(sql: &str) -> bool {
    let mut depth = 0i32;
    let mut flat = String::new();
    let mut in_quote = false;
    for ch in sql.chars() {
        match ch {
            '\'' => in_quote = !in_quote,
            '(' if !in_quote => depth += 1,
            ')' if !in_quote => depth -= 1,
            _ if depth == 0 && !in_quote => flat.push(ch.to_ascii_uppercase()),
            _ => {}
        }
    }
    flat.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .contains("ORDER BY")
}

// ---------------------------------------------------------------------------
// PostgreSQL side
// ---------------------------------------------------------------------------

/// A live PostgreSQL to compare against.
pub struct Live {
    url: String,
    version: String,
    #[cfg(feature = "docker")]
    _container: Option<testcontainers::Container<testcontainers_modules::postgres::Postgres>>,
}

impl Live {
    /// Connects to `PGSHIM_PG_URL`, or starts PostgreSQL in Docker with the
    /// `docker` feature; `None` when neither is available.
    pub fn find() -> Result<Option<Live>, String> {
        if let Some(url) = std::env::var("PGSHIM_PG_URL")
            .ok()
            .filter(|u| !u.is_empty())
        {
            return Live::connect(&url).map(Some);
        }
        #[cfg(feature = "docker")]
        {
            use testcontainers::ImageExt;
            use testcontainers::runners::SyncRunner;
            let image = testcontainers_modules::postgres::Postgres::default()
                .with_tag("15-alpine")
                .with_env_var("TZ", "UTC")
                .with_env_var("PGTZ", "UTC");
            match image.start() {
                Ok(container) => {
                    let port = container
                        .get_host_port_ipv4(5432)
                        .map_err(|e| e.to_string())?;
                    let url = format!("postgresql://postgres:postgres@127.0.0.1:{port}/postgres");
                    let mut c = connect(&url)?;
                    let version = server_version(&mut c)?;
                    return Ok(Some(Live {
                        url,
                        version,
                        _container: Some(container),
                    }));
                }
                Err(e) => eprintln!("pgshim-difftest: Docker PostgreSQL unavailable: {e}"),
            }
        }
        Ok(None)
    }

    /// Connects to the server at `url` (`postgresql://user@host:port/db`).
    pub fn connect(url: &str) -> Result<Live, String> {
        let mut c = connect(url)?;
        let version = server_version(&mut c)?;
        Ok(Live {
            url: url.to_string(),
            version,
            #[cfg(feature = "docker")]
            _container: None,
        })
    }

    /// A fresh, empty database `name` on this server (dropped first if it
    /// exists), dropped again when the returned value goes. The URL's user
    /// needs the CREATEDB privilege.
    pub fn scratch_database(&self, name: &str) -> Result<ScratchDatabase, String> {
        let mut admin = self.client()?;
        let quoted = format!("\"{}\"", name.replace('"', "\"\""));
        for sql in [
            format!("DROP DATABASE IF EXISTS {quoted} WITH (FORCE)"),
            format!("CREATE DATABASE {quoted} TEMPLATE template0"),
        ] {
            admin
                .batch_execute(&sql)
                .map_err(|e| format!("{sql}: {}", db_message(&e)))?;
        }
        Ok(ScratchDatabase {
            admin,
            url: self.url.clone(),
            name: name.to_string(),
            quoted,
        })
    }

    /// The server's version (`server_version`).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// A new client session, pinned to pgshim's settings.
    pub fn client(&self) -> Result<postgres::Client, String> {
        connect(&self.url)
    }

    /// A new client session on another database of the same server,
    /// pinned to pgshim's settings.
    pub fn client_of(&self, dbname: &str) -> Result<postgres::Client, String> {
        client_of(&self.url, dbname)
    }
}

/// A database made by [`Live::scratch_database`], dropped on drop.
pub struct ScratchDatabase {
    admin: postgres::Client,
    url: String,
    name: String,
    quoted: String,
}

impl ScratchDatabase {
    /// A new client session on this database, pinned to pgshim's settings
    /// (TimeZone UTC, DateStyle ISO, IntervalStyle postgres).
    pub fn client(&self) -> Result<postgres::Client, String> {
        client_of(&self.url, &self.name)
    }

    /// The database's URL, for other clients (psql).
    pub fn url(&self) -> String {
        database_url(&self.url, &self.name)
    }
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        let _ = self.admin.batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.quoted
        ));
    }
}

fn client_of(url: &str, dbname: &str) -> Result<postgres::Client, String> {
    let mut config: postgres::Config = url.parse().map_err(|e| format!("{e}"))?;
    config.dbname(dbname);
    let c = config
        .connect(postgres::NoTls)
        .map_err(|e| format!("connect to database {dbname}: {e}"))?;
    pin(c)
}

fn connect(url: &str) -> Result<postgres::Client, String> {
    let c = postgres::Client::connect(url, postgres::NoTls)
        .map_err(|e| format!("connect {url}: {e}"))?;
    pin(c)
}

fn pin(mut c: postgres::Client) -> Result<postgres::Client, String> {
    c.batch_execute(
        "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; \
         SET extra_float_digits = 1; SET client_min_messages = warning",
    )
    .map_err(|e| e.to_string())?;
    Ok(c)
}

fn server_version(c: &mut postgres::Client) -> Result<String, String> {
    let row = c
        .query_one("SHOW server_version", &[])
        .map_err(|e| e.to_string())?;
    Ok(row.get::<_, String>(0))
}

/// PostgreSQL's error as an answer: its message and SQLSTATE.
fn pg_error(e: &postgres::Error) -> Answer {
    Answer::Error {
        message: db_message(e),
        code: e.code().map(|c| c.code().to_string()),
    }
}

fn db_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => e.to_string(),
    }
}

fn quote_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Runs a suite on PostgreSQL in a fresh database; returns the recording.
pub fn run_postgres(live: &Live, suite: &Suite) -> Result<Recording, String> {
    run_postgres_with(live, suite, None)
}

fn run_postgres_with(
    live: &Live,
    suite: &Suite,
    custom: Option<&CustomSetup>,
) -> Result<Recording, String> {
    // A fresh database per suite, so that `public.t` in a suite means the
    // suite's own table, as it does for pgshim's one schema.
    let db = format!(
        "pgshim_{}",
        suite
            .name
            .replace(|ch: char| !ch.is_ascii_alphanumeric(), "_")
    );
    let scratch = live.scratch_database(&db)?;
    let mut c = scratch.client()?;
    match custom {
        Some(setup) => (setup.postgres)(&mut c)
            .map_err(|e| format!("{}: setup on PostgreSQL: {e}", suite.name))?,
        None => c
            .batch_execute(&suite.setup)
            .map_err(|e| format!("{}: setup on PostgreSQL: {}", suite.name, db_message(&e)))?,
    }
    let mut cases = Vec::new();
    // The session starts in UTC; the zone is set when a case's differs
    // (so that a case may follow one that aborted a transaction block).
    let mut zone = "UTC".to_string();
    for case in &suite.cases {
        if case.zone != zone {
            c.batch_execute(&format!("SET TimeZone = {}", quote_literal(&case.zone)))
                .map_err(|e| format!("{}: {}", case.name, db_message(&e)))?;
            zone = case.zone.clone();
        }
        let (param_types, answer) = run_postgres_case(&mut c, case);
        cases.push(Recorded {
            name: case.name.clone(),
            sql: case.sql.clone(),
            zone: case.zone.clone(),
            params: case.params.clone(),
            param_types,
            answer,
        });
    }
    drop(c);
    drop(scratch);
    Ok(Recording {
        postgres: live.version.clone(),
        setup_digest: digest(&suite.setup),
        cases,
    })
}

/// Runs one case on a PostgreSQL session (in its current settings):
/// the parameter types PostgreSQL inferred, and its answer. Parameters go
/// as text, through PREPARE/EXECUTE, as drivers of the text protocol send
/// them.
pub fn run_postgres_case(c: &mut postgres::Client, case: &Case) -> (Vec<String>, Answer) {
    let stmt = match c.prepare(&case.sql) {
        Ok(s) => s,
        Err(e) => {
            return (vec![], pg_error(&e));
        }
    };
    let param_types: Vec<String> = stmt.params().iter().map(|t| t.name().to_string()).collect();
    let columns: Vec<(String, String)> = stmt
        .columns()
        .iter()
        .map(|col| (col.name().to_string(), col.type_().name().to_string()))
        .collect();
    let text = if case.params.is_empty() {
        case.sql.clone()
    } else {
        // Text-format parameters, as drivers send them: PREPARE/EXECUTE.
        if let Err(e) = c.batch_execute(&format!(
            "DEALLOCATE ALL; PREPARE pgshim_case AS {}",
            case.sql
        )) {
            return (param_types, pg_error(&e));
        }
        let args: Vec<String> = case
            .params
            .iter()
            .map(|p| {
                p.as_deref()
                    .map(quote_literal)
                    .unwrap_or_else(|| "NULL".into())
            })
            .collect();
        format!("EXECUTE pgshim_case({})", args.join(", "))
    };
    let msgs = match c.simple_query(&text) {
        Ok(m) => m,
        Err(e) => {
            return (param_types, pg_error(&e));
        }
    };
    let mut rows = Vec::new();
    let mut changed = 0;
    for m in msgs {
        match m {
            postgres::SimpleQueryMessage::Row(r) => {
                rows.push((0..r.len()).map(|i| r.get(i).map(str::to_string)).collect());
            }
            postgres::SimpleQueryMessage::CommandComplete(n) => changed = n,
            _ => {}
        }
    }
    if columns.is_empty() {
        (param_types, Answer::Command { changed })
    } else {
        (param_types, Answer::Rows { columns, rows })
    }
}

fn digest(s: &str) -> String {
    // FNV-1a: stable across Rust versions, enough to notice an edit.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.trim().bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

// ---------------------------------------------------------------------------
// pgshim side
// ---------------------------------------------------------------------------

/// pgshim's outcome for one case.
#[derive(Debug, Clone, PartialEq)]
pub struct ShimAnswer {
    /// The parameter types pgshim inferred.
    pub param_types: Vec<String>,
    /// The answer.
    pub answer: Answer,
    /// Whether the error was "unsupported".
    pub unsupported: bool,
    /// The SQLite SQL, for diagnostics.
    pub sqlite_sql: Option<String>,
}

/// Runs a suite through pgshim on an in-memory SQLite database.
pub fn run_pgshim(suite: &Suite) -> Result<Vec<ShimAnswer>, String> {
    run_pgshim_with(suite, None)
}

fn run_pgshim_with(suite: &Suite, custom: Option<&CustomSetup>) -> Result<Vec<ShimAnswer>, String> {
    let mut db = pgshim::Connection::open_in_memory().map_err(|e| e.to_string())?;
    match custom {
        Some(setup) => (setup.pgshim)(&mut db)
            .map_err(|e| format!("{}: setup through pgshim: {e}", suite.name))?,
        None => db
            .run_script(&suite.setup, |_, _| {})
            .map_err(|e| format!("{}: setup through pgshim: {e}", suite.name))?,
    }
    let mut out = Vec::new();
    for case in &suite.cases {
        db.session()
            .set_time_zone(&case.zone)
            .map_err(|e| e.to_string())?;
        out.push(run_pgshim_case(&mut db, case));
    }
    Ok(out)
}

/// Runs one case through pgshim on this connection (in its session's
/// current settings).
pub fn run_pgshim_case(db: &mut pgshim::Connection, case: &Case) -> ShimAnswer {
    let t = match db.translate(&case.sql) {
        Ok(t) => t,
        Err(e) => {
            return ShimAnswer {
                param_types: vec![],
                unsupported: e.is_unsupported(),
                answer: Answer::Error {
                    message: e.message(),
                    code: Some(e.sqlstate().to_string()),
                },
                sqlite_sql: None,
            };
        }
    };
    let param_types: Vec<String> = t.params.iter().map(|p| p.name().to_string()).collect();
    let values: Vec<Option<&str>> = case.params.iter().map(|p| p.as_deref()).collect();
    let refs: Vec<&(dyn pgshim::ToSql + Sync)> = values
        .iter()
        .map(|v| v as &(dyn pgshim::ToSql + Sync))
        .collect();
    let answer = match db.run_translation(&t, &refs) {
        Ok(pgshim::Outcome::Rows(r)) => Answer::Rows {
            columns: r
                .columns
                .iter()
                .map(|c| (c.name.clone(), c.ty.name().to_string()))
                .collect(),
            rows: r
                .rows
                .iter()
                .map(|row| row.iter().map(|v| v.to_pg_text()).collect())
                .collect(),
        },
        Ok(pgshim::Outcome::Done { changed }) => Answer::Command {
            changed: changed as u64,
        },
        Ok(_) => Answer::Error {
            message: "unknown outcome".into(),
            code: None,
        },
        Err(e) => Answer::Error {
            message: e.message(),
            code: Some(e.sqlstate().to_string()),
        },
    };
    ShimAnswer {
        param_types,
        answer,
        unsupported: false,
        sqlite_sql: Some(t.sql),
    }
}

// ---------------------------------------------------------------------------
// pgshim as a loadable extension in another SQLite
// ---------------------------------------------------------------------------

/// The loadable extension to test: `PGSHIM_EXTENSION` if set (scripts/test
/// builds it once), else built here with cargo (`sqlite-ext/`, the debug
/// profile), so that it is the current source's.
pub fn extension_path() -> Result<PathBuf, String> {
    static BUILT: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            if let Some(p) = std::env::var_os("PGSHIM_EXTENSION") {
                let p = PathBuf::from(p);
                return if p.exists() {
                    Ok(p)
                } else {
                    Err(format!("PGSHIM_EXTENSION={} does not exist", p.display()))
                };
            }
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let out = std::process::Command::new(cargo)
                .args(["build", "--quiet", "--manifest-path"])
                .arg(root.join("sqlite-ext/Cargo.toml"))
                .current_dir(&root)
                .output()
                .map_err(|e| format!("building the extension: {e}"))?;
            if !out.status.success() {
                return Err(format!(
                    "building the extension (cargo build --manifest-path sqlite-ext/Cargo.toml) failed:\n{}",
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            let lib = root.join("target/debug").join(format!(
                "{}pgshim{}",
                std::env::consts::DLL_PREFIX,
                std::env::consts::DLL_SUFFIX
            ));
            if lib.exists() {
                Ok(lib)
            } else {
                Err(format!("{} was not built", lib.display()))
            }
        })
        .clone()
}

/// The Python that loads the extension: Debian's /usr/bin/python3, whose
/// sqlite3 module can load extensions (`PGSHIM_PYTHON` overrides).
fn host_python() -> String {
    std::env::var("PGSHIM_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".into())
}

/// Runs a suite's cases through the loadable extension in Python's sqlite3
/// (the system SQLite, not the bundled one): the setup runs through pgshim
/// into a SQLite file, as an app's file would be made, and each case is
/// translated inside that SQLite by `pgshim_translate_text`.
///
/// The host sees no PostgreSQL types, so the answers carry PostgreSQL's
/// (types are the linked run's to check); errors are compared by their
/// message, without the location and hint.
pub fn run_extension(
    suite: &Suite,
    custom: Option<&CustomSetup>,
    pg: &Recording,
) -> Result<Vec<ShimAnswer>, String> {
    use std::io::{BufRead, Write};
    let dir =
        std::env::temp_dir().join(format!("pgshim-ext-{}-{}", std::process::id(), suite.name));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join("db.sqlite");
    let _ = std::fs::remove_file(&file);
    {
        let mut db = pgshim::Connection::open(&file).map_err(|e| e.to_string())?;
        match custom {
            Some(setup) => (setup.pgshim)(&mut db),
            None => db
                .run_script(&suite.setup, |_, _| {})
                .map_err(|e| e.to_string()),
        }
        .map_err(|e| format!("{}: setup through pgshim: {e}", suite.name))?;
    }
    let ext = extension_path()?;
    let driver = Path::new(env!("CARGO_MANIFEST_DIR")).join("hosts/python_driver.py");
    let mut child = std::process::Command::new(host_python())
        .arg(&driver)
        .arg(&ext)
        .arg(&file)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!(
                "{}: {e} (set PGSHIM_PYTHON to a Python whose sqlite3 loads extensions)",
                host_python()
            )
        })?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let mut stdout = std::io::BufReader::new(child.stdout.take().ok_or("no stdout")?);
    let mut out = Vec::new();
    for case in &suite.cases {
        let req = serde_json::json!({"zone": case.zone, "sql": case.sql, "params": case.params});
        writeln!(stdin, "{req}").map_err(|e| format!("python driver: {e}"))?;
        let mut line = String::new();
        stdout
            .read_line(&mut line)
            .map_err(|e| format!("python driver: {e}"))?;
        if line.is_empty() {
            let _ = child.wait();
            return Err(format!("python driver stopped at case {}", case.name));
        }
        let v: serde_json::Value =
            serde_json::from_str(&line).map_err(|e| format!("python driver: {e}: {line}"))?;
        let recorded = pg.cases.iter().find(|r| r.name == case.name);
        let pg_types: Vec<String> = match recorded.map(|r| &r.answer) {
            Some(Answer::Rows { columns, .. }) => columns.iter().map(|(_, t)| t.clone()).collect(),
            _ => vec![],
        };
        let answer = if let Some(msg) = v.get("error").and_then(|m| m.as_str()) {
            Answer::Error {
                message: without_location(msg),
                code: None,
            }
        } else if let Some(cols) = v.get("columns").and_then(|c| c.as_array()) {
            let columns = cols
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let name = c.as_str().unwrap_or_default().to_string();
                    let ty = pg_types.get(i).cloned().unwrap_or_else(|| "?".into());
                    (name, ty)
                })
                .collect();
            let rows = v["rows"]
                .as_array()
                .map(|rows| {
                    rows.iter()
                        .map(|r| {
                            r.as_array()
                                .map(|r| r.iter().map(json_text).collect())
                                .unwrap_or_default()
                        })
                        .collect()
                })
                .unwrap_or_default();
            Answer::Rows { columns, rows }
        } else {
            Answer::Command {
                changed: v["changed"].as_u64().unwrap_or(0),
            }
        };
        let unsupported = matches!(&answer, Answer::Error { message, .. } if message.starts_with("unsupported: "));
        out.push(ShimAnswer {
            param_types: recorded.map(|r| r.param_types.clone()).unwrap_or_default(),
            answer,
            unsupported,
            sqlite_sql: None,
        });
    }
    drop(stdin);
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    Ok(out)
}

/// A value as the driver sent it: text output, or a number or bytes the
/// host's SQLite returned as is (a column pgshim_output wrapped is text).
fn json_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// An error message from pgshim_translate without the location and hint
/// that pgshim adds (`… at 1:8..1:15; hint: …`).
fn without_location(msg: &str) -> String {
    let msg = msg.split("; hint: ").next().unwrap_or(msg);
    if let Some(i) = msg.rfind(" at ") {
        let tail = &msg[i + 4..];
        let is_span = !tail.is_empty()
            && tail
                .chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '.');
        if is_span {
            return msg[..i].to_string();
        }
    }
    msg.to_string()
}

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

/// A value read by its PostgreSQL type, for comparison.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
enum Typed {
    Null,
    Bool(bool),
    Number(f64, String),
    Text(String),
}

fn typed(v: &Option<String>, ty: &str) -> Typed {
    let Some(s) = v else { return Typed::Null };
    match ty {
        "bool" => match s.as_str() {
            "t" => Typed::Bool(true),
            "f" => Typed::Bool(false),
            _ => Typed::Text(s.clone()),
        },
        // numeric compares as text: its scale is part of the answer
        // (`40.120000`); so does timestamptz, whose offset is.
        "int2" | "int4" | "int8" | "float4" | "float8" => match s.parse::<f64>() {
            Ok(f) => Typed::Number(f, normalize_number(s)),
            Err(_) => Typed::Text(s.clone()),
        },
        _ => Typed::Text(s.clone()),
    }
}

/// `1.50` and `1.5` are the same number; floats compare by their text
/// digits too so that a last-digit difference shows.
fn normalize_number(s: &str) -> String {
    if s.contains('.') && !s.contains(['e', 'E']) {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// How pgshim's answer to a case differs from PostgreSQL's (see
/// [`mismatch`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// What differs, one line each: parameter types, columns, rows, errors.
    pub reasons: Vec<String>,
    /// When both sides returned rows and the rows differ: the rows side by
    /// side, in the order they are compared (sorted for an unordered case).
    pub rows: Vec<RowPair>,
}

/// One row of each side of a [`Mismatch`], as compared.
#[derive(Debug, Clone, PartialEq)]
pub struct RowPair {
    /// PostgreSQL's row (`None` past its last row), one cell per column.
    pub postgres: Option<Vec<String>>,
    /// pgshim's row.
    pub pgshim: Option<Vec<String>>,
    /// Whether the two compare equal.
    pub same: bool,
}

/// Compares pgshim's answer with PostgreSQL's, typed (booleans as booleans,
/// integers and floats by value, the rest as exact text; rows as a multiset
/// unless the case is ordered); `None` when they are the same.
pub fn mismatch(case: &Case, pg: &Recorded, shim: &ShimAnswer) -> Option<Mismatch> {
    let mut reasons = Vec::new();
    let mut pairs = Vec::new();
    let done = |reasons: Vec<String>, rows: Vec<RowPair>| {
        (!reasons.is_empty()).then_some(Mismatch { reasons, rows })
    };
    if case.expect_unsupported {
        if !shim.unsupported {
            reasons.push(format!(
                "expected pgshim to refuse this as unsupported, got {:?}",
                shim.answer
            ));
        }
        return done(reasons, pairs);
    }
    if let (
        Answer::Error {
            message: a,
            code: pg_code,
        },
        Answer::Error {
            message: b,
            code: shim_code,
        },
    ) = (&pg.answer, &shim.answer)
    {
        if a != b {
            reasons.push(format!(
                "both failed, with different messages:\n  postgres: {a}\n  pgshim:   {b}"
            ));
        }
        // A side without a code (an old recording, a SQLite host that
        // sees only the message) has nothing to compare.
        if let (Some(p), Some(s)) = (pg_code, shim_code)
            && p != s
        {
            reasons.push(format!(
                "both failed, with different SQLSTATEs: postgres {p}, pgshim {s} ({b})"
            ));
        }
        return done(reasons, pairs);
    }
    if matches!(pg.answer, Answer::Error { .. }) || matches!(shim.answer, Answer::Error { .. }) {
        reasons.push(format!(
            "postgres: {}\npgshim:   {}",
            brief(&pg.answer),
            brief(&shim.answer)
        ));
        return done(reasons, pairs);
    }
    if pg.param_types != shim.param_types {
        reasons.push(format!(
            "parameter types: postgres {:?}, pgshim {:?}",
            pg.param_types, shim.param_types
        ));
    }
    match (&pg.answer, &shim.answer) {
        (Answer::Command { changed: a }, Answer::Command { changed: b }) => {
            if a != b {
                reasons.push(format!("rows changed: postgres {a}, pgshim {b}"));
            }
        }
        (
            Answer::Rows {
                columns: pc,
                rows: pr,
            },
            Answer::Rows {
                columns: sc,
                rows: sr,
            },
        ) => {
            if pc != sc {
                reasons.push(format!("columns:\n  postgres: {pc:?}\n  pgshim:   {sc:?}"));
            }
            let types: Vec<&str> = pc.iter().map(|(_, t)| t.as_str()).collect();
            let conv = |rows: &Vec<Vec<Option<String>>>| -> Vec<Vec<Typed>> {
                rows.iter()
                    .map(|r| r.iter().zip(&types).map(|(v, t)| typed(v, t)).collect())
                    .collect()
            };
            let (mut a, mut b) = (conv(pr), conv(sr));
            if !case.ordered {
                let key = |r: &Vec<Typed>| format!("{r:?}");
                a.sort_by_key(key);
                b.sort_by_key(key);
            }
            if a != b {
                reasons.push(format!(
                    "rows differ ({} from postgres, {} from pgshim):",
                    a.len(),
                    b.len()
                ));
                for i in 0..a.len().max(b.len()) {
                    let (x, y) = (a.get(i), b.get(i));
                    pairs.push(RowPair {
                        postgres: x.map(|r| cells(r)),
                        pgshim: y.map(|r| cells(r)),
                        same: x == y,
                    });
                }
            }
        }
        (a, b) => {
            reasons.push(format!("postgres: {}\npgshim:   {}", brief(a), brief(b)));
        }
    }
    done(reasons, pairs)
}

/// Compares pgshim's answer with PostgreSQL's, as [`mismatch`] does; `Err`
/// holds a readable diff.
pub fn compare(case: &Case, pg: &Recorded, shim: &ShimAnswer) -> Result<(), String> {
    let Some(m) = mismatch(case, pg, shim) else {
        return Ok(());
    };
    let mut diff = String::new();
    for r in &m.reasons {
        let _ = writeln!(diff, "{r}");
    }
    let show = |r: &Option<Vec<String>>| match r {
        None => "(no row)".to_string(),
        Some(cells) => cells.join(" | "),
    };
    for (i, pair) in m.rows.iter().enumerate() {
        let mark = if pair.same { " " } else { "!" };
        let _ = writeln!(diff, "{mark} {i:>3}  postgres {}", show(&pair.postgres));
        if !pair.same {
            let _ = writeln!(diff, "{mark} {i:>3}  pgshim   {}", show(&pair.pgshim));
        }
    }
    Err(diff)
}

/// A compared row's cells as the diff shows them: NULL, booleans, numbers
/// as written, text quoted.
fn cells(r: &[Typed]) -> Vec<String> {
    r.iter()
        .map(|v| match v {
            Typed::Null => "NULL".to_string(),
            Typed::Bool(b) => b.to_string(),
            Typed::Number(_, s) => s.clone(),
            Typed::Text(s) => format!("{s:?}"),
        })
        .collect()
}

fn brief(a: &Answer) -> String {
    match a {
        Answer::Error { message, .. } => format!("ERROR {message}"),
        Answer::Command { changed } => format!("OK ({changed} rows changed)"),
        Answer::Rows { columns, rows } => format!("{} columns, {} rows", columns.len(), rows.len()),
    }
}

// ---------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------

/// Where PostgreSQL's answers came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A live server.
    Live,
    /// The recording beside the suite.
    Recorded,
}

/// The result of running one suite.
#[derive(Debug)]
pub struct Report {
    /// Where PostgreSQL's answers came from.
    pub source: Source,
    /// Cases compared.
    pub cases: usize,
    /// One entry per failing case (or per stale recording).
    pub failures: Vec<String>,
}

fn recording_path(suite: &Suite) -> PathBuf {
    suite.path.with_extension("answers.json")
}

/// Runs a suite file: PostgreSQL (live or recorded) against pgshim.
///
/// With a live server it also checks the recording (or writes it, with
/// `PGSHIM_RECORD=1`). Without one it uses the recording, unless `CI=true`,
/// where a missing PostgreSQL is an error.
pub fn run_file(path: impl AsRef<Path>) -> Result<Report, String> {
    run_suite(&load(path)?, None)
}

/// Runs a suite (from a file or built in code), as [`run_file`] does; the
/// recording is `<suite.path without extension>.answers.json`.
pub fn run_suite(suite: &Suite, custom: Option<&CustomSetup>) -> Result<Report, String> {
    let live = Live::find()?;
    let record_mode = std::env::var("PGSHIM_RECORD").is_ok_and(|v| v == "1");
    let rec_path = recording_path(suite);
    let mut failures = Vec::new();
    let (recording, source) = match &live {
        Some(live) => {
            let fresh = run_postgres_with(live, suite, custom)?;
            if record_mode {
                let json = serde_json::to_string_pretty(&fresh).map_err(|e| e.to_string())?;
                std::fs::write(&rec_path, json + "\n")
                    .map_err(|e| format!("{}: {e}", rec_path.display()))?;
            } else {
                match read_recording(&rec_path) {
                    Ok(old) => {
                        if old.setup_digest != fresh.setup_digest || old.cases != fresh.cases {
                            failures.push(format!(
                                "{}: the recorded answers no longer match PostgreSQL {}; re-record with \
                                 PGSHIM_RECORD=1 scripts/with-postgres cargo test",
                                rec_path.display(),
                                live.version()
                            ));
                        }
                    }
                    Err(e) => failures.push(format!(
                        "{e}; record it with PGSHIM_RECORD=1 scripts/with-postgres cargo test"
                    )),
                }
            }
            (fresh, Source::Live)
        }
        None => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                return Err(
                    "CI=true but no PostgreSQL: set PGSHIM_PG_URL (scripts/with-postgres does) \
                            or enable the docker feature"
                        .into(),
                );
            }
            let rec = read_recording(&rec_path)?;
            if rec.setup_digest != digest(&suite.setup) {
                return Err(format!(
                    "{}: the suite's setup changed since it was recorded",
                    rec_path.display()
                ));
            }
            (rec, Source::Recorded)
        }
    };
    let linked = run_pgshim_with(suite, custom)?;
    let loaded = run_extension(suite, custom, &recording)?;
    for (via, shim) in [("", &linked), (" (through the loaded extension)", &loaded)] {
        for (i, case) in suite.cases.iter().enumerate() {
            let Some(pg) = recording.cases.iter().find(|r| r.name == case.name) else {
                failures.push(format!("case {}: no PostgreSQL answer recorded", case.name));
                continue;
            };
            if pg.sql != case.sql || pg.params != case.params || pg.zone != case.zone {
                failures.push(format!(
                    "case {}: the case changed since it was recorded",
                    case.name
                ));
                continue;
            }
            let known = if via.is_empty() {
                case.difference.as_ref()
            } else {
                case.extension_difference
                    .as_ref()
                    .or(case.difference.as_ref())
            };
            if let Some(why) = known {
                match compare(case, pg, &shim[i]) {
                Ok(()) => failures.push(format!(
                    "case {}{via}: marked as a difference ({why}) but now matches PostgreSQL; remove the mark",
                    case.name
                )),
                Err(_) => eprintln!("{}: case {}: known difference: {why}", suite.name, case.name),
            }
                continue;
            }
            if let Err(d) = compare(case, pg, &shim[i]) {
                let sql = shim[i].sqlite_sql.as_deref().unwrap_or("(not translated)");
                failures.push(format!(
                    "case {}{via} ({}:{}):\n  {}\n  sqlite: {sql}\n{d}",
                    case.name,
                    suite.path.display(),
                    suite.name,
                    case.sql.replace('\n', "\n  ")
                ));
            }
        }
    }
    Ok(Report {
        source,
        cases: suite.cases.len(),
        failures,
    })
}

fn read_recording(path: &Path) -> Result<Recording, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs a suite file and panics with every difference: for `#[test]`s.
pub fn assert_suite(path: impl AsRef<Path>) {
    let path = path.as_ref();
    assert_report(path, run_file(path));
}

/// Panics with every difference in a suite's report: for `#[test]`s.
pub fn assert_report(path: &Path, report: Result<Report, String>) {
    match report {
        Ok(r) if r.failures.is_empty() => {
            eprintln!(
                "{}: {} cases match PostgreSQL ({:?})",
                path.display(),
                r.cases,
                r.source
            );
        }
        Ok(r) => panic!(
            "{}: {} of {} cases differ from PostgreSQL ({:?}):\n\n{}",
            path.display(),
            r.failures.len(),
            r.cases,
            r.source,
            r.failures.join("\n\n")
        ),
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// The URL of another database on the same server: `postgresql://user@host:port/db`
/// with its last part replaced.
///
/// ```
/// assert_eq!(
///     pgshim_difftest::database_url("postgresql://postgres@127.0.0.1:5432/postgres", "other"),
///     "postgresql://postgres@127.0.0.1:5432/other"
/// );
/// ```
pub fn database_url(url: &str, database: &str) -> String {
    match url.rsplit_once('/') {
        Some((base, _)) if base.contains("://") => format!("{base}/{database}"),
        _ => format!("{url}/{database}"),
    }
}

/// `pg_dump --no-owner --no-privileges [args] URL`'s output: the `pg_dump`
/// on PATH, or else the newest of PostgreSQL's server binaries'
/// (`/usr/lib/postgresql/*/bin`).
pub fn pg_dump(url: &str, args: &[&str]) -> Result<String, String> {
    let mut candidates = vec![std::path::PathBuf::from("pg_dump")];
    if let Ok(dirs) = std::fs::read_dir("/usr/lib/postgresql") {
        let mut found: Vec<_> = dirs
            .flatten()
            .map(|d| d.path().join("bin/pg_dump"))
            .collect();
        found.sort();
        candidates.extend(found.into_iter().rev());
    }
    for bin in candidates {
        match std::process::Command::new(&bin)
            .args(["--no-owner", "--no-privileges"])
            .args(args)
            .arg(url)
            .output()
        {
            Ok(out) if out.status.success() => {
                return String::from_utf8(out.stdout).map_err(|e| e.to_string());
            }
            Ok(out) => {
                return Err(format!(
                    "pg_dump: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                ));
            }
            Err(_) => continue,
        }
    }
    Err("pg_dump not found".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directives() {
        let s = parse_suite(
            "x",
            Path::new("x.sql"),
            "CREATE TABLE t (a int);\n-- case: one\n-- params: [1, \"b\", null]\n-- zone: Europe/Dublin\nSELECT a FROM t WHERE a = $1 ORDER BY a;\n-- case: two\n-- expect: unsupported\nSELECT 1;\n",
        )
        .unwrap();
        assert_eq!(s.cases.len(), 2);
        assert_eq!(
            s.cases[0].params,
            vec![Some("1".into()), Some("b".into()), None]
        );
        assert_eq!(s.cases[0].zone, "Europe/Dublin");
        assert!(s.cases[0].ordered);
        assert_eq!(s.cases[1].zone, "Europe/Dublin");
        assert!(s.cases[1].expect_unsupported);
        assert!(!s.cases[1].ordered);
        assert!(s.setup.contains("CREATE TABLE"));
    }

    #[test]
    fn order_by_only_at_top_level() {
        assert!(has_top_level_order_by("SELECT a FROM t ORDER BY a"));
        assert!(!has_top_level_order_by(
            "SELECT (SELECT a FROM t ORDER BY a LIMIT 1)"
        ));
        assert!(!has_top_level_order_by("SELECT 'ORDER BY'"));
    }

    #[test]
    fn typed_comparison() {
        assert_eq!(
            typed(&Some("1.50".into()), "float8"),
            typed(&Some("1.5".into()), "float8")
        );
        // numeric's scale and timestamptz's offset are part of the answer.
        assert_ne!(
            typed(&Some("1.50".into()), "numeric"),
            typed(&Some("1.5".into()), "numeric")
        );
        assert_ne!(
            typed(&Some("2024-03-10 01:30:00-05".into()), "timestamptz"),
            typed(&Some("2024-03-10 06:30:00+00".into()), "timestamptz")
        );
        assert_ne!(
            typed(&Some("t".into()), "bool"),
            typed(&Some("f".into()), "bool")
        );
    }
}
