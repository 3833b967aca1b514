//! The binary format both ways, against PostgreSQL: the `postgres` crate
//! reads every result column in binary and sends typed parameters in
//! binary. Each value's bytes from `pgshim serve` must be PostgreSQL's
//! bytes, byte for byte. PostgreSQL's are taken live (`PGSHIM_PG_URL`) or,
//! without one, from `binary.answers.json`, recorded from a live run with
//! `PGSHIM_RECORD=1`; a live run checks the recording still matches.

mod common;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use postgres::types::{FromSql, ToSql, Type};

/// Any value's bytes as the server sent them.
struct Raw(Option<Vec<u8>>);

impl<'a> FromSql<'a> for Raw {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Raw(Some(raw.to_vec())))
    }
    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Raw(None))
    }
    fn accepts(_: &Type) -> bool {
        true
    }
}

const QUERIES: &[&str] = &[
    "SELECT true, false, NULL::boolean",
    "SELECT 1::int2, (-32768)::int2, 2147483647, (-2147483648)::int4, 9223372036854775807::int8, -1::int8",
    "SELECT 1.5::float8, -0.1::float8, 'Infinity'::float8, '-Infinity'::float8, 1e300::float8",
    "SELECT 0::numeric, 1.50::numeric, -12345.678::numeric, 0.0001::numeric, 10000::numeric, 123456789012345678901234567890.123456789::numeric, 'NaN'::numeric, 1::numeric / 3",
    "SELECT 'text'::text, 'ünïcödé'::varchar, ''::text, 'x'::varchar(10)",
    "SELECT date '2024-03-10', date '1999-12-31', date '2000-01-01', date '0044-03-15', 'infinity'::date, '-infinity'::date",
    "SELECT time '00:00', time '23:59:59.999999', time '12:34:56.5'",
    "SELECT timestamp '2024-03-10 02:30:00', timestamp '1970-01-01', timestamp '2000-01-01 00:00:00.000001', 'infinity'::timestamp",
    "SELECT timestamptz '2024-03-10 02:30:00-05', timestamptz '1999-12-31 23:59:59.5+00', '-infinity'::timestamptz",
    "SELECT interval '1 year 2 mons 3 days 04:05:06.789', interval '-1 day +02:00', interval '0', interval '1000000 hours', interval '-3 mons'",
    "SELECT date_trunc('day', timestamptz '2024-11-03 12:00-04'), timestamptz '2024-11-03 12:00-04' + interval '1 day', now() - now()",
    "SELECT sum(x), avg(x), count(*) FROM generate_series(1, 10) AS x",
];

/// Typed parameters, sent in binary, echoed back.
fn param_cases() -> Vec<(&'static str, Vec<Box<dyn ToSql + Sync>>)> {
    let d = NaiveDate::from_ymd_opt(2024, 3, 10).unwrap();
    let t = NaiveTime::from_hms_micro_opt(2, 30, 0, 123_456).unwrap();
    let ts = NaiveDateTime::new(d, t);
    let tz: DateTime<Utc> = DateTime::from_naive_utc_and_offset(ts, Utc);
    vec![
        (
            "SELECT $1::int4 + 1, $2::int8 * 2, $3::int2",
            vec![Box::new(41i32), Box::new(-7i64), Box::new(3i16)],
        ),
        (
            "SELECT $1::float8 / 2, $2::bool",
            vec![Box::new(1.25f64), Box::new(true)],
        ),
        (
            "SELECT $1::text || '!', length($1::text)",
            vec![Box::new("héllo".to_string())],
        ),
        (
            "SELECT $1::date + 1, $2::time",
            vec![Box::new(d), Box::new(t)],
        ),
        (
            "SELECT $1::timestamp + interval '1 day', $2::timestamptz, $2::timestamptz + interval '1 day'",
            vec![Box::new(ts), Box::new(tz)],
        ),
    ]
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// A row's columns as (type, value bytes in hex or NULL).
fn columns(row: &postgres::Row) -> Vec<(String, Option<String>)> {
    (0..row.len())
        .map(|i| {
            let Raw(v) = row.get(i);
            (
                row.columns()[i].type_().name().to_string(),
                v.map(|b| hex(&b)),
            )
        })
        .collect()
}

/// Each query's columns as (type, value bytes in hex or NULL), per zone.
fn answers(c: &mut postgres::Client) -> BTreeMap<String, Vec<(String, Option<String>)>> {
    let mut out = BTreeMap::new();
    for zone in ["UTC", "America/New_York", "Asia/Kolkata"] {
        c.batch_execute(&format!("SET TimeZone = '{zone}'"))
            .unwrap();
        for q in QUERIES {
            let row = c
                .query_one(*q, &[])
                .unwrap_or_else(|e| panic!("{q}: {e:?}"));
            let cols = columns(&row);
            out.insert(format!("{zone}: {q}"), cols);
        }
        for (q, params) in param_cases() {
            let refs: Vec<&(dyn ToSql + Sync)> = params
                .iter()
                .map(|p| p.as_ref() as &(dyn ToSql + Sync))
                .collect();
            let row = c
                .query_one(q, &refs)
                .unwrap_or_else(|e| panic!("{q}: {e:?}"));
            let cols = columns(&row);
            out.insert(format!("{zone}: {q} (binary parameters)"), cols);
        }
    }
    out
}

#[test]
fn binary_results_and_parameters_are_postgresql_s_bytes() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/binary.answers.json");
    let postgres = match std::env::var("PGSHIM_PG_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(url) => {
            let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
            let fresh = answers(&mut c);
            if std::env::var("PGSHIM_RECORD").as_deref() == Ok("1") {
                std::fs::write(&path, serde_json::to_string_pretty(&fresh).unwrap() + "\n")
                    .unwrap();
            } else {
                let old: BTreeMap<String, Vec<(String, Option<String>)>> =
                    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                assert_eq!(
                    old,
                    fresh,
                    "{} no longer matches PostgreSQL: record again with PGSHIM_RECORD=1",
                    path.display()
                );
            }
            fresh
        }
        None => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but no PostgreSQL (PGSHIM_PG_URL)"
            );
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
        }
    };
    let server = common::TestServer::start();
    let mut c = server.client();
    let ours = answers(&mut c);
    let mut differ = Vec::new();
    for (q, pg) in &postgres {
        let shim = ours.get(q).unwrap();
        if shim != pg {
            differ.push(format!("{q}\n  postgres: {pg:?}\n  pgshim:   {shim:?}"));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} differ:\n{}",
        differ.len(),
        postgres.len(),
        differ.join("\n")
    );
}
