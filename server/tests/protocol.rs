//! The protocol's behaviours, each run on PostgreSQL and on `pgshim serve`
//! with the `postgres` crate, their observations compared: transaction
//! blocks and the aborted state, savepoints, errors' SQLSTATEs, positions
//! and hints, row limits and suspended portals, named statements, cancel
//! requests, statement_timeout, settings and startup options.

mod common;

use common::{differential, error_of, simple};

fn connect(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls).unwrap()
}

#[test]
fn transaction_blocks_and_the_aborted_state() {
    differential("protocol", "transactions", |url| {
        let mut c = connect(url);
        let mut out = Vec::new();
        for sql in [
            "CREATE TABLE t (id int PRIMARY KEY, v text)",
            "BEGIN",
            "INSERT INTO t VALUES (1, 'a')",
            "SELECT 1/0",
            "SELECT 1",
            "INSERT INTO t VALUES (2, 'b')",
            "COMMIT",
            "SELECT count(*) FROM t",
            "BEGIN",
            "INSERT INTO t VALUES (1, 'a')",
            "SAVEPOINT s",
            "INSERT INTO t VALUES (1, 'dup')",
            "SELECT 2",
            "ROLLBACK TO SAVEPOINT s",
            "INSERT INTO t VALUES (2, 'b')",
            "RELEASE SAVEPOINT s",
            "COMMIT",
            "SELECT id, v FROM t ORDER BY id",
            "BEGIN",
            "SELECT nosuch FROM t",
            "ROLLBACK",
            "SELECT count(*) FROM t",
            "COMMIT",
            "SAVEPOINT x",
        ] {
            out.push(simple(&mut c, sql));
        }
        // The extended protocol in an aborted block.
        c.batch_execute("BEGIN").unwrap();
        out.push(format!(
            "{:?}",
            c.execute("SELECT 1/0", &[]).map_err(|e| error_of(&e))
        ));
        out.push(format!(
            "{:?}",
            c.prepare("SELECT 1").map(|_| ()).map_err(|e| error_of(&e))
        ));
        out.push(format!(
            "{:?}",
            c.execute("SELECT $1::int", &[&1i32])
                .map_err(|e| error_of(&e))
        ));
        c.batch_execute("ROLLBACK").unwrap();
        out.push(format!(
            "{:?}",
            c.query_one("SELECT 3", &[])
                .map(|r| r.get::<_, i32>(0))
                .map_err(|e| error_of(&e))
        ));
        // A transaction object rolled back on drop, and one committed.
        {
            let mut tx = c.transaction().unwrap();
            tx.execute("INSERT INTO t VALUES (10, 'dropped')", &[])
                .unwrap();
        }
        let mut tx = c.transaction().unwrap();
        tx.execute("INSERT INTO t VALUES (11, 'kept')", &[])
            .unwrap();
        tx.commit().unwrap();
        out.push(simple(&mut c, "SELECT id FROM t WHERE id >= 10"));
        out
    });
}

#[test]
fn errors_have_postgresql_s_codes_positions_and_fields() {
    differential("protocol", "errors", |url| {
        let mut c = connect(url);
        c.batch_execute(
            "CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE NOT NULL);
             CREATE TABLE tickets (id int PRIMARY KEY, user_id int REFERENCES users (id), pri int CHECK (pri > 0), at timestamptz);
             INSERT INTO users VALUES (1, 'a@example.com')",
        )
        .unwrap();
        let mut out = Vec::new();
        for sql in [
            "INSERT INTO users VALUES (1, 'b@example.com')",
            "INSERT INTO users VALUES (2, 'a@example.com')",
            "INSERT INTO users (id) VALUES (3)",
            "INSERT INTO tickets VALUES (1, 99, 1, now())",
            "INSERT INTO tickets VALUES (1, 1, 0, now())",
            "SELECT timestamptz 'not a time'",
            "SELECT timestamptz '2024-02-30 10:00'",
            "SELECT 1/0",
            "SELECT * FROM nowhere",
            "SELECT nosuch FROM users",
            "SELECT 'x'::int",
            "SELECT 2147483647::int + 1",
            "SELECT * FROM users WHERE at > now()",
        ] {
            let e = c.simple_query(sql).unwrap_err();
            let db = e.as_db_error().unwrap();
            out.push(format!(
                "{sql} -> {} {} position={:?}",
                db.code().code(),
                db.message(),
                db.position()
            ));
        }
        out
    });
}

#[test]
fn row_limits_suspend_a_portal_and_named_statements_interleave() {
    differential("protocol", "portals", |url| {
        let mut c = connect(url);
        let mut out = Vec::new();
        let mut tx = c.transaction().unwrap();
        let stmt = tx
            .prepare(
                "SELECT g, date '2024-01-31' + g AS d FROM generate_series(1, 10) AS g ORDER BY g",
            )
            .unwrap();
        let portal = tx.bind(&stmt, &[]).unwrap();
        loop {
            let rows = tx.query_portal(&portal, 3).unwrap();
            if rows.is_empty() {
                break;
            }
            out.push(
                rows.iter()
                    .map(|r| {
                        format!(
                            "{}:{}",
                            r.get::<_, i32>(0),
                            r.get::<_, chrono::NaiveDate>(1)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        let a = tx.prepare("SELECT $1::int * 2").unwrap();
        let b = tx.prepare("SELECT $1::text || '!'").unwrap();
        for i in 0..3 {
            let x: i32 = tx.query_one(&a, &[&i]).unwrap().get(0);
            let y: String = tx.query_one(&b, &[&format!("n{i}")]).unwrap().get(0);
            out.push(format!("{x} {y}"));
        }
        tx.commit().unwrap();
        out
    });
}

/// Two suspended portals read in turns (their rows wait in SQLite), with
/// other statements and a write in between; an error partway through a
/// portal ends it and aborts the block; a new block binds again.
#[test]
fn suspended_portals_interleave_and_fail_partway_as_postgresql() {
    differential("protocol", "portals_interleaved", |url| {
        let mut c = connect(url);
        let mut out = Vec::new();
        simple(&mut c, "CREATE TABLE pi (id int PRIMARY KEY, n int)");
        simple(
            &mut c,
            "INSERT INTO pi SELECT g, g * 10 FROM generate_series(1, 700) AS g",
        );
        let mut tx = c.transaction().unwrap();
        let a = tx
            .prepare("SELECT id, n FROM pi WHERE id <= 600 ORDER BY id")
            .unwrap();
        let b = tx
            .prepare("SELECT g, 100 / (620 - g) FROM generate_series(1, 700) AS g")
            .unwrap();
        let pa = tx.bind(&a, &[]).unwrap();
        let pb = tx.bind(&b, &[]).unwrap();
        let show = |rows: &[postgres::Row]| {
            let ids: Vec<i32> = rows.iter().map(|r| r.get(0)).collect();
            format!("{} rows, {:?}..{:?}", ids.len(), ids.first(), ids.last())
        };
        for round in 0..4 {
            let rows = tx.query_portal(&pa, 170).unwrap();
            out.push(format!("a{round}: {}", show(&rows)));
            let rows = tx.query_portal(&pb, 150).unwrap();
            out.push(format!("b{round}: {}", show(&rows)));
            let n: i64 = tx.query_one("SELECT count(*) FROM pi", &[]).unwrap().get(0);
            out.push(format!("count {n}"));
        }
        tx.execute("UPDATE pi SET n = -1 WHERE id = 700", &[])
            .unwrap();
        let rows = tx.query_portal(&pa, 170).unwrap();
        out.push(format!("a end: {}", show(&rows)));
        match tx.query_portal(&pb, 150) {
            Ok(rows) => out.push(format!("b end: {}", show(&rows))),
            Err(e) => out.push(format!(
                "b end: {}",
                e.as_db_error().map(|d| d.message()).unwrap_or("?")
            )),
        }
        out.push(match tx.query_one("SELECT 1", &[]) {
            Ok(_) => "not aborted".into(),
            Err(e) => e
                .as_db_error()
                .map(|d| d.code().code().to_string())
                .unwrap_or_default(),
        });
        drop(tx);
        // A new block's portal, and the block's end.
        let mut tx = c.transaction().unwrap();
        let pa = tx.bind(&a, &[]).unwrap();
        out.push(format!(
            "again: {}",
            show(&tx.query_portal(&pa, 5).unwrap())
        ));
        tx.commit().unwrap();
        out.push(simple(&mut c, "SELECT n FROM pi WHERE id = 700"));
        out.push(simple(&mut c, "DROP TABLE pi"));
        out
    });
}

/// Runs `f` on `c` while cancel requests for `c` are sent every 300 ms
/// (one that comes before the statement starts is lost, on PostgreSQL
/// too, so they are sent until it stops), then waits for a late one to
/// reach the idle session (PostgreSQL signals the backend), where it does
/// nothing.
fn cancelled(c: &mut postgres::Client, f: impl FnOnce(&mut postgres::Client) -> String) -> String {
    let token = c.cancel_token();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let finished = done.clone();
    let canceller = std::thread::spawn(move || {
        loop {
            std::thread::sleep(std::time::Duration::from_millis(300));
            if finished.load(std::sync::atomic::Ordering::Relaxed) {
                break;
            }
            token.cancel_query(postgres::NoTls).unwrap();
        }
    });
    let out = f(c);
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    canceller.join().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    out
}

#[test]
fn a_cancel_request_and_statement_timeout_stop_a_running_statement() {
    differential("protocol", "cancel", |url| {
        let mut c = connect(url);
        // Another session, connected later: the cancel is for c alone.
        let mut other = connect(url);
        let mut out = Vec::new();
        let long = "SELECT count(*) FROM generate_series(1, 1000000000)";
        out.push(cancelled(&mut c, |c| {
            format!(
                "{:?}",
                c.query_one(long, &[]).map(|_| ()).map_err(|e| error_of(&e))
            )
        }));
        out.push(simple(&mut c, "SELECT 'still here'"));
        out.push(simple(&mut other, "SELECT 'the other session too'"));
        out.push(simple(&mut c, "SET statement_timeout = '200ms'"));
        out.push(simple(&mut c, "SHOW statement_timeout"));
        out.push(simple(&mut c, long));
        out.push(simple(&mut c, "RESET statement_timeout"));
        out.push(simple(&mut c, "SHOW statement_timeout"));
        out
    });
}

/// A statement waiting for another session's transaction (a row lock on
/// PostgreSQL, the write gate on pgshim serve) is stopped by a cancel
/// request, and the session goes on.
#[test]
fn a_cancel_request_stops_a_statement_waiting_for_another_transaction() {
    differential("protocol", "cancel_wait", |url| {
        let mut holder = connect(url);
        let mut c = connect(url);
        let mut out: Vec<String> = [
            "CREATE TABLE w (id int PRIMARY KEY, n int)",
            "INSERT INTO w VALUES (1, 0)",
            "BEGIN",
            "UPDATE w SET n = 1 WHERE id = 1",
        ]
        .into_iter()
        .map(|sql| simple(&mut holder, sql))
        .collect();
        // Without the cancel, the wait ends in a lock timeout, not a hang.
        out.push(simple(&mut c, "SET lock_timeout = '10s'"));
        out.push(cancelled(&mut c, |c| {
            simple(c, "UPDATE w SET n = 2 WHERE id = 1")
        }));
        out.push(simple(&mut holder, "COMMIT"));
        out.push(simple(&mut c, "UPDATE w SET n = n + 10 WHERE id = 1"));
        out.push(simple(&mut c, "SELECT n FROM w"));
        out.push(simple(&mut holder, "DROP TABLE w"));
        out
    });
}

/// Blocks that read take no write turn: with another block's write not
/// yet committed, a reading block answers at once with the committed rows
/// (the lock timeouts would end a wait), sees the commit in its next
/// statement (READ COMMITTED), and takes its turn at its own first write;
/// a second reading block meanwhile waits for neither.
#[test]
fn reading_blocks_wait_for_no_writer_and_see_each_commit() {
    differential("protocol", "read_committed", |url| {
        let (mut w, mut r, mut r2) = (connect(url), connect(url), connect(url));
        let mut out = Vec::new();
        for c in [&mut w, &mut r, &mut r2] {
            out.push(simple(c, "SET lock_timeout = '2s'"));
        }
        out.push(simple(
            &mut w,
            "CREATE TABLE rc (id int PRIMARY KEY, n int)",
        ));
        out.push(simple(&mut w, "INSERT INTO rc VALUES (1, 0)"));
        out.push(simple(&mut r, "BEGIN"));
        out.push(simple(&mut r, "SELECT n FROM rc"));
        out.push(simple(&mut w, "BEGIN"));
        out.push(simple(&mut w, "UPDATE rc SET n = 1 WHERE id = 1"));
        out.push(simple(&mut r, "SELECT n FROM rc"));
        out.push(simple(&mut r2, "BEGIN"));
        out.push(simple(&mut r2, "SELECT n FROM rc"));
        out.push(simple(&mut w, "COMMIT"));
        out.push(simple(&mut r, "SELECT n FROM rc"));
        out.push(simple(&mut r, "UPDATE rc SET n = n + 10 WHERE id = 1"));
        out.push(simple(&mut r2, "SELECT n FROM rc"));
        out.push(simple(&mut r2, "COMMIT"));
        out.push(simple(&mut r, "SELECT n FROM rc"));
        out.push(simple(&mut r, "COMMIT"));
        out.push(simple(&mut w, "SELECT n FROM rc"));
        out.push(simple(&mut w, "DROP TABLE rc"));
        out
    });
}

#[test]
fn settings_drivers_send_are_shown_and_honoured() {
    differential("protocol", "settings", |url| {
        let mut c = connect(url);
        let mut out = Vec::new();
        for sql in [
            "SHOW client_encoding",
            "SHOW standard_conforming_strings",
            "SHOW extra_float_digits",
            "SHOW client_min_messages",
            "SHOW lock_timeout",
            "SHOW statement_timeout",
            "SHOW search_path",
            "SHOW IntervalStyle",
            "SET client_encoding = 'UTF8'",
            "SET standard_conforming_strings = on",
            "SET client_min_messages TO 'warning'",
            "SHOW client_min_messages",
            "SET client_min_messages TO 'loud'",
            "SET extra_float_digits = 3",
            "SELECT 0.1::float8 + 0.2",
            "SET extra_float_digits = 9",
            "SET statement_timeout = 90000",
            "SHOW statement_timeout",
            "SET lock_timeout = '1min'",
            "SHOW lock_timeout",
            "SET lock_timeout = '1500ms'",
            "SHOW lock_timeout",
            "SELECT current_setting('statement_timeout')",
            "SET intervalstyle = iso_8601",
            "SELECT interval '1 day 2 hours'",
            "SET SESSION timezone TO 'Europe/Dublin'",
            "SELECT timestamptz '2024-07-01 12:00+00'",
            "RESET ALL",
            "SHOW statement_timeout",
            "SHOW TimeZone",
        ] {
            out.push(simple(&mut c, sql));
        }
        // Startup options, as libpq's PGOPTIONS sends them.
        let mut config: postgres::Config = url.parse().unwrap();
        config.options("-c TimeZone=Asia/Kolkata -c DateStyle=SQL,DMY");
        let mut o = config.connect(postgres::NoTls).unwrap();
        out.push(simple(
            &mut o,
            "SELECT timestamptz '2024-07-01 12:00+00', date '2024-07-01'",
        ));
        out.push(simple(&mut o, "RESET TimeZone"));
        out.push(simple(&mut o, "SHOW TimeZone"));
        out
    });
}

#[test]
fn a_query_message_that_changes_something_is_one_implicit_transaction() {
    differential("protocol", "implicit", |url| {
        let mut c = connect(url);
        let mut out = Vec::new();
        for sql in [
            "CREATE TABLE t (id int PRIMARY KEY)",
            "INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); INSERT INTO t VALUES (1)",
            "SELECT count(*) FROM t",
            "INSERT INTO t VALUES (1); UPDATE t SET id = id + 10 RETURNING id; DELETE FROM t WHERE id = 11",
            "SELECT id FROM t ORDER BY id",
            "INSERT INTO t VALUES (5); SELECT 1/0",
            "SELECT id FROM t ORDER BY id",
            // DDL and SET are undone with the rest of the string.
            "CREATE TABLE gone (a int); INSERT INTO gone VALUES (1); SET application_name = 'gone'; SET IntervalStyle = 'iso_8601'; SELECT 1/0",
            "SELECT a FROM gone",
            "SHOW application_name",
            "SELECT interval '1 day 2 hours'",
            "CREATE TABLE kept (a int); INSERT INTO kept VALUES (1); SET application_name = 'kept'; SELECT a FROM kept",
            "SELECT a FROM kept",
            "SHOW application_name",
        ] {
            out.push(simple(&mut c, sql));
        }
        out
    });
}
