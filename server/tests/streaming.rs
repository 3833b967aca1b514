//! Results stream: a 10M-row SELECT goes from SQLite's cursor to the
//! socket row by row. The client reads it as a stream (`query_raw`) and
//! the process's resident memory (client and server both) must stay far
//! below the result's size. `PGSHIM_STREAM_ROWS` changes the 10M.

mod common;

use postgres::fallible_iterator::FallibleIterator;

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

#[test]
fn ten_million_rows_stream_in_bounded_memory() {
    let rows: i64 = std::env::var("PGSHIM_STREAM_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000_000);
    let server = common::TestServer::start();
    let mut c = server.client();
    let before = rss_kib();
    let mut it = c
        .query_raw(
            "SELECT g, 'ticket number ' || g AS subject FROM generate_series(1, $1::bigint) AS g",
            &[&rows],
        )
        .unwrap();
    let (mut n, mut bytes, mut peak) = (0i64, 0usize, 0u64);
    while let Some(row) = it.next().unwrap() {
        let s: &str = row.get(1);
        bytes += s.len() + 8;
        n += 1;
        if n % 500_000 == 0 {
            peak = peak.max(rss_kib());
        }
    }
    assert_eq!(n, rows);
    bounded(
        n,
        bytes,
        peak.saturating_sub(before),
        "streamed",
        "the result",
    );
}

/// Memory grew (`grown` KiB) by far less than the rows' `bytes`: they were
/// not buffered.
fn bounded(n: i64, bytes: usize, grown: u64, how: &str, what: &str) {
    eprintln!(
        "{n} rows ({} MiB of values) {how}; memory grew by at most {} MiB",
        bytes >> 20,
        grown >> 10
    );
    assert!(
        (grown as usize) * 1024 < bytes / 4,
        "memory grew by {grown} KiB for {} MiB of rows: {what} was buffered",
        bytes >> 20
    );
}

/// A portal read with a row limit (asyncpg's and JDBC's cursors, and the
/// `postgres` crate's `query_portal`) keeps its rows in SQLite between
/// Execute messages: 3,000,000 rows read 1,000 at a time, with another
/// statement after each batch, leave the process's memory far below the
/// result's size. `PGSHIM_PORTAL_ROWS` changes the 3M.
#[test]
fn a_suspended_portal_streams_in_bounded_memory() {
    let rows: i64 = std::env::var("PGSHIM_PORTAL_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000_000);
    let server = common::TestServer::start();
    let mut c = server.client();
    let before = rss_kib();
    let mut tx = c.transaction().unwrap();
    let stmt = tx
        .prepare(
            "SELECT g, 'ticket number ' || g AS subject FROM generate_series(1, $1::bigint) AS g",
        )
        .unwrap();
    let portal = tx.bind(&stmt, &[&rows]).unwrap();
    let (mut n, mut bytes, mut peak, mut last) = (0i64, 0usize, 0u64, 0i64);
    loop {
        let batch = tx.query_portal(&portal, 1000).unwrap();
        if batch.is_empty() {
            break;
        }
        for row in &batch {
            let s: &str = row.get(1);
            bytes += s.len() + 8;
            last = row.get(0);
            n += 1;
        }
        let one: i32 = tx.query_one("SELECT 1", &[]).unwrap().get(0);
        assert_eq!(one, 1);
        if n % 200_000 == 0 {
            peak = peak.max(rss_kib());
        }
    }
    tx.commit().unwrap();
    assert_eq!((n, last), (rows, rows));
    bounded(
        n,
        bytes,
        peak.saturating_sub(before),
        "through a portal",
        "the portal's rest",
    );
}
