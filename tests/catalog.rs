//! DDL round trip: tables created through pgshim keep their PostgreSQL
//! types in the SQLite file, so a new connection recovers the catalog.

use pgshim::{Connection, PgType};

#[test]
fn reopened_file_recovers_pg_types() {
    let path = std::env::temp_dir().join(format!("pgshim-catalog-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&path);
    {
        let mut db = Connection::open(&path).unwrap();
        db.execute(
            "CREATE TABLE t (id serial PRIMARY KEY, a smallint, b bigint, c double precision, d varchar(10), \
             e boolean NOT NULL DEFAULT false, f timestamp with time zone, g date, h interval, i timestamp, j text)",
            &[],
        )
        .unwrap();
    }
    let db = Connection::open(&path).unwrap();
    let t = db.catalog().table("t").unwrap();
    let ty = |c: &str| t.column(c).unwrap().ty;
    assert_eq!(ty("id"), Some(PgType::Int4));
    assert_eq!(ty("a"), Some(PgType::Int2));
    assert_eq!(ty("b"), Some(PgType::Int8));
    assert_eq!(ty("c"), Some(PgType::Float8));
    assert_eq!(ty("d"), Some(PgType::Varchar));
    assert_eq!(ty("e"), Some(PgType::Bool));
    assert_eq!(ty("f"), Some(PgType::Timestamptz));
    assert_eq!(ty("g"), Some(PgType::Date));
    assert_eq!(ty("h"), Some(PgType::Interval));
    assert_eq!(ty("i"), Some(PgType::Timestamp));
    assert_eq!(ty("j"), Some(PgType::Text));
    assert_eq!(t.primary_key, vec!["id".to_string()]);
    drop(db);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn declared_type_overrides_apply() {
    let raw = rusqlite::Connection::open_in_memory().unwrap();
    raw.execute_batch(
        "CREATE TABLE posts (id INTEGER PRIMARY KEY, created_at datetime, weird geometry)",
    )
    .unwrap();
    let mut db =
        Connection::with_catalog_overrides(raw, &[("datetime", PgType::Timestamp)]).unwrap();
    assert_eq!(
        db.catalog()
            .table("posts")
            .unwrap()
            .column("created_at")
            .unwrap()
            .ty,
        Some(PgType::Timestamp)
    );
    // A column of a type pgshim does not know is refused where it is used.
    let err = db.query("SELECT weird FROM posts", &[]).unwrap_err();
    assert!(err.is_unsupported(), "{err}");
    assert!(err.to_string().contains("geometry"), "{err}");
}

/// pg_proc has a row for every function pgshim translates, as
/// scripts/gen-pg-procs records them from PostgreSQL; the names it has
/// none for are SQL's own syntax, not functions in PostgreSQL's catalog.
#[test]
fn pg_proc_lists_every_translated_function() {
    let mut db = Connection::open_in_memory().unwrap();
    let not_functions = [
        "coalesce",
        "nullif",
        "greatest",
        "least",
        "current_timestamp",
        "current_date",
        "current_time",
        "localtimestamp",
        "localtime",
        "user",
    ];
    let mut missing = Vec::new();
    for (name, _) in pgshim::supported::functions() {
        let n: i64 = db
            .query_one("SELECT count(*) FROM pg_proc WHERE proname = $1", &[&name])
            .unwrap()
            .get(0);
        if (n == 0) != not_functions.contains(&name) {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "run scripts/gen-pg-procs: pg_proc disagrees for {missing:?}"
    );
}

/// The tables a Litestream replica writes into the served file are not
/// the application's: pg_class (and so psql's `\dt`) leaves them out, as
/// it leaves out pgshim's own.
#[test]
fn litestream_tables_are_not_listed() {
    let mut db = Connection::open_in_memory().unwrap();
    db.sqlite()
        .execute_batch(
            "CREATE TABLE _litestream_seq (id INTEGER PRIMARY KEY, seq INTEGER);
             CREATE TABLE _litestream_lock (id INTEGER);",
        )
        .unwrap();
    db.execute("CREATE TABLE t (id bigserial PRIMARY KEY)", &[])
        .unwrap();
    let rows = db
        .query(
            "SELECT relname::text FROM pg_class WHERE relnamespace = 2200 AND relkind = 'r' ORDER BY 1",
            &[],
        )
        .unwrap();
    let names: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
    assert_eq!(names, ["t"]);
    assert!(db.catalog().table("_litestream_seq").is_none());
}
