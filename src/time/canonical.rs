//! The canonical text forms values take in SQLite (DESIGN.md, "How values
//! live in SQLite"): fixed width, so that text order is value order.
//!
//! | type | form |
//! | --- | --- |
//! | `date` | `YYYY-MM-DD` |
//! | `time` | `HH:MM:SS.ffffff` |
//! | `timetz` | `HH:MM:SS.ffffff±HH:MM:SS` |
//! | `timestamp` | `YYYY-MM-DD HH:MM:SS.ffffff` (civil time) |
//! | `timestamptz` | `YYYY-MM-DD HH:MM:SS.ffffff` (UTC) |
//! | `interval` | PostgreSQL's output form, see [`super::output::interval`] |
//!
//! Infinities are `infinity` / `-infinity`. Years 0001–9999 are written as
//! four digits; the rest of PostgreSQL's range takes a prefix that keeps
//! text order equal to time order (`-infinity` < `/` < digits < `@` <
//! `infinity` in ASCII):
//!
//! - years BC (4714 BC … 1 BC, astronomical years −4713 … 0) are `/`
//!   followed by 9999 plus the astronomical year (1 BC is `/9999`, 44 BC
//!   is `/9956`), so later years sort later;
//! - years from 10000 (up to 5874897 for dates) are `@` and seven digits
//!   (`@0010000-01-01`).
//!
//! Values of years 0001–9999, all a file could hold before, keep their
//! bytes: the extension needs no migration. The parsers here take only the
//! canonical shape (also with 0–6 fraction digits) and return `None`
//! otherwise, so callers fall back to the lenient [`super::input`] parsers.
//! They are hand-written because they run once per row.

use super::{
    Date, TResult, Time, TimeError, Timestamp, Timestamptz, Timetz, USECS_PER_DAY, USECS_PER_HOUR,
    USECS_PER_MINUTE, USECS_PER_SEC, civil,
};

#[inline]
fn digits(b: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &c in b {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        v = v * 10 + d as u32;
    }
    Some(v)
}

/// The canonical `timestamp` of years 0001–9999 with all six fraction
/// digits, nearly every stored value; [`fixed_timestamp`] reads it eight
/// bytes at a time.
const TIMESTAMP_SHAPE: &[u8; 26] = b"0000-00-00 00:00:00.000000";

/// The bytes at `s[at..at + 8]` as one little-endian word.
#[inline(always)]
fn word(s: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&s[at..at + 8]);
    u64::from_le_bytes(w)
}

/// Whether the eight bytes of `s` at `at` have the shape of
/// `shape[at..at + 8]`: a digit where the shape has `0`, its very byte
/// elsewhere. XORed with the shape, a digit becomes its value (0–9) and a
/// matching separator 0; adding 0x76 sets the high bit of any byte over 9.
#[inline(always)]
fn shaped(s: &[u8], shape: &[u8], at: usize) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = word(s, at) ^ word(shape, at);
    let mut separators = 0u64;
    for (i, &c) in shape[at..at + 8].iter().enumerate() {
        if c != b'0' {
            separators |= 0xff << (8 * i);
        }
    }
    (x & separators) | ((x | x.wrapping_add(0x7676_7676_7676_7676)) & HIGH) == 0
}

/// The number written by the digits `s[from..to]`, already checked.
#[inline(always)]
fn number(s: &[u8], from: usize, to: usize) -> u32 {
    s[from..to]
        .iter()
        .fold(0, |v, &c| v * 10 + u32::from(c.wrapping_sub(b'0')))
}

/// The fields of `YYYY-MM-DD` (years 0001–9999), checked a word at a time
/// (`None`: not that shape).
#[inline(always)]
fn fixed_ymd(s: &[u8]) -> Option<(i32, u32, u32)> {
    let shape = &TIMESTAMP_SHAPE[..10];
    if s.len() != 10 || !shaped(s, shape, 0) || !shaped(s, shape, 2) {
        return None;
    }
    Some((number(s, 0, 4) as i32, number(s, 5, 7), number(s, 8, 10)))
}

/// Hours, minutes, seconds and microseconds, as written.
type Hms = (i64, i64, i64, i64);

/// The fields of `YYYY-MM-DD HH:MM:SS.ffffff` (years 0001–9999, six
/// fraction digits), checked a word at a time (`None`: not that shape).
/// The time of day is not checked yet.
#[inline(always)]
fn fixed_timestamp(s: &[u8]) -> Option<((i32, u32, u32), Hms)> {
    let shape = TIMESTAMP_SHAPE;
    if s.len() != 26 || ![0, 8, 16, 18].iter().all(|&at| shaped(s, shape, at)) {
        return None;
    }
    let field = |from, to| i64::from(number(s, from, to));
    Some((
        (number(s, 0, 4) as i32, number(s, 5, 7), number(s, 8, 10)),
        (field(11, 13), field(14, 16), field(17, 19), field(20, 26)),
    ))
}

/// Microseconds since midnight of checked time fields, up to `24:00:00`.
#[inline(always)]
fn day_micros((h, mi, se, frac): Hms) -> Option<i64> {
    if mi > 59 || se > 59 {
        return None;
    }
    let v = h * USECS_PER_HOUR + mi * USECS_PER_MINUTE + se * USECS_PER_SEC + frac;
    (v <= USECS_PER_DAY).then_some(v)
}

/// Parses the canonical date part: `YYYY-MM-DD`, `/YYYY-MM-DD` (BC) or
/// `@YYYYYYY-MM-DD` (years from 10000), exactly.
#[inline]
pub fn parse_date(s: &[u8]) -> Option<Date> {
    let (y, m, d) = parse_ymd(s)?;
    Date::from_ymd(y, m, d)
}

/// The fields of the canonical date part (astronomical year, month, day),
/// not yet checked against the calendar (for readers that build their own
/// date type from them).
#[inline]
pub fn parse_ymd(s: &[u8]) -> Option<(i32, u32, u32)> {
    if s.len() == 10 {
        return fixed_ymd(s).filter(|&(y, _, _)| y != 0);
    }
    let (y, rest) = match (s.first(), s.len()) {
        // 1 BC is astronomical year 0, written 9999.
        (Some(b'/'), 11) => (digits(&s[1..5])? as i32 - 9999, &s[5..]),
        (Some(b'@'), 14) => {
            let y = digits(&s[1..8])? as i32;
            if y < 10000 {
                return None;
            }
            (y, &s[8..])
        }
        _ => return None,
    };
    // PostgreSQL's dates: 4714-11-24 BC to 5874897-12-31.
    if !(-4713..=0).contains(&y) && !(10_000..=5_874_897).contains(&y) {
        return None;
    }
    if rest[0] != b'-' || rest[3] != b'-' {
        return None;
    }
    Some((y, digits(&rest[1..3])?, digits(&rest[4..6])?))
}

/// The fields of a finite canonical `timestamp`/`timestamptz`: the date
/// part's (see [`parse_ymd`]) and the microseconds since midnight; `None`
/// for the infinities and any other text.
#[inline]
pub fn parse_timestamp_fields(s: &[u8]) -> Option<((i32, u32, u32), i64)> {
    if let Some((ymd, hms)) = fixed_timestamp(s) {
        let t = day_micros(hms).filter(|&t| t < USECS_PER_DAY)?;
        return (ymd.0 != 0).then_some((ymd, t));
    }
    let n = date_len(s);
    if s.len() < n + 9 || s[n] != b' ' {
        return None;
    }
    let t = parse_time_micros(&s[n + 1..])?;
    (t < USECS_PER_DAY).then_some(())?;
    Some((parse_ymd(&s[..n])?, t))
}

/// The length of the canonical date part at the start of `s` (10, 11 or
/// 14 bytes), from its first byte.
#[inline]
fn date_len(s: &[u8]) -> usize {
    match s.first() {
        Some(b'/') => 11,
        Some(b'@') => 14,
        _ => 10,
    }
}

/// Parses `HH:MM:SS[.f{1,6}]` into microseconds since midnight (up to
/// `24:00:00`).
#[inline]
pub fn parse_time_micros(s: &[u8]) -> Option<i64> {
    if s.len() < 8 || s[2] != b':' || s[5] != b':' {
        return None;
    }
    let h = digits(&s[0..2])? as i64;
    let mi = digits(&s[3..5])? as i64;
    let se = digits(&s[6..8])? as i64;
    let mut frac = 0i64;
    if s.len() > 8 {
        let f = &s[9..];
        if s[8] != b'.' || f.is_empty() || f.len() > 6 {
            return None;
        }
        frac = digits(f)? as i64 * 10i64.pow(6 - f.len() as u32);
    }
    day_micros((h, mi, se, frac))
}

/// Parses the canonical `time` form.
#[inline]
pub fn parse_time(s: &[u8]) -> Option<Time> {
    parse_time_micros(s).map(Time)
}

/// Parses the canonical `timetz` form, `HH:MM:SS.ffffff±HH:MM:SS` (the
/// time of day, then the UTC offset east).
pub fn parse_timetz(s: &[u8]) -> Option<Timetz> {
    if s.len() != 24 {
        return None;
    }
    let time = parse_time_micros(&s[..15])?;
    let sign = match s[15] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let off = parse_time_micros(&s[16..])? / USECS_PER_SEC;
    if off > 15 * 3600 + 59 * 60 + 59 {
        return None;
    }
    Some(Timetz {
        time,
        offset: sign * off as i32,
    })
}

/// Parses `YYYY-MM-DD HH:MM:SS[.f{1,6}]`, `infinity` or `-infinity`.
#[inline]
pub fn parse_timestamp(s: &[u8]) -> Option<Timestamp> {
    if s.len() == 26 && s[0].is_ascii_digit() {
        let ((y, m, d), t) = parse_timestamp_fields(s)?;
        let d = Date::from_ymd(y, m, d)?;
        return Some(Timestamp(d.0 as i64 * USECS_PER_DAY + t));
    }
    let n = date_len(s);
    if s.len() < n + 9 || s[n] != b' ' {
        return match s {
            b"infinity" => Some(Timestamp::INFINITY),
            b"-infinity" => Some(Timestamp::NEG_INFINITY),
            _ => None,
        };
    }
    let d = parse_date(&s[..n])?;
    let t = parse_time_micros(&s[n + 1..])?;
    if t == USECS_PER_DAY {
        return None;
    }
    // Dates reach further than i64 microseconds do.
    (d.0 as i64)
        .checked_mul(USECS_PER_DAY)?
        .checked_add(t)
        .map(Timestamp)
}

/// Parses the canonical `timestamptz` form (UTC).
#[inline]
pub fn parse_timestamptz(s: &[u8]) -> Option<Timestamptz> {
    parse_timestamp(s).map(|t| Timestamptz(t.0))
}

/// Parses the canonical `date` form or an infinity.
#[inline]
pub fn parse_date_or_infinity(s: &[u8]) -> Option<Date> {
    match s {
        b"infinity" => Some(Date::INFINITY),
        b"-infinity" => Some(Date::NEG_INFINITY),
        _ => parse_date(s),
    }
}

#[inline]
fn push2(out: &mut impl Sink, v: u32) {
    out.push(b'0' + (v / 10) as u8);
    out.push(b'0' + (v % 10) as u8);
}

fn push_date(out: &mut impl Sink, days: i64) -> TResult<()> {
    let (y, m, d) = civil::civil_from_days(days);
    if (1..=9999).contains(&y) {
        let y = y as u32;
        push2(out, y / 100);
        push2(out, y % 100);
    } else if (-4713..=0).contains(&y) {
        // BC: 9999 + the astronomical year, so later years sort later.
        let v = (9999 + y) as u32;
        out.push(b'/');
        push2(out, v / 100);
        push2(out, v % 100);
    } else if (10_000..=5_874_897).contains(&y) {
        let v = y as u32;
        out.push(b'@');
        out.push(b'0' + (v / 1_000_000) as u8);
        push2(out, v / 10_000 % 100);
        push2(out, v / 100 % 100);
        push2(out, v % 100);
    } else {
        return Err(TimeError::out_of_storage_range());
    }
    out.push(b'-');
    push2(out, m);
    out.push(b'-');
    push2(out, d);
    Ok(())
}

fn push_time(out: &mut impl Sink, micros: i64) {
    let secs = micros / USECS_PER_SEC;
    let frac = (micros % USECS_PER_SEC) as u32;
    push2(out, (secs / 3600) as u32);
    out.push(b':');
    push2(out, (secs / 60 % 60) as u32);
    out.push(b':');
    push2(out, (secs % 60) as u32);
    out.push(b'.');
    push2(out, frac / 10_000);
    push2(out, frac / 100 % 100);
    push2(out, frac % 100);
}

/// Writes seconds as `HH:MM:SS`.
fn push_time_secs(out: &mut impl Sink, secs: i64) {
    push2(out, (secs / 3600) as u32);
    out.push(b':');
    push2(out, (secs / 60 % 60) as u32);
    out.push(b':');
    push2(out, (secs % 60) as u32);
}

/// Where canonical text is written: a `Vec` for a `String`, or a [`Buf`]
/// on the stack for a per-row result.
trait Sink {
    fn push(&mut self, b: u8);
}

impl Sink for Vec<u8> {
    #[inline]
    fn push(&mut self, b: u8) {
        Vec::push(self, b);
    }
}

/// Canonical text on the stack (at most 30 bytes: a timestamp of a year
/// from 10000), so that a per-row result needs no heap allocation.
#[derive(Clone, Copy)]
pub struct Buf {
    bytes: [u8; 30],
    len: u8,
}

impl Buf {
    fn new() -> Buf {
        Buf {
            bytes: [0; 30],
            len: 0,
        }
    }

    fn from_str(s: &str) -> Buf {
        let mut b = Buf::new();
        for c in s.bytes() {
            b.push(c);
        }
        b
    }

    /// The text.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }
}

impl Sink for Buf {
    #[inline]
    fn push(&mut self, b: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len as usize) {
            *slot = b;
            self.len += 1;
        }
    }
}

/// A timestamp (or a timestamptz's UTC civil time) into a [`Buf`], digit
/// by digit at fixed positions.
#[inline]
pub fn timestamp_buf(t: Timestamp) -> TResult<Buf> {
    match t {
        Timestamp::INFINITY => Ok(Buf::from_str("infinity")),
        Timestamp::NEG_INFINITY => Ok(Buf::from_str("-infinity")),
        Timestamp(us) => {
            let days = us.div_euclid(USECS_PER_DAY);
            let tod = us.rem_euclid(USECS_PER_DAY) as u64;
            let (y, m, d) = civil::civil_from_days(days);
            if !(1..=9999).contains(&y) {
                let mut out = Buf::new();
                push_date(&mut out, days)?;
                out.push(b' ');
                push_time(&mut out, tod as i64);
                return Ok(out);
            }
            let mut b = [0u8; 30];
            b[..26].copy_from_slice(b"0000-00-00 00:00:00.000000");
            let y = y as u32;
            b[0] = b'0' + (y / 1000) as u8;
            b[1] = b'0' + (y / 100 % 10) as u8;
            b[2] = b'0' + (y / 10 % 10) as u8;
            b[3] = b'0' + (y % 10) as u8;
            b[5] = b'0' + (m / 10) as u8;
            b[6] = b'0' + (m % 10) as u8;
            b[8] = b'0' + (d / 10) as u8;
            b[9] = b'0' + (d % 10) as u8;
            let secs = (tod / 1_000_000) as u32;
            let frac = (tod % 1_000_000) as u32;
            let (h, mi, se) = (secs / 3600, secs / 60 % 60, secs % 60);
            b[11] = b'0' + (h / 10) as u8;
            b[12] = b'0' + (h % 10) as u8;
            b[14] = b'0' + (mi / 10) as u8;
            b[15] = b'0' + (mi % 10) as u8;
            b[17] = b'0' + (se / 10) as u8;
            b[18] = b'0' + (se % 10) as u8;
            let mut f = frac;
            for i in (20..26).rev() {
                b[i] = b'0' + (f % 10) as u8;
                f /= 10;
            }
            Ok(Buf { bytes: b, len: 26 })
        }
    }
}

/// A date into a [`Buf`].
#[inline]
pub fn date_buf(d: Date) -> TResult<Buf> {
    match d {
        Date::INFINITY => Ok(Buf::from_str("infinity")),
        Date::NEG_INFINITY => Ok(Buf::from_str("-infinity")),
        Date(days) => {
            let mut out = Buf::new();
            push_date(&mut out, days as i64)?;
            Ok(out)
        }
    }
}

/// A time into a [`Buf`].
#[inline]
pub fn time_buf(t: Time) -> Buf {
    let mut out = Buf::new();
    push_time(&mut out, t.0);
    out
}

fn into_string(v: Vec<u8>) -> String {
    // Only ASCII digits and punctuation were pushed.
    String::from_utf8(v).unwrap_or_default()
}

/// Writes a date (`YYYY-MM-DD`).
pub fn date(d: Date) -> TResult<String> {
    match d {
        Date::INFINITY => Ok("infinity".into()),
        Date::NEG_INFINITY => Ok("-infinity".into()),
        Date(days) => {
            let mut out = Vec::with_capacity(10);
            push_date(&mut out, days as i64)?;
            Ok(into_string(out))
        }
    }
}

/// Writes a time (`HH:MM:SS.ffffff`).
pub fn time(t: Time) -> String {
    let mut out = Vec::with_capacity(15);
    push_time(&mut out, t.0);
    into_string(out)
}

/// Writes a `timetz` as `HH:MM:SS.ffffff±HH:MM:SS`: fixed width, read
/// back by [`parse_timetz`]. Text order is not value order: timetz values
/// compare through `pg_timetz_key` and the `pg_timetz` collation.
pub fn timetz(t: Timetz) -> String {
    let mut out = Vec::with_capacity(24);
    push_time(&mut out, t.time);
    out.push(if t.offset < 0 { b'-' } else { b'+' });
    push_time_secs(&mut out, t.offset.unsigned_abs() as i64);
    into_string(out)
}

/// Writes civil microseconds as `YYYY-MM-DD HH:MM:SS.ffffff`.
pub fn timestamp(t: Timestamp) -> TResult<String> {
    match t {
        Timestamp::INFINITY => Ok("infinity".into()),
        Timestamp::NEG_INFINITY => Ok("-infinity".into()),
        Timestamp(us) => {
            let mut out = Vec::with_capacity(26);
            push_date(&mut out, us.div_euclid(USECS_PER_DAY))?;
            out.push(b' ');
            push_time(&mut out, us.rem_euclid(USECS_PER_DAY));
            Ok(into_string(out))
        }
    }
}

/// Writes an instant in UTC as `YYYY-MM-DD HH:MM:SS.ffffff`.
pub fn timestamptz(t: Timestamptz) -> TResult<String> {
    timestamp(Timestamp(t.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `parse_timestamp_fields` of the 26-byte shape, position by position.
    fn by_position(s: &[u8]) -> Option<((i32, u32, u32), i64)> {
        for (&c, &shape) in s.iter().zip(TIMESTAMP_SHAPE) {
            let ok = if shape == b'0' {
                c.is_ascii_digit()
            } else {
                c == shape
            };
            if !ok {
                return None;
            }
        }
        // Digits all, by the loop above.
        let n = |a: usize, b: usize| -> i64 {
            s[a..b].iter().fold(0, |v, &c| v * 10 + i64::from(c - b'0'))
        };
        let (y, mo, d) = (n(0, 4), n(5, 7), n(8, 10));
        let (h, mi, se, f) = (n(11, 13), n(14, 16), n(17, 19), n(20, 26));
        let t = h * USECS_PER_HOUR + mi * USECS_PER_MINUTE + se * USECS_PER_SEC + f;
        (y != 0 && mi < 60 && se < 60 && t < USECS_PER_DAY)
            .then_some(((y as i32, mo as u32, d as u32), t))
    }

    /// The word-at-a-time reader takes exactly the timestamps and dates a
    /// byte-by-byte reading does, under every one- and two-byte change of
    /// a few valid values (bytes either side of the digits, separators,
    /// high bytes that carry).
    #[test]
    fn fixed_shapes_read_as_byte_by_byte() {
        let bytes = [
            0u8, b' ', b'-', b'.', b'/', b'0', b'1', b'5', b'9', b':', b';', b'a', 0x80, 0x8a, 0xff,
        ];
        for base in [
            "2024-03-10 07:30:00.000001",
            "0001-01-01 00:00:00.000000",
            "9999-12-31 23:59:59.999999",
            "2000-02-29 24:00:00.000000",
        ] {
            let base = base.as_bytes();
            let check = |s: &[u8]| {
                assert_eq!(
                    parse_timestamp_fields(s),
                    by_position(s),
                    "{}",
                    String::from_utf8_lossy(s)
                );
                let date = &s[..10];
                assert_eq!(
                    parse_ymd(date),
                    by_position(&[date, b" 00:00:00.000000"].concat()).map(|(ymd, _)| ymd),
                    "{}",
                    String::from_utf8_lossy(date)
                );
            };
            check(base);
            for i in 0..26 {
                for &a in &bytes {
                    let mut s = base.to_vec();
                    s[i] = a;
                    check(&s);
                    for j in i + 1..26 {
                        for &b in &bytes {
                            let mut s = s.clone();
                            s[j] = b;
                            check(&s);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn canonical_round_trip() {
        let s = "2024-03-10 07:30:00.000001";
        let t = parse_timestamp(s.as_bytes()).unwrap();
        assert_eq!(timestamp(t).unwrap(), s);
        assert_eq!(
            timestamp(parse_timestamp(b"0001-01-01 00:00:00.5").unwrap()).unwrap(),
            "0001-01-01 00:00:00.500000"
        );
        assert_eq!(parse_timestamp(b"2024-02-30 00:00:00"), None);
        assert_eq!(parse_timestamp(b"2024-02-03 24:00:00"), None);
        assert_eq!(parse_time(b"24:00:00"), Some(Time(USECS_PER_DAY)));
        assert_eq!(time(Time(USECS_PER_DAY)), "24:00:00.000000");
        assert_eq!(date(Date(0)).unwrap(), "1970-01-01");
        assert_eq!(
            timestamp(Timestamp::INFINITY).unwrap(),
            "infinity".to_string()
        );
        // Years outside 0001-9999, in order around the four-digit ones.
        let texts: Vec<String> = [
            (-4713, 11, 24),
            (-43, 3, 15),
            (0, 12, 31),
            (1, 1, 1),
            (9999, 12, 31),
            (10000, 1, 1),
            (292000, 12, 31),
            (5874897, 12, 31),
        ]
        .iter()
        .map(|&(y, m, d)| date(Date::from_ymd(y, m, d).unwrap()).unwrap())
        .collect();
        assert_eq!(texts[1], "/9956-03-15");
        assert_eq!(texts[5], "@0010000-01-01");
        let mut sorted = texts.clone();
        sorted.sort();
        assert_eq!(sorted, texts);
        assert!("-infinity" < texts[0].as_str() && texts[7].as_str() < "infinity");
        for (i, t) in texts.iter().enumerate() {
            assert_eq!(date(parse_date(t.as_bytes()).unwrap()).unwrap(), *t);
            if i == 7 {
                // Beyond timestamps' range.
                assert_eq!(parse_timestamp(format!("{t} 00:00:00").as_bytes()), None);
                continue;
            }
            let ts = format!("{t} 23:59:59.999999");
            let back = timestamp(parse_timestamp(ts.as_bytes()).unwrap()).unwrap();
            assert_eq!(back, ts);
            let buf = timestamp_buf(parse_timestamp(ts.as_bytes()).unwrap()).unwrap();
            assert_eq!(buf.as_bytes(), ts.as_bytes());
        }
        assert_eq!(parse_date(b"/0000-01-01"), None);
        assert_eq!(parse_date(b"@0009999-01-01"), None);
    }
}

/// Parses PostgreSQL's own `postgres`-style interval output (`1 year 2
/// mons -3 days +04:05:06.5`, `00:00:00`), the canonical stored form;
/// `None` for any other spelling (callers fall back to the lenient parser).
pub fn parse_interval(s: &[u8]) -> Option<super::Interval> {
    let mut i = 0;
    let n = s.len();
    let (mut months, mut days) = (0i64, 0i64);
    let mut micros = 0i64;
    let mut last_unit = 0u8; // 1 year, 2 mon, 3 day
    while i < n {
        // A signed integer, then either ' unit' or ':' (the time part).
        let neg = match s[i] {
            b'-' => {
                i += 1;
                true
            }
            b'+' => {
                i += 1;
                false
            }
            _ => false,
        };
        let ds = i;
        let mut v: i64 = 0;
        while i < n && s[i].is_ascii_digit() {
            v = v.checked_mul(10)?.checked_add((s[i] - b'0') as i64)?;
            i += 1;
        }
        if i == ds {
            return None;
        }
        if i < n && s[i] == b':' {
            // hh:mm:ss[.f] — must be last.
            let rest = &s[i + 1..];
            if rest.len() < 5 || rest[2] != b':' {
                return None;
            }
            let mi = digits(&rest[0..2])? as i64;
            let se = digits(&rest[3..5])? as i64;
            let mut frac = 0i64;
            if rest.len() > 5 {
                let f = &rest[6..];
                if rest[5] != b'.' || f.is_empty() || f.len() > 6 {
                    return None;
                }
                frac = digits(f)? as i64 * 10i64.pow(6 - f.len() as u32);
            }
            if mi > 59 || se > 59 || (i - ds) < 2 {
                return None;
            }
            // In i128: the most negative interval's time part
            // (-2562047788:00:54.775808) has no positive counterpart.
            let t = v as i128 * USECS_PER_HOUR as i128
                + (mi * USECS_PER_MINUTE + se * USECS_PER_SEC + frac) as i128;
            micros = i64::try_from(if neg { -t } else { t }).ok()?;
            return Some(super::Interval::new(
                i32::try_from(months).ok()?,
                i32::try_from(days).ok()?,
                micros,
            ));
        }
        let v = if neg { -v } else { v };
        if i >= n || s[i] != b' ' {
            return None;
        }
        i += 1;
        let word_start = i;
        while i < n && s[i].is_ascii_lowercase() {
            i += 1;
        }
        let unit = match &s[word_start..i] {
            b"year" | b"years" => 1,
            b"mon" | b"mons" => 2,
            b"day" | b"days" => 3,
            _ => return None,
        };
        if unit <= last_unit {
            return None;
        }
        last_unit = unit;
        match unit {
            1 => months = months.checked_add(v.checked_mul(12)?)?,
            2 => months = months.checked_add(v)?,
            _ => days = v,
        }
        if i < n {
            if s[i] != b' ' {
                return None;
            }
            i += 1;
            if i >= n {
                return None;
            }
        }
    }
    if last_unit == 0 {
        return None;
    }
    Some(super::Interval::new(
        i32::try_from(months).ok()?,
        i32::try_from(days).ok()?,
        micros,
    ))
}

#[cfg(test)]
mod interval_tests {
    use super::super::{Interval, output};
    use super::parse_interval;

    #[test]
    fn reads_its_own_output() {
        for iv in [
            Interval::new(14, 3, 4 * 3_600_000_000 + 5_000_000 + 500_000),
            Interval::new(0, -1, 7_200_000_000),
            Interval::new(-2, -14, -45_000_000_000),
            Interval::default(),
            Interval::new(0, 0, -1),
            Interval::new(-13, 0, 0),
            Interval::new(0, 0, 200 * 3_600_000_000),
        ] {
            let text = output::interval(iv);
            assert_eq!(parse_interval(text.as_bytes()), Some(iv), "{text}");
        }
        assert_eq!(parse_interval(b"1 day 1 day"), None);
        assert_eq!(parse_interval(b"1 week"), None);
        assert_eq!(parse_interval(b"1:00"), None);
    }
}
