//! Date/time rules: which PostgreSQL date/time operation applies, chosen
//! from the types; the runtime (`pg_*` in `runtime/time.rs`, semantics in
//! `crate::time`) decides how it behaves.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-datetime.html>,
//! <https://www.postgresql.org/docs/current/datatype-datetime.html>

use sqlparser::ast::{BinaryOperator, Expr};

use super::expr::{Lit, Typed};
use super::{Cx, build};
use crate::error::{Error, Result, SourceSpan};
use crate::time::input::{self, InputCx};
use crate::time::{
    self as t, DateOrder, DateStyle, IntervalRange, IntervalStyle, Zone, canonical, output,
};
use crate::types::PgType;

/// Words in date/time input whose value depends on the clock: literals
/// holding them are read when the statement runs, not when it is
/// translated.
fn is_relative(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    ["now", "today", "tomorrow", "yesterday"]
        .iter()
        .any(|w| l.contains(w))
}

fn zone_of(cx: &Cx, span: Option<SourceSpan>) -> Result<Zone> {
    Zone::from_setting(&cx.zone)
        .map(|(z, _)| z)
        .map_err(|e| Error::semantic(e.0, span))
}

/// The session zone as a SQL string literal, for runtime functions.
///
/// In a column default, which runs long after it was translated, the zone
/// is read from the session when the row is written (`pg_session_zone()`),
/// as PostgreSQL evaluates defaults then.
pub(crate) fn zone_arg(cx: &Cx) -> Expr {
    if cx.zone_at_run_time {
        build::call("pg_session_zone", vec![])
    } else {
        build::string(&cx.zone)
    }
}

/// The `DateStyle` argument of a runtime output or input function, or
/// `None` for `ISO, MDY`, which the functions assume without one (their
/// shorter form, as SQL translated before `DateStyle` was settable calls
/// them). In a column default, the session's style when the row is
/// written.
fn date_style_arg(cx: &Cx) -> Option<Expr> {
    if cx.zone_at_run_time {
        Some(build::call("pg_show", vec![build::string("DateStyle")]))
    } else if cx.date_style == DateStyle::ISO {
        None
    } else {
        Some(build::string(cx.date_style.as_str()))
    }
}

/// The `IntervalStyle` argument, as [`date_style_arg`]: `None` for
/// `postgres`.
fn interval_style_arg(cx: &Cx) -> Option<Expr> {
    if cx.zone_at_run_time {
        Some(build::call("pg_show", vec![build::string("IntervalStyle")]))
    } else if cx.interval_style == IntervalStyle::Postgres {
        None
    } else {
        Some(build::string(cx.interval_style.as_str()))
    }
}

/// `f(args…)`, with `style` as the last argument when there is one.
fn styled_call(f: &str, mut args: Vec<Expr>, style: Option<Expr>) -> Expr {
    args.extend(style);
    build::call(f, args)
}

/// The runtime input function of a date/time type (text → canonical), in
/// the session's `DateStyle` field order and `IntervalStyle`.
fn input_call(cx: &Cx, e: Expr, ty: PgType) -> Expr {
    let f = match ty {
        PgType::Interval => {
            // Only sql_standard reads intervals differently.
            let style = interval_style_arg(cx)
                .filter(|_| cx.zone_at_run_time || cx.interval_style == IntervalStyle::SqlStandard);
            return styled_call("pg_interval_in", vec![e], style);
        }
        PgType::Date => "pg_date_in",
        PgType::Time => "pg_time_in",
        PgType::Timetz => "pg_timetz_in",
        PgType::Timestamp => "pg_timestamp_in",
        _ => "pg_timestamptz_in",
    };
    let order =
        date_style_arg(cx).filter(|_| cx.zone_at_run_time || cx.date_style.order != DateOrder::Mdy);
    styled_call(f, vec![e, zone_arg(cx)], order)
}

/// Folds an untyped literal into the canonical stored form of a date/time
/// type with PostgreSQL's input rules and errors, at translation time, in
/// the session zone. Literals that name the clock (`'now'`, `'today'`) are
/// read when the statement runs instead.
///
/// `timestamptz '2024-03-10 02:30'` in America/New_York →
/// `'2024-03-10 07:30:00.000000'`.
pub(crate) fn fold_literal(
    cx: &Cx,
    s: &str,
    target: PgType,
    span: Option<SourceSpan>,
) -> Result<Expr> {
    if is_relative(s) {
        return Ok(input_call(cx, build::string(s), target));
    }
    let zone = zone_of(cx, span)?;
    let icx = InputCx {
        zone: &zone,
        now: t::Timestamptz(0),
        order: cx.date_style.order,
    };
    let err = |e: crate::time::TimeError| Error::semantic(e.0, span);
    if target == PgType::Timetz {
        // Without a zone of its own, a timetz takes the session zone's
        // offset *today*: read it when the statement runs unless the
        // offset is the same in winter and in summer.
        let winter = input::timetz(s, &icx).map_err(err)?;
        let july = InputCx {
            now: t::Timestamptz(15_638_400 * t::USECS_PER_SEC),
            ..icx
        };
        if input::timetz(s, &july).ok() != Some(winter) {
            return Ok(input_call(cx, build::string(s), target));
        }
        return Ok(build::string(&canonical::timetz(winter)));
    }
    // The canonical shapes mean the same as PostgreSQL input (a timestamptz
    // without offset is in the session zone).
    let b = s.as_bytes();
    let fast = match target {
        PgType::Date => canonical::parse_date_or_infinity(b).map(canonical::date),
        PgType::Time => canonical::parse_time(b).map(|v| Ok(canonical::time(v))),
        PgType::Timestamp => canonical::parse_timestamp(b).map(canonical::timestamp),
        PgType::Timestamptz => {
            canonical::parse_timestamp(b).map(|v| canonical::timestamptz(v.at_zone(&zone)))
        }
        // sql_standard reads a leading minus sign differently.
        PgType::Interval if cx.interval_style != IntervalStyle::SqlStandard => {
            canonical::parse_interval(b).map(|v| Ok(output::interval(v)))
        }
        _ => None,
    };
    if let Some(text) = fast {
        return Ok(build::string(&text.map_err(err)?));
    }
    let text = match target {
        PgType::Date => canonical::date(input::date(s, &icx).map_err(err)?),
        PgType::Time => Ok(canonical::time(input::time(s, &icx).map_err(err)?)),
        PgType::Timestamp => canonical::timestamp(input::timestamp(s, &icx).map_err(err)?),
        PgType::Timestamptz => canonical::timestamptz(input::timestamptz(s, &icx).map_err(err)?),
        PgType::Interval => Ok(output::interval(
            input::interval_styled(s, cx.interval_style).map_err(err)?,
        )),
        _ => {
            return Err(Error::unsupported(
                format!("{} literal", target.sql_name()),
                span,
                "time with time zone values are not translated; use time or timestamptz",
            ));
        }
    }
    .map_err(err)?;
    Ok(build::string(&text))
}

/// An untyped literal as an interval type with a field restriction
/// (`interval '1 2' day to hour`): read with the fields (a number without
/// a unit is the last one), then the fields after the last zeroed, at
/// translation time.
pub(crate) fn fold_interval_in_range(
    cx: &Cx,
    s: &str,
    range: IntervalRange,
    span: Option<SourceSpan>,
) -> Result<Expr> {
    let v =
        input::interval_in(s, cx.interval_style, range).map_err(|e| Error::semantic(e.0, span))?;
    Ok(build::string(&output::interval(
        t::arith::interval_restrict(v, range),
    )))
}

/// Text read at run time as an interval type with a field restriction:
/// `pg_interval_in(text, IntervalStyle, fields)`, then the restriction.
pub(crate) fn interval_input_in_range(cx: &Cx, e: Expr, range: IntervalRange) -> Expr {
    let style = interval_style_arg(cx).unwrap_or_else(|| build::string("postgres"));
    let read = build::call("pg_interval_in", vec![e, style, build::int(range.0 as i64)]);
    interval_restrict(read, range)
}

/// An interval value as an interval type with a field restriction
/// (AdjustIntervalForTypmod): `pg_interval_restrict(x, fields)`.
pub(crate) fn interval_restrict(e: Expr, range: IntervalRange) -> Expr {
    if range == IntervalRange::FULL {
        return e;
    }
    build::call("pg_interval_restrict", vec![e, build::int(range.0 as i64)])
}

/// A runtime parameter of a date/time type, read with the type's input
/// function when the statement runs.
pub(crate) fn param(cx: &Cx, e: Expr, ty: PgType) -> Expr {
    input_call(cx, e, ty)
}

/// Applies a precision modifier (`timestamp(3)`, `time(0)`,
/// `interval(2)`): rounds the fraction of seconds as PostgreSQL does when a
/// value is cast or stored. Precision 6 and above keeps microseconds.
pub(crate) fn with_precision(e: Expr, ty: PgType, precision: Option<u64>) -> Expr {
    let Some(p) = precision.filter(|p| *p < 6) else {
        return e;
    };
    let f = match ty {
        PgType::Timestamp => "pg_timestamp_round",
        PgType::Timestamptz => "pg_timestamptz_round",
        PgType::Time => "pg_time_round",
        PgType::Timetz => "pg_timetz_round",
        PgType::Interval => "pg_interval_round",
        _ => return e,
    };
    build::call(f, vec![e, build::int(p as i64)])
}

/// PostgreSQL's implicit casts among the date/time types: date →
/// timestamp → timestamptz, and time → interval.
///
/// # PostgreSQL
/// `pg_cast` rows with `castcontext = 'i'`.
pub(crate) fn implicit(from: PgType, to: PgType) -> bool {
    use PgType::*;
    matches!(
        (from, to),
        (Date, Timestamp)
            | (Date, Timestamptz)
            | (Timestamp, Timestamptz)
            | (Time, Interval)
            | (Time, Timetz)
    )
}

/// PostgreSQL's assignment casts among the date/time types (INSERT and
/// UPDATE values): the implicit ones, plus timestamp/timestamptz → date and
/// time, timestamptz → timestamp, interval → time.
pub(crate) fn assignment(from: PgType, to: PgType) -> bool {
    use PgType::*;
    implicit(from, to)
        || matches!(
            (from, to),
            (Timestamp | Timestamptz, Date | Time)
                | (Timestamptz, Timestamp)
                | (Interval, Time)
                | (Timestamptz | Timetz, Timetz | Time)
        )
}

/// The common type of two date/time types for comparison, CASE, IN…
/// (`select_common_type`: timestamptz is the preferred type of the
/// category).
pub(crate) fn common(a: PgType, b: PgType) -> Option<PgType> {
    if a == b {
        return Some(a);
    }
    if implicit(a, b) {
        return Some(b);
    }
    if implicit(b, a) {
        return Some(a);
    }
    None
}

/// A conversion between date/time types or to/from text, by PostgreSQL's
/// casts (`pg_cast`); `None` when PostgreSQL has no such cast.
///
/// Casts that depend on the session zone (date/timestamp ↔ timestamptz)
/// pass it along: `'2024-03-10'::date::timestamptz` is midnight there.
pub(crate) fn convert(cx: &Cx, e: Expr, from: PgType, to: PgType) -> Option<Expr> {
    use PgType::*;
    let z = || zone_arg(cx);
    Some(match (from, to) {
        (a, b) if a == b => e,
        (Timetz, b) if b.is_string() => build::call("pg_timetz_out", vec![e]),
        (Timetz, Time) => build::call("pg_timetz_to_time", vec![e]),
        (Time, Timetz) => build::call("pg_time_to_timetz", vec![e, z()]),
        (Timestamptz, Timetz) => build::call("pg_timestamptz_to_timetz", vec![e, z()]),
        (a, b) if a.is_string() && b.is_temporal() => input_call(cx, e, b),
        // The stored form of a date is its ISO output.
        (Date, b) if b.is_string() => match date_style_arg(cx) {
            None => e,
            style => styled_call("pg_date_out", vec![e], style),
        },
        (Interval, b) if b.is_string() => {
            styled_call("pg_interval_out", vec![e], interval_style_arg(cx))
        }
        (Time, b) if b.is_string() => build::call("pg_time_out", vec![e]),
        (Timestamp, b) if b.is_string() => {
            styled_call("pg_timestamp_out", vec![e], date_style_arg(cx))
        }
        (Timestamptz, b) if b.is_string() => {
            styled_call("pg_timestamptz_out", vec![e, z()], date_style_arg(cx))
        }
        (Date, Timestamp) => build::call("pg_date_to_timestamp", vec![e]),
        (Date, Timestamptz) => build::call("pg_date_to_timestamptz", vec![e, z()]),
        (Timestamp, Timestamptz) => build::call("pg_timestamp_to_timestamptz", vec![e, z()]),
        (Timestamp, Date) => build::call("pg_timestamp_to_date", vec![e]),
        (Timestamp, Time) => build::call("pg_timestamp_to_time", vec![e]),
        (Timestamptz, Timestamp) => build::call("pg_timestamptz_to_timestamp", vec![e, z()]),
        (Timestamptz, Date) => build::call("pg_timestamptz_to_date", vec![e, z()]),
        (Timestamptz, Time) => build::call("pg_timestamptz_to_time", vec![e, z()]),
        (Interval, Time) => build::call("pg_interval_to_time", vec![e]),
        (Time, Interval) => build::call("pg_time_to_interval", vec![e]),
        _ => return None,
    })
}

/// Wraps a side of a comparison whose type `from` differs from the common
/// type `to` in its comparison key, where PostgreSQL compares the two with
/// a cross-type operator (date_cmp_timestamp and its kin): unlike the cast,
/// a date or timestamp past the range of `to` is no error, it ranks beyond
/// every finite value of `to` and short of its infinity. `false` for the
/// other pairs, which compare after the cast.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/15/release-15.html> ("allow comparisons
/// between date and timestamp values outside the timestamp range")
pub(crate) fn comparison_key(cx: &Cx, side: &mut Expr, from: PgType, to: PgType) -> bool {
    use PgType::*;
    let f = match (from, to) {
        (Date, Timestamp) => "pg_date_timestamp_key",
        (Date, Timestamptz) => "pg_date_timestamptz_key",
        (Timestamp, Timestamptz) => "pg_timestamp_timestamptz_key",
        _ => return false,
    };
    let inner = std::mem::replace(side, build::null());
    let mut args = vec![inner];
    if to == Timestamptz {
        args.push(zone_arg(cx));
    }
    *side = build::call(f, args);
    true
}

/// Makes the two sides of a comparison comparable when either is a
/// date/time type: converts to the common type (a date compared with a
/// timestamptz is midnight in the session zone), and compares intervals
/// by their keys ([`interval_key`]: `'1 day' = '24 hours'`). Canonical
/// text of the other types compares like the values.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html>:
/// "comparisons … convert date and timestamp to timestamptz".
pub(crate) fn comparison(
    cx: &Cx,
    left: &mut Expr,
    l: PgType,
    right: &mut Expr,
    r: PgType,
) -> Option<()> {
    let c = common(l, r)?;
    for (side, t) in [(&mut *left, l), (&mut *right, r)] {
        if t != c && !comparison_key(cx, side, t, c) {
            let inner = std::mem::replace(side, build::null());
            *side = convert(cx, inner, t, c)?;
        }
    }
    if c == PgType::Interval {
        interval_key(left);
        interval_key(right);
    }
    if c == PgType::Timetz {
        keyed(left, c);
        keyed(right, c);
    }
    Some(())
}

/// An interval compared inside an expression compares by its key
/// (`pg_interval_key`), a BLOB whose byte order is PostgreSQL's interval
/// order.
/// A `COLLATE pg_interval` there would not do: SQLite carries an operand's
/// collation up through the functions and operators around it.
pub(crate) fn interval_key(x: &mut Expr) {
    let inner = std::mem::replace(x, build::null());
    *x = build::call("pg_interval_key", vec![inner]);
}

/// Interval and numeric values sort and group through the `pg_interval`
/// and `pg_numeric` collations (ORDER BY, GROUP BY, DISTINCT, PARTITION
/// BY: places where no expression encloses the value).
pub(crate) fn collate_ordered(x: &mut Expr, ty: PgType) {
    let collation = match ty {
        PgType::Interval => "pg_interval",
        PgType::Numeric => "pg_numeric",
        PgType::Timetz => "pg_timetz",
        _ => return,
    };
    let inner = std::mem::replace(x, build::null());
    *x = build::collate(inner, collation);
}

/// The key function through which values of `ty` compare inside
/// expressions, when plain SQLite comparison is not PostgreSQL's:
/// intervals (`'1 day' = '24:00:00'`) and numerics (`1.5 = 1.50`).
pub(crate) fn key_function(ty: PgType) -> Option<&'static str> {
    match ty {
        PgType::Interval => Some("pg_interval_key"),
        PgType::Numeric => Some("pg_numeric_key"),
        PgType::Timetz => Some("pg_timetz_key"),
        _ => None,
    }
}

/// Wraps `x` in the key function of `ty`, if it has one.
pub(crate) fn keyed(x: &mut Expr, ty: PgType) {
    if let Some(f) = key_function(ty) {
        let inner = std::mem::replace(x, build::null());
        *x = build::call(f, vec![inner]);
    }
}

/// One row of PostgreSQL's date/time operator table: operand types, the
/// result type and the runtime function (`None`: a plain SQLite operator).
struct OpRow {
    op: &'static str,
    left: PgType,
    right: PgType,
    result: PgType,
    func: &'static str,
    zone: bool,
    swap: bool,
}

const fn row(
    op: &'static str,
    left: PgType,
    right: PgType,
    result: PgType,
    func: &'static str,
) -> OpRow {
    OpRow {
        op,
        left,
        right,
        result,
        func,
        zone: false,
        swap: false,
    }
}

const fn zoned(mut r: OpRow) -> OpRow {
    r.zone = true;
    r
}

const fn swapped(mut r: OpRow) -> OpRow {
    r.swap = true;
    r
}

use PgType::{Date, Float8, Int4, Interval, Time, Timestamp, Timestamptz, Timetz};

/// The date/time operators (`pg_operator`), in PostgreSQL's notation.
const OPERATORS: &[OpRow] = &[
    row("+", Date, Int4, Date, "pg_date_pli"),
    swapped(row("+", Int4, Date, Date, "pg_date_pli")),
    row("-", Date, Int4, Date, "pg_date_mii"),
    row("-", Date, Date, Int4, "pg_date_mi"),
    row("+", Date, Interval, Timestamp, "pg_timestamp_pl_interval"),
    swapped(row(
        "+",
        Interval,
        Date,
        Timestamp,
        "pg_timestamp_pl_interval",
    )),
    row("-", Date, Interval, Timestamp, "pg_timestamp_mi_interval"),
    row("+", Date, Time, Timestamp, "pg_date_pl_time"),
    swapped(row("+", Time, Date, Timestamp, "pg_date_pl_time")),
    row(
        "+",
        Timestamp,
        Interval,
        Timestamp,
        "pg_timestamp_pl_interval",
    ),
    swapped(row(
        "+",
        Interval,
        Timestamp,
        Timestamp,
        "pg_timestamp_pl_interval",
    )),
    row(
        "-",
        Timestamp,
        Interval,
        Timestamp,
        "pg_timestamp_mi_interval",
    ),
    row("-", Timestamp, Timestamp, Interval, "pg_timestamp_mi"),
    zoned(row(
        "+",
        Timestamptz,
        Interval,
        Timestamptz,
        "pg_timestamptz_pl_interval",
    )),
    zoned(swapped(row(
        "+",
        Interval,
        Timestamptz,
        Timestamptz,
        "pg_timestamptz_pl_interval",
    ))),
    zoned(row(
        "-",
        Timestamptz,
        Interval,
        Timestamptz,
        "pg_timestamptz_mi_interval",
    )),
    row("-", Timestamptz, Timestamptz, Interval, "pg_timestamptz_mi"),
    row("+", Interval, Interval, Interval, "pg_interval_pl"),
    row("-", Interval, Interval, Interval, "pg_interval_mi"),
    row("*", Interval, Float8, Interval, "pg_interval_mul"),
    swapped(row("*", Float8, Interval, Interval, "pg_interval_mul")),
    row("/", Interval, Float8, Interval, "pg_interval_div"),
    row("+", Time, Interval, Time, "pg_time_pl_interval"),
    swapped(row("+", Interval, Time, Time, "pg_time_pl_interval")),
    row("-", Time, Interval, Time, "pg_time_mi_interval"),
    row("-", Time, Time, Interval, "pg_time_mi_time"),
    row("+", Timetz, Interval, Timetz, "pg_timetz_pl_interval"),
    swapped(row("+", Interval, Timetz, Timetz, "pg_timetz_pl_interval")),
    row("-", Timetz, Interval, Timetz, "pg_timetz_mi_interval"),
    row("+", Date, Timetz, Timestamptz, "pg_date_pl_timetz"),
    swapped(row("+", Timetz, Date, Timestamptz, "pg_date_pl_timetz")),
];

/// Whether a value of type `from` can stand where the operator row wants
/// `want`: exactly, by an implicit cast, or a smaller integer / any
/// integer for a double.
fn accepts(want: PgType, from: PgType) -> bool {
    want == from
        || implicit(from, want)
        || (want == Int4 && matches!(from, PgType::Int2))
        || (want == Float8 && (from.is_integer() || from == PgType::Numeric))
}

/// Why no single operator row was chosen.
#[derive(Debug, PartialEq)]
enum Resolution {
    /// No row accepts the operand types.
    NoMatch,
    /// Several rows are equally good: PostgreSQL's "operator is not unique".
    NotUnique,
}

/// The preferred type of a type category (`typispreferred`): timestamptz
/// among date/times, interval among time spans, double precision among
/// numbers.
fn preferred(t: PgType) -> bool {
    matches!(t, Timestamptz | Interval | Float8)
}

/// Chooses the operator row, as PostgreSQL's `oper_select_candidate` does.
/// An untyped literal (`PgType::Unknown`) fits any type. In order: a row
/// whose types are exactly the operands' (an untyped operand taken as the
/// other's type: `time - '00:01'` is `time - time`); else, among the rows
/// the operands convert to implicitly, those with the most exact operands
/// (`timestamp - date` is `timestamp - timestamp`), then those taking a
/// preferred type at the most converted positions; then, for an untyped
/// operand, the rows of a single type category at its position, preferring
/// the category's preferred type (`timestamp + '1 day'` is `+ interval`);
/// last, a single row that takes the other operand's type there (`time +
/// '1 hour'` is `time + interval`, as a time converts to an interval;
/// `date + '…'` could be an integer, an interval or a time: not unique).
/// More than one row left is ambiguous (`time + time` could be `time +
/// interval` or `interval + time`).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/typeconv-oper.html>, steps 2.a
/// and 3.a–3.f.
fn select_operator(
    sym: &str,
    l: PgType,
    r: PgType,
) -> std::result::Result<&'static OpRow, Resolution> {
    let unknown = |t: PgType| t == PgType::Unknown;
    let fits = |want: PgType, t: PgType| unknown(t) || accepts(want, t);
    let rows = || OPERATORS.iter().filter(|o| o.op == sym);
    // Which side alone is untyped (`Some(true)`: the left).
    let untyped_left = match (unknown(l), unknown(r)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    };
    // 2.a: exact types, an unknown side taken as the other side's type.
    let (el, er) = match untyped_left {
        Some(true) => (r, r),
        Some(false) => (l, l),
        None => (l, r),
    };
    if let Some(o) = rows().find(|o| o.left == el && o.right == er) {
        return Ok(o);
    }
    let mut cands: Vec<&OpRow> = rows()
        .filter(|o| fits(o.left, l) && fits(o.right, r))
        .collect();
    if cands.is_empty() {
        return Err(Resolution::NoMatch);
    }
    // 3.c and 3.d, over the typed operands.
    let score = |o: &OpRow| {
        let side = |want: PgType, t: PgType| {
            if unknown(t) {
                (0, 0)
            } else {
                ((want == t) as u8, (want != t && preferred(want)) as u8)
            }
        };
        let (a, b) = (side(o.left, l), side(o.right, r));
        (a.0 + b.0, a.1 + b.1)
    };
    for pick in [|s: (u8, u8)| s.0, |s: (u8, u8)| s.1] {
        let best = cands.iter().map(|o| pick(score(o))).max().unwrap_or(0);
        cands.retain(|o| pick(score(o)) == best);
    }
    if cands.len() == 1 {
        return Ok(cands[0]);
    }
    let side_of = |o: &OpRow, left: bool| if left { o.left } else { o.right };
    let Some(left_unknown) = untyped_left else {
        return Err(Resolution::NotUnique);
    };
    // 3.e: one category at the untyped position, its preferred type first
    // (several categories: go on to 3.f with the rows as they are).
    let cat = category(side_of(cands[0], left_unknown));
    if cands
        .iter()
        .all(|o| category(side_of(o, left_unknown)) == cat)
    {
        if cands.iter().any(|o| preferred(side_of(o, left_unknown))) {
            cands.retain(|o| preferred(side_of(o, left_unknown)));
        }
        if cands.len() == 1 {
            return Ok(cands[0]);
        }
    }
    // 3.f: the untyped operand taken as the typed one's type.
    let known = if left_unknown { r } else { l };
    let mut fit = cands
        .into_iter()
        .filter(|o| accepts(side_of(o, left_unknown), known));
    match (fit.next(), fit.next()) {
        (Some(o), None) => Ok(o),
        _ => Err(Resolution::NotUnique),
    }
}

/// Arithmetic where an operand is a date/time type: picks the operator
/// row, resolves untyped literals as PostgreSQL does, applies implicit
/// casts, and calls the runtime function.
///
/// `timestamptz + interval` → `pg_timestamptz_pl_interval(ts, iv, zone)`.
pub(crate) fn arithmetic(
    cx: &mut Cx,
    e: &mut Expr,
    op: &BinaryOperator,
    lt: Typed,
    rt: Typed,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::BinaryOp { left, right, .. } = e else {
        return Err(Error::Internal(
            "datetime::arithmetic on a non-binary node".into(),
        ));
    };
    let sym = op.to_string();
    let (mut l, mut r) = (lt.ty, rt.ty);
    let not_unique = |a: &str, b: &str| {
        Error::semantic_hint(
            format!("operator is not unique: {a} {sym} {b}"),
            span,
            "Could not choose a best candidate operator. You might need to add explicit type casts.",
        )
    };
    let (ln, rn) = (lt.ty, rt.ty);
    if !lt.is_unknown() && !rt.is_unknown() {
        if matches!(lt.lit, Lit::Numeric(_)) {
            l = Float8;
        } else if matches!(rt.lit, Lit::Numeric(_)) {
            r = Float8;
        }
    }
    let row = match select_operator(&sym, l, r) {
        Ok(row) => row,
        // The numeric literal is named as written (`date + 2.5` has no
        // `date + numeric`).
        Err(Resolution::NoMatch) => return Err(super::operators::no_operator(ln, &sym, rn, span)),
        Err(Resolution::NotUnique) => return Err(not_unique(ln.sql_name(), rn.sql_name())),
    };
    if lt.is_unknown() {
        cx.coerce(left, &lt, row.left, span)?;
        l = row.left;
    } else if rt.is_unknown() {
        cx.coerce(right, &rt, row.right, span)?;
        r = row.right;
    } else if l == Float8 && ln != Float8 {
        cx.coerce(left, &lt, Float8, span)?;
    } else if r == Float8 && rn != Float8 {
        cx.coerce(right, &rt, Float8, span)?;
    }
    let mut a = std::mem::replace(left.as_mut(), build::null());
    let mut b = std::mem::replace(right.as_mut(), build::null());
    let conv = |cx: &Cx, x: Expr, from: PgType, to: PgType| -> Result<Expr> {
        if from == to || (from.is_integer() && to.is_integer()) {
            return Ok(x);
        }
        if to == Float8 {
            return Ok(if from.is_integer() {
                build::sqlite_cast(x, "REAL")
            } else {
                x
            });
        }
        convert(cx, x, from, to).ok_or_else(|| Error::Internal("operator cast".into()))
    };
    a = conv(cx, a, l, row.left)?;
    b = conv(cx, b, r, row.right)?;
    // Date operands of timestamp functions become timestamps first.
    let to_ts = |cx: &Cx, x: Expr, t: PgType| -> Expr {
        if t == Date && row.func.starts_with("pg_timestamp") {
            convert(cx, x, Date, Timestamp).unwrap_or_else(build::null)
        } else {
            let _ = cx;
            x
        }
    };
    a = to_ts(cx, a, row.left);
    b = to_ts(cx, b, row.right);
    let mut args = if row.swap { vec![b, a] } else { vec![a, b] };
    if row.zone {
        args.push(zone_arg(cx));
    }
    *e = build::call(row.func, args);
    Ok(Typed::new(row.result))
}

/// Unary minus on an interval.
pub(crate) fn negate(e: Expr) -> Expr {
    build::call("pg_interval_um", vec![e])
}

// ---------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------

use super::functions::{Call, arity, no_function};

fn no_args(c: &Call) -> Result<()> {
    if !c.args.is_empty() {
        return Err(Error::unsupported(
            format!("{}() with a precision argument", c.name),
            c.span,
            "pgshim keeps microseconds; drop the precision, or round with date_trunc",
        ));
    }
    Ok(())
}

/// `now()`, `current_timestamp`, `transaction_timestamp()`: the start of
/// the current transaction, the same for every call in it.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-CURRENT>
pub(crate) fn now(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    no_args(c)?;
    c.replace = Some(build::call("pg_now", vec![]));
    Ok(Typed::new(PgType::Timestamptz))
}

/// `statement_timestamp()`: the start of the current statement.
pub(crate) fn statement_timestamp(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    no_args(c)?;
    c.replace = Some(build::call("pg_statement_timestamp", vec![]));
    Ok(Typed::new(PgType::Timestamptz))
}

/// `clock_timestamp()`: the clock at each call.
pub(crate) fn clock_timestamp(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    no_args(c)?;
    c.replace = Some(build::call("pg_clock_timestamp", vec![]));
    Ok(Typed::new(PgType::Timestamptz))
}

/// `pg_sleep(seconds)`: waits, and returns `void`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY>
pub(crate) fn pg_sleep(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.len() != 1 || c.star {
        return Err(super::functions::no_function(c));
    }
    let span = c.span;
    let (x, t) = &mut c.args[0];
    let t2 = t.clone();
    cx.coerce(x, &t2, PgType::Float8, span)?;
    super::strings::emit_call(c, "pg_sleep", PgType::Void)
}

/// The transaction start converted in the session zone by `func`.
fn now_as(cx: &Cx, c: &mut Call, func: &str, ty: PgType) -> Result<Typed> {
    no_args(c)?;
    c.replace = Some(build::call(
        func,
        vec![build::call("pg_now", vec![]), zone_arg(cx)],
    ));
    Ok(Typed::new(ty))
}

/// `current_date`: the transaction start's date in the session zone.
pub(crate) fn current_date(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    now_as(cx, c, "pg_timestamptz_to_date", PgType::Date)
}

/// `localtimestamp`: the transaction start as civil time in the session
/// zone.
pub(crate) fn localtimestamp(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    now_as(cx, c, "pg_timestamptz_to_timestamp", PgType::Timestamp)
}

/// `localtime`: the transaction start's time of day in the session zone.
pub(crate) fn localtime(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    now_as(cx, c, "pg_timestamptz_to_time", PgType::Time)
}

/// `current_time`: the transaction start's time of day and UTC offset in
/// the session zone (`time with time zone`, which pgshim only prints and
/// casts to `time` or text).
pub(crate) fn current_time(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    now_as(cx, c, "pg_timestamptz_to_timetz", PgType::Timetz)
}

/// `date(x)` and `timestamptz(x)`: PostgreSQL's functions of those names
/// (`pg_proc`: `date(timestamp)`, `date(timestamptz)`, `timestamptz(date)`,
/// `timestamptz(timestamp)`), and a function-style cast from text
/// (`date(text '…')`), which is also what an untyped literal gets
/// (`date('2024-03-10 23:30-10')` is `'…'::date`, typeconv-func step 2);
/// other types have no such function. Rails writes
/// `.group("DATE(created_at)")`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/sql-expressions.html#SQL-SYNTAX-TYPE-CASTS>
/// (function-like casts), <https://www.postgresql.org/docs/current/typeconv-func.html>
pub(crate) fn date_or_timestamptz_function(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let to = if c.name == "date" { Date } else { Timestamptz };
    if c.star || c.distinct {
        return Err(no_function(c));
    }
    if to == Timestamptz && c.args.len() == 2 {
        return timestamptz_of_date_time(cx, c);
    }
    let [(x, t)] = c.args.as_mut_slice() else {
        return Err(no_function(c));
    };
    if !(t.is_unknown() || matches!(t.ty, Date | Timestamp | Timestamptz) || t.ty.is_string()) {
        return Err(no_function(c));
    }
    let mut e = std::mem::replace(x, build::null());
    let t = t.clone();
    let out = super::casts::cast(cx, &mut e, t, super::casts::Target::plain(to), c.span)?;
    c.replace = Some(e);
    Ok(Typed::new(out.ty))
}

/// `timestamptz(date, time)`: the date at that time of day, as civil time
/// in the session zone (`pg_proc`: `timestamptz(date, time)`, which is
/// `(date + time)::timestamptz`); `timestamptz(date, timetz)`: the time at
/// its own offset (`datetimetz_timestamptz`).
fn timestamptz_of_date_time(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let (t0, t1) = (c.args[0].1.clone(), c.args[1].1.clone());
    // An untyped second argument could be a time or a time with time
    // zone, neither preferred: PostgreSQL calls it not unique.
    if t1.is_unknown() {
        return Err(Error::semantic_hint(
            format!(
                "function timestamptz({}, unknown) is not unique",
                t0.ty.sql_name()
            ),
            c.span,
            "Could not choose a best candidate function. You might need to add explicit type casts.",
        ));
    }
    match t1.ty {
        PgType::Int4 | PgType::Int2 if matches!(t0.ty, Timestamptz) => {
            return Err(Error::unsupported(
                "timestamptz(timestamptz, integer)",
                c.span,
                "write x::timestamptz(p) for a precision",
            ));
        }
        _ => {}
    }
    if !(t0.is_unknown() || t0.ty == Date) || !matches!(t1.ty, Time | Timetz) {
        return Err(no_function(c));
    }
    let mut args = std::mem::take(&mut c.args).into_iter();
    let (mut d, t) = match (args.next(), args.next()) {
        (Some((d, _)), Some((t, _))) => (d, t),
        _ => return Err(Error::Internal("timestamptz(date, time) arguments".into())),
    };
    if t0.is_unknown() {
        cx.coerce(&mut d, &t0, Date, c.span)?;
    }
    // timestamptz(date, timetz): the time at its own offset on the date.
    if t1.ty == Timetz {
        c.replace = Some(build::call("pg_date_pl_timetz", vec![d, t]));
        return Ok(Typed::new(Timestamptz));
    }
    let civil = build::call("pg_date_pl_time", vec![d, t]);
    c.replace = Some(
        convert(cx, civil, Timestamp, Timestamptz)
            .ok_or_else(|| Error::Internal("timestamp to timestamptz".into()))?,
    );
    Ok(Typed::new(Timestamptz))
}

/// What pgshim does not do with `time with time zone`.
pub(crate) fn timetz_unsupported(what: &str, span: Option<SourceSpan>) -> Error {
    Error::unsupported(
        format!("{what} on time with time zone"),
        span,
        "cast current_time to time (::time), or use localtime or current_timestamp",
    )
}

/// `x AT TIME ZONE zone` and `timezone(zone, x)`: a timestamptz becomes the
/// civil time in `zone` (timestamp); a timestamp is read as civil time in
/// `zone` (timestamptz); a timetz (or a time, as a timetz) moves to the
/// zone's offset now, or to an interval's. The zone is an abbreviation (`EST`), an IANA name
/// or a POSIX offset (`'+05'` is five hours *west*, as in PostgreSQL).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-ZONECONVERT>
pub(crate) fn at_time_zone(
    cx: &mut Cx,
    value: Expr,
    vt: &Typed,
    zone: Expr,
    zt: &Typed,
    span: Option<SourceSpan>,
) -> Result<(Expr, Typed)> {
    let mut value = value;
    let mut zone = zone;
    let by_interval = zt.ty == PgType::Interval;
    if zt.is_unknown() {
        cx.coerce(&mut zone, zt, PgType::Text, span)?;
    } else if !zt.ty.is_string() && !by_interval {
        return Err(Error::semantic_hint(
            format!(
                "function timezone({}, {}) does not exist",
                zt.ty.sql_name(),
                vt.ty.sql_name()
            ),
            span,
            "No function matches the given name and argument types. You might need to add explicit type casts.",
        ));
    }
    let ty = match vt.ty {
        PgType::Unknown => {
            cx.coerce(&mut value, vt, PgType::Timestamptz, span)?;
            PgType::Timestamptz
        }
        PgType::Date => {
            value = convert(cx, value, PgType::Date, PgType::Timestamptz)
                .ok_or_else(|| Error::Internal("date to timestamptz".into()))?;
            PgType::Timestamptz
        }
        // time has no AT TIME ZONE: it converts to timetz (today's offset
        // in the session zone).
        PgType::Time => {
            value = convert(cx, value, PgType::Time, PgType::Timetz)
                .ok_or_else(|| Error::Internal("time to timetz".into()))?;
            PgType::Timetz
        }
        t => t,
    };
    let (f, result) = match ty {
        PgType::Timestamptz if by_interval => ("pg_timestamptz_at_offset", PgType::Timestamp),
        PgType::Timestamp if by_interval => ("pg_timestamp_at_offset", PgType::Timestamptz),
        PgType::Timetz if by_interval => ("pg_timetz_at_interval", PgType::Timetz),
        PgType::Timestamptz => ("pg_timestamptz_at_zone", PgType::Timestamp),
        PgType::Timestamp => ("pg_timestamp_at_zone", PgType::Timestamptz),
        // The zone's offset now (the transaction's start), as timetz_zone.
        PgType::Timetz => ("pg_timetz_at_zone", PgType::Timetz),
        other => {
            return Err(Error::semantic_hint(
                format!(
                    "function timezone(text, {}) does not exist",
                    other.sql_name()
                ),
                span,
                "No function matches the given name and argument types. You might need to add explicit type casts.",
            ));
        }
    };
    Ok((build::call(f, vec![value, zone]), Typed::new(result)))
}

/// `timezone(zone, x)`: the function form of AT TIME ZONE.
pub(crate) fn timezone(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 2)?;
    let (zone, zt) =
        std::mem::replace(&mut c.args[0], (build::null(), Typed::new(PgType::Unknown)));
    let (value, vt) =
        std::mem::replace(&mut c.args[1], (build::null(), Typed::new(PgType::Unknown)));
    let (x, t) = at_time_zone(cx, value, &vt, zone, &zt, c.span)?;
    c.replace = Some(x);
    Ok(t)
}

/// `isfinite(x)`: false for `infinity` and `-infinity`; always true for an
/// interval in PostgreSQL 15.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub(crate) fn isfinite(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    if c.args[0].1.is_unknown() {
        // isfinite(unknown) is ambiguous in PostgreSQL too.
        return Err(Error::semantic_hint(
            "function isfinite(unknown) is not unique",
            c.span,
            "Could not choose a best candidate function. You might need to add explicit type casts.",
        ));
    }
    // time has no isfinite(); PostgreSQL casts it to interval (always
    // finite).
    if !matches!(
        c.args[0].1.ty,
        PgType::Date | PgType::Timestamp | PgType::Timestamptz | PgType::Interval | PgType::Time
    ) {
        return Err(no_function(c));
    }
    let x = std::mem::replace(&mut c.args[0].0, build::null());
    let out = build::call("pg_isfinite", vec![x]);
    c.replace = Some(out);
    Ok(Typed::new(PgType::Bool))
}

/// `generate_series(start, stop[, step])` in FROM, over integers,
/// timestamp and timestamptz (stepping in the session zone), as the
/// `pg_generate_series` table-valued function. The column is named after
/// the alias (`AS g` → `g`, `AS g(x)` → `x`) or `generate_series`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-srf.html>
pub(crate) fn generate_series(
    cx: &mut Cx,
    args: &mut [sqlparser::ast::FunctionArg],
    alias: Option<sqlparser::ast::TableAlias>,
    scope: &super::scope::Scope,
    span: Option<SourceSpan>,
) -> Result<(sqlparser::ast::TableFactor, super::scope::Rel)> {
    use sqlparser::ast::{FunctionArg, FunctionArgExpr};
    let mut typed = Vec::new();
    for a in args.iter_mut() {
        let FunctionArg::Unnamed(FunctionArgExpr::Expr(x)) = a else {
            return Err(Error::unsupported(
                "named argument to generate_series",
                span,
                "",
            ));
        };
        let t = cx.expr(x, scope)?;
        typed.push((std::mem::replace(x, build::null()), t));
    }
    let types: Vec<PgType> = typed.iter().map(|(_, t)| t.ty).collect();
    let known = types.iter().copied().find(|t| *t != PgType::Unknown);
    let no_fn = || {
        let names: Vec<&str> = types.iter().map(|t| t.sql_name()).collect();
        Error::semantic_hint(
            format!(
                "function generate_series({}) does not exist",
                names.join(", ")
            ),
            span,
            "No function matches the given name and argument types. You might need to add explicit type casts.",
        )
    };
    // The element type: integers widen; date and timestamp meet as
    // PostgreSQL's implicit casts allow; untyped bounds take the other's.
    let (elem, kind) = match (typed.len(), known) {
        (2 | 3, Some(t)) if t.is_integer() => {
            let wide = types.contains(&PgType::Int8);
            (if wide { PgType::Int8 } else { PgType::Int4 }, "int")
        }
        (3, _) => {
            let bounds: Vec<PgType> = types[..2]
                .iter()
                .copied()
                .filter(|t| *t != PgType::Unknown)
                .collect();
            let elem = match bounds.as_slice() {
                [] => PgType::Timestamptz,
                [a] => *a,
                [a, b] => common(*a, *b).ok_or_else(no_fn)?,
                _ => return Err(no_fn()),
            };
            match elem {
                PgType::Timestamp => (PgType::Timestamp, "timestamp"),
                PgType::Timestamptz | PgType::Date => (PgType::Timestamptz, "timestamptz"),
                _ => return Err(no_fn()),
            }
        }
        _ => return Err(no_fn()),
    };
    let mut sql_args = Vec::new();
    for (i, (mut x, t)) in typed.into_iter().enumerate() {
        let want = if kind != "int" && i == 2 {
            PgType::Interval
        } else {
            elem
        };
        if want.is_integer() {
            if t.is_unknown() {
                cx.coerce(&mut x, &t, want, span)?;
            } else if !t.ty.is_integer() {
                return Err(no_fn());
            }
        } else if t.ty != want {
            if t.is_unknown() || implicit(t.ty, want) {
                cx.coerce(&mut x, &t, want, span)?;
            } else {
                return Err(no_fn());
            }
        }
        sql_args.push(x.to_string());
    }
    if sql_args.len() == 2 {
        sql_args.push("1".into());
    }
    let (qualifier, col) = match alias {
        Some(mut a) => {
            super::expr::fold_ident(&mut a.name);
            let col = match a.columns.as_mut_slice() {
                [] => a.name.value.clone(),
                [c] => {
                    super::expr::fold_ident(&mut c.name);
                    c.name.value.clone()
                }
                cols => {
                    return Err(Error::semantic(
                        format!(
                            "table \"{}\" has 1 columns available but {} columns specified",
                            a.name.value,
                            cols.len()
                        ),
                        span,
                    ));
                }
            };
            (a.name.value.clone(), col)
        }
        None => ("generate_series".to_string(), "generate_series".to_string()),
    };
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let zone = cx.zone.replace('\'', "''");
    let sql = format!(
        "SELECT value AS {} FROM pg_generate_series({}, '{kind}', '{zone}')",
        quote(&col),
        sql_args.join(", ")
    );
    let factor = build::derived_table(&sql, &qualifier).map_err(Error::Internal)?;
    let rel = super::scope::Rel {
        qualifier,
        cols: vec![super::scope::ScopeCol {
            name: col,
            ty: Some(elem),
            declared: elem.name().into(),
            typmod: crate::types::typmod::NONE,
            not_null: false,
            sql: None,
        }],
        merged: vec![],
        pk: vec![],
    };
    Ok((factor, rel))
}

/// `(start1, end1) OVERLAPS (start2, end2)`: each pair is a period given
/// by two date/time values or a value and an interval (its length);
/// PostgreSQL's NULL rules are in `pg_overlaps`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html> (OVERLAPS)
pub(crate) fn overlaps(
    cx: &mut Cx,
    left: &mut Expr,
    right: &mut Expr,
    scope: &super::scope::Scope,
    span: Option<SourceSpan>,
) -> Result<Expr> {
    let mut items = Vec::new();
    for side in [left, right] {
        let Expr::Tuple(pair) = side else {
            return Err(Error::unsupported(
                "OVERLAPS whose operand is not a (start, end) pair",
                span,
                "parenthesize the whole OVERLAPS test: ((a, b) OVERLAPS (c, d))",
            ));
        };
        if pair.len() != 2 {
            return Err(Error::semantic(
                "wrong number of parameters on left side of OVERLAPS expression",
                span,
            ));
        }
        for x in pair.iter_mut() {
            let t = cx.expr(x, scope)?;
            items.push((std::mem::replace(x, build::null()), t));
        }
    }
    // The element type: the common type of the starts (and of ends that are
    // not intervals); untyped literals follow it.
    // A time at an end position is a length (time casts to interval
    // implicitly) unless the periods are of times.
    let starts_are_times = items
        .iter()
        .step_by(2)
        .all(|(_, t)| t.ty == PgType::Time || t.is_unknown());
    let is_length = |i: usize, t: &Typed| {
        i % 2 == 1 && (t.ty == PgType::Interval || (t.ty == PgType::Time && !starts_are_times))
    };
    let mut elem = PgType::Unknown;
    for (i, (_, t)) in items.iter().enumerate() {
        if t.is_unknown() || is_length(i, t) {
            continue;
        }
        elem = match elem {
            PgType::Unknown => t.ty,
            e => common(e, t.ty).ok_or_else(|| {
                Error::semantic(
                    format!(
                        "function overlaps({}, {}) does not exist",
                        e.sql_name(),
                        t.ty.sql_name()
                    ),
                    span,
                )
            })?,
        };
    }
    if elem == PgType::Unknown {
        elem = PgType::Timestamptz;
    }
    // There is no overlaps(date, …): dates compare as timestamps (so a
    // `(date, interval '1 hour')` period ends at 01:00, not at midnight).
    if elem == PgType::Date {
        elem = PgType::Timestamp;
    }
    if !elem.is_temporal() || elem == PgType::Interval {
        return Err(Error::semantic(
            format!(
                "function overlaps({0}, {0}, {0}, {0}) does not exist",
                elem.sql_name()
            ),
            span,
        ));
    }
    let mut args = Vec::new();
    let mut starts: Vec<Expr> = Vec::new();
    for (i, (mut x, t)) in items.into_iter().enumerate() {
        if is_length(i, &t) {
            let (x2, t2) = if t.ty == PgType::Time {
                let iv = convert(cx, x, PgType::Time, PgType::Interval)
                    .ok_or_else(|| Error::Internal("time to interval".into()))?;
                (iv, Typed::new(PgType::Interval))
            } else {
                (x, t)
            };
            let (x, t) = (x2, t2);
            // (start, length): the end is start + length.
            let start = starts.last().cloned().unwrap_or_else(build::null);
            let mut sum = Expr::BinaryOp {
                left: Box::new(start),
                op: BinaryOperator::Plus,
                right: Box::new(x),
            };
            let st = Typed::new(elem);
            let r = arithmetic(cx, &mut sum, &BinaryOperator::Plus, st, t, span)?;
            if r.ty != elem {
                let inner = std::mem::replace(&mut sum, build::null());
                sum = convert(cx, inner, r.ty, elem)
                    .ok_or_else(|| Error::Internal("overlaps end".into()))?;
            }
            args.push(sum);
            continue;
        }
        cx.coerce(&mut x, &t, elem, span)?;
        if i % 2 == 0 {
            starts.push(x.clone());
        }
        args.push(x);
    }
    Ok(build::call("pg_overlaps", args))
}

// ---------------------------------------------------------------------------
// Overloaded date/time functions (`pg_proc` rows), resolved by argument type
// ---------------------------------------------------------------------------

/// Extra arguments a runtime function takes after the SQL ones.
#[derive(Clone, Copy, PartialEq)]
enum Extra {
    None,
    /// The session zone.
    Zone,
    /// Today's date in the session zone, *before* the SQL arguments
    /// (one-argument `age`).
    Today,
    /// Both: today first, the zone last (one-argument `age` of timestamptz).
    TodayAndZone,
}

struct Sig {
    name: &'static str,
    args: &'static [PgType],
    result: PgType,
    func: &'static str,
    extra: Extra,
}

const fn sig(
    name: &'static str,
    args: &'static [PgType],
    result: PgType,
    func: &'static str,
    extra: Extra,
) -> Sig {
    Sig {
        name,
        args,
        result,
        func,
        extra,
    }
}

use Extra::{None as Plain, Today, TodayAndZone, Zone as Zoned};
use PgType::Text;

/// The overloaded date/time functions, one row per `pg_proc` entry.
const SIGNATURES: &[Sig] = &[
    sig(
        "date_trunc",
        &[Text, Timestamp],
        Timestamp,
        "pg_timestamp_trunc",
        Plain,
    ),
    sig(
        "date_trunc",
        &[Text, Timestamptz],
        Timestamptz,
        "pg_timestamptz_trunc",
        Zoned,
    ),
    sig(
        "date_trunc",
        &[Text, Interval],
        Interval,
        "pg_interval_trunc",
        Plain,
    ),
    sig(
        "date_trunc",
        &[Text, Timestamptz, Text],
        Timestamptz,
        "pg_timestamptz_trunc_zone",
        Plain,
    ),
    sig(
        "date_part",
        &[Text, Date],
        Float8,
        "pg_date_part_date",
        Plain,
    ),
    sig(
        "date_part",
        &[Text, Time],
        Float8,
        "pg_date_part_time",
        Plain,
    ),
    sig(
        "date_part",
        &[Text, Timetz],
        Float8,
        "pg_date_part_timetz",
        Plain,
    ),
    sig(
        "date_part",
        &[Text, Timestamp],
        Float8,
        "pg_date_part_timestamp",
        Plain,
    ),
    sig(
        "date_part",
        &[Text, Timestamptz],
        Float8,
        "pg_date_part_timestamptz",
        Zoned,
    ),
    sig(
        "date_part",
        &[Text, Interval],
        Float8,
        "pg_date_part_interval",
        Plain,
    ),
    sig(
        "extract",
        &[Text, Date],
        PgType::Numeric,
        "pg_extract_date",
        Plain,
    ),
    sig(
        "extract",
        &[Text, Time],
        PgType::Numeric,
        "pg_extract_time",
        Plain,
    ),
    sig(
        "extract",
        &[Text, Timetz],
        PgType::Numeric,
        "pg_extract_timetz",
        Plain,
    ),
    sig(
        "extract",
        &[Text, Timestamp],
        PgType::Numeric,
        "pg_extract_timestamp",
        Plain,
    ),
    sig(
        "extract",
        &[Text, Timestamptz],
        PgType::Numeric,
        "pg_extract_timestamptz",
        Zoned,
    ),
    sig(
        "extract",
        &[Text, Interval],
        PgType::Numeric,
        "pg_extract_interval",
        Plain,
    ),
    sig(
        "date_bin",
        &[Interval, Timestamp, Timestamp],
        Timestamp,
        "pg_timestamp_bin",
        Plain,
    ),
    sig(
        "date_bin",
        &[Interval, Timestamptz, Timestamptz],
        Timestamptz,
        "pg_timestamptz_bin",
        Plain,
    ),
    sig(
        "age",
        &[Timestamp, Timestamp],
        Interval,
        "pg_age_timestamp",
        Plain,
    ),
    sig(
        "age",
        &[Timestamptz, Timestamptz],
        Interval,
        "pg_age_timestamptz",
        Zoned,
    ),
    sig(
        "age",
        &[Timestamp],
        Interval,
        "pg_age_timestamp_today",
        Today,
    ),
    sig(
        "age",
        &[Timestamptz],
        Interval,
        "pg_age_timestamptz_today",
        TodayAndZone,
    ),
    sig(
        "justify_days",
        &[Interval],
        Interval,
        "pg_justify_days",
        Plain,
    ),
    sig(
        "justify_hours",
        &[Interval],
        Interval,
        "pg_justify_hours",
        Plain,
    ),
    sig(
        "justify_interval",
        &[Interval],
        Interval,
        "pg_justify_interval",
        Plain,
    ),
    sig(
        "make_date",
        &[Int4, Int4, Int4],
        Date,
        "pg_make_date",
        Plain,
    ),
    sig(
        "make_time",
        &[Int4, Int4, Float8],
        Time,
        "pg_make_time",
        Plain,
    ),
    sig(
        "make_timestamp",
        &[Int4, Int4, Int4, Int4, Int4, Float8],
        Timestamp,
        "pg_make_timestamp",
        Plain,
    ),
    sig(
        "make_timestamptz",
        &[Int4, Int4, Int4, Int4, Int4, Float8],
        Timestamptz,
        "pg_make_timestamptz",
        Zoned,
    ),
    sig(
        "make_timestamptz",
        &[Int4, Int4, Int4, Int4, Int4, Float8, Text],
        Timestamptz,
        "pg_make_timestamptz_zone",
        Plain,
    ),
    sig(
        "make_interval",
        &[Int4, Int4, Int4, Int4, Int4, Int4, Float8],
        Interval,
        "pg_make_interval",
        Plain,
    ),
    sig(
        "to_char",
        &[Timestamp, Text],
        Text,
        "pg_to_char_timestamp",
        Plain,
    ),
    sig(
        "to_char",
        &[Timestamptz, Text],
        Text,
        "pg_to_char_timestamptz",
        Zoned,
    ),
    sig(
        "to_char",
        &[Interval, Text],
        Text,
        "pg_to_char_interval",
        Plain,
    ),
    sig("to_date", &[Text, Text], Date, "pg_to_date", Plain),
    sig(
        "to_timestamp",
        &[Text, Text],
        Timestamptz,
        "pg_to_timestamp",
        Zoned,
    ),
    sig(
        "to_timestamp",
        &[Float8],
        Timestamptz,
        "pg_to_timestamp_epoch",
        Plain,
    ),
];

/// Whether `from` may be passed where a function wants `want` (exact, an
/// implicit cast, or an untyped literal).
fn fits(want: PgType, from: &Typed) -> bool {
    if from.is_unknown() {
        return true;
    }
    let f = from.ty;
    match want {
        Text => f.is_string(),
        Float8 => f.is_numeric_category() || matches!(from.lit, Lit::Numeric(_)),
        Int4 => matches!(f, PgType::Int2 | PgType::Int4),
        w => f == w || implicit(f, w),
    }
}

/// PostgreSQL's function resolution (typeconv-func) for the rows of one
/// name: candidates that fit, then the most exact matches, then the
/// category's preferred type (timestamptz) where a known argument needs a
/// cast; an untyped argument where the candidates disagree is ambiguous.
fn resolve<'s>(name: &str, args: &[(Expr, Typed)], span: Option<SourceSpan>) -> Result<&'s Sig> {
    let types: Vec<&str> = args.iter().map(|(_, t)| t.ty.sql_name()).collect();
    let listed = types.join(", ");
    let viable: Vec<&Sig> = SIGNATURES
        .iter()
        .filter(|s| s.name == name && s.args.len() == args.len())
        .filter(|s| s.args.iter().zip(args).all(|(w, (_, t))| fits(*w, t)))
        .collect();
    let exact = |s: &Sig| {
        s.args
            .iter()
            .zip(args)
            .filter(|(w, (_, t))| **w == t.ty)
            .count()
    };
    let best = viable.iter().map(|s| exact(s)).max().unwrap_or(0);
    let mut top: Vec<&Sig> = viable.into_iter().filter(|s| exact(s) == best).collect();
    if top.len() > 1 {
        let differs = |i: usize| top.iter().any(|s| s.args[i] != top[0].args[i]);
        // An untyped argument where the candidates disagree decides only
        // when they all want the same type category; then the category's
        // preferred type (timestamptz) wins, as below.
        let unknown_differs = (0..args.len()).any(|i| {
            args[i].1.is_unknown()
                && differs(i)
                && top
                    .iter()
                    .any(|s| category(s.args[i]) != category(top[0].args[i]))
        });
        if !unknown_differs {
            let preferred: Vec<&Sig> = top
                .iter()
                .copied()
                .filter(|s| s.args.contains(&Timestamptz))
                .collect();
            if preferred.len() == 1 {
                top = preferred;
            }
        }
        if top.len() > 1 {
            return Err(Error::semantic_hint(
                format!("function {name}({listed}) is not unique"),
                span,
                "Could not choose a best candidate function. You might need to add explicit type casts.",
            ));
        }
    }
    top.first().copied().ok_or_else(|| {
        Error::semantic_hint(
            format!("function {name}({listed}) does not exist"),
            span,
            "No function matches the given name and argument types. You might need to add explicit type casts.",
        )
    })
}

/// PostgreSQL's type category (`pg_type.typcategory`) of the types here.
fn category(t: PgType) -> char {
    match t {
        Date | Time | Timetz | Timestamp | Timestamptz => 'D',
        Interval => 'T',
        t if t.is_string() => 'S',
        t if t.is_numeric_category() => 'N',
        PgType::Bool => 'B',
        _ => 'X',
    }
}

/// Coerces typed arguments to a chosen signature and builds the runtime
/// call.
fn apply_sig(
    cx: &mut Cx,
    s: &Sig,
    args: Vec<(Expr, Typed)>,
    span: Option<SourceSpan>,
) -> Result<Expr> {
    let mut out = Vec::new();
    if matches!(s.extra, Today | TodayAndZone) {
        out.push(build::call(
            "pg_timestamptz_to_date",
            vec![build::call("pg_now", vec![]), zone_arg(cx)],
        ));
    }
    for ((mut x, t), want) in args.into_iter().zip(s.args) {
        let want = *want;
        if t.is_unknown() || matches!(t.lit, Lit::Numeric(_)) {
            cx.coerce(&mut x, &t, want, span)?;
        } else if t.ty != want && implicit(t.ty, want) {
            x = convert(cx, x, t.ty, want)
                .ok_or_else(|| Error::Internal("function argument cast".into()))?;
        } else if want == Float8 && t.ty.is_integer() {
            x = build::sqlite_cast(x, "REAL");
        }
        out.push(x);
    }
    if matches!(s.extra, Zoned | TodayAndZone) {
        out.push(zone_arg(cx));
    }
    Ok(build::call(s.func, out))
}

/// The rule for every overloaded date/time function: `date_trunc`,
/// `date_part`, `date_bin`, `age`, `justify_*`, `make_*`, `to_char`,
/// `to_date`, `to_timestamp`, chosen by argument types from
/// [`SIGNATURES`].
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html>,
/// <https://www.postgresql.org/docs/current/functions-formatting.html>,
/// <https://www.postgresql.org/docs/current/typeconv-func.html>
pub(crate) fn overloaded(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.star || c.distinct {
        return Err(no_function(c));
    }
    let name = c.name.clone();
    if name == "to_char"
        && c.args
            .first()
            .is_some_and(|(_, t)| t.ty.is_numeric_category())
    {
        return Err(Error::unsupported(
            "to_char of a number",
            c.span,
            "number formatting templates are not translated yet",
        ));
    }
    let s = resolve(&name, &c.args, c.span)?;
    let integral = name == "extract"
        && matches!(c.args.first().map(|(_, t)| &t.lit), Some(Lit::Unknown(f)) if integral_field(f));
    let args = std::mem::take(&mut c.args);
    let x = apply_sig(cx, s, args, c.span)?;
    c.replace = Some(if name == "extract" && !integral {
        decimal_extract(x)
    } else {
        x
    });
    let mut t = Typed::new(s.result);
    t.integral = integral;
    Ok(t)
}

/// `EXTRACT(field FROM x)`: numeric, with PostgreSQL 14+'s scale (6
/// fraction digits for seconds and epoch).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub(crate) fn extract(
    cx: &mut Cx,
    field: &str,
    value: Expr,
    vt: Typed,
    span: Option<SourceSpan>,
) -> Result<(Expr, Typed)> {
    let args = vec![
        (
            build::string(field),
            Typed {
                ty: PgType::Unknown,
                col: super::naming::ColName::none(),
                lit: Lit::Unknown(field.to_string()),
                integral: false,
                typmod: crate::types::typmod::NONE,
                not_null: false,
            },
        ),
        (value, vt),
    ];
    let s = resolve("extract", &args, span)?;
    let x = apply_sig(cx, s, args, span)?;
    let mut t = Typed::new(s.result);
    t.integral = integral_field(field);
    let x = if t.integral { x } else { decimal_extract(x) };
    Ok((x, t))
}

/// A fractional `extract` (epoch, seconds…) is a numeric like any other:
/// its ±Infinity (which the runtime gives as a double, so that integral
/// fields compare with integers) becomes numeric text, so that it sorts
/// with the other values through the `pg_numeric` collation.
fn decimal_extract(x: Expr) -> Expr {
    build::call("pg_numeric_in", vec![x])
}

/// Whether `extract` of this field always gives an integer (scale 0):
/// every field but seconds, milliseconds, epoch and julian.
pub(crate) fn integral_field(field: &str) -> bool {
    use crate::time::fields::{Field, Unit};
    matches!(
        Unit::parse(field).field(),
        Some(
            Field::Microseconds
                | Field::Minute
                | Field::Hour
                | Field::Day
                | Field::Week
                | Field::Month
                | Field::Quarter
                | Field::Year
                | Field::Decade
                | Field::Century
                | Field::Millennium
                | Field::Dow
                | Field::Isodow
                | Field::Doy
                | Field::Isoyear
                | Field::Timezone
                | Field::TimezoneHour
                | Field::TimezoneMinute
        )
    )
}

/// The named arguments of `make_interval(years => …, months => …, weeks
/// => …, days => …, hours => …, mins => …, secs => …)`, in order, with
/// PostgreSQL's defaults (0).
pub(crate) const MAKE_INTERVAL_PARAMS: &[&str] =
    &["years", "months", "weeks", "days", "hours", "mins", "secs"];
