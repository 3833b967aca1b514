//! The Connection: sessions, transactions, parameters, caching, errors.

use pgshim::{Connection, Outcome};

#[test]
fn set_show_reset_time_zone() {
    let mut db = Connection::open_in_memory().unwrap();
    let show = |db: &mut Connection| {
        db.query_rows("SHOW timezone", &[])
            .unwrap()
            .text(0, 0)
            .unwrap()
    };
    assert_eq!(show(&mut db), "UTC");
    db.execute("SET TIME ZONE 'america/new_york'", &[]).unwrap();
    assert_eq!(show(&mut db), "America/New_York");
    assert_eq!(db.session().time_zone(), "America/New_York");
    db.execute("SET timezone TO 'Europe/Dublin'", &[]).unwrap();
    assert_eq!(show(&mut db), "Europe/Dublin");
    db.execute("RESET timezone", &[]).unwrap();
    assert_eq!(show(&mut db), "UTC");
    let err = db.execute("SET TIME ZONE 'Mars/Base'", &[]).unwrap_err();
    assert_eq!(
        err.message(),
        "invalid value for parameter \"TimeZone\": \"Mars/Base\""
    );
    let err = db.query_rows("SHOW nosuch", &[]).unwrap_err();
    assert_eq!(
        err.message(),
        "unrecognized configuration parameter \"nosuch\""
    );
    assert_eq!(
        db.query_rows("SHOW DateStyle", &[])
            .unwrap()
            .text(0, 0)
            .as_deref(),
        Some("ISO, MDY")
    );
}

#[test]
fn transactions_commit_and_roll_back() {
    let mut db = Connection::open_in_memory().unwrap();
    db.execute("CREATE TABLE t (x int)", &[]).unwrap();
    db.execute("BEGIN", &[]).unwrap();
    db.execute("INSERT INTO t VALUES (1)", &[]).unwrap();
    db.execute("ROLLBACK", &[]).unwrap();
    db.execute("BEGIN", &[]).unwrap();
    db.execute("INSERT INTO t VALUES (2)", &[]).unwrap();
    db.execute("COMMIT", &[]).unwrap();
    let rows = db.query_rows("SELECT x FROM t", &[]).unwrap();
    assert_eq!(rows.rows.len(), 1);
    assert_eq!(rows.text(0, 0).as_deref(), Some("2"));
}

#[test]
fn parameters_are_converted_by_pg_type() {
    let mut db = Connection::open_in_memory().unwrap();
    db.execute("CREATE TABLE t (id int, ok boolean, w float8)", &[])
        .unwrap();
    // Text parameters go through PostgreSQL's input functions.
    db.execute("INSERT INTO t VALUES ($1, $2, $3)", &[&"7", &"yes", &"2.5"])
        .unwrap();
    let rows = db.query_rows("SELECT id, ok, w FROM t", &[]).unwrap();
    assert_eq!(rows.text(0, 0).as_deref(), Some("7"));
    assert_eq!(rows.text(0, 1).as_deref(), Some("t"));
    assert_eq!(rows.text(0, 2).as_deref(), Some("2.5"));
    let err = db
        .execute("INSERT INTO t (id) VALUES ($1)", &[&"seven"])
        .unwrap_err();
    assert_eq!(
        err.message(),
        "invalid input syntax for type integer: \"seven\""
    );
    let err = db
        .execute("INSERT INTO t (id) VALUES ($1)", &[])
        .unwrap_err();
    assert!(err.message().contains("requires 1"), "{err}");
}

#[test]
fn translations_are_cached_per_zone_and_catalog() {
    let mut db = Connection::open_in_memory().unwrap();
    db.execute("CREATE TABLE t (x int)", &[]).unwrap();
    let a = db.translate("SELECT x FROM t").unwrap();
    let b = db.translate("SELECT x FROM t").unwrap();
    assert_eq!(a.sql, b.sql);
    db.execute("DROP TABLE t", &[]).unwrap();
    db.execute("CREATE TABLE t (x text)", &[]).unwrap();
    // The catalog changed: the cached translation (x int4) must not be used.
    let c = db.translate("SELECT x FROM t").unwrap();
    assert_eq!(c.columns[0].ty, pgshim::PgType::Text);
}

#[test]
fn unsupported_errors_carry_span_and_hint() {
    let mut db = Connection::open_in_memory().unwrap();
    db.execute("CREATE TABLE t (x int, s text)", &[]).unwrap();
    let err = db
        .query_rows("SELECT x,\n  x < ANY($1) FROM t", &[])
        .unwrap_err();
    assert!(err.is_unsupported());
    let span = err.span().expect("a span");
    assert_eq!(span.start, (2, 3));
    let text = err.to_string();
    assert!(
        text.starts_with("unsupported: ANY/ALL over this operand at 2:3.."),
        "{text}"
    );
    assert!(text.contains("hint: "), "{text}");
}

#[test]
fn runtime_errors_never_panic_and_use_pg_text() {
    let mut db = Connection::open_in_memory().unwrap();
    for (sql, msg) in [
        ("SELECT 1 / 0", "division by zero"),
        ("SELECT 2147483647 + 1", "integer out of range"),
        (
            "SELECT 'x'::int",
            "invalid input syntax for type integer: \"x\"",
        ),
        (
            "SELECT 'a' LIKE 'a\\'",
            "LIKE pattern must not end with escape character",
        ),
    ] {
        let err = db.query_rows(sql, &[]).unwrap_err();
        assert_eq!(err.message(), msg, "{sql}");
    }
}

#[test]
fn run_script_reports_each_outcome() {
    let mut db = Connection::open_in_memory().unwrap();
    let mut kinds = Vec::new();
    db.run_script(
        "CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2); SELECT x FROM t ORDER BY x;",
        |_, o| {
            kinds.push(match o {
                Outcome::Rows(r) => format!("rows {}", r.rows.len()),
                Outcome::Done { changed } => format!("done {changed}"),
                _ => "other".into(),
            })
        },
    )
    .unwrap();
    assert_eq!(kinds, vec!["done 0", "done 2", "rows 2"]);
}

/// `now()` is the transaction's start: the same for every statement inside
/// BEGIN … COMMIT, new for the next transaction; `statement_timestamp()`
/// moves with each statement; `clock_timestamp()` with each call.
#[test]
fn now_is_stable_within_a_transaction() {
    let mut db = Connection::open_in_memory().unwrap();
    let now = |db: &mut Connection| -> String {
        db.query_rows("SELECT now()::text AS t", &[])
            .unwrap()
            .text(0, 0)
            .unwrap()
    };
    let stmt = |db: &mut Connection| -> String {
        db.query_rows("SELECT statement_timestamp()::text AS t", &[])
            .unwrap()
            .text(0, 0)
            .unwrap()
    };
    db.execute("BEGIN", &[]).unwrap();
    let a = now(&mut db);
    let s1 = stmt(&mut db);
    std::thread::sleep(std::time::Duration::from_millis(5));
    let b = now(&mut db);
    let s2 = stmt(&mut db);
    assert_eq!(a, b, "now() changed inside a transaction");
    assert_ne!(s1, s2, "statement_timestamp() did not move");
    db.execute("COMMIT", &[]).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    let c = now(&mut db);
    assert_ne!(a, c, "now() did not move with a new transaction");
    // Within one statement, every now() is the same and clock_timestamp()
    // is not earlier.
    let r = db
        .query_rows(
            "SELECT now() = now() AS same, clock_timestamp() >= now() AS later",
            &[],
        )
        .unwrap();
    assert_eq!(r.text(0, 0).as_deref(), Some("t"));
    assert_eq!(r.text(0, 1).as_deref(), Some("t"));
}

#[test]
fn long_values_lists_translate_or_refuse_without_crashing() {
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    let rows = |n: usize| {
        (0..n)
            .map(|i| format!("({i}, '{i}')"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let ok = db
        .query_rows(
            &format!(
                "SELECT count(*), sum(a) FROM (VALUES {}) AS v(a, b)",
                rows(500)
            ),
            &[],
        )
        .unwrap();
    assert_eq!(ok.text(0, 0).as_deref(), Some("500"));
    assert_eq!(ok.text(0, 1).as_deref(), Some("124750"));
    let err = db
        .query_rows(
            &format!("SELECT count(*) FROM (VALUES {}) AS v(a, b)", rows(6000)),
            &[],
        )
        .unwrap_err();
    assert!(err.is_unsupported(), "{err}");
}

#[test]
fn long_generated_conditions_answer_or_fail_cleanly() {
    // A test thread has a small stack: long OR/+ chains must neither
    // overflow it (a process abort) nor answer wrongly.
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    let chain = |n: usize, op: &str| {
        (0..n)
            .map(|i| format!("a = {i}"))
            .collect::<Vec<_>>()
            .join(op)
    };
    let r = db
        .query_rows(
            &format!(
                "SELECT count(*) FROM (SELECT 7 AS a) t WHERE {}",
                chain(800, " OR ")
            ),
            &[],
        )
        .unwrap();
    assert_eq!(r.text(0, 0).as_deref(), Some("1"));
    let sum = format!("SELECT 0{}", " + 1".repeat(300));
    assert_eq!(
        db.query_rows(&sum, &[]).unwrap().text(0, 0).as_deref(),
        Some("300")
    );
    let err = db
        .query_rows(
            &format!(
                "SELECT count(*) FROM (SELECT 7 AS a) t WHERE {}",
                chain(3_000, " OR ")
            ),
            &[],
        )
        .unwrap_err();
    assert!(err.to_string().contains("too deeply nested"), "{err}");
}

/// RESET TimeZone, SET TIME ZONE DEFAULT / LOCAL and RESET ALL return to the
/// session's startup zone (PGTZ, a connection's TimeZone option), as in
/// PostgreSQL; the live proof is scripts/pg-regress, whose sessions start in
/// America/Los_Angeles and RESET in timestamptz.sql and horology.sql.
#[test]
fn reset_returns_to_the_startup_time_zone() {
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    db.session()
        .set_default_time_zone("america/los_angeles")
        .unwrap();
    let shown =
        |db: &mut pgshim::Connection| db.query_rows("SHOW TimeZone", &[]).unwrap().text(0, 0);
    let ts = |db: &mut pgshim::Connection| {
        db.query_rows("SELECT timestamptz '2024-07-01 12:00+00' AS t", &[])
            .unwrap()
            .text(0, 0)
    };
    for reset in [
        "RESET TimeZone",
        "RESET timezone",
        "SET TIME ZONE DEFAULT",
        "SET TIME ZONE LOCAL",
        "SET timezone TO DEFAULT",
        "RESET ALL",
    ] {
        db.execute("SET TIME ZONE 'Asia/Kolkata'", &[]).unwrap();
        assert_eq!(ts(&mut db).as_deref(), Some("2024-07-01 17:30:00+05:30"));
        db.execute(reset, &[]).unwrap();
        assert_eq!(
            shown(&mut db).as_deref(),
            Some("America/Los_Angeles"),
            "{reset}"
        );
        assert_eq!(
            ts(&mut db).as_deref(),
            Some("2024-07-01 05:00:00-07"),
            "{reset}"
        );
    }
    // Without a startup zone, the default is UTC.
    let mut fresh = pgshim::Connection::open_in_memory().unwrap();
    fresh.execute("SET TIME ZONE 'Asia/Kolkata'", &[]).unwrap();
    fresh.execute("RESET TimeZone", &[]).unwrap();
    assert_eq!(shown(&mut fresh).as_deref(), Some("UTC"));
}

#[test]
fn reset_time_zone_in_two_words() {
    let mut db = Connection::open_in_memory().unwrap();
    db.session()
        .set_default_time_zone("America/Los_Angeles")
        .unwrap();
    db.execute("SET TIME ZONE 'CST7CDT,M4.1.0,M10.5.0'", &[])
        .unwrap();
    assert_eq!(db.session().time_zone(), "CST7CDT,M4.1.0,M10.5.0");
    db.execute("reset  time\n zone", &[]).unwrap();
    assert_eq!(db.session().time_zone(), "America/Los_Angeles");
}

/// `Connection::import` lists what it cannot carry over, with the
/// statement's first line and the reason, down to the dump's last
/// statement; the data of a table it could not create is listed too.
#[test]
fn import_lists_what_is_not_carried_over() {
    let dump = "SET statement_timeout = 0;\n\
        CREATE TABLE public.t (id integer);\n\
        CREATE TABLE public.spots (id integer, at point);\n\
        COPY public.t (id) FROM stdin;\n1\n2\n\\.\n\
        COPY public.spots (id, at) FROM stdin;\n1\t(1,2)\n\\.\n\
        CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$ SELECT 1; $$;\n";
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    let report = db.import(dump, |_| {}).unwrap();
    assert_eq!(report.tables, vec![("t".to_string(), 2)]);
    assert_eq!(report.preamble_skipped, 1);
    let listed: Vec<(&str, &str)> = report
        .skipped
        .iter()
        .map(|s| (s.statement.as_str(), s.reason.as_str()))
        .collect();
    assert_eq!(
        listed,
        vec![
            (
                "CREATE TABLE public.spots (id integer, at point)",
                "unsupported: type point"
            ),
            (
                "CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$ SELECT 1; $$",
                "unsupported: statement CREATE FUNCTION"
            ),
            (
                "COPY public.spots (id, at) FROM stdin",
                "the data of table \"spots\", which was not created"
            ),
        ]
    );
}

/// A view's computed columns keep their PostgreSQL types in the file:
/// another connection (a later process, the loaded extension) reads them
/// back from the view's SQL.
#[test]
fn view_column_types_survive_reopening_the_file() {
    let path =
        std::env::temp_dir().join(format!("pgshim-view-types-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&path);
    {
        let mut db = pgshim::Connection::open(&path).unwrap();
        db.execute("CREATE TABLE t (at timestamptz, took interval)", &[])
            .unwrap();
        db.execute("INSERT INTO t VALUES ('2024-03-10 12:00+00', '1 day')", &[])
            .unwrap();
        db.execute(
            "CREATE VIEW v AS SELECT date_trunc('day', at) AS day, count(*) AS n, sum(took) AS total, at::date AS d FROM t GROUP BY 1, 4",
            &[],
        )
        .unwrap();
    }
    let mut db = pgshim::Connection::open(&path).unwrap();
    let v = db.catalog().table("v").unwrap();
    let types: Vec<_> = v.columns.iter().map(|c| c.ty).collect();
    use pgshim::PgType::*;
    assert_eq!(
        types,
        vec![Some(Timestamptz), Some(Int8), Some(Interval), Some(Date)]
    );
    let rows = db
        .query_rows(
            "SELECT day, n, total + total AS twice, d + 1 AS next FROM v",
            &[],
        )
        .unwrap();
    assert_eq!(rows.text(0, 0).as_deref(), Some("2024-03-10 00:00:00+00"));
    assert_eq!(rows.text(0, 2).as_deref(), Some("2 days"));
    assert_eq!(rows.text(0, 3).as_deref(), Some("2024-03-11"));
    drop(db);
    let _ = std::fs::remove_file(&path);
}

/// A table another connection creates (or alters) on the same file is
/// known at once, with its PostgreSQL types, as it is to a second
/// PostgreSQL session.
#[test]
fn another_connections_ddl_is_seen_at_once() {
    let path = std::env::temp_dir().join(format!("pgshim-two-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let mut a = Connection::open(&path).unwrap();
    let mut b = Connection::open(&path).unwrap();
    assert!(b.query("SELECT 1 FROM t", &[]).is_err());
    a.batch_execute(
        "CREATE TABLE t (at timestamptz); INSERT INTO t VALUES ('2024-03-10 07:30:00+00')",
    )
    .unwrap();
    let row = b.query_one("SELECT at FROM t", &[]).unwrap();
    assert_eq!(row.columns()[0].type_(), pgshim::PgType::Timestamptz);
    assert_eq!(row.text(0).as_deref(), Some("2024-03-10 07:30:00+00"));
    a.batch_execute("ALTER TABLE t ADD COLUMN took interval")
        .unwrap();
    let row = b.query_one("SELECT took FROM t", &[]).unwrap();
    assert_eq!(row.columns()[0].type_(), pgshim::PgType::Interval);
    drop((a, b));
    let _ = std::fs::remove_file(&path);
}

/// A kept statement is planned once: after ANALYZE (sqlite_stat4), a bound
/// value in an indexed condition would otherwise expire the statement at
/// every bind, and SQLite would parse and plan it again at each run.
#[test]
fn kept_statements_are_not_planned_again_for_new_parameters() {
    let mut db = Connection::open_in_memory().unwrap();
    db.batch_execute(
        "CREATE TABLE ev (id int PRIMARY KEY, ticket_id int NOT NULL, at timestamptz);
         CREATE INDEX ev_ticket ON ev (ticket_id);
         INSERT INTO ev SELECT g, g % 50, timestamptz '2024-01-01 00:00+00' + g * interval '1 hour'
           FROM generate_series(1, 2000) AS g",
    )
    .unwrap();
    db.sqlite().execute_batch("ANALYZE").unwrap();
    let sql = "SELECT count(*) FROM ev WHERE ticket_id = $1";
    for k in 0..5i32 {
        let n: i64 = db.query_one(sql, &[&k]).unwrap().get(0);
        assert_eq!(n, 40);
    }
    let t = db.translate(sql).unwrap();
    let stmt = db.sqlite().prepare_cached(&t.sql).unwrap();
    assert_eq!(
        stmt.get_status(rusqlite::StatementStatus::RePrepare),
        0,
        "{}",
        t.sql
    );
}

/// Two connections on one file, PostgreSQL's READ COMMITTED blocks: a
/// block that has only read holds no lock (the other connection writes and
/// commits, and the block's next statement sees it); `SELECT … FOR UPDATE`
/// holds the rows (all of the file's) until the block ends, so the other
/// connection's write waits and, with a lock_timeout, fails as it fails on
/// PostgreSQL (55P03).
#[test]
fn blocks_read_committed_and_for_update_holds_the_rows() {
    let path = std::env::temp_dir().join(format!("pgshim-rc-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let mut a = Connection::open(&path).unwrap();
    let mut b = Connection::open(&path).unwrap();
    a.sqlite()
        .execute_batch("PRAGMA journal_mode = WAL")
        .unwrap();
    a.batch_execute(
        "CREATE TABLE acct (id int PRIMARY KEY, n int); INSERT INTO acct VALUES (1, 0)",
    )
    .unwrap();
    let n = |db: &mut Connection| -> i32 {
        db.query_one("SELECT n FROM acct WHERE id = 1", &[])
            .unwrap()
            .get(0)
    };
    a.batch_execute("BEGIN").unwrap();
    assert_eq!(n(&mut a), 0);
    b.batch_execute("SET lock_timeout = '200ms'; UPDATE acct SET n = 1 WHERE id = 1")
        .unwrap();
    assert_eq!(n(&mut a), 1, "the block's next statement sees the commit");
    let locked: i32 = a
        .query_one("SELECT n FROM acct WHERE id = 1 FOR UPDATE", &[])
        .unwrap()
        .get(0);
    assert_eq!(locked, 1);
    let e = b
        .execute("UPDATE acct SET n = 2 WHERE id = 1", &[])
        .unwrap_err();
    assert_eq!(e.sqlstate(), "55P03", "{e}");
    assert_eq!(e.to_string(), "canceling statement due to lock timeout");
    a.batch_execute("UPDATE acct SET n = n + 10 WHERE id = 1; COMMIT")
        .unwrap();
    b.execute("UPDATE acct SET n = n * 2 WHERE id = 1", &[])
        .unwrap();
    assert_eq!(n(&mut b), 22);
    drop((a, b));
    let _ = std::fs::remove_file(&path);
}

/// A stored expression is shown only through pg_get_expr, and a default
/// whose PostgreSQL text pgshim does not keep is refused there, by name,
/// rather than shown differently.
#[test]
fn node_trees_and_unkept_defaults_are_refused_by_name() {
    let mut db = Connection::open_in_memory().unwrap();
    db.batch_execute("CREATE TABLE t (a int DEFAULT 1 + 2, b text DEFAULT 'x')")
        .unwrap();
    let err = db
        .query_rows("SELECT adbin FROM pg_attrdef", &[])
        .unwrap_err();
    assert!(err.is_unsupported(), "{err}");
    assert!(err.message().contains("pg_node_tree"), "{err}");
    let err = db
        .query_rows(
            "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adnum = 1",
            &[],
        )
        .unwrap_err();
    assert!(
        err.message().contains("the default of column \"a\""),
        "{err}"
    );
    let rows = db
        .query_rows(
            "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adnum = 2",
            &[],
        )
        .unwrap();
    assert_eq!(rows.text(0, 0).as_deref(), Some("'x'::text"));
}

/// An advisory lock one connection holds is refused to another on the
/// same file, and released when its holder closes (PostgreSQL's session
/// end); a ROLLBACK does not release it.
#[test]
fn advisory_locks_are_held_per_session_until_it_ends() {
    let dir = std::env::temp_dir().join(format!("pgshim-advisory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("locks.sqlite3");
    let mut a = Connection::open(&file).unwrap();
    let mut b = Connection::open(&file).unwrap();
    let try_lock = |db: &mut Connection| {
        db.query_rows("SELECT pg_try_advisory_lock(9001)", &[])
            .unwrap()
            .text(0, 0)
    };
    assert_eq!(try_lock(&mut a).as_deref(), Some("t"));
    a.batch_execute("BEGIN; ROLLBACK").unwrap();
    // Not held: false (PostgreSQL also warns, which pgshim does not).
    let unlock = b
        .query_rows(
            "SELECT pg_advisory_unlock(9001), pg_advisory_unlock(5)",
            &[],
        )
        .unwrap();
    assert_eq!(unlock.text(0, 0).as_deref(), Some("f"));
    assert_eq!(unlock.text(0, 1).as_deref(), Some("f"));
    assert_eq!(try_lock(&mut b).as_deref(), Some("f"));
    drop(a);
    assert_eq!(try_lock(&mut b).as_deref(), Some("t"));
    drop(b);
    std::fs::remove_dir_all(&dir).unwrap();
}
