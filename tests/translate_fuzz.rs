//! Random expressions built from the grammar pgshim supports: translating
//! them never panics, and whatever translates prepares on SQLite with the
//! runtime registered (a type or syntax error is a clean `Err`).

use pgshim::{Catalog, PgType, Translator};
mod common;

use proptest::prelude::*;

fn catalog() -> Catalog {
    let mut cat = Catalog::new();
    cat.add_table(
        "t",
        &[
            ("i", PgType::Int4),
            ("b", PgType::Int8),
            ("f", PgType::Float8),
            ("s", PgType::Text),
            ("ok", PgType::Bool),
            ("ts", PgType::Timestamptz),
            ("lt", PgType::Timestamp),
            ("d", PgType::Date),
            ("tm", PgType::Time),
            ("iv", PgType::Interval),
        ],
    );
    cat
}

fn expr() -> impl Strategy<Value = String> {
    common::expressions(
        vec![
            "i",
            "b",
            "f",
            "s",
            "ok",
            "ts",
            "lt",
            "d",
            "tm",
            "iv",
            "1",
            "2.5",
            "-3",
            "NULL",
            "true",
            "'x'",
            "'2024-03-10'",
            "'1 day'",
            "'10:00'",
            "interval '2 hours'",
            "date '2024-02-29'",
            "timestamptz '2024-03-10 02:30'",
            "timestamp '2024-11-03 01:30'",
            "now()",
            "current_date",
            "$1",
            "$2",
        ],
        vec![
            "+",
            "-",
            "*",
            "/",
            "%",
            "=",
            "<>",
            "<",
            ">=",
            "AND",
            "OR",
            "||",
            "LIKE",
            "ILIKE",
            "~",
            "IS DISTINCT FROM",
        ],
        vec![
            "date_trunc('day', {})",
            "extract(hour FROM {})",
            "date_part('epoch', {})",
            "coalesce({}, {})",
            "greatest({}, {})",
            "length({})",
            "lower({})",
            "to_char({}, 'YYYY')",
            "age({})",
            "justify_days({})",
            "{}::text",
            "{}::date",
            "{}::timestamptz",
            "{}::int",
            "{}::interval",
            "{} AT TIME ZONE 'UTC'",
            "NOT {}",
            "- {}",
            "({}) IS NULL",
            "CASE WHEN {} THEN {} ELSE {} END",
            "{} BETWEEN {} AND {}",
            "{} IN ({}, {})",
            "concat({}, {})",
            "sum({})",
            "min({})",
        ],
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, .. ProptestConfig::default() })]

    #[test]
    fn translation_never_panics_and_prepares(e in expr(), w in expr()) {
        let tr = Translator::new(catalog());
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        pgshim::register(&conn, &pgshim::Session::new()).unwrap();
        conn.execute_batch(
            "CREATE TABLE t (i int, b bigint, f float8, s text, ok boolean, ts timestamptz, \
             lt timestamp, d date, tm time, iv interval)",
        )
        .unwrap();
        for sql in [
            format!("SELECT {e} FROM t"),
            format!("SELECT i FROM t WHERE {w}"),
            format!("SELECT {e} AS x FROM t ORDER BY 1"),
        ] {
            if let Ok(out) = tr.translate(&sql) {
                prop_assert!(
                    conn.prepare(&out.sql).is_ok(),
                    "{sql}\n→ {}\n{:?}",
                    out.sql,
                    conn.prepare(&out.sql).err()
                );
            }
        }
    }
}
