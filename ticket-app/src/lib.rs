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
//! let n = db.query("SELECT count(*) FROM tickets", &[]).unwrap();
//! assert_eq!(n.text(0, 0).as_deref(), Some("200"));
//! ```

mod data;
mod load;
mod pg;
mod queries;

pub use data::{AGENT_ZONES, Chunk, DATA_END, DATA_START, Generator, Table};
pub use load::{load_pgshim, load_postgres, reset_sequences_postgres};
pub use pg::{PgRows, Prepared};
pub use queries::{Query, queries, queries_in};

/// The app's PostgreSQL schema (`fixtures/ticket_app/schema.sql`).
pub const SCHEMA: &str = include_str!("../../fixtures/ticket_app/schema.sql");

/// Where the report queries live in the repository.
pub fn queries_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/ticket_app/queries")
}
