//! The loadable extension against the linked crate, in one run, on the same
//! (bundled) SQLite: the extension is loaded into a second in-memory
//! connection with the same 1,000,000 stored timestamptz values.
//!
//! - `linked/date_trunc/day_zone` and `loaded/date_trunc/day_zone`:
//!   `date_trunc('day', ts)` in America/New_York, the same translated SQL on
//!   each connection; the target is loaded ≤ 1.1× linked.
//! - `loaded/pgshim_translate/cached`: `SELECT pgshim_translate(?)` of a
//!   report query already translated once (a prepared statement, as a host
//!   keeps it); the target is ≤ 2 µs.
//!
//! The extension is `PGSHIM_EXTENSION` if set, else built here with
//! `cargo build --release --manifest-path sqlite-ext/Cargo.toml`.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};

mod common;

use common::{ROWS, setup};

fn extension() -> PathBuf {
    if let Some(p) = std::env::var_os("PGSHIM_EXTENSION") {
        return PathBuf::from(p);
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let status =
        std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["build", "--release", "--quiet", "--manifest-path"])
            .arg(root.join("sqlite-ext/Cargo.toml"))
            .current_dir(&root)
            .status()
            .expect("cargo build of sqlite-ext");
    assert!(status.success(), "building the extension failed");
    root.join("target/release").join(format!(
        "{}pgshim{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    ))
}

fn bench(c: &mut Criterion) {
    // The linked crate.
    let mut linked = setup();
    let query = "SELECT count(date_trunc('day', ts)) FROM ev";
    let sql = linked.translate(query).unwrap().sql;

    // The extension, loaded into a plain rusqlite connection.
    let loaded = rusqlite::Connection::open_in_memory().unwrap();
    // SAFETY: pgshim's own extension, loaded by its default entry point.
    unsafe {
        loaded.load_extension_enable().unwrap();
        loaded
            .load_extension(extension().with_extension(""), None::<&str>)
            .unwrap();
        loaded.load_extension_disable().unwrap();
    }
    // The same stored rows, copied over as values.
    // The same table, as pgshim declared it.
    let ddl: String = linked
        .sqlite()
        .query_row("SELECT sql FROM sqlite_schema WHERE name = 'ev'", [], |r| {
            r.get(0)
        })
        .unwrap();
    loaded.execute_batch(&ddl).unwrap();
    {
        let tx = loaded.unchecked_transaction().unwrap();
        let mut ins = tx.prepare("INSERT INTO ev VALUES (?1, ?2)").unwrap();
        let mut read = linked.sqlite().prepare("SELECT id, ts FROM ev").unwrap();
        let mut rows = read.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            ins.execute((r.get::<_, i64>(0).unwrap(), r.get::<_, String>(1).unwrap()))
                .unwrap();
        }
        drop(ins);
        tx.commit().unwrap();
    }
    let set: String = loaded
        .query_row(
            "SELECT pgshim_translate('SET TIME ZONE ''America/New_York''')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    loaded.query_row(&set, [], |_| Ok(())).ok();
    let loaded_sql: String = loaded
        .query_row("SELECT pgshim_translate(?1)", [query], |r| r.get(0))
        .unwrap();
    assert_eq!(
        loaded_sql, sql,
        "the extension translates as the crate does"
    );
    let count = |c: &rusqlite::Connection| c.query_row(&sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(count(linked.sqlite()), ROWS);
    assert_eq!(count(&loaded), ROWS);

    let mut g = c.benchmark_group("extension_1m");
    g.sample_size(10);
    g.bench_function("linked/date_trunc/day_zone", |b| {
        b.iter(|| count(linked.sqlite()))
    });
    g.bench_function("loaded/date_trunc/day_zone", |b| b.iter(|| count(&loaded)));
    g.finish();

    let mut g = c.benchmark_group("extension_translate");
    let report = "SELECT date_trunc('week', ts)::date AS week, count(*) AS n FROM ev \
                  WHERE ts >= now() - interval '90 days' GROUP BY 1 ORDER BY 1";
    let mut stmt = loaded.prepare("SELECT pgshim_translate(?1)").unwrap();
    let first: String = stmt.query_row([report], |r| r.get(0)).unwrap();
    assert!(
        first.contains("pg_") && first.contains("GROUP BY"),
        "{first}"
    );
    g.bench_function("loaded/pgshim_translate/cached", |b| {
        b.iter(|| stmt.query_row([report], |r| r.get::<_, String>(0)).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
