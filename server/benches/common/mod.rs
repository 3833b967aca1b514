//! What the server benches share: `pgshim serve` on a file, in the bench
//! process (its own thread and runtime), and a client connected to it.

/// Serves `file` on a free loopback port and connects the `postgres`
/// crate to it.
pub fn serve(file: &std::path::Path) -> postgres::Client {
    let mut config = pgshim_server::Config::new(file);
    config.listen = "127.0.0.1:0".parse().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let server = pgshim_server::Server::bind(config).await.unwrap();
            tx.send(server.local_addr()).unwrap();
            server.run_until(std::future::pending()).await.unwrap();
        });
    });
    let addr = rx.recv().unwrap();
    postgres::Client::connect(
        &format!("postgresql://postgres@127.0.0.1:{}/app", addr.port()),
        postgres::NoTls,
    )
    .expect("connect to pgshim serve")
}
