//! The `postgres` crate's shape over a pgshim [`Connection`]: typed
//! [`Row`]s, prepared [`Statement`]s, streaming [`RowIter`]s and
//! [`Transaction`]s.

use std::ptr::NonNull;
use std::sync::Arc;

use rusqlite::types::{Value as SqlValue, ValueRef};

use crate::connection::{Connection, Raw};
use crate::error::{Error, Result};
use crate::render::Value;
use crate::rewrite::OutputColumn;
use crate::time::{DateStyle, IntervalStyle};
use crate::types::PgType;
use crate::types::sql::{Context, FromSql};

/// A result column: its name and PostgreSQL type (as
/// `postgres::Column`).
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory()?;
/// let stmt = db.prepare("SELECT now() AS at, 1 + 1")?;
/// assert_eq!(stmt.columns()[0].name(), "at");
/// assert_eq!(stmt.columns()[1].type_(), pgshim::PgType::Int4);
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    name: String,
    ty: PgType,
}

impl Column {
    pub(crate) fn of(c: &OutputColumn) -> Column {
        Column {
            name: c.name.clone(),
            ty: c.ty,
        }
    }

    /// The column's name, as PostgreSQL names it (`count`, `?column?`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The column's PostgreSQL type.
    pub fn type_(&self) -> PgType {
        self.ty
    }
}

/// What the rows of one result share: the columns and the session's zone
/// and styles when the statement ran.
#[derive(Debug)]
pub(crate) struct RowMeta {
    pub(crate) columns: Vec<Column>,
    pub(crate) cx: Context,
    pub(crate) zone: String,
    pub(crate) styles: (DateStyle, IntervalStyle),
    /// What explains an interrupted step or a busy timeout.
    pub(crate) stop: Arc<crate::connection::Stop>,
}

/// One stored value of a row as SQLite gave it; text and blobs are a
/// range of its batch's one byte buffer (checked as UTF-8 only when read
/// as a Rust string), so a batch of rows costs two allocations, not one
/// per value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Text(u32, u32),
    Blob(u32, u32),
}

/// The values of a run of rows, built value by value: each row's cells
/// one after another, their text and blobs in one buffer.
#[derive(Debug, Clone, Default)]
pub(crate) struct Values {
    cells: Vec<Cell>,
    bytes: Vec<u8>,
}

impl Values {
    pub(crate) fn with_capacity(cells: usize, bytes: usize) -> Values {
        Values {
            cells: Vec::with_capacity(cells),
            bytes: Vec::with_capacity(bytes),
        }
    }

    pub(crate) fn push(&mut self, v: ValueRef<'_>) {
        let mut range = |b: &[u8]| {
            let start = self.bytes.len() as u32;
            self.bytes.extend_from_slice(b);
            (start, b.len() as u32)
        };
        let cell = match v {
            ValueRef::Null => Cell::Null,
            ValueRef::Integer(i) => Cell::Integer(i),
            ValueRef::Real(f) => Cell::Real(f),
            ValueRef::Text(t) => {
                let (s, n) = range(t);
                Cell::Text(s, n)
            }
            ValueRef::Blob(b) => {
                let (s, n) = range(b);
                Cell::Blob(s, n)
            }
        };
        self.cells.push(cell);
    }

    pub(crate) fn of_values(values: Vec<SqlValue>) -> Values {
        let mut out = Values::with_capacity(values.len(), 0);
        for v in &values {
            out.push(v.into());
        }
        out
    }

    fn clear(&mut self) {
        self.cells.clear();
        self.bytes.clear();
    }

    #[inline]
    fn get(&self, i: usize) -> ValueRef<'_> {
        let bytes = |s: u32, n: u32| &self.bytes[s as usize..(s + n) as usize];
        match self.cells[i] {
            Cell::Null => ValueRef::Null,
            Cell::Integer(i) => ValueRef::Integer(i),
            Cell::Real(f) => ValueRef::Real(f),
            Cell::Text(s, n) => ValueRef::Text(bytes(s, n)),
            Cell::Blob(s, n) => ValueRef::Blob(bytes(s, n)),
        }
    }
}

/// One result row, read by column index or name into Rust types by the
/// column's PostgreSQL type (see [`crate::types::sql`] for which Rust types
/// read which PostgreSQL types).
///
/// ```
/// use chrono::{DateTime, FixedOffset, Utc};
/// let mut db = pgshim::Connection::open_in_memory()?;
/// db.batch_execute("SET TIME ZONE 'America/New_York'")?;
/// let row = db.query_one("SELECT timestamptz '2024-03-10 07:30:00+00' AS at", &[])?;
/// let utc: DateTime<Utc> = row.get("at");
/// let local: DateTime<FixedOffset> = row.get("at");
/// assert_eq!(utc.to_rfc3339(), "2024-03-10T07:30:00+00:00");
/// assert_eq!(local.to_rfc3339(), "2024-03-10T03:30:00-04:00");
/// assert_eq!(row.text("at").as_deref(), Some("2024-03-10 03:30:00-04"));
/// let err = row.try_get::<_, chrono::NaiveDateTime>("at").unwrap_err();
/// assert!(err.to_string().contains("timestamp with time zone"));
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Clone)]
pub struct Row {
    batch: Arc<Batch>,
    /// The index of the row's first cell in the batch.
    at: usize,
}

/// Rows read from SQLite together (see [`RowIter`]), which the [`Row`]s
/// read from them share: one allocation for a run of rows, not two per
/// row.
#[derive(Debug)]
struct Batch {
    meta: Arc<RowMeta>,
    values: Values,
}

impl std::fmt::Debug for Row {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let values: Vec<_> = (0..self.len()).map(|i| self.cell(i)).collect();
        f.debug_struct("Row")
            .field("columns", &self.batch.meta.columns)
            .field("values", &values)
            .finish()
    }
}

/// A column of a [`Row`]: its index (`usize`) or its name (`&str`; the
/// first column of that name).
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory()?;
/// let row = db.query_one("SELECT 1 AS a, 2 AS b", &[])?;
/// assert_eq!(row.get::<_, i32>(1), row.get::<_, i32>("b"));
/// assert!(row.try_get::<_, i32>(2).is_err());
/// assert!(row.try_get::<_, i32>("c").unwrap_err().to_string().contains("columns: a, b"));
/// # Ok::<(), pgshim::Error>(())
/// ```
pub trait RowIndex {
    /// The index of the column this names, if any.
    fn index_of(&self, columns: &[Column]) -> Option<usize>;
    /// How the index reads in an error.
    fn describe(&self) -> String;
}

impl RowIndex for usize {
    fn index_of(&self, columns: &[Column]) -> Option<usize> {
        (*self < columns.len()).then_some(*self)
    }
    fn describe(&self) -> String {
        format!("index {self}")
    }
}

impl RowIndex for str {
    fn index_of(&self, columns: &[Column]) -> Option<usize> {
        columns.iter().position(|c| c.name == self)
    }
    fn describe(&self) -> String {
        format!("\"{self}\"")
    }
}

impl<T: RowIndex + ?Sized> RowIndex for &T {
    fn index_of(&self, columns: &[Column]) -> Option<usize> {
        (**self).index_of(columns)
    }
    fn describe(&self) -> String {
        (**self).describe()
    }
}

impl Row {
    /// The stored value of column `i` (which exists).
    #[inline]
    fn cell(&self, i: usize) -> ValueRef<'_> {
        self.batch.values.get(self.at + i)
    }

    /// The result's columns.
    pub fn columns(&self) -> &[Column] {
        &self.batch.meta.columns
    }

    /// Whether column `i` is NULL.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn is_null_at(&self, i: usize) -> bool {
        i >= self.len() || matches!(self.cell(i), ValueRef::Null)
    }

    /// The number of columns.
    pub fn len(&self) -> usize {
        self.batch.meta.columns.len()
    }

    /// Whether the row has no columns.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value of a column as `T`.
    ///
    /// # Panics
    /// When the column does not exist or does not read as `T` (as the
    /// `postgres` crate's `Row::get`); [`Row::try_get`] returns the error.
    #[track_caller]
    pub fn get<'a, I, T>(&'a self, idx: I) -> T
    where
        I: RowIndex + std::fmt::Debug,
        T: FromSql<'a>,
    {
        match self.try_get(idx) {
            Ok(v) => v,
            Err(e) => panic!("{e}"),
        }
    }

    /// The value of a column as `T`, or an error that names the column,
    /// its PostgreSQL type and the Rust type.
    pub fn try_get<'a, I, T>(&'a self, idx: I) -> Result<T>
    where
        I: RowIndex,
        T: FromSql<'a>,
    {
        let rust = std::any::type_name::<T>();
        let meta = &self.batch.meta;
        let i = idx
            .index_of(&meta.columns)
            .ok_or_else(|| Error::Conversion {
                message: format!(
                    "no column {} in this row (columns: {})",
                    idx.describe(),
                    meta.columns
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })?;
        let col = &meta.columns[i];
        let fail = |why: String| Error::Conversion {
            message: format!(
                "column \"{}\" ({}) does not read as {rust}: {why}",
                col.name,
                col.ty.sql_name()
            ),
        };
        if !T::accepts(col.ty) {
            return Err(fail(format!(
                "{rust} reads none of the values of type {}",
                col.ty.sql_name()
            )));
        }
        let v: ValueRef<'a> = self.cell(i);
        match v {
            ValueRef::Null => T::from_sql_null(col.ty),
            v => T::from_sql(col.ty, v, &meta.cx),
        }
        .map_err(|e| fail(e.0))
    }

    /// PostgreSQL's text output of a column, as psql prints it in the
    /// session zone and styles of the statement (`None` for NULL or no such
    /// column).
    pub fn text<I: RowIndex>(&self, idx: I) -> Option<String> {
        self.value(idx)?.to_pg_text()
    }

    /// A column's value as SQLite stores it, in the value contract's
    /// canonical form for its PostgreSQL type (timestamptz as UTC text
    /// `YYYY-MM-DD HH:MM:SS.ffffff`, boolean as 0/1, …; the README's
    /// "What a host's driver reads"), `None` for no such column.
    ///
    /// ```
    /// use rusqlite::types::ValueRef;
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// let row = db.query_one("SELECT timestamptz '2024-03-10 02:30-05' AS at, true AS t", &[])?;
    /// assert_eq!(row.stored("at"), Some(ValueRef::Text(b"2024-03-10 07:30:00.000000")));
    /// assert_eq!(row.stored(1), Some(ValueRef::Integer(1)));
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn stored<I: RowIndex>(&self, idx: I) -> Option<ValueRef<'_>> {
        let i = idx.index_of(self.columns())?;
        Some(self.cell(i))
    }

    /// A column as a [`Value`], rendered by its PostgreSQL type.
    pub fn value<I: RowIndex>(&self, idx: I) -> Option<Value> {
        let i = idx.index_of(self.columns())?;
        let m = &self.batch.meta;
        Some(Value::from_sqlite_styled(
            crate::runtime::owned_value(self.cell(i)),
            m.columns[i].ty,
            &m.zone,
            m.styles.0,
            m.styles.1,
        ))
    }
}

/// A prepared statement: its parameter and result types, from pgshim's
/// typing of the SQL (as `postgres::Statement`). Running it translates
/// again from the connection's cache, for the session's zone at that time.
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory()?;
/// db.batch_execute("CREATE TABLE t (id int PRIMARY KEY, at timestamptz)")?;
/// let insert = db.prepare("INSERT INTO t VALUES ($1, $2)")?;
/// assert_eq!(insert.params(), &[pgshim::PgType::Int4, pgshim::PgType::Timestamptz]);
/// db.execute(&insert, &[&1i32, &chrono::Utc::now()])?;
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    sql: String,
    declared: Vec<Option<PgType>>,
    params: Vec<PgType>,
    columns: Vec<Column>,
}

impl Statement {
    pub(crate) fn new(
        sql: String,
        declared: Vec<Option<PgType>>,
        params: Vec<PgType>,
        columns: Vec<Column>,
    ) -> Statement {
        Statement {
            sql,
            declared,
            params,
            columns,
        }
    }

    /// The PostgreSQL types of the parameters `$1`, `$2`, ….
    pub fn params(&self) -> &[PgType] {
        &self.params
    }

    /// The result columns (none for a statement without rows).
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The statement's PostgreSQL SQL.
    pub fn sql(&self) -> &str {
        &self.sql
    }
}

/// What [`Connection::query`] and the others take: SQL text or a prepared
/// [`Statement`].
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory()?;
/// let stmt = db.prepare("SELECT $1::int * 2")?;
/// let by_text: i32 = db.query_one("SELECT $1::int * 2", &[&21i32])?.get(0);
/// let by_stmt: i32 = db.query_one(&stmt, &[&21i32])?.get(0);
/// assert_eq!((by_text, by_stmt), (42, 42));
/// # Ok::<(), pgshim::Error>(())
/// ```
pub trait ToStatement {
    /// The PostgreSQL SQL.
    fn sql(&self) -> &str;

    /// The parameter types declared for it (`None`, or none at all: left
    /// to inference), as [`Connection::prepare_typed`] takes them.
    fn declared_types(&self) -> &[Option<PgType>] {
        &[]
    }
}

impl ToStatement for str {
    fn sql(&self) -> &str {
        self
    }
}

impl ToStatement for String {
    fn sql(&self) -> &str {
        self
    }
}

impl ToStatement for Statement {
    fn sql(&self) -> &str {
        &self.sql
    }

    fn declared_types(&self) -> &[Option<PgType>] {
        &self.declared
    }
}

/// Rows streamed from SQLite one at a time, without buffering the result
/// (from [`Connection::query_raw`]).
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory()?;
/// let mut total = 0i64;
/// for row in db.query_raw("SELECT g FROM generate_series(1, 100000) AS g", &[])? {
///     total += row?.get::<_, i32>(0) as i64;
/// }
/// assert_eq!(total, 5_000_050_000);
/// # Ok::<(), pgshim::Error>(())
/// ```
pub struct RowIter<'c> {
    inner: Inner<'c>,
    meta: Arc<RowMeta>,
}

enum Inner<'c> {
    /// A plain query, stepped as it is read.
    Streaming(Box<Stepper<'c>>),
    /// A statement with effects on the session or catalog, run whole.
    Buffered(std::vec::IntoIter<Vec<SqlValue>>),
}

/// The most rows a [`Stepper`] reads ahead, and the size of their text
/// past which it reads no more: a few pages of memory, whatever the
/// result's length.
const BATCH_ROWS: usize = 256;
const BATCH_BYTES: usize = 64 * 1024;
/// The rows of the first batch; each next one doubles, up to
/// [`BATCH_ROWS`] (so `query_one` steps a short result only as far as it
/// must).
const FIRST_BATCH_ROWS: usize = 4;

/// A prepared SQLite statement and its running query, which borrows it,
/// and the batch of rows read ahead from it.
///
/// The statement lives in a heap allocation of its own that the query
/// points into; the query is dropped first (see `Drop`), so it never
/// outlives the statement, and the statement is never moved or touched
/// while the query runs.
///
/// Rows are read from SQLite a batch at a time into one buffer that the
/// batch's [`Row`]s share; once the caller has dropped them all, the next
/// batch reuses it. Reading ahead changes nothing a caller can see: the
/// iterator holds the connection, so no other statement runs in between
/// (and a PostgreSQL query does not see later statements' writes either),
/// and an error met while reading ahead comes after the rows before it.
struct Stepper<'c> {
    rows: std::mem::ManuallyDrop<rusqlite::Rows<'c>>,
    stmt: NonNull<rusqlite::CachedStatement<'c>>,
    conn: &'c rusqlite::Connection,
    translation: crate::rewrite::Translation,
    /// SQLite has no more rows (or failed).
    done: bool,
    batch: Arc<Batch>,
    /// Rows in `batch`, and the index of the next one to hand out.
    count: usize,
    next: usize,
    /// The error that ended the batch, for after its rows.
    error: Option<Error>,
    /// How many rows the next batch reads.
    limit: usize,
}

impl<'c> Stepper<'c> {
    fn start(
        conn: &'c rusqlite::Connection,
        translation: crate::rewrite::Translation,
        values: Vec<SqlValue>,
        meta: &Arc<RowMeta>,
    ) -> Result<Stepper<'c>> {
        let stmt = Box::new(conn.prepare_cached(&translation.sql)?);
        let stmt = NonNull::from(Box::leak(stmt));
        // SAFETY: `stmt` is a live, uniquely owned allocation (from
        // Box::leak) that only this Stepper frees, after `rows` is gone
        // (Drop); nothing else reaches it while `rows` borrows it.
        let rows = unsafe { (*stmt.as_ptr()).query(rusqlite::params_from_iter(values.iter())) };
        match rows {
            Ok(rows) => Ok(Stepper {
                rows: std::mem::ManuallyDrop::new(rows),
                stmt,
                conn,
                translation,
                done: false,
                batch: Arc::new(Batch {
                    meta: meta.clone(),
                    values: Values::default(),
                }),
                count: 0,
                next: 0,
                error: None,
                limit: FIRST_BATCH_ROWS,
            }),
            Err(e) => {
                // SAFETY: the failed query holds no borrow of `stmt`.
                drop(unsafe { Box::from_raw(stmt.as_ptr()) });
                Err(e.into())
            }
        }
    }

    /// Reads the next batch: into the last one's buffer when no row of it
    /// is left, else into a new one.
    fn fill(&mut self, meta: &Arc<RowMeta>) {
        let width = meta.columns.len();
        let mut values = match Arc::get_mut(&mut self.batch) {
            Some(b) => std::mem::take(&mut b.values),
            None => Values::with_capacity(
                width * self.limit,
                self.batch.values.bytes.len().min(BATCH_BYTES),
            ),
        };
        values.clear();
        let mut count = 0;
        while count < self.limit && values.bytes.len() < BATCH_BYTES {
            let step = match self.rows.next() {
                Ok(Some(r)) => (0..width).try_for_each(|i| {
                    values.push(r.get_ref(i)?);
                    Ok(())
                }),
                Ok(None) => {
                    self.done = true;
                    break;
                }
                Err(e) => Err(e),
            };
            if let Err(e) = step {
                self.done = true;
                // The failed row's cells are not a row.
                values.cells.truncate(count * width);
                self.error = Some(meta.stop.run_error(self.conn, &self.translation, e));
                break;
            }
            count += 1;
        }
        self.limit = (self.limit * 2).min(BATCH_ROWS);
        self.count = count;
        self.next = 0;
        match Arc::get_mut(&mut self.batch) {
            Some(b) => b.values = values,
            None => {
                self.batch = Arc::new(Batch {
                    meta: meta.clone(),
                    values,
                })
            }
        }
    }
}

impl Drop for Stepper<'_> {
    fn drop(&mut self) {
        // SAFETY: `rows` is dropped exactly once, here, before the
        // statement it borrows; then the statement's allocation, made by
        // Box::leak in `start`, is freed exactly once.
        unsafe {
            std::mem::ManuallyDrop::drop(&mut self.rows);
            drop(Box::from_raw(self.stmt.as_ptr()));
        }
    }
}

impl<'c> RowIter<'c> {
    pub(crate) fn streaming(
        conn: &'c rusqlite::Connection,
        translation: crate::rewrite::Translation,
        values: Vec<SqlValue>,
        meta: Arc<RowMeta>,
    ) -> Result<RowIter<'c>> {
        Ok(RowIter {
            inner: Inner::Streaming(Box::new(Stepper::start(conn, translation, values, &meta)?)),
            meta,
        })
    }

    pub(crate) fn buffered(outcome: Raw, meta: Arc<RowMeta>) -> RowIter<'static> {
        let rows = match outcome {
            Raw::Rows(r) => r,
            Raw::Done { .. } => vec![],
        };
        RowIter {
            inner: Inner::Buffered(rows.into_iter()),
            meta,
        }
    }

    /// The result's columns.
    pub fn columns(&self) -> &[Column] {
        &self.meta.columns
    }
}

impl Iterator for RowIter<'_> {
    type Item = Result<Row>;

    fn next(&mut self) -> Option<Result<Row>> {
        match &mut self.inner {
            Inner::Buffered(rows) => {
                let values = Values::of_values(rows.next()?);
                let batch = Arc::new(Batch {
                    meta: self.meta.clone(),
                    values,
                });
                Some(Ok(Row { batch, at: 0 }))
            }
            Inner::Streaming(s) => {
                if s.next == s.count {
                    if let Some(e) = s.error.take() {
                        return Some(Err(e));
                    }
                    if s.done {
                        return None;
                    }
                    s.fill(&self.meta);
                    if s.count == 0 {
                        return s.error.take().map(Err);
                    }
                }
                let at = s.next * self.meta.columns.len();
                s.next += 1;
                Some(Ok(Row {
                    batch: s.batch.clone(),
                    at,
                }))
            }
        }
    }
}

/// A query whose rows are read a few at a time, with other statements of
/// the connection in between: the protocol's portal that Execute reads up
/// to a row limit (PortalSuspended), as `pgshim serve` keeps one. See
/// [`Connection::open_portal`]; the rows wait in SQLite, not in memory.
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory()?;
/// let t = db.translate("SELECT g FROM generate_series(1, 5) AS g")?;
/// let p = db.open_portal(t, &[])?;
/// let first: Vec<i32> = db.fetch_portal(p, 2)?.iter().map(|r| r.get(0)).collect();
/// assert_eq!(first, [1, 2]);
/// assert_eq!(db.query_one("SELECT 40 + 2", &[])?.get::<_, i32>(0), 42);
/// let rest: Vec<i32> = db.fetch_portal(p, 10)?.iter().map(|r| r.get(0)).collect();
/// assert_eq!(rest, [3, 4, 5]);
/// assert!(db.fetch_portal(p, 10)?.is_empty());
///
/// // An error partway comes after the rows before it.
/// let t = db.translate("SELECT 10 / (3 - g) FROM generate_series(1, 5) AS g")?;
/// let p = db.open_portal(t, &[])?;
/// assert_eq!(db.fetch_portal(p, 10)?.len(), 2);
/// assert_eq!(db.fetch_portal(p, 10).unwrap_err().to_string(), "division by zero");
/// db.close_portal(p);
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Portal(pub(crate) u64);

/// An open portal's SQLite statement, stepped through SQLite's C API so
/// that it borrows nothing: the connection owns it and finalizes it (when
/// it is read to the end, closed, or the connection goes), before SQLite's
/// connection closes.
pub(crate) struct OpenPortal {
    /// `None` once read to the end (finalized then, so that it holds no
    /// read transaction).
    stmt: Option<NonNull<rusqlite::ffi::sqlite3_stmt>>,
    meta: Arc<RowMeta>,
    translation: crate::rewrite::Translation,
    /// The error that ended the rows, for the call after them.
    error: Option<Error>,
}

// SAFETY: the statement is only used through the connection that owns the
// portal, which is Send and used by one thread at a time (&mut self).
unsafe impl Send for OpenPortal {}

impl OpenPortal {
    /// Prepares the translation's SQL and binds its values.
    pub(crate) fn open(
        conn: &rusqlite::Connection,
        translation: crate::rewrite::Translation,
        values: &[SqlValue],
        meta: Arc<RowMeta>,
    ) -> Result<OpenPortal> {
        use rusqlite::ffi;
        use std::os::raw::{c_char, c_int, c_void};
        let sql = translation.sql.as_bytes();
        let len = c_int::try_from(sql.len()).map_err(|_| Error::Execution {
            message: "statement too long".into(),
            source: None,
        })?;
        // SAFETY: the handle is the live connection's; the SQL buffer is
        // valid for its length during the call.
        let db = unsafe { conn.handle() };
        let mut stmt = std::ptr::null_mut();
        let rc = unsafe {
            ffi::sqlite3_prepare_v2(
                db,
                sql.as_ptr() as *const c_char,
                len,
                &mut stmt,
                std::ptr::null_mut(),
            )
        };
        if rc != ffi::SQLITE_OK {
            return Err(last_error(db).into());
        }
        let Some(stmt) = NonNull::new(stmt) else {
            return Err(Error::Execution {
                message: "empty statement".into(),
                source: None,
            });
        };
        let portal = OpenPortal {
            stmt: Some(stmt),
            meta,
            translation,
            error: None,
        };
        for (i, v) in values.iter().enumerate() {
            let at = i as c_int + 1;
            let s = stmt.as_ptr();
            // SAFETY: a prepared statement; text and blobs are copied by
            // SQLite (SQLITE_TRANSIENT) during the call.
            let rc = unsafe {
                match v {
                    SqlValue::Null => ffi::sqlite3_bind_null(s, at),
                    SqlValue::Integer(n) => ffi::sqlite3_bind_int64(s, at, *n),
                    SqlValue::Real(f) => ffi::sqlite3_bind_double(s, at, *f),
                    SqlValue::Text(t) => ffi::sqlite3_bind_text(
                        s,
                        at,
                        t.as_ptr() as *const c_char,
                        t.len() as c_int,
                        ffi::SQLITE_TRANSIENT(),
                    ),
                    SqlValue::Blob(b) => ffi::sqlite3_bind_blob(
                        s,
                        at,
                        b.as_ptr() as *const c_void,
                        b.len() as c_int,
                        ffi::SQLITE_TRANSIENT(),
                    ),
                }
            };
            if rc != ffi::SQLITE_OK {
                return Err(last_error(db).into());
            }
        }
        Ok(portal)
    }

    /// Up to `max` more rows; fewer when the rows end (the statement is
    /// finalized then), none after. An error ends the rows too: it comes
    /// after the rows before it, at the next call.
    pub(crate) fn fetch(&mut self, conn: &rusqlite::Connection, max: usize) -> Result<Vec<Row>> {
        use rusqlite::ffi;
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let Some(stmt) = self.stmt else {
            return Ok(Vec::new());
        };
        let s = stmt.as_ptr();
        let width = self.meta.columns.len();
        let mut rows = Vec::new();
        while rows.len() < max {
            let want = (max - rows.len()).min(BATCH_ROWS);
            let mut values = Values::with_capacity(width * want, 0);
            let mut count = 0;
            let mut end = None;
            while count < want && values.bytes.len() < BATCH_BYTES {
                // SAFETY: a prepared statement of this live connection.
                match unsafe { ffi::sqlite3_step(s) } {
                    ffi::SQLITE_ROW => {
                        for i in 0..width {
                            // SAFETY: a row is current; `i` is one of its
                            // columns, and the value is copied at once.
                            values.push(unsafe { column(s, i as i32) });
                        }
                        count += 1;
                    }
                    ffi::SQLITE_DONE => {
                        end = Some(Ok(()));
                        break;
                    }
                    _ => {
                        // SAFETY: the handle is the live connection's.
                        let e = last_error(unsafe { conn.handle() });
                        end = Some(Err(e));
                        break;
                    }
                }
            }
            let batch = Arc::new(Batch {
                meta: self.meta.clone(),
                values,
            });
            rows.extend((0..count).map(|i| Row {
                batch: batch.clone(),
                at: i * width,
            }));
            match end {
                None => {}
                Some(Ok(())) => {
                    self.finish();
                    break;
                }
                Some(Err(e)) => {
                    self.finish();
                    let e = self.meta.stop.run_error(conn, &self.translation, e);
                    if rows.is_empty() {
                        return Err(e);
                    }
                    self.error = Some(e);
                    break;
                }
            }
        }
        Ok(rows)
    }

    fn finish(&mut self) {
        if let Some(stmt) = self.stmt.take() {
            // SAFETY: finalized exactly once; `stmt` is then forgotten.
            unsafe { rusqlite::ffi::sqlite3_finalize(stmt.as_ptr()) };
        }
    }
}

impl Drop for OpenPortal {
    fn drop(&mut self) {
        self.finish();
    }
}

/// The connection's last error, as rusqlite reports one.
fn last_error(db: *mut rusqlite::ffi::sqlite3) -> rusqlite::Error {
    // SAFETY: `db` is a live connection; its message is copied at once.
    unsafe {
        let code = rusqlite::ffi::sqlite3_extended_errcode(db);
        let message = std::ffi::CStr::from_ptr(rusqlite::ffi::sqlite3_errmsg(db))
            .to_string_lossy()
            .into_owned();
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some(message))
    }
}

/// Column `i` of the statement's current row.
///
/// # Safety
/// The statement has a current row (its last step returned SQLITE_ROW)
/// and `i` is one of its columns; the value is valid until the next step.
unsafe fn column<'a>(s: *mut rusqlite::ffi::sqlite3_stmt, i: i32) -> ValueRef<'a> {
    use rusqlite::ffi;
    // SAFETY: as the caller promises; SQLite's pointers are valid for the
    // byte counts it gives (read after the pointer, as SQLite asks).
    unsafe {
        match ffi::sqlite3_column_type(s, i) {
            ffi::SQLITE_INTEGER => ValueRef::Integer(ffi::sqlite3_column_int64(s, i)),
            ffi::SQLITE_FLOAT => ValueRef::Real(ffi::sqlite3_column_double(s, i)),
            ffi::SQLITE_TEXT => {
                let p = ffi::sqlite3_column_text(s, i);
                let n = ffi::sqlite3_column_bytes(s, i) as usize;
                if p.is_null() {
                    ValueRef::Text(b"")
                } else {
                    ValueRef::Text(std::slice::from_raw_parts(p, n))
                }
            }
            ffi::SQLITE_BLOB => {
                let p = ffi::sqlite3_column_blob(s, i) as *const u8;
                let n = ffi::sqlite3_column_bytes(s, i) as usize;
                if p.is_null() {
                    ValueRef::Blob(b"")
                } else {
                    ValueRef::Blob(std::slice::from_raw_parts(p, n))
                }
            }
            _ => ValueRef::Null,
        }
    }
}

/// A transaction (as `postgres::Transaction`): `commit` ends it, `rollback`
/// or dropping it undoes it. Inside one, [`Transaction::transaction`] opens
/// a savepoint, which commits (RELEASE) or rolls back on its own. The
/// connection's methods are available through it (`Deref`).
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory()?;
/// db.batch_execute("CREATE TABLE t (x int)")?;
/// {
///     let mut tx = db.transaction()?;
///     tx.execute("INSERT INTO t VALUES (1)", &[])?;
///     let mut sp = tx.transaction()?;
///     sp.execute("INSERT INTO t VALUES (2)", &[])?;
///     sp.rollback()?;
///     tx.commit()?;
/// }
/// {
///     let tx = db.transaction()?;
///     // dropped: rolled back
/// }
/// let n: i64 = db.query_one("SELECT count(*) FROM t", &[])?.get(0);
/// assert_eq!(n, 1);
/// # Ok::<(), pgshim::Error>(())
/// ```
pub struct Transaction<'c> {
    conn: &'c mut Connection,
    savepoint: Option<String>,
    depth: u32,
    done: bool,
}

impl<'c> Transaction<'c> {
    pub(crate) fn begin(conn: &'c mut Connection) -> Result<Transaction<'c>> {
        conn.batch_execute("BEGIN")?;
        Ok(Transaction {
            conn,
            savepoint: None,
            depth: 0,
            done: false,
        })
    }

    /// A nested transaction: a savepoint, released by `commit` and rolled
    /// back to by `rollback` or on drop.
    pub fn transaction(&mut self) -> Result<Transaction<'_>> {
        let depth = self.depth + 1;
        self.savepoint(format!("pgshim_sp_{depth}"))
    }

    /// A savepoint of this name (`SAVEPOINT name`).
    pub fn savepoint(&mut self, name: impl Into<String>) -> Result<Transaction<'_>> {
        let name = name.into();
        self.conn
            .batch_execute(&format!("SAVEPOINT {}", quote_ident(&name)))?;
        Ok(Transaction {
            depth: self.depth + 1,
            conn: &mut *self.conn,
            savepoint: Some(name),
            done: false,
        })
    }

    /// Commits the transaction (or releases the savepoint).
    pub fn commit(mut self) -> Result<()> {
        self.done = true;
        match &self.savepoint {
            None => self.conn.batch_execute("COMMIT"),
            Some(sp) => self
                .conn
                .batch_execute(&format!("RELEASE SAVEPOINT {}", quote_ident(sp))),
        }
    }

    /// Rolls the transaction back (or back to the savepoint, and releases
    /// it).
    pub fn rollback(mut self) -> Result<()> {
        self.done = true;
        self.undo()
    }

    fn undo(&mut self) -> Result<()> {
        match &self.savepoint {
            None => self.conn.batch_execute("ROLLBACK"),
            Some(sp) => {
                let sp = quote_ident(sp);
                self.conn.batch_execute(&format!(
                    "ROLLBACK TO SAVEPOINT {sp}; RELEASE SAVEPOINT {sp}"
                ))
            }
        }
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if !self.done {
            // Nothing to report an error to (as the postgres crate).
            let _ = self.undo();
        }
    }
}

impl std::ops::Deref for Transaction<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl std::ops::DerefMut for Transaction<'_> {
    fn deref_mut(&mut self) -> &mut Connection {
        self.conn
    }
}

fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
