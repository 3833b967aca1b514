//! Date/time runtime benches over 1,000,000 stored timestamptz values (an
//! in-memory SQLite table, canonical UTC text), each against SQLite's own
//! `strftime('%Y-%m-%d', ts)` over the same rows in the same run
//! (`sqlite/strftime/day`), the cost of the cheapest thing a hand port
//! would write. Every query is translated by pgshim from PostgreSQL SQL,
//! and every bench checks its answer before timing it.
//!
//! - `runtime/date_trunc/day_zone`: `date_trunc('day', ts)` in
//!   America/New_York (session zone).
//! - `runtime/plus_interval/day_zone`: `ts + interval '1 day'` in
//!   America/New_York.
//! - `runtime/extract/hour_zone`: `extract(hour FROM ts)` in New York.
//! - `runtime/to_char/iso_day`: `to_char(ts, 'YYYY-MM-DD HH24:MI')`.
//!
//! Ratios are per-row cost relative to the baseline; the target is ≤ 0.8×.

use criterion::{Criterion, criterion_group, criterion_main};

mod common;

use common::{ROWS, setup};

fn run(db: &mut pgshim::Connection, sql: &str) -> i64 {
    let rows = db.query_rows(sql, &[]).unwrap();
    rows.text(0, 0).unwrap().parse().unwrap()
}

fn bench(c: &mut Criterion) {
    let mut db = setup();
    let mut g = c.benchmark_group("datetime_1m");
    g.sample_size(10);
    // The baseline runs as raw SQLite SQL on the same connection.
    let raw = "SELECT count(strftime('%Y-%m-%d', ts)) FROM ev";
    let n: i64 = db.sqlite().query_row(raw, [], |r| r.get(0)).unwrap();
    assert_eq!(n, ROWS);
    g.bench_function("sqlite/strftime/day", |b| {
        b.iter(|| {
            db.sqlite()
                .query_row(raw, [], |r| r.get::<_, i64>(0))
                .unwrap()
        })
    });
    // The floor: the scan alone, and a trivial pg_* call per row.
    for (name, sql) in [
        ("sqlite/scan", "SELECT count(ts) FROM ev"),
        (
            "runtime/pg_isfinite/floor",
            "SELECT count(pg_isfinite(ts)) FROM ev",
        ),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                db.sqlite()
                    .query_row(sql, [], |r| r.get::<_, i64>(0))
                    .unwrap()
            })
        });
    }
    for (name, pg) in [
        (
            "runtime/date_trunc/day_zone",
            "SELECT count(date_trunc('day', ts)) FROM ev",
        ),
        (
            "runtime/plus_interval/day_zone",
            "SELECT count(ts + interval '1 day') FROM ev",
        ),
        (
            "runtime/extract/hour_zone",
            "SELECT count(extract(hour FROM ts)) FROM ev",
        ),
        (
            "runtime/to_char/iso_day",
            "SELECT count(to_char(ts, 'YYYY-MM-DD HH24:MI')) FROM ev",
        ),
    ] {
        // Skip nothing silently: a query that does not translate fails here.
        assert_eq!(run(&mut db, pg), ROWS, "{pg}");
        g.bench_function(name, |b| b.iter(|| run(&mut db, pg)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
