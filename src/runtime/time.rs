//! The date/time `pg_*` functions: input, output, casts, arithmetic, time
//! zones and the clock, over the canonical text forms (DESIGN.md).
//!
//! Every function but the clock and text input is pure and registered
//! deterministic; the zone is an argument. Zone, unit and template
//! arguments are parsed once and kept with their text ([`Parsed`]);
//! date-level results are kept for their local day ([`DayCache`]); repeated
//! calls have memoizing twins (`super::memo`). All of it is keyed by the
//! argument values, so answers never depend on it. NULL in, NULL out.
//! Semantics live in `crate::time`; this module only moves values across.

use std::sync::Arc;

use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Result};

use super::ffi::{Args, Values};
use super::{pg_err, pure, volatile};
use crate::session::Session;
use crate::time::fields::{self, Numeric, Unit};
use crate::time::format::{self, Template};
use crate::time::input::{self, InputCx};
use crate::time::{
    Date, DateOrder, DateStyle, Interval, IntervalStyle, TResult, Time, TimeError, Timestamp,
    Timestamptz, Timetz, USECS_PER_SEC, Zone, arith, canonical, output,
};

fn text_ref(ctx: &impl Values, i: usize) -> Result<Option<&[u8]>> {
    match ctx.get_raw(i) {
        ValueRef::Null => Ok(None),
        ValueRef::Text(t) => Ok(Some(t)),
        other => Err(pg_err(format!(
            "pgshim: a {} value where a date/time text was expected",
            other.data_type()
        ))),
    }
}

fn as_str(b: &[u8]) -> Result<&str> {
    std::str::from_utf8(b).map_err(|_| pg_err("invalid byte sequence for encoding \"UTF8\""))
}

fn time_err(e: TimeError) -> rusqlite::Error {
    pg_err(e.0)
}

/// A stored value that is not in canonical form: read it leniently, but
/// never with a meaning that depends on the clock or the session.
fn lenient_cx() -> (Zone, Timestamptz) {
    (Zone::UTC, Timestamptz(0))
}

fn reject_relative(s: &str, ty: &str) -> Result<()> {
    let l = s.to_ascii_lowercase();
    if ["now", "today", "tomorrow", "yesterday"]
        .iter()
        .any(|w| l.contains(w))
    {
        return Err(pg_err(format!(
            "pgshim: stored {ty} value \"{s}\" is relative to the clock; write it through pgshim"
        )));
    }
    Ok(())
}

/// Reading a function argument of a date/time type.
pub(crate) trait Arg: Sized {
    /// What one call site keeps between rows to read this argument again
    /// faster: a zone, unit or template parsed from the same text.
    type Kept: Default + Clone + Send + 'static;

    /// The argument, with the call site's kept state.
    fn get_kept(ctx: &impl Values, i: usize, kept: &mut Self::Kept) -> Result<Option<Self>>;

    /// The argument, read on its own.
    fn get(ctx: &impl Values, i: usize) -> Result<Option<Self>> {
        Self::get_kept(ctx, i, &mut Self::Kept::default())
    }
}

/// How many different texts (or keys) a function keeps: one function
/// serves every call site of a statement (`extract('year', …)` and
/// `extract('quarter', …)` in one SELECT), and each site repeats its own.
const KEEP: usize = 4;

/// At most [`KEEP`] entries; a new one replaces the entry that `same`
/// says it supersedes, or else the oldest.
#[derive(Clone)]
struct Ring<T> {
    items: Vec<T>,
    next: usize,
}

impl<T> Default for Ring<T> {
    fn default() -> Self {
        Ring {
            items: Vec::new(),
            next: 0,
        }
    }
}

impl<T> Ring<T> {
    fn put(&mut self, item: T, same: impl Fn(&T, &T) -> bool) {
        if let Some(i) = self.items.iter().position(|old| same(old, &item)) {
            self.items[i] = item;
        } else if self.items.len() < KEEP {
            self.items.push(item);
        } else {
            self.items[self.next] = item;
            self.next = (self.next + 1) % KEEP;
        }
    }
}

/// Text arguments parsed once and kept with the text they came from: the
/// next row with the same text reuses the value. (SQLite's aux data does
/// the same per call site for constant arguments only, and costs an FFI
/// call, a type check and a reference count per row.)
#[derive(Clone)]
pub(crate) struct Parsed<T>(Ring<(Box<[u8]>, T)>);

impl<T> Default for Parsed<T> {
    fn default() -> Self {
        Parsed(Ring::default())
    }
}

fn parsed<T: Clone>(
    ctx: &impl Values,
    i: usize,
    kept: &mut Parsed<T>,
    parse: impl FnOnce(&str) -> std::result::Result<T, String>,
) -> Result<Option<T>> {
    let v = ctx.get_raw(i);
    if let ValueRef::Null = v {
        return Ok(None);
    }
    if let ValueRef::Text(b) = v
        && let Some((_, value)) = kept.0.items.iter().find(|(text, _)| **text == *b)
    {
        return Ok(Some(value.clone()));
    }
    let fail = |e: String| rusqlite::Error::UserFunctionError(e.into());
    let s = v.as_str().map_err(|e| fail(e.to_string()))?;
    let value = parse(s).map_err(fail)?;
    kept.0
        .put((s.as_bytes().into(), value.clone()), |_, _| false);
    Ok(Some(value))
}

impl Arg for Date {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<Date>> {
        let Some(b) = text_ref(ctx, i)? else {
            return Ok(None);
        };
        if let Some(d) = canonical::parse_date_or_infinity(b) {
            return Ok(Some(d));
        }
        let s = as_str(b)?;
        reject_relative(s, "date")?;
        let (z, now) = lenient_cx();
        input::date(
            s,
            &InputCx {
                zone: &z,
                now,
                order: DateOrder::Mdy,
            },
        )
        .map(Some)
        .map_err(time_err)
    }
}

impl Arg for Time {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<Time>> {
        let Some(b) = text_ref(ctx, i)? else {
            return Ok(None);
        };
        if let Some(t) = canonical::parse_time(b) {
            return Ok(Some(t));
        }
        let s = as_str(b)?;
        reject_relative(s, "time")?;
        let (z, now) = lenient_cx();
        input::time(
            s,
            &InputCx {
                zone: &z,
                now,
                order: DateOrder::Mdy,
            },
        )
        .map(Some)
        .map_err(time_err)
    }
}

impl Arg for Timestamp {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<Timestamp>> {
        let Some(b) = text_ref(ctx, i)? else {
            return Ok(None);
        };
        if let Some(t) = canonical::parse_timestamp(b) {
            return Ok(Some(t));
        }
        let s = as_str(b)?;
        reject_relative(s, "timestamp")?;
        let (z, now) = lenient_cx();
        input::timestamp(
            s,
            &InputCx {
                zone: &z,
                now,
                order: DateOrder::Mdy,
            },
        )
        .map(Some)
        .map_err(time_err)
    }
}

impl Arg for Timestamptz {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<Timestamptz>> {
        let Some(b) = text_ref(ctx, i)? else {
            return Ok(None);
        };
        if let Some(t) = canonical::parse_timestamptz(b) {
            return Ok(Some(t));
        }
        let s = as_str(b)?;
        reject_relative(s, "timestamptz")?;
        let (z, now) = lenient_cx();
        input::timestamptz(
            s,
            &InputCx {
                zone: &z,
                now,
                order: DateOrder::Mdy,
            },
        )
        .map(Some)
        .map_err(time_err)
    }
}

impl Arg for Interval {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<Interval>> {
        let Some(b) = text_ref(ctx, i)? else {
            return Ok(None);
        };
        if let Some(v) = canonical::parse_interval(b) {
            return Ok(Some(v));
        }
        input::interval(as_str(b)?).map(Some).map_err(time_err)
    }
}

impl Arg for i64 {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<i64>> {
        super::int_arg(ctx, i)
    }
}

impl Arg for f64 {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<f64>> {
        super::float_arg(ctx, i)
    }
}

/// The session zone, by its `TimeZone` setting spelling; parsed once per
/// statement when the argument is constant.
#[derive(Clone, Copy)]
pub(crate) struct SessionZone(pub Zone);

/// A stored `timetz` (canonical `HH:MM:SS.ffffff±HH:MM:SS`); PostgreSQL's
/// output form (`13:05:00-04`, which `current_time` once produced) is
/// read too.
impl Arg for Timetz {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<Timetz>> {
        let Some(b) = text_ref(ctx, i)? else {
            return Ok(None);
        };
        if let Some(t) = canonical::parse_timetz(b) {
            return Ok(Some(t));
        }
        let cx = InputCx {
            zone: &Zone::UTC,
            now: Timestamptz(0),
            order: DateOrder::Mdy,
        };
        input::timetz(as_str(b)?, &cx).map(Some).map_err(time_err)
    }
}

impl Arg for SessionZone {
    type Kept = Parsed<Zone>;

    fn get_kept(
        ctx: &impl Values,
        i: usize,
        kept: &mut Parsed<Zone>,
    ) -> Result<Option<SessionZone>> {
        Ok(parsed(ctx, i, kept, |s| {
            Zone::from_setting(s).map(|(z, _)| z).map_err(|e| e.0)
        })?
        .map(SessionZone))
    }
}

/// The session zone with its setting spelling (for `to_char`'s `TZ` of a
/// fixed-offset zone).
pub(crate) struct NamedSessionZone(Arc<(Zone, String)>);

impl Arg for NamedSessionZone {
    type Kept = Parsed<Arc<(Zone, String)>>;

    fn get_kept(
        ctx: &impl Values,
        i: usize,
        kept: &mut Parsed<Arc<(Zone, String)>>,
    ) -> Result<Option<NamedSessionZone>> {
        Ok(parsed(ctx, i, kept, |s| {
            Zone::from_setting(s).map(Arc::new).map_err(|e| e.0)
        })?
        .map(NamedSessionZone))
    }
}

/// A `DateStyle` argument in its canonical spelling (`'Postgres, MDY'`),
/// as the rewriter writes it for text casts and input in a non-default
/// style.
impl Arg for DateStyle {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<DateStyle>> {
        let Some(b) = text_ref(ctx, i)? else {
            return Ok(None);
        };
        let s = as_str(b)?;
        DateStyle::from_canonical(s)
            .map(Some)
            .ok_or_else(|| pg_err(format!("pgshim: \"{s}\" is not a DateStyle")))
    }
}

/// An `IntervalStyle` argument (`'iso_8601'`).
impl Arg for IntervalStyle {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<IntervalStyle>> {
        let Some(b) = text_ref(ctx, i)? else {
            return Ok(None);
        };
        IntervalStyle::parse(as_str(b)?)
            .map(Some)
            .map_err(|e| pg_err(e.0))
    }
}

/// A zone given by the user (`AT TIME ZONE`, `timezone()`, date_trunc's
/// third argument): abbreviation, IANA name or POSIX offset.
#[derive(Clone, Copy)]
pub(crate) struct UserZone(pub Zone);

impl Arg for UserZone {
    type Kept = Parsed<Zone>;

    fn get_kept(ctx: &impl Values, i: usize, kept: &mut Parsed<Zone>) -> Result<Option<UserZone>> {
        Ok(parsed(ctx, i, kept, |s| Zone::lookup(s).map_err(|e| e.0))?.map(UserZone))
    }
}

/// An `Arc` argument (a unit, template or named zone kept by [`Parsed`])
/// compared by identity: the cache that holds it keeps it alive, so an
/// equal pointer is the same parsed value.
#[derive(Clone)]
struct Same<T>(Arc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The last results of a function whose value depends only on the local
/// date of its timestamptz argument (and on its other arguments, `K`):
/// each kept for the UTC range over which that date and the zone's offset
/// stay the same ([`Zone::local_day_span`]), one per key (call site).
/// Reports scan rows in time order (by an index or by insertion), so each
/// local day is computed once. Errors are never kept.
#[derive(Clone)]
struct DayCache<K, R>(std::cell::RefCell<Ring<DayResult<K, R>>>);

/// A kept result: its key, the UTC range `[lo, hi)` it holds for, the value.
#[derive(Clone)]
struct DayResult<K, R> {
    key: K,
    lo: i64,
    hi: i64,
    value: R,
}

impl<K, R> Default for DayCache<K, R> {
    fn default() -> Self {
        DayCache(std::cell::RefCell::new(Ring::default()))
    }
}

thread_local! {
    /// The UTC range `[lo, hi)` over which the result a [`DayCache`] just
    /// returned holds (set on a kept result only), read by [`DayText`].
    static DAY_SPAN: std::cell::Cell<Option<(i64, i64)>> = const { std::cell::Cell::new(None) };
}

impl<K: PartialEq, R: Clone> DayCache<K, R> {
    /// `f()`, or the kept result when `t` falls in its range with the same
    /// `key`; `by_date` says whether the result depends only on the date
    /// (otherwise it is not kept).
    fn get(
        &self,
        key: K,
        t: Timestamptz,
        zone: &Zone,
        by_date: impl FnOnce() -> bool,
        f: impl FnOnce() -> TResult<R>,
    ) -> TResult<R> {
        if let Ok(kept) = self.0.try_borrow()
            && let Some(r) = kept
                .items
                .iter()
                .find(|r| r.lo <= t.0 && t.0 < r.hi && r.key == key)
        {
            DAY_SPAN.set(Some((r.lo, r.hi)));
            return Ok(r.value.clone());
        }
        let value = f()?;
        if by_date()
            && let Some((lo, hi)) = zone.local_day_span(t)
            && let Ok(mut kept) = self.0.try_borrow_mut()
        {
            DAY_SPAN.set(Some((lo, hi)));
            let r = DayResult {
                key,
                lo,
                hi,
                value: value.clone(),
            };
            // The call site's entry moves on to the new day.
            kept.put(r, |old, new| old.key == new.key);
        }
        Ok(value)
    }
}

/// The functions whose results [`DayCache`] keeps per local day, with the
/// position of their timestamptz argument.
const DAY_LEVEL: &[(&str, usize)] = &[
    ("pg_extract_timestamptz", 1),
    ("pg_timestamptz_to_date", 0),
    ("pg_timestamptz_trunc", 1),
    ("pg_to_char_timestamptz", 0),
];

/// A day-level result kept with its range as stored text: the other
/// arguments' bytes (tagged as the memo tags them), the canonical texts of
/// `lo` and `hi`, and the result.
#[derive(Clone)]
struct DayTextEntry {
    others: Vec<u8>,
    lo: canonical::Buf,
    hi: canonical::Buf,
    out: Out,
}

/// [`DayCache`]'s results, recognised from the argument text alone: a
/// stored timestamptz (canonical, 26 bytes) whose date is the range's
/// first or last UTC date, with a valid time of day, orders as bytes as
/// the instant orders, so `lo <= text < hi` says the kept result holds,
/// with no parsing and no formatting. Anything else is computed as usual.
#[derive(Default, Clone)]
struct DayText {
    kept: Ring<DayTextEntry>,
    scratch: Vec<u8>,
}

/// Whether `t` (26 bytes) has a valid `HH:MM:SS.ffffff` time of day.
fn valid_time_of_day(t: &[u8]) -> bool {
    let d = |i: usize| t[i].wrapping_sub(b'0');
    t.len() == 26
        && t[10] == b' '
        && t[13] == b':'
        && t[16] == b':'
        && t[19] == b'.'
        && [11, 12, 14, 15, 17, 18, 20, 21, 22, 23, 24, 25]
            .iter()
            .all(|&i| d(i) <= 9)
        && d(11) * 10 + d(12) <= 23
        && d(14) <= 5
        && d(17) <= 5
}

impl DayText {
    fn call(
        &mut self,
        ctx: &Args<'_>,
        pos: usize,
        f: &impl Fn(&Args<'_>) -> Result<Out>,
    ) -> Result<Out> {
        let t = match ctx.get_raw(pos) {
            ValueRef::Text(t) if valid_time_of_day(t) => Some(t),
            _ => None,
        };
        if let Some(t) = t {
            self.scratch.clear();
            for i in (0..ctx.arity()).filter(|&i| i != pos) {
                super::memo::push_arg(&mut self.scratch, ctx.get_raw(i));
            }
            let date = &t[..11];
            if let Some(e) = self.kept.items.iter().find(|e| {
                let (lo, hi) = (e.lo.as_bytes(), e.hi.as_bytes());
                (date == &lo[..11] || date == &hi[..11])
                    && lo <= t
                    && t < hi
                    && e.others == self.scratch
            }) {
                return Ok(e.out.clone());
            }
        }
        DAY_SPAN.set(None);
        let out = f(ctx)?;
        if t.is_some()
            && let Some((lo, hi)) = DAY_SPAN.take()
            && let (Ok(lo), Ok(hi)) = (
                canonical::timestamp_buf(Timestamp(lo)),
                canonical::timestamp_buf(Timestamp(hi)),
            )
            && lo.as_bytes().len() == 26
            && hi.as_bytes().len() == 26
        {
            let entry = DayTextEntry {
                others: self.scratch.clone(),
                lo,
                hi,
                out: out.clone(),
            };
            // The call site's entry moves on to the new day.
            self.kept.put(entry, |old, new| old.others == new.others);
        }
        Ok(out)
    }
}

/// A function result: a SQLite value, or canonical text on the stack (no
/// heap allocation per row; SQLite copies it).
#[derive(Clone)]
pub(crate) enum Out {
    Value(Value),
    Canonical(canonical::Buf),
    /// A sort key: a BLOB whose byte order is the value order.
    Key([u8; 16]),
    /// Interval output text on the stack.
    Interval(output::IntervalText),
    /// Other short text on the stack (`len` bytes of `bytes`).
    Short {
        bytes: [u8; 32],
        len: u8,
    },
}

impl rusqlite::ToSql for Out {
    fn to_sql(&self) -> Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(rusqlite::types::ToSqlOutput::Borrowed(match self {
            Out::Value(v) => v.into(),
            Out::Canonical(b) => ValueRef::Text(b.as_bytes()),
            Out::Key(k) => ValueRef::Blob(k),
            Out::Interval(t) => ValueRef::Text(t.as_bytes()),
            Out::Short { bytes, len } => ValueRef::Text(&bytes[..*len as usize]),
        }))
    }
}

/// Writing a result in canonical form.
pub(crate) trait Ret: Sized {
    fn into_value(self) -> TResult<Value>;

    fn into_out(self) -> TResult<Out> {
        self.into_value().map(Out::Value)
    }
}

impl Ret for Date {
    fn into_value(self) -> TResult<Value> {
        canonical::date(self).map(Value::Text)
    }

    fn into_out(self) -> TResult<Out> {
        canonical::date_buf(self).map(Out::Canonical)
    }
}
impl Ret for Time {
    fn into_value(self) -> TResult<Value> {
        Ok(Value::Text(canonical::time(self)))
    }

    fn into_out(self) -> TResult<Out> {
        Ok(Out::Canonical(canonical::time_buf(self)))
    }
}
impl Ret for Timetz {
    fn into_value(self) -> TResult<Value> {
        Ok(Value::Text(canonical::timetz(self)))
    }
}
impl Ret for Timestamp {
    fn into_value(self) -> TResult<Value> {
        canonical::timestamp(self).map(Value::Text)
    }

    fn into_out(self) -> TResult<Out> {
        canonical::timestamp_buf(self).map(Out::Canonical)
    }
}
impl Ret for Timestamptz {
    fn into_value(self) -> TResult<Value> {
        canonical::timestamptz(self).map(Value::Text)
    }

    fn into_out(self) -> TResult<Out> {
        canonical::timestamp_buf(Timestamp(self.0)).map(Out::Canonical)
    }
}
impl Ret for Interval {
    fn into_value(self) -> TResult<Value> {
        Ok(Value::Text(output::interval(self)))
    }

    fn into_out(self) -> TResult<Out> {
        Ok(Out::Interval(output::interval_text(self)))
    }
}
/// An interval's comparison key ([`Interval::cmp_key`]) as 16 big-endian
/// bytes with the sign bit flipped: SQLite compares BLOBs bytewise, so the
/// keys order as PostgreSQL orders intervals, and equal intervals
/// (`'1 day'`, `'24:00:00'`) share one key.
pub(crate) struct IntervalKey(pub Interval);

impl IntervalKey {
    fn bytes(&self) -> [u8; 16] {
        ((self.0.cmp_key() as u128) ^ (1u128 << 127)).to_be_bytes()
    }
}

impl Ret for IntervalKey {
    fn into_value(self) -> TResult<Value> {
        Ok(Value::Blob(self.bytes().to_vec()))
    }

    fn into_out(self) -> TResult<Out> {
        Ok(Out::Key(self.bytes()))
    }
}

impl Ret for i64 {
    fn into_value(self) -> TResult<Value> {
        Ok(Value::Integer(self))
    }
}
impl Ret for i32 {
    fn into_value(self) -> TResult<Value> {
        Ok(Value::Integer(self as i64))
    }
}
impl Ret for f64 {
    fn into_value(self) -> TResult<Value> {
        Ok(Value::Real(self))
    }
}
impl Ret for bool {
    fn into_value(self) -> TResult<Value> {
        Ok(Value::Integer(self as i64))
    }
}
impl Ret for String {
    fn into_value(self) -> TResult<Value> {
        Ok(Value::Text(self))
    }
}
impl<T: Ret> Ret for Option<T> {
    fn into_value(self) -> TResult<Value> {
        match self {
            Some(v) => v.into_value(),
            None => Ok(Value::Null),
        }
    }

    fn into_out(self) -> TResult<Out> {
        match self {
            Some(v) => v.into_out(),
            None => Ok(Out::Value(Value::Null)),
        }
    }
}

fn finish<R: Ret>(r: TResult<R>) -> Result<Value> {
    r.and_then(Ret::into_value).map_err(time_err)
}

fn finish_out<R: Ret>(r: TResult<R>) -> Result<Out> {
    r.and_then(Ret::into_out).map_err(time_err)
}

/// Registers a pure function and, when the translator may call it through
/// its memoizing twin (`super::memo`), the twin too.
fn pure_fn<F>(conn: &Connection, name: &str, n: i32, call: F) -> Result<()>
where
    F: Fn(&Args<'_>) -> Result<Out> + Send + Clone + 'static,
{
    if let Some(&(_, pos)) = DAY_LEVEL.iter().find(|(n, _)| *n == name) {
        let text = std::cell::RefCell::new(DayText::default());
        let inner = call;
        let by_text = move |ctx: &Args<'_>| match text.try_borrow_mut() {
            Ok(mut kept) => kept.call(ctx, pos, &inner),
            Err(_) => inner(ctx),
        };
        return registered(conn, name, n, by_text);
    }
    registered(conn, name, n, call)
}

/// Registers `call` as `name` and, when memoized, its twin.
fn registered<F>(conn: &Connection, name: &str, n: i32, call: F) -> Result<()>
where
    F: Fn(&Args<'_>) -> Result<Out> + Send + Clone + 'static,
{
    let plain = call.clone();
    super::ffi::scalar(conn, name, n, pure(), move |ctx: &Args<'_>| plain(ctx))?;
    if super::memo::MEMOIZED.contains(&name) {
        let memo = std::cell::RefCell::new(super::memo::Memo::default());
        let twin = super::memo::twin(name);
        super::ffi::scalar(conn, &twin, n, pure(), move |ctx: &Args<'_>| {
            match memo.try_borrow_mut() {
                Ok(mut m) => m.call(ctx, &call),
                // Not reentered in practice; compute without the memo.
                Err(_) => call(ctx),
            }
        })?;
    }
    Ok(())
}

/// Registers a strict one-argument pure function.
pub(crate) fn f1<A: Arg, R: Ret>(
    conn: &Connection,
    name: &str,
    f: impl Fn(A) -> TResult<R> + Send + Clone + 'static,
) -> Result<()> {
    let kept = std::cell::RefCell::new(A::Kept::default());
    pure_fn(conn, name, 1, move |ctx: &Args<'_>| {
        let mut fresh = Default::default();
        let mut held = kept.try_borrow_mut();
        let k = held.as_deref_mut().unwrap_or(&mut fresh);
        let Some(a) = A::get_kept(ctx, 0, k)? else {
            return Ok(Out::Value(Value::Null));
        };
        finish_out(f(a))
    })
}

/// Registers a strict two-argument pure function.
pub(crate) fn f2<A: Arg, B: Arg, R: Ret>(
    conn: &Connection,
    name: &str,
    f: impl Fn(A, B) -> TResult<R> + Send + Clone + 'static,
) -> Result<()> {
    let kept = std::cell::RefCell::new(<(A::Kept, B::Kept)>::default());
    pure_fn(conn, name, 2, move |ctx: &Args<'_>| {
        let mut fresh = Default::default();
        let mut held = kept.try_borrow_mut();
        let (ka, kb) = held.as_deref_mut().unwrap_or(&mut fresh);
        let (Some(a), Some(b)) = (A::get_kept(ctx, 0, ka)?, B::get_kept(ctx, 1, kb)?) else {
            return Ok(Out::Value(Value::Null));
        };
        finish_out(f(a, b))
    })
}

/// Registers a strict three-argument pure function.
pub(crate) fn f3<A: Arg, B: Arg, C: Arg, R: Ret>(
    conn: &Connection,
    name: &str,
    f: impl Fn(A, B, C) -> TResult<R> + Send + Clone + 'static,
) -> Result<()> {
    let kept = std::cell::RefCell::new(<(A::Kept, B::Kept, C::Kept)>::default());
    pure_fn(conn, name, 3, move |ctx: &Args<'_>| {
        let mut fresh = Default::default();
        let mut held = kept.try_borrow_mut();
        let (ka, kb, kc) = held.as_deref_mut().unwrap_or(&mut fresh);
        let (Some(a), Some(b), Some(c)) = (
            A::get_kept(ctx, 0, ka)?,
            B::get_kept(ctx, 1, kb)?,
            C::get_kept(ctx, 2, kc)?,
        ) else {
            return Ok(Out::Value(Value::Null));
        };
        finish_out(f(a, b, c))
    })
}

/// Registers the date/time functions.
pub fn register(conn: &Connection, session: &Session) -> Result<()> {
    register_io(conn, session)?;
    register_casts(conn)?;
    register_arith(conn)?;
    register_clock(conn, session)?;
    register_fields(conn)?;
    register_format(conn)?;
    use IntervalInput::{Interval as One, TimestamptzMi as Mi};
    for (name, avg, distinct, input) in [
        ("pg_interval_sum", false, false, One),
        ("pg_interval_avg", true, false, One),
        ("pg_interval_sum_distinct", false, true, One),
        ("pg_interval_avg_distinct", true, true, One),
        ("pg_interval_sum_mi", false, false, Mi),
        ("pg_interval_avg_mi", true, false, Mi),
    ] {
        let agg = IntervalSum {
            avg,
            distinct,
            input,
        };
        conn.create_aggregate_function(name, input.args(), pure(), agg)?;
    }
    for (name, max, input) in [
        ("pg_interval_min", false, One),
        ("pg_interval_max", true, One),
        ("pg_interval_min_mi", false, Mi),
        ("pg_interval_max_mi", true, Mi),
    ] {
        let agg = IntervalPick { max, input };
        conn.create_aggregate_function(name, input.args(), pure(), agg)?;
    }
    conn.create_aggregate_function("pg_interval_stats_mi", 2, pure(), IntervalStats)?;
    conn.create_scalar_function("pg_interval_stat", 2, pure(), |ctx| {
        let kind = super::text_arg(ctx, 0)?.unwrap_or_default();
        match ctx.get_raw(1) {
            ValueRef::Blob(b) => finish(Ok(interval_stat(&kind, b)?)),
            _ => Ok(Value::Null),
        }
    })?;
    super::ffi::collation(conn, "pg_interval", interval_order)?;
    Ok(())
}

/// The `pg_interval` collation: stored intervals in PostgreSQL's order
/// (`interval_cmp`: by total span, a month as 30 days), text that is not
/// an interval after them, by bytes.
pub(super) fn interval_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    // Equal text is an equal value: the common case in a sorter's ties.
    if a == b {
        return std::cmp::Ordering::Equal;
    }
    let p = |s: &[u8]| {
        canonical::parse_interval(s).or_else(|| input::interval(&String::from_utf8_lossy(s)).ok())
    };
    match (p(a), p(b)) {
        (Some(x), Some(y)) => x.pg_cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

/// The `pg_timetz` collation: stored timetz values in PostgreSQL's order
/// (by UTC time, then offset); text that is not a timetz after them.
pub(super) fn timetz_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    if a == b {
        return std::cmp::Ordering::Equal;
    }
    match (canonical::parse_timetz(a), canonical::parse_timetz(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

/// Text input (casts from text at run time, `'now'`), and output.
fn register_io(conn: &Connection, session: &Session) -> Result<()> {
    // Input reads the statement's `now` for 'now', 'today'...: not pure.
    fn input_fn<R: Ret>(
        conn: &Connection,
        name: &str,
        session: &Session,
        f: impl Fn(&str, &InputCx) -> TResult<R> + Send + Clone + 'static,
    ) -> Result<()> {
        // (text, zone) reads `01/02/03` month first; (text, zone, DateStyle)
        // in the style's field order.
        for n_arg in [2, 3] {
            let session = session.clone();
            let f = f.clone();
            let kept = std::cell::RefCell::new(Parsed::default());
            conn.create_scalar_function(name, n_arg, volatile(), move |ctx| {
                let Some(b) = text_ref(ctx, 0)? else {
                    return Ok(Value::Null);
                };
                let s = as_str(b)?;
                let mut fresh = Parsed::default();
                let mut held = kept.try_borrow_mut();
                let k = held.as_deref_mut().unwrap_or(&mut fresh);
                let Some(SessionZone(zone)) = SessionZone::get_kept(ctx, 1, k)? else {
                    return Ok(Value::Null);
                };
                let order = if n_arg == 3 {
                    match DateStyle::get_kept(ctx, 2, &mut ())? {
                        Some(d) => d.order,
                        None => return Ok(Value::Null),
                    }
                } else {
                    DateOrder::Mdy
                };
                let now = Timestamptz(session.transaction_micros());
                finish(f(
                    s,
                    &InputCx {
                        zone: &zone,
                        now,
                        order,
                    },
                ))
            })?;
        }
        Ok(())
    }
    input_fn(conn, "pg_date_in", session, input::date)?;
    input_fn(conn, "pg_time_in", session, input::time)?;
    input_fn(conn, "pg_timetz_in", session, input::timetz)?;
    input_fn(conn, "pg_timestamp_in", session, input::timestamp)?;
    input_fn(conn, "pg_timestamptz_in", session, input::timestamptz)?;
    conn.create_scalar_function("pg_interval_in", 1, pure(), |ctx| {
        let Some(b) = text_ref(ctx, 0)? else {
            return Ok(Value::Null);
        };
        finish(input::interval(as_str(b)?))
    })?;
    // (text, IntervalStyle, fields): an interval type with a field
    // restriction (`interval day to hour`), its INTERVAL_MASK bits.
    conn.create_scalar_function("pg_interval_in", 3, pure(), |ctx| {
        let Some(b) = text_ref(ctx, 0)? else {
            return Ok(Value::Null);
        };
        let (Some(style), Some(mask)) = (
            IntervalStyle::get_kept(ctx, 1, &mut ())?,
            i64::get_kept(ctx, 2, &mut ())?,
        ) else {
            return Ok(Value::Null);
        };
        let range = crate::time::IntervalRange(mask as u8);
        finish(input::interval_in(as_str(b)?, style, range))
    })?;
    f2(conn, "pg_interval_restrict", |v: Interval, mask: i64| {
        Ok(arith::interval_restrict(
            v,
            crate::time::IntervalRange(mask as u8),
        ))
    })?;
    conn.create_scalar_function("pg_interval_in", 2, pure(), |ctx| {
        let Some(b) = text_ref(ctx, 0)? else {
            return Ok(Value::Null);
        };
        let Some(style) = IntervalStyle::get_kept(ctx, 1, &mut ())? else {
            return Ok(Value::Null);
        };
        finish(input::interval_styled(as_str(b)?, style))
    })?;
    // Output in a DateStyle / IntervalStyle other than the defaults.
    f2(conn, "pg_date_out", |d: Date, s: DateStyle| {
        Ok(output::date_styled(d, s))
    })?;
    f2(conn, "pg_timestamp_out", |t: Timestamp, s: DateStyle| {
        Ok(output::timestamp_styled(t, s))
    })?;
    f3(
        conn,
        "pg_timestamptz_out",
        |t: Timestamptz, z: NamedSessionZone, s: DateStyle| {
            let (zone, setting) = &*z.0;
            let fixed = crate::time::zone::posix_name(setting);
            Ok(output::timestamptz_styled(t, zone, fixed, s))
        },
    )?;
    f2(conn, "pg_interval_out", |v: Interval, s: IntervalStyle| {
        Ok(output::interval_styled(v, s))
    })?;
    f1(conn, "pg_timetz_out", |t: Timetz| Ok(output::timetz(t)))?;
    f1(conn, "pg_date_out", |d: Date| Ok(output::date(d)))?;
    f1(conn, "pg_time_out", |t: Time| Ok(output::time(t)))?;
    f1(conn, "pg_timestamp_out", |t: Timestamp| {
        Ok(output::timestamp(t))
    })?;
    f2(
        conn,
        "pg_timestamptz_out",
        |t: Timestamptz, z: SessionZone| Ok(output::timestamptz(t, &z.0)),
    )?;
    f1(conn, "pg_interval_out", |v: Interval| {
        Ok(output::interval(v))
    })?;
    conn.create_scalar_function("pg_overlaps", 4, pure(), |ctx| {
        let v: Vec<Option<Vec<u8>>> = (0..4)
            .map(|i| text_ref(ctx, i).map(|o| o.map(<[u8]>::to_vec)))
            .collect::<Result<_>>()?;
        Ok(overlaps(&v[0], &v[1], &v[2], &v[3]))
    })?;
    conn.create_scalar_function("pg_isfinite", 1, pure(), |ctx| {
        Ok(text_ref(ctx, 0)?.map(|b| b != b"infinity" && b != b"-infinity"))
    })?;
    Ok(())
}

/// The key below every finite timestamp(tz) and above `-infinity`: the
/// canonical forms of years BC start with `/` and four digits.
const BELOW_FIRST_TIMESTAMP: &str = "/";

/// The comparison key of a date compared with a timestamp (PostgreSQL 15's
/// date_cmp_timestamp): the timestamp's canonical text, and for a date
/// past the timestamp range the text that timestamp would have, which
/// ranks above every finite timestamp and below `infinity`.
fn date_timestamp_key(d: Date) -> TResult<String> {
    match d.try_to_timestamp() {
        Ok(t) => canonical::timestamp(t),
        Err(_) => Ok(format!("{} 00:00:00.000000", canonical::date(d)?)),
    }
}

/// The same for a timestamp (or date) compared with a timestamptz
/// (timestamp_cmp_timestamptz, date_cmp_timestamptz): `t` is the value as
/// a timestamp, `past` its key when it lies past the timestamp range, and
/// an instant before the first one ranks below every finite timestamptz.
fn timestamptz_key(
    t: TResult<Timestamp>,
    past: impl Fn() -> TResult<String>,
    zone: &Zone,
) -> TResult<String> {
    let Ok(t) = t else {
        return past();
    };
    match arith::timestamp_to_timestamptz(t, zone) {
        // Only an instant before the first one fails here.
        Err(_) => Ok(BELOW_FIRST_TIMESTAMP.to_string()),
        Ok(tz) => canonical::timestamptz(tz).or_else(|_| past()),
    }
}

/// Conversions between the date/time types.
fn register_casts(conn: &Connection) -> Result<()> {
    f1(conn, "pg_date_timestamp_key", date_timestamp_key)?;
    f2(
        conn,
        "pg_date_timestamptz_key",
        |d: Date, z: SessionZone| {
            timestamptz_key(d.try_to_timestamp(), || date_timestamp_key(d), &z.0)
        },
    )?;
    f2(
        conn,
        "pg_timestamp_timestamptz_key",
        |t: Timestamp, z: SessionZone| timestamptz_key(Ok(t), || canonical::timestamp(t), &z.0),
    )?;
    f1(conn, "pg_date_to_timestamp", |d: Date| d.try_to_timestamp())?;
    f2(conn, "pg_date_to_timestamptz", |d: Date, z: SessionZone| {
        // An offset east of Greenwich can take the first day before the
        // first instant.
        arith::timestamp_to_timestamptz(d.try_to_timestamp()?, &z.0)
            .map_err(|_| TimeError::new("date out of range for timestamp"))
    })?;
    f2(
        conn,
        "pg_timestamp_to_timestamptz",
        |t: Timestamp, z: SessionZone| arith::timestamp_to_timestamptz(t, &z.0),
    )?;
    f2(
        conn,
        "pg_timestamptz_to_timestamp",
        |t: Timestamptz, z: SessionZone| Ok(arith::timestamptz_to_timestamp(t, &z.0)),
    )?;
    f1(conn, "pg_timestamp_to_date", |t: Timestamp| {
        Ok(arith::timestamp_to_date(t))
    })?;
    f2(conn, "pg_timestamptz_to_date", {
        let kept = DayCache::default();
        move |t: Timestamptz, z: SessionZone| {
            kept.get(
                z.0,
                t,
                &z.0,
                || true,
                || {
                    Ok(arith::timestamp_to_date(arith::timestamptz_to_timestamp(
                        t, &z.0,
                    )))
                },
            )
        }
    })?;
    f1(conn, "pg_timestamp_to_time", |t: Timestamp| {
        Ok(arith::timestamp_to_time(t))
    })?;
    f2(
        conn,
        "pg_timestamptz_to_time",
        |t: Timestamptz, z: SessionZone| {
            Ok(arith::timestamp_to_time(arith::timestamptz_to_timestamp(
                t, &z.0,
            )))
        },
    )?;
    f2(
        conn,
        "pg_timestamptz_to_timetz",
        |t: Timestamptz, z: SessionZone| arith::timestamptz_to_timetz(t, &z.0),
    )?;
    f1(conn, "pg_timetz_to_time", |t: Timetz| Ok(Time(t.time)))?;
    f1(conn, "pg_timetz_key", |t: Timetz| Ok(t.key()))?;
    f2(conn, "pg_timetz_pl_interval", |t: Timetz, v: Interval| {
        Ok(arith::timetz_pl_interval(t, v, 1))
    })?;
    f2(conn, "pg_timetz_mi_interval", |t: Timetz, v: Interval| {
        Ok(arith::timetz_pl_interval(t, v, -1))
    })?;
    f2(conn, "pg_date_pl_timetz", |d: Date, t: Timetz| {
        arith::date_pl_timetz(d, t)
    })?;
    f2(conn, "pg_timetz_round", |t: Timetz, p: i64| {
        arith::timetz_round(t, p)
    })?;
    // AT TIME ZONE INTERVAL '…' (timetz_izone): a fixed offset.
    f2(conn, "pg_timetz_at_interval", |t: Timetz, v: Interval| {
        if v.months != 0 || v.days != 0 {
            return Err(TimeError::new(format!(
                "interval time zone \"{}\" must not include months or days",
                output::interval(v)
            )));
        }
        let offset = i32::try_from(v.micros / USECS_PER_SEC)
            .map_err(|_| TimeError::new("interval time zone out of range"))?;
        Ok(arith::timetz_at_offset(t, offset))
    })?;
    super::ffi::collation(conn, "pg_timetz", timetz_order)?;
    // A timestamp's or timestamptz's microseconds, for RANGE frames.
    f1(conn, "pg_epoch_us", |t: Timestamp| Ok(t.0))?;
    f1(conn, "pg_interval_to_time", |v: Interval| {
        Ok(arith::interval_to_time(v))
    })?;
    f1(conn, "pg_time_to_interval", |t: Time| {
        Ok(arith::time_to_interval(t))
    })?;
    // AT TIME ZONE INTERVAL '…': a fixed offset east of Greenwich.
    fn interval_zone(v: Interval) -> TResult<Zone> {
        if v.months != 0 || v.days != 0 {
            return Err(TimeError(format!(
                "interval time zone \"{}\" must not include months or days",
                output::interval(v)
            )));
        }
        Ok(Zone::Fixed((v.micros / crate::time::USECS_PER_SEC) as i32))
    }
    f2(
        conn,
        "pg_timestamptz_at_offset",
        |t: Timestamptz, v: Interval| Ok(arith::timestamptz_to_timestamp(t, &interval_zone(v)?)),
    )?;
    f2(
        conn,
        "pg_timestamp_at_offset",
        |t: Timestamp, v: Interval| arith::timestamp_to_timestamptz(t, &interval_zone(v)?),
    )?;
    // AT TIME ZONE / timezone(zone, value), with a user-given zone.
    f2(
        conn,
        "pg_timestamptz_at_zone",
        |t: Timestamptz, z: UserZone| Ok(arith::timestamptz_to_timestamp(t, &z.0)),
    )?;
    f2(conn, "pg_timestamp_at_zone", |t: Timestamp, z: UserZone| {
        arith::timestamp_to_timestamptz(t, &z.0)
    })?;
    Ok(())
}

/// The operators.
fn register_arith(conn: &Connection) -> Result<()> {
    f2(conn, "pg_date_pli", |d: Date, n: i64| arith::date_pli(d, n))?;
    f2(conn, "pg_date_mii", |d: Date, n: i64| {
        arith::date_pli(d, n.checked_neg().ok_or_else(TimeError::date_range)?)
    })?;
    f2(conn, "pg_date_mi", |a: Date, b: Date| arith::date_mi(a, b))?;
    f2(conn, "pg_date_pl_time", |d: Date, t: Time| {
        arith::date_pl_time(d, t)
    })?;
    f2(
        conn,
        "pg_timestamp_pl_interval",
        |t: Timestamp, v: Interval| arith::timestamp_pl_interval(t, v),
    )?;
    f2(
        conn,
        "pg_timestamp_mi_interval",
        |t: Timestamp, v: Interval| arith::timestamp_mi_interval(t, v),
    )?;
    f3(
        conn,
        "pg_timestamptz_pl_interval",
        |t: Timestamptz, v: Interval, z: SessionZone| arith::timestamptz_pl_interval(t, v, &z.0),
    )?;
    f3(
        conn,
        "pg_timestamptz_mi_interval",
        |t: Timestamptz, v: Interval, z: SessionZone| arith::timestamptz_mi_interval(t, v, &z.0),
    )?;
    f2(conn, "pg_timestamp_mi", |a: Timestamp, b: Timestamp| {
        arith::timestamp_mi(a, b)
    })?;
    f2(
        conn,
        "pg_timestamptz_mi",
        |a: Timestamptz, b: Timestamptz| arith::timestamptz_mi(a, b),
    )?;
    f2(conn, "pg_interval_pl", |a: Interval, b: Interval| {
        arith::interval_pl(a, b)
    })?;
    f2(conn, "pg_interval_mi", |a: Interval, b: Interval| {
        arith::interval_mi(a, b)
    })?;
    f1(conn, "pg_interval_um", arith::interval_um)?;
    f2(conn, "pg_interval_mul", |a: Interval, f: f64| {
        arith::interval_mul(a, f)
    })?;
    f2(conn, "pg_interval_div", |a: Interval, f: f64| {
        arith::interval_div(a, f)
    })?;
    f2(conn, "pg_timestamp_round", |t: Timestamp, p: i64| {
        arith::timestamp_round(t, p)
    })?;
    f2(conn, "pg_timestamptz_round", |t: Timestamptz, p: i64| {
        arith::timestamp_round(Timestamp(t.0), p).map(|v| Timestamptz(v.0))
    })?;
    f2(conn, "pg_time_round", |t: Time, p: i64| {
        arith::time_round(t, p)
    })?;
    f2(conn, "pg_interval_round", |v: Interval, p: i64| {
        arith::interval_round(v, p)
    })?;
    f2(conn, "pg_interval_cmp", |a: Interval, b: Interval| {
        Ok(arith::interval_cmp(a, b) as i64)
    })?;
    f1(conn, "pg_interval_key", |v: Interval| Ok(IntervalKey(v)))?;
    f2(conn, "pg_time_pl_interval", |t: Time, v: Interval| {
        Ok(arith::time_pl_interval(t, v))
    })?;
    f2(conn, "pg_time_mi_interval", |t: Time, v: Interval| {
        Ok(arith::time_mi_interval(t, v))
    })?;
    f2(conn, "pg_time_mi_time", |a: Time, b: Time| {
        Ok(arith::time_mi_time(a, b))
    })?;
    Ok(())
}

/// `now()` and its family: the only functions that read the clock.
fn register_clock(conn: &Connection, session: &Session) -> Result<()> {
    let clock_flags = FunctionFlags::SQLITE_UTF8;
    let s = session.clone();
    conn.create_scalar_function("pg_now", 0, clock_flags, move |_| {
        finish(Ok(Timestamptz(s.transaction_micros())))
    })?;
    let s = session.clone();
    conn.create_scalar_function(
        "pg_session_zone",
        0,
        clock_flags,
        move |_| Ok(s.time_zone()),
    )?;
    // time → timetz and timetz AT TIME ZONE 'name' take the offset in
    // force today / now (the transaction's), as time_timetz and
    // timetz_zone do.
    let s = session.clone();
    // The zone argument is parsed once per call site and kept.
    let kept = std::cell::RefCell::new(Parsed::default());
    conn.create_scalar_function("pg_time_to_timetz", 2, clock_flags, move |ctx| {
        let mut fresh = Parsed::default();
        let mut held = kept.try_borrow_mut();
        let k = held.as_deref_mut().unwrap_or(&mut fresh);
        let (Some(t), Some(SessionZone(z))) = (
            Time::get_kept(ctx, 0, &mut ())?,
            SessionZone::get_kept(ctx, 1, k)?,
        ) else {
            return Ok(Value::Null);
        };
        let today = Timestamptz(s.transaction_micros()).to_local(&z).0.split().0;
        finish(Ok(arith::time_to_timetz(t, today, &z)))
    })?;
    let s = session.clone();
    let kept = std::cell::RefCell::new(Parsed::default());
    conn.create_scalar_function("pg_timetz_at_zone", 2, clock_flags, move |ctx| {
        let mut fresh = Parsed::default();
        let mut held = kept.try_borrow_mut();
        let k = held.as_deref_mut().unwrap_or(&mut fresh);
        let (Some(t), Some(UserZone(z))) = (
            Timetz::get_kept(ctx, 0, &mut ())?,
            UserZone::get_kept(ctx, 1, k)?,
        ) else {
            return Ok(Value::Null);
        };
        let now = s.transaction_micros().div_euclid(USECS_PER_SEC);
        finish(Ok(arith::timetz_at_offset(t, z.offset_at_utc(now))))
    })?;
    let s = session.clone();
    conn.create_scalar_function("pg_statement_timestamp", 0, clock_flags, move |_| {
        finish(Ok(Timestamptz(s.statement_micros())))
    })?;
    conn.create_scalar_function("pg_clock_timestamp", 0, clock_flags, |_| {
        finish(Ok(Timestamptz(crate::session::clock_micros())))
    })?;
    // pg_sleep(seconds): void, shown as an empty string; NULL for NULL.
    conn.create_scalar_function("pg_sleep", 1, clock_flags, |ctx| {
        let Some(secs) = ctx.get::<Option<f64>>(0)? else {
            return Ok(None);
        };
        if secs > 0.0 {
            std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
        }
        Ok(Some(String::new()))
    })?;
    Ok(())
}

/// `sum(interval)` and `avg(interval)`: field-wise sums (PostgreSQL's
/// interval_pl), the average divided by the count (interval_div). With
/// `distinct`, a value equal to one already summed (`'1 day'` after
/// `'24:00:00'`) is skipped, as `sum(DISTINCT …)` does.
struct IntervalSum {
    avg: bool,
    distinct: bool,
    input: IntervalInput,
}

type SumAcc = (Interval, i64, std::collections::HashSet<i128>);

impl rusqlite::functions::Aggregate<SumAcc, Value> for IntervalSum {
    fn init(&self, _: &mut Context<'_>) -> Result<SumAcc> {
        Ok((Interval::default(), 0, Default::default()))
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut SumAcc) -> Result<()> {
        if let Some(v) = self.input.read(ctx)? {
            if self.distinct && !acc.2.insert(v.cmp_key()) {
                return Ok(());
            }
            acc.0 = arith::interval_pl(acc.0, v).map_err(time_err)?;
            acc.1 += 1;
        }
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, acc: Option<SumAcc>) -> Result<Value> {
        match acc {
            Some((sum, n, _)) if n > 0 => {
                if self.avg {
                    finish(arith::interval_div(sum, n as f64))
                } else {
                    finish(Ok(sum))
                }
            }
            _ => Ok(Value::Null),
        }
    }
}

/// `min(interval)` / `max(interval)` (interval_smaller / interval_larger):
/// among values that compare equal, the one read last wins, as in
/// PostgreSQL.
struct IntervalPick {
    max: bool,
    input: IntervalInput,
}

/// `interval_smaller` / `interval_larger` into `acc`: among values that
/// compare equal, the one read last wins.
fn pick_interval(acc: &mut Option<Interval>, v: Interval, max: bool) {
    let keep_old = acc.is_some_and(|old| {
        let ord = old.pg_cmp(v);
        if max { ord.is_gt() } else { ord.is_lt() }
    });
    if !keep_old {
        *acc = Some(v);
    }
}

/// Where an interval aggregate reads its value: one interval argument, or
/// the difference of two timestamptz arguments (`avg(b - a)` with the
/// subtraction fused into the aggregate by the translator, so that the
/// difference is never written as text and read back).
#[derive(Clone, Copy)]
enum IntervalInput {
    Interval,
    TimestamptzMi,
}

impl IntervalInput {
    fn args(self) -> i32 {
        match self {
            IntervalInput::Interval => 1,
            IntervalInput::TimestamptzMi => 2,
        }
    }

    fn read(self, ctx: &impl Values) -> Result<Option<Interval>> {
        match self {
            IntervalInput::Interval => Interval::get(ctx, 0),
            IntervalInput::TimestamptzMi => timestamptz_difference(ctx),
        }
    }
}

/// `b - a` of the first two arguments, two timestamptz values
/// (`timestamptz_mi`), for the aggregates the translator fuses with the
/// subtraction; NULL if either is NULL.
pub(crate) fn timestamptz_difference(ctx: &impl Values) -> Result<Option<Interval>> {
    let (Some(b), Some(a)) = (Timestamptz::get(ctx, 0)?, Timestamptz::get(ctx, 1)?) else {
        return Ok(None);
    };
    arith::timestamptz_mi(b, a).map(Some).map_err(time_err)
}

impl rusqlite::functions::Aggregate<Option<Interval>, Value> for IntervalPick {
    fn init(&self, _: &mut Context<'_>) -> Result<Option<Interval>> {
        Ok(None)
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut Option<Interval>) -> Result<()> {
        if let Some(v) = self.input.read(ctx)? {
            pick_interval(acc, v, self.max);
        }
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, acc: Option<Option<Interval>>) -> Result<Value> {
        finish(Ok(acc.flatten()))
    }
}

/// `pg_interval_stats_mi(b, a)`: the count, sum, least and greatest of
/// `b - a` in one pass, for a statement that asks several of avg, sum, min
/// and max of the same difference (the translator then writes each as
/// `pg_interval_stat(kind, pg_interval_stats_mi(b, a))`, and SQLite
/// computes the identical aggregate calls once). Each kind answers as its
/// own aggregate would: the sum's overflow error is raised only by the
/// kinds that read the sum.
struct IntervalStats;

#[derive(Default)]
struct Stats {
    n: i64,
    sum: Interval,
    overflow: Option<String>,
    min: Option<Interval>,
    max: Option<Interval>,
}

/// A presence byte, then [`Interval::to_le_bytes`].
fn push_interval(out: &mut Vec<u8>, v: Option<Interval>) {
    out.push(v.is_some() as u8);
    out.extend_from_slice(&v.unwrap_or_default().to_le_bytes());
}

fn read_interval(b: &[u8]) -> Option<Interval> {
    let (&present, rest) = b.split_first()?;
    let v = Interval::from_le_bytes(rest.try_into().ok()?);
    (present == 1).then_some(v)
}

impl Stats {
    /// The state as a BLOB: n, the sum, min and max (each with a presence
    /// byte), then the overflow message if any.
    fn to_blob(&self) -> Vec<u8> {
        let mut out = self.n.to_le_bytes().to_vec();
        push_interval(&mut out, Some(self.sum));
        push_interval(&mut out, self.min);
        push_interval(&mut out, self.max);
        if let Some(m) = &self.overflow {
            out.extend_from_slice(m.as_bytes());
        }
        out
    }

    fn from_blob(b: &[u8]) -> Option<Stats> {
        const AT: [usize; 4] = [8, 25, 42, 59];
        if b.len() < AT[3] {
            return None;
        }
        Some(Stats {
            n: i64::from_le_bytes(b[..8].try_into().ok()?),
            sum: read_interval(&b[AT[0]..AT[1]])?,
            min: read_interval(&b[AT[1]..AT[2]]),
            max: read_interval(&b[AT[2]..AT[3]]),
            overflow: (b.len() > AT[3]).then(|| String::from_utf8_lossy(&b[AT[3]..]).into_owned()),
        })
    }
}

impl rusqlite::functions::Aggregate<Stats, Value> for IntervalStats {
    fn init(&self, _: &mut Context<'_>) -> Result<Stats> {
        Ok(Stats::default())
    }

    fn step(&self, ctx: &mut Context<'_>, st: &mut Stats) -> Result<()> {
        let Some(v) = IntervalInput::TimestamptzMi.read(ctx)? else {
            return Ok(());
        };
        if st.overflow.is_none() {
            match arith::interval_pl(st.sum, v) {
                Ok(sum) => st.sum = sum,
                Err(e) => st.overflow = Some(e.0),
            }
        }
        st.n += 1;
        pick_interval(&mut st.min, v, false);
        pick_interval(&mut st.max, v, true);
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, st: Option<Stats>) -> Result<Value> {
        Ok(match st {
            Some(st) if st.n > 0 => Value::Blob(st.to_blob()),
            _ => Value::Null,
        })
    }
}

/// `pg_interval_stat(kind, stats)`: avg, sum, min or max from
/// [`IntervalStats`]' state.
fn interval_stat(kind: &str, stats: &[u8]) -> Result<Option<Interval>> {
    let st = Stats::from_blob(stats).ok_or_else(|| {
        pg_err("pgshim: pg_interval_stat of a value that is not interval statistics")
    })?;
    let sum = || match &st.overflow {
        Some(m) => Err(pg_err(m.clone())),
        None => Ok(st.sum),
    };
    match kind {
        "sum" => sum().map(Some),
        "avg" => arith::interval_div(sum()?, st.n as f64)
            .map(Some)
            .map_err(time_err),
        "min" => Ok(st.min),
        "max" => Ok(st.max),
        _ => Err(pg_err(format!("pgshim: no interval statistic \"{kind}\""))),
    }
}

/// PostgreSQL's OVERLAPS over values of one date/time type in canonical
/// text (whose byte order is the value order), with its NULL rules: a
/// period with one NULL end is the point at the other; the answer is NULL
/// where the NULL end could decide it.
fn overlaps(
    s1: &Option<Vec<u8>>,
    e1: &Option<Vec<u8>>,
    s2: &Option<Vec<u8>>,
    e2: &Option<Vec<u8>>,
) -> Option<bool> {
    fn norm<'a>(
        s: &'a Option<Vec<u8>>,
        e: &'a Option<Vec<u8>>,
    ) -> Option<(&'a [u8], Option<&'a [u8]>)> {
        match (s.as_deref(), e.as_deref()) {
            (None, None) => None,
            (None, Some(x)) | (Some(x), None) => Some((x, None)),
            (Some(a), Some(b)) if a > b => Some((b, Some(a))),
            (Some(a), Some(b)) => Some((a, Some(b))),
        }
    }
    let (ts1, te1) = norm(s1, e1)?;
    let (ts2, te2) = norm(s2, e2)?;
    match ts1.cmp(ts2) {
        std::cmp::Ordering::Greater => {
            if ts1 < te2? {
                return Some(true);
            }
            te1?;
            Some(false)
        }
        std::cmp::Ordering::Less => {
            if ts2 < te1? {
                return Some(true);
            }
            te2?;
            Some(false)
        }
        std::cmp::Ordering::Equal => {
            te1?;
            te2?;
            Some(true)
        }
    }
}

impl Arg for Arc<Unit> {
    type Kept = Parsed<Arc<Unit>>;

    fn get_kept(
        ctx: &impl Values,
        i: usize,
        kept: &mut Parsed<Arc<Unit>>,
    ) -> Result<Option<Arc<Unit>>> {
        parsed(ctx, i, kept, |s| Ok(Arc::new(Unit::parse(s))))
    }
}

impl Arg for Arc<Template> {
    type Kept = Parsed<Arc<Template>>;

    fn get_kept(
        ctx: &impl Values,
        i: usize,
        kept: &mut Parsed<Arc<Template>>,
    ) -> Result<Option<Arc<Template>>> {
        parsed(ctx, i, kept, |s| Ok(Arc::new(Template::parse(s))))
    }
}

impl Arg for String {
    type Kept = ();

    fn get_kept(ctx: &impl Values, i: usize, _: &mut ()) -> Result<Option<String>> {
        super::text_arg(ctx, i)
    }
}

fn i32_arg(v: i64, what: &str) -> TResult<i32> {
    i32::try_from(v).map_err(|_| TimeError(format!("pgshim: {what} out of integer range")))
}

impl Ret for Numeric {
    fn into_value(self) -> TResult<Value> {
        Ok(match self {
            Numeric::Int(i) => Value::Integer(i),
            // ±Infinity as doubles, so that they order and compare as
            // numbers; they print as PostgreSQL's numeric does.
            Numeric::Decimal(s) if s == "Infinity" => Value::Real(f64::INFINITY),
            Numeric::Decimal(s) if s == "-Infinity" => Value::Real(f64::NEG_INFINITY),
            Numeric::Decimal(s) => Value::Text(s),
        })
    }
}

/// Registers a function of (unit, timestamptz, session zone) whose result,
/// for the units `by_date` accepts, depends only on the local date: kept
/// per local day ([`DayCache`]).
fn unit_by_day<R: Ret + Clone + Send + 'static>(
    conn: &Connection,
    name: &str,
    by_date: fn(&Unit) -> bool,
    f: fn(&Unit, Timestamptz, &Zone) -> TResult<R>,
) -> Result<()> {
    let kept = DayCache::default();
    f3(
        conn,
        name,
        move |u: Arc<Unit>, t: Timestamptz, z: SessionZone| {
            kept.get(
                (Same(u.clone()), z.0),
                t,
                &z.0,
                || by_date(&u),
                || f(&u, t, &z.0),
            )
        },
    )
}

/// date_trunc, extract, date_part, date_bin, make_*, age, justify_*.
fn register_fields(conn: &Connection) -> Result<()> {
    f2(conn, "pg_timestamp_trunc", |u: Arc<Unit>, t: Timestamp| {
        fields::trunc_timestamp(&u, t)
    })?;
    unit_by_day(
        conn,
        "pg_timestamptz_trunc",
        Unit::truncates_to_a_date,
        fields::trunc_timestamptz,
    )?;
    f3(
        conn,
        "pg_timestamptz_trunc_zone",
        |u: Arc<Unit>, t: Timestamptz, z: UserZone| fields::trunc_timestamptz(&u, t, &z.0),
    )?;
    f2(conn, "pg_interval_trunc", |u: Arc<Unit>, v: Interval| {
        fields::trunc_interval(&u, v)
    })?;
    f2(
        conn,
        "pg_extract_timestamp",
        |u: Arc<Unit>, t: Timestamp| fields::extract_timestamp(&u, t),
    )?;
    unit_by_day(
        conn,
        "pg_extract_timestamptz",
        Unit::extracts_a_date_field,
        fields::extract_timestamptz,
    )?;
    f2(conn, "pg_extract_date", |u: Arc<Unit>, d: Date| {
        fields::extract_date(&u, d)
    })?;
    f2(conn, "pg_extract_time", |u: Arc<Unit>, t: Time| {
        fields::extract_time(&u, t)
    })?;
    f2(conn, "pg_extract_timetz", |u: Arc<Unit>, t: Timetz| {
        fields::extract_timetz(&u, t)
    })?;
    f2(conn, "pg_date_part_timetz", |u: Arc<Unit>, t: Timetz| {
        fields::date_part_timetz(&u, t)
    })?;
    f2(conn, "pg_extract_interval", |u: Arc<Unit>, v: Interval| {
        fields::extract_interval(&u, v)
    })?;
    f2(
        conn,
        "pg_date_part_timestamp",
        |u: Arc<Unit>, t: Timestamp| fields::date_part_timestamp(&u, t),
    )?;
    f3(
        conn,
        "pg_date_part_timestamptz",
        |u: Arc<Unit>, t: Timestamptz, z: SessionZone| fields::date_part_timestamptz(&u, t, &z.0),
    )?;
    f2(conn, "pg_date_part_date", |u: Arc<Unit>, d: Date| {
        fields::date_part_date(&u, d)
    })?;
    f2(conn, "pg_date_part_time", |u: Arc<Unit>, t: Time| {
        fields::date_part_time(&u, t)
    })?;
    f2(
        conn,
        "pg_date_part_interval",
        |u: Arc<Unit>, v: Interval| fields::date_part_interval(&u, v),
    )?;
    f3(
        conn,
        "pg_timestamp_bin",
        |s: Interval, t: Timestamp, o: Timestamp| fields::bin_timestamp(s, t, o),
    )?;
    f3(
        conn,
        "pg_timestamptz_bin",
        |s: Interval, t: Timestamptz, o: Timestamptz| fields::bin_timestamptz(s, t, o),
    )?;
    f3(conn, "pg_make_date", |y: i64, m: i64, d: i64| {
        fields::make_date(
            i32_arg(y, "year")?,
            i32_arg(m, "month")?,
            i32_arg(d, "day")?,
        )
    })?;
    f3(conn, "pg_make_time", |h: i64, m: i64, s: f64| {
        fields::make_time(i32_arg(h, "hour")?, i32_arg(m, "minute")?, s)
    })?;
    make_n(conn, "pg_make_timestamp", 6, |a, _| {
        fields::make_timestamp(a.0, a.1, a.2, a.3, a.4, a.5)
    })?;
    make_n(conn, "pg_make_timestamptz", 7, |a, z| {
        let zone = Zone::from_setting(&z).map_err(|e| TimeError(e.0))?.0;
        fields::make_timestamptz(a.0, a.1, a.2, a.3, a.4, a.5, &zone)
    })?;
    make_n(conn, "pg_make_timestamptz_zone", 7, |a, z| {
        let zone = fields::make_timestamptz_zone(&z)?;
        fields::make_timestamptz(a.0, a.1, a.2, a.3, a.4, a.5, &zone)
    })?;
    conn.create_scalar_function("pg_make_interval", 7, pure(), |ctx| {
        let mut ints = [0i32; 6];
        for (i, slot) in ints.iter_mut().enumerate() {
            let Some(v) = i64::get(ctx, i)? else {
                return Ok(Value::Null);
            };
            *slot = i32_arg(v, "make_interval argument").map_err(time_err)?;
        }
        let Some(secs) = f64::get(ctx, 6)? else {
            return Ok(Value::Null);
        };
        finish(fields::make_interval(
            ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], secs,
        ))
    })?;
    f2(conn, "pg_age_timestamp", |a: Timestamp, b: Timestamp| {
        fields::age_timestamp(a, b)
    })?;
    f3(
        conn,
        "pg_age_timestamptz",
        |a: Timestamptz, b: Timestamptz, z: SessionZone| fields::age_timestamptz(a, b, &z.0),
    )?;
    f2(
        conn,
        "pg_age_timestamp_today",
        |today: Date, t: Timestamp| fields::age_timestamp_today(today, t),
    )?;
    f3(
        conn,
        "pg_age_timestamptz_today",
        |today: Date, t: Timestamptz, z: SessionZone| fields::age_timestamptz_today(today, t, &z.0),
    )?;
    f1(conn, "pg_justify_days", fields::justify_days)?;
    f1(conn, "pg_justify_hours", fields::justify_hours)?;
    f1(conn, "pg_justify_interval", fields::justify_interval)?;
    Ok(())
}

type MakeArgs = (i32, i32, i32, i32, i32, f64);

/// make_timestamp(tz): five integers and a double, then (for the tz forms)
/// a zone name.
fn make_n<R: Ret>(
    conn: &Connection,
    name: &str,
    n: usize,
    f: impl Fn(MakeArgs, String) -> TResult<R> + Send + 'static,
) -> Result<()> {
    conn.create_scalar_function(name, n as i32, pure(), move |ctx| {
        let mut ints = [0i32; 5];
        for (i, slot) in ints.iter_mut().enumerate() {
            let Some(v) = i64::get(ctx, i)? else {
                return Ok(Value::Null);
            };
            *slot = i32_arg(v, "date/time field").map_err(time_err)?;
        }
        let Some(sec) = f64::get(ctx, 5)? else {
            return Ok(Value::Null);
        };
        let zone = if n > 6 {
            match String::get(ctx, 6)? {
                Some(z) => z,
                None => return Ok(Value::Null),
            }
        } else {
            String::new()
        };
        finish(f((ints[0], ints[1], ints[2], ints[3], ints[4], sec), zone))
    })
}

/// to_char, to_date, to_timestamp.
fn register_format(conn: &Connection) -> Result<()> {
    f2(
        conn,
        "pg_to_char_timestamp",
        |t: Timestamp, tpl: Arc<Template>| format::to_char_timestamp(t, &tpl),
    )?;
    f3(conn, "pg_to_char_timestamptz", {
        let kept = DayCache::default();
        move |t: Timestamptz, tpl: Arc<Template>, z: NamedSessionZone| {
            kept.get(
                (Same(tpl.clone()), Same(z.0.clone())),
                t,
                &z.0.0,
                || tpl.date_only(),
                || {
                    let name = match z.0.0 {
                        Zone::Fixed(_) => crate::time::zone::posix_name(&z.0.1),
                        Zone::Named(_) | Zone::Abbrev(..) | Zone::Posix(_) => None,
                    };
                    format::to_char_timestamptz_in(t, &z.0.0, name, &tpl)
                },
            )
        }
    })?;
    f2(
        conn,
        "pg_to_char_interval",
        |v: Interval, tpl: Arc<Template>| format::to_char_interval(v, &tpl),
    )?;
    f2(conn, "pg_to_date", |s: String, tpl: Arc<Template>| {
        format::to_date(&s, &tpl)
    })?;
    f3(
        conn,
        "pg_to_timestamp",
        |s: String, tpl: Arc<Template>, z: SessionZone| format::to_timestamp(&s, &tpl, &z.0),
    )?;
    f1(conn, "pg_to_timestamp_epoch", format::to_timestamp_epoch)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ring_keeps_four_and_replaces_what_it_supersedes() {
        let mut r: Ring<(u8, u32)> = Ring::default();
        let same = |a: &(u8, u32), b: &(u8, u32)| a.0 == b.0;
        for k in 0..4 {
            r.put((k, 0), same);
        }
        r.put((2, 7), same);
        assert_eq!(r.items, vec![(0, 0), (1, 0), (2, 7), (3, 0)]);
        r.put((9, 1), same);
        r.put((8, 1), same);
        assert_eq!(r.items, vec![(9, 1), (8, 1), (2, 7), (3, 0)]);
    }

    /// A kept day result answers a text only as computing it would: texts
    /// that sort inside the kept range but are not canonical instants
    /// (odd fields, garbage) get what a connection with nothing kept
    /// gives them, an error or PostgreSQL's lenient reading.
    #[test]
    fn kept_day_texts_answer_as_computing_does() {
        let connect = || {
            let conn = rusqlite::Connection::open_in_memory().unwrap();
            crate::register(&conn, &crate::Session::new()).unwrap();
            conn
        };
        let trunc = |conn: &rusqlite::Connection, t: &str| {
            conn.query_row(
                "SELECT pg_timestamptz_trunc('day', ?1, 'America/New_York'), \
                        pg_to_char_timestamptz(?1, 'YYYY-MM-DD', 'America/New_York')",
                [t],
                |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                    ))
                },
            )
            .map_err(|e| e.to_string())
        };
        let warm = connect();
        let day = Ok((
            Some("2024-03-10 05:00:00.000000".to_string()),
            Some("2024-03-10".to_string()),
        ));
        assert_eq!(trunc(&warm, "2024-03-10 12:00:00.000000"), day);
        for t in [
            "2024-03-10 23:59:59.999999",
            "2024-03-11 03:59:59.999999",
            "2024-03-11 04:00:00.000000",
            "2024-03-10 04:59:59.999999",
            "2024-03-10 24:00:00.000000",
            "2024-03-10 12:60:00.000000",
            "2024-03-10 12:00:60.000000",
            "2024-03-10 1a:00:00.000000",
            "2024-03-10 12:00:00.00000x",
            "2024-03-10 12:00:00,000000",
            "2024-03-10 12:00:00.000000 ",
            "2024-03-10T12:00:00.000000",
        ] {
            assert_eq!(trunc(&warm, t), trunc(&connect(), t), "{t}");
            assert_eq!(trunc(&warm, "2024-03-10 12:00:00.000000"), day);
        }
    }

    #[test]
    fn a_day_result_holds_for_its_local_day_and_offset_only() {
        let ny = Zone::from_setting("America/New_York").unwrap().0;
        let cache: DayCache<u8, i64> = DayCache::default();
        let calls = std::cell::Cell::new(0);
        let at = |s: &str| Timestamptz(canonical::parse_timestamptz(s.as_bytes()).unwrap().0);
        let get = |key: u8, t: &str| {
            cache
                .get(
                    key,
                    at(t),
                    &ny,
                    || true,
                    || {
                        calls.set(calls.get() + 1);
                        Ok(calls.get())
                    },
                )
                .unwrap()
        };
        // 2024-03-10 05:00 UTC is local midnight; the offset changes at 07:00.
        let a = get(1, "2024-03-10 05:00:00.000000");
        assert_eq!(get(1, "2024-03-10 06:59:59.999999"), a);
        assert_ne!(get(2, "2024-03-10 06:00:00.000000"), a, "another key");
        let b = get(1, "2024-03-10 07:00:00.000000");
        assert_ne!(b, a, "the offset changed");
        assert_eq!(get(1, "2024-03-11 03:59:59.999999"), b);
        assert_ne!(
            get(1, "2024-03-11 04:00:00.000000"),
            b,
            "the next local day"
        );
        assert_ne!(get(1, "2024-03-10 04:59:59.999999"), b, "the day before");
    }
}
