//! Typed values against the `postgres` crate on a live PostgreSQL: every
//! column of the ticket app's 30 reports and of the date/time statements
//! below is read as its Rust type (chrono's for date/time, pgshim's
//! `Interval` and `Numeric`, integers, floats, text) through `Row::get`
//! from pgshim, and through the `postgres` crate (binary format) from the
//! server, in several session zones; the values must be equal. Then the
//! reports' parameters are bound as typed values (`DateTime<Utc>`,
//! `NaiveDate`, `i32`, `String`) on both sides, and the answers must
//! again be equal.
//!
//! These tests need PostgreSQL (`PGSHIM_PG_URL`; `scripts/test` starts
//! one). Without it they fail, unless `PGSHIM_NO_LIVE=1` says to skip them
//! on purpose.

use std::error::Error as StdError;

mod common;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use pgshim::types::numeric::Numeric;
use pgshim::types::{Date, Timestamp};
use pgshim::{Interval, PgType};
use pgshim_ticket_app::{create_pgshim, create_postgres, queries};
use postgres::types::{FromSql as PgFromSql, Type};

const ZONES: &[&str] = &["America/New_York", "Australia/Sydney", "Asia/Kolkata"];
const SEED: u64 = 20_241_124;
const TICKETS: usize = 2_000;

fn live() -> Option<pgshim_difftest::Live> {
    match pgshim_difftest::Live::find().expect("PostgreSQL connection") {
        Some(l) => Some(l),
        None if std::env::var("PGSHIM_NO_LIVE").is_ok_and(|v| v == "1") => {
            eprintln!("typed tests skipped: PGSHIM_NO_LIVE=1");
            None
        }
        None => panic!(
            "the typed tests need PostgreSQL: run scripts/test, set PGSHIM_PG_URL, \
             or set PGSHIM_NO_LIVE=1 to skip them on purpose"
        ),
    }
}

/// One value, as both sides read it.
#[derive(Debug, Clone, PartialEq)]
enum V {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Numeric(String),
    Text(String),
    Instant(Timestamp<DateTime<Utc>>),
    Civil(Timestamp<NaiveDateTime>),
    Day(Date<NaiveDate>),
    Clock(NaiveTime),
    /// months, days, microseconds: compared field by field, not by
    /// PostgreSQL's equality.
    Span(i32, i32, i64),
    /// A value the Rust type cannot hold (a year past chrono's range):
    /// both sides must refuse it.
    Unreadable,
    /// A type this test does not read (arrays, timetz).
    Other,
}

/// `interval` in the binary format: microseconds, days, months.
struct PgInterval(i32, i32, i64);

impl<'a> PgFromSql<'a> for PgInterval {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        let us = i64::from_be_bytes(raw[0..8].try_into()?);
        let days = i32::from_be_bytes(raw[8..12].try_into()?);
        let months = i32::from_be_bytes(raw[12..16].try_into()?);
        Ok(PgInterval(months, days, us))
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::INTERVAL
    }
}

/// `time` in the binary format (microseconds). `24:00:00` does not fit
/// chrono's NaiveTime: the postgres crate wraps it to `00:00:00`, and
/// pgshim refuses it rather than change the value, so it is `Unreadable`.
struct PgTime(V);

impl<'a> PgFromSql<'a> for PgTime {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        let us = i64::from_be_bytes(raw[0..8].try_into()?);
        let (secs, frac) = (us / 1_000_000, us % 1_000_000);
        Ok(PgTime(
            NaiveTime::from_num_seconds_from_midnight_opt(secs as u32, frac as u32 * 1000)
                .filter(|_| secs < 86_400)
                .map_or(V::Unreadable, V::Clock),
        ))
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::TIME
    }
}

/// `numeric` in the binary format, as PostgreSQL's text output.
struct PgNumeric(String);

impl<'a> PgFromSql<'a> for PgNumeric {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        let word = |i: usize| u16::from_be_bytes([raw[i], raw[i + 1]]);
        let (n, weight, sign, dscale) = (
            word(0) as usize,
            word(2) as i16 as i64,
            word(4),
            word(6) as usize,
        );
        match sign {
            0xC000 => return Ok(PgNumeric("NaN".into())),
            0xD000 => return Ok(PgNumeric("Infinity".into())),
            0xF000 => return Ok(PgNumeric("-Infinity".into())),
            _ => {}
        }
        let digit = |k: i64| -> u16 {
            if k < 0 || k as usize >= n {
                0
            } else {
                word(8 + 2 * k as usize)
            }
        };
        let mut out = String::new();
        if sign == 0x4000 {
            out.push('-');
        }
        if weight < 0 {
            out.push('0');
        } else {
            out.push_str(&digit(0).to_string());
            for k in 1..=weight {
                out.push_str(&format!("{:04}", digit(k)));
            }
        }
        if dscale > 0 {
            let mut frac = String::new();
            let mut k = weight + 1;
            while frac.len() < dscale {
                frac.push_str(&format!("{:04}", digit(k)));
                k += 1;
            }
            frac.truncate(dscale);
            out.push('.');
            out.push_str(&frac);
        }
        Ok(PgNumeric(out))
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::NUMERIC
    }
}

fn pg_value(row: &postgres::Row, i: usize) -> V {
    let ty = row.columns()[i].type_().clone();
    macro_rules! opt {
        ($t:ty, $f:expr) => {
            match row.try_get::<_, Option<$t>>(i) {
                Ok(None) => V::Null,
                Ok(Some(v)) => $f(v),
                Err(_) => V::Unreadable,
            }
        };
    }
    use postgres::types::{Date as PD, Timestamp as PT};
    let ts = |t: PT<_>| match t {
        PT::PosInfinity => Timestamp::PosInfinity,
        PT::NegInfinity => Timestamp::NegInfinity,
        PT::Value(v) => Timestamp::Value(v),
    };
    match ty {
        Type::BOOL => opt!(bool, V::Bool),
        Type::INT2 => opt!(i16, |v| V::Int(i64::from(v))),
        Type::INT4 => opt!(i32, |v| V::Int(i64::from(v))),
        Type::INT8 => opt!(i64, V::Int),
        Type::FLOAT8 => opt!(f64, V::Float),
        Type::NUMERIC => opt!(PgNumeric, |v: PgNumeric| V::Numeric(v.0)),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR => opt!(String, V::Text),
        Type::TIMESTAMPTZ => opt!(PT<DateTime<Utc>>, |v| V::Instant(ts(v))),
        Type::TIMESTAMP => opt!(PT<NaiveDateTime>, |v| V::Civil(match v {
            PT::PosInfinity => Timestamp::PosInfinity,
            PT::NegInfinity => Timestamp::NegInfinity,
            PT::Value(v) => Timestamp::Value(v),
        })),
        Type::DATE => opt!(PD<NaiveDate>, |v| V::Day(match v {
            PD::PosInfinity => Date::PosInfinity,
            PD::NegInfinity => Date::NegInfinity,
            PD::Value(v) => Date::Value(v),
        })),
        Type::TIME => opt!(PgTime, |t: PgTime| t.0),
        Type::INTERVAL => opt!(PgInterval, |v: PgInterval| V::Span(v.0, v.1, v.2)),
        _ => V::Other,
    }
}

/// Reads a pgshim column as its Rust type, and checks the session-zone
/// reading of timestamptz (`DateTime<FixedOffset>`) against chrono-tz.
fn shim_value(row: &pgshim::Row, i: usize, zone: &chrono_tz::Tz) -> V {
    #[cfg(feature = "jiff")]
    jiff_agrees(row, i);
    macro_rules! opt {
        ($t:ty, $f:expr) => {
            match row.try_get::<_, Option<$t>>(i) {
                Ok(None) => V::Null,
                Ok(Some(v)) => $f(v),
                Err(_) => V::Unreadable,
            }
        };
    }
    match row.columns()[i].type_() {
        PgType::Bool => opt!(bool, V::Bool),
        PgType::Int2 | PgType::Int4 | PgType::Int8 => opt!(i64, V::Int),
        PgType::Float8 => opt!(f64, V::Float),
        PgType::Numeric => {
            let v = opt!(Numeric, |v: Numeric| V::Numeric(v.to_string()));
            #[cfg(feature = "rust_decimal")]
            if let V::Numeric(text) = &v {
                // Exact, or refused (NaN, infinity, past 28 digits).
                match row.try_get::<_, rust_decimal::Decimal>(i) {
                    Ok(d) => assert_eq!(d.to_string(), *text),
                    Err(e) => assert!(e.to_string().contains("does not fit"), "{e}"),
                }
            }
            v
        }
        PgType::Text | PgType::Varchar | PgType::Bpchar => opt!(String, V::Text),
        PgType::Timestamptz => {
            let v = opt!(Timestamp<DateTime<Utc>>, V::Instant);
            if let V::Instant(Timestamp::Value(utc)) = &v {
                let local: DateTime<FixedOffset> = row.get(i);
                // (chrono-tz has no POSIX or abbreviation zones: those
                // sessions are checked by value only.)
                assert_eq!(local, *utc);
                // chrono-tz lists transitions to 2037 and then keeps the
                // last offset; PostgreSQL (and pgshim) go on with the
                // zone's rules, so later years are checked by value only.
                if (1900..2037).contains(&chrono::Datelike::year(utc)) {
                    let want = zone.offset_from_utc_datetime(&utc.naive_utc()).fix();
                    assert_eq!(*local.offset(), want, "{utc} in {zone}");
                }
            }
            v
        }
        PgType::Timestamp => opt!(Timestamp<NaiveDateTime>, V::Civil),
        PgType::Date => opt!(Date<NaiveDate>, V::Day),
        PgType::Time => opt!(NaiveTime, V::Clock),
        PgType::Interval => opt!(Interval, |v: Interval| V::Span(
            v.months,
            v.days,
            v.microseconds
        )),
        _ => V::Other,
    }
}

fn sorted(mut rows: Vec<Vec<V>>, ordered: bool) -> Vec<Vec<V>> {
    if !ordered {
        rows.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    }
    rows
}

/// Whether rows compare in order (a top-level ORDER BY), as the
/// differential harness decides it.
fn ordered(sql: &str) -> bool {
    pgshim_difftest::Case::new("typed", sql, vec![], "UTC").ordered
}

/// The ticket app on both sides (a scratch database on the server).
fn ticket_app(
    live: &pgshim_difftest::Live,
) -> (
    pgshim_difftest::ScratchDatabase,
    postgres::Client,
    pgshim::Connection,
) {
    let scratch = live
        .scratch_database(&format!("pgshim_typed_{}", std::process::id()))
        .unwrap();
    let mut pg = scratch.client().unwrap();
    create_postgres(&mut pg, SEED, TICKETS, |_| {}).unwrap();
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    create_pgshim(&mut db, SEED, TICKETS, |_| {}).unwrap();
    (scratch, pg, db)
}

fn set_zone(pg: &mut postgres::Client, db: &mut pgshim::Connection, zone: &str) {
    let set = format!("SET TIME ZONE '{zone}'");
    pg.batch_execute(&set).unwrap();
    db.batch_execute(&set).unwrap();
}

#[test]
fn report_columns_read_typed_as_the_postgres_crate_reads_them() {
    let Some(live) = live() else { return };
    let (_scratch, mut pg, mut db) = ticket_app(&live);
    let mut compared = 0usize;
    let mut temporal = 0usize;
    for zone in ZONES {
        set_zone(&mut pg, &mut db, zone);
        let tz: chrono_tz::Tz = zone.parse().unwrap();
        for q in queries().unwrap() {
            for params in &q.param_sets {
                // PostgreSQL reads the text parameters itself (EXECUTE of
                // a prepared statement); its result comes back in binary.
                pg.batch_execute(&format!("DEALLOCATE ALL; PREPARE typed AS {}", q.sql))
                    .unwrap();
                let args: Vec<String> = params
                    .iter()
                    .map(|p| match p {
                        Some(v) => format!("'{}'", v.replace('\'', "''")),
                        None => "NULL".into(),
                    })
                    .collect();
                let exec = if args.is_empty() {
                    "EXECUTE typed".to_string()
                } else {
                    format!("EXECUTE typed({})", args.join(", "))
                };
                let theirs = pg.query(exec.as_str(), &[]).unwrap();
                let text: Vec<Option<&str>> = params.iter().map(|p| p.as_deref()).collect();
                let refs: Vec<&(dyn pgshim::ToSql + Sync)> = text
                    .iter()
                    .map(|v| v as &(dyn pgshim::ToSql + Sync))
                    .collect();
                let ours = db
                    .query(q.sql.as_str(), &refs)
                    .unwrap_or_else(|e| panic!("{}: {e}", q.name));
                let width = ours.first().map_or(0, |r| r.len());
                let a: Vec<Vec<V>> = theirs
                    .iter()
                    .map(|r| (0..r.len()).map(|i| pg_value(r, i)).collect())
                    .collect();
                let b: Vec<Vec<V>> = ours
                    .iter()
                    .map(|r| (0..r.len()).map(|i| shim_value(r, i, &tz)).collect())
                    .collect();
                #[cfg(feature = "serde")]
                for (row, values) in ours.iter().zip(&b) {
                    serde_agrees(row, values);
                }
                let o = ordered(&q.sql);
                assert_eq!(
                    sorted(b, o),
                    sorted(a, o),
                    "{} in {zone} with {params:?}",
                    q.name
                );
                compared += ours.len() * width;
                if let Some(r) = ours.first() {
                    temporal += ours.len()
                        * r.columns()
                            .iter()
                            .filter(|c| c.type_().is_temporal() || c.type_() == PgType::Numeric)
                            .count();
                }
            }
        }
    }
    eprintln!("{compared} values compared, {temporal} of them date/time, interval or numeric");
    assert!(temporal > 1000, "{temporal} typed date/time values");
}

/// What a text parameter is as a typed Rust value: PostgreSQL reads the
/// text (in the session zone), and the postgres crate returns the value.
enum Typed {
    Instant(DateTime<Utc>),
    Day(NaiveDate),
    Int(i32),
    Text(String),
    #[cfg(feature = "rust_decimal")]
    Decimal(rust_decimal::Decimal),
}

fn typed_param(pg: &mut postgres::Client, ty: PgType, text: &str) -> Option<Typed> {
    let mut row = |cast: &str| {
        pg.query_one(&format!("SELECT $1::text::{cast}"), &[&text])
            .unwrap()
    };
    Some(match ty {
        PgType::Timestamptz => Typed::Instant(row("timestamptz").get(0)),
        PgType::Date => Typed::Day(row("date").get(0)),
        PgType::Int4 => Typed::Int(row("int4").get(0)),
        PgType::Text => Typed::Text(text.to_string()),
        #[cfg(feature = "rust_decimal")]
        PgType::Numeric => Typed::Decimal(text.parse().ok()?),
        _ => return None,
    })
}

#[test]
fn typed_parameters_select_what_they_select_on_postgres() {
    let Some(live) = live() else { return };
    let (_scratch, mut pg, mut db) = ticket_app(&live);
    let mut bound = 0usize;
    let mut skipped = Vec::new();
    for zone in ZONES {
        set_zone(&mut pg, &mut db, zone);
        let tz: chrono_tz::Tz = zone.parse().unwrap();
        for q in queries().unwrap() {
            let stmt = db.prepare(&q.sql).unwrap();
            let theirs_stmt = pg.prepare(&q.sql).unwrap();
            for params in &q.param_sets {
                let Some(values) = params
                    .iter()
                    .zip(stmt.params())
                    .map(|(p, ty)| typed_param(&mut pg, *ty, p.as_deref()?))
                    .collect::<Option<Vec<Typed>>>()
                else {
                    skipped.push(q.name.clone());
                    continue;
                };
                let ours_params: Vec<&(dyn pgshim::ToSql + Sync)> = values
                    .iter()
                    .map(|v| match v {
                        Typed::Instant(t) => t as &(dyn pgshim::ToSql + Sync),
                        Typed::Day(d) => d,
                        Typed::Int(i) => i,
                        Typed::Text(s) => s,
                        #[cfg(feature = "rust_decimal")]
                        Typed::Decimal(d) => d,
                    })
                    .collect();
                let their_params: Vec<&(dyn postgres::types::ToSql + Sync)> = values
                    .iter()
                    .map(|v| match v {
                        Typed::Instant(t) => t as &(dyn postgres::types::ToSql + Sync),
                        Typed::Day(d) => d,
                        Typed::Int(i) => i,
                        Typed::Text(s) => s,
                        #[cfg(feature = "rust_decimal")]
                        Typed::Decimal(d) => d,
                    })
                    .collect();
                let theirs = pg.query(&theirs_stmt, &their_params).unwrap();
                let ours = db
                    .query(&stmt, &ours_params)
                    .unwrap_or_else(|e| panic!("{}: {e}", q.name));
                let a: Vec<Vec<V>> = theirs
                    .iter()
                    .map(|r| (0..r.len()).map(|i| pg_value(r, i)).collect())
                    .collect();
                let b: Vec<Vec<V>> = ours
                    .iter()
                    .map(|r| (0..r.len()).map(|i| shim_value(r, i, &tz)).collect())
                    .collect();
                let o = ordered(&q.sql);
                let b = sorted(b, o);
                #[cfg(feature = "jiff")]
                {
                    // The same values as jiff's types.
                    let jiffs: Vec<JiffParam> = values.iter().map(JiffParam::of).collect();
                    let refs: Vec<&(dyn pgshim::ToSql + Sync)> =
                        jiffs.iter().map(JiffParam::as_param).collect();
                    let again: Vec<Vec<V>> = db
                        .query(&stmt, &refs)
                        .unwrap()
                        .iter()
                        .map(|r| (0..r.len()).map(|i| shim_value(r, i, &tz)).collect())
                        .collect();
                    assert_eq!(sorted(again, o), b, "{} in {zone} with jiff", q.name);
                }
                assert_eq!(b, sorted(a, o), "{} in {zone}", q.name);
                bound += values.len();
            }
        }
    }
    skipped.sort();
    skipped.dedup();
    eprintln!("{bound} typed parameters bound; not typed here (numeric): {skipped:?}");
    assert!(bound > 100, "{bound}");
    // Without rust_decimal, the one report with a numeric parameter.
    assert!(skipped.len() <= 1, "{skipped:?}");
    #[cfg(feature = "rust_decimal")]
    assert!(skipped.is_empty(), "{skipped:?}");
}

/// The date/time differential suites (their setup and every case, in the
/// case's zone), read typed on both sides.
#[test]
fn datetime_suites_read_typed_as_the_postgres_crate_reads_them() {
    let Some(live) = live() else { return };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/differential");
    let mut compared = 0usize;
    for name in [
        "datetime_ops",
        "dst_transitions",
        "fields",
        "interval_fields",
        "regress_datetime",
        "time_input",
        "years",
        "numeric",
        "datestyle",
    ] {
        let suite = pgshim_difftest::load(dir.join(format!("{name}.sql"))).unwrap();
        let scratch = live
            .scratch_database(&format!("pgshim_typed_{name}_{}", std::process::id()))
            .unwrap();
        let mut pg = scratch.client().unwrap();
        pg.batch_execute(&suite.setup).unwrap();
        let mut db = pgshim::Connection::open_in_memory().unwrap();
        db.batch_execute(&suite.setup).unwrap();
        for case in &suite.cases {
            // `'now'::timestamptz = now()`: the postgres crate prepares a
            // statement in one transaction and runs it in the next, so the
            // constant folded at planning is an earlier instant than now()
            // (with psql's one round trip, PostgreSQL answers true, as the
            // differential suite records).
            if case.expect_unsupported
                || case.difference.is_some()
                || case.name == "now_relative_literals"
            {
                continue;
            }
            set_zone(&mut pg, &mut db, &case.zone);
            let tz: Option<chrono_tz::Tz> = case.zone.parse().ok();
            let theirs = if case.params.is_empty() {
                pg.query(case.sql.as_str(), &[])
            } else {
                let args: Vec<String> = case
                    .params
                    .iter()
                    .map(|p| match p {
                        Some(v) => format!("'{}'", v.replace('\'', "''")),
                        None => "NULL".into(),
                    })
                    .collect();
                pg.batch_execute(&format!("DEALLOCATE ALL; PREPARE typed AS {}", case.sql))
                    .and_then(|_| pg.query(&format!("EXECUTE typed({})", args.join(", ")), &[]))
            };
            let text: Vec<Option<&str>> = case.params.iter().map(|p| p.as_deref()).collect();
            let refs: Vec<&(dyn pgshim::ToSql + Sync)> = text
                .iter()
                .map(|v| v as &(dyn pgshim::ToSql + Sync))
                .collect();
            let ours = db.query(case.sql.as_str(), &refs);
            let (theirs, ours) = match (theirs, ours) {
                (Ok(a), Ok(b)) => (a, b),
                (Err(_), Err(_)) => continue,
                (a, b) => panic!(
                    "{name}: case {}: postgres {:?}, pgshim {:?}",
                    case.name,
                    a.map(|r| r.len()),
                    b.map(|r| r.len())
                ),
            };
            let a: Vec<Vec<V>> = theirs
                .iter()
                .map(|r| (0..r.len()).map(|i| pg_value(r, i)).collect())
                .collect();
            let utc = chrono_tz::Tz::UTC;
            let b: Vec<Vec<V>> = ours
                .iter()
                .map(|r| {
                    (0..r.len())
                        .map(|i| match tz {
                            Some(tz) => shim_value(r, i, &tz),
                            None => shim_value_any_zone(r, i, &utc),
                        })
                        .collect()
                })
                .collect();
            assert_eq!(
                sorted(b, case.ordered),
                sorted(a, case.ordered),
                "{name}: case {} in {}",
                case.name,
                case.zone
            );
            compared += ours.len() * ours.first().map_or(0, |r| r.len());
        }
    }
    eprintln!("{compared} values of the date/time suites compared");
    assert!(compared > 500, "{compared}");
}

/// [`shim_value`] in a session zone chrono-tz does not know (a POSIX
/// spec, an abbreviation): the value alone, not its offset.
fn shim_value_any_zone(row: &pgshim::Row, i: usize, utc: &chrono_tz::Tz) -> V {
    if row.columns()[i].type_() == PgType::Timestamptz {
        return match row.try_get::<_, Option<Timestamp<DateTime<Utc>>>>(i) {
            Ok(None) => V::Null,
            Ok(Some(v)) => V::Instant(v),
            Err(_) => V::Unreadable,
        };
    }
    shim_value(row, i, utc)
}

/// A small deterministic generator (xorshift), seeded by `common::seed`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo) as u64) as i64
    }
}

/// Zones with daylight-saving changes of every kind: northern and
/// southern, a half-hour DST (Lord Howe), a 45-minute offset (Chatham),
/// a zone that dropped DST (Sao Paulo), none (Kolkata).
const TRICKY: &[&str] = &[
    "America/New_York",
    "Europe/London",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/Sao_Paulo",
    "Asia/Kolkata",
];

/// Random chrono values and intervals, bound as parameters and read back,
/// are the values bound, in every tricky zone; a civil time bound to a
/// `timestamptz` parameter (PostgreSQL's implicit cast, in the session
/// zone, through gaps and folds) is the instant PostgreSQL makes of it.
#[test]
fn random_typed_values_round_trip_and_cast_as_postgres() {
    let Some(live) = live() else { return };
    let seed = common::seed();
    eprintln!("typed round trip seed: {seed} (PGSHIM_PROPTEST_SEED={seed})");
    let mut rng = Rng(seed | 1);
    let scratch = live
        .scratch_database(&format!("pgshim_typed_rt_{}", std::process::id()))
        .unwrap();
    let mut pg = scratch.client().unwrap();
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    db.batch_execute(
        "CREATE TABLE v (id int PRIMARY KEY, at timestamptz, civil timestamp, day date, clock time, span interval)",
    )
    .unwrap();
    let day_us = 86_400_000_000i64;
    // 1900-01-01 .. 2100-01-01 in Unix microseconds.
    let (lo, hi) = (-2_208_988_800_000_000i64, 4_102_444_800_000_000i64);
    let mut n = 0;
    for zone in TRICKY {
        set_zone(&mut pg, &mut db, zone);
        db.execute("DELETE FROM v", &[]).unwrap();
        for i in 0..150 {
            // Instants near a transition half of the time: whole quarter
            // hours of the transition months.
            let us = if i % 2 == 0 {
                rng.range(lo, hi)
            } else {
                let base = [
                    1_710_054_000i64, // 2024-03-10 07:00 UTC
                    1_730_595_600,    // 2024-11-03 01:00 UTC
                    1_711_846_800,    // 2024-03-31 01:00 UTC
                    1_712_444_400,    // 2024-04-06 23:00 UTC
                    1_727_575_200,    // 2024-09-29 02:00 UTC
                ][rng.range(0, 5) as usize];
                (base + rng.range(-48, 48) * 900) * 1_000_000
            };
            let at = DateTime::<Utc>::from_timestamp_micros(us).unwrap();
            let civil = at.naive_utc();
            let day = civil.date();
            let clock = NaiveTime::from_num_seconds_from_midnight_opt(
                (us.rem_euclid(day_us) / 1_000_000) as u32,
                (us.rem_euclid(1_000_000) * 1000) as u32,
            )
            .unwrap();
            let span = Interval::new(
                rng.range(-300, 300) as i32,
                rng.range(-400, 400) as i32,
                rng.range(-10 * day_us, 10 * day_us),
            );
            let id: i32 = i;
            db.execute(
                "INSERT INTO v VALUES ($1, $2, $3, $4, $5, $6)",
                &[&id, &at, &civil, &day, &clock, &span],
            )
            .unwrap();
            let row = db
                .query_one(
                    "SELECT at, civil, day, clock, span FROM v WHERE id = $1",
                    &[&id],
                )
                .unwrap();
            assert_eq!(row.get::<_, DateTime<Utc>>(0), at);
            assert_eq!(row.get::<_, NaiveDateTime>(1), civil);
            assert_eq!(row.get::<_, NaiveDate>(2), day);
            assert_eq!(row.get::<_, NaiveTime>(3), clock);
            let back: Interval = row.get(4);
            assert_eq!(
                (back.months, back.days, back.microseconds),
                (span.months, span.days, span.microseconds)
            );
            #[cfg(feature = "jiff")]
            {
                // The same values as jiff's types, bound and read back.
                let jt = jiff::Timestamp::from_microsecond(us).unwrap();
                let jc: jiff::civil::DateTime = jt.to_zoned(jiff::tz::TimeZone::UTC).datetime();
                let jd = jc.date();
                let jtime = jc.time();
                let js = jiff::Span::try_from(span).ok();
                db.execute("DELETE FROM v WHERE id = $1", &[&id]).unwrap();
                db.execute(
                    "INSERT INTO v VALUES ($1, $2, $3, $4, $5, NULL)",
                    &[&id, &jt, &jc, &jd, &jtime],
                )
                .unwrap();
                let row = db
                    .query_one("SELECT at, civil, day, clock FROM v WHERE id = $1", &[&id])
                    .unwrap();
                assert_eq!(row.get::<_, DateTime<Utc>>(0), at);
                assert_eq!(row.get::<_, jiff::Timestamp>(0), jt);
                assert_eq!(row.get::<_, jiff::civil::DateTime>(1), jc);
                assert_eq!(row.get::<_, jiff::civil::Date>(2), jd);
                assert_eq!(row.get::<_, jiff::civil::Time>(3), jtime);
                if let Some(js) = js {
                    let back: Interval =
                        db.query_one("SELECT $1::interval", &[&js]).unwrap().get(0);
                    assert_eq!(
                        (back.months, back.days, back.microseconds),
                        (span.months, span.days, span.microseconds)
                    );
                }
            }
            // The implicit casts: civil time and date to timestamptz in the
            // session zone, compared with PostgreSQL reading the same text.
            let ours: DateTime<Utc> = db
                .query_one("SELECT $1::timestamptz + interval '0 s'", &[&civil])
                .unwrap()
                .get(0);
            let theirs: DateTime<Utc> = pg
                .query_one("SELECT $1::text::timestamptz", &[&civil.to_string()])
                .unwrap()
                .get(0);
            assert_eq!(ours, theirs, "{civil} in {zone}");
            let ours: DateTime<Utc> = db
                .query_one("SELECT $1::timestamptz", &[&day])
                .unwrap()
                .get(0);
            let theirs: DateTime<Utc> = pg
                .query_one("SELECT $1::date::timestamptz", &[&day])
                .unwrap()
                .get(0);
            assert_eq!(ours, theirs, "{day} in {zone}");
            n += 1;
        }
    }
    assert_eq!(n, 150 * TRICKY.len());
}

/// An `Interval` parameter means the same interval in every IntervalStyle
/// (it is sent in ISO 8601 form), and pgshim's interval arithmetic is
/// PostgreSQL's.
#[test]
fn interval_parameters_and_arithmetic_match_postgres() {
    let Some(live) = live() else { return };
    let mut pg = live.client().unwrap();
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    let mut rng = Rng(common::seed() | 1);
    let day_us = 86_400_000_000i64;
    for style in ["postgres", "postgres_verbose", "sql_standard", "iso_8601"] {
        let set = format!("SET IntervalStyle = {style}");
        pg.batch_execute(&set).unwrap();
        db.batch_execute(&set).unwrap();
        for _ in 0..100 {
            let a = Interval::new(
                rng.range(-50, 50) as i32,
                rng.range(-100, 100) as i32,
                rng.range(-3 * day_us, 3 * day_us),
            );
            let b = Interval::new(
                rng.range(-50, 50) as i32,
                rng.range(-100, 100) as i32,
                rng.range(-3 * day_us, 3 * day_us),
            );
            let f = rng.range(-4000, 4000) as f64 / 1000.0;
            let row = db
                .query_one(
                    "SELECT $1::interval, $1 + $2, $1 * $3::float8, $1 < $2",
                    &[&a, &b, &f],
                )
                .unwrap();
            // PostgreSQL's own answers, from the same values as text in
            // the default style.
            let theirs = pg
                .query_one(
                    "SELECT $1::text::interval, $1::text::interval + $2::text::interval, \
                     $1::text::interval * $3, $1::text::interval < $2::text::interval",
                    &[&a.to_string(), &b.to_string(), &f],
                )
                .unwrap();
            let fields = |iv: Interval| (iv.months, iv.days, iv.microseconds);
            let pg_iv = |i: usize| {
                let v: PgInterval = theirs.get(i);
                (v.0, v.1, v.2)
            };
            assert_eq!(fields(row.get(0)), fields(a), "{a} in {style}");
            assert_eq!(fields(row.get(0)), pg_iv(0), "{a} in {style}");
            assert_eq!(fields(row.get(1)), pg_iv(1), "{a} + {b}");
            assert_eq!(fields(a + b), pg_iv(1), "{a} + {b} in Rust");
            assert_eq!(fields(row.get(2)), pg_iv(2), "{a} * {f}");
            assert_eq!(fields(a * f), pg_iv(2), "{a} * {f} in Rust");
            assert_eq!(row.get::<_, bool>(3), theirs.get::<_, bool>(3));
            assert_eq!(a < b, theirs.get::<_, bool>(3), "{a} < {b} in Rust");
        }
    }
}

/// A jiff reading: `None` when the value is past jiff's range (years
/// beyond ±9999), which is refused, never changed.
#[cfg(feature = "jiff")]
fn jiff_get<'a, T: pgshim::FromSql<'a>>(row: &'a pgshim::Row, i: usize) -> Option<T> {
    match row.try_get::<_, T>(i) {
        Ok(v) => Some(v),
        Err(e) if e.to_string().contains("outside jiff's range") => None,
        Err(e) => panic!("{e}"),
    }
}

/// With the `jiff` feature: jiff's reading of a column is the chrono
/// reading's value (which the tests compare with the postgres crate's).
#[cfg(feature = "jiff")]
fn jiff_agrees(row: &pgshim::Row, i: usize) {
    use chrono::{Datelike, Timelike};
    let ty = row.columns()[i].type_();
    match ty {
        PgType::Timestamptz => {
            if let Ok(Some(c)) = row.try_get::<_, Option<DateTime<Utc>>>(i) {
                let Some(j) = jiff_get::<jiff::Timestamp>(row, i) else {
                    return;
                };
                assert_eq!(j.as_microsecond(), c.timestamp_micros());
                let Some(z) = jiff_get::<jiff::Zoned>(row, i) else {
                    return;
                };
                let f: DateTime<FixedOffset> = row.get(i);
                assert_eq!(z.offset().seconds(), f.offset().local_minus_utc());
                assert_eq!(z.timestamp(), j);
            }
        }
        PgType::Timestamp => {
            if let Ok(Some(c)) = row.try_get::<_, Option<NaiveDateTime>>(i) {
                let Some(j) = jiff_get::<jiff::civil::DateTime>(row, i) else {
                    return;
                };
                let micros = j
                    .to_zoned(jiff::tz::TimeZone::UTC)
                    .unwrap()
                    .timestamp()
                    .as_microsecond();
                assert_eq!(micros, c.and_utc().timestamp_micros());
            }
        }
        PgType::Date => {
            if let Ok(Some(c)) = row.try_get::<_, Option<NaiveDate>>(i) {
                let Some(j) = jiff_get::<jiff::civil::Date>(row, i) else {
                    return;
                };
                assert_eq!(
                    (i32::from(j.year()), j.month() as u32, j.day() as u32),
                    (c.year(), c.month(), c.day())
                );
            }
        }
        PgType::Time => {
            if let Ok(Some(c)) = row.try_get::<_, Option<NaiveTime>>(i) {
                let Some(j) = jiff_get::<jiff::civil::Time>(row, i) else {
                    return;
                };
                assert_eq!(
                    (
                        j.hour() as u32,
                        j.minute() as u32,
                        j.second() as u32,
                        j.subsec_nanosecond() as u32
                    ),
                    (c.hour(), c.minute(), c.second(), c.nanosecond())
                );
            }
        }
        PgType::Interval => {
            if let Ok(Some(iv)) = row.try_get::<_, Option<Interval>>(i) {
                let mixed = [i64::from(iv.months), i64::from(iv.days), iv.microseconds]
                    .iter()
                    .map(|v| v.signum())
                    .filter(|s| *s != 0)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len()
                    > 1;
                match row.try_get::<_, jiff::Span>(i) {
                    Ok(s) => assert_eq!(
                        (s.get_months(), s.get_days(), s.get_microseconds()),
                        (iv.months, iv.days, iv.microseconds)
                    ),
                    // Refused, never changed: mixed signs, or past jiff's
                    // range (7,304,484 days).
                    Err(e) => assert!(
                        mixed || e.to_string().contains("outside jiff's range"),
                        "{iv}: {e}"
                    ),
                }
            }
        }
        _ => {}
    }
}

/// A typed parameter as jiff's type.
#[cfg(feature = "jiff")]
enum JiffParam {
    Instant(jiff::Timestamp),
    Day(jiff::civil::Date),
    Int(i32),
    Text(String),
    #[cfg(feature = "rust_decimal")]
    Decimal(rust_decimal::Decimal),
}

#[cfg(feature = "jiff")]
impl JiffParam {
    fn of(t: &Typed) -> JiffParam {
        use chrono::Datelike;
        match t {
            Typed::Instant(t) => {
                JiffParam::Instant(jiff::Timestamp::from_microsecond(t.timestamp_micros()).unwrap())
            }
            Typed::Day(d) => JiffParam::Day(
                jiff::civil::Date::new(d.year() as i16, d.month() as i8, d.day() as i8).unwrap(),
            ),
            Typed::Int(i) => JiffParam::Int(*i),
            Typed::Text(s) => JiffParam::Text(s.clone()),
            #[cfg(feature = "rust_decimal")]
            Typed::Decimal(d) => JiffParam::Decimal(*d),
        }
    }
    fn as_param(&self) -> &(dyn pgshim::ToSql + Sync) {
        match self {
            JiffParam::Instant(t) => t,
            JiffParam::Day(d) => d,
            JiffParam::Int(i) => i,
            JiffParam::Text(s) => s,
            #[cfg(feature = "rust_decimal")]
            JiffParam::Decimal(d) => d,
        }
    }
}

/// With the `serde` feature: `Row::deserialize` gives each column as the
/// typed reading's value (date/time as ISO 8601 that chrono reads back).
#[cfg(feature = "serde")]
fn serde_agrees(row: &pgshim::Row, values: &[V]) {
    let map: std::collections::BTreeMap<String, serde_json::Value> = row.deserialize().unwrap();
    for (i, v) in values.iter().enumerate() {
        let name = row.columns()[i].name();
        if row.columns().iter().filter(|c| c.name() == name).count() > 1 {
            continue;
        }
        let got = &map[name];
        match v {
            V::Null => assert!(got.is_null(), "{name}: {got}"),
            V::Int(n) => assert_eq!(got.as_i64(), Some(*n), "{name}"),
            V::Bool(b) => assert_eq!(got.as_bool(), Some(*b), "{name}"),
            V::Text(t) | V::Numeric(t) => assert_eq!(got.as_str(), Some(t.as_str()), "{name}"),
            V::Instant(Timestamp::Value(t)) => {
                let parsed = DateTime::parse_from_rfc3339(got.as_str().unwrap()).unwrap();
                assert_eq!(parsed, *t, "{name}");
            }
            V::Civil(Timestamp::Value(t)) => {
                let parsed: NaiveDateTime = serde_json::from_value(got.clone()).unwrap();
                assert_eq!(parsed, *t, "{name}");
            }
            V::Day(Date::Value(d)) => {
                let parsed: NaiveDate = serde_json::from_value(got.clone()).unwrap();
                assert_eq!(parsed, *d, "{name}");
            }
            V::Span(m, d, us) => {
                let parsed: Interval = serde_json::from_value(got.clone()).unwrap();
                assert_eq!(
                    (parsed.months, parsed.days, parsed.microseconds),
                    (*m, *d, *us)
                );
            }
            _ => {}
        }
    }
}

/// `query_raw` reads rows ahead in batches that its rows share: rows kept
/// past their batch keep their values, and an error partway (division by
/// zero at row 600, several batches in) comes after the rows before it,
/// as the `postgres` crate's iterator gives them from PostgreSQL.
#[test]
fn streamed_rows_and_a_late_error_come_as_from_the_postgres_crate() {
    use postgres::fallible_iterator::FallibleIterator;
    let Some(live) = live() else { return };
    let mut pg = live.client().unwrap();
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    let sql = "SELECT g, 1000 / (600 - g) AS q, \
               timestamptz '2024-03-10 06:00:00+00' + g * interval '1 minute' AS at \
               FROM generate_series(1, 1000) AS g";
    let none: [&(dyn postgres::types::ToSql + Sync); 0] = [];
    let mut theirs = pg.query_raw(sql, none).unwrap();
    let mut pg_rows = Vec::new();
    let pg_error = loop {
        match theirs.next() {
            Ok(Some(r)) => pg_rows.push((
                r.get::<_, i32>(0),
                r.get::<_, i32>(1),
                r.get::<_, DateTime<Utc>>(2),
            )),
            Ok(None) => break None,
            Err(e) => break e.as_db_error().map(|e| e.message().to_string()),
        }
    };
    let mut kept = Vec::new();
    let mut ours = Vec::new();
    let mut our_error = None;
    for row in db.query_raw(sql, &[]).unwrap() {
        match row {
            Ok(r) => {
                ours.push((r.get(0), r.get(1), r.get(2)));
                if ours.len() % 7 == 0 {
                    kept.push(r);
                }
            }
            Err(e) => {
                assert!(our_error.is_none(), "a second error: {e}");
                our_error = Some(e.to_string());
            }
        }
    }
    assert_eq!(pg_rows.len(), 599);
    assert_eq!(pg_error.as_deref(), Some("division by zero"));
    assert_eq!(ours, pg_rows);
    assert_eq!(our_error, pg_error);
    for (i, r) in kept.iter().enumerate() {
        let at: DateTime<Utc> = r.get("at");
        assert_eq!((r.get(0), r.get(1), at), pg_rows[7 * i + 6]);
    }
}
