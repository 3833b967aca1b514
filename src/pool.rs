//! A connection pool (feature `r2d2`): pgshim connections on one SQLite
//! file, for apps that share a database between threads (a web server's
//! workers).
//!
//! Each connection is opened in write-ahead-log mode (readers and one
//! writer at a time, without blocking each other) with a busy timeout (a
//! writer waits for another instead of failing with "database is locked"),
//! with transaction blocks that take the write lock at their first write
//! (as every connection's do, [`Connection::set_begin_at_first_write`]: a
//! block that reads and then writes waits for the other writer rather
//! than failing to upgrade its lock), and starts in the pool's session
//! settings. A connection comes out of
//! the pool as a fresh session would: any transaction its last user left
//! open is rolled back and `RESET ALL` runs (as a PostgreSQL pooler runs
//! `DISCARD ALL`), so one user's `SET TIME ZONE` never reaches the next.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::connection::Connection;
use crate::error::{Error, Result};
use crate::time::{DateStyle, IntervalStyle};

/// An [`r2d2::ManageConnection`] of pgshim connections on one file.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("pgshim-pool-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let manager = pgshim::pool::ConnectionManager::file(dir.join("app.sqlite"))
///     .time_zone("Europe/Dublin")?;
/// let pool = r2d2::Pool::builder().max_size(4).build(manager)?;
/// let mut db = pool.get()?;
/// db.batch_execute("CREATE TABLE IF NOT EXISTS t (at timestamptz); SET TIME ZONE 'Asia/Tokyo'")?;
/// drop(db);
/// // The next user gets the pool's zone, not the last user's.
/// let zone: String = pool.get()?.query_one("SHOW TimeZone", &[])?.get(0);
/// assert_eq!(zone, "Europe/Dublin");
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    path: PathBuf,
    busy_timeout: Duration,
    time_zone: Option<String>,
    styles: Option<(DateStyle, IntervalStyle)>,
}

impl ConnectionManager {
    /// Connections on the SQLite file at `path` (created if absent), with
    /// a busy timeout of 5 seconds and PostgreSQL's default settings
    /// (TimeZone UTC, DateStyle ISO, IntervalStyle postgres).
    pub fn file(path: impl AsRef<Path>) -> ConnectionManager {
        ConnectionManager {
            path: path.as_ref().to_path_buf(),
            busy_timeout: Duration::from_secs(5),
            time_zone: None,
            styles: None,
        }
    }

    /// How long a statement waits for another connection's write.
    pub fn busy_timeout(mut self, timeout: Duration) -> ConnectionManager {
        self.busy_timeout = timeout;
        self
    }

    /// The session time zone each connection starts in (and `RESET`
    /// returns to), as a `TimeZone` setting value; refused if PostgreSQL
    /// would refuse it.
    pub fn time_zone(mut self, zone: &str) -> Result<ConnectionManager> {
        crate::canonical_time_zone(zone)?;
        self.time_zone = Some(zone.to_string());
        Ok(self)
    }

    /// The DateStyle and IntervalStyle each connection starts in.
    pub fn styles(mut self, date_style: DateStyle, interval_style: IntervalStyle) -> Self {
        self.styles = Some((date_style, interval_style));
        self
    }
}

impl r2d2::ManageConnection for ConnectionManager {
    type Connection = Connection;
    type Error = Error;

    fn connect(&self) -> Result<Connection> {
        let db = Connection::open(&self.path)?;
        db.sqlite()
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(Error::from)?;
        db.sqlite().busy_timeout(self.busy_timeout)?;
        if let Some(zone) = &self.time_zone {
            db.session().set_default_time_zone(zone)?;
            db.session().set_time_zone(zone)?;
        }
        if let Some((d, i)) = self.styles {
            db.session().set_default_styles(d, i);
            db.session().reset("DateStyle")?;
            db.session().reset("IntervalStyle")?;
        }
        Ok(db)
    }

    /// Run on every checkout: ends what the last user left open and
    /// returns the session to the pool's settings.
    fn is_valid(&self, db: &mut Connection) -> Result<()> {
        if db.in_transaction() {
            db.batch_execute("ROLLBACK")?;
        }
        db.batch_execute("RESET ALL")
    }

    fn has_broken(&self, _: &mut Connection) -> bool {
        false
    }
}
