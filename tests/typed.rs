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
        PgType::Numeric => opt!(Numeric, |v: Numeric| V::Numeric(v.to_string())),
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
                    })
                    .collect();
                let their_params: Vec<&(dyn postgres::types::ToSql + Sync)> = values
                    .iter()
                    .map(|v| match v {
                        Typed::Instant(t) => t as &(dyn postgres::types::ToSql + Sync),
                        Typed::Day(d) => d,
                        Typed::Int(i) => i,
                        Typed::Text(s) => s,
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
                assert_eq!(sorted(b, o), sorted(a, o), "{} in {zone}", q.name);
                bound += values.len();
            }
        }
    }
    skipped.sort();
    skipped.dedup();
    eprintln!("{bound} typed parameters bound; not typed here (numeric): {skipped:?}");
    assert!(bound > 100, "{bound}");
    assert!(skipped.len() <= 1, "{skipped:?}");
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
