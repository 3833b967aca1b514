//! Many clients at once: 16 clients × 1,000 mixed read/write transactions
//! on one file. Every write is a transfer between accounts inside a
//! transaction that reads first, `FOR UPDATE` as a PostgreSQL app must
//! (the read-then-write upgrade that fails with "database is locked" on
//! plain SQLite), and no other transaction may write between its
//! statements; every fourth transaction only reads, in a block of its own
//! that takes no write turn, and must see the total unchanged. No statement may fail;
//! the final balances must be the serial outcome of the same transfers,
//! and the log must hold each write exactly once. Latencies are printed
//! (p50/p99). `PGSHIM_LOAD_TRANSACTIONS` changes the 1,000 per client.

mod common;

use std::time::{Duration, Instant};

const CLIENTS: usize = 16;
const ACCOUNTS: i32 = 50;

fn per_client() -> usize {
    std::env::var("PGSHIM_LOAD_TRANSACTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000)
}

/// The transfer of client `c`'s `k`-th transaction: (from, to, amount).
fn transfer(c: usize, k: usize) -> (i32, i32, i32) {
    let from = ((c * 7 + k * 13) % ACCOUNTS as usize) as i32 + 1;
    let to = ((c * 11 + k * 5 + 1) % ACCOUNTS as usize) as i32 + 1;
    (from, to, (k % 9) as i32 + 1)
}

#[test]
fn sixteen_clients_keep_every_write_and_never_see_a_locked_database() {
    let server = common::TestServer::start();
    let mut setup = server.client();
    setup
        .batch_execute(&format!(
            "CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL);
             INSERT INTO accounts SELECT g, 1000 FROM generate_series(1, {ACCOUNTS}) AS g;
             CREATE TABLE log (client int NOT NULL, n int NOT NULL, at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (client, n));"
        ))
        .unwrap();
    let n = per_client();
    let url = server.url();
    let threads: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let url = url.clone();
            std::thread::spawn(move || {
                let mut db = postgres::Client::connect(&url, postgres::NoTls).unwrap();
                let mut latencies = Vec::with_capacity(n);
                for k in 0..n {
                    let start = Instant::now();
                    if k % 4 == 3 {
                        let mut tx = db.transaction().unwrap();
                        let total: i64 = tx
                            .query_one("SELECT sum(balance) FROM accounts", &[])
                            .unwrap()
                            .get(0);
                        tx.commit().unwrap();
                        assert_eq!(
                            total,
                            1000 * i64::from(ACCOUNTS),
                            "a reader saw a partial transfer"
                        );
                    } else {
                        let (from, to, amount) = transfer(c, k);
                        let mut tx = db.transaction().unwrap();
                        let before: i32 = tx
                            .query_one(
                                "SELECT balance FROM accounts WHERE id = $1 FOR UPDATE",
                                &[&from],
                            )
                            .unwrap()
                            .get(0);
                        tx.execute(
                            "UPDATE accounts SET balance = balance - $2 WHERE id = $1",
                            &[&from, &amount],
                        )
                        .unwrap();
                        tx.execute(
                            "UPDATE accounts SET balance = balance + $2 WHERE id = $1",
                            &[&to, &amount],
                        )
                        .unwrap();
                        let after: i32 = tx
                            .query_one("SELECT balance FROM accounts WHERE id = $1", &[&from])
                            .unwrap()
                            .get(0);
                        if from != to {
                            assert_eq!(
                                after,
                                before - amount,
                                "another transaction wrote between our statements"
                            );
                        }
                        tx.execute(
                            "INSERT INTO log (client, n) VALUES ($1, $2)",
                            &[&(c as i32), &(k as i32)],
                        )
                        .unwrap();
                        tx.commit().unwrap();
                    }
                    latencies.push(start.elapsed());
                }
                latencies
            })
        })
        .collect();
    let started = Instant::now();
    let mut all: Vec<Duration> = threads
        .into_iter()
        .flat_map(|t| t.join().expect("a client failed"))
        .collect();
    let elapsed = started.elapsed();
    // The serial outcome of the same transfers.
    let mut expected = vec![1000i64; ACCOUNTS as usize + 1];
    let mut writes = 0i64;
    for c in 0..CLIENTS {
        for k in (0..n).filter(|k| k % 4 != 3) {
            let (from, to, amount) = transfer(c, k);
            expected[from as usize] -= i64::from(amount);
            expected[to as usize] += i64::from(amount);
            writes += 1;
        }
    }
    for row in setup
        .query("SELECT id, balance FROM accounts ORDER BY id", &[])
        .unwrap()
    {
        let (id, balance): (i32, i32) = (row.get(0), row.get(1));
        assert_eq!(i64::from(balance), expected[id as usize], "account {id}");
    }
    let logged: i64 = setup
        .query_one("SELECT count(*) FROM log", &[])
        .unwrap()
        .get(0);
    assert_eq!(logged, writes, "every write once");
    all.sort();
    let pct = |p: f64| all[((all.len() as f64 * p) as usize).min(all.len() - 1)];
    eprintln!(
        "{CLIENTS} clients × {n} transactions ({writes} writes) in {:.2?}: {:.0} transactions/s, latency p50 {:.2?}, p99 {:.2?}, max {:.2?}",
        elapsed,
        all.len() as f64 / elapsed.as_secs_f64(),
        pct(0.50),
        pct(0.99),
        all[all.len() - 1]
    );
}
