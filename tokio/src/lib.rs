//! pgshim for tokio apps (axum, actix): a [`pgshim::Connection`] lives on
//! a thread of its own, and [`Client`]'s async methods send it the work
//! and await the answer, so SQLite's blocking calls never stall the
//! runtime's workers (the design of tokio-rusqlite). The core crate stays
//! synchronous; this crate is the only one of pgshim's with tokio in it,
//! besides the server.
//!
//! A `Client` is cheap to clone: clones share the one connection and its
//! session (time zone, transaction), and their calls run one after
//! another, in the order sent. For parallel readers, open several clients
//! on the same file.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), pgshim::Error> {
//! let db = pgshim_tokio::Client::open_in_memory().await?;
//! db.batch_execute("CREATE TABLE t (id serial PRIMARY KEY, at timestamptz)").await?;
//! let at = chrono::Utc::now();
//! db.execute("INSERT INTO t (at) VALUES ($1)", vec![Box::new(at)]).await?;
//! let rows = db.query("SELECT id, at FROM t", vec![]).await?;
//! assert_eq!(rows[0].get::<_, i32>("id"), 1);
//! // Anything else, with the connection itself:
//! let n = db.call(|c| Ok(c.query_one("SELECT count(*) FROM t", &[])?.get::<_, i64>(0))).await?;
//! assert_eq!(n, 1);
//! # Ok(())
//! # }
//! ```

use std::path::PathBuf;
use std::sync::mpsc;

use pgshim::{Connection, Error, Result, Row, ToSql};
use tokio::sync::oneshot;

/// A parameter for [`Client::query`] and [`Client::execute`]: owned, as
/// it crosses to the connection's thread.
pub type Param = Box<dyn ToSql + Send + Sync>;

type Job = Box<dyn FnOnce(&mut Connection) + Send>;

/// An async handle on a pgshim connection that runs on its own thread.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), pgshim::Error> {
/// let db = pgshim_tokio::Client::start(|| {
///     let c = pgshim::Connection::open_in_memory()?;
///     c.session().set_time_zone("Europe/Dublin")?;
///     Ok(c)
/// })
/// .await?;
/// let shown: String = db
///     .query_one("SELECT timestamptz '2024-07-01 12:00+00'::text", vec![])
///     .await?
///     .get(0);
/// assert_eq!(shown, "2024-07-01 13:00:00+01");
/// let none = db.query_opt("SELECT 1 WHERE $1", vec![Box::new(false)]).await?;
/// assert!(none.is_none());
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Client {
    jobs: mpsc::Sender<Job>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").finish_non_exhaustive()
    }
}

fn gone() -> Error {
    Error::Execution {
        message: "the connection's thread has stopped".into(),
        source: None,
    }
}

impl Client {
    /// Opens (or creates) a SQLite file on a new thread.
    pub async fn open(path: impl Into<PathBuf>) -> Result<Client> {
        let path = path.into();
        Client::start(move || Connection::open(path)).await
    }

    /// An in-memory database on a new thread.
    pub async fn open_in_memory() -> Result<Client> {
        Client::start(Connection::open_in_memory).await
    }

    /// A client for a connection that `open` makes on the new thread (to
    /// set the session up, say).
    pub async fn start(
        open: impl FnOnce() -> Result<Connection> + Send + 'static,
    ) -> Result<Client> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (ready, opened) = oneshot::channel();
        std::thread::Builder::new()
            .name("pgshim-connection".into())
            .spawn(move || {
                let mut conn = match open() {
                    Ok(c) => {
                        let _ = ready.send(Ok(()));
                        c
                    }
                    Err(e) => {
                        let _ = ready.send(Err(e));
                        return;
                    }
                };
                // Until every Client is dropped.
                for job in inbox {
                    job(&mut conn);
                }
            })
            .map_err(|e| Error::Execution {
                message: format!("could not start the connection's thread: {e}"),
                source: None,
            })?;
        opened.await.map_err(|_| gone())??;
        Ok(Client { jobs })
    }

    /// Runs `f` with the connection on its thread and returns what it
    /// returns.
    pub async fn call<R, F>(&self, f: F) -> Result<R>
    where
        R: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<R> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send(Box::new(move |conn: &mut Connection| {
                // A panic in `f` is this call's error; the connection's
                // thread goes on serving the others.
                let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(conn)))
                    .unwrap_or_else(|p| {
                        let why = p
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| p.downcast_ref::<String>().cloned())
                            .unwrap_or_default();
                        Err(Error::Execution {
                            message: format!("the call panicked: {why}"),
                            source: None,
                        })
                    });
                let _ = reply.send(out);
            }))
            .map_err(|_| gone())?;
        answer.await.map_err(|_| gone())?
    }

    /// [`Connection::query`].
    pub async fn query(&self, sql: impl Into<String>, params: Vec<Param>) -> Result<Vec<Row>> {
        let sql = sql.into();
        self.call(move |c| c.query(sql.as_str(), &refs(&params)))
            .await
    }

    /// [`Connection::query_one`].
    pub async fn query_one(&self, sql: impl Into<String>, params: Vec<Param>) -> Result<Row> {
        let sql = sql.into();
        self.call(move |c| c.query_one(sql.as_str(), &refs(&params)))
            .await
    }

    /// [`Connection::query_opt`].
    pub async fn query_opt(
        &self,
        sql: impl Into<String>,
        params: Vec<Param>,
    ) -> Result<Option<Row>> {
        let sql = sql.into();
        self.call(move |c| c.query_opt(sql.as_str(), &refs(&params)))
            .await
    }

    /// [`Connection::execute`].
    pub async fn execute(&self, sql: impl Into<String>, params: Vec<Param>) -> Result<u64> {
        let sql = sql.into();
        self.call(move |c| c.execute(sql.as_str(), &refs(&params)))
            .await
    }

    /// [`Connection::batch_execute`].
    pub async fn batch_execute(&self, sql: impl Into<String>) -> Result<()> {
        let sql = sql.into();
        self.call(move |c| c.batch_execute(&sql)).await
    }
}

fn refs(params: &[Param]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| &**p as &(dyn ToSql + Sync)).collect()
}
