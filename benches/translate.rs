//! Benches for issue 2's pieces, each against a named baseline in the same
//! run:
//! - `rewrite/report_query`: translating a typical report query, against
//!   sqlparser's bare parse of the same text (baseline `parse/report_query`).
//! - `rewrite/report_query_cached`: the same query through
//!   `pgshim::Connection::translate` when it is already in the translation
//!   cache (target: under 1 µs).
//! - `runtime/pg_like/prefix`: PostgreSQL LIKE over 10,000 rows, against
//!   SQLite's built-in LIKE (`sqlite/like/prefix`), which has other semantics
//!   (case-insensitive, no escape) and so is only a cost baseline.
//! - `runtime/pg_numeric_sum` and `runtime/pg_numeric_key_filter`: exact
//!   numeric `sum(amount)` and `amount > 500.00` over 10,000 `numeric(10,2)`
//!   values, against SQLite's `sum`/`>` over the same values as REAL
//!   (`sqlite/sum_real`, `sqlite/filter_real`): inexact, only a cost
//!   baseline.

use criterion::{Criterion, criterion_group, criterion_main};
use pgshim::{Catalog, PgType, Translator};

const REPORT: &str = "SELECT a.name, count(b.id) AS books, sum(b.pages) AS pages \
    FROM authors a LEFT JOIN books b ON b.author_id = a.id \
    WHERE a.name LIKE $1 AND b.pages > 100 GROUP BY a.name HAVING count(b.id) > 1 ORDER BY pages DESC LIMIT 10";

fn translate(c: &mut Criterion) {
    let mut cat = Catalog::new();
    cat.add_table("authors", &[("id", PgType::Int4), ("name", PgType::Text)]);
    cat.add_table(
        "books",
        &[
            ("id", PgType::Int4),
            ("author_id", PgType::Int4),
            ("pages", PgType::Int4),
        ],
    );
    let tr = Translator::new(cat);
    let out = tr.translate(REPORT).expect("report query translates");
    assert_eq!(out.columns.len(), 3);
    c.bench_function("parse/report_query", |b| {
        b.iter(|| {
            sqlparser::parser::Parser::parse_sql(
                &sqlparser::dialect::PostgreSqlDialect {},
                std::hint::black_box(REPORT),
            )
            .unwrap()
        })
    });
    c.bench_function("rewrite/report_query", |b| {
        b.iter(|| tr.translate(std::hint::black_box(REPORT)).unwrap())
    });
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    db.execute("CREATE TABLE authors (id int PRIMARY KEY, name text)", &[])
        .unwrap();
    db.execute(
        "CREATE TABLE books (id int PRIMARY KEY, author_id int, pages int)",
        &[],
    )
    .unwrap();
    let first = db.translate(REPORT).unwrap();
    assert_eq!(first.columns.len(), 3);
    c.bench_function("rewrite/report_query_cached", |b| {
        b.iter(|| db.translate(std::hint::black_box(REPORT)).unwrap())
    });
}

fn like(c: &mut Criterion) {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    pgshim::register(&conn, &pgshim::Session::new()).unwrap();
    conn.execute_batch(
        "CREATE TABLE t (s TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) \
         INSERT INTO t SELECT 'ticket-' || i || '-printer' FROM n;",
    )
    .unwrap();
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(
        count("SELECT count(*) FROM t WHERE pg_like(s, 'ticket-1%')"),
        1112
    );
    assert_eq!(
        count("SELECT count(*) FROM t WHERE s LIKE 'ticket-1%'"),
        1112
    );
    c.bench_function("sqlite/like/prefix", |b| {
        b.iter(|| count("SELECT count(*) FROM t WHERE s LIKE 'ticket-1%'"))
    });
    c.bench_function("runtime/pg_like/prefix", |b| {
        b.iter(|| count("SELECT count(*) FROM t WHERE pg_like(s, 'ticket-1%')"))
    });
}

fn numeric(c: &mut Criterion) {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    pgshim::register(&conn, &pgshim::Session::new()).unwrap();
    conn.execute_batch(
        "CREATE TABLE t (amount numeric_text(10,2), approx REAL); \
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) \
         INSERT INTO t SELECT printf('%d.%02d', i % 1000, i % 100), (i % 1000) + (i % 100) / 100.0 FROM n;",
    )
    .unwrap();
    let text = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, String>(0)).unwrap();
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(text("SELECT pg_numeric_sum(amount) FROM t"), "4999950.00");
    let filter_num =
        "SELECT count(*) FROM t WHERE pg_numeric_key(amount) > pg_numeric_key('500.00')";
    let filter_real = "SELECT count(*) FROM t WHERE approx > 500.00";
    assert_eq!(count(filter_num), count(filter_real));
    c.bench_function("sqlite/sum_real", |b| {
        b.iter(|| {
            conn.query_row("SELECT sum(approx) FROM t", [], |r| r.get::<_, f64>(0))
                .unwrap()
        })
    });
    c.bench_function("runtime/pg_numeric_sum", |b| {
        b.iter(|| text("SELECT pg_numeric_sum(amount) FROM t"))
    });
    c.bench_function("sqlite/filter_real", |b| b.iter(|| count(filter_real)));
    c.bench_function("runtime/pg_numeric_key_filter", |b| {
        b.iter(|| count(filter_num))
    });
}

criterion_group!(benches, translate, like, numeric);
criterion_main!(benches);
