//! `pgshim serve` against PostgreSQL on loopback, same data, same run,
//! same driver (the Rust `postgres` crate):
//!
//! - a `SELECT 1` round trip, by the simple protocol and as a prepared
//!   statement;
//! - the ticket app's reports, each with its first parameter set in the
//!   America/New_York session zone, prepared once and run with text
//!   parameters (PREPARE/EXECUTE: one round trip, as a driver does).
//!
//! ```sh
//! scripts/with-postgres cargo bench -p pgshim-server --bench wire
//! PGSHIM_BENCH_TICKETS=100000 scripts/with-postgres cargo bench -p pgshim-server --bench wire
//! ```
//!
//! Prints the median per query, the ratio PostgreSQL / pgshim serve, and
//! the geometric mean of the report ratios as a Markdown table.
//! `PGSHIM_BENCH_MS` is the time budget per query and side (default 1000);
//! `PGSHIM_BENCH_ONLY` a comma-separated list of report-name prefixes.

mod common;

use std::time::{Duration, Instant};

use pgshim_ticket_app::{Prepared, create_pgshim, create_postgres, queries};

const SEED: u64 = 1;
const ZONE: &str = "America/New_York";

fn tickets() -> usize {
    std::env::var("PGSHIM_BENCH_TICKETS")
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(100_000)
}

fn data_key(n: usize) -> String {
    pgshim_ticket_app::data_key(SEED, n)
}

/// The SQLite file of the data set (kept for the next run).
fn sqlite_file(n: usize) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("pgshim-bench-serve-{}.sqlite", data_key(n)));
    if !path.exists() {
        eprintln!("loading {n} tickets into {} through pgshim", path.display());
        let tmp = path.with_extension("loading");
        let _ = std::fs::remove_file(&tmp);
        let mut db = pgshim_ticket_app::open_sqlite(&tmp).expect("create the SQLite file");
        create_pgshim(&mut db, SEED, n, |_| {}).expect("load through pgshim");
        db.sqlite()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .expect("checkpoint");
        drop(db);
        std::fs::rename(&tmp, &path).expect("keep the file");
    }
    path
}

fn postgres(url: &str, n: usize) -> postgres::Client {
    let mut c = postgres::Client::connect(url, postgres::NoTls).expect("connect to PostgreSQL");
    let schema = format!("pgshim_bench_{}", data_key(n));
    let have = c
        .query_one(
            &format!(
                "SELECT CASE WHEN to_regclass('{schema}.tickets') IS NULL THEN -1 \
                 ELSE (SELECT count(*) FROM {schema}.tickets) END"
            ),
            &[],
        )
        .ok()
        .map(|r| r.get::<_, i64>(0));
    if have != Some(n as i64) {
        eprintln!("loading {n} tickets into PostgreSQL (schema {schema})");
        c.batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}; SET search_path TO {schema}"
        ))
        .expect("schema");
        create_postgres(&mut c, SEED, n, |_| {}).expect("load into PostgreSQL");
    }
    c.batch_execute(&format!("SET search_path TO {schema}"))
        .expect("search_path");
    c
}

/// The median time of `f` run back to back for about `budget` (a busy
/// connection: the server side never goes idle).
fn median(budget: Duration, mut f: impl FnMut()) -> Duration {
    f();
    let start = Instant::now();
    let mut times = Vec::new();
    while times.len() < 5 || (start.elapsed() < budget && times.len() < 20_000) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

/// Runs in a block before the other side's.
const BLOCK: usize = 10;

/// The median times of `a` and `b`, run in alternating blocks for about
/// `budget` each after a warm-up run of each: both sides see the same
/// machine (this VM's wake-up latency drifts over seconds, so timing one
/// side after the other would compare moods).
fn medians(budget: Duration, mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    a();
    b();
    let start = Instant::now();
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    while ta.len() < 5 || (start.elapsed() < budget * 2 && ta.len() < 4000) {
        // Short blocks of each: each side runs warm, as a busy client's
        // connection does, and both sample the same seconds.
        for (f, times) in [(&mut a as &mut dyn FnMut(), &mut ta), (&mut b, &mut tb)] {
            for _ in 0..BLOCK {
                let t = Instant::now();
                f();
                times.push(t.elapsed());
            }
        }
    }
    ta.sort();
    tb.sort();
    (ta[ta.len() / 2], tb[tb.len() / 2])
}

fn us(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1e6)
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let Ok(url) = std::env::var("PGSHIM_PG_URL") else {
        eprintln!(
            "benches/wire.rs compares with PostgreSQL: scripts/with-postgres cargo bench -p pgshim-server --bench wire"
        );
        std::process::exit(2);
    };
    let n = tickets();
    let file = sqlite_file(n);
    let mut shim = common::serve(&file);
    let mut pg = postgres(&url, n);
    let set_zone = format!("SET TIME ZONE '{ZONE}'");
    shim.batch_execute(&set_zone).unwrap();
    pg.batch_execute(&set_zone).unwrap();
    let budget = Duration::from_millis(
        std::env::var("PGSHIM_BENCH_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1000),
    );
    println!(
        "{n} tickets, session zone {ZONE}, both on loopback through the postgres crate; median per query and side\n"
    );
    println!("| query | pgshim serve (µs) | PostgreSQL (µs) | PostgreSQL / pgshim |");
    println!("|---|---:|---:|---:|");
    let row = |name: &str, ours: Duration, theirs: Duration| {
        let ratio = theirs.as_secs_f64() / ours.as_secs_f64();
        println!("| {name} | {} | {} | {ratio:.2}× |", us(ours), us(theirs));
        ratio
    };
    let ours = median(budget, || {
        shim.simple_query("SELECT 1").unwrap();
    });
    let theirs = median(budget, || {
        pg.simple_query("SELECT 1").unwrap();
    });
    row("SELECT 1 (simple protocol, back to back)", ours, theirs);
    let (s1, p1) = (
        shim.prepare("SELECT 1").unwrap(),
        pg.prepare("SELECT 1").unwrap(),
    );
    let ours = median(budget, || {
        shim.query_one(&s1, &[]).unwrap();
    });
    let theirs = median(budget, || {
        pg.query_one(&p1, &[]).unwrap();
    });
    row("SELECT 1 (prepared, back to back)", ours, theirs);
    let (ours, theirs) = medians(
        budget,
        || {
            shim.simple_query("SELECT 1").unwrap();
        },
        || {
            pg.simple_query("SELECT 1").unwrap();
        },
    );
    row("SELECT 1 (simple protocol, alternating)", ours, theirs);
    let (ours, theirs) = medians(
        budget,
        || {
            shim.query_one(&s1, &[]).unwrap();
        },
        || {
            pg.query_one(&p1, &[]).unwrap();
        },
    );
    row("SELECT 1 (prepared, alternating)", ours, theirs);
    let mut log_sum = 0.0;
    let mut count = 0;
    let only = std::env::var("PGSHIM_BENCH_ONLY").unwrap_or_default();
    for (i, q) in queries().expect("queries").iter().enumerate() {
        if !only.is_empty() && !only.split(',').any(|p| q.name.starts_with(p.trim())) {
            continue;
        }
        let params = &q.param_sets[0];
        let a = Prepared::new(&mut shim, &format!("bench_{i}"), &q.sql)
            .expect("PREPARE on pgshim serve");
        let b =
            Prepared::new(&mut pg, &format!("bench_{i}"), &q.sql).expect("PREPARE on PostgreSQL");
        let (ra, rb) = (
            a.run(&mut shim, params).unwrap(),
            b.run(&mut pg, params).unwrap(),
        );
        assert_eq!(
            ra.rows.len(),
            rb.rows.len(),
            "{}: row counts differ",
            q.name
        );
        let (ours, theirs) = medians(
            budget,
            || {
                a.run(&mut shim, params).unwrap();
            },
            || {
                b.run(&mut pg, params).unwrap();
            },
        );
        log_sum += row(&q.name, ours, theirs).ln();
        count += 1;
    }
    if count > 0 {
        println!(
            "\nGeometric mean of PostgreSQL / pgshim serve over the {count} reports: {:.2}×",
            (log_sum / count as f64).exp()
        );
    }
}
