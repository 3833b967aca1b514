//! The translator: PostgreSQL SQL in, SQLite SQL out, with PostgreSQL types.
//!
//! parse (sqlparser, PostgreSQL dialect) → resolve names ([`scope`]) →
//! type and rewrite each expression bottom-up ([`expr`], with one rule per
//! PostgreSQL construct in [`operators`], [`casts`], [`functions`]) → emit
//! SQLite SQL (sqlparser's printer over the rewritten tree).

mod arrays;
pub(crate) mod build;
pub mod casts;
mod catalog_functions;
mod datetime;
pub(crate) mod ddl;
pub(crate) mod deparse;
mod dml;
pub(crate) mod expr;
pub mod functions;
mod fuse;
mod grouping;
mod hoist;
mod json;
mod math;
mod memo;
pub(crate) mod naming;
pub mod operators;
mod query;
pub(crate) mod scope;
mod sequences;
mod session;
mod strings;

use sqlparser::ast::{Expr, Query, Statement};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

use crate::catalog::{Catalog, Table};
use crate::error::{Error, Result};
use crate::time::{DateStyle, IntervalStyle};
use crate::types::PgType;

pub(crate) use session::canonical as canonical_setting;
pub use session::{Setting, canonical_time_zone};

/// Options that change how SQL is translated.
///
/// ```
/// let opts = pgshim::Options::default();
/// assert_eq!(opts.time_zone, "UTC");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// The session time zone the translation assumes (PostgreSQL's
    /// `TimeZone` setting), an IANA name.
    pub time_zone: String,
    /// The `DateStyle` the translation assumes: how date/time values cast
    /// to text are written, and how `'01/02/03'` is read.
    pub date_style: DateStyle,
    /// The `IntervalStyle` the translation assumes: how intervals cast to
    /// text are written.
    pub interval_style: IntervalStyle,
    /// Every result column as PostgreSQL's text output of its value, as
    /// psql shows it (`pg_output(value, type)`, in the session's zone and
    /// styles when the statement runs), for hosts that read SQLite values
    /// without knowing their PostgreSQL types. The columns keep their
    /// PostgreSQL types in [`Translation::columns`].
    ///
    /// ```
    /// let mut tr = pgshim::Translator::new(pgshim::Catalog::new());
    /// tr.options_mut().text_output = true;
    /// let t = tr.translate("SELECT true AS yes").unwrap();
    /// assert!(t.sql.contains("pg_output"));
    /// ```
    pub text_output: bool,
    /// The SQLite the SQL will run on (`sqlite3_libversion_number`, e.g.
    /// 3040001): constructs are written for it (ORDER BY inside an
    /// aggregate, SQLite 3.44 syntax, becomes `pg_sorted_agg` before
    /// 3.44), or refused where it has no way to say them (RIGHT and FULL
    /// JOIN before 3.39). The linked SQLite's by default.
    ///
    /// ```
    /// let mut tr = pgshim::Translator::new(pgshim::Catalog::new());
    /// tr.options_mut().sqlite_version = 3_040_001;
    /// let t = tr.translate("SELECT string_agg(x, ',' ORDER BY x) FROM (VALUES ('a')) v(x)").unwrap();
    /// assert!(t.sql.contains("pg_sorted_agg"));
    /// tr.options_mut().sqlite_version = 3_038_005;
    /// let e = tr.translate("SELECT 1 FROM (VALUES (1)) a(x) FULL JOIN (VALUES (1)) b(y) ON true").unwrap_err();
    /// assert!(e.to_string().contains("SQLite 3.39"));
    /// ```
    pub sqlite_version: i32,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            time_zone: "UTC".into(),
            date_style: DateStyle::ISO,
            interval_style: IntervalStyle::Postgres,
            text_output: false,
            sqlite_version: rusqlite::version_number(),
        }
    }
}

/// One result column: PostgreSQL's name for it and its PostgreSQL type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputColumn {
    /// The column name PostgreSQL reports.
    pub name: String,
    /// The column's PostgreSQL type.
    pub ty: PgType,
    /// PostgreSQL's type modifier for the column, as RowDescription sends
    /// it (`varchar(20)`: 24; `numeric(10,2)`: 655366; `timestamptz(3)`:
    /// 3), or -1: a table column's declared modifier, or a cast's.
    pub typmod: i32,
    /// Whether the column was an untyped literal resolved to text, which a
    /// UNION may still resolve to the other branch's type.
    pub(crate) from_unknown: bool,
}

impl OutputColumn {
    /// A result column.
    pub fn new(name: impl Into<String>, ty: PgType) -> OutputColumn {
        OutputColumn {
            name: name.into(),
            ty,
            typmod: crate::types::typmod::NONE,
            from_unknown: false,
        }
    }
}

/// What kind of statement a translation is, which decides how it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatementKind {
    /// Returns rows (SELECT, VALUES, SHOW, or DML with RETURNING).
    Query,
    /// INSERT/UPDATE/DELETE without RETURNING.
    Modify,
    /// Changes the schema.
    Ddl,
    /// Changes or reads a session setting (`SET`, `RESET`).
    Session,
    /// BEGIN / COMMIT / ROLLBACK.
    Transaction,
}

/// A change to the catalog that a statement makes when it succeeds.
#[derive(Debug, Clone)]
pub(crate) enum CatalogEffect {
    CreateTable(Table),
    DropTables(Vec<String>),
    /// ALTER TABLE: the table under its (possibly new) name replaces the
    /// old one.
    ReplaceTable {
        old: String,
        table: Table,
    },
    /// CREATE SEQUENCE, ALTER SEQUENCE: the sequence's new parameters.
    CreateSequence(crate::catalog::Sequence),
    DropSequences(Vec<String>),
    /// A statement that changes several things (DROP TABLE and the
    /// sequences its columns own).
    Many(Vec<CatalogEffect>),
    /// A change whose result is read back from the SQLite file (a table
    /// rebuilt by ALTER TABLE).
    Reload,
}

/// The result of translating one PostgreSQL statement.
///
/// ```
/// use pgshim::{Catalog, PgType, Translator};
/// let mut cat = Catalog::new();
/// cat.add_table("t", &[("id", PgType::Int4), ("done", PgType::Bool)]);
/// let tr = Translator::new(cat).translate("SELECT count(*), done FROM t WHERE id > $1 GROUP BY done").unwrap();
/// assert_eq!(tr.params, vec![PgType::Int4]);
/// assert_eq!(tr.columns[0].name, "count");
/// assert_eq!(tr.columns[0].ty, PgType::Int8);
/// assert!(tr.sql.contains("?1"));
/// ```
#[derive(Debug, Clone)]
pub struct Translation {
    /// The SQLite SQL to run. Parameters are `?1`, `?2`, … in PostgreSQL's
    /// `$1`, `$2`, … order.
    pub sql: String,
    /// The PostgreSQL type of each parameter.
    pub params: Vec<PgType>,
    /// The result columns (empty for statements that return no rows).
    pub columns: Vec<OutputColumn>,
    /// What kind of statement this is.
    pub kind: StatementKind,
    /// PostgreSQL's command tag for the statement (`SELECT`, `INSERT`,
    /// `CREATE TABLE`, …), without the row count that CommandComplete adds
    /// (see [`Translation::command_complete`]).
    pub command: &'static str,
    /// A session setting this statement changes, if any.
    pub setting: Option<Setting>,
    pub(crate) effect: Option<CatalogEffect>,
    /// The table an INSERT/UPDATE/DELETE writes, for PostgreSQL-style
    /// constraint error messages.
    pub(crate) target_table: Option<String>,
    /// ALTER TABLE ADD COLUMN … NOT NULL without a default: the column,
    /// whose NOT NULL became a CHECK (SQLite refuses NOT NULL there).
    pub(crate) added_not_null: Option<String>,
    /// ALTER TABLE actions that rebuild the table.
    pub(crate) rebuild: Option<ddl::Rebuild>,
    /// A TRUNCATE, which the connection runs.
    pub(crate) truncate: Option<ddl::Truncate>,
    /// A savepoint statement (`SAVEPOINT`, `RELEASE SAVEPOINT`, `ROLLBACK
    /// TO SAVEPOINT`), which PostgreSQL allows only in a transaction block
    /// (SQLite's would start one).
    pub(crate) savepoint: Option<String>,
    /// A query with a locking clause (`FOR UPDATE`), which takes the
    /// file's write lock.
    pub(crate) locks: bool,
    /// It reads the system catalogs, which must be filled first.
    pub(crate) system_catalog: bool,
}

/// BEGIN's transaction modes. READ COMMITTED (and READ UNCOMMITTED, which
/// PostgreSQL runs as READ COMMITTED) and READ WRITE are what a block is:
/// `BEGIN`. REPEATABLE READ and SERIALIZABLE are served by running the block
/// alone among writers: `BEGIN IMMEDIATE` takes the write lock at once, so
/// no other transaction commits while it runs and every statement sees the
/// file as the block began (stricter than PostgreSQL, which runs such blocks
/// side by side and may fail one with a serialization error). READ ONLY and
/// DEFERRABLE are refused.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/15/sql-set-transaction.html>,
/// <https://www.postgresql.org/docs/15/transaction-iso.html>
pub(crate) use catalog_functions::builtin_type;

/// A transaction statement's SQL without the isolation level's comment
/// ([`begin_sql`]): `BEGIN`, `BEGIN IMMEDIATE`, `COMMIT`, …
pub(crate) fn transaction_sql(sql: &str) -> &str {
    sql.split(" /*").next().unwrap_or(sql)
}

fn begin_sql(modes: &[sqlparser::ast::TransactionMode]) -> Result<&'static str> {
    use sqlparser::ast::{TransactionAccessMode, TransactionIsolationLevel, TransactionMode};
    // The SQL names the level in a comment, for SHOW transaction_isolation
    // (see Session::block_statement).
    let mut sql = "BEGIN";
    for m in modes {
        match m {
            TransactionMode::IsolationLevel(TransactionIsolationLevel::ReadCommitted)
            | TransactionMode::AccessMode(TransactionAccessMode::ReadWrite) => {}
            TransactionMode::IsolationLevel(TransactionIsolationLevel::ReadUncommitted) => {
                sql = "BEGIN /*isolation:read uncommitted*/";
            }
            TransactionMode::IsolationLevel(TransactionIsolationLevel::RepeatableRead) => {
                sql = "BEGIN IMMEDIATE /*isolation:repeatable read*/";
            }
            TransactionMode::IsolationLevel(TransactionIsolationLevel::Serializable) => {
                sql = "BEGIN IMMEDIATE /*isolation:serializable*/";
            }
            other => {
                return Err(Error::unsupported(
                    format!("transaction mode {other}"),
                    None,
                    "write BEGIN, or BEGIN ISOLATION LEVEL READ COMMITTED, REPEATABLE READ or SERIALIZABLE",
                ));
            }
        }
    }
    Ok(sql)
}

impl Translation {
    /// Whether running the statement only reads rows (a query with no
    /// effect on the session or catalog), which can then be read as they
    /// come ([`crate::Connection::query_raw`] streams them,
    /// [`crate::Connection::open_portal`] keeps them in SQLite).
    ///
    /// ```
    /// use pgshim::{Catalog, Translator};
    /// let mut tr = Translator::new(Catalog::new());
    /// assert!(tr.translate("SELECT 1").unwrap().streams());
    /// assert!(!tr.translate("SET TIME ZONE 'UTC'").unwrap().streams());
    /// ```
    pub fn streams(&self) -> bool {
        self.kind == StatementKind::Query
            && self.effect.is_none()
            && self.setting.is_none()
            && self.rebuild.is_none()
            && self.truncate.is_none()
    }

    /// Whether the statement only reads the file: a SELECT (or SHOW),
    /// a session setting, BEGIN, COMMIT or ROLLBACK. Anything else (DML,
    /// DDL, savepoints) needs SQLite's write lock, which a block opened by
    /// [`crate::Connection::set_begin_at_first_write`] takes before it
    /// runs. (A SELECT of `nextval` writes its sequence, which PostgreSQL
    /// does not undo with the block either.)
    ///
    /// ```
    /// use pgshim::{Catalog, Translator};
    /// let mut tr = Translator::new(Catalog::new());
    /// let create = tr.translate("CREATE TABLE t (x int)").unwrap();
    /// assert!(!create.reads_only());
    /// tr.apply(&create);
    /// assert!(tr.translate("SELECT x FROM t").unwrap().reads_only());
    /// assert!(tr.translate("BEGIN").unwrap().reads_only());
    /// assert!(!tr.translate("INSERT INTO t VALUES (1) RETURNING x").unwrap().reads_only());
    /// assert!(!tr.translate("SAVEPOINT a").unwrap().reads_only());
    /// ```
    pub fn reads_only(&self) -> bool {
        match self.kind {
            StatementKind::Session => true,
            StatementKind::Query => matches!(self.command, "SELECT" | "SHOW") && !self.locks,
            // BEGIN IMMEDIATE (REPEATABLE READ, SERIALIZABLE) takes the
            // write lock.
            StatementKind::Transaction => {
                self.savepoint.is_none() && transaction_sql(&self.sql) != "BEGIN IMMEDIATE"
            }
            StatementKind::Modify | StatementKind::Ddl => false,
        }
    }
}

/// Translates PostgreSQL statements into SQLite SQL, using a [`Catalog`].
///
/// ```
/// use pgshim::{Catalog, Translator};
/// let mut tr = Translator::new(Catalog::new());
/// let create = tr.translate("CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL)").unwrap();
/// tr.apply(&create);
/// let q = tr.translate("SELECT name FROM t ORDER BY name").unwrap();
/// assert_eq!(q.sql, r#"SELECT "name" AS "name" FROM "t" ORDER BY 1 ASC NULLS LAST"#);
/// ```
#[derive(Debug, Clone)]
pub struct Translator {
    catalog: Catalog,
    options: Options,
}

/// Per-statement translation state.
pub(crate) struct Cx<'c> {
    pub catalog: &'c Catalog,
    /// Parameter types found so far, `$1` first.
    pub params: Vec<Option<PgType>>,
    /// The table a DML statement writes.
    pub target: Option<String>,
    /// The session time zone (`TimeZone` setting spelling) the translation
    /// assumes.
    pub zone: String,
    /// Read the session zone when the SQL runs instead of writing it in
    /// (column defaults, which run long after the translation); the same
    /// for `DateStyle` and `IntervalStyle`.
    pub zone_at_run_time: bool,
    /// The `DateStyle` the translation assumes.
    pub date_style: DateStyle,
    /// The `IntervalStyle` the translation assumes.
    pub interval_style: IntervalStyle,
    /// RETURNING items as PostgreSQL's text output ([`Options::text_output`]).
    pub text_output: bool,
    /// The SQLite version the SQL will run on ([`Options::sqlite_version`]).
    pub sqlite_version: i32,
    /// A DISTINCT ON select just translated, waiting for its query to be
    /// wrapped (see `query::distinct_on`).
    pub(crate) distinct_on: Option<query::DistinctOnPlan>,
    /// How deeply `expr` is nested now (to grow the stack on deep chains).
    pub(crate) depth: usize,
    /// Sequences a CREATE TABLE makes for its serial columns that are not
    /// the primary key.
    pub(crate) serial_sequences: Vec<crate::catalog::Sequence>,
    /// A locking clause (`FOR UPDATE`, `FOR SHARE`) was translated.
    pub(crate) locks: bool,
    /// The statement reads the system catalogs (`pg_class`, …), which the
    /// connection fills before it runs (see `system_catalog`).
    pub(crate) system_catalog: bool,
}

impl Translator {
    /// A translator over the given catalog with default options.
    pub fn new(catalog: Catalog) -> Translator {
        Translator {
            catalog,
            options: Options::default(),
        }
    }

    /// A translator with options.
    pub fn with_options(catalog: Catalog, options: Options) -> Translator {
        Translator { catalog, options }
    }

    /// The catalog.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The catalog, to change.
    pub fn catalog_mut(&mut self) -> &mut Catalog {
        &mut self.catalog
    }

    /// The options.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The options, to change (e.g. the session time zone).
    pub fn options_mut(&mut self) -> &mut Options {
        &mut self.options
    }

    /// Records what a successfully executed statement changed in the schema
    /// (a created or dropped table), and the session setting it changed.
    pub fn apply(&mut self, t: &Translation) {
        if let Some(e) = &t.effect {
            self.apply_effect(e);
        }
        match &t.setting {
            Some(Setting::TimeZone(z)) => self.options.time_zone = z.clone(),
            Some(Setting::DateStyle(d)) => self.options.date_style = *d,
            Some(Setting::IntervalStyle(i)) => self.options.interval_style = *i,
            // A translator on its own has no session: its defaults are
            // PostgreSQL's (UTC for the zone).
            Some(Setting::ResetTimeZone) => self.options.time_zone = "UTC".into(),
            Some(Setting::ResetDateStyle) => self.options.date_style = DateStyle::ISO,
            Some(Setting::ResetIntervalStyle) => {
                self.options.interval_style = IntervalStyle::Postgres
            }
            Some(Setting::ResetAll) => {
                let d = Options::default();
                self.options.time_zone = d.time_zone;
                self.options.date_style = d.date_style;
                self.options.interval_style = d.interval_style;
            }
            _ => {}
        }
    }

    fn apply_effect(&mut self, e: &CatalogEffect) {
        match e {
            CatalogEffect::CreateTable(table) => self.catalog.insert_table(table.clone()),
            CatalogEffect::DropTables(names) => {
                for n in names {
                    self.catalog.remove_table(n);
                }
            }
            CatalogEffect::ReplaceTable { old, table } => {
                self.catalog.remove_table(old);
                self.catalog.insert_table(table.clone());
            }
            CatalogEffect::CreateSequence(s) => self.catalog.insert_sequence(s.clone()),
            CatalogEffect::DropSequences(names) => {
                for n in names {
                    self.catalog.remove_sequence(n);
                }
            }
            CatalogEffect::Many(all) => {
                for e in all {
                    self.apply_effect(e);
                }
            }
            // Read back by the connection, which has the file.
            CatalogEffect::Reload => {}
        }
    }

    /// Translates exactly one PostgreSQL statement.
    pub fn translate(&self, sql: &str) -> Result<Translation> {
        let mut stmts = parse(sql)?;
        if stmts.len() != 1 {
            return Err(Error::Parse {
                message: format!("expected exactly one statement, found {}", stmts.len()),
            });
        }
        self.translate_statement(&mut stmts[0])
    }

    /// Translates a script of `;`-separated statements, applying each
    /// statement's schema changes before translating the next.
    ///
    /// ```
    /// let mut tr = pgshim::Translator::new(pgshim::Catalog::new());
    /// let out = tr.translate_script("CREATE TABLE t (x int); SELECT x FROM t").unwrap();
    /// assert_eq!(out[1].sql, r#"SELECT "x" AS "x" FROM "t""#);
    /// ```
    pub fn translate_script(&mut self, sql: &str) -> Result<Vec<Translation>> {
        let mut out = Vec::new();
        for mut stmt in parse(sql)? {
            let t = self.translate_statement(&mut stmt)?;
            self.apply(&t);
            out.push(t);
        }
        Ok(out)
    }

    /// Translates a parsed statement (rewriting it in place).
    pub(crate) fn translate_statement(&self, stmt: &mut Statement) -> Result<Translation> {
        self.translate_statement_typed(stmt, &[])
    }

    /// Translates one statement whose parameters have declared types
    /// (`None`: inferred), as a client's Parse message declares them;
    /// the declared types win over inference.
    ///
    /// ```
    /// use pgshim::{Catalog, PgType, Translator};
    /// let tr = Translator::new(Catalog::new());
    /// let t = tr.translate_typed("SELECT $1 AS x", &[Some(PgType::Int8)]).unwrap();
    /// assert_eq!(t.params, [PgType::Int8]);
    /// assert_eq!(t.columns[0].ty, PgType::Int8);
    /// ```
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY>
    pub fn translate_typed(&self, sql: &str, declared: &[Option<PgType>]) -> Result<Translation> {
        let mut stmts = parse(sql)?;
        if stmts.len() != 1 {
            return Err(Error::Parse {
                message: format!("expected exactly one statement, found {}", stmts.len()),
            });
        }
        self.translate_statement_typed(&mut stmts[0], declared)
    }

    pub(crate) fn translate_statement_typed(
        &self,
        stmt: &mut Statement,
        declared: &[Option<PgType>],
    ) -> Result<Translation> {
        let command = command_tag(stmt);
        let mut cx = Cx {
            catalog: &self.catalog,
            params: declared.to_vec(),
            target: None,
            zone: self.options.time_zone.clone(),
            zone_at_run_time: false,
            date_style: self.options.date_style,
            interval_style: self.options.interval_style,
            text_output: self.options.text_output,
            sqlite_version: self.options.sqlite_version,
            distinct_on: None,
            depth: 0,
            serial_sequences: Vec::new(),
            locks: false,
            system_catalog: false,
        };
        let mut t = match stmt {
            Statement::Query(q) => {
                let cols = cx.query(q, None)?;
                post_passes(q.as_mut(), false);
                let sql = output_rows(&mut cx, q.to_string(), &cols, self.options.text_output)?;
                Translation::rows(sql, cols)
            }
            Statement::Insert(_) | Statement::Update(_) | Statement::Delete(_) => cx.dml(stmt)?,
            Statement::CreateTable(_)
            | Statement::CreateView(_)
            | Statement::AlterTable(_)
            | Statement::CreateIndex(_)
            | Statement::Drop { .. }
            | Statement::Truncate(_) => cx.ddl(stmt)?,
            Statement::CreateSequence { .. } => cx.sequence_ddl(stmt)?,
            Statement::Set(_) | Statement::ShowVariable { .. } | Statement::Reset(_) => {
                cx.session(stmt)?
            }
            // Documented no-ops: comments are metadata SQLite does not keep;
            // an extension's functions, if used, are refused where they are
            // used.
            Statement::Comment { .. } | Statement::CreateExtension(_) => {
                Translation::other(String::new(), StatementKind::Ddl)
            }
            Statement::StartTransaction {
                modes,
                statements,
                exception,
                ..
            } => {
                if !statements.is_empty() || exception.is_some() {
                    return Err(Error::unsupported(
                        "BEGIN … END blocks",
                        None,
                        "write plain BEGIN",
                    ));
                }
                Translation::other(begin_sql(modes)?.into(), StatementKind::Transaction)
            }
            Statement::Commit { chain: false, .. } => {
                Translation::other("COMMIT".into(), StatementKind::Transaction)
            }
            Statement::Rollback {
                chain: false,
                savepoint: None,
            } => Translation::other("ROLLBACK".into(), StatementKind::Transaction),
            Statement::Savepoint { name } => savepoint("SAVEPOINT", &name.value),
            Statement::ReleaseSavepoint { name } => savepoint("RELEASE SAVEPOINT", &name.value),
            Statement::Rollback {
                chain: false,
                savepoint: Some(name),
            } => savepoint("ROLLBACK TO SAVEPOINT", &name.value),
            other => {
                let text = other.to_string();
                let word: String = text
                    .split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ");
                return Err(Error::unsupported(
                    format!("statement {word}"),
                    None,
                    "see docs/compatibility.md for the statements pgshim translates",
                ));
            }
        };
        if cx.system_catalog && !matches!(stmt, Statement::Query(_)) {
            return Err(Error::unsupported(
                "a system catalog (pg_class, pg_attribute, …) outside a query",
                None,
                "pgshim computes the catalogs for the connection: read them in a SELECT",
            ));
        }
        if cx.locks && matches!(stmt, Statement::CreateView(_)) {
            return Err(Error::unsupported(
                "FOR UPDATE/SHARE in a view",
                None,
                "lock in the query that reads the view",
            ));
        }
        t.params = cx.finish_params()?;
        t.command = command;
        t.locks = cx.locks;
        t.system_catalog = cx.system_catalog;
        Ok(t)
    }
}

/// PostgreSQL's command tag of a statement, as CommandComplete names it.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/protocol-message-formats.html#PROTOCOL-MESSAGE-FORMATS-COMMANDCOMPLETE>
fn command_tag(stmt: &Statement) -> &'static str {
    use sqlparser::ast::ObjectType;
    match stmt {
        Statement::Query(_) => "SELECT",
        Statement::Insert(_) => "INSERT",
        Statement::Update(_) => "UPDATE",
        Statement::Delete(_) => "DELETE",
        Statement::CreateTable(c) if c.query.is_some() => "SELECT",
        Statement::CreateTable(_) => "CREATE TABLE",
        Statement::CreateView(_) => "CREATE VIEW",
        Statement::AlterTable(_) => "ALTER TABLE",
        Statement::CreateIndex(_) => "CREATE INDEX",
        Statement::Drop { object_type, .. } => match object_type {
            ObjectType::Table => "DROP TABLE",
            ObjectType::View => "DROP VIEW",
            ObjectType::Index => "DROP INDEX",
            ObjectType::Sequence => "DROP SEQUENCE",
            ObjectType::Schema => "DROP SCHEMA",
            ObjectType::Type => "DROP TYPE",
            _ => "DROP",
        },
        Statement::Truncate(_) => "TRUNCATE TABLE",
        Statement::CreateSequence { .. } => "CREATE SEQUENCE",
        Statement::Set(sqlparser::ast::Set::SingleAssignment { variable, .. })
            if variable.to_string() == SET_CONSTRAINTS =>
        {
            "SET CONSTRAINTS"
        }
        Statement::Set(_) => "SET",
        Statement::Reset(_) => "RESET",
        Statement::ShowVariable { .. } => "SHOW",
        Statement::Comment { .. } => "COMMENT",
        Statement::CreateExtension(_) => "CREATE EXTENSION",
        Statement::StartTransaction { begin: true, .. } => "BEGIN",
        Statement::StartTransaction { .. } => "START TRANSACTION",
        Statement::Commit { .. } => "COMMIT",
        Statement::Rollback {
            savepoint: Some(_), ..
        } => "ROLLBACK",
        Statement::Rollback { .. } => "ROLLBACK",
        Statement::Savepoint { .. } => "SAVEPOINT",
        Statement::ReleaseSavepoint { .. } => "RELEASE",
        _ => "",
    }
}

impl Translation {
    /// The CommandComplete tag after the statement ran: `SELECT 3`,
    /// `INSERT 0 1`, `UPDATE 2`, `CREATE TABLE`.
    ///
    /// ```
    /// let tr = pgshim::Translator::new(pgshim::Catalog::new());
    /// let t = tr.translate("SELECT 1").unwrap();
    /// assert_eq!(t.command_complete(1), "SELECT 1");
    /// ```
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/protocol-message-formats.html#PROTOCOL-MESSAGE-FORMATS-COMMANDCOMPLETE>
    pub fn command_complete(&self, rows: u64) -> String {
        self.command_complete_tag(rows)
    }

    /// The savepoint statement this is (`SAVEPOINT`, `RELEASE SAVEPOINT`,
    /// `ROLLBACK TO SAVEPOINT`), if it is one.
    ///
    /// ```
    /// let tr = pgshim::Translator::new(pgshim::Catalog::new());
    /// assert_eq!(tr.translate("ROLLBACK TO s").unwrap().savepoint_verb(), Some("ROLLBACK TO SAVEPOINT"));
    /// assert_eq!(tr.translate("ROLLBACK").unwrap().savepoint_verb(), None);
    /// ```
    pub fn savepoint_verb(&self) -> Option<&str> {
        self.savepoint.as_deref()
    }

    fn command_complete_tag(&self, rows: u64) -> String {
        match self.command {
            "INSERT" => format!("INSERT 0 {rows}"),
            "SELECT" | "UPDATE" | "DELETE" => format!("{} {rows}", self.command),
            other => other.to_string(),
        }
    }
}

/// A query's rows as they leave: the OID alias types' columns
/// (`regclass`…) as the objects' names, and with
/// [`Options::text_output`] every column as PostgreSQL's text output. The
/// query becomes a common table expression whose columns are numbered
/// (result names may repeat), read in the query's order (SQLite keeps a
/// FROM-clause subquery's ORDER BY when the outer query is a plain
/// projection of it). Other queries are left as they are.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/protocol-overview.html#PROTOCOL-FORMAT-CODES>,
/// <https://www.postgresql.org/docs/current/datatype-oid.html>
fn output_rows(
    cx: &mut Cx,
    sql: String,
    cols: &[OutputColumn],
    text_output: bool,
) -> Result<String> {
    if let Some(c) = cols.iter().find(|c| c.ty == PgType::PgNodeTree) {
        return Err(Error::unsupported(
            format!("column \"{}\" of type pg_node_tree", c.name),
            None,
            "read a stored expression through pg_get_expr(expr, relation)",
        ));
    }
    let names = cols.iter().any(|c| c.ty.is_reg());
    if cols.is_empty() || !(text_output || names) {
        return Ok(sql);
    }
    if names {
        cx.system_catalog = true;
    }
    let numbered = (0..cols.len())
        .map(|i| format!("\"c{i}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let items = cols
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let value = match c.ty {
                t if t.is_reg() => catalog_functions::reg_out_sql(t, &format!("\"c{i}\"")),
                t if text_output => format!("pg_output(\"c{i}\", '{}')", t.name()),
                _ => format!("\"c{i}\""),
            };
            format!("{value} AS \"{}\"", c.name.replace('"', "\"\""))
        })
        .collect::<Vec<_>>()
        .join(", ");
    Ok(format!(
        "WITH \"_pgshim_rows\"({numbered}) AS ({sql}) SELECT {items} FROM \"_pgshim_rows\""
    ))
}

impl Translation {
    pub(crate) fn rows(sql: String, columns: Vec<OutputColumn>) -> Translation {
        Translation {
            sql,
            params: vec![],
            columns,
            kind: StatementKind::Query,
            command: "SELECT",
            setting: None,
            effect: None,
            target_table: None,
            added_not_null: None,
            rebuild: None,
            truncate: None,
            savepoint: None,
            locks: false,
            system_catalog: false,
        }
    }

    pub(crate) fn other(sql: String, kind: StatementKind) -> Translation {
        Translation {
            sql,
            params: vec![],
            columns: vec![],
            kind,
            command: "",
            setting: None,
            effect: None,
            target_table: None,
            added_not_null: None,
            rebuild: None,
            truncate: None,
            savepoint: None,
            locks: false,
            system_catalog: false,
        }
    }
}

impl Cx<'_> {
    /// Refuses a construct whose SQLite SQL needs a newer SQLite than the
    /// one the translation is for ([`Options::sqlite_version`]).
    pub(crate) fn require_sqlite(
        &self,
        version: i32,
        construct: &str,
        span: Option<crate::SourceSpan>,
    ) -> Result<()> {
        if self.sqlite_version >= version {
            return Ok(());
        }
        let v = |n: i32| format!("{}.{}.{}", n / 1_000_000, n / 1000 % 1000, n % 1000);
        Err(Error::unsupported(
            format!("{construct} on SQLite {}", v(self.sqlite_version)),
            span,
            format!(
                "pgshim translates it for SQLite {} or later; load pgshim into a newer SQLite",
                v(version).trim_end_matches(".0")
            ),
        ))
    }
}

impl Cx<'_> {
    fn finish_params(&self) -> Result<Vec<PgType>> {
        self.params
            .iter()
            .enumerate()
            .map(|(i, t)| {
                t.ok_or_else(|| {
                    Error::semantic(
                        format!("could not determine data type of parameter ${}", i + 1),
                        None,
                    )
                    .with_help("add a cast, e.g. $1::text")
                })
            })
            .collect()
    }
}

/// The passes over an emitted statement or query: constant hoisting
/// (`hoist`), interval aggregates over a difference (`fuse`), then
/// memoizing twins for repeated calls (`memo`). One scan of the calls
/// first finds which of them have anything to do, since most statements
/// need none. `insert`: an INSERT is never hoisted.
pub(crate) fn post_passes<V: sqlparser::ast::Visit + sqlparser::ast::VisitMut>(
    node: &mut V,
    insert: bool,
) {
    let mut stable = false;
    let mut fusable = false;
    let mut seen: Vec<&'static str> = Vec::new();
    let mut repeated = false;
    let _ = sqlparser::ast::visit_expressions(&*node, |x| {
        if let Expr::Function(f) = x {
            stable |= hoist::is_stable(hoist::call_name(f));
            fusable |= fuse::is_fusable(f);
            if let Some(name) = memo::memoized(f) {
                repeated |= seen.contains(&name);
                seen.push(name);
            }
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    if stable && !insert {
        hoist::hoist_constants(node);
    }
    if fusable {
        fuse::fuse_differences(node);
    }
    if repeated {
        memo::use_twins(node);
    }
}

/// Parses PostgreSQL SQL into statements.
pub(crate) fn parse(sql: &str) -> Result<Vec<Statement>> {
    let dialect = PostgreSqlDialect {};
    let mut p = parser(&dialect, sql)?;
    let mut out = Vec::new();
    let mut expecting_delimiter = false;
    loop {
        while p.consume_token(&sqlparser::tokenizer::Token::SemiColon) {
            expecting_delimiter = false;
        }
        if p.peek_token_ref().token == sqlparser::tokenizer::Token::EOF {
            break;
        }
        if expecting_delimiter {
            let found = p.peek_token_ref().clone();
            return Err(Error::Parse {
                message: format!("sql parser error: Expected: end of statement, found: {found}"),
            });
        }
        out.push(parse_statement(&mut p)?);
        expecting_delimiter = true;
    }
    Ok(out)
}

/// Parses the next statement, including the ones pgshim reads itself
/// (`ALTER SEQUENCE`, which sqlparser does not parse).
pub(crate) fn parse_statement(p: &mut Parser) -> Result<Statement> {
    use sqlparser::keywords::Keyword;
    if p.parse_keywords(&[Keyword::ALTER, Keyword::SEQUENCE]) {
        return sequences::parse_alter_sequence(p);
    }
    if let Some(s) = p
        .maybe_parse(parse_set_constraints)
        .map_err(|e| Error::Parse {
            message: e.to_string(),
        })?
    {
        return Ok(s);
    }
    if let Some(s) = p
        .maybe_parse(sequences::parse_add_identity)
        .map_err(|e| Error::Parse {
            message: e.to_string(),
        })?
    {
        return Ok(s);
    }
    p.parse_statement().map_err(|e| Error::Parse {
        message: e.to_string(),
    })
}

/// The variable a parsed `SET CONSTRAINTS` sets (see
/// [`parse_set_constraints`]): an unquoted identifier with a space, which
/// no written SET can name.
pub(crate) const SET_CONSTRAINTS: &str = "SET CONSTRAINTS";

/// `SET CONSTRAINTS { ALL | name [, …] } { IMMEDIATE | DEFERRED }`, which
/// sqlparser does not parse, as a SET of [`SET_CONSTRAINTS`] to the mode
/// and then the names (none: ALL).
fn parse_set_constraints(
    p: &mut Parser,
) -> std::result::Result<Statement, sqlparser::parser::ParserError> {
    use sqlparser::ast::{Ident, ObjectName, Set};
    use sqlparser::keywords::Keyword;
    p.expect_keyword(Keyword::SET)?;
    let word = p.parse_identifier()?;
    if word.quote_style.is_some() || !word.value.eq_ignore_ascii_case("constraints") {
        return p.expected("CONSTRAINTS", p.peek_token());
    }
    let mut names = Vec::new();
    if !p.parse_keyword(Keyword::ALL) {
        loop {
            names.push(Expr::Identifier(p.parse_identifier()?));
            if !p.consume_token(&sqlparser::tokenizer::Token::Comma) {
                break;
            }
        }
    }
    let mode = match p.parse_one_of_keywords(&[Keyword::IMMEDIATE, Keyword::DEFERRED]) {
        Some(Keyword::IMMEDIATE) => "IMMEDIATE",
        Some(_) => "DEFERRED",
        None => return p.expected("IMMEDIATE or DEFERRED", p.peek_token()),
    };
    let mut values = vec![Expr::Identifier(Ident::new(mode))];
    values.extend(names);
    Ok(Statement::Set(Set::SingleAssignment {
        scope: None,
        hivevar: false,
        variable: ObjectName::from(vec![Ident::new(SET_CONSTRAINTS)]),
        values,
    }))
}

/// `SAVEPOINT`, `RELEASE [SAVEPOINT]` and `ROLLBACK TO [SAVEPOINT]`:
/// SQLite's own, which nest and roll back as PostgreSQL's do inside a
/// transaction block (outside one, the connection refuses them as
/// PostgreSQL does, see [`Translation::savepoint`]).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/15/sql-savepoint.html>
fn savepoint(verb: &str, name: &str) -> Translation {
    let mut t = Translation::other(
        format!("{verb} \"{}\"", name.replace('"', "\"\"")),
        StatementKind::Transaction,
    );
    t.savepoint = Some(verb.to_string());
    t
}

/// One statement of a script, as [`split_script`] finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptStatement {
    /// The statement's text, without its `;`.
    pub text: String,
    /// Where it starts in the script (a byte offset).
    pub offset: usize,
    /// The line it starts on (1-based).
    pub line: u64,
    /// The column it starts at (1-based, in characters).
    pub column: u64,
}

/// Splits a script into its statements at the `;` that end them (not those
/// inside quotes, dollar quotes or comments), keeping each statement's text
/// and where it starts, for tools that report per statement.
///
/// ```
/// let s = pgshim::split_script("SELECT 1;\n  SELECT ';';").unwrap();
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[1].text, "SELECT ';'");
/// assert_eq!((s[1].line, s[1].column), (2, 3));
/// ```
pub fn split_script(sql: &str) -> Result<Vec<ScriptStatement>> {
    match single_statement(sql) {
        Some(one) => Ok(one),
        None => split_tokens(sql),
    }
}

/// [`split_script`] by sqlparser's tokens.
fn split_tokens(sql: &str) -> Result<Vec<ScriptStatement>> {
    use sqlparser::tokenizer::{Token, Whitespace};
    let dialect = PostgreSqlDialect {};
    let tokens = sqlparser::tokenizer::Tokenizer::new(&dialect, sql)
        .tokenize_with_location()
        .map_err(|e| Error::Parse {
            message: e.to_string(),
        })?;
    // Byte offset of each line's start, to turn locations into offsets.
    let mut line_starts = vec![0usize];
    line_starts.extend(sql.match_indices('\n').map(|(i, _)| i + 1));
    let offset = |line: u64, column: u64| -> usize {
        let start = line_starts
            .get((line.max(1) - 1) as usize)
            .copied()
            .unwrap_or(sql.len());
        sql[start..]
            .char_indices()
            .nth((column.max(1) - 1) as usize)
            .map_or(sql.len(), |(i, _)| start + i)
    };
    let mut out = Vec::new();
    let mut first: Option<(u64, u64)> = None;
    let mut push = |first: &mut Option<(u64, u64)>, end: usize| {
        if let Some((line, column)) = first.take() {
            let start = offset(line, column);
            let text = sql[start..end.max(start)].trim_end().to_string();
            out.push(ScriptStatement {
                text,
                offset: start,
                line,
                column,
            });
        }
    };
    for t in &tokens {
        match &t.token {
            Token::SemiColon => push(&mut first, offset(t.span.start.line, t.span.start.column)),
            Token::Whitespace(
                Whitespace::Space
                | Whitespace::Tab
                | Whitespace::Newline
                | Whitespace::SingleLineComment { .. }
                | Whitespace::MultiLineComment(_),
            ) if first.is_none() => {}
            _ => {
                if first.is_none() {
                    first = Some((t.span.start.line, t.span.start.column));
                }
            }
        }
    }
    push(&mut first, sql.len());
    Ok(out)
}

/// [`split_script`] of a text with no `;` and no comment, which is one
/// statement (or none) whatever its quotes hold: found without
/// tokenizing, as a server reads most Query messages. `None` for the
/// others.
fn single_statement(sql: &str) -> Option<Vec<ScriptStatement>> {
    if sql.contains([';', '\r']) || sql.contains("--") || sql.contains("/*") {
        return None;
    }
    let Some(start) = sql.find(|c: char| !matches!(c, ' ' | '\t' | '\n')) else {
        return Some(Vec::new());
    };
    let before = &sql[..start];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Some(vec![ScriptStatement {
        text: sql[start..].trim_end().to_string(),
        offset: start,
        line: before.matches('\n').count() as u64 + 1,
        column: sql[line_start..start].chars().count() as u64 + 1,
    }])
}

/// A parser over PostgreSQL SQL, its tokens mended where sqlparser's
/// grammar would lose what PostgreSQL reads (see [`mend_tokens`]).
pub(crate) fn parser<'a>(dialect: &'a PostgreSqlDialect, sql: &str) -> Result<Parser<'a>> {
    let tokens = sqlparser::tokenizer::Tokenizer::new(dialect, sql)
        .with_unescape(true)
        .tokenize_with_location()
        .map_err(|e| Error::Parse {
            message: e.to_string(),
        })?;
    Ok(Parser::new(dialect).with_tokens_with_locations(mend_tokens(tokens)))
}

/// The marker call around the low bound of `BETWEEN SYMMETRIC` (see
/// [`mend_tokens`]); a NUL cannot occur in SQL text PostgreSQL accepts.
pub(crate) const SYMMETRIC_MARK: &str = "\0symmetric";

/// Rewrites token sequences whose meaning sqlparser's AST cannot hold into
/// an equivalent spelling it can: `interval(p) 'literal'` (a typed literal
/// with a precision, which sqlparser parses as a plain interval literal,
/// dropping the precision) becomes `'literal'::interval(p)`, PostgreSQL's
/// own equivalent.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-INTERVAL-INPUT>
fn mend_tokens(
    tokens: Vec<sqlparser::tokenizer::TokenWithSpan>,
) -> Vec<sqlparser::tokenizer::TokenWithSpan> {
    use sqlparser::keywords::Keyword;
    use sqlparser::tokenizer::Token;
    let solid: Vec<usize> = (0..tokens.len())
        .filter(|&i| !matches!(tokens[i].token, Token::Whitespace(_)))
        .collect();
    let typed_interval = |k: usize| {
        let at = |j: usize| solid.get(k + j).map(|&i| &tokens[i].token);
        matches!(at(0), Some(Token::Word(w)) if w.keyword == Keyword::INTERVAL)
            && matches!(at(1), Some(Token::LParen))
            && matches!(at(2), Some(Token::Number(..)))
            && matches!(at(3), Some(Token::RParen))
            && matches!(at(4), Some(Token::SingleQuotedString(_)))
    };
    // `RESET TIME ZONE` (PostgreSQL's grammar has it; sqlparser reads only
    // `RESET name`): the two words become the setting's name.
    let reset_time_zone = |k: usize| {
        let word = |j: usize, kw: Keyword| {
            matches!(solid.get(k + j).map(|&i| &tokens[i].token),
                Some(Token::Word(w)) if w.keyword == kw)
        };
        word(0, Keyword::RESET) && word(1, Keyword::TIME) && word(2, Keyword::ZONE)
    };
    // `BETWEEN [A]SYMMETRIC low AND high` (sqlparser reads neither word):
    // SYMMETRIC wraps the low bound, which ends at the first AND outside
    // parentheses, in a call to a marker that no SQL text can name, and
    // the BETWEEN rule reads it back; ASYMMETRIC is the default and goes.
    let symmetric = |k: usize| -> Option<(bool, usize)> {
        let word = |j: usize| match solid.get(k + j).map(|&i| &tokens[i].token) {
            Some(Token::Word(w)) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
            _ => None,
        };
        if word(0).as_deref() != Some("BETWEEN") {
            return None;
        }
        let sym = match word(1).as_deref() {
            Some("SYMMETRIC") => true,
            Some("ASYMMETRIC") => false,
            _ => return None,
        };
        // The AND that ends the low bound.
        let mut depth = 0i32;
        for (n, &i) in solid.iter().enumerate().skip(k + 2) {
            match &tokens[i].token {
                Token::LParen | Token::LBracket => depth += 1,
                Token::RParen | Token::RBracket => depth -= 1,
                Token::Word(w) if depth == 0 && w.keyword == Keyword::AND => {
                    return Some((sym, n));
                }
                Token::SemiColon | Token::EOF => return None,
                _ => {}
            }
        }
        None
    };
    let mut out = Vec::with_capacity(tokens.len() + 1);
    let (mut i, mut k) = (0, 0);
    while i < tokens.len() {
        if solid.get(k) == Some(&i) {
            if let Some((sym, and_at)) = symmetric(k) {
                let between = tokens[i].clone();
                let span = between.span;
                out.push(between);
                out.push(sqlparser::tokenizer::TokenWithSpan::new(
                    Token::Whitespace(sqlparser::tokenizer::Whitespace::Space),
                    span,
                ));
                let low_start = solid[k + 2];
                let low_end = solid[and_at];
                if sym {
                    out.push(sqlparser::tokenizer::TokenWithSpan::new(
                        Token::Word(sqlparser::tokenizer::Word {
                            value: SYMMETRIC_MARK.into(),
                            quote_style: Some('"'),
                            keyword: Keyword::NoKeyword,
                        }),
                        span,
                    ));
                    out.push(sqlparser::tokenizer::TokenWithSpan::new(
                        Token::LParen,
                        span,
                    ));
                }
                out.extend(tokens[low_start..low_end].iter().cloned());
                if sym {
                    out.push(sqlparser::tokenizer::TokenWithSpan::new(
                        Token::RParen,
                        span,
                    ));
                    out.push(sqlparser::tokenizer::TokenWithSpan::new(
                        Token::Whitespace(sqlparser::tokenizer::Whitespace::Space),
                        span,
                    ));
                }
                i = low_end;
                k = and_at;
                continue;
            }
        }
        if solid.get(k) == Some(&i) && reset_time_zone(k) {
            out.push(tokens[i].clone());
            let time = &tokens[solid[k + 1]];
            out.push(sqlparser::tokenizer::TokenWithSpan::new(
                Token::Whitespace(sqlparser::tokenizer::Whitespace::Space),
                time.span,
            ));
            out.push(sqlparser::tokenizer::TokenWithSpan::new(
                Token::make_word("timezone", None),
                time.span,
            ));
            i = solid[k + 2] + 1;
            k += 3;
            continue;
        }
        if solid.get(k) == Some(&i) && typed_interval(k) {
            let tok = |j: usize| tokens[solid[k + j]].clone();
            let literal = tok(4);
            let span = literal.span;
            out.push(literal);
            out.push(sqlparser::tokenizer::TokenWithSpan::new(
                Token::DoubleColon,
                span,
            ));
            out.extend((0..4).map(tok));
            i = solid[k + 4] + 1;
            k += 5;
            continue;
        }
        if solid.get(k) == Some(&i) {
            k += 1;
        }
        out.push(tokens[i].clone());
        i += 1;
    }
    out
}

/// `SELECT 1`, a placeholder while a query is moved out of its node.
pub(crate) fn empty_query() -> Query {
    parse_template_query("SELECT 1")
}

fn parse_template_query(sql: &str) -> Query {
    match Parser::parse_sql(&PostgreSqlDialect {}, sql) {
        Ok(mut v) => match v.pop() {
            Some(Statement::Query(q)) => *q,
            _ => unreachable_query(),
        },
        Err(_) => unreachable_query(),
    }
}

#[cold]
fn unreachable_query() -> Query {
    // The templates are constant and parse; this keeps panics out anyway.
    match Parser::parse_sql(&PostgreSqlDialect {}, "SELECT NULL") {
        Ok(mut v) => match v.pop() {
            Some(Statement::Query(q)) => *q,
            _ => std::process::abort(),
        },
        Err(_) => std::process::abort(),
    }
}

/// `(SELECT pg_scalar_subquery("label") FROM (inner))`: a scalar subquery
/// that raises PostgreSQL's error when the inner query yields two rows.
pub(crate) fn wrap_scalar_subquery(inner: Query, label: &str) -> Expr {
    use sqlparser::ast::{SelectItem, SetExpr, TableFactor};
    let mut outer =
        parse_template_query("SELECT pg_scalar_subquery(x) FROM (SELECT 1) AS pgshim_subquery");
    if let SetExpr::Select(sel) = outer.body.as_mut() {
        sel.projection = vec![SelectItem::UnnamedExpr(build::call(
            "pg_scalar_subquery",
            vec![Expr::Identifier(build::ident(label))],
        ))];
        if let Some(TableFactor::Derived { subquery, .. }) =
            sel.from.first_mut().map(|f| &mut f.relation)
        {
            **subquery = inner;
        }
    }
    Expr::Subquery(Box::new(outer))
}

#[cfg(test)]
mod split_tests {
    use super::{single_statement, split_tokens};

    /// The shortcut finds what the tokens find.
    #[test]
    fn one_statement_without_tokens_is_what_the_tokens_give() {
        for sql in [
            "SELECT 1",
            "  SELECT 1  ",
            "\n\n  SELECT 'a''b' \n",
            "SELECT $$x$$",
            "",
            " \t\n ",
            "\tSELECT\n  1\n",
            "\n  SELECT 'é', \"ü\" FROM t\t",
            "EXECUTE r('2024-01-01 00:00:00+00', 42)",
        ] {
            assert_eq!(
                single_statement(sql).expect("one statement"),
                split_tokens(sql).unwrap(),
                "{sql:?}"
            );
        }
        for sql in [
            "SELECT 1; SELECT 2",
            "-- c\nSELECT 1",
            "/* c */ SELECT 1",
            "SELECT 1\r\n",
        ] {
            assert!(single_statement(sql).is_none(), "{sql:?}");
        }
    }
}
