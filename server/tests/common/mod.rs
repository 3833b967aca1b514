//! A `pgshim serve` on a file of its own, for tests.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::PathBuf;

/// A running server; stopped (and its file removed) when dropped.
pub struct TestServer {
    pub addr: SocketAddr,
    pub db: PathBuf,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
    _dir: TempDir,
}

impl TestServer {
    /// A server on a new, empty file.
    pub fn start() -> TestServer {
        TestServer::start_with(|_| {})
    }

    /// A server on a new file that `setup` prepares first (through the
    /// crate, before the server opens it).
    pub fn start_with(setup: impl FnOnce(&std::path::Path)) -> TestServer {
        let dir = TempDir::new();
        let db = dir.0.join("test.sqlite3");
        setup(&db);
        let mut config = pgshim_server::Config::new(&db);
        config.listen = "127.0.0.1:0".parse().unwrap();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            rt.block_on(async move {
                let server = pgshim_server::Server::bind(config).await?;
                addr_tx.send(server.local_addr()).ok();
                server
                    .run_until(async move {
                        stopped.await.ok();
                    })
                    .await
            })
        });
        let addr = addr_rx.recv().expect("the server did not start");
        TestServer {
            addr,
            db,
            stop: Some(stop),
            thread: Some(thread),
            _dir: dir,
        }
    }

    /// `postgresql://postgres@127.0.0.1:PORT/app`
    pub fn url(&self) -> String {
        format!("postgresql://postgres@127.0.0.1:{}/app", self.addr.port())
    }

    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url(), postgres::NoTls).expect("connect to pgshim serve")
    }

    /// Stops it: waits for its connections and the WAL checkpoint.
    pub fn stop(mut self) -> std::io::Result<()> {
        self.stop.take().map(|s| s.send(()));
        self.thread
            .take()
            .map_or(Ok(()), |t| t.join().expect("server thread"))
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new() -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "pgshim-server-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
