//! The ticket app's reports: SQLite through pgshim vs PostgreSQL on
//! loopback, same data, same run.
//!
//! ```sh
//! scripts/with-postgres cargo bench --bench ticket_app
//! PGSHIM_BENCH_TICKETS=1000000 scripts/with-postgres cargo bench --bench ticket_app
//! PGSHIM_BENCH_ONLY=07,11 scripts/with-postgres cargo bench --bench ticket_app
//! ```
//!
//! Loads the generated data set (100,000 tickets by default) into a SQLite
//! file through pgshim and into a `pgshim_bench_…` schema on the PostgreSQL
//! at `PGSHIM_PG_URL` (both kept for the next run of the same schema and
//! size), then times every report query with its first
//! parameter set in the America/New_York session zone: pgshim through
//! `Connection::query` (cached translation and prepared statement), and
//! PostgreSQL through a prepared statement run with text parameters (one
//! round trip, as a driver does). Prints the median per query, the ratio,
//! and the geometric mean of the ratios as a Markdown table.
//! `PGSHIM_BENCH_ONLY` takes a comma-separated list of query-name prefixes;
//! `PGSHIM_BENCH_MS` the time budget per query and side (default 1000);
//! `PGSHIM_BENCH_PLAN=1` prints each translation and SQLite's plan for it.

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

/// Identifies the data set: a changed schema, size or SQLite layout is
/// loaded afresh.
fn data_key(n: usize) -> String {
    pgshim_ticket_app::data_key(SEED, n)
}

fn sqlite(n: usize) -> pgshim::Connection {
    let path = std::env::temp_dir().join(format!("pgshim-bench-tickets-{}.sqlite", data_key(n)));
    if path.exists() {
        let mut db = pgshim_ticket_app::open_sqlite(&path).expect("open the SQLite file");
        let count = db
            .query_rows("SELECT count(*) FROM tickets", &[])
            .ok()
            .and_then(|r| r.text(0, 0));
        if count == Some(n.to_string()) {
            return db;
        }
        drop(db);
        std::fs::remove_file(&path).expect("remove the stale SQLite file");
    }
    eprintln!("loading {n} tickets into {} through pgshim", path.display());
    let mut db = pgshim_ticket_app::open_sqlite(&path).expect("create the SQLite file");
    create_pgshim(&mut db, SEED, n, |_| {}).expect("load through pgshim");
    db
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
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}; \
             SET search_path TO {schema}"
        ))
        .expect("schema");
        create_postgres(&mut c, SEED, n, |_| {}).expect("load into PostgreSQL");
    }
    c.batch_execute(&format!("SET search_path TO {schema}"))
        .expect("search_path");
    c
}

/// The median time of `f`, run for about `budget` after one warm-up run
/// (at least 5 and at most 500 runs).
fn median(budget: Duration, mut f: impl FnMut()) -> Duration {
    f();
    let start = Instant::now();
    let mut times = Vec::new();
    while times.len() < 5 || (start.elapsed() < budget && times.len() < 500) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1e3)
}

/// Prints SQLite's plan for the translated query (`PGSHIM_BENCH_PLAN=1`).
fn print_plan(db: &mut pgshim::Connection, name: &str, sql: &str) {
    let t = db.translate(sql).expect("translate");
    let mut stmt = db
        .sqlite()
        .prepare(&format!("EXPLAIN QUERY PLAN {}", t.sql))
        .expect("EXPLAIN QUERY PLAN");
    let nulls = vec![rusqlite::types::Null; stmt.parameter_count()];
    let rows = stmt
        .query_map(rusqlite::params_from_iter(nulls), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(3)?,
            ))
        })
        .expect("plan")
        .collect::<rusqlite::Result<Vec<_>>>()
        .expect("plan rows");
    eprintln!("{name}:\n  {}", t.sql);
    let mut depth: Vec<(i64, usize)> = Vec::new();
    for (id, parent, detail) in rows {
        while depth.last().is_some_and(|&(p, _)| p != parent) {
            depth.pop();
        }
        let d = depth.last().map_or(0, |&(_, d)| d + 1);
        eprintln!("  {}{detail}", "  ".repeat(d));
        depth.push((id, d));
    }
}

fn main() {
    // `cargo test --benches` runs bench targets with --bench absent: only
    // check that it builds and starts.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let Ok(url) = std::env::var("PGSHIM_PG_URL") else {
        eprintln!(
            "benches/ticket_app.rs compares with PostgreSQL: run it as\n  \
             scripts/with-postgres cargo bench --bench ticket_app"
        );
        std::process::exit(2);
    };
    let n = tickets();
    let mut db = sqlite(n);
    let mut pg = postgres(&url, n);
    let set_zone = format!("SET TIME ZONE '{ZONE}'");
    db.execute(&set_zone, &[]).expect("zone");
    pg.batch_execute(&set_zone).expect("zone");
    let version: String = pg
        .query_one("SELECT current_setting('server_version')", &[])
        .map(|r| r.get(0))
        .unwrap_or_default();
    let budget = Duration::from_millis(
        std::env::var("PGSHIM_BENCH_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1_000),
    );
    println!(
        "{n} tickets, session zone {ZONE}, PostgreSQL {version} on loopback; median of runs \
         within {} ms per query and side\n",
        budget.as_millis()
    );
    println!("| query | pgshim (ms) | PostgreSQL (ms) | PostgreSQL / pgshim |");
    println!("|---|---:|---:|---:|");
    let mut log_sum = 0.0;
    let mut count = 0;
    let mut faster = 0;
    let only = std::env::var("PGSHIM_BENCH_ONLY").unwrap_or_default();
    for (i, q) in queries().expect("queries").iter().enumerate() {
        if !only.is_empty() && !only.split(',').any(|p| q.name.starts_with(p.trim())) {
            continue;
        }
        let params = &q.param_sets[0];
        let refs: Vec<&(dyn pgshim::ToSql + Sync)> = params
            .iter()
            .map(|v| v as &(dyn pgshim::ToSql + Sync))
            .collect();
        if std::env::var_os("PGSHIM_BENCH_PLAN").is_some() {
            print_plan(&mut db, &q.name, &q.sql);
        }
        let ours_rows = db.query_rows(&q.sql, &refs).expect("pgshim").rows.len();
        let ours = median(budget, || {
            db.query_rows(&q.sql, &refs).expect("pgshim");
        });
        let prepared = Prepared::new(&mut pg, &format!("bench_{i}"), &q.sql).expect("PREPARE");
        let theirs_rows = prepared.run(&mut pg, params).expect("EXECUTE").rows.len();
        assert_eq!(ours_rows, theirs_rows, "{}: row counts differ", q.name);
        let theirs = median(budget, || {
            prepared.run(&mut pg, params).expect("EXECUTE");
        });
        let ratio = theirs.as_secs_f64() / ours.as_secs_f64();
        log_sum += ratio.ln();
        count += 1;
        if ratio >= 1.0 {
            faster += 1;
        }
        println!(
            "| {} | {} | {} | {:.2}× |",
            q.name,
            ms(ours),
            ms(theirs),
            ratio
        );
    }
    println!(
        "\nGeometric mean of PostgreSQL / pgshim over {count} queries: {:.2}×; pgshim faster on {faster}.",
        (log_sum / count as f64).exp()
    );
}
