//! The r2d2 pool (feature `r2d2`) under load: 8 threads on one file, each
//! in its own session zone, reading and writing at once. Every thread's
//! answers are in its own zone, every checkout starts in the pool's zone,
//! and no write is lost.
#![cfg(feature = "r2d2")]

use chrono::{DateTime, Offset, TimeZone, Utc};

const ZONES: [&str; 8] = [
    "America/New_York",
    "Europe/Dublin",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "America/Sao_Paulo",
    "Africa/Casablanca",
    "America/St_Johns",
];
const ROUNDS: i64 = 60;

#[test]
fn eight_threads_keep_their_sessions_and_lose_nothing() {
    let dir = std::env::temp_dir().join(format!("pgshim-pool-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let manager = pgshim::pool::ConnectionManager::file(dir.join("app.sqlite"));
    let pool = r2d2::Pool::builder().max_size(8).build(manager).unwrap();
    pool.get()
        .unwrap()
        .batch_execute(
            "CREATE TABLE events (id serial PRIMARY KEY, thread int NOT NULL, at timestamptz NOT NULL)",
        )
        .unwrap();
    let start = Utc.with_ymd_and_hms(2024, 3, 9, 0, 0, 0).unwrap();
    let threads: Vec<_> = ZONES
        .iter()
        .enumerate()
        .map(|(n, zone)| {
            let pool = pool.clone();
            std::thread::spawn(move || {
                let tz: chrono_tz::Tz = zone.parse().unwrap();
                for i in 0..ROUNDS {
                    let mut db = pool.get().unwrap();
                    // Whatever the last user of this connection set.
                    let fresh: String = db.query_one("SHOW TimeZone", &[]).unwrap().get(0);
                    assert_eq!(fresh, "UTC");
                    db.batch_execute(&format!("SET TIME ZONE '{zone}'")).unwrap();
                    // Across the March changes of both hemispheres.
                    let at: DateTime<Utc> = start + chrono::TimeDelta::hours(i * 7 + n as i64);
                    let row = db
                        .query_one(
                            "INSERT INTO events (thread, at) VALUES ($1, $2) RETURNING id, at::text AS shown, at",
                            &[&(n as i32), &at],
                        )
                        .unwrap();
                    assert_eq!(row.get::<_, DateTime<Utc>>("at"), at);
                    let offset = tz.offset_from_utc_datetime(&at.naive_utc()).fix();
                    let local = at.with_timezone(&offset);
                    let shown: String = row.get("shown");
                    assert!(
                        shown.starts_with(&local.format("%Y-%m-%d %H:%M:%S").to_string()),
                        "{shown} for {local} in {zone}"
                    );
                    let zone_now: String = db.query_one("SHOW TimeZone", &[]).unwrap().get(0);
                    assert_eq!(zone_now, *zone);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let mut db = pool.get().unwrap();
    let total: i64 = db
        .query_one("SELECT count(*) FROM events", &[])
        .unwrap()
        .get(0);
    assert_eq!(total, ROUNDS * 8);
    let per: Vec<pgshim::Row> = db
        .query(
            "SELECT thread, count(DISTINCT id) AS n FROM events GROUP BY thread ORDER BY thread",
            &[],
        )
        .unwrap();
    assert_eq!(per.len(), 8);
    for r in &per {
        assert_eq!(r.get::<_, i64>("n"), ROUNDS);
    }
    drop(db);
    drop(pool);
    let _ = std::fs::remove_dir_all(&dir);
}
