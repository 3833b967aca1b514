//! # pgshim
//!
//! Run an application's PostgreSQL SQL on SQLite and get PostgreSQL's
//! answers.
//!
//! pgshim parses PostgreSQL SQL, gives every expression its PostgreSQL type
//! (from the schema, literals and PostgreSQL's rules), and rewrites it into
//! SQLite SQL that calls `pg_*` functions registered on the connection.
//! Whatever it cannot translate exactly is an error with the place and a
//! hint, never a quietly different answer.
//!
//! ```
//! use pgshim::Connection;
//!
//! let mut db = Connection::open_in_memory()?;
//! db.execute("CREATE TABLE tickets (id serial PRIMARY KEY, title text NOT NULL, open boolean DEFAULT true)", &[])?;
//! db.execute("INSERT INTO tickets (title) VALUES ($1), ($2)", &[&"printer", &"vpn"])?;
//! let row = db.query_one("SELECT count(*), open FROM tickets GROUP BY open", &[])?;
//! assert_eq!(row.columns()[0].name(), "count");
//! assert_eq!(row.get::<_, i64>("count"), 2);
//! assert!(row.get::<_, bool>(1));
//! # Ok::<(), pgshim::Error>(())
//! ```

pub mod catalog;
mod connection;
mod copy;
pub mod dump;
pub mod error;
pub mod extension;
mod import;
mod information_schema;
#[cfg(feature = "r2d2")]
pub mod pool;
mod prepare;
pub mod psql;
mod rebuild;
pub mod render;
mod rewrite;
mod row;
#[cfg(feature = "serde")]
mod row_serde;
pub mod runtime;
mod session;
mod system_catalog;
mod system_procs;
#[allow(dead_code)] // wired up piece by piece (issue 3)
mod time;
mod truncate;
pub mod types;

/// The PostgreSQL version pgshim answers as (`SHOW server_version`, the
/// server's `server_version` parameter): the release its answers are
/// checked against, and pgshim's own version.
///
/// ```
/// assert!(pgshim::SERVER_VERSION.starts_with("15."));
/// ```
pub const SERVER_VERSION: &str = concat!("15.18 (pgshim ", env!("CARGO_PKG_VERSION"), ")");

/// What `version()` answers: PostgreSQL's form, with [`SERVER_VERSION`]
/// and the platform.
///
/// ```
/// assert!(pgshim::version_string().starts_with("PostgreSQL 15.18 (pgshim "));
/// ```
pub fn version_string() -> String {
    format!(
        "PostgreSQL {SERVER_VERSION} on {}-{}, compiled by rustc, {}-bit",
        std::env::consts::ARCH,
        std::env::consts::OS,
        usize::BITS
    )
}

pub use catalog::Catalog;
pub use connection::{CancelToken, Connection, CopyFrom, CopyTo, Outcome, Rows};
pub use dump::{DumpReport, write_dump};
pub use error::{Error, Result, SourceSpan};
pub use import::{ImportProgress, ImportReport, Skipped};
pub use prepare::{PreparedCommand, prepared_command};
pub use render::Value;
pub use rewrite::{
    Options, OutputColumn, ScriptStatement, Setting, StatementKind, Translation, Translator,
    canonical_time_zone, split_script,
};
pub use row::{Column, Portal, Row, RowIndex, RowIter, Statement, ToStatement, Transaction};
pub use runtime::register;
pub use session::Session;
pub use time::{DateFormat, DateOrder, DateStyle, IntervalStyle};
pub use types::{FromSql, Interval, PgType, ToSql};

#[doc = include_str!("../docs/from-postgres.md")]
pub mod from_postgres {}

/// What pgshim translates, as data: operators, casts and functions, each
/// with a note. docs/compatibility.md is checked against these lists.
pub mod supported {
    pub use crate::rewrite::casts::SUPPORTED as CASTS;
    pub use crate::rewrite::functions::supported as functions;
    pub use crate::rewrite::operators::SUPPORTED as OPERATORS;
}
