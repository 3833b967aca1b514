//! Typed reads against rusqlite's raw reads, in one run, on the same
//! in-memory file of 100,000 rows with four date/time columns
//! (`timestamptz`, `timestamp`, `date`, `interval`):
//!
//! - `rows/rusqlite_text`: rusqlite reading the four stored values as
//!   `String` (what a program gets without pgshim: text to parse itself);
//! - `rows/pgshim_row_get`: `query_raw` streaming the rows and `Row::get`
//!   of `DateTime<Utc>`, `NaiveDateTime`, `NaiveDate` and `Interval`.
//!
//! The target is pgshim ≤ 1.3× rusqlite.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use pgshim::{Connection, Interval};

const ROWS: i64 = 100_000;

fn setup() -> Connection {
    let mut db = Connection::open_in_memory().unwrap();
    db.batch_execute(
        "CREATE TABLE t (a timestamptz, b timestamp, c date, d interval);
         INSERT INTO t SELECT timestamptz '2024-01-01 00:00:00+00' + g * interval '7 minutes 3.25 seconds',
                              timestamp '2024-01-01' + g * interval '11 minutes',
                              date '2000-01-01' + (g % 20000)::int,
                              g * interval '1 hour 1 second'
                         FROM generate_series(1, 100000) AS g",
    )
    .unwrap();
    let n: i64 = db.query_one("SELECT count(*) FROM t", &[]).unwrap().get(0);
    assert_eq!(n, ROWS);
    db
}

fn bench(c: &mut Criterion) {
    let mut db = setup();
    let mut g = c.benchmark_group("rows");
    g.sample_size(20);
    g.bench_function("rusqlite_text", |b| {
        b.iter(|| {
            let mut stmt = db
                .sqlite()
                .prepare_cached("SELECT a, b, c, d FROM t")
                .unwrap();
            let mut rows = stmt.query([]).unwrap();
            let mut n = 0usize;
            while let Some(r) = rows.next().unwrap() {
                let a: String = r.get(0).unwrap();
                let b: String = r.get(1).unwrap();
                let c: String = r.get(2).unwrap();
                let d: String = r.get(3).unwrap();
                n += a.len() + b.len() + c.len() + d.len();
            }
            n
        })
    });
    g.bench_function("pgshim_row_get", |b| {
        b.iter(|| {
            let mut n = 0i64;
            for row in db.query_raw("SELECT a, b, c, d FROM t", &[]).unwrap() {
                let row = row.unwrap();
                let a: DateTime<Utc> = row.get(0);
                let b: NaiveDateTime = row.get(1);
                let c: NaiveDate = row.get(2);
                let d: Interval = row.get(3);
                n += a.timestamp() + b.and_utc().timestamp() + i64::from(c.day0()) + d.microseconds;
            }
            n
        })
    });
    g.finish();
}

use chrono::Datelike;

criterion_group!(benches, bench);
criterion_main!(benches);
