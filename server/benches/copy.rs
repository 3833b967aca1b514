//! COPY … FROM STDIN load speed: the same generated rows through the
//! `postgres` crate's `copy_in` into `pgshim serve` and into PostgreSQL
//! on loopback, in one run; rows/s for each and the ratio.
//!
//! ```sh
//! scripts/with-postgres cargo bench -p pgshim-server --bench copy
//! PGSHIM_BENCH_ROWS=1000000 scripts/with-postgres cargo bench -p pgshim-server --bench copy
//! ```

mod common;

use std::io::Write;
use std::time::Instant;

const TABLE: &str = "CREATE TABLE loaded (id integer PRIMARY KEY, at timestamptz NOT NULL, note text, amount numeric(10,2))";

/// The rows as COPY text: ids, timestamps across a year, text with an
/// escaped tab, numerics.
fn data(n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n * 70);
    for i in 1..=n {
        let d = (i * 7919) % 701;
        writeln!(
            out,
            "{i}\t2024-{:02}-{:02} {:02}:{:02}:{:02}+00\tnote number {i} with\\ttab\t{d}.{:02}",
            1 + d % 12,
            1 + d % 28,
            d % 24,
            d % 60,
            i % 60,
            i % 100
        )
        .unwrap();
    }
    out
}

/// Loads `data` into a fresh `loaded` table; the time of the COPY alone.
fn load(c: &mut postgres::Client, data: &[u8]) -> std::time::Duration {
    c.batch_execute(&format!("DROP TABLE IF EXISTS loaded; {TABLE}"))
        .expect("table");
    let start = Instant::now();
    let mut w = c.copy_in("COPY loaded FROM STDIN").expect("COPY");
    for chunk in data.chunks(64 * 1024) {
        w.write_all(chunk).expect("CopyData");
    }
    let n = w.finish().expect("CopyDone");
    let took = start.elapsed();
    assert_eq!(n as usize, data.iter().filter(|&&b| b == b'\n').count());
    took
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let Ok(url) = std::env::var("PGSHIM_PG_URL") else {
        eprintln!(
            "benches/copy.rs compares with PostgreSQL: scripts/with-postgres cargo bench -p pgshim-server --bench copy"
        );
        std::process::exit(2);
    };
    let n: usize = std::env::var("PGSHIM_BENCH_ROWS")
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(500_000);
    let rows = data(n);
    let dir = std::env::temp_dir().join(format!("pgshim-bench-copy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("copy.sqlite");
    let mut shim = common::serve(&file);
    let mut pg = postgres::Client::connect(&url, postgres::NoTls).expect("connect to PostgreSQL");
    pg.batch_execute(
        "CREATE SCHEMA IF NOT EXISTS pgshim_bench_copy; SET search_path TO pgshim_bench_copy",
    )
    .unwrap();
    println!(
        "COPY … FROM STDIN of {n} rows ({} MB of text), the postgres crate on loopback\n",
        rows.len() / 1_000_000
    );
    println!("| run | pgshim serve (rows/s) | PostgreSQL (rows/s) | pgshim / PostgreSQL |");
    println!("|---|---:|---:|---:|");
    for run in 1..=3 {
        let ours = load(&mut shim, &rows);
        let theirs = load(&mut pg, &rows);
        let (a, b) = (
            n as f64 / ours.as_secs_f64(),
            n as f64 / theirs.as_secs_f64(),
        );
        println!("| {run} | {a:.0} | {b:.0} | {:.2}× |", a / b);
    }
    pg.batch_execute("DROP SCHEMA pgshim_bench_copy CASCADE")
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}
