//! The system catalogs against PostgreSQL on loopback, in one run: the
//! twelve queries psql 15 sends for `\d tickets`
//! (benches/catalog/psql_describe.sql) on the psql_meta schema (two
//! tables, an index, a view):
//!
//! - `catalog/psql_describe_pgshim`: through `Connection::query` (cached
//!   translations, relations already filled for this schema);
//! - `catalog/psql_describe_postgres`: the same queries through the
//!   `postgres` crate at `PGSHIM_PG_URL`, one round trip each;
//! - `catalog/refill_after_ddl`: a `CREATE INDEX` (or the `DROP INDEX`
//!   of the one before) and then the first query, which fills the
//!   relations again for the new schema;
//! - `catalog/ddl_alone`: the same DDL without the query, to subtract.
//!
//! Run it with `scripts/with-postgres cargo bench --bench catalog`.

use criterion::{Criterion, criterion_group, criterion_main};

const SCHEMA: &str = "CREATE TABLE agents (id bigserial PRIMARY KEY, name text NOT NULL, email varchar(120) UNIQUE);
CREATE TABLE tickets (id bigserial PRIMARY KEY, agent_id bigint REFERENCES agents(id), title text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX tickets_created ON tickets (created_at);
CREATE VIEW open_tickets AS SELECT id, title FROM tickets;";

/// psql's queries, with the OID the first one finds put in the others.
fn queries(oid: &str) -> Vec<String> {
    include_str!("catalog/psql_describe.sql")
        .split("\n----\n")
        .map(|q| {
            q.lines()
                .filter(|l| !l.starts_with("--"))
                .collect::<Vec<_>>()
                .join("\n")
                .replace("{oid}", oid)
        })
        .filter(|q| !q.trim().is_empty())
        .collect()
}

fn bench(c: &mut Criterion) {
    let Ok(url) = std::env::var("PGSHIM_PG_URL") else {
        eprintln!(
            "benches/catalog.rs compares with PostgreSQL: run it as\n  \
             scripts/with-postgres cargo bench --bench catalog"
        );
        std::process::exit(2);
    };
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    db.batch_execute(SCHEMA).unwrap();
    let ours: Vec<String> = {
        let oid: i64 = db
            .query_one("SELECT 'tickets'::regclass::oid::int8", &[])
            .unwrap()
            .get(0);
        queries(&oid.to_string())
    };
    let mut pg = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    pg.batch_execute(
        "DROP SCHEMA IF EXISTS pgshim_bench_catalog CASCADE; CREATE SCHEMA pgshim_bench_catalog; \
         SET search_path = pgshim_bench_catalog, pg_catalog",
    )
    .unwrap();
    pg.batch_execute(SCHEMA).unwrap();
    let theirs: Vec<String> = {
        let oid: i64 = pg
            .query_one(
                "SELECT 'pgshim_bench_catalog.tickets'::regclass::oid::int8",
                &[],
            )
            .unwrap()
            .get(0);
        queries(&oid.to_string())
    };
    // Each side answers each query.
    for q in &ours {
        db.query(q.as_str(), &[]).unwrap();
    }
    let mut g = c.benchmark_group("catalog");
    g.sample_size(30);
    g.bench_function("psql_describe_pgshim", |b| {
        b.iter(|| {
            let mut n = 0;
            for q in &ours {
                n += db.query(q.as_str(), &[]).unwrap().len();
            }
            n
        })
    });
    g.bench_function("psql_describe_postgres", |b| {
        b.iter(|| {
            let mut n = 0;
            for q in &theirs {
                n += pg.simple_query(q).unwrap().len();
            }
            n
        })
    });
    let mut k = 0;
    let mut ddl = move |db: &mut pgshim::Connection| {
        k += 1;
        let sql = if k % 2 == 1 {
            "CREATE INDEX agents_name ON agents (name)"
        } else {
            "DROP INDEX agents_name"
        };
        db.execute(sql, &[]).unwrap();
    };
    g.bench_function("refill_after_ddl", |b| {
        b.iter(|| {
            ddl(&mut db);
            db.query(ours[2].as_str(), &[]).unwrap().len()
        })
    });
    g.bench_function("ddl_alone", |b| b.iter(|| ddl(&mut db)));
    g.finish();
    pg.batch_execute("RESET search_path; DROP SCHEMA pgshim_bench_catalog CASCADE")
        .unwrap();
}

criterion_group!(benches, bench);
criterion_main!(benches);
