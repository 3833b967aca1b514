//! Bytes from the fuzzer sent to a running `pgshim serve`, before the
//! startup (first byte even) or after a good one (odd). A panic anywhere
//! in the server aborts (a finding), as does a connection that neither
//! answers nor closes; every so often the server must still answer a
//! query on a fresh connection.
//!
//! `cargo fuzz run wire` from server/ (cargo-fuzz; nightly, or
//! RUSTC_BOOTSTRAP=1 with the stable compiler).

#![no_main]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use libfuzzer_sys::fuzz_target;

fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        // The server catches a connection's panic; here it is a finding.
        std::panic::set_hook(Box::new(|info| {
            eprintln!("{info}");
            std::process::abort();
        }));
        let dir = std::env::temp_dir().join(format!("pgshim-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut config = pgshim_server::Config::new(dir.join("fuzz.sqlite3"));
        config.listen = "127.0.0.1:0".parse().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async move {
                let server = pgshim_server::Server::bind(config).await.unwrap();
                tx.send(server.local_addr()).unwrap();
                server.run_until(std::future::pending()).await.unwrap();
            });
        });
        rx.recv().unwrap()
    })
}

fn startup() -> Vec<u8> {
    let mut body = 196_608i32.to_be_bytes().to_vec();
    for s in ["user", "fuzz", "database", "app", ""] {
        body.extend_from_slice(s.as_bytes());
        body.push(0);
    }
    let mut p = ((body.len() + 4) as i32).to_be_bytes().to_vec();
    p.extend(body);
    p
}

fn read_to_close(s: &mut TcpStream) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return out,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return out,
            Err(e) => panic!("the server neither answered nor closed: {e}"),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let addr = server();
    let Some((&mode, bytes)) = data.split_first() else { return };
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    if mode % 2 == 1 {
        s.write_all(&startup()).unwrap();
    }
    let _ = s.write_all(bytes);
    let _ = s.shutdown(std::net::Shutdown::Write);
    read_to_close(&mut s);
    if RUNS.fetch_add(1, Ordering::Relaxed) % 500 == 0 {
        let mut c = TcpStream::connect(addr).unwrap();
        c.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        c.write_all(&startup()).unwrap();
        let mut q = vec![b'Q'];
        q.extend_from_slice(&13i32.to_be_bytes());
        q.extend_from_slice(b"SELECT 1\0");
        c.write_all(&q).unwrap();
        c.write_all(&[b'X', 0, 0, 0, 4]).unwrap();
        let answer = read_to_close(&mut c);
        assert!(answer.windows(2).any(|w| w == b"C\0"), "the server stopped answering");
    }
});
