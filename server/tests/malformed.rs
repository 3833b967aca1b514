//! Bad input on the wire: random bytes, a message before the startup, a
//! truncated or 2 GiB startup packet, lengths that lie, unknown message
//! types and malformed Bind messages after a good startup. Each offending
//! connection gets an ErrorResponse or is closed, never a hang; the server
//! keeps serving others, and its memory stays bounded.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

fn startup_packet() -> Vec<u8> {
    let mut body = Vec::new();
    body.extend_from_slice(&196_608i32.to_be_bytes());
    for s in ["user", "postgres", "database", "app", ""] {
        body.extend_from_slice(s.as_bytes());
        body.push(0);
    }
    let mut p = ((body.len() + 4) as i32).to_be_bytes().to_vec();
    p.extend(body);
    p
}

/// Sends `bytes` (after a good startup when `after_startup`), closes the
/// writing side and reads what comes back until the server closes.
fn exchange(addr: std::net::SocketAddr, after_startup: bool, bytes: &[u8]) -> Vec<u8> {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    if after_startup {
        s.write_all(&startup_packet()).unwrap();
        // Up to ReadyForQuery.
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        while !got.windows(6).any(|w| w == [b'Z', 0, 0, 0, 5, b'I']) {
            let n = s.read(&mut buf).expect("startup answered");
            assert!(n > 0, "closed during a good startup");
            got.extend_from_slice(&buf[..n]);
        }
    }
    let _ = s.write_all(bytes);
    let _ = s.shutdown(std::net::Shutdown::Write);
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return out,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return out,
            Err(e) => panic!(
                "no answer and no close for {:?}: {e}",
                &bytes[..bytes.len().min(16)]
            ),
        }
    }
}

fn msg(kind: u8, body: &[u8]) -> Vec<u8> {
    let mut m = vec![kind];
    m.extend_from_slice(&((body.len() + 4) as i32).to_be_bytes());
    m.extend_from_slice(body);
    m
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .unwrap_or("0")
                    .parse()
                    .unwrap_or(0)
            })
        })
        .unwrap_or(0)
}

#[test]
fn malformed_messages_end_their_connection_and_nothing_else() {
    let server = common::TestServer::start();
    let addr = server.addr;
    let before = rss_kib();
    // Before the startup.
    let cases: Vec<(bool, Vec<u8>)> = vec![
        (false, msg(b'Q', b"SELECT 1\0")),
        (false, vec![0, 0, 0, 100, 0, 3, 0, 0, b'u']),
        (false, vec![0x7f, 0xff, 0xff, 0xff, 0, 3, 0, 0]),
        (false, vec![0, 0, 0, 8, 0x12, 0x34, 0x56, 0x78]),
        (false, vec![0, 0, 0, 2]),
        (false, vec![]),
        // After it.
        (true, vec![b'Q', 0x7f, 0xff, 0xff, 0xff]),
        (true, vec![b'Q', 0, 0, 0, 2]),
        (true, msg(b'z', b"what")),
        (true, msg(b'B', &[0, 0, 0x7f, 0xff, 0, 0])),
        (true, msg(b'B', b"\0s\0\0\x01\0\x01\0\x01\xff\xff\xff\x00")),
        (true, msg(b'P', b"\0SELECT $1\0\x7f\xff")),
        (true, msg(b'E', b"nope")),
        (true, msg(b'D', b"X")),
        (true, msg(b'C', b"Q")),
        (true, msg(b'Q', b"SELECT 1")),
        (true, msg(b'Q', &[0xff, 0xfe, 0])),
        (true, msg(b'p', b"password\0")),
        (true, msg(b'd', b"copy data out of nowhere")),
    ];
    for (after, bytes) in &cases {
        let answer = exchange(addr, *after, bytes);
        // Whatever came back is whole messages; an error if anything.
        if !answer.is_empty() && !*after {
            assert_eq!(answer[0], b'E', "{bytes:?}: {answer:?}");
        }
    }
    // Random bytes, before and after a startup (a fixed seed: the same
    // inputs every run), twice: the first round lets the allocator and the
    // threads' arenas settle; the second must not grow the process, so
    // nothing stays behind per connection.
    let random_round = |seed: u64| {
        let mut x = seed;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for i in 0..300 {
            let len = (next() % 200) as usize;
            let mut bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            if i % 3 == 0 && !bytes.is_empty() {
                // A plausible type byte and a small length.
                bytes[0] = b"QPBDESHCXpdcf"[(next() % 13) as usize];
            }
            exchange(addr, i % 2 == 0, &bytes);
        }
    };
    random_round(0x9e37_79b9_7f4a_7c15);
    let settled = rss_kib();
    random_round(0x9e37_79b9_7f4a_7c15);
    let grown_again = rss_kib().saturating_sub(settled);
    // The server still serves.
    let mut c = server.client();
    let n: i32 = c.query_one("SELECT 40 + 2", &[]).unwrap().get(0);
    assert_eq!(n, 42);
    let grown = rss_kib().saturating_sub(before);
    eprintln!(
        "memory: {grown} KiB above the start, {grown_again} KiB over the second 300 connections"
    );
    assert!(
        grown_again < 32 * 1024,
        "memory grew by {grown_again} KiB over 300 more connections"
    );
}

/// Copy-in mode under bad data: random CopyData bytes (invalid UTF-8,
/// lines cut anywhere, CSV quotes), a message of another type in the
/// middle, CopyFail or CopyDone. Each COPY ends with an ErrorResponse or
/// its `COPY n`, and the same connection then answers a query.
#[test]
fn copy_mode_survives_random_data_and_interruptions() {
    let server = common::TestServer::start();
    let mut c = server.client();
    c.batch_execute("CREATE TABLE junk (a int, b text)")
        .unwrap();
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    // DataRow of `SELECT 1`: one column, length 1, "1".
    let one = [b'D', 0, 0, 0, 11, 0, 1, 0, 0, 0, 1, b'1'];
    for i in 0..200 {
        let copy = if i % 2 == 0 {
            "COPY junk FROM STDIN\0"
        } else {
            "COPY junk FROM STDIN (FORMAT csv)\0"
        };
        let mut bytes = msg(b'Q', copy.as_bytes());
        for _ in 0..(next() % 6) {
            let len = (next() % 64) as usize;
            let data: Vec<u8> = (0..len)
                .map(|_| match next() % 8 {
                    0 => b'\n',
                    1 => b'\t',
                    2 => b'"',
                    3 => b',',
                    4 => b'\\',
                    5 => b'0' + (next() % 10) as u8,
                    _ => next() as u8,
                })
                .collect();
            bytes.extend(msg(b'd', &data));
        }
        match next() % 4 {
            0 => bytes.extend(msg(b'f', b"client gave up\0")),
            1 => bytes.extend(msg(b'Q', b"SELECT 2\0")),
            2 => {
                bytes.extend(msg(b'S', b""));
                bytes.extend(msg(b'c', b""));
            }
            _ => bytes.extend(msg(b'c', b"")),
        }
        bytes.extend(msg(b'Q', b"SELECT 1\0"));
        bytes.extend(msg(b'X', b""));
        let answer = exchange(server.addr, true, &bytes);
        assert!(
            answer.windows(one.len()).any(|w| w == one),
            "round {i}: no answer to the query after the COPY: {:?}",
            String::from_utf8_lossy(&answer)
        );
    }
    // Whatever the rounds loaded, the table reads, and a COPY of good
    // data still loads.
    c.query_one("SELECT count(*) FROM junk", &[]).unwrap();
    let mut w = c.copy_in("COPY junk FROM STDIN").unwrap();
    std::io::Write::write_all(&mut w, b"7\tafter\n").unwrap();
    assert_eq!(w.finish().unwrap(), 1);
}
