//! `pgshim serve`: PostgreSQL's wire protocol over one SQLite file, each
//! statement run through pgshim, so that an application's PostgreSQL
//! driver (psql, psycopg, node-postgres, Ruby's pg, asyncpg, the
//! `postgres` crate) gets PostgreSQL's answers from the file.
//!
//! Each client connection has its own thread with its own pgshim
//! [`Connection`](pgshim::Connection) and session (time zone, styles,
//! transaction state, translation cache) on the shared file in WAL mode.
//! The protocol codec and the authentication exchanges are pgwire's;
//! tokio runs the sockets. The core crate stays synchronous.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let config = pgshim_server::Config::new("app.sqlite3");
//! let server = pgshim_server::Server::bind(config).await?;
//! println!("listening on {}", server.local_addr());
//! server.run_until(async { tokio::signal::ctrl_c().await.ok(); }).await
//! # }
//! ```
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/protocol.html>

// An error to send is a few strings; returned by value on the cold path.
#![allow(clippy::result_large_err)]

mod auth;
mod backend;
mod databases;
pub mod types;

pub use auth::{Auth, Method};

use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use futures::{SinkExt, StreamExt};
use pgwire::api::ClientInfo;
use pgwire::api::auth::{
    AuthDriver, AuthOutcome, ServerParameterProvider, protocol_negotiation,
    save_startup_parameters_to_metadata,
};
use pgwire::messages::PgWireFrontendMessage;
use pgwire::messages::startup::SecretKey;
use pgwire::tokio::server::PgWireMessageServerCodec;
use tokio::net::{TcpListener, TcpStream};
use tokio_util::codec::Framed;

use backend::{Backend, PgError};

/// How the server runs: the file, the address, who may connect.
///
/// ```
/// let c = pgshim_server::Config::new("app.sqlite3");
/// assert_eq!(c.listen.to_string(), "127.0.0.1:5432");
/// ```
#[derive(Debug, Clone)]
pub struct Config {
    /// The SQLite file (created when missing).
    pub db: PathBuf,
    /// Where to listen.
    pub listen: SocketAddr,
    /// Log every statement (`--log-statements`).
    pub log_statements: bool,
    /// Who may connect.
    pub auth: Auth,
    /// TLS: the certificate chain and private key, PEM files
    /// (`--tls-cert`, `--tls-key`).
    pub tls: Option<(PathBuf, PathBuf)>,
    /// A directory of databases (`--data-dir`): database NAME is the file
    /// NAME.sqlite in it, `postgres` is made when missing, and CREATE
    /// DATABASE / DROP DATABASE make and remove files. `None`: [`Config::db`]
    /// serves every database name.
    pub data_dir: Option<PathBuf>,
}

impl Config {
    /// A server for `db` on 127.0.0.1:5432, trusting local clients.
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            listen: SocketAddr::from(([127, 0, 0, 1], 5432)),
            log_statements: false,
            auth: Auth::Trust,
            tls: None,
            data_dir: None,
        }
    }

    /// A server for the databases of directory `dir` (one file each,
    /// `dir/NAME.sqlite`), on 127.0.0.1:5432, trusting local clients.
    ///
    /// ```
    /// let c = pgshim_server::Config::data_dir("/srv/pgshim");
    /// assert_eq!(c.db, std::path::Path::new("/srv/pgshim/postgres.sqlite"));
    /// ```
    pub fn data_dir(dir: impl Into<PathBuf>) -> Config {
        let dir = dir.into();
        Config {
            data_dir: Some(dir.clone()),
            ..Config::new(dir.join(format!("{}.sqlite", databases::DEFAULT)))
        }
    }
}

/// What a cancel request needs: the connections' keys and tokens.
struct Registry {
    backends: Mutex<HashMap<i32, (SecretKey, pgshim::CancelToken)>>,
    /// The files served, with each one's writers in turn (see
    /// [`backend::WriteGate`]).
    databases: Arc<databases::Databases>,
    /// Backend keys: one counter for all connections, so each has its own
    /// process id for cancel requests.
    keys: Arc<pgwire::api::RandomPidSecretKeyGenerator>,
}

/// A bound server.
pub struct Server {
    listener: TcpListener,
    config: Arc<Config>,
    registry: Arc<Registry>,
    tls: Option<pgwire::tokio::TlsAcceptor>,
}

impl Server {
    /// Opens the file (WAL mode) and binds the address. Listening beyond
    /// the loopback interface without a password is refused.
    pub async fn bind(config: Config) -> std::io::Result<Server> {
        if !config.listen.ip().is_loopback() && !config.auth.requires_password() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!(
                    "refusing to listen on {} without a password: give users a password (--users FILE or PGSHIM_PASSWORD), or listen on a loopback address",
                    config.listen
                ),
            ));
        }
        let tls = match &config.tls {
            Some((cert, key)) => Some(tls_acceptor(cert, key)?),
            None => None,
        };
        // WAL, so that readers never wait for a writer; made once here.
        if let Some(dir) = &config.data_dir {
            std::fs::create_dir_all(dir)?;
            if !config.db.exists() {
                databases::create_file(&config.db).map_err(std::io::Error::other)?;
            }
        }
        let db = open(&config.db).map_err(std::io::Error::other)?;
        drop(db);
        let registry = Registry {
            backends: Mutex::default(),
            databases: Arc::new(databases::Databases::new(
                config.data_dir.clone(),
                config.db.clone(),
            )),
            keys: Arc::default(),
        };
        let listener = TcpListener::bind(config.listen).await?;
        Ok(Server {
            listener,
            config: Arc::new(config),
            registry: Arc::new(registry),
            tls,
        })
    }

    /// The address the server listens on (its port when 0 was asked).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().unwrap_or(self.config.listen)
    }

    /// Serves clients until `shutdown` completes, then stops accepting,
    /// lets each connection finish its statement, and checkpoints the WAL.
    pub async fn run_until(self, shutdown: impl Future<Output = ()>) -> std::io::Result<()> {
        tokio::pin!(shutdown);
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let mut threads = Vec::new();
        loop {
            tokio::select! {
                _ = &mut shutdown => break,
                accepted = self.listener.accept() => {
                    let (stream, peer) = match accepted {
                        Ok(a) => a,
                        Err(e) => {
                            tracing::warn!("accept: {e}");
                            continue;
                        }
                    };
                    let stream = stream.into_std()?;
                    let config = self.config.clone();
                    let registry = self.registry.clone();
                    let stop = stop_rx.clone();
                    let tls = self.tls.clone();
                    threads.retain(|t: &std::thread::JoinHandle<()>| !t.is_finished());
                    threads.push(std::thread::Builder::new()
                        .name(format!("pgshim {peer}"))
                        .spawn(move || client_thread(stream, peer, config, registry, stop, tls))?);
                }
            }
        }
        let _ = stop_tx.send(true);
        tracing::info!("shutting down: waiting for {} connections", threads.len());
        for t in threads {
            let _ = tokio::task::spawn_blocking(move || t.join()).await;
        }
        for file in self.registry.databases.files() {
            let db = open(&file).map_err(std::io::Error::other)?;
            db.sqlite()
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
                .map_err(std::io::Error::other)?;
        }
        tracing::info!("stopped");
        Ok(())
    }
}

/// Serves `config` until SIGTERM or SIGINT (`pgshim serve`).
pub fn serve(config: Config) -> std::io::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let server = Server::bind(config).await?;
        tracing::info!("listening on {}", server.local_addr());
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        server
            .run_until(async move {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            })
            .await
    })
}

/// A connection to the file as the server keeps them: write-ahead
/// logging (readers never wait for the writer), and the file read through
/// a shared memory map of up to 1 GiB, so that every connection's reads
/// share the operating system's page cache (as PostgreSQL's backends share
/// its buffers) rather than each filling a SQLite cache of its own.
fn open(path: &std::path::Path) -> pgshim::Result<pgshim::Connection> {
    let mut db = pgshim::Connection::open(path)?;
    db.sqlite().execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA mmap_size = 1073741824",
    )?;
    // The default, which the write gate relies on: a block waits for its
    // turn at its first write, and blocks that only read never wait.
    db.set_begin_at_first_write(true);
    Ok(db)
}

fn client_thread(
    stream: std::net::TcpStream,
    peer: SocketAddr,
    config: Arc<Config>,
    registry: Arc<Registry>,
    stop: tokio::sync::watch::Receiver<bool>,
    tls: Option<pgwire::tokio::TlsAcceptor>,
) {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            tracing::warn!("{peer}: {e}");
            return;
        }
    };
    rt.block_on(async move {
        let stream = match TcpStream::from_std(stream) {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!("{peer}: {e}");
                return;
            }
        };
        // A panic must not cross out of the server: the connection ends.
        let outcome = futures::FutureExt::catch_unwind(std::panic::AssertUnwindSafe(client(
            stream, peer, config, registry, stop, tls,
        )))
        .await;
        match outcome {
            Ok(Ok(())) => tracing::info!("{peer}: disconnected"),
            Ok(Err(e)) => tracing::info!("{peer}: connection closed: {e}"),
            Err(_) => tracing::error!("{peer}: connection ended by a pgshim bug (a panic)"),
        }
    });
}

/// The server parameters of one connection, computed before the startup
/// ends.
struct Parameters(Vec<(String, String)>);

struct Provider;

impl ServerParameterProvider for Provider {
    fn server_parameters<C: ClientInfo>(&self, client: &C) -> Option<HashMap<String, String>> {
        let p = client.session_extensions().get::<Parameters>()?;
        Some(p.0.iter().cloned().collect())
    }
}

type Socket = Framed<pgwire::tokio::server::MaybeTls, PgWireMessageServerCodec<()>>;

async fn client(
    stream: TcpStream,
    peer: SocketAddr,
    config: Arc<Config>,
    registry: Arc<Registry>,
    mut stop: tokio::sync::watch::Receiver<bool>,
    tls: Option<pgwire::tokio::TlsAcceptor>,
) -> std::io::Result<()> {
    let Some(mut socket) = pgwire::tokio::server::negotiate_tls::<()>(stream, tls).await? else {
        return Ok(());
    };
    let Some(mut backend) = startup(&mut socket, peer, &config, &registry).await? else {
        return Ok(());
    };
    let (pid, _) = socket.pid_and_secret_key();
    let result = serve_messages(&mut socket, &mut backend, &mut stop).await;
    registry.backends.lock().map(|mut b| b.remove(&pid)).ok();
    result
}

/// The startup: the StartupMessage (or a cancel request), the session
/// opened with the startup's settings, then AuthenticationOk, the
/// parameters, BackendKeyData and ReadyForQuery.
async fn startup(
    socket: &mut Socket,
    peer: SocketAddr,
    config: &Config,
    registry: &Registry,
) -> std::io::Result<Option<Backend>> {
    let first = tokio::time::timeout(std::time::Duration::from_secs(60), socket.next()).await;
    let message = match first {
        Ok(Some(Ok(m))) => m,
        Ok(Some(Err(e))) => {
            let e = PgError {
                severity: "FATAL",
                ..PgError::new("08P01", format!("invalid startup packet: {e}"))
            };
            let _ = socket.send(e.response()).await;
            return Ok(None);
        }
        _ => return Ok(None),
    };
    let startup = match message {
        PgWireFrontendMessage::CancelRequest(c) => {
            let token = registry.backends.lock().ok().and_then(|b| {
                b.get(&c.pid)
                    .filter(|(key, _)| key.eq_value(&c.secret_key))
                    .map(|(_, t)| t.clone())
            });
            if let Some(t) = token {
                tracing::info!("{peer}: cancel request for backend {}", c.pid);
                t.cancel();
            }
            return Ok(None);
        }
        PgWireFrontendMessage::Startup(s) => s,
        _ => {
            let e = PgError {
                severity: "FATAL",
                ..PgError::new("08P01", "expected a startup message")
            };
            let _ = socket.send(e.response()).await;
            return Ok(None);
        }
    };
    if let Err(e) = protocol_negotiation(socket, &startup).await {
        let e = PgError {
            severity: "FATAL",
            ..PgError::new("0A000", e.to_string())
        };
        let _ = socket.send(e.response()).await;
        return Ok(None);
    }
    save_startup_parameters_to_metadata(socket, &startup);
    let user = startup.parameters.get("user").cloned().unwrap_or_default();
    let fatal = |e: PgError| PgError {
        severity: "FATAL",
        ..e
    };
    let driver = AuthDriver::new(Provider).with_pid_secret_key_generator(registry.keys.clone());
    let mut final_message = None;
    if let Some(mechanism) = config.auth.mechanism() {
        let mut outcome = match driver
            .begin_authentication(socket, mechanism.create())
            .await
        {
            Ok(o) => o,
            Err(_) => {
                auth_failed(socket, peer, &user).await;
                return Ok(None);
            }
        };
        loop {
            match outcome {
                AuthOutcome::Authenticated {
                    final_message: m, ..
                } => {
                    final_message = m;
                    break;
                }
                AuthOutcome::InProgress => {}
            }
            let next =
                tokio::time::timeout(std::time::Duration::from_secs(60), socket.next()).await;
            let Ok(Some(Ok(PgWireFrontendMessage::PasswordMessageFamily(m)))) = next else {
                auth_failed(socket, peer, &user).await;
                return Ok(None);
            };
            outcome = match driver.advance_authentication(socket, m).await {
                Ok(o) => o,
                Err(_) => {
                    auth_failed(socket, peer, &user).await;
                    return Ok(None);
                }
            };
        }
    }
    let mut backend = match open_session(config, &startup.parameters, &registry.databases) {
        Ok(b) => b,
        Err(e) => {
            let _ = socket.send(fatal(e).response()).await;
            return Ok(None);
        }
    };
    let mut params = vec![
        (
            "server_version".to_string(),
            pgshim::SERVER_VERSION.to_string(),
        ),
        ("server_encoding".into(), "UTF8".into()),
        ("integer_datetimes".into(), "on".into()),
        ("is_superuser".into(), "on".into()),
        ("session_authorization".into(), user.clone()),
        ("default_transaction_read_only".into(), "off".into()),
        ("in_hot_standby".into(), "off".into()),
    ];
    for name in backend::REPORTED {
        params.push((
            name.to_string(),
            backend.db.session().show(name).unwrap_or_default(),
        ));
    }
    socket.session_extensions().insert(Parameters(params));
    driver
        .complete_authentication(socket, final_message)
        .await
        .map_err(std::io::Error::other)?;
    let (pid, key) = socket.pid_and_secret_key();
    if let Ok(mut b) = registry.backends.lock() {
        b.insert(pid, (key, backend.db.cancel_token()));
    }
    tracing::info!("{peer}: connected as {user:?} (backend {pid})");
    backend.mark_reported();
    Ok(Some(backend))
}

/// PostgreSQL's refusal of a wrong password (or of none).
async fn auth_failed(socket: &mut Socket, peer: SocketAddr, user: &str) {
    tracing::info!("{peer}: password authentication failed for user {user:?}");
    let e = PgError {
        severity: "FATAL",
        ..PgError::new(
            "28P01",
            format!("password authentication failed for user \"{user}\""),
        )
    };
    let _ = socket.send(e.response()).await;
}

/// A TLS acceptor of a PEM certificate chain and private key.
fn tls_acceptor(
    cert: &std::path::Path,
    key: &std::path::Path,
) -> std::io::Result<pgwire::tokio::TlsAcceptor> {
    use pgwire::tokio::tokio_rustls::rustls;
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let bad = |what: &std::path::Path, e: String| {
        std::io::Error::other(format!("{}: {e}", what.display()))
    };
    let certs = CertificateDer::pem_file_iter(cert)
        .map_err(|e| bad(cert, e.to_string()))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| bad(cert, e.to_string()))?;
    let key_der = PrivateKeyDer::from_pem_file(key).map_err(|e| bad(key, e.to_string()))?;
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| std::io::Error::other(e.to_string()))?
    .with_no_client_auth()
    .with_single_cert(certs, key_der)
    .map_err(|e| bad(cert, e.to_string()))?;
    config.alpn_protocols = vec![b"postgresql".to_vec()];
    Ok(pgwire::tokio::TlsAcceptor::from(Arc::new(config)))
}

/// A session on the file, with the startup packet's settings (`options`'
/// `-c name=value` too) applied as SET.
fn open_session(
    config: &Config,
    params: &std::collections::BTreeMap<String, String>,
    databases: &Arc<databases::Databases>,
) -> Result<Backend, PgError> {
    // current_user and current_database() answer the startup's names
    // (the database defaults to the user's name, as PostgreSQL's does).
    let user = params.get("user").map_or("postgres", String::as_str);
    let database = params.get("database").map_or(user, String::as_str);
    let (path, gate) = databases.enter(database)?;
    let session = || -> Result<pgshim::Connection, PgError> {
        let db = open(&path).map_err(|e| PgError::of(&e, "", 0))?;
        apply_startup_settings(db, params)
    };
    match session() {
        Ok(db) => {
            db.session().set_identity(user, database);
            if databases.is_directory() {
                let list = databases.clone();
                db.session().set_database_list(move || list.names());
            }
            // The startup's values are what RESET returns to.
            db.session().keep_as_defaults();
            Ok(Backend::new(
                db,
                config.log_statements,
                gate,
                (databases.clone(), database.to_string()),
            ))
        }
        Err(e) => {
            databases.leave(database);
            Err(e)
        }
    }
}

/// The startup packet's settings (`options`' `-c name=value` too),
/// applied as SET.
fn apply_startup_settings(
    mut db: pgshim::Connection,
    params: &std::collections::BTreeMap<String, String>,
) -> Result<pgshim::Connection, PgError> {
    let mut settings: Vec<(String, String)> = Vec::new();
    for (k, v) in params {
        match k.as_str() {
            "user" | "database" | "replication" => {}
            "options" => {
                let mut words = v.split_whitespace();
                while let Some(w) = words.next() {
                    let kv = if w == "-c" {
                        words.next().unwrap_or_default()
                    } else {
                        w.trim_start_matches("-c").trim_start_matches("--")
                    };
                    if let Some((k, v)) = kv.split_once('=') {
                        settings.push((k.replace('-', "_"), v.to_string()));
                    }
                }
            }
            _ => settings.push((k.clone(), v.clone())),
        }
    }
    for (k, v) in settings {
        if !k
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        {
            return Err(PgError::new(
                "42704",
                format!("unrecognized configuration parameter \"{k}\""),
            ));
        }
        let sql = format!("SET {k} = '{}'", v.replace('\'', "''"));
        db.batch_execute(&sql).map_err(|e| PgError::of(&e, "", 0))?;
    }
    Ok(db)
}

/// How long a connection's client must be quiet, once a shutdown began,
/// before the connection ends.
const SHUTDOWN_QUIET: std::time::Duration = std::time::Duration::from_millis(300);
/// How long a shutdown lets busy connections go on (each still finishes
/// its statement).
const SHUTDOWN_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// The message loop after startup.
async fn serve_messages(
    socket: &mut Socket,
    backend: &mut Backend,
    stop: &mut tokio::sync::watch::Receiver<bool>,
) -> std::io::Result<()> {
    let mut stopping: Option<std::time::Instant> = None;
    loop {
        // After a shutdown began, a connection goes on while its client
        // keeps talking, and ends once the client has been quiet for a
        // moment (so that it reads its last results first) or the
        // shutdown has waited long enough.
        let message = if let Some(since) = stopping {
            let quiet = if since.elapsed() > SHUTDOWN_WAIT {
                std::time::Duration::ZERO
            } else {
                SHUTDOWN_QUIET
            };
            tokio::select! {
                biased;
                m = socket.next() => m,
                _ = tokio::time::sleep(quiet) => {
                    let e = PgError { severity: "FATAL", ..PgError::new("57P01", "terminating connection due to administrator command") };
                    let _ = socket.send(e.response()).await;
                    return Ok(());
                }
            }
        } else {
            tokio::select! {
                biased;
                m = socket.next() => m,
                _ = stop.changed() => {
                    stopping = Some(std::time::Instant::now());
                    continue;
                }
            }
        };
        let message = match message {
            None => return Ok(()),
            Some(Ok(m)) => m,
            Some(Err(e)) => {
                let e = PgError {
                    severity: "FATAL",
                    ..PgError::new("08P01", format!("invalid frontend message: {e}"))
                };
                let _ = socket.send(e.response()).await;
                return Ok(());
            }
        };
        let out = &mut *socket;
        if backend.skipping()
            && message.is_extended_query()
            && !matches!(message, PgWireFrontendMessage::Sync(_))
        {
            if matches!(message, PgWireFrontendMessage::Flush(_)) {
                out.flush().await?;
            }
            continue;
        }
        if backend.copying() {
            // Copy-in mode: Flush and Sync are ignored, and any other
            // message but the copy's own ends the COPY with an error.
            let kind = match &message {
                PgWireFrontendMessage::CopyData(_)
                | PgWireFrontendMessage::CopyDone(_)
                | PgWireFrontendMessage::CopyFail(_)
                | PgWireFrontendMessage::Terminate(_) => None,
                PgWireFrontendMessage::Flush(_) | PgWireFrontendMessage::Sync(_) => continue,
                PgWireFrontendMessage::Query(_) => Some(b'Q'),
                PgWireFrontendMessage::Parse(_) => Some(b'P'),
                PgWireFrontendMessage::Bind(_) => Some(b'B'),
                PgWireFrontendMessage::Describe(_) => Some(b'D'),
                PgWireFrontendMessage::Execute(_) => Some(b'E'),
                PgWireFrontendMessage::Close(_) => Some(b'C'),
                _ => Some(b'?'),
            };
            if let Some(kind) = kind {
                backend.copy_interrupted(out, kind).await?;
                continue;
            }
        }
        match message {
            PgWireFrontendMessage::Query(q) => backend.simple_query(out, &q.query).await?,
            PgWireFrontendMessage::Parse(m) => backend.parse(out, m).await?,
            PgWireFrontendMessage::Bind(m) => backend.bind(out, m).await?,
            PgWireFrontendMessage::Describe(m) => backend.describe(out, m).await?,
            PgWireFrontendMessage::Execute(m) => backend.execute(out, m).await?,
            PgWireFrontendMessage::Close(m) => backend.close(out, m).await?,
            PgWireFrontendMessage::Sync(_) => backend.sync(out).await?,
            PgWireFrontendMessage::Flush(_) => out.flush().await?,
            PgWireFrontendMessage::Terminate(_) => return Ok(()),
            // Outside copy-in mode (after a COPY failed) these are
            // ignored, as PostgreSQL ignores them.
            PgWireFrontendMessage::CopyData(d) => backend.copy_data(out, &d.data).await?,
            PgWireFrontendMessage::CopyDone(_) => backend.copy_done(out).await?,
            PgWireFrontendMessage::CopyFail(f) => backend.copy_fail(out, &f.message).await?,
            _ => {
                let e = PgError {
                    severity: "FATAL",
                    ..PgError::new("08P01", "unexpected message")
                };
                let _ = socket.send(e.response()).await;
                return Ok(());
            }
        }
    }
}
