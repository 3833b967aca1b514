//! The support-ticket app that pgshim ships as its reference example.
//!
//! A support team's tracker ran on PostgreSQL; its data layer is here as
//! PostgreSQL SQL, unchanged: the schema (`fixtures/ticket_app/schema.sql`),
//! the report queries (`fixtures/ticket_app/queries/*.sql`), and a seeded
//! generator of realistic data that loads the same rows into PostgreSQL and,
//! through pgshim, into SQLite.
//!
//! ```
//! use pgshim_ticket_app::{Generator, load_pgshim, SCHEMA};
//! let mut db = pgshim::Connection::open_in_memory().unwrap();
//! db.run_script(SCHEMA, |_, _| {}).unwrap();
//! let mut generator = Generator::new(7, 200);
//! while let Some(chunk) = generator.next_chunk(100) {
//!     load_pgshim(&mut db, &chunk).unwrap();
//! }
//! let n: i64 = db.query_one("SELECT count(*) FROM tickets", &[]).unwrap().get(0);
//! assert_eq!(n, 200);
//! ```

mod data;
mod load;
mod pg;
mod queries;

pub use data::{AGENT_ZONES, Chunk, DATA_END, DATA_START, GENERATOR_REVISION, Generator, Table};
pub use load::{
    create_pgshim, create_postgres, load_pgshim, load_postgres, reset_sequences_postgres,
    reset_sequences_sql,
};
pub use pg::{PgRows, Prepared};
pub use queries::{Query, queries, queries_in};

/// The app's PostgreSQL schema (`fixtures/ticket_app/schema.sql`).
pub const SCHEMA: &str = include_str!("../../fixtures/ticket_app/schema.sql");

/// A name for the data set of `tickets` tickets from `seed`, as the
/// benches keep it between runs: it changes with the schema, the
/// generator, and the SQLite schema pgshim makes of the app's (a file kept
/// from before a change of layout is not reused).
///
/// ```
/// let a = pgshim_ticket_app::data_key(1, 100);
/// assert_eq!(a, pgshim_ticket_app::data_key(1, 100));
/// assert_ne!(a, pgshim_ticket_app::data_key(1, 200));
/// ```
pub fn data_key(seed: u64, tickets: usize) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    SCHEMA.hash(&mut h);
    GENERATOR_REVISION.hash(&mut h);
    if let Ok(mut db) = pgshim::Connection::open_in_memory() {
        let _ = db.run_script(SCHEMA, |t, _| t.sql.hash(&mut h));
    }
    format!("{seed}_{tickets}_{:08x}", h.finish() as u32)
}

/// Opens (or creates) the app's SQLite file through pgshim with the app's
/// SQLite settings: a 128 MiB page cache, PostgreSQL's default
/// `shared_buffers`, so that reports over a large file are not served by
/// `read()` calls for every page (SQLite's default cache is 2 MiB); and
/// write-ahead logging, as SQLite recommends for an application's file:
/// readers do not block the writer, and a read transaction starts without
/// checking the file for a rollback journal.
///
/// ```
/// let path = std::env::temp_dir().join("pgshim-ticket-app-doc.sqlite");
/// let mut db = pgshim_ticket_app::open_sqlite(&path).unwrap();
/// let one: i32 = db.query_one("SELECT 1 AS one", &[]).unwrap().get("one");
/// assert_eq!(one, 1);
/// # drop(db);
/// # let _ = std::fs::remove_file(&path);
/// ```
pub fn open_sqlite(path: impl AsRef<std::path::Path>) -> pgshim::Result<pgshim::Connection> {
    let db = pgshim::Connection::open(path)?;
    db.sqlite()
        .execute_batch("PRAGMA cache_size = -131072; PRAGMA journal_mode = WAL")
        .map_err(|e| pgshim::Error::Execution {
            message: e.to_string(),
            source: None,
        })?;
    Ok(db)
}

/// Where the report queries live in the repository.
pub fn queries_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/ticket_app/queries")
}
