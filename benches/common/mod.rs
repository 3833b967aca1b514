//! What the date/time benches share: 1,000,000 stored timestamptz values.

/// The rows of the `ev` table.
pub const ROWS: i64 = 1_000_000;

/// An in-memory database with `ev (id, ts)`: instants spread over
/// 2000–2031 (every ~17 minutes), written through pgshim in canonical form;
/// the session zone America/New_York.
pub fn setup() -> pgshim::Connection {
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    db.execute("CREATE TABLE ev (id int PRIMARY KEY, ts timestamptz)", &[])
        .unwrap();
    // Instants spread over 2000–2031 (every ~17 minutes), written directly in
    // canonical form.
    db.execute(
        &format!(
            "INSERT INTO ev SELECT g, timestamptz '2000-01-01 00:00:00' + g * interval '00:17:01.5' \
             FROM generate_series(1, {ROWS}) g"
        ),
        &[],
    )
    .unwrap();
    db.session().set_time_zone("America/New_York").unwrap();
    db
}
