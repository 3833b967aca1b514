//! `pgshim::Connection`: a SQLite connection that speaks PostgreSQL.

use std::num::NonZeroUsize;
use std::path::Path;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};

use lru::LruCache;
use rusqlite::types::Value as SqlValue;
use sqlparser::ast::Statement;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::Token;

use crate::catalog::{Catalog, SchemaWatch};
use crate::error::{Error, Result};
use crate::render::Value;
use crate::rewrite::{OutputColumn, StatementKind, Translation, Translator};
use crate::row::{Column, Row, RowIter, RowMeta, Statement as Prepared, ToStatement, Transaction};
use crate::session::Session;
use crate::time::{DateStyle, IntervalStyle};
use crate::types::sql::{Bound, Context, ToSql};
use crate::types::{PgType, scalar};

const CACHE_SIZE: usize = 256;
/// How many prepared SQLite statements a connection keeps (rusqlite's
/// statement cache, keyed by the translated SQL).
const STATEMENTS_KEPT: usize = 64;

/// Rows returned by a statement, with PostgreSQL's column names and types.
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory().unwrap();
/// let rows = db.query_rows("SELECT 1 AS one, true AS yes", &[]).unwrap();
/// assert_eq!(rows.columns[0].name, "one");
/// assert_eq!(rows.text(0, 1).as_deref(), Some("t"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Rows {
    /// The result columns.
    pub columns: Vec<OutputColumn>,
    /// The rows, each value typed by its column.
    pub rows: Vec<Vec<Value>>,
}

impl Rows {
    /// PostgreSQL's text output of one value (`None` for NULL or out of range).
    pub fn text(&self, row: usize, col: usize) -> Option<String> {
        self.rows.get(row)?.get(col)?.to_pg_text()
    }
}

/// What running one statement produced.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Outcome {
    /// A statement that returns rows.
    Rows(Rows),
    /// A statement that changed rows (the count) or nothing.
    Done {
        /// Rows inserted, updated or deleted.
        changed: usize,
    },
}

/// A SQLite connection that runs PostgreSQL SQL with PostgreSQL's answers.
///
/// It translates each statement (caching translations by SQL text, session
/// time zone and catalog version), keeps the catalog current after DDL,
/// converts parameters by their PostgreSQL type, and returns typed rows.
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory().unwrap();
/// db.execute("CREATE TABLE t (id serial PRIMARY KEY, name text, done boolean NOT NULL DEFAULT false)", &[]).unwrap();
/// db.execute("INSERT INTO t (name) VALUES ($1)", &[&"write docs"]).unwrap();
/// let rows = db.query("SELECT id, name, done FROM t WHERE NOT done", &[]).unwrap();
/// assert_eq!(rows[0].get::<_, bool>("done"), false);
/// assert_eq!(rows[0].text(2).as_deref(), Some("f"));
/// ```
pub struct Connection {
    conn: rusqlite::Connection,
    translator: Translator,
    session: Session,
    cache: LruCache<CacheKey, Translation>,
    /// Notices other connections' DDL on the file (`None` in memory,
    /// where no other connection can reach it).
    watch: Option<SchemaWatch>,
    /// The declared types read as PostgreSQL types, for catalog reloads.
    overrides: Vec<(String, PgType)>,
    /// Stops a running statement: a cancel request, `statement_timeout`.
    stop: Arc<Stop>,
    /// The busy timeout last given to SQLite, in milliseconds.
    busy_applied: Option<u64>,
    /// `BEGIN` defers SQLite's transaction to the block's first write
    /// ([`Connection::set_begin_at_first_write`]; on by default).
    begin_at_first_write: bool,
    /// A block is open whose SQLite transaction has not begun: no
    /// statement in it has written yet.
    pending_block: bool,
    /// The open block failed: until ROLLBACK (or ROLLBACK TO a savepoint)
    /// every statement is refused, as PostgreSQL refuses it (25P02).
    block_failed: bool,
    /// `SET CONSTRAINTS ALL IMMEDIATE` in the open block: each statement
    /// that writes is followed by the check of the deferred foreign keys.
    constraints_immediate: bool,
    /// Open portals ([`Connection::open_portal`]), by number.
    portals: std::collections::HashMap<u64, crate::row::OpenPortal>,
    next_portal: u64,
    /// How many times the catalog was read from the file: with its
    /// version and the file's schema version, what the system catalogs
    /// were filled at.
    catalog_epoch: u64,
}

/// A `COPY … FROM STDIN` under way ([`Connection::copy_begin`]): the
/// rows read so far sit in its transaction until [`Connection::copy_end`].
#[derive(Debug)]
pub struct CopyFrom {
    plan: crate::copy::CopyIn,
    columns: Vec<String>,
    insert: Translation,
    /// The session zone the rows' values are read in.
    cx: crate::types::Context,
    /// The COPY began its own SQLite transaction (no block was open).
    own: bool,
    /// Data lines read (the number PostgreSQL's context gives).
    line: u64,
    rows: u64,
    /// The bytes after the last newline.
    pending: Vec<u8>,
    /// The `\.` marker or an error ended the data: the rest is ignored.
    ended: bool,
    /// CSV: how far `pending` is scanned, and whether that point is
    /// inside quotes.
    scanned: usize,
    in_quote: bool,
}

impl CopyFrom {
    /// The rows inserted so far.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// db.batch_execute("CREATE TABLE t (id int)")?;
    /// let mut copy = db.copy_begin("COPY t FROM STDIN")?;
    /// db.copy_data(&mut copy, b"1\n2")?;
    /// assert_eq!(copy.rows(), 1);
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// The number of columns each line holds (CopyInResponse's count).
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// db.batch_execute("CREATE TABLE t (id int, note text, at date)")?;
    /// let copy = db.copy_begin("COPY t (id, note) FROM STDIN")?;
    /// assert_eq!(copy.columns(), 2);
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn columns(&self) -> usize {
        self.columns.len()
    }
}

/// A `COPY … TO STDOUT` under way ([`Connection::copy_to`]).
#[derive(Debug)]
pub struct CopyTo {
    plan: crate::copy::CopyOut,
    names: Vec<String>,
    /// FORCE_QUOTE, per column.
    force: Vec<bool>,
    portal: Option<crate::row::Portal>,
    /// The header line is still to come (when asked for).
    header: bool,
    rows: u64,
}

impl CopyTo {
    /// The number of columns of each line (CopyOutResponse's count).
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// let copy = db.copy_to("COPY (SELECT 1, 2) TO STDOUT")?;
    /// assert_eq!(copy.columns(), 2);
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn columns(&self) -> usize {
        self.names.len()
    }

    /// Whether the lines are CSV (else PostgreSQL's text format).
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// assert!(db.copy_to("COPY (SELECT 1) TO STDOUT CSV")?.csv());
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn csv(&self) -> bool {
        self.plan.format.csv
    }
}

/// A COPY line's error, with PostgreSQL's context: the table, the line
/// number and the line (`COPY t, line 3: "…"`), in parentheses after the
/// message (`pgshim serve` sends it as the CONTEXT field).
fn copy_error(copy: &CopyFrom, message: String, line: &str) -> Error {
    Error::Execution {
        message: format!(
            "{message} (COPY {}, line {}: \"{line}\")",
            copy.plan.table, copy.line
        ),
        source: None,
    }
}

impl Drop for Connection {
    /// The portals' statements are finalized before SQLite's connection
    /// closes.
    fn drop(&mut self) {
        self.portals.clear();
    }
}

/// Why a statement was stopped, and when it must stop: shared by the
/// connection, its SQLite progress handler and its [`CancelToken`]s.
#[derive(Debug)]
pub(crate) struct Stop {
    /// Set by [`CancelToken::cancel`]; cleared when a statement starts.
    cancel: AtomicBool,
    /// Microseconds after `epoch` at which the running statement times
    /// out (`u64::MAX`: never).
    deadline: AtomicU64,
    /// 1: cancelled, 2: timed out (what the interrupt error says).
    reason: AtomicU8,
    /// What SQLite's busy timeout stands for: 0 nothing (it waits as
    /// long as it takes), 1 `lock_timeout`, 2 `statement_timeout`.
    busy_reason: AtomicU8,
    epoch: std::time::Instant,
    /// A statement failed since the last statement started (set by
    /// [`Stop::explain`], which every statement error goes through, and by
    /// a failed translation): inside a block, the block is aborted.
    failed: AtomicBool,
}

impl Stop {
    fn new() -> Stop {
        Stop {
            cancel: AtomicBool::new(false),
            deadline: AtomicU64::new(u64::MAX),
            reason: AtomicU8::new(0),
            busy_reason: AtomicU8::new(0),
            epoch: std::time::Instant::now(),
            failed: AtomicBool::new(false),
        }
    }

    /// Called by SQLite every few hundred VM steps: whether to interrupt.
    fn should_stop(&self) -> bool {
        if self.cancel.load(Ordering::Relaxed) {
            self.reason.store(1, Ordering::Relaxed);
            return true;
        }
        let deadline = self.deadline.load(Ordering::Relaxed);
        if deadline != u64::MAX && self.epoch.elapsed().as_micros() as u64 >= deadline {
            self.reason.store(2, Ordering::Relaxed);
            return true;
        }
        false
    }

    /// A statement starts: no cancel pending, its deadline from now.
    fn arm(&self, timeout_ms: u64) {
        self.cancel.store(false, Ordering::Relaxed);
        self.reason.store(0, Ordering::Relaxed);
        let deadline = if timeout_ms == 0 {
            u64::MAX
        } else {
            self.epoch.elapsed().as_micros() as u64 + timeout_ms * 1000
        };
        self.deadline.store(deadline, Ordering::Relaxed);
    }

    /// A statement failed (in translation, binding or running).
    pub(crate) fn note_failure(&self) {
        self.failed.store(true, Ordering::Relaxed);
    }

    /// The error of a statement that failed running: explained
    /// ([`Stop::explain`]) and in PostgreSQL's words ([`postgres_error`]).
    pub(crate) fn run_error(
        &self,
        conn: &rusqlite::Connection,
        t: &Translation,
        e: impl Into<Error>,
    ) -> Error {
        postgres_error(conn, t, self.explain(e.into()))
    }

    /// PostgreSQL's error for a statement SQLite interrupted or that waited
    /// out the busy timeout; other errors pass unchanged. Either way the
    /// statement failed ([`Stop::note_failure`]).
    pub(crate) fn explain(&self, e: Error) -> Error {
        self.note_failure();
        let code = match &e {
            Error::Execution {
                source: Some(rusqlite::Error::SqliteFailure(f, _)),
                ..
            } => f.code,
            _ => return e,
        };
        let message = match code {
            rusqlite::ErrorCode::OperationInterrupted => {
                match self.reason.load(Ordering::Relaxed) {
                    2 => "canceling statement due to statement timeout",
                    _ => "canceling statement due to user request",
                }
            }
            rusqlite::ErrorCode::DatabaseBusy => match self.busy_reason.load(Ordering::Relaxed) {
                1 => "canceling statement due to lock timeout",
                2 => "canceling statement due to statement timeout",
                _ => return e,
            },
            _ => return e,
        };
        let Error::Execution { source, .. } = e else {
            return e;
        };
        Error::Execution {
            message: message.into(),
            source,
        }
    }
}

/// Cancels the statement running on a [`Connection`], from any thread (as
/// `postgres::CancelToken`): the statement fails with PostgreSQL's
/// `canceling statement due to user request` (57014). Between statements
/// it does nothing, as a cancel request to an idle PostgreSQL backend.
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory()?;
/// let token = db.cancel_token();
/// let t = std::thread::spawn(move || {
///     std::thread::sleep(std::time::Duration::from_millis(200));
///     token.cancel();
/// });
/// let e = db.query("SELECT count(*) FROM generate_series(1, 100000000)", &[]).unwrap_err();
/// assert_eq!(e.to_string(), "canceling statement due to user request");
/// assert_eq!(e.sqlstate(), "57014");
/// t.join().unwrap();
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct CancelToken {
    stop: Arc<Stop>,
}

impl CancelToken {
    /// Stops the running statement, if any.
    pub fn cancel(&self) {
        self.stop.cancel.store(true, Ordering::Relaxed);
    }

    /// Whether [`CancelToken::cancel`] was called since the connection's
    /// last statement started or since the last call, and forgets it: for
    /// a wait of the connection's own (a server's turn at the file) that a
    /// cancel must end as it ends a running statement.
    ///
    /// ```
    /// let db = pgshim::Connection::open_in_memory()?;
    /// let token = db.cancel_token();
    /// assert!(!token.take_cancel());
    /// token.cancel();
    /// assert!(token.take_cancel());
    /// assert!(!token.take_cancel());
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn take_cancel(&self) -> bool {
        self.stop.cancel.swap(false, Ordering::Relaxed)
    }
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("session", &self.session)
            .finish_non_exhaustive()
    }
}

impl Connection {
    /// Opens (or creates) a SQLite database file.
    pub fn open(path: impl AsRef<Path>) -> Result<Connection> {
        Connection::from_rusqlite(rusqlite::Connection::open(path)?)
    }

    /// An in-memory database.
    pub fn open_in_memory() -> Result<Connection> {
        Connection::from_rusqlite(rusqlite::Connection::open_in_memory()?)
    }

    /// Wraps an open rusqlite connection: registers the runtime and reads
    /// the catalog from the database's declared column types.
    pub fn from_rusqlite(conn: rusqlite::Connection) -> Result<Connection> {
        Connection::with_catalog_overrides(conn, &[])
    }

    /// Like [`Connection::from_rusqlite`], treating some declared types as
    /// PostgreSQL types (for files written by other tools, e.g. Rails'
    /// `datetime` as `timestamp`).
    ///
    /// ```
    /// let raw = rusqlite::Connection::open_in_memory().unwrap();
    /// raw.execute_batch("CREATE TABLE posts (id integer, created datetime)").unwrap();
    /// let db = pgshim::Connection::with_catalog_overrides(raw, &[("datetime", pgshim::PgType::Timestamp)]).unwrap();
    /// let t = db.catalog().table("posts").unwrap();
    /// assert_eq!(t.column("created").unwrap().ty, Some(pgshim::PgType::Timestamp));
    /// ```
    pub fn with_catalog_overrides(
        mut conn: rusqlite::Connection,
        overrides: &[(&str, PgType)],
    ) -> Result<Connection> {
        let stop = Arc::new(Stop::new());
        let watcher = stop.clone();
        conn.progress_handler(PROGRESS_STEPS, Some(move || watcher.should_stop()))?;
        let session = Session::new();
        crate::runtime::register(&conn, &session)?;
        let catalog = Catalog::from_sqlite(&conn, overrides)?;
        // Prepared SQLite statements are kept per translation, as
        // PostgreSQL keeps a prepared statement's plan: a report run again
        // is not parsed and planned by SQLite again.
        conn.set_prepared_statement_cache_capacity(STATEMENTS_KEPT);
        // One plan per statement, whatever its parameters, as PostgreSQL's
        // generic plan: without SQLite's query-planner stability
        // guarantee, a bound value that ANALYZE's sqlite_stat4 could
        // estimate (`ticket_id = ?1`) expires the kept statement at every
        // bind, and each run parses and plans it again.
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        // A file other connections may change; not an in-memory database.
        let watch = match conn.path() {
            Some(p) if !p.is_empty() => {
                let mut w = SchemaWatch::default();
                w.moved_between_statements(&conn)?;
                Some(w)
            }
            _ => None,
        };
        Ok(Connection {
            conn,
            translator: Translator::new(catalog),
            session,
            cache: LruCache::new(NonZeroUsize::new(CACHE_SIZE).unwrap_or(NonZeroUsize::MIN)),
            watch,
            overrides: overrides
                .iter()
                .map(|(name, ty)| (name.to_string(), *ty))
                .collect(),
            stop,
            busy_applied: None,
            begin_at_first_write: true,
            pending_block: false,
            block_failed: false,
            constraints_immediate: false,
            portals: std::collections::HashMap::new(),
            next_portal: 0,
            catalog_epoch: 0,
        })
    }

    /// A token that cancels this connection's running statement from
    /// another thread.
    pub fn cancel_token(&self) -> CancelToken {
        CancelToken {
            stop: self.stop.clone(),
        }
    }

    /// Whether `BEGIN` opens the block in pgshim only and SQLite's
    /// transaction waits for the block's first statement that writes
    /// ([`Translation::reads_only`]), which takes SQLite's write lock at
    /// once (`BEGIN IMMEDIATE`, waiting for another writer up to
    /// `lock_timeout`). Until then each statement of the block reads the
    /// file as it is when the statement starts, as under PostgreSQL's READ
    /// COMMITTED (`now()` stays the block's start), and blocks that only
    /// read never wait for each other or for a writer. From its first
    /// write the block holds the write lock, so no other writer commits
    /// before it ends and it still sees the file as of each statement; a
    /// block that reads and then writes never fails to upgrade its lock
    /// ("database is locked"). A `FOR UPDATE`/`FOR SHARE` query counts as
    /// a write: it takes the lock, which stands for its row locks. On by
    /// default; off, BEGIN is SQLite's deferred BEGIN (one snapshot from the
    /// block's first read, and a first write that fails if another
    /// connection wrote since), and `FOR UPDATE` in a block is refused.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// db.batch_execute("CREATE TABLE t (x int)")?;
    /// db.batch_execute("BEGIN")?;
    /// assert!(db.in_transaction() && db.sqlite().is_autocommit());
    /// db.execute("INSERT INTO t VALUES (1)", &[])?;
    /// assert!(!db.sqlite().is_autocommit());
    /// db.batch_execute("COMMIT")?;
    /// assert!(!db.in_transaction());
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn set_begin_at_first_write(&mut self, on: bool) {
        self.begin_at_first_write = on;
    }

    /// What [`Connection::set_begin_at_first_write`] set.
    pub(crate) fn begins_at_first_write(&self) -> bool {
        self.begin_at_first_write
    }

    /// Whether a transaction block is open (BEGIN has run, and no COMMIT
    /// or ROLLBACK since), whether or not SQLite's transaction has begun
    /// ([`Connection::set_begin_at_first_write`]).
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// db.batch_execute("BEGIN")?;
    /// assert!(db.in_transaction());
    /// db.batch_execute("ROLLBACK")?;
    /// assert!(!db.in_transaction());
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn in_transaction(&self) -> bool {
        self.pending_block || !self.conn.is_autocommit()
    }

    /// Before a statement runs: PostgreSQL's aborted block. A statement
    /// that failed inside a block (in translation or running) aborts it;
    /// then only ROLLBACK, ROLLBACK TO a savepoint, and COMMIT (which rolls
    /// back, as PostgreSQL's does) run, and the rest are refused with
    /// `current transaction is aborted, commands ignored until end of
    /// transaction block` (25P02). Whether the statement is a COMMIT that
    /// rolls back.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/15/tutorial-transactions.html>
    fn check_aborted(&mut self, t: &Translation) -> Result<bool> {
        if self.stop.failed.swap(false, Ordering::Relaxed) && self.in_transaction() {
            self.block_failed = true;
        }
        if !self.in_transaction() {
            self.block_failed = false;
        }
        if !self.block_failed {
            return Ok(false);
        }
        if t.kind == StatementKind::Transaction {
            match (t.sql.as_str(), t.savepoint_verb()) {
                ("COMMIT", None) => return Ok(true),
                ("ROLLBACK", None) | (_, Some("ROLLBACK TO SAVEPOINT")) => return Ok(false),
                _ => {}
            }
        }
        Err(Error::Execution {
            message:
                "current transaction is aborted, commands ignored until end of transaction block"
                    .into(),
            source: None,
        })
    }

    /// Before a statement that writes (or locks rows): the SQLite
    /// transaction of a block that has not written yet begins, with the
    /// write lock.
    fn take_write_lock(&mut self, t: &Translation) -> Result<()> {
        if t.reads_only() {
            return Ok(());
        }
        self.begin_pending()?;
        if t.locks && !self.conn.is_autocommit() && !self.begin_at_first_write {
            return Err(Error::unsupported(
                "FOR UPDATE/SHARE in a block that began with SQLite's deferred BEGIN",
                None,
                "leave set_begin_at_first_write on: the block then takes the file's write lock for the clause",
            ));
        }
        Ok(())
    }

    /// Begins the SQLite transaction of a block that has not written yet
    /// (see [`Connection::set_begin_at_first_write`]), before a write.
    fn begin_pending(&mut self) -> Result<()> {
        if self.pending_block {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            self.pending_block = false;
        }
        Ok(())
    }

    /// A statement starts: `now()` and `statement_timestamp()`, its
    /// `statement_timeout` deadline, and SQLite's busy timeout: the
    /// shorter of `lock_timeout` and `statement_timeout` (a wait for the
    /// write lock counts against both, as PostgreSQL's lock waits do), or
    /// none: wait as long as it takes, as PostgreSQL.
    fn start_statement(&mut self) -> Result<()> {
        self.session.begin_statement(self.in_transaction());
        let statement = self.session.statement_timeout_ms();
        self.stop.arm(statement);
        let lock = self.session.lock_timeout_ms();
        let (ms, reason) = match (lock, statement) {
            (0, 0) => (i32::MAX as u64, 0),
            (l, s) if l != 0 && (s == 0 || l <= s) => (l, 1),
            (_, s) => (s, 2),
        };
        self.stop.busy_reason.store(reason, Ordering::Relaxed);
        if self.busy_applied != Some(ms) {
            self.conn
                .busy_timeout(std::time::Duration::from_millis(ms))?;
            self.busy_applied = Some(ms);
        }
        Ok(())
    }

    /// The underlying SQLite connection.
    pub fn sqlite(&self) -> &rusqlite::Connection {
        &self.conn
    }

    /// The session (time zone and other settings).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The catalog pgshim types queries with.
    pub fn catalog(&self) -> &Catalog {
        self.translator.catalog()
    }

    /// Translates one statement for the current session and catalog,
    /// from the cache when it was translated before.
    pub fn translate(&mut self, sql: &str) -> Result<Translation> {
        self.translate_typed(sql, &[])
    }

    /// [`Connection::translate`] with declared parameter types (`None`:
    /// inferred), which win over inference, as in a Parse message.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// let t = db.translate_typed("SELECT $1 AS n", &[Some(pgshim::PgType::Int4)])?;
    /// assert_eq!(t.params, [pgshim::PgType::Int4]);
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn translate_typed(
        &mut self,
        sql: &str,
        declared: &[Option<PgType>],
    ) -> Result<Translation> {
        self.notice_other_ddl()?;
        self.sync_options();
        let o = self.translator.options();
        let key = (
            sql.to_string(),
            o.time_zone.clone(),
            o.date_style,
            o.interval_style,
            self.translator.catalog().version(),
            declared.to_vec(),
        );
        if let Some(t) = self.cache.get(&key) {
            return Ok(t.clone());
        }
        let t = self
            .translator
            .translate_typed(sql, declared)
            .inspect_err(|_| self.stop.note_failure())?;
        self.cache.put(key, t.clone());
        Ok(t)
    }

    /// Runs a statement and returns its rows, typed (as
    /// `postgres::Client::query`): `statement` is SQL text or a
    /// [`Prepared`] statement, and each parameter binds as the PostgreSQL
    /// value of the type pgshim inferred for it.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// db.batch_execute("CREATE TABLE t (id serial PRIMARY KEY, title text)")?;
    /// db.execute("INSERT INTO t (title) VALUES ($1), ($2)", &[&"printer", &"vpn"])?;
    /// let rows = db.query("SELECT id, title FROM t WHERE id > $1 ORDER BY id", &[&0i32])?;
    /// let titles: Vec<&str> = rows.iter().map(|r| r.get("title")).collect();
    /// assert_eq!(titles, ["printer", "vpn"]);
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn query<T: ToStatement + ?Sized>(
        &mut self,
        statement: &T,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<Row>> {
        self.query_raw(statement, params)?.collect()
    }

    /// The one row a statement returns; an error for none or more than one.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// let n: i64 = db.query_one("SELECT count(*) FROM generate_series(1, 3)", &[])?.get(0);
    /// assert_eq!(n, 3);
    /// assert!(db.query_one("SELECT 1 WHERE false", &[]).is_err());
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn query_one<T: ToStatement + ?Sized>(
        &mut self,
        statement: &T,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Row> {
        self.query_opt(statement, params)?
            .ok_or_else(|| Error::Execution {
                message: "query returned an unexpected number of rows (none)".into(),
                source: None,
            })
    }

    /// The row a statement returns, if any; an error for more than one.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// assert!(db.query_opt("SELECT 1 WHERE false", &[])?.is_none());
    /// assert!(db.query_opt("SELECT 1 FROM generate_series(1, 2)", &[]).is_err());
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn query_opt<T: ToStatement + ?Sized>(
        &mut self,
        statement: &T,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Option<Row>> {
        let mut rows = self.query_raw(statement, params)?;
        let Some(first) = rows.next().transpose()? else {
            return Ok(None);
        };
        if rows.next().transpose()?.is_some() {
            return Err(Error::Execution {
                message: "query returned an unexpected number of rows (more than one)".into(),
                source: None,
            });
        }
        Ok(Some(first))
    }

    /// rusqlite's shape: the first row, given to `f` (an error when there
    /// is none).
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// let (a, b) = db.query_row("SELECT 1, 'x'", &[], |r| Ok((r.try_get::<_, i32>(0)?, r.try_get::<_, String>(1)?)))?;
    /// assert_eq!((a, b.as_str()), (1, "x"));
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn query_row<T: ToStatement + ?Sized, R>(
        &mut self,
        statement: &T,
        params: &[&(dyn ToSql + Sync)],
        f: impl FnOnce(&Row) -> Result<R>,
    ) -> Result<R> {
        let mut rows = self.query_raw(statement, params)?;
        match rows.next().transpose()? {
            Some(row) => f(&row),
            None => Err(Error::Execution {
                message: "query returned no rows".into(),
                source: None,
            }),
        }
    }

    /// Rows as they come from SQLite, one at a time, without buffering the
    /// result (as `postgres::Client::query_raw`). A statement that changes
    /// the session or the schema runs whole first.
    pub fn query_raw<T: ToStatement + ?Sized>(
        &mut self,
        statement: &T,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<RowIter<'_>> {
        let t = self.translate_typed(statement.sql(), statement.declared_types())?;
        self.query_translation(t, params)
    }

    /// [`Connection::query_raw`] of a statement translated already (by
    /// [`Connection::translate_typed`]): a caller that needed the
    /// translation first, for its columns or its command, does not
    /// translate again.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// let t = db.translate("SELECT g FROM generate_series(1, 3) AS g")?;
    /// assert_eq!(t.columns[0].ty, pgshim::PgType::Int4);
    /// let n = db.query_translation(t, &[])?.count();
    /// assert_eq!(n, 3);
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn query_translation(
        &mut self,
        t: Translation,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<RowIter<'_>> {
        let meta = self.row_meta(&t)?;
        if !t.streams() {
            let raw = self.run_raw_mapped(&t, params)?;
            return Ok(RowIter::buffered(raw, meta));
        }
        let values = self.start_query(&t, params, &meta)?;
        RowIter::streaming(&self.conn, t, values, meta).inspect_err(|_| self.stop.note_failure())
    }

    /// Before a streamed query ([`Translation::streams`]) runs: the
    /// aborted block's refusal, its bound values, its start (clocks,
    /// timeouts) and, for `FOR UPDATE`, the write lock.
    fn start_query(
        &mut self,
        t: &Translation,
        params: &[&(dyn ToSql + Sync)],
        meta: &RowMeta,
    ) -> Result<Vec<SqlValue>> {
        self.check_aborted(t)?;
        let values = self
            .bind(t, params, &meta.cx)
            .inspect_err(|_| self.stop.note_failure())?;
        self.start_statement()?;
        self.take_write_lock(t)?;
        self.fill_system_catalog(t)?;
        Ok(values)
    }

    /// Opens a query's rows to be read a few at a time
    /// ([`Connection::fetch_portal`]) with other statements in between, as
    /// a PostgreSQL portal is read by Execute messages with a row limit:
    /// the rows wait in SQLite, not in memory. Only a plain query (one
    /// with no effect on the session or catalog) opens a portal; the rows
    /// of any other statement are read at once (`query_translation`).
    pub fn open_portal(
        &mut self,
        t: Translation,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<crate::row::Portal> {
        if !t.streams() {
            return Err(Error::Execution {
                message: format!("{} opens no portal: read its rows at once", t.command),
                source: None,
            });
        }
        let meta = self.row_meta(&t)?;
        let values = self.start_query(&t, params, &meta)?;
        let portal = crate::row::OpenPortal::open(&self.conn, t, &values, meta)
            .inspect_err(|_| self.stop.note_failure())?;
        let id = self.next_portal;
        self.next_portal += 1;
        self.portals.insert(id, portal);
        Ok(crate::row::Portal(id))
    }

    /// Up to `max` more rows of a portal; fewer once its rows end, and
    /// none after. An error while reading comes after the rows before it,
    /// at the next call. Its `statement_timeout` counts from this call, as
    /// PostgreSQL counts it from each Execute message.
    pub fn fetch_portal(&mut self, portal: crate::row::Portal, max: usize) -> Result<Vec<Row>> {
        self.start_statement()?;
        let Some(p) = self.portals.get_mut(&portal.0) else {
            return Err(Error::Execution {
                message: "portal does not exist".into(),
                source: None,
            });
        };
        p.fetch(&self.conn, max)
    }

    /// Closes a portal (a closed or unknown one is no error).
    pub fn close_portal(&mut self, portal: crate::row::Portal) {
        self.portals.remove(&portal.0);
    }

    /// Runs a statement and returns how many rows it changed (or returned).
    pub fn execute<T: ToStatement + ?Sized>(
        &mut self,
        statement: &T,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<u64> {
        let t = self.translate_typed(statement.sql(), statement.declared_types())?;
        self.execute_translation(&t, params)
    }

    /// [`Connection::execute`] of a statement translated already.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// db.batch_execute("CREATE TABLE t (x int)")?;
    /// let t = db.translate("INSERT INTO t VALUES ($1), ($1)")?;
    /// assert_eq!(t.command, "INSERT");
    /// assert_eq!(db.execute_translation(&t, &[&7i32])?, 2);
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn execute_translation(
        &mut self,
        t: &Translation,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<u64> {
        Ok(match self.run_raw_mapped(t, params)? {
            Raw::Rows(r) => r.len() as u64,
            Raw::Done { changed } => changed as u64,
        })
    }

    /// Runs a script of `;`-separated statements without parameters (as
    /// `postgres::Client::batch_execute`).
    pub fn batch_execute(&mut self, script: &str) -> Result<()> {
        self.run_script(script, |_, _| {})
    }

    /// Types a statement without running it: its parameter types and
    /// result columns (as `postgres::Client::prepare`).
    pub fn prepare(&mut self, sql: &str) -> Result<Prepared> {
        self.prepare_typed(sql, &[])
    }

    /// [`Connection::prepare`] with declared parameter types (as
    /// `postgres::Client::prepare_typed`; `None` leaves one to inference).
    /// Running the statement keeps them.
    ///
    /// ```
    /// use pgshim::PgType;
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// let stmt = db.prepare_typed("SELECT $1 || 'x' AS s", &[Some(PgType::Varchar)])?;
    /// assert_eq!(stmt.params(), &[PgType::Varchar]);
    /// let s: String = db.query_one(&stmt, &[&"a"])?.get(0);
    /// assert_eq!(s, "ax");
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn prepare_typed(&mut self, sql: &str, declared: &[Option<PgType>]) -> Result<Prepared> {
        let t = self.translate_typed(sql, declared)?;
        Ok(Prepared::new(
            sql.to_string(),
            declared.to_vec(),
            t.params.clone(),
            t.columns.iter().map(Column::of).collect(),
        ))
    }

    /// Begins a transaction (as `postgres::Client::transaction`).
    pub fn transaction(&mut self) -> Result<Transaction<'_>> {
        Transaction::begin(self)
    }

    /// Runs a statement and returns its result as [`Rows`]: the columns
    /// and every value rendered by its PostgreSQL type in the session zone,
    /// what psql shows (for tools that print results).
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// let rows = db.query_rows("SELECT date '2024-03-10' + 1 AS d", &[])?;
    /// assert_eq!(rows.text(0, 0).as_deref(), Some("2024-03-11"));
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn query_rows(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Rows> {
        let t = self.translate(sql)?;
        match self.run_translation(&t, params)? {
            Outcome::Rows(r) => Ok(r),
            Outcome::Done { .. } => Ok(Rows {
                columns: vec![],
                rows: vec![],
            }),
        }
    }

    /// Runs one statement, whatever its kind.
    pub fn run(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Outcome> {
        let t = self.translate(sql)?;
        self.run_translation(&t, params)
    }

    /// Runs a script of `;`-separated statements in order, calling `each`
    /// with every statement's outcome; stops at the first error, whose span
    /// points into `script`.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory().unwrap();
    /// let mut n = 0;
    /// db.run_script("CREATE TABLE t (x int); INSERT INTO t VALUES (1); SELECT x FROM t;", |_, _| n += 1).unwrap();
    /// assert_eq!(n, 3);
    /// ```
    pub fn run_script(
        &mut self,
        script: &str,
        mut each: impl FnMut(&Translation, &Outcome),
    ) -> Result<()> {
        let dialect = PostgreSqlDialect {};
        let mut parser = crate::rewrite::parser(&dialect, script)?;
        let mut expecting_delimiter = false;
        loop {
            while parser.consume_token(&Token::SemiColon) {
                expecting_delimiter = false;
            }
            if parser.peek_token_ref().token == Token::EOF {
                break;
            }
            if expecting_delimiter {
                let found = parser.peek_token_ref().clone();
                return Err(Error::Parse {
                    message: format!("expected end of statement, found {found}"),
                });
            }
            let mut stmt = crate::rewrite::parse_statement(&mut parser)?;
            expecting_delimiter = true;
            // `COPY … FROM STDIN` with its data in the script (psql's and
            // pg_dump's form): the rows are loaded here.
            if let Statement::Copy {
                payload: Some(payload),
                ..
            } = &stmt
            {
                let plan = crate::copy::plan(&stmt)?;
                let changed = self.copy_rows(&plan, payload.data.lines().map(Ok))?;
                let t = Translation::other(String::new(), StatementKind::Modify);
                each(
                    &t,
                    &Outcome::Done {
                        changed: changed as usize,
                    },
                );
                expecting_delimiter = false;
                continue;
            }
            self.notice_other_ddl()?;
            self.sync_options();
            let t = self
                .translator
                .translate_statement(&mut stmt)
                .inspect_err(|_| self.stop.note_failure())?;
            let outcome = self.run_translation(&t, &[])?;
            each(&t, &outcome);
        }
        Ok(())
    }

    /// Runs `COPY table [(columns)] FROM STDIN` with its data: PostgreSQL's
    /// text format, one row per line (tab-separated unless `DELIMITER` says
    /// otherwise, `\N` for NULL, backslash escapes), up to the end or a
    /// `\.` line. Each field is read by its column's input function, all
    /// rows in one transaction (or the caller's); returns the number of
    /// rows, or PostgreSQL's error with the line it stopped at.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory().unwrap();
    /// db.execute("CREATE TABLE t (id int, at timestamptz, note text)", &[]).unwrap();
    /// let data = "1\t2024-03-10 02:30-05\tfirst\\tab\n2\t\\N\t\\N\n";
    /// assert_eq!(db.copy_in("COPY t FROM STDIN", data.as_bytes()).unwrap(), 2);
    /// let rows = db.query("SELECT at, note FROM t ORDER BY id", &[]).unwrap();
    /// assert_eq!(rows[0].text(0).as_deref(), Some("2024-03-10 07:30:00+00"));
    /// assert_eq!(rows[0].get::<_, &str>(1), "first\tab");
    /// assert_eq!(rows[1].get::<_, Option<&str>>(1), None);
    /// ```
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/sql-copy.html>
    pub fn copy_in(&mut self, sql: &str, mut data: impl std::io::BufRead) -> Result<u64> {
        let mut copy = self.copy_begin(sql)?;
        loop {
            let chunk = match data.fill_buf() {
                Ok(c) => c,
                Err(e) => {
                    self.copy_abort(&mut copy);
                    return Err(Error::Execution {
                        message: format!("could not read COPY data: {e}"),
                        source: None,
                    });
                }
            };
            if chunk.is_empty() {
                break;
            }
            let n = chunk.len();
            self.copy_data(&mut copy, chunk)?;
            data.consume(n);
        }
        self.copy_end(copy)
    }

    /// Inserts the rows of a COPY's data lines.
    pub(crate) fn copy_rows<S: AsRef<str>>(
        &mut self,
        plan: &crate::copy::CopyIn,
        lines: impl Iterator<Item = Result<S>>,
    ) -> Result<u64> {
        let mut copy = self.copy_start(plan.clone())?;
        for line in lines {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    self.copy_abort(&mut copy);
                    return Err(e);
                }
            };
            let line = line.as_ref();
            if copy.plan.format.csv {
                let mut data = Vec::with_capacity(line.len() + 1);
                data.extend_from_slice(line.as_bytes());
                data.push(b'\n');
                self.copy_data(&mut copy, &data)?;
                if copy.ended {
                    break;
                }
            } else if !self.copy_line(&mut copy, line)? {
                break;
            }
        }
        self.copy_end(copy)
    }

    /// Starts `COPY table [(columns)] FROM STDIN`: checks the statement
    /// and the columns, and begins the transaction its rows go in (the
    /// caller's block, or one of its own). The data follows through
    /// [`Connection::copy_data`] in pieces of any size, as a client sends
    /// CopyData messages; [`Connection::copy_end`] commits, and
    /// [`Connection::copy_fail`] undoes the rows (a client's CopyFail).
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// db.batch_execute("CREATE TABLE t (id int, note text)")?;
    /// let mut copy = db.copy_begin("COPY t FROM STDIN")?;
    /// db.copy_data(&mut copy, b"1\tfi")?;
    /// db.copy_data(&mut copy, b"rst\n2\t\\N\n")?;
    /// assert_eq!(db.copy_end(copy)?, 2);
    /// let rows = db.query("SELECT count(note) FROM t", &[])?;
    /// assert_eq!(rows[0].get::<_, i64>(0), 1);
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/sql-copy.html>,
    /// <https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-COPY>
    pub fn copy_begin(&mut self, sql: &str) -> Result<CopyFrom> {
        let mut stmts = crate::rewrite::parse(sql)?;
        let [stmt] = stmts.as_mut_slice() else {
            return Err(Error::Parse {
                message: "expected one COPY statement".into(),
            });
        };
        if !matches!(stmt, Statement::Copy { .. }) {
            return Err(Error::Parse {
                message: "expected a COPY … FROM STDIN statement".into(),
            });
        }
        let plan = crate::copy::plan(stmt)?;
        let t = Translation::other(String::new(), StatementKind::Modify);
        self.check_aborted(&t)?;
        self.notice_other_ddl()?;
        self.copy_start(plan)
            .inspect_err(|_| self.stop.note_failure())
    }

    /// Feeds a piece of COPY data: every whole line in it becomes a row
    /// (the rest waits for the next piece). On an error the COPY is over:
    /// its rows are undone (with the caller's block, which is then
    /// aborted), and the error names the line, as PostgreSQL's context
    /// does.
    pub fn copy_data(&mut self, copy: &mut CopyFrom, data: &[u8]) -> Result<()> {
        if copy.ended {
            return Ok(());
        }
        copy.pending.extend_from_slice(data);
        let mut from = 0;
        loop {
            let end = if copy.plan.format.csv {
                // A quoted field may hold line breaks: the scan goes on
                // from where the last piece left it.
                let at = copy.scanned.max(from);
                let end = crate::copy::csv_record_end(
                    &copy.pending,
                    at,
                    &mut copy.in_quote,
                    &copy.plan.format,
                );
                copy.scanned = end.map_or(copy.pending.len(), |e| e + 1);
                end
            } else {
                copy.pending[from..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map(|nl| from + nl)
            };
            let Some(end) = end else { break };
            let line = copy.pending[from..end].to_vec();
            from = end + 1;
            if !self.copy_bytes(copy, &line)? {
                break;
            }
        }
        copy.pending.drain(..from.min(copy.pending.len()));
        copy.scanned = copy.scanned.saturating_sub(from);
        Ok(())
    }

    /// Ends the data (a client's CopyDone): a last line without its
    /// newline counts, the rows commit (unless they are the caller's
    /// block's), and the number of rows comes back.
    pub fn copy_end(&mut self, mut copy: CopyFrom) -> Result<u64> {
        if !copy.ended && !copy.pending.is_empty() {
            let line = std::mem::take(&mut copy.pending);
            self.copy_bytes(&mut copy, &line)?;
        }
        self.copy_finish(copy)
    }

    /// Gives up a COPY (a client's CopyFail, whose message PostgreSQL
    /// reports as `COPY from stdin failed: …`): its rows are undone.
    pub fn copy_fail(&mut self, mut copy: CopyFrom, message: &str) -> Error {
        let e = Error::Execution {
            message: format!("COPY from stdin failed: {message}"),
            source: None,
        };
        self.copy_abort(&mut copy);
        e
    }

    /// Starts `COPY table [(columns)] TO STDOUT` or `COPY (query) TO
    /// STDOUT`, in the text or CSV format (DELIMITER, NULL, HEADER,
    /// QUOTE, ESCAPE, FORCE_QUOTE): the rows stream from a portal, each
    /// value in PostgreSQL's text output for the session, written by
    /// [`Connection::copy_out`] a batch at a time.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// db.batch_execute("CREATE TABLE t (id int, note text); INSERT INTO t VALUES (1, 'a,b'), (2, NULL)")?;
    /// let mut copy = db.copy_to("COPY t TO STDOUT (FORMAT csv, HEADER)")?;
    /// let mut out = Vec::new();
    /// while db.copy_out(&mut copy, &mut out)? {}
    /// assert_eq!(String::from_utf8(out).unwrap(), "id,note\n1,\"a,b\"\n2,\n");
    /// assert_eq!(db.copy_out_end(copy), 2);
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/sql-copy.html>
    pub fn copy_to(&mut self, sql: &str) -> Result<CopyTo> {
        let stmts = crate::rewrite::parse(sql)?;
        let [stmt] = stmts.as_slice() else {
            return Err(Error::Parse {
                message: "expected one COPY statement".into(),
            });
        };
        if !matches!(stmt, Statement::Copy { to: true, .. }) {
            return Err(Error::Parse {
                message: "expected a COPY … TO STDOUT statement".into(),
            });
        }
        let plan = crate::copy::plan_out(stmt)?;
        // The query is pgshim's text, not the client's: a span in it
        // would point elsewhere in the COPY.
        let t = self.translate(&plan.query).map_err(|e| match e {
            Error::Semantic { message, help, .. } => Error::Semantic {
                message,
                span: None,
                help,
            },
            Error::Unsupported {
                construct, help, ..
            } => Error::Unsupported {
                construct,
                span: None,
                help,
            },
            other => other,
        })?;
        if !t.streams() {
            return Err(Error::unsupported(
                format!("COPY ({}) TO", t.command),
                None,
                "COPY a SELECT or a table; run the statement with RETURNING as a query",
            ));
        }
        let names: Vec<String> = t.columns.iter().map(|c| c.name.clone()).collect();
        let cols = &plan.format.force_quote;
        if let Some(c) = cols.iter().find(|c| !names.contains(c)) {
            return Err(Error::semantic(
                format!("column \"{c}\" does not exist"),
                None,
            ));
        }
        let force: Vec<bool> = names.iter().map(|n| cols.contains(n)).collect();
        let portal = self.open_portal(t, &[])?;
        Ok(CopyTo {
            plan,
            names,
            force,
            portal: Some(portal),
            header: true,
            rows: 0,
        })
    }

    /// Appends the next batch of a [`Connection::copy_to`]'s lines to
    /// `out` (the header line first, if asked for); `false` once every
    /// row is written. An error ends the COPY.
    pub fn copy_out(&mut self, copy: &mut CopyTo, out: &mut Vec<u8>) -> Result<bool> {
        let lines = self.copy_out_lines(copy)?;
        for l in &lines {
            out.extend_from_slice(l);
        }
        Ok(!lines.is_empty() && copy.portal.is_some())
    }

    /// The next batch of a [`Connection::copy_to`]'s lines, one per row
    /// (as `pgshim serve` sends one CopyData message per row, as
    /// PostgreSQL does), each with its newline; empty once every row is
    /// written. An error ends the COPY.
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// let mut copy = db.copy_to("COPY (SELECT 'a\tb' AS x, NULL AS y) TO STDOUT")?;
    /// assert_eq!(db.copy_out_lines(&mut copy)?, [b"a\\tb\t\\N\n".to_vec()]);
    /// assert!(db.copy_out_lines(&mut copy)?.is_empty());
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn copy_out_lines(&mut self, copy: &mut CopyTo) -> Result<Vec<Vec<u8>>> {
        let single = copy.names.len() == 1;
        let mut lines = Vec::new();
        if std::mem::take(&mut copy.header) && copy.plan.format.header {
            let names = copy.names.iter().map(|n| (Some(n.as_str()), false));
            lines.push(crate::copy::line(names, &copy.plan.format, single));
        }
        let Some(portal) = copy.portal else {
            return Ok(lines);
        };
        const BATCH: usize = 256;
        let rows = match self.fetch_portal(portal, BATCH) {
            Ok(r) => r,
            Err(e) => {
                self.close_portal(portal);
                copy.portal = None;
                return Err(e);
            }
        };
        for row in &rows {
            let values: Vec<Option<String>> = (0..copy.names.len()).map(|i| row.text(i)).collect();
            let fields = values
                .iter()
                .map(Option::as_deref)
                .zip(copy.force.iter().copied());
            lines.push(crate::copy::line(fields, &copy.plan.format, single));
        }
        copy.rows += rows.len() as u64;
        if rows.len() < BATCH {
            self.close_portal(portal);
            copy.portal = None;
        }
        Ok(lines)
    }

    /// Ends a [`Connection::copy_to`]: the number of rows written (`COPY n`).
    pub fn copy_out_end(&mut self, copy: CopyTo) -> u64 {
        if let Some(p) = copy.portal {
            self.close_portal(p);
        }
        copy.rows
    }

    fn copy_start(&mut self, plan: crate::copy::CopyIn) -> Result<CopyFrom> {
        let Some(table) = self.catalog().table(&plan.table) else {
            return Err(Error::semantic(
                format!("relation \"{}\" does not exist", plan.table),
                None,
            ));
        };
        let columns: Vec<String> = if plan.columns.is_empty() {
            table.columns.iter().map(|c| c.name.clone()).collect()
        } else {
            for c in &plan.columns {
                if table.column(c).is_none() {
                    return Err(Error::semantic(
                        format!(
                            "column \"{c}\" of relation \"{}\" does not exist",
                            plan.table
                        ),
                        None,
                    ));
                }
            }
            plan.columns.clone()
        };
        let quote = |n: &str| format!("\"{}\"", n.replace('"', "\"\""));
        let insert = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            quote(&plan.table),
            columns
                .iter()
                .map(|c| quote(c))
                .collect::<Vec<_>>()
                .join(", "),
            (1..=columns.len())
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let insert = self.translate(&insert)?;
        let cx = Context::new(&self.session.time_zone())?;
        self.begin_pending()?;
        let own = self.conn.is_autocommit();
        if own {
            self.conn.execute_batch("BEGIN")?;
        }
        // One statement for all the rows (now(), statement_timestamp(),
        // statement_timeout), which holds the write lock from here.
        let started = self
            .start_statement()
            .and_then(|()| self.take_write_lock(&insert));
        if let Err(e) = started {
            if own {
                let _ = self.conn.execute_batch("ROLLBACK");
            }
            return Err(e);
        }
        Ok(CopyFrom {
            plan,
            columns,
            insert,
            cx,
            own,
            line: 0,
            rows: 0,
            pending: Vec::new(),
            ended: false,
            scanned: 0,
            in_quote: false,
        })
    }

    /// One line of bytes: UTF-8, as the server encoding is.
    fn copy_bytes(&mut self, copy: &mut CopyFrom, line: &[u8]) -> Result<bool> {
        match std::str::from_utf8(line) {
            Ok(text) => self.copy_line(copy, text),
            Err(e) => {
                copy.line += 1;
                let bad = line[e.valid_up_to()];
                let err = Error::Execution {
                    message: format!(
                        "invalid byte sequence for encoding \"UTF8\": 0x{bad:02x} (COPY {}, line {})",
                        copy.plan.table, copy.line
                    ),
                    source: None,
                };
                Err(self.copy_failed(copy, err))
            }
        }
    }

    /// One line of text; `false` at the `\.` end marker.
    fn copy_line(&mut self, copy: &mut CopyFrom, line: &str) -> Result<bool> {
        if copy.ended {
            return Ok(false);
        }
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line == "\\." {
            copy.ended = true;
            return Ok(false);
        }
        copy.line += 1;
        if copy.plan.format.header && copy.line == 1 {
            return Ok(true);
        }
        let columns = &copy.columns;
        let fields = if copy.plan.format.csv {
            crate::copy::csv_fields(line, &copy.plan.format).map(|fields| {
                fields
                    .into_iter()
                    .zip(columns.iter().chain(std::iter::repeat(&String::new())))
                    .map(|((value, quoted), column)| match value {
                        // FORCE_NOT_NULL: the NULL text is a value.
                        None if copy.plan.format.force_not_null.contains(column) => {
                            Some(copy.plan.format.null.clone())
                        }
                        // FORCE_NULL: quoted, it is NULL all the same.
                        Some(v)
                            if quoted
                                && v == copy.plan.format.null
                                && copy.plan.format.force_null.contains(column) =>
                        {
                            None
                        }
                        other => other,
                    })
                    .collect::<Vec<_>>()
            })
        } else {
            crate::copy::fields(line, copy.plan.format.delimiter, &copy.plan.format.null)
        };
        let fields = match fields {
            Ok(f) => f,
            Err(e) => {
                let err = copy_error(copy, e.message(), line);
                return Err(self.copy_failed(copy, err));
            }
        };
        if fields.len() != columns.len() {
            let m = if fields.len() < columns.len() {
                format!("missing data for column \"{}\"", columns[fields.len()])
            } else {
                "extra data after last expected column".into()
            };
            let err = copy_error(copy, m, line);
            return Err(self.copy_failed(copy, err));
        }
        let params: Vec<&(dyn ToSql + Sync)> =
            fields.iter().map(|f| f as &(dyn ToSql + Sync)).collect();
        if let Err(e) = self.copy_insert(copy, &params) {
            let message = e.message();
            let context = if message.starts_with("null value in column") {
                format!("COPY {}, line {}: \"{line}\"", copy.plan.table, copy.line)
            } else {
                match self.copy_failing_field(copy, &fields) {
                    Some((column, value)) => format!(
                        "COPY {}, line {}, column {column}: \"{value}\"",
                        copy.plan.table, copy.line
                    ),
                    None => format!("COPY {}, line {}", copy.plan.table, copy.line),
                }
            };
            let err = Error::Execution {
                message: format!("{message} ({context})"),
                source: None,
            };
            return Err(self.copy_failed(copy, err));
        }
        copy.rows += 1;
        Ok(true)
    }

    /// One row's INSERT, inside the COPY's statement: the statement began
    /// (its timestamp, its timeout) and took the write lock once, at
    /// [`Connection::copy_begin`], as PostgreSQL's COPY is one statement.
    fn copy_insert(&mut self, copy: &CopyFrom, params: &[&(dyn ToSql + Sync)]) -> Result<()> {
        let t = &copy.insert;
        let values = match self.bind(t, params, &copy.cx) {
            Ok(v) => v,
            Err(e) => return Err(self.stop.run_error(&self.conn, t, e)),
        };
        let ran = self
            .conn
            .prepare_cached(&t.sql)
            .and_then(|mut stmt| stmt.execute(rusqlite::params_from_iter(values.iter())));
        match ran {
            Ok(_) => Ok(()),
            Err(e) => Err(self.stop.run_error(&self.conn, t, e)),
        }
    }

    /// After a row failed: the first field that its column's input
    /// function refuses, which PostgreSQL's context names (`column id:
    /// "x"`); `None` when each field reads (a constraint failed).
    fn copy_failing_field(
        &mut self,
        copy: &CopyFrom,
        fields: &[Option<String>],
    ) -> Option<(String, String)> {
        let table = self.catalog().table(&copy.plan.table)?.clone();
        for (name, field) in copy.columns.iter().zip(fields) {
            let (Some(value), Some(column)) = (field, table.column(name)) else {
                continue;
            };
            let Some(ty) = column.ty else { continue };
            let sql = format!(
                "SELECT CAST($1 AS {})",
                crate::types::typmod::declaration(ty, column.typmod())
            );
            // The failed row marked the statement failed: each probe runs
            // as a statement of its own.
            self.stop.failed.store(false, Ordering::Relaxed);
            self.block_failed = false;
            let Ok(t) = self.translate(&sql) else {
                continue;
            };
            if self
                .run_translation(&t, &[value as &(dyn ToSql + Sync)])
                .is_err()
            {
                return Some((name.clone(), value.clone()));
            }
        }
        None
    }

    /// Ends a failed COPY: its own transaction rolls back; in a block the
    /// block is aborted, as PostgreSQL's error aborts it.
    fn copy_failed(&mut self, copy: &mut CopyFrom, e: Error) -> Error {
        self.copy_abort(copy);
        e
    }

    /// Undoes a COPY's rows (see [`Connection::copy_failed`]).
    fn copy_abort(&mut self, copy: &mut CopyFrom) {
        copy.ended = true;
        if copy.own {
            copy.own = false;
            let _ = self.conn.execute_batch("ROLLBACK");
        } else {
            self.stop.note_failure();
        }
    }

    fn copy_finish(&mut self, mut copy: CopyFrom) -> Result<u64> {
        if copy.own {
            copy.own = false;
            if let Err(e) = self.conn.execute_batch("COMMIT") {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e.into());
            }
        }
        Ok(copy.rows)
    }

    /// Translates and runs a parsed statement, for `import`, which lists a
    /// statement that fails and goes on: the failure aborts no block.
    pub(crate) fn run_parsed(&mut self, stmt: &mut Statement) -> Result<Outcome> {
        self.sync_options();
        let r = match self.translator.translate_statement(stmt) {
            Ok(t) => self.run_translation(&t, &[]),
            Err(e) => Err(e),
        };
        if r.is_err() {
            // Not a failure of a block: import goes on.
            self.stop.failed.store(false, Ordering::Relaxed);
        }
        r
    }

    /// Runs an already translated statement.
    pub fn run_translation(
        &mut self,
        t: &Translation,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Outcome> {
        let zone = self.session.time_zone();
        let styles = (self.session.date_style(), self.session.interval_style());
        Ok(match self.run_raw_mapped(t, params)? {
            Raw::Rows(rows) => Outcome::Rows(Rows {
                columns: t.columns.clone(),
                rows: rows
                    .into_iter()
                    .map(|row| {
                        row.into_iter()
                            .zip(&t.columns)
                            .map(|(v, c)| {
                                Value::from_sqlite_styled(v, c.ty, &zone, styles.0, styles.1)
                            })
                            .collect()
                    })
                    .collect(),
            }),
            Raw::Done { changed } => Outcome::Done { changed },
        })
    }

    /// What the rows of a translation's result share.
    fn row_meta(&self, t: &Translation) -> Result<Arc<RowMeta>> {
        let zone = self.session.time_zone();
        Ok(Arc::new(RowMeta {
            columns: t.columns.iter().map(Column::of).collect(),
            cx: Context::new(&zone)?,
            zone,
            styles: (self.session.date_style(), self.session.interval_style()),
            stop: self.stop.clone(),
        }))
    }

    /// The parameters in the stored forms of their PostgreSQL types.
    fn bind(
        &self,
        t: &Translation,
        params: &[&(dyn ToSql + Sync)],
        cx: &Context,
    ) -> Result<Vec<SqlValue>> {
        if params.len() != t.params.len() {
            return Err(Error::Execution {
                message: format!(
                    "bind message supplies {} parameters, but prepared statement \"\" requires {}",
                    params.len(),
                    t.params.len()
                ),
                source: None,
            });
        }
        params
            .iter()
            .zip(&t.params)
            .enumerate()
            .map(|(i, (p, ty))| param_value(*p, *ty, i + 1, cx))
            .collect()
    }

    /// [`Connection::run_raw`] with PostgreSQL's words for SQLite's
    /// constraint errors.
    fn run_raw_mapped(&mut self, t: &Translation, params: &[&(dyn ToSql + Sync)]) -> Result<Raw> {
        let rollback;
        let t = match self.check_aborted(t) {
            Ok(false) => t,
            Ok(true) => {
                rollback = Translation::other("ROLLBACK".into(), StatementKind::Transaction);
                &rollback
            }
            Err(e) => return Err(e),
        };
        let r = self
            .run_raw(t, params)
            .map_err(|e| self.stop.run_error(&self.conn, t, e));
        if r.is_ok() && t.savepoint_verb() == Some("ROLLBACK TO SAVEPOINT") {
            self.block_failed = false;
        }
        r
    }

    fn run_raw(&mut self, t: &Translation, params: &[&(dyn ToSql + Sync)]) -> Result<Raw> {
        if let Some(verb) = &t.savepoint
            && !self.in_transaction()
        {
            return Err(Error::Execution {
                message: format!("{verb} can only be used in transaction blocks"),
                source: None,
            });
        }
        let cx = Context::new(&self.session.time_zone())?;
        let values = self.bind(t, params, &cx)?;
        if !self.in_transaction() {
            self.constraints_immediate = false;
        }
        self.start_statement()?;
        self.take_write_lock(t)?;
        self.fill_system_catalog(t)?;
        // What a ROLLBACK or ROLLBACK TO may take back of the schema.
        let in_block = self.in_transaction();
        let schema_before = match t.kind {
            StatementKind::Transaction if self.session.block_statement(&t.sql, in_block) => {
                Some(crate::catalog::schema_version(&self.conn)?)
            }
            _ => None,
        };
        let outcome = match t.kind {
            StatementKind::Query => {
                let width = t.columns.len();
                let mut stmt = self.conn.prepare_cached(&t.sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    let mut row = Vec::with_capacity(width);
                    for i in 0..width {
                        row.push(r.get::<_, SqlValue>(i)?);
                    }
                    out.push(row);
                }
                Raw::Rows(out)
            }
            StatementKind::Modify => {
                let mut stmt = self.conn.prepare_cached(&t.sql)?;
                let changed = stmt.execute(rusqlite::params_from_iter(values.iter()))?;
                Raw::Done { changed }
            }
            StatementKind::Session => {
                let mut stmt = self.conn.prepare(&t.sql)?;
                let mut rows = stmt.query([])?;
                while rows.next()?.is_some() {}
                Raw::Done { changed: 0 }
            }
            StatementKind::Transaction if t.command == "SET CONSTRAINTS" => {
                // Outside a block PostgreSQL warns and does nothing (the
                // server sends the warning).
                if in_block {
                    let immediate = t.sql.ends_with("IMMEDIATE");
                    // A failed check leaves the mode as it was.
                    if immediate && !self.pending_block {
                        check_deferred_foreign_keys(&self.conn)?;
                    }
                    self.constraints_immediate = immediate;
                }
                Raw::Done { changed: 0 }
            }
            // PostgreSQL warns and goes on: BEGIN inside a block, COMMIT or
            // ROLLBACK outside one (SQLite's would fail).
            StatementKind::Transaction
                if t.sql.starts_with("BEGIN") == in_block
                    && matches!(
                        crate::rewrite::transaction_sql(&t.sql),
                        "BEGIN" | "BEGIN IMMEDIATE" | "COMMIT" | "ROLLBACK"
                    ) =>
            {
                Raw::Done { changed: 0 }
            }
            // A block with no SQLite transaction yet: BEGIN opens it, and
            // COMMIT or ROLLBACK ends it with nothing written.
            StatementKind::Transaction
                if self.begin_at_first_write
                    && crate::rewrite::transaction_sql(&t.sql) == "BEGIN" =>
            {
                self.pending_block = true;
                Raw::Done { changed: 0 }
            }
            StatementKind::Transaction if self.pending_block => {
                self.pending_block = false;
                Raw::Done { changed: 0 }
            }
            StatementKind::Ddl | StatementKind::Transaction => {
                if let Err(e) = run_ddl(&self.conn, &self.session, t) {
                    // COMMIT with a deferred foreign key broken: PostgreSQL's
                    // error, and the block is rolled back (SQLite keeps it
                    // open).
                    if crate::rewrite::transaction_sql(&t.sql) == "COMMIT"
                        && e.to_string().contains("FOREIGN KEY constraint failed")
                    {
                        let err = check_deferred_foreign_keys(&self.conn).err().unwrap_or(e);
                        let _ = self.conn.execute_batch("ROLLBACK");
                        self.constraints_immediate = false;
                        return Err(err);
                    }
                    return Err(e);
                }
                Raw::Done { changed: 0 }
            }
        };
        if self.constraints_immediate && t.target_table.is_some() && self.in_transaction() {
            check_deferred_foreign_keys(&self.conn)?;
        }
        let mut altered = Vec::new();
        collect_sequences(t.effect.as_ref(), &mut altered);
        for name in altered {
            self.session.sequence_reset(&name);
        }
        self.translator.apply(t);
        if let Some(before) = schema_before {
            // The settings the rollback put back.
            self.sync_options();
            if crate::catalog::schema_version(&self.conn)? != before {
                // The block's (or savepoint's) DDL was rolled back: the
                // file's schema is the catalog again.
                self.reload_catalog()?;
            }
        }
        if matches!(t.effect, Some(crate::rewrite::CatalogEffect::Reload)) {
            self.translator.catalog_mut().reload_sqlite(&self.conn)?;
        }
        if t.effect.is_some() || matches!(t.kind, StatementKind::Ddl | StatementKind::Transaction) {
            // This connection's own schema change (or a ROLLBACK of one),
            // which the catalog already knows.
            if let Some(w) = &mut self.watch {
                w.moved_between_statements(&self.conn)?;
            }
        }
        if t.setting.is_some() {
            // pg_set_config / pg_reset_config already set it; keep the
            // translator in step.
            self.sync_options();
        }
        Ok(outcome)
    }

    /// Before a statement is translated: when another connection changed
    /// the file's schema, the catalog is read again.
    fn notice_other_ddl(&mut self) -> Result<()> {
        let moved = match &mut self.watch {
            Some(w) => w.moved_between_statements(&self.conn)?,
            None => false,
        };
        if moved {
            self.reload_catalog()?;
        }
        Ok(())
    }

    /// Reads the catalog from the file again (with the connection's
    /// overrides) and forgets the translations of the old one.
    fn reload_catalog(&mut self) -> Result<()> {
        let overrides: Vec<(&str, PgType)> = self
            .overrides
            .iter()
            .map(|(n, t)| (n.as_str(), *t))
            .collect();
        *self.translator.catalog_mut() = Catalog::from_sqlite(&self.conn, &overrides)?;
        self.catalog_epoch += 1;
        self.cache.clear();
        Ok(())
    }

    /// Fills the system catalogs for a statement that reads them, unless
    /// they are of the current schema already.
    fn fill_system_catalog(&mut self, t: &Translation) -> Result<()> {
        if !t.system_catalog {
            return Ok(());
        }
        let databases = self.session.databases();
        let stamp = format!(
            "{}.{}.{}.{}.{}",
            self.catalog_epoch,
            self.translator.catalog().version(),
            crate::catalog::schema_version(&self.conn)?,
            self.session.database(),
            databases.join("/")
        );
        crate::system_catalog::ensure(
            &self.conn,
            self.translator.catalog(),
            &stamp,
            &self.session.database(),
            &databases,
        )
    }

    /// The translator assumes the session's zone and styles.
    fn sync_options(&mut self) {
        let o = self.translator.options_mut();
        o.time_zone = self.session.time_zone();
        o.date_style = self.session.date_style();
        o.interval_style = self.session.interval_style();
    }
}

/// Runs a DDL (or transaction) statement's translation: its SQL, and what
/// pgshim does itself (a table rebuilt by ALTER TABLE, TRUNCATE).
pub(crate) fn run_ddl(
    conn: &rusqlite::Connection,
    session: &Session,
    t: &Translation,
) -> Result<()> {
    match (&t.rebuild, &t.truncate) {
        (Some(r), _) if t.sql.is_empty() => crate::rebuild::run(conn, r)?,
        // An identity column: its sequence, then its default.
        (Some(r), _) => crate::rebuild::in_savepoint(conn, "pgshim_ddl", || {
            conn.execute_batch(&t.sql)?;
            crate::rebuild::run(conn, r)
        })?,
        (_, Some(tr)) => {
            crate::truncate::run(conn, tr)?;
            if tr.restart_identity {
                session.sequence_reset_all();
            }
        }
        _ => conn.execute_batch(&t.sql)?,
    }
    Ok(())
}

/// The sequences a statement creates, alters or drops.
pub(crate) fn collect_sequences(e: Option<&crate::rewrite::CatalogEffect>, out: &mut Vec<String>) {
    use crate::rewrite::CatalogEffect as E;
    match e {
        Some(E::CreateSequence(s)) => out.push(s.name.clone()),
        Some(E::DropSequences(names)) => out.extend(names.iter().cloned()),
        Some(E::Many(all)) => {
            for e in all {
                collect_sequences(Some(e), out);
            }
        }
        _ => {}
    }
}

/// Converts a bound parameter to the stored form of its PostgreSQL type:
/// a typed Rust value as that type's value, text the way PostgreSQL reads a
/// text-format parameter with the type's input function.
fn param_value(p: &(dyn ToSql + Sync), ty: PgType, n: usize, cx: &Context) -> Result<SqlValue> {
    match p.to_sql(ty, cx) {
        Ok(Bound::Stored(v)) => Ok(v),
        Ok(Bound::Input(v)) => bound_value(v, ty, n),
        Err(e) => Err(Error::Conversion {
            message: format!(
                "parameter ${n} ({}) from {}: {e}",
                ty.sql_name(),
                p.type_name()
            ),
        }),
    }
}

/// SQLite VM steps between checks for a cancel or a timeout.
const PROGRESS_STEPS: i32 = 1000;

/// What a translation is cached under: the SQL, the zone and styles it
/// was translated for, the catalog's version and the declared parameter
/// types.
type CacheKey = (
    String,
    String,
    DateStyle,
    IntervalStyle,
    u64,
    Vec<Option<PgType>>,
);

/// What a statement produced, as SQLite's values.
pub(crate) enum Raw {
    /// The rows, each value in its stored form.
    Rows(Vec<Vec<SqlValue>>),
    /// Rows changed.
    Done { changed: usize },
}

/// PostgreSQL's words for SQLite's constraint errors (`duplicate key value
/// violates unique constraint …`) and for a missing savepoint.
pub(crate) fn postgres_error(conn: &rusqlite::Connection, t: &Translation, e: Error) -> Error {
    match e {
        Error::Execution { message, source } => {
            let message = postgres_message(conn, t, &message).unwrap_or(message);
            Error::Execution { message, source }
        }
        other => other,
    }
}

/// PostgreSQL's message for an error SQLite raised running `t`, where
/// SQLite's words differ.
pub(crate) fn postgres_message(
    conn: &rusqlite::Connection,
    t: &Translation,
    message: &str,
) -> Option<String> {
    match message.strip_prefix("no such savepoint: ") {
        Some(name) if t.savepoint.is_some() => Some(format!("savepoint \"{name}\" does not exist")),
        _ => constraint_message(conn, t, message),
    }
}

/// A bound value in the stored form of the parameter's PostgreSQL type:
/// text is read by the type's input function (`'true'`, `' 42 '`), numbers
/// are range-checked, as PostgreSQL reads a parameter. The connection
/// applies it to what is bound; in a SQLite host, `pg_param(?n, type, n)`
/// does (see [`crate::extension::host_sql`]).
pub(crate) fn bound_value(v: SqlValue, ty: PgType, n: usize) -> Result<SqlValue> {
    let err = |m: String| Error::Execution {
        message: m,
        source: None,
    };
    Ok(match (v, ty) {
        (SqlValue::Null, _) => SqlValue::Null,
        (SqlValue::Integer(i), PgType::Bool) => SqlValue::Integer(i64::from(i != 0)),
        (SqlValue::Text(s), PgType::Bool) => {
            SqlValue::Integer(i64::from(scalar::bool_in(&s).map_err(err)?))
        }
        (SqlValue::Integer(i), t) if t.is_integer() => {
            let bits = if t == PgType::Int2 {
                16
            } else if t == PgType::Int4 {
                32
            } else {
                64
            };
            SqlValue::Integer(scalar::int_range(i, bits).map_err(err)?)
        }
        (SqlValue::Text(s), t) if t.is_integer() => {
            let bits = if t == PgType::Int2 {
                16
            } else if t == PgType::Int4 {
                32
            } else {
                64
            };
            SqlValue::Integer(scalar::int_in(&s, bits).map_err(err)?)
        }
        (SqlValue::Integer(i), t) if t.is_float() => SqlValue::Real(i as f64),
        (SqlValue::Real(f), t) if t.is_float() => SqlValue::Real(f),
        (SqlValue::Text(s), PgType::Float8) => SqlValue::Real(scalar::float8_in(&s).map_err(err)?),
        (SqlValue::Text(s), t) if t.is_string() => SqlValue::Text(s),
        // numeric parameters are read exactly from text (or an integer);
        // a float goes through PostgreSQL's float8 → numeric cast.
        (SqlValue::Text(s), PgType::Numeric) => SqlValue::Text(
            s.parse::<crate::types::numeric::Numeric>()
                .map_err(err)?
                .to_string(),
        ),
        (SqlValue::Integer(i), PgType::Numeric) => SqlValue::Text(i.to_string()),
        // Array parameters arrive as PostgreSQL's array text ('{1,2,3}');
        // the elements are read with their type's input function where used.
        (SqlValue::Text(s), t) if t.is_array() => {
            crate::types::array::parse(&s).map_err(err)?;
            SqlValue::Text(s)
        }
        (SqlValue::Real(f), PgType::Numeric) => {
            SqlValue::Text(crate::types::numeric::Numeric::from_f64(f).to_string())
        }
        // The SQL reads date/time parameters with the type's input function
        // (`pg_timestamptz_in(?1, zone)`), as PostgreSQL reads text
        // parameters.
        (SqlValue::Text(s), t) if t.is_temporal() => SqlValue::Text(s),
        (SqlValue::Integer(i), t) if t.is_string() => SqlValue::Text(i.to_string()),
        // A regclass parameter is a relation's name (or OID), which the
        // SQL looks up when it runs (see catalog_functions::regclass_in).
        (SqlValue::Text(s), PgType::Regclass) => SqlValue::Text(s),
        (SqlValue::Integer(i), PgType::Regclass) => SqlValue::Text(i.to_string()),
        (other, t) => {
            return Err(err(format!(
                "parameter ${n}: cannot use {} as {}",
                match other {
                    SqlValue::Real(_) => "a float",
                    SqlValue::Blob(_) => "a blob",
                    SqlValue::Integer(_) => "an integer",
                    SqlValue::Text(_) => "a string",
                    SqlValue::Null => "NULL",
                },
                t.sql_name()
            )));
        }
    })
}

/// The deferred foreign keys' check, as PostgreSQL runs it at COMMIT or
/// at `SET CONSTRAINTS ALL IMMEDIATE`: a row whose key is not present in
/// the referenced table is PostgreSQL's error (23503), naming the
/// constraint.
fn check_deferred_foreign_keys(conn: &rusqlite::Connection) -> Result<()> {
    use rusqlite::OptionalExtension;
    let broken: Option<(String, i64)> = conn
        .query_row(
            "SELECT \"table\", fkid FROM pragma_foreign_key_check LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((table, fkid)) = broken else {
        return Ok(());
    };
    let columns: Vec<String> = conn
        .prepare("SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE id = ?2 ORDER BY seq")?
        .query_map(rusqlite::params![table, fkid], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let name = crate::system_catalog::foreign_key_name(conn, &table, &columns)?
        .unwrap_or_else(|| format!("{table}_{}_fkey", columns.join("_")));
    Err(Error::Execution {
        message: format!(
            "insert or update on table \"{table}\" violates foreign key constraint \"{name}\""
        ),
        source: None,
    })
}

/// Whether `name` is a column of `table` carrying the `CHECK ("name" IS NOT
/// NULL)` that ALTER TABLE ADD COLUMN … NOT NULL is translated to.
fn is_added_not_null(conn: &rusqlite::Connection, table: &str, name: &str) -> bool {
    let needle = format!("CHECK (\"{}\" IS NOT NULL)", name.replace('"', "\"\""));
    conn.query_row(
        "SELECT instr(sql, ?2) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [table, needle.as_str()],
        |r| r.get::<_, bool>(0),
    )
    .unwrap_or(false)
}

/// PostgreSQL's message for a constraint violation SQLite reported.
///
/// pgshim's DDL gives constraints PostgreSQL's default names
/// (`t_col_check`, `t_col_fkey`); unique indexes are found by their
/// columns, as SQLite names only the columns.
pub(crate) fn constraint_message(
    conn: &rusqlite::Connection,
    t: &Translation,
    msg: &str,
) -> Option<String> {
    if msg == "Recursion limit" || msg.starts_with("Expression tree is too large") {
        return Some(format!(
            "statement too deeply nested for SQLite ({msg}): write a long OR/AND/+ chain as \
             IN (…), = ANY($1) or a join"
        ));
    }
    if msg == "ON CONFLICT clause does not match any PRIMARY KEY or UNIQUE constraint" {
        return Some(
            "there is no unique or exclusion constraint matching the ON CONFLICT specification"
                .into(),
        );
    }
    if let Some(rest) = msg.strip_prefix("NOT NULL constraint failed: ") {
        let (table, col) = rest.split_once('.')?;
        return Some(format!(
            "null value in column \"{col}\" of relation \"{table}\" violates not-null constraint"
        ));
    }
    if msg == "CHECK constraint failed" {
        let (table, col) = (t.target_table.as_deref()?, t.added_not_null.as_deref()?);
        return Some(format!(
            "column \"{col}\" of relation \"{table}\" contains null values"
        ));
    }
    if let Some(name) = msg.strip_prefix("CHECK constraint failed: ") {
        let table = t.target_table.as_deref()?;
        // A NOT NULL added by ALTER TABLE is an unnamed CHECK, which SQLite
        // reports under the column's name.
        if is_added_not_null(conn, table, name) {
            return Some(format!(
                "null value in column \"{name}\" of relation \"{table}\" violates not-null constraint"
            ));
        }
        return Some(format!(
            "new row for relation \"{table}\" violates check constraint \"{name}\""
        ));
    }
    if let Some(rest) = msg.strip_prefix("UNIQUE constraint failed: ") {
        let cols: Vec<(&str, &str)> = rest.split(", ").filter_map(|c| c.split_once('.')).collect();
        let table = cols.first()?.0;
        let names: Vec<&str> = cols.iter().map(|(_, c)| *c).collect();
        return Some(format!(
            "duplicate key value violates unique constraint \"{}\"",
            unique_name(conn, table, &names)
        ));
    }
    if msg == "FOREIGN KEY constraint failed" {
        let table = t.target_table.as_deref()?;
        let mut stmt = conn
            .prepare("SELECT DISTINCT id FROM pragma_foreign_key_list(?1)")
            .ok()?;
        let n = stmt
            .query_map([table], |r| r.get::<_, i64>(0))
            .ok()?
            .count();
        let sql = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get::<_, String>(0),
            )
            .ok()?;
        if n == 1 && t.sql.starts_with("INSERT") {
            // pgshim's DDL names every foreign key (`CONSTRAINT "…"`).
            let name = sql
                .split("CONSTRAINT \"")
                .skip(1)
                .filter_map(|s| {
                    let (n, rest) = s.split_once('"')?;
                    let rest = rest.trim_start();
                    (rest.starts_with("FOREIGN KEY") || rest.starts_with("REFERENCES")).then_some(n)
                })
                .next()?;
            return Some(format!(
                "insert or update on table \"{table}\" violates foreign key constraint \"{name}\""
            ));
        }
    }
    None
}

/// The name a `CONSTRAINT name UNIQUE (…)` / `PRIMARY KEY` over `cols`
/// has in the table's stored definition, if it was named there.
fn named_constraint(
    conn: &rusqlite::Connection,
    table: &str,
    cols: &[&str],
    primary: bool,
) -> Option<String> {
    use sqlparser::ast::{ColumnOption, Statement, TableConstraint};
    let sql: String = conn
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )
        .ok()?;
    let stmts =
        sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::SQLiteDialect {}, &sql).ok()?;
    let Some(Statement::CreateTable(ct)) = stmts.first() else {
        return None;
    };
    let same = |names: Vec<String>| names.iter().map(String::as_str).eq(cols.iter().copied());
    for c in &ct.columns {
        for o in &c.options {
            let kind = match o.option {
                ColumnOption::PrimaryKey(_) => true,
                ColumnOption::Unique(_) => false,
                _ => continue,
            };
            if kind == primary && same(vec![c.name.value.clone()]) {
                if let Some(n) = &o.name {
                    return Some(n.value.clone());
                }
            }
        }
    }
    for tc in &ct.constraints {
        let (name, columns, kind) = match tc {
            TableConstraint::PrimaryKey(pk) => (&pk.name, &pk.columns, true),
            TableConstraint::Unique(u) => (&u.name, &u.columns, false),
            _ => continue,
        };
        let names = columns
            .iter()
            .map(|ic| match &ic.column.expr {
                sqlparser::ast::Expr::Identifier(i) => i.value.clone(),
                other => other.to_string(),
            })
            .collect();
        if kind == primary && same(names) {
            if let Some(n) = name {
                return Some(n.value.clone());
            }
        }
    }
    None
}

/// The PostgreSQL name of the unique constraint or index over `cols`.
fn unique_name(conn: &rusqlite::Connection, table: &str, cols: &[&str]) -> String {
    let found = (|| -> rusqlite::Result<Option<String>> {
        let mut list =
            conn.prepare("SELECT name, origin FROM pragma_index_list(?1) WHERE \"unique\" = 1")?;
        let idx: Vec<(String, String)> = list
            .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (name, origin) in idx {
            let mut info = conn.prepare("SELECT name FROM pragma_index_info(?1) ORDER BY seqno")?;
            let ic: Vec<String> = info
                .query_map([&name], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if ic.iter().map(String::as_str).eq(cols.iter().copied()) {
                if origin != "c" {
                    if let Some(n) = named_constraint(conn, table, cols, origin == "pk") {
                        return Ok(Some(n));
                    }
                }
                return Ok(Some(match origin.as_str() {
                    "c" => name,
                    "pk" => format!("{table}_pkey"),
                    _ => format!("{table}_{}_key", cols.join("_")),
                }));
            }
        }
        Ok(None)
    })();
    match found {
        Ok(Some(n)) => n,
        // An INTEGER PRIMARY KEY has no index of its own.
        _ => format!("{table}_pkey"),
    }
}
