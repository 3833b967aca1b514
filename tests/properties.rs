//! Property tests: random instants (1900–2099), civil times and intervals,
//! across the zones with the trickiest daylight-saving rules, compared case
//! by case between PostgreSQL and pgshim.
//!
//! Each property is one query over a table of random rows; the same SQL runs
//! on a live PostgreSQL and through pgshim, so every row is one compared
//! case, and thousands of cases cost one round trip per zone. The seed is
//! printed (fixed under `CI=true`, from the clock otherwise); rerun a
//! failure with `PGSHIM_PROPTEST_SEED=<seed>`, and choose
//! the rows per zone with `PGSHIM_PROPTEST_ROWS` (default 600: with ten
//! zones and the properties below that is well over 10,000 cases).
//!
//! These tests need PostgreSQL (`PGSHIM_PG_URL`, or Docker with the
//! `docker` feature; `scripts/test` starts one). Without it they fail,
//! unless `PGSHIM_NO_LIVE=1` says to skip them on purpose.

use std::fmt::Write as _;

mod common;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

const ZONES: &[&str] = &[
    "America/New_York",
    "Europe/London",
    "Europe/Dublin",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "America/Sao_Paulo",
    "America/St_Johns",
    "Pacific/Apia",
];

const MICROS_PER_DAY: i64 = 86_400_000_000;
/// 1900-01-01 and 2100-01-01 in Unix days.
const FIRST_DAY: i64 = -25_567;
const END_DAY: i64 = 47_482;

/// A civil date-time in microseconds since 1970-01-01, written as text.
fn civil_text(us: i64) -> String {
    let days = us.div_euclid(MICROS_PER_DAY);
    let tod = us.rem_euclid(MICROS_PER_DAY);
    let (y, m, d) = civil_from_days(days);
    let secs = tod / 1_000_000;
    let frac = tod % 1_000_000;
    let mut s = format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    );
    if frac != 0 {
        let _ = write!(s, ".{frac:06}");
    }
    s
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Instants: half uniform over 1900–2099, half on early-morning hours of
/// March/April and September–November weekends, where most UTC-offset
/// changes happen, so that gaps and folds are hit often.
fn instant() -> impl Strategy<Value = i64> {
    let uniform = (FIRST_DAY * MICROS_PER_DAY..END_DAY * MICROS_PER_DAY).boxed();
    let near_change = (
        1900i64..2100,
        prop::sample::select(vec![3i64, 4, 9, 10, 11]),
        1i64..29,
        0i64..6 * 3600,
        prop::bool::ANY,
    )
        .prop_map(|(y, m, d, secs, frac)| {
            let days = days_from_civil(y, m, d);
            days * MICROS_PER_DAY + secs * 1_000_000 + if frac { 123_457 } else { 0 }
        })
        .boxed();
    prop_oneof![uniform, near_change]
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = y - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Intervals in PostgreSQL's output form, with zero parts often.
fn interval() -> impl Strategy<Value = String> {
    let months = prop_oneof![Just(0i64), -30i64..30];
    let days = prop_oneof![Just(0i64), -45i64..45];
    let micros = prop_oneof![
        Just(0i64),
        (-72i64..72).prop_map(|h| h * 3_600_000_000),
        -3 * MICROS_PER_DAY..3 * MICROS_PER_DAY,
    ];
    (months, days, micros).prop_map(|(mo, d, us)| interval_text(mo, d, us))
}

fn interval_text(months: i64, days: i64, us: i64) -> String {
    let mut parts = Vec::new();
    if months != 0 {
        parts.push(format!("{months} mons"));
    }
    if days != 0 {
        parts.push(format!("{days} days"));
    }
    let a = us.unsigned_abs();
    let sign = if us < 0 { "-" } else { "+" };
    let (h, m, s, f) = (
        a / 3_600_000_000,
        a / 60_000_000 % 60,
        a / 1_000_000 % 60,
        a % 1_000_000,
    );
    parts.push(format!("{sign}{h:02}:{m:02}:{s:02}.{f:06}"));
    parts.join(" ")
}

#[derive(Debug, Clone)]
struct Row {
    ts: String,
    t2: String,
    lt: String,
    d: String,
    iv: String,
    iv2: String,
    /// A civil time written in one of the spellings applications send.
    txt: String,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The civil time `us` in one of PostgreSQL's accepted input spellings:
/// ISO with `T`/`Z`, numeric offsets, zone names and abbreviations, US
/// month/day order, month names, 12-hour clock, date only.
fn spelled(us: i64, form: usize, frac: bool) -> String {
    let iso = civil_text(us);
    let base = if frac {
        iso.clone()
    } else {
        iso[..19].to_string()
    };
    let (date, time) = (&base[..10], &base[11..]);
    let (y, m, d) = (&iso[..4], &iso[5..7], &iso[8..10]);
    let mon = MONTHS[m.parse::<usize>().unwrap_or(1) - 1];
    let hour: u32 = iso[11..13].parse().unwrap_or(0);
    let h12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    let ampm = if hour >= 12 { "PM" } else { "AM" };
    match form {
        0 => base.clone(),
        1 => format!("{date}T{time}Z"),
        2 => format!("{base}+05:30"),
        3 => format!("{base}-0330"),
        4 => format!("{base}+05"),
        5 => format!("{base} America/New_York"),
        6 => format!("{base} Europe/Dublin"),
        7 => format!("{base} EST"),
        8 => format!("{base} pst"),
        9 => format!("{m}/{d}/{y} {h12:02}:{} {ampm}", &iso[14..16]),
        10 => format!("{mon} {d} {y} {time}"),
        11 => date.to_string(),
        12 => format!("{d} {mon} {y}"),
        13 => format!("{date} {time} Australia/Lord_Howe"),
        _ => format!("{base} Pacific/Chatham"),
    }
}

fn row() -> impl Strategy<Value = Row> {
    (
        (instant(), instant(), instant(), interval(), interval()),
        (instant(), 0usize..15, prop::bool::ANY),
    )
        .prop_map(|((a, b, c, iv, iv2), (t, form, frac))| Row {
            ts: civil_text(a),
            t2: civil_text(b),
            lt: civil_text(c),
            d: civil_text(c)[..10].to_string(),
            iv,
            iv2,
            txt: spelled(t, form, frac),
        })
}

const TABLE: &str = "CREATE TABLE c (id int PRIMARY KEY, ts timestamptz, t2 timestamptz, \
                     lt timestamp, d date, iv interval, iv2 interval, txt text)";

fn insert_sql(rows: &[Row]) -> String {
    let mut s = String::from("INSERT INTO c VALUES ");
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let _ = write!(
            s,
            "({i}, '{}', '{}', '{}', '{}', '{}', '{}', '{}')",
            r.ts, r.t2, r.lt, r.d, r.iv, r.iv2, r.txt
        );
    }
    s
}

/// The properties: one query each, `{zone}` replaced by the session zone.
/// Every output column is one compared case per row.
const PROPERTIES: &[(&str, &str)] = &[
    ("output", "SELECT id, ts, t2, lt, d, iv FROM c ORDER BY id"),
    (
        "timestamptz_arithmetic",
        "SELECT id, ts + iv, ts - iv, ts + iv2, ts - t2, t2 - ts FROM c ORDER BY id",
    ),
    (
        "civil_to_instant",
        "SELECT id, lt AT TIME ZONE '{zone}', lt::timestamptz, d::timestamptz, \
         ts AT TIME ZONE '{zone}', ts::date, ts::time, ts::timestamp FROM c ORDER BY id",
    ),
    (
        "timestamp_arithmetic",
        "SELECT id, lt + iv, lt - iv2, lt - ts::timestamp, d + iv, d - iv2, d + 7, \
         d - ts::date FROM c ORDER BY id",
    ),
    (
        "comparisons",
        "SELECT id, ts < t2, ts = t2, d < ts, lt <= ts, d = lt::date, iv < iv2, iv = iv2, \
         iv >= iv2 FROM c ORDER BY id",
    ),
    (
        "interval_arithmetic",
        "SELECT id, iv + iv2, iv - iv2, -iv, iv * 2, iv * 1.5, iv / 3, iv * -0.25 FROM c ORDER BY id",
    ),
    (
        "text_input",
        "SELECT id, txt, txt::timestamptz, txt::timestamp, txt::date, \
         txt::timestamptz AT TIME ZONE 'UTC' FROM c ORDER BY id",
    ),
    (
        "zone_spellings",
        "SELECT id, ts AT TIME ZONE 'EST', ts AT TIME ZONE '+05', ts AT TIME ZONE 'UTC+3', \
         ts AT TIME ZONE 'cet', lt AT TIME ZONE 'Asia/Kathmandu', lt AT TIME ZONE '-03:30', \
         lt AT TIME ZONE 'America/Sao_Paulo', ts AT TIME ZONE interval '-02:30' FROM c ORDER BY id",
    ),
    (
        "date_trunc_timestamptz",
        "SELECT id, date_trunc('microseconds', ts), date_trunc('milliseconds', ts), \
         date_trunc('second', ts), date_trunc('minute', ts), date_trunc('hour', ts), \
         date_trunc('day', ts), date_trunc('week', ts), date_trunc('month', ts), \
         date_trunc('quarter', ts), date_trunc('year', ts), date_trunc('decade', ts), \
         date_trunc('century', ts), date_trunc('millennium', ts), \
         date_trunc('day', ts, 'Asia/Kolkata') FROM c ORDER BY id",
    ),
    (
        "date_trunc_timestamp_interval",
        "SELECT id, date_trunc('hour', lt), date_trunc('day', lt), date_trunc('week', lt), \
         date_trunc('month', lt), date_trunc('quarter', lt), date_trunc('century', lt), \
         date_trunc('second', iv), date_trunc('hour', iv), date_trunc('day', iv), \
         date_trunc('month', iv), date_trunc('year', iv), date_trunc('day', d) FROM c ORDER BY id",
    ),
    (
        "extract_timestamptz",
        "SELECT id, extract(microseconds FROM ts), extract(milliseconds FROM ts), \
         extract(second FROM ts), extract(minute FROM ts), extract(hour FROM ts), \
         extract(day FROM ts), extract(month FROM ts), extract(quarter FROM ts), \
         extract(year FROM ts), extract(decade FROM ts), extract(century FROM ts), \
         extract(millennium FROM ts), extract(epoch FROM ts), extract(dow FROM ts), \
         extract(isodow FROM ts), extract(doy FROM ts), extract(week FROM ts), \
         extract(isoyear FROM ts), extract(julian FROM ts), extract(timezone FROM ts), \
         extract(timezone_hour FROM ts), extract(timezone_minute FROM ts) FROM c ORDER BY id",
    ),
    (
        "extract_other_types",
        "SELECT id, extract(epoch FROM lt), extract(week FROM lt), extract(julian FROM lt), \
         extract(doy FROM d), extract(isoyear FROM d), extract(epoch FROM d), \
         extract(epoch FROM iv), extract(hour FROM iv), extract(day FROM iv), \
         extract(month FROM iv), extract(year FROM iv), extract(second FROM iv), \
         extract(hour FROM lt::time) FROM c ORDER BY id",
    ),
    (
        "date_part_double",
        "SELECT id, date_part('epoch', ts), date_part('second', ts), date_part('julian', lt), \
         date_part('dow', d), date_part('epoch', iv), date_part('timezone', ts) FROM c ORDER BY id",
    ),
    (
        "to_char",
        "SELECT id, to_char(ts, 'YYYY-MM-DD HH24:MI:SS.US TZ OF'), \
         to_char(ts, 'FMDay DDth FMMonth Y,YYY HH12:MI AM IYYY-IW-ID DDD WW Q CC J'), \
         to_char(lt, 'Dy Mon DD YYYY hh:mi:ss.ms pm SSSS'), \
         to_char(iv, 'YYYY MM DD HH24:MI:SS.US') FROM c ORDER BY id",
    ),
    (
        "age_and_justify",
        "SELECT id, age(ts, t2), age(t2, ts), age(lt, d), justify_days(iv), justify_hours(iv), \
         justify_interval(iv), justify_interval(iv2) FROM c ORDER BY id",
    ),
    (
        "date_bin_and_text_round_trip",
        "SELECT id, date_bin(interval '15 minutes', ts, timestamptz '2001-01-01 00:07:00+00'), \
         date_bin(interval '1 day 3 hours', lt, timestamp '1999-12-31 12:00'), \
         ts::text::timestamptz = ts, lt::text::timestamp = lt, iv::text::interval = iv, \
         to_timestamp(extract(epoch FROM ts)::float8) FROM c ORDER BY id",
    ),
];

fn rows_per_zone() -> usize {
    std::env::var("PGSHIM_PROPTEST_ROWS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600)
}

type Table = Vec<Vec<Option<String>>>;

fn pg_rows(c: &mut postgres::Client, sql: &str) -> Result<Table, String> {
    let mut out = Vec::new();
    for m in c.simple_query(sql).map_err(|e| format!("{sql}: {e}"))? {
        if let postgres::SimpleQueryMessage::Row(r) = m {
            out.push((0..r.len()).map(|i| r.get(i).map(str::to_string)).collect());
        }
    }
    Ok(out)
}

fn shim_rows(db: &mut pgshim::Connection, sql: &str) -> Result<Table, String> {
    let rows = db.query_rows(sql, &[]).map_err(|e| format!("{sql}: {e}"))?;
    Ok(rows
        .rows
        .iter()
        .map(|r| r.iter().map(|v| v.to_pg_text()).collect())
        .collect())
}

#[test]
fn date_time_properties_match_postgres() {
    let live = pgshim_difftest::Live::find().expect("PostgreSQL connection");
    let Some(live) = live else {
        if std::env::var("PGSHIM_NO_LIVE").is_ok_and(|v| v == "1") {
            eprintln!("property tests skipped: PGSHIM_NO_LIVE=1");
            return;
        }
        panic!(
            "property tests need PostgreSQL: run scripts/test, set PGSHIM_PG_URL, \
             or set PGSHIM_NO_LIVE=1 to skip them on purpose"
        );
    };
    let seed = common::seed();
    let n = rows_per_zone();
    eprintln!("property seed: {seed} (PGSHIM_PROPTEST_SEED={seed}), {n} rows per zone");
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    // The second half of the rows walks forward in time from one instant,
    // 7 to 97 minutes a step, so that SQLite meets consecutive rows of one
    // local day (kept day-level results) and crosses local midnights and
    // offset changes from one row to the next.
    let strategy = (prop::collection::vec(row(), n), instant(), 7i64..97).prop_map(
        |(mut rows, start, minutes)| {
            let start = start.min((END_DAY - 200) * MICROS_PER_DAY);
            let half = rows.len() / 2;
            for (k, r) in (0i64..).zip(rows[half..].iter_mut()) {
                r.ts = civil_text(start + k * minutes * 60 * 1_000_000);
            }
            rows
        },
    );

    let mut pg = live.client().expect("client");
    let mut failures = Vec::new();
    let mut cases = 0usize;
    for zone in ZONES {
        let rows = strategy
            .new_tree(&mut runner)
            .expect("generate rows")
            .current();
        let insert = insert_sql(&rows);
        pg.batch_execute(&format!(
            "SET TimeZone = 'UTC'; DROP TABLE IF EXISTS c; {TABLE}; {insert}"
        ))
        .expect("PostgreSQL setup");
        let mut db = pgshim::Connection::open_in_memory().expect("open");
        db.execute(TABLE, &[]).expect("pgshim table");
        db.execute(&insert, &[]).expect("pgshim insert");
        pg.batch_execute(&format!("SET TimeZone = '{zone}'"))
            .expect("zone");
        db.session().set_time_zone(zone).expect("zone");
        for (name, query) in PROPERTIES {
            let sql = query.replace("{zone}", zone);
            let want = pg_rows(&mut pg, &sql);
            let got = shim_rows(&mut db, &sql);
            let (want, got) = match (want, got) {
                (Ok(w), Ok(g)) => (w, g),
                (w, g) => {
                    failures.push(format!("{name} in {zone}: postgres {w:?}\npgshim {g:?}"));
                    continue;
                }
            };
            assert_eq!(want.len(), rows.len(), "{name}: PostgreSQL row count");
            for (i, (w, g)) in want.iter().zip(&got).enumerate() {
                cases += w.len() - 1;
                if w != g && failures.len() < 20 {
                    failures.push(format!(
                        "{name} in {zone}, row {i} {:?}:\n  {sql}\n  postgres {w:?}\n  pgshim   {g:?}",
                        rows[i]
                    ));
                }
            }
            if got.len() != want.len() {
                failures.push(format!(
                    "{name} in {zone}: {} rows from pgshim, {} from PostgreSQL",
                    got.len(),
                    want.len()
                ));
            }
        }
    }
    pg.batch_execute("DROP TABLE IF EXISTS c").ok();
    eprintln!("{cases} cases compared");
    assert!(
        failures.is_empty(),
        "seed {seed}: {} failing properties/cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(cases >= 10_000, "only {cases} cases ran");
}
