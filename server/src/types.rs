//! Types on the wire: each PostgreSQL type's OID and size in a
//! RowDescription, and its binary format both ways (the `send`/`recv`
//! functions of PostgreSQL's types), from and to the stored values of
//! pgshim's value contract.
//!
//! Text format needs nothing here: results are PostgreSQL's text output
//! ([`pgshim::Row::text`]) and text parameters go to pgshim as text, read
//! by the parameter type's input function.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/protocol-overview.html#PROTOCOL-FORMAT-CODES>,
//! the `*send`/`*recv` functions of src/backend/utils/adt.

use bytes::{BufMut, BytesMut};
use pgshim::{Interval, PgType};
use rusqlite::types::ValueRef;

/// Days from 1970-01-01 to 2000-01-01, PostgreSQL's binary epoch.
const EPOCH_DAYS: i64 = 10_957;
const MICROS_PER_DAY: i64 = 86_400_000_000;

/// The type of a parameter OID a client declared in Parse (`None` for 0,
/// "unspecified"); an error for a type pgshim has not.
pub fn type_of_oid(oid: u32) -> Result<Option<PgType>, String> {
    if oid == 0 || oid == PgType::Unknown.oid() {
        return Ok(None);
    }
    PgType::of_oid(oid)
        .filter(|t| *t != PgType::Void)
        .map(Some)
        .ok_or_else(|| format!("parameters of the type with OID {oid} are not supported"))
}

/// `pg_type.typlen`: the size of a fixed-width type, -1 for varlena.
pub fn type_size(t: PgType) -> i16 {
    match t {
        PgType::Bool => 1,
        PgType::Int2 => 2,
        PgType::Int4 | PgType::Float4 | PgType::Date | PgType::Void => 4,
        PgType::Int8 | PgType::Float8 | PgType::Time | PgType::Timestamp | PgType::Timestamptz => 8,
        PgType::Timetz => 12,
        PgType::Oid | PgType::Regclass | PgType::Regtype | PgType::Regnamespace => 4,
        PgType::Name => 64,
        PgType::Char => 1,
        PgType::Interval => 16,
        PgType::Unknown => -2,
        _ => -1,
    }
}

/// Whether pgshim sends and receives this type in binary format.
pub fn has_binary(t: PgType) -> bool {
    matches!(
        t,
        PgType::Bool
            | PgType::Int2
            | PgType::Int4
            | PgType::Int8
            | PgType::Float4
            | PgType::Float8
            | PgType::Numeric
            | PgType::Text
            | PgType::Varchar
            | PgType::Bpchar
            | PgType::Unknown
            | PgType::Oid
            | PgType::Name
            | PgType::Char
            | PgType::Bytea
            | PgType::Date
            | PgType::Time
            | PgType::Timestamp
            | PgType::Timestamptz
            | PgType::Interval
            | PgType::Json
            | PgType::Int2vector
            | PgType::Oidvector
    ) || t.element().is_some_and(has_binary)
}

/// Writes a value's binary format (`*send`) from its stored form.
pub fn encode_binary(t: PgType, v: ValueRef<'_>, out: &mut BytesMut) -> Result<(), String> {
    let text = || match v {
        ValueRef::Text(b) => std::str::from_utf8(b).map_err(|e| e.to_string()),
        other => Err(format!("a stored {other:?} is not {}", t.sql_name())),
    };
    match (t, v) {
        (PgType::Bool, ValueRef::Integer(i)) => out.put_u8(u8::from(i != 0)),
        (PgType::Int2, ValueRef::Integer(i)) => out.put_i16(i as i16),
        (PgType::Int4, ValueRef::Integer(i)) => out.put_i32(i as i32),
        (PgType::Int8, ValueRef::Integer(i)) => out.put_i64(i),
        (PgType::Oid, ValueRef::Integer(i)) => out.put_u32(i as u32),
        (PgType::Float4, ValueRef::Real(f)) => out.put_f32(f as f32),
        (PgType::Float4, ValueRef::Integer(i)) => out.put_f32(i as f32),
        (PgType::Float8, ValueRef::Real(f)) => out.put_f64(f),
        (PgType::Float8, ValueRef::Integer(i)) => out.put_f64(i as f64),
        (PgType::Float4 | PgType::Float8, ValueRef::Text(_)) => {
            let f = match text()? {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                "-Infinity" => f64::NEG_INFINITY,
                s => s.parse().map_err(|_| format!("bad stored float {s:?}"))?,
            };
            if t == PgType::Float4 {
                out.put_f32(f as f32)
            } else {
                out.put_f64(f)
            }
        }
        (PgType::Numeric, ValueRef::Integer(i)) => numeric_send(&i.to_string(), out)?,
        (PgType::Numeric, ValueRef::Real(f)) => numeric_send(&f.to_string(), out)?,
        (PgType::Numeric, _) => numeric_send(text()?, out)?,
        (PgType::Bytea, ValueRef::Blob(b)) => out.put_slice(b),
        (
            PgType::Text
            | PgType::Varchar
            | PgType::Bpchar
            | PgType::Unknown
            | PgType::Name
            | PgType::Char
            | PgType::Json,
            ValueRef::Text(b),
        ) => out.put_slice(b),
        (PgType::Int2vector | PgType::Oidvector, ValueRef::Text(_)) => {
            let elem = t.vector_element().ok_or("not a vector")?;
            let elems: Vec<Option<String>> = text()?
                .split_whitespace()
                .map(|e| Some(e.to_string()))
                .collect();
            array_send(elem, 0, &elems, out)?;
        }
        (t, ValueRef::Text(_)) if t.is_array() => {
            let elem = t.element().ok_or("not an array")?;
            let (lower, elems) = pgshim::types::array::parse_bounded(text()?)?;
            array_send(elem, lower, &elems, out)?;
        }
        (
            PgType::Text | PgType::Varchar | PgType::Bpchar | PgType::Unknown | PgType::Name,
            ValueRef::Integer(i),
        ) => out.put_slice(i.to_string().as_bytes()),
        (PgType::Date, _) => out.put_i32(date_days(text()?)?),
        (PgType::Time, _) => out.put_i64(time_micros(text()?)?),
        (PgType::Timestamp | PgType::Timestamptz, _) => out.put_i64(timestamp_micros(text()?)?),
        (PgType::Interval, _) => {
            let i: Interval = text()?.parse().map_err(|e: pgshim::Error| e.to_string())?;
            out.put_i64(i.microseconds);
            out.put_i32(i.days);
            out.put_i32(i.months);
        }
        (t, v) => return Err(format!("a stored {v:?} is not {}", t.sql_name())),
    }
    Ok(())
}

/// A one-dimensional array in `array_send`'s format from its elements'
/// texts (as pgshim stores them), each in its type's binary format.
fn array_send(
    elem: PgType,
    lower: i32,
    elems: &[Option<String>],
    out: &mut BytesMut,
) -> Result<(), String> {
    if elems.is_empty() {
        out.put_i32(0);
        out.put_i32(0);
        out.put_u32(elem.oid());
        return Ok(());
    }
    out.put_i32(1);
    out.put_i32(i32::from(elems.iter().any(Option::is_none)));
    out.put_u32(elem.oid());
    out.put_i32(i32::try_from(elems.len()).map_err(|e| e.to_string())?);
    out.put_i32(lower);
    for e in elems {
        let Some(e) = e else {
            out.put_i32(-1);
            continue;
        };
        // The element as pgshim stores a value of its type.
        let value = match elem {
            PgType::Bool => rusqlite::types::Value::Integer(i64::from(e == "t")),
            t if t.is_integer() || t == PgType::Oid => rusqlite::types::Value::Integer(
                e.parse()
                    .map_err(|_| format!("bad stored {} {e:?}", t.sql_name()))?,
            ),
            PgType::Float4 | PgType::Float8 => match e.parse::<f64>() {
                Ok(f) => rusqlite::types::Value::Real(f),
                Err(_) => rusqlite::types::Value::Text(e.clone()),
            },
            _ => rusqlite::types::Value::Text(e.clone()),
        };
        let mut buf = BytesMut::new();
        encode_binary(elem, ValueRef::from(&value), &mut buf)?;
        out.put_i32(i32::try_from(buf.len()).map_err(|e| e.to_string())?);
        out.put_slice(&buf);
    }
    Ok(())
}

/// A binary parameter (`*recv`) as the text pgshim reads it with the
/// type's input function.
pub fn decode_binary(t: PgType, b: &[u8]) -> Result<String, String> {
    let bad = || {
        format!(
            "incorrect binary data format in bind parameter of type {}",
            t.sql_name()
        )
    };
    let fixed =
        |n: usize| -> Result<&[u8], String> { if b.len() == n { Ok(b) } else { Err(bad()) } };
    Ok(match t {
        PgType::Bool => match fixed(1)?[0] {
            0 => "f".into(),
            _ => "t".into(),
        },
        PgType::Int2 => i16::from_be_bytes(fixed(2)?.try_into().map_err(|_| bad())?).to_string(),
        PgType::Int4 => i32::from_be_bytes(fixed(4)?.try_into().map_err(|_| bad())?).to_string(),
        PgType::Int8 => i64::from_be_bytes(fixed(8)?.try_into().map_err(|_| bad())?).to_string(),
        PgType::Oid => u32::from_be_bytes(fixed(4)?.try_into().map_err(|_| bad())?).to_string(),
        PgType::Float4 => {
            float_text(f32::from_be_bytes(fixed(4)?.try_into().map_err(|_| bad())?) as f64)
        }
        PgType::Float8 => float_text(f64::from_be_bytes(fixed(8)?.try_into().map_err(|_| bad())?)),
        PgType::Numeric => numeric_recv(b).ok_or_else(bad)?,
        PgType::Text
        | PgType::Varchar
        | PgType::Bpchar
        | PgType::Unknown
        | PgType::Name
        | PgType::Json
        | PgType::Char => String::from_utf8(b.to_vec())
            .map_err(|_| "invalid byte sequence for encoding \"UTF8\"".to_string())?,
        PgType::Date => {
            let d = i32::from_be_bytes(fixed(4)?.try_into().map_err(|_| bad())?);
            match d {
                i32::MAX => "infinity".into(),
                i32::MIN => "-infinity".into(),
                d => civil_date(i64::from(d) + EPOCH_DAYS),
            }
        }
        PgType::Time => clock(i64::from_be_bytes(fixed(8)?.try_into().map_err(|_| bad())?)),
        PgType::Timestamp | PgType::Timestamptz => {
            let us = i64::from_be_bytes(fixed(8)?.try_into().map_err(|_| bad())?);
            let text = match us {
                i64::MAX => return Ok("infinity".into()),
                i64::MIN => return Ok("-infinity".into()),
                us => {
                    let days = us.div_euclid(MICROS_PER_DAY);
                    let rest = us.rem_euclid(MICROS_PER_DAY);
                    format!("{} {}", civil_date(days + EPOCH_DAYS), clock(rest))
                }
            };
            if t == PgType::Timestamptz {
                format!("{text}+00")
            } else {
                text
            }
        }
        PgType::Interval => {
            let b = fixed(16)?;
            let i = Interval {
                microseconds: i64::from_be_bytes(b[0..8].try_into().map_err(|_| bad())?),
                days: i32::from_be_bytes(b[8..12].try_into().map_err(|_| bad())?),
                months: i32::from_be_bytes(b[12..16].try_into().map_err(|_| bad())?),
            };
            i.to_string()
        }
        t if t.is_array() => array_recv(t, b).ok_or_else(bad)??,
        other => {
            return Err(format!(
                "no binary input function available for type {}",
                other.sql_name()
            ));
        }
    })
}

/// A one-dimensional array in `array_send`'s format (ndim, has-nulls,
/// element type, then per dimension its length and lower bound, then each
/// element as a length, -1 for NULL, and its binary value) as array text,
/// each element decoded as its type's binary input reads it. `None`:
/// malformed; an inner `Err`: an element's error, or more dimensions.
fn array_recv(t: PgType, b: &[u8]) -> Option<Result<String, String>> {
    let elem = t.element()?;
    let mut at = 0usize;
    let int = |at: &mut usize| -> Option<i32> {
        let v = i32::from_be_bytes(b.get(*at..*at + 4)?.try_into().ok()?);
        *at += 4;
        Some(v)
    };
    let ndim = int(&mut at)?;
    let _nulls = int(&mut at)?;
    let _elem_oid = int(&mut at)?;
    if ndim == 0 {
        return Some(Ok("{}".into()));
    }
    if ndim != 1 {
        return Some(Err(
            "pgshim: multidimensional arrays are not supported".into()
        ));
    }
    let len = int(&mut at)?;
    let lower = int(&mut at)?;
    let mut elems = Vec::new();
    for _ in 0..len.max(0) {
        let n = int(&mut at)?;
        if n < 0 {
            elems.push(None);
            continue;
        }
        let start = at;
        let data = b.get(start..start + n as usize)?;
        at += n as usize;
        match decode_binary(elem, data) {
            Ok(v) => elems.push(Some(v)),
            Err(e) => return Some(Err(e)),
        }
    }
    if at != b.len() {
        return None;
    }
    Some(Ok(pgshim::types::array::format_bounded(lower, &elems)))
}

/// A float as PostgreSQL's input reads it back exactly.
fn float_text(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f == f64::INFINITY {
        "Infinity".into()
    } else if f == f64::NEG_INFINITY {
        "-Infinity".into()
    } else {
        format!("{f:e}")
    }
}

/// `YYYY-MM-DD` (or `infinity`) as days since 2000-01-01.
fn date_days(s: &str) -> Result<i32, String> {
    match s {
        "infinity" => return Ok(i32::MAX),
        "-infinity" => return Ok(i32::MIN),
        _ => {}
    }
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(format!("bad stored date {s:?}"));
    }
    let n = |r: std::ops::Range<usize>| -> Result<i64, String> {
        s[r].parse().map_err(|_| format!("bad stored date {s:?}"))
    };
    Ok((days_from_civil(n(0..4)?, n(5..7)?, n(8..10)?) - EPOCH_DAYS) as i32)
}

/// `HH:MM:SS[.ffffff]` as microseconds since midnight.
fn time_micros(s: &str) -> Result<i64, String> {
    let bad = || format!("bad stored time {s:?}");
    let (hms, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut parts = hms.split(':');
    let mut next = || -> Result<i64, String> {
        parts
            .next()
            .ok_or_else(bad)?
            .parse::<i64>()
            .map_err(|_| bad())
    };
    let (h, m, sec) = (next()?, next()?, next()?);
    let mut us = 0i64;
    for (i, c) in frac.chars().take(6).enumerate() {
        us += i64::from(c.to_digit(10).ok_or_else(bad)?) * 10i64.pow(5 - i as u32);
    }
    Ok(((h * 60 + m) * 60 + sec) * 1_000_000 + us)
}

/// `YYYY-MM-DD HH:MM:SS.ffffff` (or `±infinity`) as microseconds since
/// 2000-01-01 00:00:00.
fn timestamp_micros(s: &str) -> Result<i64, String> {
    match s {
        "infinity" => return Ok(i64::MAX),
        "-infinity" => return Ok(i64::MIN),
        _ => {}
    }
    let (date, time) = s
        .split_once(' ')
        .ok_or_else(|| format!("bad stored timestamp {s:?}"))?;
    Ok(i64::from(date_days(date)?) * MICROS_PER_DAY + time_micros(time)?)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD` of days since 1970-01-01 (` BC` before year 1).
fn civil_date(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    if y <= 0 {
        format!("{:04}-{m:02}-{d:02} BC", 1 - y)
    } else {
        format!("{y:04}-{m:02}-{d:02}")
    }
}

/// `HH:MM:SS.ffffff` of microseconds since midnight.
fn clock(us: i64) -> String {
    let s = us.div_euclid(1_000_000);
    let f = us.rem_euclid(1_000_000);
    format!("{:02}:{:02}:{:02}.{f:06}", s / 3600, s / 60 % 60, s % 60)
}

const NUMERIC_POS: u16 = 0x0000;
const NUMERIC_NEG: u16 = 0x4000;
const NUMERIC_NAN: u16 = 0xC000;
const NUMERIC_PINF: u16 = 0xD000;
const NUMERIC_NINF: u16 = 0xF000;

/// numeric_send: base-10000 digits, weight, sign and display scale of a
/// decimal text.
fn numeric_send(s: &str, out: &mut BytesMut) -> Result<(), String> {
    let special = |sign: u16, out: &mut BytesMut| {
        out.put_i16(0);
        out.put_i16(0);
        out.put_u16(sign);
        out.put_i16(0);
    };
    match s {
        "NaN" => {
            special(NUMERIC_NAN, out);
            return Ok(());
        }
        "Infinity" => {
            special(NUMERIC_PINF, out);
            return Ok(());
        }
        "-Infinity" => {
            special(NUMERIC_NINF, out);
            return Ok(());
        }
        _ => {}
    }
    let bad = || format!("bad stored numeric {s:?}");
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if !int.bytes().chain(frac.bytes()).all(|c| c.is_ascii_digit())
        || (int.is_empty() && frac.is_empty())
    {
        return Err(bad());
    }
    let dscale = frac.len() as i16;
    // Pad the integer part on the left and the fraction on the right to
    // whole groups of four digits.
    let int = int.trim_start_matches('0');
    let lead = (4 - int.len() % 4) % 4;
    let trail = (4 - frac.len() % 4) % 4;
    let digits: String = "0".repeat(lead) + int + frac + &"0".repeat(trail);
    let groups: Vec<i16> = digits
        .as_bytes()
        .chunks(4)
        .map(|c| {
            std::str::from_utf8(c)
                .unwrap_or("0")
                .parse::<i16>()
                .unwrap_or(0)
        })
        .collect();
    let int_groups = (lead + int.len()) / 4;
    let mut weight = int_groups as i16 - 1;
    // Strip leading and trailing zero groups, as PostgreSQL stores them.
    let mut start = 0;
    while start < groups.len() && groups[start] == 0 {
        start += 1;
        weight -= 1;
    }
    let mut end = groups.len();
    while end > start && groups[end - 1] == 0 {
        end -= 1;
    }
    let groups = &groups[start..end];
    if groups.is_empty() {
        weight = 0;
    }
    out.put_i16(groups.len() as i16);
    out.put_i16(weight);
    out.put_u16(if neg && !groups.is_empty() {
        NUMERIC_NEG
    } else {
        NUMERIC_POS
    });
    out.put_i16(dscale);
    for g in groups {
        out.put_i16(*g);
    }
    Ok(())
}

/// numeric_recv: the decimal text of a binary numeric.
fn numeric_recv(b: &[u8]) -> Option<String> {
    if b.len() < 8 {
        return None;
    }
    let word = |i: usize| i16::from_be_bytes([b[i], b[i + 1]]);
    let (n, weight, sign, dscale) = (word(0) as usize, word(2), word(4) as u16, word(6));
    match sign {
        NUMERIC_NAN => return Some("NaN".into()),
        NUMERIC_PINF => return Some("Infinity".into()),
        NUMERIC_NINF => return Some("-Infinity".into()),
        NUMERIC_POS | NUMERIC_NEG => {}
        _ => return None,
    }
    if b.len() != 8 + 2 * n || dscale < 0 {
        return None;
    }
    let groups: Vec<i16> = (0..n).map(|i| word(8 + 2 * i)).collect();
    if groups.iter().any(|g| !(0..10_000).contains(g)) {
        return None;
    }
    let mut int = String::new();
    let mut frac = String::new();
    let weight = i32::from(weight);
    // Group i stands for 10000^(weight - i).
    let lowest = weight.min(-1).min(weight - n as i32 + 1);
    for w in (lowest..=weight.max(0)).rev() {
        let i = weight - w;
        let g = if i >= 0 && (i as usize) < n {
            groups[i as usize]
        } else {
            0
        };
        if w >= 0 {
            int.push_str(&format!("{g:04}"));
        } else {
            frac.push_str(&format!("{g:04}"));
        }
    }
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    frac.truncate(dscale as usize);
    while frac.len() < dscale as usize {
        frac.push('0');
    }
    let sign = if sign == NUMERIC_NEG { "-" } else { "" };
    Some(if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn send_numeric(s: &str) -> Vec<u8> {
        let mut b = BytesMut::new();
        numeric_send(s, &mut b).unwrap();
        b.to_vec()
    }

    #[test]
    fn numerics_round_trip_through_the_binary_format() {
        for s in [
            "0",
            "1",
            "-1",
            "12345.678",
            "0.0001",
            "10000",
            "-0.5000",
            "123456789012345678901234567890.12",
            "NaN",
            "Infinity",
            "0.00",
        ] {
            assert_eq!(numeric_recv(&send_numeric(s)).as_deref(), Some(s), "{s}");
        }
        // 12345.678: groups 1, 2345, 6780; weight 1; dscale 3.
        assert_eq!(
            send_numeric("12345.678"),
            [0, 3, 0, 1, 0, 0, 0, 3, 0, 1, 0x09, 0x29, 0x1a, 0x7c]
        );
    }

    #[test]
    fn dates_and_timestamps_count_from_2000() {
        assert_eq!(date_days("2000-01-01").unwrap(), 0);
        assert_eq!(date_days("1999-12-31").unwrap(), -1);
        assert_eq!(
            timestamp_micros("2000-01-02 00:00:01.500000").unwrap(),
            MICROS_PER_DAY + 1_500_000
        );
        assert_eq!(
            decode_binary(
                PgType::Timestamp,
                &(MICROS_PER_DAY + 1_500_000).to_be_bytes()
            )
            .unwrap(),
            "2000-01-02 00:00:01.500000"
        );
        assert_eq!(
            decode_binary(PgType::Date, &(-1i32).to_be_bytes()).unwrap(),
            "1999-12-31"
        );
        assert_eq!(
            decode_binary(PgType::Date, &(-730_120i32).to_be_bytes()).unwrap(),
            "0001-12-31 BC"
        );
        assert_eq!(time_micros("23:59:59.999999").unwrap(), MICROS_PER_DAY - 1);
    }
}
