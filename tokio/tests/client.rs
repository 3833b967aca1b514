//! The async client as a tokio app uses it: many tasks at once on one
//! file, each client with its own session, errors and panics returned to
//! the caller, the runtime never blocked.

use chrono::{DateTime, Utc};
use pgshim_tokio::{Client, Param};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tasks_share_a_file_and_keep_their_sessions() {
    let dir = std::env::temp_dir().join(format!("pgshim-tokio-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("app.sqlite");
    let setup = Client::open(&path).await.unwrap();
    setup
        .call(|c| {
            c.sqlite().pragma_update(None, "journal_mode", "WAL")?;
            c.batch_execute("CREATE TABLE t (id serial PRIMARY KEY, zone text, at timestamptz)")
        })
        .await
        .unwrap();
    let zones = [
        "America/New_York",
        "Asia/Kolkata",
        "Europe/Dublin",
        "Pacific/Chatham",
    ];
    let mut tasks = Vec::new();
    for zone in zones {
        let path = path.clone();
        tasks.push(tokio::spawn(async move {
            let db = Client::start(move || {
                let c = pgshim::Connection::open(path)?;
                c.sqlite().busy_timeout(std::time::Duration::from_secs(5))?;
                Ok(c)
            })
            .await
            .unwrap();
            db.batch_execute(format!("SET TIME ZONE '{zone}'"))
                .await
                .unwrap();
            for i in 0..25 {
                let at: DateTime<Utc> =
                    DateTime::from_timestamp(1_710_000_000 + i * 3600, 0).unwrap();
                let params: Vec<Param> = vec![Box::new(zone.to_string()), Box::new(at)];
                db.execute("INSERT INTO t (zone, at) VALUES ($1, $2)", params)
                    .await
                    .unwrap();
            }
            let shown = db.query_one("SHOW TimeZone", vec![]).await.unwrap();
            assert_eq!(shown.get::<_, &str>(0), zone);
            let n: i64 = db
                .query_one(
                    "SELECT count(*) FROM t WHERE zone = $1",
                    vec![Box::new(zone.to_string())],
                )
                .await
                .unwrap()
                .get(0);
            assert_eq!(n, 25);
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let total: i64 = setup
        .query_one("SELECT count(*) FROM t", vec![])
        .await
        .unwrap()
        .get(0);
    assert_eq!(total, 100);
    // The setup client's session is its own.
    let zone = setup.query_one("SHOW TimeZone", vec![]).await.unwrap();
    assert_eq!(zone.get::<_, &str>(0), "UTC");
    drop(setup);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn errors_and_panics_come_back_and_the_client_goes_on() {
    let db = Client::open_in_memory().await.unwrap();
    let err = db.query("SELECT * FROM missing", vec![]).await.unwrap_err();
    assert_eq!(err.message(), "relation \"missing\" does not exist");
    let err = db
        .call(|_| -> pgshim::Result<()> { panic!("boom") })
        .await
        .unwrap_err();
    assert!(err.to_string().contains("boom"), "{err}");
    let one: i32 = db.query_one("SELECT 1", vec![]).await.unwrap().get(0);
    assert_eq!(one, 1);
    assert!(Client::open("/nonexistent/dir/x.sqlite").await.is_err());
}
