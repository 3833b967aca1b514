//! Time zones as PostgreSQL reads them, and the one place where civil time
//! becomes an instant.
//!
//! # The gap and fold rule
//!
//! PostgreSQL (`DetermineTimeZoneOffsetInternal` in datetime.c) finds the
//! first UTC-offset change after `local − 24 h` and tries the offsets in
//! force just before and just after it:
//!
//! - a wall-clock time that does not exist (a gap: the clocks jump forward)
//!   takes the offset in force *before* the transition, so 02:30 on a US
//!   spring-forward day is read with −05:00 and lands at 03:30 −04:00;
//! - a wall-clock time that exists twice (a fold: the clocks go back) takes
//!   the offset in force *after* the transition, the later instant.
//!
//! The rule is stated in offsets, never as "standard time", because
//! Europe/Dublin's negative daylight saving makes winter the "DST" period.

use chrono::{Offset, TimeZone};
use chrono_tz::OffsetName;

use super::abbrevs::{ABBREVS, Abbrev};
use super::{SECS_PER_DAY, TResult, TimeError};

/// A time zone: a fixed offset or an IANA zone (chrono-tz).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Zone {
    /// A fixed offset in seconds east of Greenwich.
    Fixed(i32),
    /// A zone of the IANA database.
    Named(chrono_tz::Tz),
    /// A time zone abbreviation whose meaning changed over time (`MSK`),
    /// in the zone that defines it, with the abbreviation in upper case:
    /// its offset is the one the zone used under that abbreviation at, or
    /// most recently before, the instant (else first after), and the
    /// zone's own offset where the zone never used it
    /// (DetermineTimeZoneAbbrevOffset in PostgreSQL's datetime.c).
    Abbrev(chrono_tz::Tz, &'static str),
    /// A POSIX `TZ` specification with daylight-saving rules
    /// (`CST7CDT,M4.1.0,M10.5.0`).
    Posix(PosixTz),
}

/// A POSIX `TZ` zone with daylight saving: standard and daylight offsets
/// (seconds east), their names, and the yearly rules that start and end
/// daylight time.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datetime-posix-timezone-specs.html>
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PosixTz {
    std_name: &'static str,
    std: i32,
    dst_name: &'static str,
    dst: i32,
    start: PosixRule,
    end: PosixRule,
}

/// A day of the year and a local time of day (seconds, may be negative or
/// past 24 hours) on which daylight time starts or ends.
#[derive(Debug, Clone, Copy, PartialEq)]
struct PosixRule {
    day: PosixDay,
    secs: i32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum PosixDay {
    /// `Jn`: day 1–365, February 29 never counted.
    Julian(u32),
    /// `n`: day 0–365, February 29 counted.
    Zero(u32),
    /// `Mm.w.d`: weekday `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
    Month(u32, u32, u32),
}

impl PosixRule {
    /// The UTC second the rule falls on in `year`, read in the local time
    /// whose offset is `offset` (seconds east).
    fn instant(&self, year: i32, offset: i32) -> i64 {
        let jan1 = super::civil::days_from_civil(year, 1, 1);
        let day = match self.day {
            PosixDay::Julian(n) => {
                let leap = super::civil::is_leap(year);
                jan1 + n as i64 - 1 + i64::from(leap && n >= 60)
            }
            PosixDay::Zero(n) => jan1 + n as i64,
            PosixDay::Month(m, w, d) => {
                let first = super::civil::days_from_civil(year, m, 1);
                let wd = super::civil::weekday(first) as i64;
                let mut day = first + (d as i64 - wd).rem_euclid(7) + (w as i64 - 1) * 7;
                let last = first + super::civil::days_in_month(year, m) as i64 - 1;
                while day > last {
                    day -= 7;
                }
                day
            }
        };
        day * SECS_PER_DAY + self.secs as i64 - offset as i64
    }
}

impl PosixTz {
    /// The offset in force at the UTC second `t`.
    fn offset_at(&self, t: i64) -> i32 {
        let (year, _, _) =
            super::civil::civil_from_days((t + self.std as i64).div_euclid(SECS_PER_DAY));
        // The start is written in standard time, the end in daylight time.
        let start = self.start.instant(year, self.std);
        let end = self.end.instant(year, self.dst);
        let in_dst = if start < end {
            start <= t && t < end
        } else {
            !(end <= t && t < start)
        };
        if in_dst { self.dst } else { self.std }
    }
}

impl Zone {
    /// UTC.
    pub const UTC: Zone = Zone::Fixed(0);

    /// The UTC offset (seconds east) in force at the instant `utc_secs`.
    #[inline]
    pub fn offset_at_utc(&self, utc_secs: i64) -> i32 {
        match self {
            Zone::Fixed(o) => *o,
            Zone::Posix(p) => p.offset_at(utc_secs),
            Zone::Abbrev(tz, abbrev) => abbrev_offset(*tz, abbrev, utc_secs)
                .unwrap_or_else(|| Zone::Named(*tz).offset_at_utc(utc_secs)),
            Zone::Named(tz) => {
                let secs = if utc_secs >= RULES_END {
                    same_calendar_before_2100(utc_secs)
                } else {
                    utc_secs
                };
                if secs >= TABLE_START {
                    if let Some(s) = span_at(*tz, secs) {
                        return s.offset;
                    }
                }
                chrono_offset(*tz, secs)
            }
        }
    }

    /// The UTC range `[lo, hi)` (microseconds) around the finite instant
    /// `t` over which both its local date in this zone and the zone's UTC
    /// offset stay the same; `None` outside the offset tables (where no
    /// such range is kept). A result that depends only on the local date
    /// holds for the whole range.
    pub fn local_day_span(&self, t: super::Timestamptz) -> Option<(i64, i64)> {
        if !t.is_finite() {
            return None;
        }
        let secs = t.0.div_euclid(super::USECS_PER_SEC);
        let (off, start, end) = match self {
            Zone::Fixed(o) => (*o as i64, i64::MIN, i64::MAX),
            Zone::Abbrev(..) | Zone::Posix(_) => return None,
            Zone::Named(tz) => {
                if !(TABLE_START..RULES_END).contains(&secs) {
                    return None;
                }
                let s = span_at(*tz, secs)?;
                (s.offset as i64, s.start, s.end)
            }
        };
        let day = (secs + off).div_euclid(SECS_PER_DAY) * SECS_PER_DAY;
        let lo = (day - off).max(start);
        let hi = (day + SECS_PER_DAY - off).min(end);
        Some((
            lo.checked_mul(super::USECS_PER_SEC)?,
            hi.checked_mul(super::USECS_PER_SEC)?,
        ))
    }

    /// The instant (UTC seconds) of the wall-clock time `t` (seconds since
    /// 1970-01-01 00:00 civil), by PostgreSQL's gap and fold rule (module
    /// docs): find the first UTC-offset change after `t − 24 h`, and try
    /// the offsets before and after it.
    pub fn utc_from_local(&self, t: i64) -> i64 {
        if let Zone::Abbrev(tz, abbrev) = self {
            // The instant in the defining zone, then the abbreviation's
            // meaning there.
            let probe = Zone::Named(*tz).utc_from_local(t);
            return match abbrev_offset(*tz, abbrev, probe) {
                Some(off) => t - off as i64,
                None => probe,
            };
        }
        let prec = t - SECS_PER_DAY;
        let (before, change) = match self {
            Zone::Named(tz) if (TABLE_START..RULES_END - 2 * SECS_PER_DAY).contains(&prec) => {
                match span_at(*tz, prec) {
                    Some(s) if s.end == i64::MAX => (s.offset, None),
                    Some(s) => (s.offset, Some((s.end, s.next))),
                    None => self.next_change_bisect(prec, t),
                }
            }
            Zone::Named(_) | Zone::Posix(_) => self.next_change_bisect(prec, t),
            _ => return t - self.offset_at_utc(t) as i64,
        };
        let Some((boundary, after)) = change else {
            return t - before as i64;
        };
        let before_time = t - before as i64;
        let after_time = t - after as i64;
        if before_time < boundary && after_time < boundary {
            before_time
        } else if before_time >= boundary && after_time >= boundary {
            after_time
        } else if before_time > after_time {
            // Spring forward: the time does not exist; the offset before.
            before_time
        } else {
            // Fall back: the time exists twice; the offset after.
            after_time
        }
    }

    /// The offset at `prec` and the first change after it within two days
    /// (boundary instant, new offset), found by bisection on the offsets.
    fn next_change_bisect(&self, prec: i64, t: i64) -> (i32, Option<(i64, i32)>) {
        let before = self.offset_at_utc(prec);
        let far = t + SECS_PER_DAY;
        if self.offset_at_utc(far) == before {
            return (before, None);
        }
        let (mut lo, mut hi) = (prec, far);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if self.offset_at_utc(mid) == before {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        (before, Some((hi, self.offset_at_utc(hi))))
    }

    /// Reads the value of the `TimeZone` setting the way `SET TIME ZONE`
    /// does (check_timezone in PostgreSQL's variable.c): a number is hours
    /// east of Greenwich (`-7`, `5.5`), otherwise an IANA name
    /// (case-insensitive) or a POSIX zone specification (`UTC+5` is five
    /// hours *west*). Returns the zone and PostgreSQL's canonical spelling
    /// of it, which `SHOW timezone` prints and which reads back to the
    /// same zone.
    pub fn from_setting(name: &str) -> TResult<(Zone, String)> {
        let bad = || {
            TimeError(format!(
                "invalid value for parameter \"TimeZone\": \"{name}\""
            ))
        };
        if let Some(hours) = parse_c_double(name) {
            let secs = (hours * 3600.0).round();
            if !secs.is_finite() || secs.abs() > 15.0 * 3600.0 + 59.0 * 60.0 + 59.0 {
                return Err(bad());
            }
            let secs = secs as i32;
            let east = format_offset_hms(secs);
            // The POSIX part has the opposite sign, also for zero (`<+00>-00`).
            let west = format!(
                "{}{}",
                if secs >= 0 { '-' } else { '+' },
                &format_offset_hms(secs)[1..]
            );
            return Ok((Zone::Fixed(secs), format!("<{east}>{west}")));
        }
        if let Some((zone, canon)) = named(name) {
            return Ok((zone, canon));
        }
        match posix(name) {
            Some(Ok(zone)) => Ok((zone, name.to_ascii_uppercase())),
            Some(Err(e)) => Err(e),
            None => Err(bad()),
        }
    }

    /// Reads a zone given to `AT TIME ZONE`, `timezone()` or the third
    /// argument of `date_trunc` (timestamptz_zone in PostgreSQL's
    /// timestamp.c): a time zone abbreviation first (`EST`, `PST`, `CET` is
    /// always +01), then an IANA name, then a POSIX specification (`+05`
    /// is five hours *west*, as in POSIX).
    pub fn lookup(name: &str) -> TResult<Zone> {
        if let Some(z) = Zone::abbreviation(name) {
            return z;
        }
        if let Some((zone, _)) = named(name) {
            return Ok(zone);
        }
        match posix(name) {
            Some(r) => r,
            None => Err(TimeError::unknown_zone(name)),
        }
    }

    /// A time zone abbreviation as timestamp input reads it: a fixed
    /// offset (`EST`, `z`), or one whose meaning changed over time (`MSK`,
    /// [`Zone::Abbrev`]).
    pub fn abbreviation(name: &str) -> Option<TResult<Zone>> {
        let lower = name.to_ascii_lowercase();
        let i = ABBREVS
            .binary_search_by(|(a, _)| (*a).cmp(lower.as_str()))
            .ok()?;
        Some(match ABBREVS[i].1 {
            Abbrev::Fixed(off) => Ok(Zone::Fixed(off)),
            Abbrev::Dynamic(zone) => match chrono_tz::Tz::from_str_insensitive(zone) {
                Ok(tz) => Ok(Zone::Abbrev(
                    tz,
                    leak_name(&ABBREVS[i].0.to_ascii_uppercase()),
                )),
                Err(_) => Err(TimeError(format!(
                    "time zone \"{zone}\" not recognized (for abbreviation \"{name}\")"
                ))),
            },
        })
    }

    /// An IANA zone name, case-insensitive, as timestamp input reads it.
    pub fn iana(name: &str) -> Option<Zone> {
        named(name).map(|(z, _)| z)
    }
}

/// The zone's abbreviation at the instant `t`, as PostgreSQL prints it in
/// `timestamptz` output of the non-ISO `DateStyle`s and in `to_char`'s
/// `TZ` (pg_localtime's `tm_zone`): tzdata's abbreviation (`PST`, `CEST`,
/// `+0545` where the zone has no letters); for a fixed-offset session
/// zone, the name part of its POSIX setting (`fixed_name`: `UTC` of
/// `UTC+5`, `-07` of `<-07>+07`), or the offset.
pub fn abbreviation_at(zone: &Zone, t: super::Timestamptz, fixed_name: Option<&str>) -> String {
    match zone {
        Zone::Abbrev(_, abbrev) => abbrev.to_string(),
        Zone::Posix(p) => {
            let secs = t.0.div_euclid(super::USECS_PER_SEC);
            if p.offset_at(secs) == p.dst && p.dst != p.std {
                p.dst_name.to_string()
            } else {
                p.std_name.to_string()
            }
        }
        Zone::Fixed(_) if fixed_name.is_some() => fixed_name.unwrap_or_default().to_string(),
        Zone::Named(tz) => {
            // After 2099 the zone repeats its rules (see RULES_END).
            let secs = rules_instant(t.0.div_euclid(super::USECS_PER_SEC));
            let off = chrono::DateTime::from_timestamp(secs, 0)
                .map(|dt| tz.offset_from_utc_datetime(&dt.naive_utc()));
            match off.as_ref().and_then(|o| o.abbreviation()) {
                Some(abbrev) => abbrev.to_string(),
                None => numeric_abbrev(zone.offset_at_utc(secs)),
            }
        }
        Zone::Fixed(0) => "UTC".into(),
        Zone::Fixed(o) => format_offset_hms(*o),
    }
}

/// `(first UTC second, offset, abbreviation)`.
type AbbrevSpan = (i64, i32, &'static str);

/// A zone's spans of constant (offset, abbreviation), from 1800 to 2100:
/// daily probes, then bisection to the second. Built on first use per
/// zone (only the zones behind the changing abbreviations need one).
fn abbrev_spans(tz: chrono_tz::Tz) -> &'static [AbbrevSpan] {
    thread_local! {
        // The zone used last: a column converted row by row asks for one.
        static LAST: std::cell::Cell<Option<(chrono_tz::Tz, &'static [AbbrevSpan])>> =
            const { std::cell::Cell::new(None) };
    }
    if let Some((z, spans)) = LAST.with(|c| c.get()) {
        if z == tz {
            return spans;
        }
    }
    let spans = abbrev_spans_shared(tz);
    if !spans.is_empty() {
        LAST.with(|c| c.set(Some((tz, spans))));
    }
    spans
}

/// [`abbrev_spans`] from the process-wide map.
fn abbrev_spans_shared(tz: chrono_tz::Tz) -> &'static [AbbrevSpan] {
    type Spans = std::collections::HashMap<chrono_tz::Tz, &'static [AbbrevSpan]>;
    static SPANS: std::sync::OnceLock<std::sync::Mutex<Spans>> = std::sync::OnceLock::new();
    let map = SPANS.get_or_init(Default::default);
    let Ok(mut guard) = map.lock() else {
        return &[];
    };
    guard.entry(tz).or_insert_with(|| {
        let at = |secs: i64| -> (i32, &'static str) {
            match chrono::DateTime::from_timestamp(secs, 0) {
                Some(dt) => {
                    let o = tz.offset_from_utc_datetime(&dt.naive_utc());
                    let name = o.abbreviation().unwrap_or("");
                    (o.fix().local_minus_utc(), leak_name(name))
                }
                None => (0, ""),
            }
        };
        const START: i64 = -5_364_662_400; // 1800-01-01
        let mut spans = vec![(START, at(START).0, at(START).1)];
        let mut probe = START;
        let mut cur = at(START);
        while probe < RULES_END {
            let next = probe + SECS_PER_DAY;
            let v = at(next);
            if v != cur {
                let (mut lo, mut hi) = (probe, next);
                while hi - lo > 1 {
                    let mid = lo + (hi - lo) / 2;
                    if at(mid) == cur {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                spans.push((hi, v.0, v.1));
                cur = v;
            }
            probe = next;
        }
        Box::leak(spans.into_boxed_slice())
    })
}

/// A zone abbreviation as a `'static` string (there are few).
fn leak_name(name: &str) -> &'static str {
    static NAMES: std::sync::OnceLock<std::sync::Mutex<std::collections::HashSet<&'static str>>> =
        std::sync::OnceLock::new();
    let set = NAMES.get_or_init(Default::default);
    let Ok(mut guard) = set.lock() else {
        return "";
    };
    if let Some(n) = guard.get(name) {
        return n;
    }
    let n: &'static str = Box::leak(name.to_string().into_boxed_str());
    guard.insert(n);
    n
}

/// The offset `tz` used under `abbrev` at the instant `utc_secs` or most
/// recently before it, else the first time after; `None` when the zone
/// never used it (pg_interpret_timezone_abbrev in PostgreSQL's
/// localtime.c).
fn abbrev_offset(tz: chrono_tz::Tz, abbrev: &str, utc_secs: i64) -> Option<i32> {
    let spans = abbrev_spans(tz);
    let secs = rules_instant(utc_secs);
    let cutoff = spans.partition_point(|(start, _, _)| *start <= secs);
    spans[..cutoff]
        .iter()
        .rev()
        .chain(spans[cutoff..].iter())
        .find(|(_, _, name)| name.eq_ignore_ascii_case(abbrev))
        .map(|(_, off, _)| *off)
}

/// The abbreviation tzdata gives a zone without letters (its `%z` form):
/// `+1345`, `-03`, `+0545`.
fn numeric_abbrev(off: i32) -> String {
    let a = off.unsigned_abs();
    let mut s = String::with_capacity(7);
    s.push(if off < 0 { '-' } else { '+' });
    let two = |s: &mut String, v: u32| {
        s.push(char::from(b'0' + (v / 10 % 10) as u8));
        s.push(char::from(b'0' + (v % 10) as u8));
    };
    two(&mut s, a / 3600);
    if a % 3600 != 0 {
        two(&mut s, a % 3600 / 60);
        if a % 60 != 0 {
            two(&mut s, a % 60);
        }
    }
    s
}

/// 2100-01-01 00:00 UTC: chrono-tz lists UTC-offset changes up to 2099 and
/// keeps the last offset after that, while PostgreSQL (like tzdata's
/// POSIX footer) repeats the zone's current rules forever.
const RULES_END: i64 = 4_102_444_800;

/// The instant whose zone rules apply at `utc_secs`: itself until 2099, a
/// same-calendar instant of 2072–2099 after that.
pub fn rules_instant(utc_secs: i64) -> i64 {
    if utc_secs >= RULES_END {
        same_calendar_before_2100(utc_secs)
    } else {
        utc_secs
    }
}

/// The name part of a POSIX zone specification in a `TimeZone` setting
/// (`UTC` of `UTC+5`, `+05:30` of `<+05:30>-05:30`, empty for `+05:30`),
/// which `to_char`'s `TZ` prints for such a session zone; `None` when the
/// setting is not a POSIX specification.
pub fn posix_name(setting: &str) -> Option<&str> {
    if let Some(rest) = setting.strip_prefix('<') {
        return rest.split_once('>').map(|(name, _)| name);
    }
    let end = setting
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(setting.len());
    let rest = &setting[end..];
    (rest.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-'))
        .then_some(&setting[..end])
}

/// The same UTC month, day and time in a year of 2072–2099 whose calendar
/// (leap year, weekday of January 1) is the same, so that rules such as
/// "first Sunday of April" fall on the same dates: how the recurring rules
/// of a zone apply after 2099.
fn same_calendar_before_2100(utc_secs: i64) -> i64 {
    use super::civil::{civil_from_days, days_from_civil, is_leap, weekday};
    let days = utc_secs.div_euclid(SECS_PER_DAY);
    let tod = utc_secs.rem_euclid(SECS_PER_DAY);
    let (y, m, d) = civil_from_days(days);
    let jan1 = weekday(days_from_civil(y, 1, 1));
    let leap = is_leap(y);
    let year = (2072..2100)
        .rev()
        .find(|&c| is_leap(c) == leap && weekday(days_from_civil(c, 1, 1)) == jan1)
        .unwrap_or(2099);
    days_from_civil(year, m, d) * SECS_PER_DAY + tod
}

fn chrono_offset(tz: chrono_tz::Tz, secs: i64) -> i32 {
    match chrono::DateTime::from_timestamp(secs, 0) {
        Some(dt) => tz
            .offset_from_utc_datetime(&dt.naive_utc())
            .fix()
            .local_minus_utc(),
        None => 0,
    }
}

/// 1900-01-01 00:00 UTC: where the precomputed offset tables start.
const TABLE_START: i64 = -2_208_988_800;

/// A zone's UTC-offset changes from 1900 to 2100, found once per process
/// from chrono-tz (daily probes, then bisection to the second), so that a
/// per-row offset lookup is a binary search over a few hundred entries.
struct Table {
    /// `(first UTC second, offset)`, sorted; the first entry starts at
    /// [`TABLE_START`].
    spans: Vec<(i64, i32)>,
}

impl Table {
    fn build(tz: chrono_tz::Tz) -> Table {
        let mut spans = vec![(TABLE_START, chrono_offset(tz, TABLE_START))];
        let mut probe = TABLE_START;
        let mut cur = spans[0].1;
        while probe < RULES_END {
            let next = probe + SECS_PER_DAY;
            let off = chrono_offset(tz, next);
            if off != cur {
                let (mut lo, mut hi) = (probe, next);
                while hi - lo > 1 {
                    let mid = lo + (hi - lo) / 2;
                    if chrono_offset(tz, mid) == cur {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                spans.push((hi, off));
                cur = off;
            }
            probe = next;
        }
        Table { spans }
    }

    /// The span holding `secs`: `(start, end, offset, next offset)`, with
    /// `end = i64::MAX` for the last span.
    #[inline]
    fn span(&self, secs: i64) -> Span {
        let i = self
            .spans
            .partition_point(|(s, _)| *s <= secs)
            .saturating_sub(1);
        let (start, offset) = self.spans[i];
        match self.spans.get(i + 1) {
            Some(&(end, next)) => Span {
                start,
                end,
                offset,
                next,
            },
            None => Span {
                start,
                end: i64::MAX,
                offset,
                next: offset,
            },
        }
    }
}

/// One span of constant UTC offset and the offset after it.
#[derive(Clone, Copy)]
struct Span {
    start: i64,
    end: i64,
    offset: i32,
    next: i32,
}

thread_local! {
    /// The span found last, per zone kind: rows of one column tend to
    /// fall in the same span, so most lookups are two comparisons.
    static LAST_SPAN: std::cell::Cell<Option<(chrono_tz::Tz, Span)>> =
        const { std::cell::Cell::new(None) };
}

/// The span of `tz` holding `secs` (within the table's years).
#[inline]
fn span_at(tz: chrono_tz::Tz, secs: i64) -> Option<Span> {
    if let Some((z, s)) = LAST_SPAN.with(|c| c.get()) {
        if z == tz && s.start <= secs && secs < s.end {
            return Some(s);
        }
    }
    let s = table(tz)?.span(secs);
    LAST_SPAN.with(|c| c.set(Some((tz, s))));
    Some(s)
}

thread_local! {
    static LAST_TABLE: std::cell::Cell<Option<(chrono_tz::Tz, &'static Table)>> =
        const { std::cell::Cell::new(None) };
}

/// The zone's offset table, built on first use and kept for the process
/// (one per zone used, a few kilobytes each).
fn table(tz: chrono_tz::Tz) -> Option<&'static Table> {
    if let Some((z, t)) = LAST_TABLE.with(|c| c.get()) {
        if z == tz {
            return Some(t);
        }
    }
    static TABLES: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<chrono_tz::Tz, &'static Table>>,
    > = std::sync::OnceLock::new();
    let map = TABLES.get_or_init(Default::default);
    let mut guard = map.lock().ok()?;
    let t: &'static Table = guard
        .entry(tz)
        .or_insert_with(|| Box::leak(Box::new(Table::build(tz))));
    drop(guard);
    LAST_TABLE.with(|c| c.set(Some((tz, t))));
    Some(t)
}

fn named(name: &str) -> Option<(Zone, String)> {
    // PostgreSQL reads "GMT" as a POSIX name; either way it is UTC+0.
    let tz = chrono_tz::Tz::from_str_insensitive(name).ok()?;
    Some((Zone::Named(tz), tz.name().to_string()))
}

/// `±HH[:MM[:SS]]` of an offset in seconds, as PostgreSQL prints offsets.
pub fn format_offset_hms(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    let (h, m, s) = (a / 3600, a / 60 % 60, a % 60);
    match (m, s) {
        (0, 0) => format!("{sign}{h:02}"),
        (_, 0) => format!("{sign}{h:02}:{m:02}"),
        _ => format!("{sign}{h:02}:{m:02}:{s:02}"),
    }
}

/// The whole string as a C `strtod` number (what check_timezone tries
/// first), or `None`.
fn parse_c_double(s: &str) -> Option<f64> {
    let t = s.trim_start();
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    if !body.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<f64>().ok()
}

/// A POSIX `TZ` specification without daylight-saving rules: a name
/// (`UTC`, `FOO`, `<+05>`, or none at all) and an offset west of Greenwich
/// (`5`, `+05:30`, `-3:30:15`). `None` when `s` is not one; an error when it
/// has daylight-saving rules, which pgshim does not implement.
fn posix(s: &str) -> Option<TResult<Zone>> {
    let (std_name, i) = posix_name_at(s, 0)?;
    let rest = &s[i..];
    let (west, used) = posix_offset(rest)?;
    if used == rest.len() {
        return Some(Ok(Zone::Fixed(-west)));
    }
    let i = i + used;
    if !s[i..]
        .bytes()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == b'<')
    {
        return None;
    }
    let unsupported = || {
        Some(Err(TimeError(format!(
            "pgshim: POSIX time zone \"{s}\" without explicit daylight-saving rules is not \
             supported (PostgreSQL takes them from its posixrules file); write the rules \
             (e.g. {s},M3.2.0,M11.1.0) or use an IANA zone name"
        ))))
    };
    let Some((dst_name, mut i)) = posix_name_at(s, i) else {
        return unsupported();
    };
    // The daylight offset defaults to one hour ahead of standard time.
    let mut dst_west = west - 3600;
    if let Some((w, n)) = posix_offset(&s[i..]) {
        dst_west = w;
        i += n;
    }
    let Some(rules) = s[i..].strip_prefix(',') else {
        return unsupported();
    };
    let (start, end) = rules.split_once(',')?;
    let (start, end) = (posix_rule(start)?, posix_rule(end)?);
    Some(Ok(Zone::Posix(PosixTz {
        std_name: leak_name(std_name),
        std: -west,
        dst_name: leak_name(dst_name),
        dst: -dst_west,
        start,
        end,
    })))
}

/// A POSIX `TZ` specification (`UTC+5`, `CST7CDT,M4.1.0,M10.5.0`) as a
/// zone; `None` when `s` is not one.
pub fn posix_spec(s: &str) -> Option<TResult<Zone>> {
    posix(s)
}

/// A POSIX zone name at `i`: `<…>` or at least three letters. Returns the
/// name and where it ends.
fn posix_name_at(s: &str, i: usize) -> Option<(&str, usize)> {
    let b = s.as_bytes();
    if b.get(i) == Some(&b'<') {
        let close = i + s[i..].find('>')?;
        return Some((&s[i + 1..close], close + 1));
    }
    let mut j = i;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    match j - i {
        0 if i == 0 => Some(("", i)),
        n if n >= 3 => Some((&s[i..j], j)),
        _ => None,
    }
}

/// A daylight-saving rule: `Jn`, `n` or `Mm.w.d`, then optionally
/// `/time` (default 02:00:00).
fn posix_rule(r: &str) -> Option<PosixRule> {
    let (day, time) = match r.split_once('/') {
        Some((d, t)) => (d, Some(t)),
        None => (r, None),
    };
    let num = |t: &str| t.parse::<u32>().ok();
    let day = if let Some(n) = day.strip_prefix('J') {
        let n = num(n)?;
        (1..=365).contains(&n).then_some(PosixDay::Julian(n))?
    } else if let Some(m) = day.strip_prefix('M') {
        let mut parts = m.split('.');
        let (m, w, d) = (
            num(parts.next()?)?,
            num(parts.next()?)?,
            num(parts.next()?)?,
        );
        if parts.next().is_some() || !(1..=12).contains(&m) || !(1..=5).contains(&w) || d > 6 {
            return None;
        }
        PosixDay::Month(m, w, d)
    } else {
        let n = num(day)?;
        (n <= 365).then_some(PosixDay::Zero(n))?
    };
    let secs = match time {
        None => 7200,
        Some(t) => {
            let (v, used) = posix_offset(t)?;
            if used != t.len() {
                return None;
            }
            v
        }
    };
    Some(PosixRule { day, secs })
}

/// `[+-]h[h][:mm[:ss]]` → (seconds, bytes used).
fn posix_offset(s: &str) -> Option<(i32, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut sign = 1;
    if let Some(&c) = b.first() {
        if c == b'+' || c == b'-' {
            sign = if c == b'-' { -1 } else { 1 };
            i = 1;
        }
    }
    let mut fields = [0i32; 3];
    for (k, field) in fields.iter_mut().enumerate() {
        if k > 0 {
            if b.get(i) != Some(&b':') {
                break;
            }
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() && i - start < 3 {
            i += 1;
        }
        if i == start {
            return None;
        }
        *field = s[start..i].parse().ok()?;
    }
    let [h, m, sec] = fields;
    if h > 167 || m > 59 || sec > 59 {
        return None;
    }
    Some((sign * (h * 3600 + m * 60 + sec), i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::civil::days_from_civil;

    fn local(y: i32, mo: u32, d: u32, h: i64, mi: i64) -> i64 {
        days_from_civil(y, mo, d) * SECS_PER_DAY + h * 3600 + mi * 60
    }

    fn ny() -> Zone {
        Zone::lookup("America/New_York").unwrap()
    }

    #[test]
    fn gap_takes_offset_before() {
        // 2024-03-10 02:30 does not exist in New York: read with -05.
        let t = local(2024, 3, 10, 2, 30);
        assert_eq!(ny().utc_from_local(t), t + 5 * 3600);
        // Just before and after the gap.
        let t = local(2024, 3, 10, 1, 59);
        assert_eq!(ny().utc_from_local(t), t + 5 * 3600);
        let t = local(2024, 3, 10, 3, 0);
        assert_eq!(ny().utc_from_local(t), t + 4 * 3600);
    }

    #[test]
    fn fold_takes_offset_after() {
        // 2024-11-03 01:30 exists twice in New York: the later one (-05).
        let t = local(2024, 11, 3, 1, 30);
        assert_eq!(ny().utc_from_local(t), t + 5 * 3600);
        let t = local(2024, 11, 3, 0, 59);
        assert_eq!(ny().utc_from_local(t), t + 4 * 3600);
        // Dublin's fold (negative DST in tzdata): still the offset after, +00.
        let dublin = Zone::lookup("Europe/Dublin").unwrap();
        let t = local(2024, 10, 27, 1, 30);
        assert_eq!(dublin.utc_from_local(t), t);
    }

    #[test]
    fn zone_names() {
        assert_eq!(Zone::lookup("+05").unwrap(), Zone::Fixed(-5 * 3600));
        assert_eq!(Zone::lookup("UTC+5").unwrap(), Zone::Fixed(-5 * 3600));
        assert_eq!(Zone::lookup("-3:30:15").unwrap(), Zone::Fixed(12615));
        assert_eq!(Zone::lookup("CET").unwrap(), Zone::Fixed(3600));
        assert_eq!(
            Zone::lookup("Mars/Base").unwrap_err().0,
            "time zone \"Mars/Base\" not recognized"
        );
        assert!(Zone::lookup("foo5bar").is_err());
        let (z, canon) = Zone::from_setting("5.5").unwrap();
        assert_eq!((z, canon.as_str()), (Zone::Fixed(19800), "<+05:30>-05:30"));
        let (z2, _) = Zone::from_setting(&canon).unwrap();
        assert_eq!(z2, z);
        assert_eq!(Zone::from_setting("utc+5").unwrap().1, "UTC+5");
        assert_eq!(Zone::from_setting("zulu").unwrap().1, "Zulu");
        assert!(Zone::from_setting("Z").is_err());
        assert!(Zone::from_setting("PST").is_err());
    }
}
