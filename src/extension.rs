//! pgshim inside any SQLite host: what the loadable extension (the
//! `sqlite-ext/` crate, `libpgshim.so`) registers on each connection that
//! loads it, and what [`init`] registers on a rusqlite connection.
//!
//! - the whole runtime (every `pg_*` function, the collations,
//!   `generate_series`) bound to a new [`Session`] for the connection;
//! - `pgshim_translate(pg_sql)`: the SQLite SQL of one PostgreSQL
//!   statement, typed by this connection's own schema (the declared types
//!   pgshim's DDL keeps) and translated for the session's zone and styles;
//! - `pgshim_translate_text(pg_sql)`: the same, with every result column as
//!   PostgreSQL's text output ([`crate::Options::text_output`]);
//! - `pgshim_error(sqlite_message, pg_sql)`: PostgreSQL's message for an
//!   error SQLite raised running a translation (constraint violations), what
//!   the load helpers raise instead of SQLite's;
//! - the session's statement clock: `now()` is the start of the
//!   transaction and `statement_timestamp()` the start of the statement, as
//!   a [`crate::Connection`] marks them, read from SQLite's statement trace.
//!
//! A translated `SET TIME ZONE …`, `SET DateStyle …` or `RESET …` changes
//! the connection's session when it runs, and returns no row. Translations
//! are cached (by SQL text, zone, styles and catalog), and the catalog is
//! read again when the file's schema changed: this connection's changes at
//! once, another connection's from the first statement after this one has
//! read the file since (SQLite's data version, which costs no I/O to read,
//! moves then).
//!
//! What a host runs is the translation alone. What the linked
//! [`crate::Connection`] does around a statement is in the SQL where it can
//! be: parameters are read by `pg_param` as the connection reads them, and
//! TRUNCATE and the ALTER TABLE forms that rebuild a table run through
//! `pgshim_execute`. Constraint errors carry SQLite's wording unless the
//! host asks `pgshim_error` for PostgreSQL's (the load helpers do), and
//! `COPY … FROM STDIN` is refused.

use std::ffi::{c_int, c_uint, c_void};
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

use lru::LruCache;
use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, ffi};

use crate::catalog::SchemaWatch;
use crate::rewrite::{StatementKind, Translator};
use crate::{Catalog, DateStyle, IntervalStyle, Session};

/// Translations kept per connection.
const CACHE_SIZE: usize = 512;

/// Registers the runtime, a session and the translation functions on a
/// connection: what loading `libpgshim` does in a SQLite host.
///
/// ```
/// let conn = rusqlite::Connection::open_in_memory()?;
/// pgshim::extension::init(&conn)?;
/// conn.execute_batch("CREATE TABLE t (at timestamptz); INSERT INTO t VALUES ('2024-03-10 12:00:00+00')")?;
/// conn.query_row("SELECT pgshim_translate('SET TIME ZONE ''America/New_York''')", [], |r| {
///     let set: String = r.get(0)?;
///     conn.execute_batch(&set)
/// })?;
/// let sql: String = conn.query_row(
///     "SELECT pgshim_translate_text('SELECT date_trunc(''day'', at) AS day FROM t')",
///     [],
///     |r| r.get(0),
/// )?;
/// let day: String = conn.query_row(&sql, [], |r| r.get(0))?;
/// assert_eq!(day, "2024-03-10 00:00:00-05");
/// # Ok::<(), rusqlite::Error>(())
/// ```
pub fn init(conn: &Connection) -> rusqlite::Result<()> {
    let session = Session::new();
    crate::runtime::register(conn, &session)?;
    let clock = StatementClock::install(conn, &session)?;
    let mut translator = Translator::new(Catalog::new());
    // The host's own SQLite (what rusqlite reports may be the bindings').
    let version: String = conn.query_row("SELECT sqlite_version()", [], |r| r.get(0))?;
    translator.options_mut().sqlite_version = version_number(&version);
    let host = Arc::new(Mutex::new(Host {
        session,
        translator,
        watch: SchemaWatch::default(),
        generation: 0,
        cache: LruCache::new(NonZeroUsize::new(CACHE_SIZE).unwrap_or(NonZeroUsize::MIN)),
        _clock: clock,
    }));
    // Not deterministic (the answer depends on the schema and the session),
    // and only in statements the host runs directly.
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DIRECTONLY;
    for (name, text_output) in [("pgshim_translate", false), ("pgshim_translate_text", true)] {
        let host = host.clone();
        conn.create_scalar_function(name, 1, flags, move |ctx| {
            let Some(sql) = statement_arg(ctx, 0, name)? else {
                return Ok(None);
            };
            let conn = crate::runtime::calling_conn(ctx)?;
            let mut host = host.lock().unwrap_or_else(|p| p.into_inner());
            host.translate(&conn, &sql, text_output)
                .map(Some)
                .map_err(user_error)
        })?;
    }
    let host_err = host.clone();
    conn.create_scalar_function("pgshim_error", 2, flags, move |ctx| {
        let text = |i: usize| match ctx.get_raw(i) {
            ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            _ => String::new(),
        };
        let (message, sql) = (text(0), text(1));
        let conn = crate::runtime::calling_conn(ctx)?;
        let mut host = host_err.lock().unwrap_or_else(|p| p.into_inner());
        Ok(host.error_message(&conn, &message, &sql))
    })?;
    let host_exec = host.clone();
    conn.create_scalar_function("pgshim_execute", 1, flags, move |ctx| {
        let Some(sql) = statement_arg(ctx, 0, "pgshim_execute")? else {
            return Err(rusqlite::Error::UserFunctionError(
                "pgshim_execute: the statement must be text".into(),
            ));
        };
        let conn = crate::runtime::calling_conn(ctx)?;
        let mut host = host_exec.lock().unwrap_or_else(|p| p.into_inner());
        host.execute(&conn, &sql).map(|()| "OK").map_err(user_error)
    })?;
    Ok(())
}

/// The SQL a SQLite host runs for a translated statement, in a
/// connection that loaded pgshim: the translation itself, except that
/// `SET`/`RESET` become a query that changes the session and returns no
/// row, and the statements pgshim runs itself (TRUNCATE, ALTER TABLE forms
/// that rebuild the table) a query that calls `pgshim_execute(pg_sql)`.
///
/// ```
/// let mut tr = pgshim::Translator::new(pgshim::Catalog::new());
/// let set = tr.translate("SET TIME ZONE 'Europe/Paris'").unwrap();
/// let sql = pgshim::extension::host_sql(&set, "SET TIME ZONE 'Europe/Paris'");
/// assert!(sql.contains("pg_set_config") && sql.ends_with("IS NULL"));
/// ```
pub fn host_sql(t: &crate::Translation, pg_sql: &str) -> String {
    let sql = host_statement(t, pg_sql);
    if t.params.iter().any(|ty| !ty.is_temporal()) {
        read_params(&sql, &t.params)
    } else {
        sql
    }
}

/// Parameters bound by a host are read as the connection reads them
/// (`pg_param(?n, type, n)`): text by the type's input function, numbers
/// range-checked. Date/time parameters are already read by their input
/// functions in the SQL. Placeholders inside quotes are left alone.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY>
fn read_params(sql: &str, types: &[crate::PgType]) -> String {
    let bytes = sql.as_bytes();
    let mut out = String::with_capacity(sql.len() + 32 * types.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        match bytes[i] {
            q @ (b'\'' | b'"') => {
                // A quoted literal or identifier; a doubled quote escapes.
                i += 1;
                while i < bytes.len() {
                    if bytes[i] == q {
                        if bytes.get(i + 1) == Some(&q) {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i += 1;
                }
                i += 1;
            }
            b'?' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                let Ok(n) = sql[start + 1..i].parse::<usize>() else {
                    continue;
                };
                let Some(ty) = types.get(n.wrapping_sub(1)) else {
                    continue;
                };
                if ty.is_temporal() {
                    continue;
                }
                out.push_str(&sql[copied..start]);
                out.push_str(&format!("pg_param(?{n}, '{}', {n})", ty.name()));
                copied = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&sql[copied..]);
    out
}

fn host_statement(t: &crate::Translation, pg_sql: &str) -> String {
    if t.rebuild.is_some() || t.truncate.is_some() {
        return format!(
            "WITH \"_pgshim_run\"(\"v\") AS (SELECT pgshim_execute('{}')) SELECT \"v\" FROM \"_pgshim_run\" WHERE \"v\" IS NULL",
            pg_sql.replace('\'', "''")
        );
    }
    match t.kind {
        // The setting's value is never NULL: the row is filtered out after
        // the call ran.
        StatementKind::Session => format!(
            "WITH \"_pgshim_set\"(\"v\") AS ({}) SELECT \"v\" FROM \"_pgshim_set\" WHERE \"v\" IS NULL",
            t.sql
        ),
        _ => t.sql.clone(),
    }
}

/// A text argument of the translation functions (`None` for NULL).
fn statement_arg(
    ctx: &rusqlite::functions::Context<'_>,
    i: usize,
    function: &str,
) -> rusqlite::Result<Option<String>> {
    match ctx.get_raw(i) {
        ValueRef::Null => Ok(None),
        ValueRef::Text(t) => Ok(Some(String::from_utf8_lossy(t).into_owned())),
        _ => Err(rusqlite::Error::UserFunctionError(
            format!("{function}: the statement must be text").into(),
        )),
    }
}

fn user_error(e: crate::Error) -> rusqlite::Error {
    rusqlite::Error::UserFunctionError(e.to_string().into())
}

/// `3.40.1` as 3040001.
fn version_number(v: &str) -> i32 {
    let mut parts = v.split('.').map(|p| p.parse::<i32>().unwrap_or(0));
    let (a, b, c) = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    a * 1_000_000 + b * 1000 + c
}

type Key = (String, String, DateStyle, IntervalStyle, bool, u64);

/// One connection's translation state.
struct Host {
    session: Session,
    translator: Translator,
    /// When the translator's catalog was read from the file.
    watch: SchemaWatch,
    /// Counts catalog reads, so cached translations of an older catalog
    /// are not used.
    generation: u64,
    cache: LruCache<Key, String>,
    _clock: StatementClock,
}

impl Host {
    fn translate(&mut self, conn: &Connection, sql: &str, text: bool) -> crate::Result<String> {
        self.refresh(conn, false)?;
        let key: Key = (
            sql.to_string(),
            self.session.time_zone(),
            self.session.date_style(),
            self.session.interval_style(),
            text,
            self.generation,
        );
        if let Some(out) = self.cache.get(&key) {
            return Ok(out.clone());
        }
        self.sync_options(text);
        let t = match self.translator.translate(sql) {
            Ok(t) => t,
            // The file may have changed in ways the watch does not see (a
            // sequence created in this transaction): read it again once.
            Err(_) => {
                self.refresh(conn, true)?;
                self.translator.translate(sql)?
            }
        };
        if t.command == "SET CONSTRAINTS" {
            return Err(crate::Error::unsupported(
                "SET CONSTRAINTS through the loadable extension",
                None,
                "a SQLite host checks deferred foreign keys at its COMMIT; PRAGMA foreign_key_check lists broken rows now",
            ));
        }
        if t.locks {
            // The host runs the SQL in its own transaction, later perhaps:
            // nothing takes the write lock that stands for the row locks.
            return Err(crate::Error::unsupported(
                "FOR UPDATE/SHARE through the loadable extension",
                None,
                "a SQLite host's transaction takes no row locks: run the block as BEGIN IMMEDIATE \
                 (which locks the whole file) and drop the clause",
            ));
        }
        let out = host_sql(&t, sql);
        if t.system_catalog {
            // Filled now, before the host runs the SQL; not cached, so that
            // each run fills them for the schema of its moment.
            let databases = self.session.databases();
            let stamp = format!(
                "{}.{}.{}.{}.{}",
                self.generation,
                self.translator.catalog().version(),
                crate::catalog::schema_version(conn)?,
                self.session.database(),
                databases.join("/")
            );
            crate::system_catalog::ensure(
                conn,
                self.translator.catalog(),
                &stamp,
                &self.session.database(),
                &databases,
            )?;
            return Ok(out);
        }
        if t.effect.is_some() {
            // DDL is not cached: its translation depends on what is there.
            self.changed(&t);
        } else if t.kind != StatementKind::Ddl {
            self.cache.put(key, out.clone());
        }
        Ok(out)
    }

    /// The translator assumes the session's zone and styles now.
    fn sync_options(&mut self, text: bool) {
        let options = self.translator.options_mut();
        options.time_zone = self.session.time_zone();
        options.date_style = self.session.date_style();
        options.interval_style = self.session.interval_style();
        options.text_output = text;
    }

    /// After a statement that changes the catalog: forget what this session
    /// handed out for the sequences it sets, alters or drops (as the
    /// connection does after running it), and read the catalog again.
    fn changed(&mut self, t: &crate::Translation) {
        let mut names = Vec::new();
        crate::connection::collect_sequences(t.effect.as_ref(), &mut names);
        for n in names {
            self.session.sequence_reset(&n);
        }
        self.watch.forget();
    }

    /// `pgshim_error(sqlite_message, pg_sql)`: PostgreSQL's message for an
    /// error SQLite raised running `pg_sql`'s translation, as the
    /// connection reports it (`duplicate key value violates unique
    /// constraint "users_email_key"` for `UNIQUE constraint failed:
    /// users.email`); other messages are returned as they are.
    fn error_message(&mut self, conn: &Connection, message: &str, sql: &str) -> String {
        if self.refresh(conn, false).is_err() {
            return message.to_string();
        }
        self.sync_options(false);
        match self.translator.translate(sql) {
            Ok(t) => crate::connection::postgres_message(conn, &t, message)
                .unwrap_or_else(|| message.to_string()),
            Err(_) => message.to_string(),
        }
    }

    /// `pgshim_execute(pg_sql)`: runs a statement that pgshim runs itself
    /// (TRUNCATE, ALTER TABLE that rebuilds the table) on the calling
    /// connection, as [`crate::Connection`] runs it; what
    /// `pgshim_translate` gives for those statements calls it.
    fn execute(&mut self, conn: &Connection, sql: &str) -> crate::Result<()> {
        self.refresh(conn, true)?;
        self.sync_options(false);
        let t = self.translator.translate(sql)?;
        if t.rebuild.is_none() && t.truncate.is_none() {
            return Err(crate::Error::unsupported(
                "pgshim_execute of this statement",
                None,
                "pgshim_execute runs TRUNCATE and ALTER TABLE; run what pgshim_translate gives for the rest",
            ));
        }
        let result = crate::connection::run_ddl(conn, &self.session, &t);
        self.changed(&t);
        result
    }

    /// Reads the catalog again when the file's schema may have changed (or
    /// always, with `force`).
    fn refresh(&mut self, conn: &Connection, force: bool) -> crate::Result<()> {
        // A rollback can take back this connection's own DDL, which the
        // data version does not show.
        let force = self.session.take_rolled_back() || force;
        if self.watch.moved(conn, force)? {
            *self.translator.catalog_mut() = Catalog::from_sqlite(conn, &[])?;
            self.generation += 1;
        }
        Ok(())
    }
}

/// Marks the start of each statement the host runs in the session (and of
/// the transaction, outside one), from SQLite's statement trace: what
/// [`crate::Connection`] does before each statement it runs. Statements the
/// runtime runs inside a call (sequences) and trigger bodies are not
/// statements of the session's.
///
/// The trace is the connection's only one: a host that installs its own
/// (Python's `set_trace_callback`) replaces it, and `now()` then reads the
/// clock at each call.
struct StatementClock {
    session: *const Session,
}

// SAFETY: the pointer is only dereferenced by SQLite's trace callback on
// the connection's thread, and freed once, on drop.
unsafe impl Send for StatementClock {}

impl StatementClock {
    fn install(conn: &Connection, session: &Session) -> rusqlite::Result<StatementClock> {
        let session = Box::into_raw(Box::new(session.clone())).cast_const();
        // SAFETY: the callback reads `session`, which lives until the
        // clock is dropped with the translation functions, when SQLite
        // closes the connection (no trace call can come after).
        let rc = unsafe {
            ffi::sqlite3_trace_v2(
                conn.handle(),
                ffi::SQLITE_TRACE_STMT as c_uint,
                Some(statement_started),
                session.cast_mut().cast::<c_void>(),
            )
        };
        let clock = StatementClock { session };
        if rc != ffi::SQLITE_OK {
            return Err(rusqlite::Error::SqliteFailure(
                ffi::Error::new(rc),
                Some("could not install pgshim's statement clock".into()),
            ));
        }
        Ok(clock)
    }
}

impl Drop for StatementClock {
    fn drop(&mut self) {
        // SAFETY: made by Box::into_raw in `install`, freed only here.
        drop(unsafe { Box::from_raw(self.session.cast_mut()) });
    }
}

unsafe extern "C" fn statement_started(
    _event: c_uint,
    ctx: *mut c_void,
    stmt: *mut c_void,
    sql: *mut c_void,
) -> c_int {
    let _ = std::panic::catch_unwind(|| {
        if crate::runtime::in_call() {
            return;
        }
        // SAFETY: SQLITE_TRACE_STMT passes the statement and its SQL text
        // (a trigger body's starts with "--"); ctx is the session.
        unsafe {
            let text = sql.cast::<std::ffi::c_char>();
            if !text.is_null() && *text == b'-' as std::ffi::c_char {
                return;
            }
            let db = ffi::sqlite3_db_handle(stmt.cast::<ffi::sqlite3_stmt>());
            let in_transaction = ffi::sqlite3_get_autocommit(db) == 0;
            let session = &*ctx.cast::<Session>();
            session.begin_statement(in_transaction);
            if !text.is_null() {
                // ROLLBACK, COMMIT and savepoints undo or keep what SET did.
                let sql = std::ffi::CStr::from_ptr(text).to_string_lossy();
                session.block_statement(&sql, in_transaction);
            }
        }
    });
    0
}

#[cfg(test)]
mod tests {
    use super::read_params;
    use crate::PgType;

    #[test]
    fn params_are_read_outside_quotes_only() {
        let sql = r#"SELECT '?1', "?1", ?1, ?2, ?10 FROM t WHERE a = ?1"#;
        let mut types = vec![PgType::Int4, PgType::Timestamptz];
        types.resize(10, PgType::Bool);
        assert_eq!(
            read_params(sql, &types),
            r#"SELECT '?1', "?1", pg_param(?1, 'int4', 1), ?2, pg_param(?10, 'bool', 10) FROM t WHERE a = pg_param(?1, 'int4', 1)"#
        );
    }
}
