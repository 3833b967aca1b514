//! `query_raw` streams: reading 1,000,000 rows (with a timestamptz and an
//! interval each) keeps the process's peak memory within 50 MiB more than
//! before, where buffering them would take several hundred. One test in
//! its own binary, so the peak is this test's.

fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM")
}

#[test]
fn a_million_rows_stream_in_little_memory() {
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    let before = peak_kib();
    let mut n = 0u64;
    let mut last = None;
    for row in db
        .query_raw(
            "SELECT g, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' AS at, \
             g * interval '1 second' AS took FROM generate_series(1, 1000000) AS g",
            &[],
        )
        .unwrap()
    {
        let row = row.unwrap();
        let at: chrono::DateTime<chrono::Utc> = row.get("at");
        let _: pgshim::Interval = row.get("took");
        last = Some(at);
        n += 1;
    }
    let grown = peak_kib().saturating_sub(before);
    assert_eq!(n, 1_000_000);
    assert_eq!(last.unwrap().to_rfc3339(), "2025-11-25T10:40:00+00:00");
    eprintln!("peak memory grew by {grown} KiB over 1,000,000 rows");
    assert!(grown < 50 * 1024, "peak memory grew by {grown} KiB");
}
