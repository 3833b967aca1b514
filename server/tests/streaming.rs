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
    let grown = peak.saturating_sub(before);
    eprintln!(
        "{n} rows ({} MiB of values) streamed; memory grew by at most {} MiB",
        bytes >> 20,
        grown >> 10
    );
    assert!(
        (grown as usize) * 1024 < bytes / 4,
        "memory grew by {grown} KiB for {} MiB of rows: the result was buffered",
        bytes >> 20
    );
}
