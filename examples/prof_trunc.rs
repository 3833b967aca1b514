fn main() {
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    db.execute("CREATE TABLE ev (id int PRIMARY KEY, ts timestamptz)", &[])
        .unwrap();
    db.execute("INSERT INTO ev SELECT g, timestamptz '2000-01-01 00:00:00' + g * interval '00:17:01.5' FROM generate_series(1, 1000000) g", &[]).unwrap();
    db.session().set_time_zone("America/New_York").unwrap();
    let q = std::env::args().nth(1).unwrap();
    for _ in 0..30 {
        let r = db.query(&q, &[]).unwrap();
        assert!(r.text(0, 0).is_some());
    }
}
